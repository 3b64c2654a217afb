#!/usr/bin/env bash
# Benchmarks/compare_outputs.sh - checks that a change of the code leaves relgraph's outputs byte for byte
# as they were: builds every CORPUS with an earlier relgraph and with this one, "same work" and "as users
# run it", in GraphML, JSON and DOT, and compares the files with cmp.
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: Benchmarks/compare_outputs.sh (--commit REV | --before BINARY) [--after BINARY] CORPUS...

CORPUS is a folder of documents or a .jsonl message dump. A folder made by ../shared/bench/gen_corpus.py
has DIR/gazetteer.json, a dump FILE.gazetteer.json: with one, the "same work" run matches that gazetteer
only (converted by Benchmarks/convert_gazetteer.py), sentence windows for folders and --window document
for dumps; every CORPUS is also built "as users run it" (the built-in rule pack; a dump with
--sender-field sender). Any other folder (examples/, the seeds) is built with the built-in pack only.

  --commit REV     build the earlier relgraph from git revision REV (a worktree in a temporary folder,
                   swift build -c release: a few minutes)
  --before BINARY  the earlier relgraph, already built
  --after BINARY   this relgraph (default .build/release/relgraph)
  -h, --help       this message

Prints one line per run, "same" or "DIFFERENT", and exits 1 if any output differs.
USAGE
}

die() { echo "compare_outputs.sh: $*" >&2; exit 64; }

before=""
commit=""
after=.build/release/relgraph
corpora=()
while (($#)); do
    case "$1" in
        -h|--help) usage; exit 0 ;;
        --commit) commit=${2:?--commit needs a revision}; shift 2 ;;
        --before) before=${2:?--before needs a binary}; shift 2 ;;
        --after) after=${2:?--after needs a binary}; shift 2 ;;
        -*) die "unknown option '$1'" ;;
        *) corpora+=("$1"); shift ;;
    esac
done
((${#corpora[@]})) || { usage >&2; exit 64; }
[[ -n $before || -n $commit ]] || die "give --commit REV or --before BINARY"
[[ -x $after ]] || die "no relgraph binary at $after (swift build -c release, or --after PATH)"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/relgraph-compare.XXXXXX")
trap 'rm -rf "$work"; [[ -n $commit ]] && git -C "$here/.." worktree remove --force "$work.tree" 2>/dev/null || true' EXIT

if [[ -n $commit ]]; then
    echo "building relgraph at $commit …" >&2
    git -C "$here/.." worktree add --detach "$work.tree" "$commit" >/dev/null
    (cd "$work.tree" && swift build -c release --scratch-path "$work/build" >&2)
    before="$work/build/release/relgraph"
fi
[[ -x $before ]] || die "no earlier relgraph at $before"

status=0
run() { # label, then relgraph arguments before --format
    local label=$1; shift
    for format in graphml json dot; do
        "$before" build "$@" --format "$format" --output "$work/before.$format" --quiet
        "$after" build "$@" --format "$format" --output "$work/after.$format" --quiet
        if cmp -s "$work/before.$format" "$work/after.$format"; then
            echo "same       $label ($format, $(wc -c <"$work/after.$format") bytes)"
        else
            echo "DIFFERENT  $label ($format)"
            status=1
        fi
    done
}

for corpus in "${corpora[@]}"; do
    [[ -e $corpus ]] || die "no such corpus: $corpus"
    if [[ -f $corpus && $corpus == *.jsonl ]]; then
        gazetteer="$corpus.gazetteer.json"
        window=(--window document)
        users=(--sender-field sender)
    else
        gazetteer="$corpus/gazetteer.json"
        window=()
        users=()
    fi
    if [[ -f $gazetteer ]]; then
        python3 "$here/convert_gazetteer.py" "$gazetteer" -o "$work/rules.yaml" 2>/dev/null
        run "$corpus, same work" "$corpus" --no-default-rules --rules "$work/rules.yaml" "${window[@]}"
    fi
    run "$corpus, as users run it" "$corpus" "${window[@]}" "${users[@]}"
done
exit "$status"
