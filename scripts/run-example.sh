#!/usr/bin/env bash
# Quick start (1): set up, build (Release) and run `build` on the bundled example corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
build/actorgraph build examples/corpus.jsonl -o out --format jsonld,dot,svg,graphml
echo "Open out/graph.svg in a browser; load out/graph.jsonld into a triple store."
