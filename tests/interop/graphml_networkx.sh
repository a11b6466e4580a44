# NetworkX reads graph.graphml with the expected nodes, edges and typed attributes.
source "$(dirname "$0")/lib.bash"
prepare_graph
"$py" - "$scratch/graph.graphml" <<'PY'
import sys
import networkx as nx

g = nx.read_graphml(sys.argv[1])
def check(cond, what):
    if not cond:
        sys.exit("FAIL: " + what)
check(g.is_directed(), "graph is not directed")
check(g.number_of_nodes() == 8, f"{g.number_of_nodes()} nodes, expected 8")
check(g.number_of_edges() == 6, f"{g.number_of_edges()} edges, expected 6")
check(g.nodes["us-government"]["label"] == "United States government", "node label")
check(g.nodes["us-government"]["type"] == "GovernmentOrganization", "node type")
edges = {(u, v, d["type"]): d for u, v, d in g.edges(data=True)}
ban = edges[("us-government", "veltrix-systems", "bans")]
check(ban["mentions"] == 2 and isinstance(ban["mentions"], int), "mentions is not the int 2")
check(ban["confidence"] == 0.9 and isinstance(ban["confidence"], float), "confidence")
check(ban["negated"] is False and isinstance(ban["hedged"], bool), "booleans")
print(f"networkx: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
PY
