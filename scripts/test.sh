#!/usr/bin/env bash
# Quick start (2): set up, build and run the whole test suite through CTest, twice: a plain
# Release build in build/ and an ASan+UBSan build in build-sanitize/. Fails when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
jobs=$(nproc)

echo "== plain build (build/)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

if [[ "${ACTORGRAPH_SKIP_SANITIZE:-0}" != 1 ]]; then
  echo "== sanitized build (build-sanitize/)"
  cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACTORGRAPH_SANITIZE=ON \
    -DACTORGRAPH_BUILD_BENCH=OFF >/dev/null
  cmake --build build-sanitize -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-sanitize --output-on-failure -j"$jobs"
fi
