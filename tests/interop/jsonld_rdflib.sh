# rdflib parses graph.jsonld; SPARQL `?who ag:bans ?whom` returns the asserted bans only.
source "$(dirname "$0")/lib.bash"
prepare_graph
"$py" "$src/tests/interop/check_rdflib.py" "$scratch/graph.jsonld"
