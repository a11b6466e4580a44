# jsonld.js (npm `jsonld`) turns graph.jsonld into N-Quads offline (any remote fetch fails).
source "$(dirname "$0")/lib.bash"
[[ -d "$src/tests/interop/node_modules/jsonld" ]] ||
  fail "jsonld.js is not installed: run scripts/setup.sh --tests (npm install in tests/interop)"
prepare_graph
node "$src/tests/interop/to_nquads.js" "$scratch/graph.jsonld" >"$scratch/graph.nq"
grep -qF '<https://w3id.org/actorgraph/id/us-government> <https://w3id.org/actorgraph#bans> <https://w3id.org/actorgraph/id/veltrix-systems>' "$scratch/graph.nq" ||
  fail "N-Quads lack the direct ban triple"
grep -qF '"0.900"^^<http://www.w3.org/2001/XMLSchema#decimal>' "$scratch/graph.nq" ||
  fail "N-Quads lack the decimal confidence"
echo "jsonld.js: $(wc -l <"$scratch/graph.nq") quads"
