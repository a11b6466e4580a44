#!/usr/bin/env bash
# Counts the instructions each pipeline stage executes (callgrind) on a generated corpus: a
# figure that, unlike seconds, does not move with the load of a shared machine. Prints the total
# and the heaviest functions, inclusive and self.
# Usage: bash bench/profile.sh [build/bench/pipeline_bench] [SIZE_MB, default 2]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/bench/pipeline_bench}
mb=${2:-2}
command -v valgrind >/dev/null || { echo "profile.sh: valgrind is not installed" >&2; exit 1; }
corpus=$here/corpus/corpus-$mb.jsonl
mkdir -p "$here/corpus"
[[ -f $corpus ]] || python3 "$here/make_corpus.py" "$mb" "$corpus" >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out/cg.out" "$bin" "$corpus" 2>"$out/log" >/dev/null
grep -o 'refs: *[0-9,]*' "$out/log" | sed 's/refs: */instructions: /'
echo "-- inclusive (stages and hot spots)"
callgrind_annotate --inclusive=yes "$out/cg.out" 2>/dev/null | awk '
  BEGIN {
    n = split("analyze_text(std::basic_string_view<char, std::char_traits<char> >, actorgraph::TextAnalysis*)|" \
              "ActorFinder::find(|build_token_view(|RelationExtractor::extract(|Graph::add(|" \
              "DocumentStream::next(|Knowledge::load(|malloc.c:malloc |malloc.c:free ", keys, "|")
  }
  {
    for (i = 1; i <= n; ++i)
      if (!(i in seen) && index($0, keys[i]) > 0) { seen[i] = 1; print substr($0, 1, 150) }
  }'
echo "-- self"
callgrind_annotate "$out/cg.out" 2>/dev/null | sed -n '/file:function/,$p' | sed -n '3,27p' | cut -c1-150
