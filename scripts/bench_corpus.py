#!/usr/bin/env python3
"""Generates the benchmark corpus for scripts/bench.sh.

    python3 scripts/bench_corpus.py N DIR

writes, under DIR (which it empties first, except for build outputs the caller owns):

    DIR/content/site.yml                the sitegen site settings
    DIR/content/roadmaps/<slug>.md      N roadmaps in the authoring contract's format
    DIR/hugo/config.toml                an equivalent Hugo site over the same files
    DIR/hugo/content/roadmaps/<slug>.md (byte-identical copies of the roadmaps)
    DIR/hugo/layouts/...                minimal Hugo layouts
    DIR/bodies.md                       every body, front matter stripped, concatenated
                                        (the input of the cmark-gfm floor)

The corpus is deterministic: roadmap k is drawn from random.Random(SEED + k), a seed that does
not depend on N, so roadmap k's text is the same for every N except for its `related` list and the
one body link to a related roadmap, which must name roadmaps that exist. Nothing depends on the
clock: every roadmap carries `updated: YYYY-MM-DD`, so no git history is needed.

Python 3 standard library only.
"""

import datetime
import os
import random
import shutil
import sys

SEED = 20260427
FIRST_DAY = datetime.date(2024, 1, 1)
DAY_SPAN = 850

ROLES = [
    "Backend", "Frontend", "Full Stack", "DevOps", "Data Engineer", "Data Scientist",
    "Machine Learning", "Mobile", "iOS", "Android", "Game Developer", "Security Engineer",
    "Site Reliability", "Platform Engineer", "QA Automation", "Embedded Systems",
    "Cloud Architect", "Blockchain", "Technical Writer", "Database Administrator",
]
STACKS = [
    "Python", "Go", "Rust", "TypeScript", "Java", "Kotlin", "Swift", "C#", "Elixir", "Ruby",
    "PHP", "Scala", "C++", "Haskell", "Clojure", "Dart", "Zig", "OCaml", "Julia", "Lua",
]
TOPICS = [
    "HTTP and REST", "relational databases", "caching", "message queues", "testing",
    "observability", "containers", "continuous integration", "authentication", "type systems",
    "concurrency", "data modeling", "performance profiling", "accessibility", "state management",
    "API design", "infrastructure as code", "code review", "version control", "networking",
    "distributed systems", "security basics", "build tooling", "package management",
]
TOOLS = [
    "PostgreSQL", "Redis", "Kafka", "Docker", "Kubernetes", "Terraform", "Nginx", "Grafana",
    "Prometheus", "GitHub Actions", "SQLite", "RabbitMQ", "Elasticsearch", "Vite", "Webpack",
    "pytest", "Jest", "Playwright", "Ansible", "Helm", "OpenTelemetry", "MongoDB", "DuckDB",
]
COMMANDS = [
    "git rebase -i", "docker compose up", "kubectl get pods", "npm run build", "cargo test",
    "go test ./...", "pip install -e .", "make check", "terraform plan", "psql -c '\\d'",
    "curl -sSf", "ssh-keygen -t ed25519", "swift build -c release", "grep -rn TODO",
]
VERBS = [
    "Learn", "Practice", "Build", "Read about", "Set up", "Deploy", "Measure", "Refactor",
    "Write tests for", "Document", "Automate", "Review",
]
WORDS = (
    "the a of to and in that it is for on with as you your this be are by or at from one "
    "project team code system service data user request response error release change build "
    "deploy test review design pattern problem solution trade-off habit skill practice job "
    "interview portfolio mentor week month year budget goal step loop feedback small simple "
    "reliable fast clear useful common typical realistic honest careful steady first next "
    "later often usually rarely always never learn ship measure compare explain debug read "
    "write run fix grow keep start finish choose avoid prefer repeat"
).split()
QUESTION_STEMS = [
    "How long does it take to learn {x}?",
    "Do I need {x} before starting?",
    "Is {x} still worth learning in 2026?",
    "Which is better for beginners: {x} or {y}?",
    "How do I practice {x} without a job?",
    "What should a portfolio project about {x} look like?",
    "Can I skip {x}?",
    "How much math does {x} need?",
    "What are common mistakes with {x}?",
    "How do interviews test {x}?",
    "Should I get certified in {x}?",
    "How do {x} and {y} fit together?",
]
LANGS = ["python", "bash", "go", "javascript", "sql", "yaml"]
SNIPPETS = {
    "python": [
        "def step(state, event):",
        "    if event.kind == \"retry\":",
        "        return state.with_attempts(state.attempts + 1)",
        "    return state",
        "",
        "for event in events:",
        "    state = step(state, event)",
        "print(state)",
    ],
    "bash": [
        "set -euo pipefail",
        "for f in src/*.md; do",
        "  wc -c \"$f\"",
        "done | sort -n | tail -5",
        "echo \"done: $(date -u +%F)\"",
    ],
    "go": [
        "func handle(w http.ResponseWriter, r *http.Request) {",
        "\tif r.Method != http.MethodGet {",
        "\t\thttp.Error(w, \"method not allowed\", 405)",
        "\t\treturn",
        "\t}",
        "\tfmt.Fprintf(w, \"hello, %s\\n\", r.URL.Path[1:])",
        "}",
    ],
    "javascript": [
        "export async function load(url) {",
        "  const res = await fetch(url, { headers: { accept: 'application/json' } });",
        "  if (!res.ok) throw new Error(`HTTP ${res.status}`);",
        "  return res.json();",
        "}",
    ],
    "sql": [
        "SELECT u.id, count(o.id) AS orders",
        "FROM users u LEFT JOIN orders o ON o.user_id = u.id",
        "WHERE u.created_at > now() - interval '30 days'",
        "GROUP BY u.id",
        "ORDER BY orders DESC",
        "LIMIT 20;",
    ],
    "yaml": [
        "jobs:",
        "  test:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - run: make check",
    ],
}


def slug(k):
    return "roadmap-%05d" % k


def sentence(rng, lo=5, hi=11):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng, sentences_lo=3, sentences_hi=5, decorate=True):
    parts = [sentence(rng) for _ in range(rng.randint(sentences_lo, sentences_hi))]
    if decorate:
        # Inline code, emphasis, strong, a link, and now and then strikethrough or an autolink.
        i = rng.randrange(len(parts))
        parts[i] = parts[i][:-1] + " with `%s`." % rng.choice(COMMANDS)
        i = rng.randrange(len(parts))
        topic = rng.choice(TOPICS)
        parts[i] = "*%s* %s" % (topic[0].upper() + topic[1:], parts[i][0].lower() + parts[i][1:])
        i = rng.randrange(len(parts))
        parts[i] = parts[i][:-1] + " (see [%s](https://example.org/%s/%d))." % (
            rng.choice(TOOLS), rng.choice(["docs", "guide", "blog"]), rng.randint(1, 999))
        roll = rng.random()
        if roll < 0.3:
            parts.append("This is **%s** \u2014 not ~~%s~~." % (rng.choice(TOPICS), rng.choice(TOPICS)))
        elif roll < 0.5:
            parts.append("More at https://www.example.com/%s." % rng.choice(["notes", "faq", "wiki"]))
    return " ".join(parts)


def roadmap_text(k, n):
    rng = random.Random(SEED + k)
    role = rng.choice(ROLES)
    stack = rng.choice(STACKS)
    title = "%s %s Roadmap %05d" % (stack, role, k)
    level = rng.choice(["Beginner", "Intermediate", "Advanced"])
    description = "%s with %s, %s: %s, %s and %s." % (
        role, stack, rng.choice(["step by step", "from scratch", "in practice", "the long way"]),
        rng.choice(TOPICS), rng.choice(TOPICS), rng.choice(TOPICS))
    updated = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAY_SPAN))

    # Everything above and below is drawn from `rng`; the related list comes from its own
    # generator so that it alone depends on N.
    related = related_slugs(k, n)

    out = []
    out.append("---")
    out.append("title: %s" % yaml_string(title))
    out.append("level: %s" % level)
    out.append("description: %s" % yaml_string(description))
    out.append("related: [%s]" % ", ".join(slug(r) for r in related))
    out.append("updated: %s" % updated.isoformat())
    out.append("---")
    out.append("")
    out.append(paragraph(rng, 2, 3))
    out.append("")

    out.append("## How to follow this roadmap")
    out.append("")
    for i in range(rng.randint(5, 8)):
        out.append("%d. %s %s. %s" % (i + 1, rng.choice(VERBS), rng.choice(TOPICS), paragraph(rng, 1, 1)))
    out.append("")

    out.append("## When to choose this path")
    out.append("")
    out.append(paragraph(rng, 2, 4))
    out.append("")
    out.append(paragraph(rng, 1, 3))
    out.append("")

    out.append("## What you\u2019ll learn")
    out.append("")
    for topic in rng.sample(TOPICS, rng.randint(5, 8)):
        out.append("- %s with `%s`" % (topic[0].upper() + topic[1:], rng.choice(TOOLS)))
    out.append("")
    out.append("Progress so far:")
    out.append("")
    for topic in rng.sample(TOPICS, 3):
        out.append("- [%s] %s" % (rng.choice(["x", " "]), topic))
    out.append("")

    out.append("## Tools compared")
    out.append("")
    out.append("| Tool | Use it for | Learning curve | Weeks |")
    out.append("|------|------------|:--------------:|------:|")
    for tool in rng.sample(TOOLS, rng.randint(4, 6)):
        out.append("| %s | %s | %s | %d |" % (
            tool, rng.choice(TOPICS), rng.choice(["gentle", "moderate", "steep"]), rng.randint(1, 12)))
    out.append("")

    lang = rng.choice(LANGS)
    out.append("## A first exercise")
    out.append("")
    out.append(paragraph(rng, 1, 2))
    out.append("")
    out.append("```" + lang)
    out.extend(SNIPPETS[lang])
    out.append("```")
    out.append("")
    if rng.random() < 0.5:
        out.append("Run it twice and compare the output.[^ex%05d]" % k)
        out.append("")
        out.append("[^ex%05d]: %s" % (k, sentence(rng)))
        out.append("")

    out.append("## Recommended resources")
    out.append("")
    for tool in rng.sample(TOOLS, rng.randint(2, 4)):
        out.append("- [%s documentation](https://docs.example.org/%s/)" % (
            tool, tool.lower().replace(" ", "-")))
    if related:
        out.append("- [The related roadmap %s](%s.md)" % (slug(related[0]), slug(related[0])))
    out.append("")

    out.append("## Frequently asked questions")
    out.append("")
    stems = rng.sample(QUESTION_STEMS, rng.randint(5, 8))
    for stem in stems:
        x, y = rng.sample(TOPICS, 2)
        out.append("### " + stem.format(x=x, y=y))
        out.append("")
        out.append(paragraph(rng, 2, 3))
        out.append("")
    return "\n".join(out)


def related_slugs(k, n):
    """3-6 distinct existing roadmap numbers, never k itself (fewer when N is tiny)."""
    rng = random.Random((SEED + k) * 7919 + n)
    want = min(rng.randint(3, 6), n - 1)
    if n - 1 <= 12:
        return rng.sample([j for j in range(1, n + 1) if j != k], want)
    chosen = []
    while len(chosen) < want:
        if rng.random() < 0.5:
            j = k + rng.choice([-3, -2, -1, 1, 2, 3])  # neighbours, like a real series
        else:
            j = rng.randint(1, n)
        if 1 <= j <= n and j != k and j not in chosen:
            chosen.append(j)
    return chosen


def yaml_string(text):
    """A YAML double-quoted scalar (the corpus is ASCII in front matter)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


SITE_YML = """title: Sitegen Benchmark
base_url: https://bench.example.org/
description: A generated corpus of roadmaps for timing sitegen.
language: en
"""

# Hugo builds: the home page (layouts/index.html, every roadmap with title, level and
# description, like sitegen's index), the roadmaps section list (layouts/_default/list.html),
# one page per roadmap (layouts/_default/single.html: title + .Content) and sitemap.xml.
# Taxonomies, terms and RSS are off; robots.txt and 404 are not built (no layouts, Hugo's
# defaults). Goldmark runs with the GFM set (tables, strikethrough, linkify, task lists,
# footnotes), raw HTML omitted like GFM's tag filter, without typographer and definition lists,
# which cmark-gfm and sitegen do not do. `updated` feeds .Date and .Lastmod (sitemap lastmod).
HUGO_CONFIG = """baseURL = "https://bench.example.org/"
languageCode = "en"
title = "Sitegen Benchmark"
disableKinds = ["taxonomy", "term", "RSS"]
enableRobotsTXT = false
disableHugoGeneratorInject = true

[frontmatter]
  date = ["updated", "date"]
  lastmod = ["updated", "lastmod"]

[markup]
  defaultMarkdownHandler = "goldmark"
  [markup.goldmark]
    [markup.goldmark.extensions]
      definitionList = false
      footnote = true
      linkify = true
      strikethrough = true
      table = true
      taskList = true
      typographer = false
    [markup.goldmark.parser]
      autoHeadingID = true
      autoHeadingIDType = "github"
    [markup.goldmark.renderer]
      unsafe = false
  [markup.highlight]
    codeFences = false
"""

HUGO_BASEOF_HEAD = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title>
<meta name="description" content="{{ with .Params.description }}{{ . }}{{ else }}{{ .Site.Title }}{{ end }}"></head>
<body>
"""

HUGO_LAYOUTS = {
    "layouts/_default/single.html": HUGO_BASEOF_HEAD + """<main><h1>{{ .Title }}</h1>
<p>{{ .Params.level }} &middot; Last updated {{ .Lastmod.Format "2006-01-02" }}</p>
{{ .Content }}
<p><a href="{{ "" | relURL }}">All roadmaps</a></p></main>
</body></html>
""",
    "layouts/_default/list.html": HUGO_BASEOF_HEAD + """<main><h1>{{ .Title }}</h1><ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul></main>
</body></html>
""",
    "layouts/index.html": HUGO_BASEOF_HEAD + """<main><h1>{{ .Site.Title }}</h1><ul>
{{ range (where .Site.RegularPages "Section" "roadmaps").ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ .Params.level }} &middot; {{ .Params.description }} &middot; {{ .Lastmod.Format "2006-01-02" }}</li>
{{ end }}</ul></main>
</body></html>
""",
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3 or not argv[1].isdigit() or int(argv[1]) < 1:
        sys.stderr.write("usage: bench_corpus.py N DIR   (N >= 1)\n")
        return 2
    n = int(argv[1])
    root = argv[2]
    for sub in ("content", "hugo/content", "hugo/layouts", "hugo/data"):
        shutil.rmtree(os.path.join(root, sub), ignore_errors=True)
    if os.path.exists(os.path.join(root, "topics.txt")):  # a topic corpus's list of pages
        os.remove(os.path.join(root, "topics.txt"))
    roadmaps = os.path.join(root, "content", "roadmaps")
    hugo_roadmaps = os.path.join(root, "hugo", "content", "roadmaps")
    os.makedirs(roadmaps)
    os.makedirs(hugo_roadmaps)
    write(os.path.join(root, "content", "site.yml"), SITE_YML)
    write(os.path.join(root, "hugo", "config.toml"), HUGO_CONFIG)
    for rel, text in HUGO_LAYOUTS.items():
        write(os.path.join(root, "hugo", rel), text)
    write(os.path.join(hugo_roadmaps, "_index.md"), '---\ntitle: "All roadmaps"\n---\n')

    total = 0
    with open(os.path.join(root, "bodies.md"), "w", encoding="utf-8", newline="\n") as bodies:
        for k in range(1, n + 1):
            text = roadmap_text(k, n) + "\n"
            data = text.encode("utf-8")
            total += len(data)
            name = slug(k) + ".md"
            for folder in (roadmaps, hugo_roadmaps):
                with open(os.path.join(folder, name), "wb") as f:
                    f.write(data)
            # The body is what follows the closing `---` of the front matter.
            body = text.split("\n---\n", 1)[1]
            bodies.write(body)
            bodies.write("\n")
    sys.stdout.write("%d roadmaps, %d bytes of Markdown (%.1f KB each) in %s\n" % (
        n, total, total / n / 1024.0, root))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
