# Graphviz's own `dot -Tsvg` accepts graph.dot; the in-process SVG and PNG are well formed.
source "$(dirname "$0")/lib.bash"
prepare_graph
command -v dot >/dev/null || fail "dot (graphviz) is not installed"
dot -Tsvg "$scratch/graph.dot" -o "$scratch/dot-cli.svg" || fail "dot -Tsvg rejected graph.dot"
grep -q '<svg' "$scratch/dot-cli.svg" || fail "dot -Tsvg wrote no SVG"
grep -q 'Veltrix Systems' "$scratch/dot-cli.svg" || fail "SVG lacks an actor label"
"$py" -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$scratch/graph.svg" ||
  fail "graph.svg is not well-formed XML"
head -c 8 "$scratch/graph.png" | od -An -c | grep -q 'P   N   G' || fail "graph.png is not a PNG"
echo "dot: graph.dot accepted; graph.svg and graph.png well formed"
