#!/usr/bin/env bash
# The sitegen benchmark (not part of the test suite).
#
#   scripts/bench.sh [--markdown] [--keep] N
#
# Generates a deterministic corpus of N roadmaps (about 5 KB of Markdown each, see
# scripts/bench_corpus.py), builds it cold with the release sitegen binary and prints wall time,
# CPU time (user + system) and its system part (the kernel's file work), pages written, pages
# per second and peak memory (maximum resident set size, from GNU time).
# When `hugo` is installed it also builds an equivalent Hugo site from the same Markdown files,
# and when `cmark-gfm` is installed it times the cmark-gfm tool over the same bodies (the floor:
# Markdown to HTML, nothing else), and prints the ratios side by side.
#
# Options:
#   --markdown   also print a Markdown table row for the README (date, machine, numbers)
#   --keep       keep the corpus and the built sites (default: remove them at the end)
#
# Environment:
#   BENCH_DIR      work folder, outside the repository (default /tmp/sitegen-bench)
#   SITEGEN_BIN    a sitegen binary to time (default: `swift build -c release --product sitegen`)
#   BENCH_RUNS     builds per tool; the run with the median wall time is reported (default 1)
#   BENCH_INSTALL  1: apt-get install hugo and cmark-gfm when missing (as root only)
#   BENCH_SKIP_HUGO  1: do not run Hugo even when installed (its memory grows with N: about
#                  2.4 GB at 10,000 roadmaps)
#
# "Cold" means a fresh output folder for every build; the OS file cache is left alone, so the
# Markdown is read from memory after the corpus is written. An earlier output folder is moved
# aside and deleted only after the last build: on ext4 without a journal (as on the VM the README
# figures come from), creating files skips over every recently deleted inode
# (`recently_deleted()` in the kernel's fs/ext4/ialloc.c), so a build right after deleting the
# previous one's 60,000 files and folders spent up to half its time in the kernel, growing with
# every repeated run; that measured the deletion, not the build.
set -euo pipefail

usage() {
    echo "usage: scripts/bench.sh [--markdown] [--keep] N" >&2
    exit 2
}

markdown=0
keep=0
n=""
for arg in "$@"; do
    case "$arg" in
        --markdown) markdown=1 ;;
        --keep) keep=1 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) usage ;;
        *) [[ -z "$n" ]] || usage; n="$arg" ;;
    esac
done
[[ "$n" =~ ^[1-9][0-9]*$ ]] || usage

runs="${BENCH_RUNS:-1}"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "bench: BENCH_RUNS must be a positive integer" >&2; exit 2; }

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$repo"

die() {
    echo "bench: $*" >&2
    exit 1
}

is_root() { [[ "$(id -u)" == 0 ]]; }

apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null \
        || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null; }
}

# --- tools ---------------------------------------------------------------------------------

timer=/usr/bin/time
if ! "$timer" -f '%e %M' true >/dev/null 2>&1; then
    if is_root && command -v apt-get >/dev/null; then
        echo "bench: installing GNU time" >&2
        apt_install time
    fi
    "$timer" -f '%e %M' true >/dev/null 2>&1 || die "GNU time is needed at $timer (apt-get install time)"
fi

if [[ "${BENCH_INSTALL:-0}" == 1 ]]; then
    missing=()
    command -v hugo >/dev/null || missing+=(hugo)
    command -v cmark-gfm >/dev/null || missing+=(cmark-gfm)
    if ((${#missing[@]})); then
        is_root || die "BENCH_INSTALL=1 needs root to apt-get install ${missing[*]}"
        echo "bench: installing ${missing[*]}" >&2
        apt_install "${missing[@]}"
    fi
fi

if [[ -n "${SITEGEN_BIN:-}" ]]; then
    sitegen="$SITEGEN_BIN"
else
    echo "bench: swift build -c release --product sitegen" >&2
    swift build -c release --product sitegen >&2
    sitegen="$(swift build -c release --show-bin-path)/sitegen"
fi
[[ -x "$sitegen" ]] || die "no sitegen binary at $sitegen"

# --- work folder ---------------------------------------------------------------------------

dir="${BENCH_DIR:-/tmp/sitegen-bench}"
[[ -n "$dir" && "$dir" != / ]] || die "BENCH_DIR must be a folder, not '$dir'"
dir="$(realpath -m "$dir")"
case "$dir/" in
    "$repo"/*) die "BENCH_DIR ($dir) must be outside the repository" ;;
esac
case "$repo/" in
    "$dir"/*) die "BENCH_DIR ($dir) must not contain the repository" ;;
esac
mkdir -p "$dir"

# set_aside PATH: moves an earlier output folder out of the way, to be deleted at the end.
set_aside() {
    if [[ -e "$1" ]]; then
        mkdir -p "$dir/set-aside"
        mv "$1" "$(mktemp -d "$dir/set-aside/XXXXXX")/"
    fi
}

cleanup() {
    rm -rf "$dir/set-aside"
    if ((keep == 0)); then
        rm -rf "$dir/content" "$dir/hugo" "$dir/bodies.md" "$dir/public" "$dir/logs"
    fi
}
trap cleanup EXIT

for earlier in public content hugo/content hugo/layouts hugo/public hugo/resources; do set_aside "$dir/$earlier"; done
rm -rf "$dir/logs"
mkdir -p "$dir/logs"

load_before="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
echo "bench: generating $n roadmaps in $dir" >&2
python3 scripts/bench_corpus.py "$n" "$dir" >"$dir/logs/corpus.txt"
corpus_bytes="$(wc -c <"$dir/bodies.md" | tr -d ' ')"
markdown_bytes="$(sed -n 's/^[0-9]* roadmaps, \([0-9]*\) bytes.*/\1/p' "$dir/logs/corpus.txt")"

# --- measuring -----------------------------------------------------------------------------

# timed NAME CMD...: runs CMD under GNU time with stdout in $dir/logs/NAME.out (or in
# $timed_stdout when set) and stderr in $dir/logs/NAME.err; sets `wall` (seconds, from the
# shell's clock, ms resolution), `cpu` (user + system seconds) and `peak_kb` (max RSS); returns
# the command's status.
timed() {
    local name="$1"
    shift
    local start end status=0
    start="$EPOCHREALTIME"
    "$timer" -f '%e %M %U %S' -o "$dir/logs/$name.time" "$@" >"${timed_stdout:-$dir/logs/$name.out}" \
        2>"$dir/logs/$name.err" || status=$?
    end="$EPOCHREALTIME"
    wall="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')"
    peak_kb="$(awk 'END { print $2 }' "$dir/logs/$name.time")"
    cpu="$(awk 'END { printf "%.2f", $3 + $4 }' "$dir/logs/$name.time")"
    sys="$(awk 'END { printf "%.2f", $4 }' "$dir/logs/$name.time")"
    return "$status"
}

# median_run NAME PREPARE CMD...: runs PREPARE then CMD, BENCH_RUNS times; keeps the run with
# the median wall time in `wall`, `cpu` and `peak_kb`.
median_run() {
    local name="$1" prepare="$2"
    shift 2
    local i results=()
    for ((i = 1; i <= runs; i++)); do
        "$prepare"
        timed "$name" "$@" || return $?
        results+=("$wall $cpu $peak_kb $sys")
    done
    local chosen
    chosen="$(printf '%s\n' "${results[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")"
    read -r wall cpu peak_kb sys <<<"$chosen"
}

fresh_sitegen() { set_aside "$dir/public"; }
fresh_hugo() {
    set_aside "$dir/hugo/public"
    set_aside "$dir/hugo/resources"
}
no_prepare() { :; }

# --- sitegen -------------------------------------------------------------------------------

echo "bench: sitegen build ($runs run(s))" >&2
if ! median_run sitegen fresh_sitegen "$sitegen" build --content "$dir/content" --templates "$repo/templates" \
    --output "$dir/public"; then
    echo "bench: sitegen failed on the corpus:" >&2
    head -n 40 "$dir/logs/sitegen.err" >&2
    keep=1
    die "sitegen build failed (corpus and logs kept in $dir)"
fi
sitegen_wall="$wall"
sitegen_cpu="$cpu"
sitegen_sys="$sys"
sitegen_peak="$peak_kb"
sitegen_pages="$(sed -n 's/^Built [0-9]* roadmaps: \([0-9]*\) pages.*/\1/p' "$dir/logs/sitegen.out")"
[[ -n "$sitegen_pages" ]] || die "no 'Built N roadmaps: P pages' line in sitegen's output: $(cat "$dir/logs/sitegen.out")"
sitegen_html="$(find "$dir/public" -name '*.html' | wc -l | tr -d ' ')"
sitegen_warnings="$(grep -c ': warning: ' "$dir/logs/sitegen.err" || true)"
sitegen_output_mb="$(du -sm "$dir/public" | cut -f1)"
repo_version="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$repo" status --porcelain -- Sources Package.swift 2>/dev/null)" ]]; then
    repo_version+="+dirty"
fi
if [[ -n "${SITEGEN_BIN:-}" ]]; then
    sitegen_version="SITEGEN_BIN"
else
    sitegen_version="$repo_version"
fi

# --- hugo ----------------------------------------------------------------------------------

hugo_wall=""
hugo_version=""
if [[ "${BENCH_SKIP_HUGO:-0}" != 1 ]] && command -v hugo >/dev/null; then
    hugo_version="$(hugo version 2>/dev/null | sed -n 's/^hugo v\{0,1\}\([0-9][0-9.]*\).*/\1/p')"
    echo "bench: hugo $hugo_version build ($runs run(s))" >&2
    # Hugo's own caches (modules, images) are not used by this site; HUGO_CACHEDIR keeps them
    # out of the user's home anyway.
    if median_run hugo fresh_hugo env HUGO_CACHEDIR="$dir/hugo/.cache" hugo --quiet -s "$dir/hugo"; then
        hugo_wall="$wall"
        hugo_cpu="$cpu"
        hugo_sys="$sys"
        hugo_peak="$peak_kb"
        hugo_pages="$(find "$dir/hugo/public" -name '*.html' | wc -l | tr -d ' ')"
    else
        echo "bench: hugo failed; its output:" >&2
        head -n 20 "$dir/logs/hugo.err" >&2
    fi
fi

# --- cmark-gfm -----------------------------------------------------------------------------

cmark_wall=""
cmark_version=""
if command -v cmark-gfm >/dev/null; then
    cmark_version="$(cmark-gfm --version | sed -n '1s/^cmark-gfm \([^ ]*\).*/\1/p')"
    echo "bench: cmark-gfm $cmark_version over all bodies ($runs run(s))" >&2
    # One process over every body, front matter stripped, concatenated (bodies.md): the cost of
    # Markdown to HTML alone, without a process start per file. Output goes to /dev/null.
    # Footnotes are the --footnotes option in newer cmark-gfm and an extension in older ones
    # (Debian bookworm's 0.29.0.gfm.6 prints its usage and exits 1 on --footnotes).
    footnotes=(--footnotes)
    if ! cmark-gfm --footnotes </dev/null >/dev/null 2>&1; then
        footnotes=(--extension footnotes)
    fi
    if timed_stdout=/dev/null median_run cmark no_prepare cmark-gfm --extension table \
        --extension strikethrough --extension autolink --extension tagfilter --extension tasklist \
        "${footnotes[@]}" "$dir/bodies.md"; then
        cmark_wall="$wall"
        cmark_cpu="$cpu"
        cmark_sys="$sys"
        cmark_peak="$peak_kb"
        cmark_pages="$n"
    else
        echo "bench: cmark-gfm failed (status $?): $(head -n 5 "$dir/logs/cmark.err")" >&2
    fi
fi

# --- report --------------------------------------------------------------------------------

per_s() { awk -v p="$1" -v w="$2" 'BEGIN { if (w > 0) printf "%.0f", p / w; else print "inf" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

cpu_model="$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo 2>/dev/null | head -n 1)"
[[ -n "$cpu_model" ]] || cpu_model="$(uname -m)"
cores="$(nproc 2>/dev/null || echo '?')"
today="$(date -u +%Y-%m-%d)"
corpus_mb="$(awk -v b="$markdown_bytes" 'BEGIN { printf "%.1f", b / 1e6 }')"

echo
echo "sitegen benchmark: $n roadmaps, $corpus_mb MB of Markdown ($corpus_bytes bytes of bodies)"
echo "machine: $cores cores, $cpu_model; $today; median of $runs run(s), cold output folder"
echo "sitegen: $sitegen (repository at $repo_version)"
if awk -v l="$load_before" -v c="$cores" 'BEGIN { exit !(l + 0 > c / 2) }'; then
    echo "warning: the load average was $load_before before the run; other work skews these numbers"
fi
echo
row() { # tool wall cpu sys pages peak_kb
    printf '%-24s %9s %8s %8s %8s %9s %8s\n' "$1" "$2" "$3" "$4" "$5" "$(per_s "$5" "$2")" "$(mb "$6")"
}
printf '%-24s %9s %8s %8s %8s %9s %8s\n' tool "wall s" "cpu s" "sys s" pages "pages/s" "peak MB"
row "sitegen ($sitegen_version)" "$sitegen_wall" "$sitegen_cpu" "$sitegen_sys" "$sitegen_pages" "$sitegen_peak"
if [[ -n "$hugo_wall" ]]; then
    row "hugo $hugo_version" "$hugo_wall" "$hugo_cpu" "$hugo_sys" "$hugo_pages" "$hugo_peak"
else
    printf '%-24s %s\n' hugo "not run (not installed, or it failed; BENCH_INSTALL=1 installs it)"
fi
if [[ -n "$cmark_wall" ]]; then
    row "cmark-gfm $cmark_version" "$cmark_wall" "$cmark_cpu" "$cmark_sys" "$cmark_pages" "$cmark_peak"
else
    printf '%-24s %s\n' cmark-gfm "not run (not installed, or it failed; BENCH_INSTALL=1 installs it)"
fi
echo
if [[ -n "$hugo_wall" ]]; then
    printf 'sitegen/hugo:      wall %sx, cpu %sx, peak memory %sx (same %s roadmaps; pages differ, see below)\n' \
        "$(ratio "$sitegen_wall" "$hugo_wall")" "$(ratio "$sitegen_cpu" "$hugo_cpu")" \
        "$(ratio "$sitegen_peak" "$hugo_peak")" "$n"
fi
if [[ -n "$cmark_wall" ]]; then
    printf 'sitegen/cmark-gfm: wall %sx, cpu %sx, peak memory %sx (same bodies)\n' \
        "$(ratio "$sitegen_wall" "$cmark_wall")" "$(ratio "$sitegen_cpu" "$cmark_cpu")" \
        "$(ratio "$sitegen_peak" "$cmark_peak")"
fi
echo
echo "sitegen pages: every roadmap page, FAQ page and related page, index.html and 404.html"
echo "  ($sitegen_html .html files; plus sitemap.xml, feed.xml, robots.txt, assets; $sitegen_output_mb MB written)."
if ((sitegen_warnings > 0)); then
    echo "  sitegen printed $sitegen_warnings warning(s); see $dir/logs/sitegen.err (use --keep)."
fi
if [[ -n "$hugo_wall" ]]; then
    echo "hugo pages: .html files written: one page per roadmap (title + .Content), the roadmaps"
    echo "  section list and the home page listing every roadmap; plus sitemap.xml. No taxonomies,"
    echo "  terms, RSS, robots.txt or 404."
fi
if [[ -n "$cmark_wall" ]]; then
    echo "cmark-gfm pages: roadmap bodies rendered to HTML, one process over all of them"
    echo "  (front matter stripped, concatenated), GFM extensions and footnotes, output discarded."
fi

if ((markdown)); then
    cell() { # wall pages peak_kb -> "W s, P pages, R p/s, M MB"
        if [[ -n "$1" ]]; then
            printf '%s s, %s pages, %s p/s, %s MB' "$1" "$2" "$(per_s "$2" "$1")" "$(mb "$3")"
        else
            printf '%s' '-'
        fi
    }
    hugo_ratio="-"
    cmark_ratio="-"
    [[ -z "$hugo_wall" ]] || hugo_ratio="$(ratio "$sitegen_wall" "$hugo_wall")x"
    [[ -z "$cmark_wall" ]] || cmark_ratio="$(ratio "$sitegen_wall" "$cmark_wall")x"
    echo
    echo "| Date | Machine | Roadmaps | sitegen | hugo ${hugo_version:-} | cmark-gfm | sitegen/hugo | sitegen/cmark-gfm |"
    echo "|------|---------|---------:|---------|------|-----------|-------------:|------------------:|"
    echo "| $today | $cores cores, $cpu_model | $n ($corpus_mb MB) | $(cell "$sitegen_wall" "$sitegen_pages" "$sitegen_peak") | $(cell "$hugo_wall" "${hugo_pages:-0}" "${hugo_peak:-0}") | $(cell "$cmark_wall" "${cmark_pages:-0}" "${cmark_peak:-0}") | $hugo_ratio | $cmark_ratio |"
fi
