#!/usr/bin/env bash
# Compares sitegen binaries on one corpus by alternating their builds (not part of the tests).
#
#   scripts/bench_compare.sh RUNS CONTENT_DIR BINARY...
#
# Runs each BINARY RUNS times, in turn (A B A B ...), building CONTENT_DIR with the repository's
# templates into a fresh output folder (or checking it, with COMPARE_COMMAND=check), and prints
# each binary's median, minimum and maximum wall and CPU (user + system) seconds. Alternating
# matters on a shared VM, whose speed drifts between minutes: two binaries timed one after the
# other can differ by more than any change between them.
#
# A topic corpus (`scripts/bench.sh --keep --topics RxT`, then CONTENT_DIR is BENCH_DIR/content)
# has a list of its topic pages beside CONTENT_DIR, topics.txt: each binary's first build must
# write every one of them, else the comparison stops (a binary that skips topic pages would look
# fast).
#
# Environment: COMPARE_OUT  the output folder (default: a folder under /dev/shm when it exists,
# else under /tmp; tmpfs keeps the file system out of the comparison).
#              COMPARE_COMMAND  build (the default) or check (`sitegen check`, which writes nothing).
set -euo pipefail

[[ $# -ge 3 && "$1" =~ ^[1-9][0-9]*$ ]] || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
runs="$1"
content="$2"
shift 2
command="${COMPARE_COMMAND:-build}"
[[ "$command" == build || "$command" == check ]] || { echo "bench_compare: COMPARE_COMMAND is build or check" >&2; exit 2; }
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
[[ -d "$content" ]] || { echo "bench_compare: no folder $content" >&2; exit 2; }
topic_list="$(dirname "$content")/topics.txt"
if [[ "$(printf '%s\n' "$@" | sort | uniq -d)" != "" ]]; then
    echo "bench_compare: each binary once, please (copy it to compare a binary with itself)" >&2
    exit 2
fi
if [[ -n "${COMPARE_OUT:-}" ]]; then
    out="$COMPARE_OUT"
elif [[ -d /dev/shm ]]; then
    out="$(mktemp -d /dev/shm/sitegen-compare.XXXXXX)"
else
    out="$(mktemp -d /tmp/sitegen-compare.XXXXXX)"
fi
timing="$(mktemp)"
trap 'rm -rf "$out/public" "$out/errors" "$timing"; rmdir "$out" 2>/dev/null || true' EXIT

declare -A walls cpus
for ((run = 1; run <= runs; run++)); do
    for binary in "$@"; do
        rm -rf "$out/public"
        arguments=("$command" --content "$content" --templates "$repo/Sources/DefaultTheme/templates")
        [[ "$command" == check ]] || arguments+=(--output "$out/public")
        if ! /usr/bin/time -o "$timing" -f '%e %U %S' "$binary" "${arguments[@]}" >/dev/null 2>"$out/errors"; then
            echo "bench_compare: $binary failed to $command $content:" >&2
            head -n 20 "$out/errors" >&2
            exit 1
        fi
        if ((run == 1)) && [[ "$command" == build && -f "$topic_list" ]]; then
            while IFS= read -r page; do
                if [[ ! -f "$out/public/$page/index.html" ]]; then
                    echo "bench_compare: $binary wrote no page for topic $page of $content (listed in $topic_list)" >&2
                    exit 1
                fi
            done <"$topic_list"
        fi
        read -r wall user system <"$timing"
        walls[$binary]+="$wall "
        cpus[$binary]+="$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }') "
    done
done

summary() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { printf "median %.2f s, min %.2f s, max %.2f s", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
for binary in "$@"; do
    printf '%s\n  wall: %s\n  cpu:  %s\n' "$binary" "$(summary <<<"${walls[$binary]}")" "$(summary <<<"${cpus[$binary]}")"
done
