#!/usr/bin/env bash
# Benchmarks/query_bench.sh - time the query commands on a SQLite graph and on the GraphML of the same graph.
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: Benchmarks/query_bench.sh [--relgraph PATH] [--runs N] GRAPH.json

GRAPH.json is a relgraph JSON graph (Benchmarks/gen_graph.py writes one of any size). The script writes it
as GraphML and as SQLite with `relgraph merge` (timed), then times each question on both files: `neighbors`
of the best-connected entity (top 50 rows), `explain` of that entity and its heaviest neighbour, `path`
between two entities 3 hops apart, `search` of a phrase, and `stats`. Each SQLite question runs RUNS times
(default 5; median, with min-max) and once on the GraphML. Wall time and peak RSS come from
/usr/bin/time; the machine's load average is printed beside them. The share of the full-text index in
writing the SQLite file is measured by rebuilding the index alone (Python's sqlite3, the same library).

example (Benchmarks/README.md):
  python3 Benchmarks/gen_graph.py --nodes 100000 --edges 1000000 -o /tmp/big.json
  Benchmarks/query_bench.sh --relgraph .build/release/relgraph /tmp/big.json
USAGE
}

relgraph=.build/release/relgraph
runs=5
graph=""
while (($#)); do
    case "$1" in
        -h|--help) usage; exit 0 ;;
        --relgraph) relgraph=${2:?--relgraph needs a path}; shift 2 ;;
        --runs) runs=${2:?--runs needs a number}; shift 2 ;;
        -*) echo "query_bench.sh: unknown option $1 (--help for usage)" >&2; exit 64 ;;
        *) graph=$1; shift ;;
    esac
done
[ -n "$graph" ] && [ -f "$graph" ] || { usage >&2; exit 64; }
[ -x "$relgraph" ] || { echo "query_bench.sh: no relgraph binary at $relgraph (swift build -c release)" >&2; exit 64; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# timed LABEL COMMAND…: runs the command, prints "seconds peak_MB" on stdout (the command's output to $work/out).
timed() {
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || true
    awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$work/time"
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "graph: $graph ($(du -h "$graph" | cut -f1)); machine load (1, 5, 15 min): $(load)"
read -r s m <<<"$(timed "$relgraph" merge "$graph" --format graphml --output "$work/g.graphml")"
echo "merge → GraphML: ${s} s, ${m} MB peak, $(du -h "$work/g.graphml" | cut -f1)"
read -r s m <<<"$(timed "$relgraph" merge "$graph" --format sqlite --output "$work/g.sqlite")"
echo "merge → SQLite:  ${s} s, ${m} MB peak, $(du -h "$work/g.sqlite" | cut -f1)"
fts=$(python3 - "$work/g.sqlite" <<'PY'
import shutil, sqlite3, sys, tempfile, time
copy = tempfile.mktemp(suffix=".sqlite")
shutil.copy(sys.argv[1], copy)
db = sqlite3.connect(copy)
db.execute("PRAGMA journal_mode=OFF")
start = time.perf_counter()
db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES('rebuild')")
db.commit()
print(f"{time.perf_counter() - start:.2f}")
PY
)
echo "full-text index alone (rebuilt on a copy): ${fts} s"

"$relgraph" stats "$work/g.sqlite" --top 1 --json >"$work/stats.json"
hub=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["topByDegree"][0]["id"])' "$work/stats.json")
"$relgraph" neighbors "$work/g.sqlite" "$hub" --top 1 --json >"$work/n.json"
heavy=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["neighbors"][0]["id"])' "$work/n.json")
# Two entities 3 hops apart: from the last-ranked entity of a 3-deep neighbourhood of a quiet one.
quiet=$(python3 - "$work/g.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(db.execute("SELECT id FROM nodes WHERE node = (SELECT source FROM edges GROUP BY source ORDER BY count(*), source LIMIT 1)").fetchone()[0])
PY
)
"$relgraph" neighbors "$work/g.sqlite" "$quiet" --depth 3 --json >"$work/n3.json"
far=$(python3 -c 'import json,sys; print([n["id"] for n in json.load(open(sys.argv[1]))["neighbors"] if n["depth"] == 3][-1])' "$work/n3.json")
phrase='"in de haven van Vlissingen in maart"'
echo "best connected: $hub; its heaviest neighbour: $heavy; path from $quiet to $far (3 hops); search $phrase"

printf '%-26s %-24s %-10s %-18s %s\n' question "SQLite median s (min-max)" "SQLite MB" "GraphML s / MB" "same output"
question() {
    local name=$1; shift
    local times=() peak=0 s m
    for _ in $(seq "$runs"); do
        read -r s m <<<"$(timed "$relgraph" "$1" "$work/g.sqlite" "${@:2}")"
        times+=("$s"); ((m > peak)) && peak=$m
    done
    cp "$work/out" "$work/sqlite.out"
    local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -g)
    local median; median=$(printf '%s\n' "$sorted" | sed -n "$(((runs + 1) / 2))p")
    local graphml="(search needs SQLite)" same="-"
    if [ "$1" != search ]; then
        read -r s m <<<"$(timed "$relgraph" "$1" "$work/g.graphml" "${@:2}")"
        graphml="$s / $m"
        same=$(cmp -s "$work/out" "$work/sqlite.out" && echo "yes ($(wc -l <"$work/out") lines)" || echo NO)
    fi
    printf '%-26s %-24s %-10s %-18s %s\n' "$name" "$median ($(printf '%s\n' "$sorted" | sed -n 1p)-$(printf '%s\n' "$sorted" | tail -n1))" "$peak" "$graphml" "$same"
}
question "neighbors (top 50)" neighbors "$hub" --top 50
question "explain" explain "$hub" "$heavy"
question "path, 3 hops" path "$quiet" "$far"
question "search a phrase, top 20" search "$phrase" --top 20
question "stats" stats
echo "machine load after: $(load)"
