// Private: the Boost.Graph model behind actorgraph::Graph, shared with the library's own
// algorithms (queries, exporters). Never include it from a public header.
#pragma once

#include <array>
#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "actorgraph/graph.hpp"
#include "fast_hash.hpp"

namespace actorgraph {

/// Holds one actor (a vertex) and the votes that decide its name and type.
struct ActorVertex {
  Actor actor;                                              // the merged actor; name and type voted
  std::map<std::string, uint64_t, std::less<>> name_votes;  // name -> total form count voting
  std::array<uint64_t, 6> type_votes{};                     // ActorType -> total weight voting
  bool placeholder = true;  // created for a relation before any add_actor named it
};

/// Holds one aggregated relation (an edge from agent to object).
struct RelationEdge {
  RelationRecord record;          // the aggregated relation
  std::vector<Evidence> pending;  // evidence added since the last settle, unsorted
};

/// The Boost.Graph model: vertices never move out of order (vecS, no removal) and edge
/// properties live in a list, so edge descriptors stay valid while the graph grows.
using ActorGraphModel = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                              ActorVertex, RelationEdge>;
/// Identifies an actor vertex.
using ActorVertexId = ActorGraphModel::vertex_descriptor;
/// Identifies a relation edge.
using RelationEdgeId = ActorGraphModel::edge_descriptor;

struct Graph::Impl {
  ActorGraphModel g;  // actors and relations
  std::unordered_map<std::string, ActorVertexId, fast_hash::StringHash>
      actor_index;  // actor id -> vertex
  // relation id -> edge; the key views the record's own id, stable in the edge list
  std::unordered_map<std::string_view, RelationEdgeId, fast_hash::StringHash> relation_index;
  std::vector<RelationEdgeId> unsettled;  // edges whose pending evidence is not merged yet
  std::mutex settle_mutex;                // serialises settle() among const readers

  /// Merges every edge's pending evidence into its sorted, unique record evidence.
  void settle();
};

/// Reserves index space for this many actors and relations (readers that know the sizes).
void reserve_graph(Graph& graph, std::size_t actors, std::size_t relations);
/// Adds an aggregated record like Graph::add_record, moving it in when its key is new.
void add_record_moved(Graph& graph, RelationRecord&& record);

}  // namespace actorgraph
