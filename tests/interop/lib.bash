# Shared by the interoperability scripts (sourced, not a test itself). Every script is called as
#   bash SCRIPT.sh ACTORGRAPH_BIN SOURCE_DIR SCRATCH_DIR
# and gets from prepare_graph: SCRATCH/graph.jsonld, the fixture read and re-exported through
# `actorgraph merge`, and SCRATCH/graph.{dot,svg,png,graphml} written by the library's exporters
# (through a hidden case of the test program, as the CLI has no convert command).
set -euo pipefail

bin=${1:?usage: $0 ACTORGRAPH_BIN SOURCE_DIR SCRATCH_DIR}
src=${2:?usage: $0 ACTORGRAPH_BIN SOURCE_DIR SCRATCH_DIR}
scratch=${3:?usage: $0 ACTORGRAPH_BIN SOURCE_DIR SCRATCH_DIR}
fixture="$src/tests/interop/fixtures/graph.jsonld"
py=/usr/bin/python3

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

prepare_graph() {
  rm -rf "$scratch"
  mkdir -p "$scratch"
  "$bin" merge "$fixture" -o "$scratch/graph.jsonld" || fail "actorgraph merge failed"
  "$bin" validate "$scratch/graph.jsonld" >/dev/null || fail "actorgraph validate rejected its own file"
  local tests_bin
  tests_bin="$(dirname "$bin")/tests/actorgraph_tests"
  [[ -x "$tests_bin" ]] || fail "$tests_bin not built"
  AG_INTEROP_GRAPH="$scratch/graph.jsonld" AG_INTEROP_OUT="$scratch" \
    "$tests_bin" "[interop-export]" >"$scratch/export.log" 2>&1 ||
    { cat "$scratch/export.log" >&2; fail "exporting the fixture failed"; }
}
