#!/usr/bin/env bash
# Benchmarks `actorgraph build` on generated corpora of 10, 100 and (with --large) 1000 MB at
# -j1 and -j2: MB/s, sentences/s, peak RSS, and the growth of time with the corpus size.
# Usage: bash bench/build_bench.sh [build/actorgraph] [--large]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/actorgraph}
sizes=(10 100)
[[ "${2:-}" == "--large" ]] && sizes+=(1000)
corpus=$here/corpus
mkdir -p "$corpus"
printf "%8s %4s %9s %9s %12s %10s\n" "MB" "-j" "seconds" "MB/s" "sentences/s" "peak RSS"
for mb in "${sizes[@]}"; do
  f=$corpus/corpus-$mb.jsonl
  [[ -f $f ]] || python3 "$here/make_corpus.py" "$mb" "$f" >/dev/null
  bytes=$(stat -c %s "$f")
  for j in 1 2; do
    out=$(mktemp -d)
    /usr/bin/time -f "%e %M" -o "$out/time" "$bin" build "$f" -o "$out" --format jsonld -j "$j" \
      >"$out/summary"
    read -r secs rss <"$out/time"
    sentences=$(grep -o '[0-9]* sentences' "$out/summary" | cut -d' ' -f1)
    awk -v mb="$mb" -v j="$j" -v s="$secs" -v b="$bytes" -v n="$sentences" -v rss="$rss" \
      'BEGIN { printf "%8d %4d %9.2f %9.1f %12.0f %8.0f MB\n", mb, j, s, b/1e6/s, n/s, rss/1024 }'
    rm -rf "$out"
  done
done
