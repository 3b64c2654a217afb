#!/usr/bin/env bash
# Benchmarks/run.sh - time `relgraph build` on a corpus, optionally side by side with the Python baseline.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: Benchmarks/run.sh [options] CORPUS

Times `relgraph build CORPUS --format F --output FILE --quiet` RUNS times and prints the median wall time,
next to the floor (reading the inputs, `cat`, plus copying relgraph's output, `cp`: what no program
can beat on the machine that runs it), with
MB/s (input size: `du -sb`, leaving out the generators' .json/.yaml files), the median CPU time and the
peak RSS (`/usr/bin/time -v`, the largest over the runs). CORPUS is a folder of .txt documents, or a
.jsonl file of messages (relgraph then gets `--window document`, one message per window, like the
baseline's --jsonl unit, unless --window says otherwise).

options:
  --relgraph PATH       relgraph binary (default .build/release/relgraph; build it with
                        swift build -c release [--scratch-path .build-bench])
  --runs N              timed runs of each tool (default 3)
  --rules FILE          passed to relgraph (repeatable)
  --no-default-rules    passed to relgraph: only the --rules files
  --format F            relgraph output format (default graphml)
  --window W            passed to relgraph (sentence|paragraph|document)
  --baseline GAZETTEER  also run ../shared/bench/baseline.py --matcher ac with this gazetteer JSON,
                        interleaved with the relgraph runs, and print the ratio
  --baseline-py PATH    the baseline script (default ../shared/bench/baseline.py, beside the repository)
  --as-users-run        also time relgraph with its built-in pack instead of --rules/--no-default-rules
                        (and, on a .jsonl, with --sender-field sender), interleaved in the same rounds,
                        and print its median over the first command's: issue 7's bound is 1.5x
  --label TEXT          corpus name for the table (default: CORPUS)
  --keep DIR            keep the outputs (and logs) in DIR (default: a temporary folder, removed)
  -h, --help            this message

example (the comparison in Benchmarks/README.md):
  python3 ../shared/bench/gen_corpus.py --mb 10 --docs-out /tmp/b10
  python3 Benchmarks/convert_gazetteer.py /tmp/b10/gazetteer.json -o /tmp/b10.yaml
  Benchmarks/run.sh --no-default-rules --rules /tmp/b10.yaml --baseline /tmp/b10/gazetteer.json /tmp/b10
EOF
}

die() { echo "run.sh: $*" >&2; echo "(Benchmarks/run.sh --help for usage)" >&2; exit 64; }

relgraph=.build/release/relgraph
runs=3
format=graphml
baseline_gaz=""
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
baseline_py="$here/../../shared/bench/baseline.py"
label=""
keep=""
corpus=""
rg_args=()
window=""
users=0
while (($#)); do
    case "$1" in
        -h|--help) usage; exit 0 ;;
        --relgraph) relgraph=${2:?--relgraph needs a path}; shift 2 ;;
        --runs) runs=${2:?--runs needs a number}; shift 2 ;;
        --rules) rg_args+=(--rules "${2:?--rules needs a file}"); shift 2 ;;
        --no-default-rules) rg_args+=(--no-default-rules); shift ;;
        --format) format=${2:?--format needs a value}; shift 2 ;;
        --window) window=${2:?--window needs a value}; shift 2 ;;
        --baseline) baseline_gaz=${2:?--baseline needs a gazetteer JSON}; shift 2 ;;
        --baseline-py) baseline_py=${2:?--baseline-py needs a path}; shift 2 ;;
        --as-users-run) users=1; shift ;;
        --label) label=${2:?--label needs a value}; shift 2 ;;
        --keep) keep=${2:?--keep needs a folder}; shift 2 ;;
        -*) die "unknown option '$1'" ;;
        *) [[ -z $corpus ]] || die "one CORPUS only ('$corpus' and '$1')"; corpus=$1; shift ;;
    esac
done
[[ -n $corpus ]] || { usage >&2; exit 64; }
[[ -e $corpus ]] || die "no such corpus: $corpus"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: apt-get install -y time"
is_jsonl=0
[[ -f $corpus && $corpus == *.jsonl ]] && is_jsonl=1
((is_jsonl)) && window=${window:-document}
[[ -n $window ]] && rg_args+=(--window "$window")
[[ -x $relgraph ]] || die "no relgraph binary at $relgraph (swift build -c release, or --relgraph PATH)"
if [[ -n $baseline_gaz ]]; then
    [[ -f $baseline_gaz ]] || die "no such gazetteer: $baseline_gaz"
    [[ -f $baseline_py ]] || die "no baseline script at $baseline_py"
    python3 -c 'import ahocorasick, networkx' 2>/dev/null \
        || die "the baseline needs pyahocorasick and networkx: pip install pyahocorasick networkx"
fi
label=${label:-$corpus}

if [[ -n $keep ]]; then
    mkdir -p "$keep"; work=$(cd "$keep" && pwd)
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/relgraph-bench.XXXXXX")
    trap 'rm -rf "$work"' EXIT
fi

# the gazetteer, rule and manifest files the generators put next to the documents are not input
bytes=$(du -sb --exclude='*.json' --exclude='*.yaml' "$corpus" | cut -f1)
if [[ -d $corpus ]]; then
    files=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
    find "$corpus" -type f -print0 | xargs -0 cat >/dev/null      # warm the page cache: time the tools, not the disk
else
    files=1
    cat "$corpus" >/dev/null
fi

# one timed run: $1 = tag, $2 = run number, rest = command. Appends "seconds kbytes" to $work/$tag.times.
timed() {
    local tag=$1 n=$2; shift 2
    local start end rc=0
    start=$(date +%s%N)
    /usr/bin/time -v -o "$work/$tag.$n.time" "$@" >"$work/$tag.$n.log" 2>&1 || rc=$?
    end=$(date +%s%N)
    if ((rc != 0)); then
        echo "run.sh: $tag run $n failed (exit $rc): $*" >&2
        tail -n 20 "$work/$tag.$n.log" >&2
        exit 1
    fi
    local kb cpu
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$tag.$n.time")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%d", s * 1000}' "$work/$tag.$n.time")
    echo "$(( (end - start) / 1000000 )) $kb $cpu" >>"$work/$tag.times"
}

# median wall s, max RSS MB, min and max wall s, median CPU s of $work/$1.times
summarize() {
    local cpu
    cpu=$(cut -d' ' -f3 "$work/$1.times" | sort -n | awk '{ c[NR] = $1 }
        END { printf "%.2f", ((NR % 2) ? c[(NR + 1) / 2] : (c[NR / 2] + c[NR / 2 + 1]) / 2) / 1000 }')
    sort -n "$work/$1.times" | awk -v cpu="$cpu" '{ t[NR] = $1; if ($2 > rss) rss = $2 }
        END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
              printf "%.2f %.0f %.2f %.2f %s\n", m / 1000, rss / 1024, t[1] / 1000, t[NR] / 1000, cpu }'
}

rg_cmd=("$relgraph" build "$corpus" "${rg_args[@]}" --format "$format" --output "$work/relgraph.$format" --quiet)
users_args=()
[[ -n $window ]] && users_args+=(--window "$window")
((is_jsonl)) && users_args+=(--sender-field sender)
users_cmd=("$relgraph" build "$corpus" "${users_args[@]}" --format "$format" --output "$work/users.$format" --quiet)
bl_src=(--docs "$corpus"); ((is_jsonl)) && bl_src=(--jsonl "$corpus")
bl_cmd=(python3 "$baseline_py" "${bl_src[@]}" --gazetteer "$baseline_gaz" --matcher ac --out "$work/baseline")

echo "corpus: $label — $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }'), $files file(s); $runs run(s) each" >&2
echo "relgraph: ${rg_cmd[*]}" >&2
((users)) && echo "as users run it: ${users_cmd[*]}" >&2
[[ -n $baseline_gaz ]] && echo "baseline: ${bl_cmd[*]}" >&2
for ((i = 1; i <= runs; i++)); do      # interleaved, so both tools see the same drift in machine load
    timed relgraph "$i" "${rg_cmd[@]}"
    floor_start=$(date +%s%N)
    if [[ -d $corpus ]]; then find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | xargs -0 cat >/dev/null; else cat "$corpus" >/dev/null; fi
    cp "$work/relgraph.$format" "$work/floor.copy"
    echo "$(( ($(date +%s%N) - floor_start) / 1000000 )) 0 0" >>"$work/floor.times"
    rm -f "$work/floor.copy"
    if [[ -n $baseline_gaz ]]; then timed baseline "$i" "${bl_cmd[@]}"; fi
    if ((users)); then timed users "$i" "${users_cmd[@]}"; fi
    echo "  run $i/$runs done" >&2
done

row() {   # tag name
    read -r med rss lo hi cpu < <(summarize "$1")
    printf '| %s | %s | %s s (%s–%s) | %s | %s s | %s MB |\n' "$label" "$2" "$med" "$lo" "$hi" \
        "$(awk -v b="$bytes" -v t="$med" 'BEGIN { printf "%.1f", b / 1e6 / t }')" "$cpu" "$rss"
    echo "$med" >"$work/$1.median"
}
echo
echo "| corpus | tool | median wall (min–max) | MB/s | median CPU (user+sys) | peak RSS |"
echo "|---|---|---|---|---|---|"
row relgraph "relgraph \`--format $format\`"
read -r floor _ < <(summarize floor)
echo "| $label | floor (cat inputs + cp output) | $floor s | | | |"
awk -v r="$(cat "$work/relgraph.median")" -v f="$floor" 'BEGIN { printf "\nrelgraph takes %.2fx the floor\n", r / f }' >"$work/floor.ratio"
if [[ -n $baseline_gaz ]]; then row baseline "baseline.py (ac)"; fi
if ((users)); then row users "relgraph, built-in pack (as users run it)"; fi
if [[ -n $baseline_gaz ]]; then
    awk -v r="$(cat "$work/relgraph.median")" -v b="$(cat "$work/baseline.median")" 'BEGIN {
        x = b / r
        if (x >= 1) printf "\nrelgraph is %.2fx as fast as the baseline (baseline / relgraph wall time)\n", x
        else printf "\nrelgraph is %.2fx SLOWER than the baseline (relgraph / baseline wall time)\n", r / b }'
fi
if [[ $format == graphml ]]; then
    echo "relgraph graph: $(grep -c '<node ' "$work/relgraph.graphml" || true) nodes, $(grep -c '<edge ' "$work/relgraph.graphml" || true) edges"
fi
if [[ -n $baseline_gaz ]]; then
    echo "baseline graph: $(grep -c '<node ' "$work/baseline.graphml" || true) nodes, $(grep -c '<edge ' "$work/baseline.graphml" || true) edges"
fi
cat "$work/floor.ratio"
if ((users)); then
    awk -v r="$(cat "$work/relgraph.median")" -v u="$(cat "$work/users.median")" 'BEGIN {
        printf "the built-in pack takes %.2fx the time of the first command (issue 7 bound: 1.5x)\n", u / r }'
fi
[[ -n $keep ]] && echo "outputs and logs kept in $work" >&2
exit 0
