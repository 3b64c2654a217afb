#!/usr/bin/env bash
# Builds the graph of a JSON Lines dump with GNU parallel: the dump is cut into blocks of whole lines
# (--pipepart --block), each block is built as part K of N of the dump (`relgraph build -
# --source-name DUMP --part K/N`: its messages named DUMP#ID, as one build of DUMP names them), and the
# partials, one JSON line each, are merged into the graph of the whole dump: byte for byte what
# `relgraph build DUMP --format FORMAT` writes (for messages with ids).
#
# Usage: relgraph-parallel.sh DUMP FORMAT OUTPUT [BUILD OPTION…]
#   DUMP     the .jsonl file, named as a single build would be given it (dump.jsonl, cases/x/day.jsonl)
#   FORMAT   the merged graph's format (graphml, json, sqlite, …); OUTPUT its file (- for standard output)
#   BUILD OPTION…  passed to every build (--rules r.yaml --window paragraph --sender-field from …)
# Environment: RELGRAPH (the binary; default relgraph), BLOCK (the block size; default 1M), and GNU
# parallel's own PARALLEL (say, PARALLEL='-S server1,server2' to spread the parts over machines that have
# the binary). An --evidence N among the build options is given to the merge too.
set -euo pipefail
if [ "$#" -lt 3 ]; then
    sed -n '2,/^set/{/^set/d;s/^# \{0,1\}//;p}' "$0" >&2
    exit 64
fi
dump=$1 format=$2 output=$3
shift 3
relgraph=${RELGRAPH:-relgraph}
block=${BLOCK:-1M}
evidence=()
previous=""
for option in "$@"; do
    if [ "$previous" = "--evidence" ]; then evidence=(--evidence "$option"); fi
    case $option in --evidence=*) evidence=("$option") ;; esac
    previous=$option
done
# N must be known before the first part starts: parallel's own dry run counts the blocks it will cut.
parts=$(parallel --pipepart -a "$dump" --block "$block" --dry-run true | wc -l)
parallel --pipepart -a "$dump" --block "$block" --halt now,fail=1 \
    "$relgraph" build - --source-name "$dump" --part "{#}/$parts" --format json --compact --output - --quiet "$@" \
    | "$relgraph" merge - "${evidence[@]}" --format "$format" --output "$output"
