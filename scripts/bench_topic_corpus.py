#!/usr/bin/env python3
"""Generates the topic-heavy benchmark corpus for `scripts/bench.sh --topics RxT`.

    python3 scripts/bench_topic_corpus.py [--seed S] R T DIR

writes R roadmaps of T topics each, under DIR (which it empties first, except for build
outputs the caller owns):

    DIR/content/site.yml                        the sitegen site settings
    DIR/content/roadmaps/<slug>.md              R roadmaps, each with a `## Roadmap` map
    DIR/content/roadmaps/<slug>/<topic>.md      T topic files per roadmap (about 1.5 KB each)
    DIR/hugo/config.toml                        an equivalent Hugo site over the same files:
    DIR/hugo/content/<slug>/_index.md             the roadmap (byte-identical), a section
    DIR/hugo/content/<slug>/<topic>.md            its topics (byte-identical)
    DIR/hugo/data/maps/<slug>.json                the map as data: title, parent, subtopics,
                                                  previous and next topic of every topic
    DIR/hugo/layouts/...                        Hugo layouts (see HUGO_LAYOUTS)
    DIR/bodies.md                               every body (roadmaps and topics), front matter
                                                stripped, concatenated: the cmark-gfm floor's input
    DIR/topics.txt                              `<slug>/<topic>` of every topic, map order: the
                                                pages a build must write

The files follow the authoring contract ("Topics and the roadmap map" and "Typed resources"):
the map is a nested list (ordered and unordered groups, up to three levels) whose items link
`<slug>/<topic>.md` (a topic with a page), link `<other-slug>.md` (a node leading to another
roadmap) or link nothing (a label). Every topic file is named exactly once by its roadmap's map.
Topic files have front matter with `updated` (so no git history is needed); about half also
carry `title` (and some `description`), the others open with a `# ` heading that is the title.
Bodies have paragraphs, sometimes a `##` part with a list or code, and a list of typed
resources (`- [@article@Title](https://...)`, all nine types).

Deterministic: the same seed, R and T give a byte-identical corpus. Roadmap k is drawn from its
own generator (seeded from the seed and k only), so roadmap k is the same for every R except for
its `related` list and its link to another roadmap, which must name roadmaps that exist.

Python 3 standard library only.
"""

import datetime
import json
import os
import random
import shutil
import sys

from bench_corpus import (COMMANDS, LANGS, ROLES, SITE_YML, SNIPPETS, STACKS, TOOLS, TOPICS, VERBS,
                          paragraph, sentence, slug, yaml_string)

SEED = 20261201
FIRST_DAY = datetime.date(2024, 1, 1)
DAY_SPAN = 900

# Topic subjects (title, slug) and aspects: a topic is "<Subject>" or "<Subject> <aspect>".
SUBJECTS = [
    ("Caching", "caching"), ("HTTP", "http"), ("DNS", "dns"), ("TLS", "tls"), ("Indexes", "indexes"),
    ("Transactions", "transactions"), ("Replication", "replication"), ("Sharding", "sharding"),
    ("Message queues", "message-queues"), ("Unit testing", "unit-testing"),
    ("Integration testing", "integration-testing"), ("Logging", "logging"), ("Metrics", "metrics"),
    ("Tracing", "tracing"), ("Containers", "containers"), ("Orchestration", "orchestration"),
    ("Load balancing", "load-balancing"), ("Rate limiting", "rate-limiting"),
    ("Authentication", "authentication"), ("Authorization", "authorization"), ("OAuth", "oauth"),
    ("Sessions & cookies", "sessions-and-cookies"), ("REST APIs", "rest-apis"), ("GraphQL", "graphql"),
    ("gRPC", "grpc"), ("WebSockets", "websockets"), ("Version control", "version-control"),
    ("Branching", "branching"), ("Code review", "code-review"), ("Package managers", "package-managers"),
    ("Build tools", "build-tools"), ("Type systems", "type-systems"), ("Generics", "generics"),
    ("Error handling", "error-handling"), ("Concurrency", "concurrency"), ("Async I/O", "async-io"),
    ("Memory management", "memory-management"), ("Profiling", "profiling"),
    ("Data modeling", "data-modeling"),
    ("Migrations", "migrations"), ("ORMs", "orms"), ("SQL joins", "sql-joins"), ("NoSQL", "nosql"),
    ("Search engines", "search-engines"), ("Object storage", "object-storage"), ("CDNs", "cdns"),
    ("Feature flags", "feature-flags"), ("Infrastructure as code", "infrastructure-as-code"),
    ("CI pipelines", "ci-pipelines"), ("Deployments", "deployments"), ("Secrets", "secrets"),
    ("Accessibility", "accessibility"), ("State management", "state-management"), ("Routing", "routing"),
    ("Forms", "forms"), ("Web performance", "web-performance"), ("Linux basics", "linux-basics"),
    ("Shell scripting", "shell-scripting"), ("Networking", "networking"),
    ("Regular expressions", "regular-expressions"),
    ("Design patterns", "design-patterns"), ("Clean architecture", "clean-architecture"),
    ("Microservices", "microservices"), ("Event sourcing", "event-sourcing"),
    ("Serialization", "serialization"),
    ("Time zones", "time-zones"), ("Unicode", "unicode"), ("Documentation", "documentation"),
]
ASPECTS = [
    ("basics", "basics"), ("in practice", "in-practice"), ("patterns", "patterns"), ("pitfalls", "pitfalls"),
    ("tooling", "tooling"), ("performance", "performance"), ("security", "security"),
    ("debugging", "debugging"), ("at scale", "at-scale"), ("internals", "internals"),
    ("trade-offs", "trade-offs"), ("testing", "testing"), ("monitoring", "monitoring"),
    ("for teams", "for-teams"), ("checklists", "checklists"), ("exercises", "exercises"),
]
LABELS = [
    "Optional extras", "Pick one", "Good to know", "Later", "Going further", "Alternatives",
    "Soft skills", "Keep practicing",
]
PARTS = ["Key ideas", "How it works", "Common mistakes", "In practice", "When to use it"]
# Type: (title patterns, URL patterns); {s} the subject, {t} a tool, {n} a number.
RESOURCES = {
    "article": (["{S} explained", "A practical guide to {s}", "What I learned about {s}"],
                ["https://example.org/articles/{slug}-{n}"]),
    "video": (["{S} in 100 seconds", "{S}: a deep dive", "Understanding {s}"],
              ["https://video.example.com/watch?v={n}x{slug}"]),
    "course": (["{S} for beginners", "Hands-on {s}"], ["https://learn.example.net/courses/{slug}"]),
    "book": (["The {S} Handbook", "{S} by example"], ["https://books.example.org/{slug}"]),
    "official": (["{t} documentation: {s}", "{t} guide"], ["https://docs.example.org/{tslug}/{slug}"]),
    "opensource": (["awesome-{slug}", "{t} on GitHub"], ["https://git.example.com/{tslug}/{slug}"]),
    "podcast": (["Episode {n}: {s}"], ["https://podcast.example.com/episodes/{n}"]),
    "feed": (["Daily.dev: {s}", "Latest posts on {s}"], ["https://feeds.example.com/{slug}"]),
    "roadmap": (["The {t} roadmap"], ["https://roadmaps.example.org/{tslug}"]),
}
RESOURCE_TYPES = sorted(RESOURCES)


def roadmap_title(seed, k):
    """Roadmap k's title, from a generator of its own (other roadmaps' maps link to it by title)."""
    rng = random.Random(seed * 7 + k)
    return "%s %s Roadmap %05d" % (rng.choice(STACKS), rng.choice(ROLES), k)


def topic_names(rng, count):
    """`count` distinct (title, slug) pairs; never `faq` or `related` (every slug has a dash or
    is a subject's, and no subject is reserved)."""
    names = []
    seen = set()
    for subject, subject_slug in rng.sample(SUBJECTS, min(count, len(SUBJECTS))):
        names.append((subject, subject_slug))
        seen.add(subject_slug)
    while len(names) < count:
        subject, subject_slug = rng.choice(SUBJECTS)
        aspect, aspect_slug = rng.choice(ASPECTS)
        title, topic_slug = "%s %s" % (subject, aspect), "%s-%s" % (subject_slug, aspect_slug)
        n = 2
        while topic_slug in seen:  # past the pool's 1,100 names: numbered
            title, topic_slug = "%s %s %d" % (subject, aspect, n), "%s-%s-%d" % (subject_slug, aspect_slug, n)
            n += 1
        seen.add(topic_slug)
        names.append((title, topic_slug))
    rng.shuffle(names)
    return names


class Node:
    """A map item: a topic (slug set), a label (neither), or a link to another roadmap (target)."""

    def __init__(self, title, topic=None, target=None):
        self.title = title
        self.topic = topic
        self.target = target
        self.children = []
        self.ordered = False  # how this node's children are listed


def build_map(rng, names, other, other_title):
    """The map tree for T topic names: about one in seven topics at the top level (in order),
    the rest below them to three levels, a few labels grouping subtopics, and (when `other` is
    a roadmap number) one node leading to roadmap `other`, titled `other_title`. Returns the
    top-level nodes."""
    count = len(names)
    top_count = max(1, min(count, round(count * rng.uniform(0.12, 0.18))))
    top = [Node(title, topic) for title, topic in names[:top_count]]
    level2 = []
    level3_parents = []
    for title, topic in names[top_count:]:
        node = Node(title, topic)
        if level3_parents and rng.random() < 0.25:
            rng.choice(level3_parents).children.append(node)
        else:
            parent = rng.choice(top)
            parent.children.append(node)
            level2.append(node)
            if len(level3_parents) < max(1, len(level2) // 4):
                level3_parents.append(node)
    # Labels: a top-level topic's last subtopics regrouped under a label (still three levels).
    for _ in range(min(len(top), rng.randint(1, 3))):
        parent = rng.choice(top)
        movable = [c for c in parent.children if c.topic and not c.children]
        if len(movable) >= 3:
            label = Node(rng.choice(LABELS))
            label.children = movable[-2:]
            parent.children = [c for c in parent.children if c not in label.children] + [label]
    if other is not None:
        parent = rng.choice(top)
        parent.children.append(Node(other_title, target=other))
    for node in walk(top):
        node.ordered = rng.random() < 0.2
    return top


def walk(nodes):
    """Every node, depth first, in map order."""
    for node in nodes:
        yield node
        yield from walk(node.children)


def map_lines(nodes, roadmap_slug, ordered, indent=""):
    """The `## Roadmap` list for `nodes` (Markdown lines)."""
    lines = []
    for i, node in enumerate(nodes):
        marker = "%d. " % (i + 1) if ordered else "- "
        if node.topic:
            text = "[%s](%s/%s.md)" % (node.title, roadmap_slug, node.topic)
        elif node.target is not None:
            text = "[%s](%s.md)" % (node.title, slug(node.target))
        else:
            text = node.title
        lines.append(indent + marker + text)
        if node.children:
            lines.extend(map_lines(node.children, roadmap_slug, node.ordered, indent + " " * len(marker)))
    return lines


def other_roadmap(seed, k, r):
    """The roadmap that roadmap k's map leads to (None when R is 1)."""
    if r == 1:
        return None
    rng = random.Random(seed * 13 + k * 7919 + r)
    j = rng.randint(1, r - 1)
    return j if j < k else j + 1


def related_slugs(seed, k, r):
    """2-4 distinct other roadmap numbers (fewer when R is tiny), in ascending order."""
    rng = random.Random(seed * 17 + k * 7919 + r)
    offsets = rng.sample(range(1, r), min(rng.randint(2, 4), r - 1))
    return sorted(1 + (k - 1 + d) % r for d in offsets)


def resource_line(rng, kind, subject):
    titles, urls = RESOURCES[kind]
    tool = rng.choice(TOOLS)
    values = {
        "s": subject.lower(), "S": subject, "t": tool, "n": rng.randint(1, 999),
        "slug": "-".join(subject.lower().replace("&", "and").replace("/", " ").split()),
        "tslug": tool.lower().replace(" ", "-"),
    }
    return "- [@%s@%s](%s)" % (kind, rng.choice(titles).format(**values), rng.choice(urls).format(**values))


def topic_text(rng, title, updated, has_subtopics):
    """A topic file of about 1.5 KB."""
    out = ["---"]
    in_front_matter = rng.random() < 0.5
    if in_front_matter:
        out.append("title: %s" % yaml_string(title))
        if rng.random() < 0.5:
            out.append("description: %s" % yaml_string(sentence(rng, 8, 14)))
    out.append("updated: %s" % updated.isoformat())
    out.append("---")
    out.append("")
    if not in_front_matter:
        out.append("# " + title)
        out.append("")
    out.append(paragraph(rng, 4, 6))
    out.append("")
    out.append(paragraph(rng, 3, 5, decorate=rng.random() < 0.5))
    out.append("")
    if rng.random() < 0.7:
        out.append("## " + rng.choice(PARTS))
        out.append("")
        if rng.random() < 0.7:
            for _ in range(rng.randint(3, 5)):
                out.append("- %s %s with `%s`." % (
                    rng.choice(VERBS), rng.choice(TOPICS), rng.choice(COMMANDS)))
        else:
            out.append(paragraph(rng, 2, 3, decorate=False))
        out.append("")
    if rng.random() < 0.4:
        lang = rng.choice(LANGS)
        out.append(sentence(rng)[:-1] + ":")
        out.append("")
        out.append("```" + lang)
        out.extend(SNIPPETS[lang][:rng.randint(3, len(SNIPPETS[lang]))])
        out.append("```")
        out.append("")
    if has_subtopics:
        out.append("Its subtopics, in the map below this page, go into the details.")
        out.append("")
    out.append("Visit the following resources to learn more:")
    out.append("")
    subject = title.split(" ")[0] if rng.random() < 0.3 else title
    for kind in rng.sample(RESOURCE_TYPES, rng.randint(4, 8)):
        out.append(resource_line(rng, kind, subject))
    return "\n".join(out) + "\n"


def roadmap(seed, k, r, t):
    """Roadmap k: its file text, its map tree and each topic's file text (slug -> text)."""
    rng = random.Random(seed * 1000003 + k)
    title = roadmap_title(seed, k)
    level = rng.choice(["Beginner", "Intermediate", "Advanced"])
    description = "%s, %s: %s, %s and %s." % (
        title.rsplit(" Roadmap", 1)[0], rng.choice(["step by step", "from scratch", "in practice"]),
        rng.choice(TOPICS), rng.choice(TOPICS), rng.choice(TOPICS))
    updated = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAY_SPAN))
    names = topic_names(rng, t)
    other = other_roadmap(seed, k, r)
    top = build_map(rng, names, other, roadmap_title(seed, other) if other else None)
    related = related_slugs(seed, k, r)

    out = ["---"]
    out.append("title: %s" % yaml_string(title))
    out.append("level: %s" % level)
    out.append("description: %s" % yaml_string(description))
    if related:
        out.append("related: [%s]" % ", ".join(slug(j) for j in related))
    out.append("updated: %s" % updated.isoformat())
    out.append("---")
    out.append("")
    out.append(paragraph(rng, 2, 3))
    out.append("")
    out.append("## How to follow this roadmap")
    out.append("")
    for i in range(rng.randint(3, 5)):
        out.append("%d. %s %s. %s" % (i + 1, rng.choice(VERBS), rng.choice(TOPICS), sentence(rng)))
    out.append("")
    out.append("## Roadmap")
    out.append("")
    out.extend(map_lines(top, slug(k), True))
    out.append("")
    out.append("## What you\u2019ll learn")
    out.append("")
    for node in rng.sample(top, min(len(top), rng.randint(4, 6))):
        out.append("- " + node.title)
    out.append("")

    topics = {}
    for node in walk(top):
        if node.topic:
            day = updated - datetime.timedelta(days=rng.randrange(365))
            has_subtopics = any(c.topic for c in walk(node.children))
            topics[node.topic] = topic_text(rng, node.title, day, has_subtopics)
    return "\n".join(out), top, topics


def map_data(top):
    """The map as Hugo reads it: topic slug -> title, parent topic, subtopics, prev, next."""
    data = {}
    order = []

    def visit(nodes, parent):
        for node in nodes:
            if node.topic:
                data[node.topic] = {"title": node.title, "parent": parent, "subtopics": []}
                if parent:
                    data[parent]["subtopics"].append(node.topic)
                order.append(node.topic)
                visit(node.children, node.topic)
            else:
                visit(node.children, parent)

    visit(top, "")
    for i, topic in enumerate(order):
        data[topic]["prev"] = order[i - 1] if i > 0 else ""
        data[topic]["next"] = order[i + 1] if i + 1 < len(order) else ""
    return data, order


def body(text):
    return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def main(argv):
    args = argv[1:]
    seed = SEED
    if len(args) >= 2 and args[0] == "--seed" and args[1].isdigit():
        seed = int(args[1])
        args = args[2:]
    if len(args) != 3 or not all(a.isdigit() and int(a) >= 1 for a in args[:2]):
        sys.stderr.write("usage: bench_topic_corpus.py [--seed S] R T DIR   (R, T >= 1)\n")
        return 2
    r, t, root = int(args[0]), int(args[1]), args[2]
    for sub in ("content", "hugo/content", "hugo/layouts", "hugo/data"):
        shutil.rmtree(os.path.join(root, sub), ignore_errors=True)
    write(os.path.join(root, "content", "site.yml"), SITE_YML.encode())
    write(os.path.join(root, "hugo", "config.toml"), HUGO_CONFIG.encode())
    for rel, text in HUGO_LAYOUTS.items():
        write(os.path.join(root, "hugo", rel), text.encode())
    write(os.path.join(root, "hugo", "content", "_index.md"), b'---\ntitle: "All roadmaps"\n---\n')

    roadmap_bytes = topic_bytes = 0
    with open(os.path.join(root, "bodies.md"), "wb") as bodies, \
            open(os.path.join(root, "topics.txt"), "w", encoding="utf-8", newline="\n") as manifest:
        for k in range(1, r + 1):
            text, top, topics = roadmap(seed, k, r, t)
            data = (text + "\n").encode("utf-8")
            roadmap_bytes += len(data)
            write(os.path.join(root, "content", "roadmaps", slug(k) + ".md"), data)
            write(os.path.join(root, "hugo", "content", slug(k), "_index.md"), data)
            bodies.write(body(text + "\n").encode("utf-8") + b"\n")
            tree, order = map_data(top)
            write(os.path.join(root, "hugo", "data", "maps", slug(k) + ".json"),
                  json.dumps(tree, sort_keys=True, separators=(",", ":")).encode("utf-8"))
            for topic in order:
                data = topics[topic].encode("utf-8")
                topic_bytes += len(data)
                write(os.path.join(root, "content", "roadmaps", slug(k), topic + ".md"), data)
                write(os.path.join(root, "hugo", "content", slug(k), topic + ".md"), data)
                bodies.write(body(topics[topic]).encode("utf-8") + b"\n")
                manifest.write("%s/%s\n" % (slug(k), topic))
    sys.stdout.write(
        "%d roadmaps, %d topics, %d bytes of Markdown (roadmaps %.1f KB, topics %.2f KB each) in %s\n" % (
            r, r * t, roadmap_bytes + topic_bytes, roadmap_bytes / r / 1024.0, topic_bytes / (r * t) / 1024.0,
            root))
    return 0


# Hugo builds the home page (every roadmap: title, level, description, last updated), one page
# per roadmap (a section: _index.md, the map rendered from its Markdown list) and one per topic,
# plus sitemap.xml. Taxonomies, terms and RSS are off; robots.txt and 404 are not built.
# A topic page has what sitegen's has: title, description, canonical and Open Graph tags,
# <link rel=prev/next>, a breadcrumb (all roadmaps > roadmap > parent topic) with BreadcrumbList
# JSON-LD, the content, its subtopics, previous and next topic in map order and "Last updated";
# the map order comes from data/maps/<slug>.json (sitegen parses it from the roadmap file).
# A link render hook turns `[@type@Title](url)` into the title and a type label, and
# `<slug>/<topic>.md` / `<slug>.md` map links into page addresses, as sitegen does.
# Markdown settings are the roadmap corpus's (GFM, no typographer).
HUGO_CONFIG = """baseURL = "https://bench.example.org/"
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

HUGO_HEAD = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ $title }} | {{ site.Title }}</title>
<meta name="description" content="{{ with .Params.description }}{{ . }}{{ else }}{{ site.Title }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<meta property="og:title" content="{{ $title }}"><meta property="og:url" content="{{ .Permalink }}">
<meta property="og:type" content="article">
"""

HUGO_LAYOUTS = {
    "layouts/_default/_markup/render-link.html": """{{- $d := .Destination -}}
{{- if and (hasPrefix .PlainText "@") (strings.Contains (strings.TrimPrefix "@" .PlainText) "@") -}}
{{- $kind := index (split .PlainText "@") 1 -}}
{{- $labels := dict "article" "Article" "video" "Video" "course" "Course" "book" "Book" "official" "Official" "opensource" "Open source" "podcast" "Podcast" "feed" "Feed" "roadmap" "Roadmap" -}}
<a href="{{ $d | safeURL }}">{{ strings.TrimPrefix (printf "@%s@" $kind) .PlainText }}</a> <span class="resource-type">{{ index $labels $kind | default $kind }}</span>
{{- else if and (strings.HasSuffix $d ".md") (not (strings.Contains $d ":")) -}}
<a href="{{ printf "/%s/" (strings.TrimSuffix ".md" $d) | relURL }}">{{ .Text | safeHTML }}</a>
{{- else -}}
<a href="{{ $d | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
{{- end -}}""",
    "layouts/_default/single.html": """{{- $maps := dict -}}
{{- if ge hugo.Version "0.156.0" }}{{ $maps = hugo.Data.maps }}{{ else }}{{ $maps = site.Data.maps }}{{ end -}}
{{- $map := index $maps .Section -}}
{{- $me := index $map .File.ContentBaseName -}}
{{- $title := $me.title -}}
{{- $roadmap := .Parent -}}
""" + HUGO_HEAD + """{{ with $me.prev }}<link rel="prev" href="{{ printf "/%s/%s/" $.Section . | absURL }}">{{ end }}
{{ with $me.next }}<link rel="next" href="{{ printf "/%s/%s/" $.Section . | absURL }}">{{ end }}
{{- $crumbs := slice (dict "@type" "ListItem" "position" 1 "name" "All roadmaps" "item" ("/" | absURL)) (dict "@type" "ListItem" "position" 2 "name" $roadmap.Title "item" $roadmap.Permalink) -}}
{{- with $me.parent }}{{ $crumbs = $crumbs | append (dict "@type" "ListItem" "position" 3 "name" (index $map .).title "item" (printf "/%s/%s/" $.Section . | absURL)) }}{{ end }}
<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "BreadcrumbList" "itemListElement" $crumbs | jsonify | safeJS }}</script>
</head><body>
<nav aria-label="Breadcrumb"><ol><li><a href="{{ "/" | relURL }}">All roadmaps</a></li>
<li><a href="{{ $roadmap.RelPermalink }}">{{ $roadmap.Title }}</a></li>
{{ with $me.parent }}<li><a href="{{ printf "/%s/%s/" $.Section . | relURL }}">{{ (index $map .).title }}</a></li>{{ end }}
</ol></nav>
<main>{{ with .Params.title }}<h1>{{ . }}</h1>{{ end }}
{{ .Content }}
{{ with $me.subtopics }}<h2>Subtopics</h2><ul>
{{ range . }}<li><a href="{{ printf "/%s/%s/" $.Section . | relURL }}">{{ (index $map .).title }}</a></li>
{{ end }}</ul>{{ end }}
<nav aria-label="Topics"><ul>
{{ with $me.prev }}<li>Previous: <a href="{{ printf "/%s/%s/" $.Section . | relURL }}">{{ (index $map .).title }}</a></li>{{ end }}
{{ with $me.next }}<li>Next: <a href="{{ printf "/%s/%s/" $.Section . | relURL }}">{{ (index $map .).title }}</a></li>{{ end }}
</ul></nav>
<p>Last updated {{ .Lastmod.Format "2006-01-02" }}</p></main>
</body></html>
""",
    "layouts/_default/list.html": """{{- $title := .Title -}}
""" + HUGO_HEAD + """</head><body>
<nav aria-label="Breadcrumb"><a href="{{ "/" | relURL }}">All roadmaps</a></nav>
<main><h1>{{ .Title }}</h1>
<p>{{ .Params.level }} &middot; Last updated {{ .Lastmod.Format "2006-01-02" }}</p>
{{ .Content }}
<p><a href="{{ "/" | relURL }}">All roadmaps</a></p></main>
</body></html>
""",
    "layouts/index.html": """{{- $title := site.Title -}}
""" + HUGO_HEAD + """</head><body>
<main><h1>{{ site.Title }}</h1><ul>
{{ range .Sections.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ .Params.level }} &middot; {{ .Params.description }} &middot; {{ .Lastmod.Format "2006-01-02" }}</li>
{{ end }}</ul></main>
</body></html>
""",
}


if __name__ == "__main__":
    sys.exit(main(sys.argv))
