// Graph stage: actors merged by id and relations aggregated by (agent, type, object, product,
// negated, hedged) with all their evidence, over any number of documents or graph files.
// Backed by a Boost.Graph bidirectional adjacency list that stays inside graph.cpp.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/model.hpp"

namespace actorgraph {

/// One aggregated relation: an edge of the graph.
struct RelationRecord {
  std::string id;     // IRI-safe slug derived from the key, stable across runs
  std::string agent;  // actor id of the one who acts
  RelationType type = RelationType::kApproves;  // what the agent does
  std::string object;                           // actor id of the one acted on
  std::string product;                          // actor id of the product concerned, or empty
  bool negated = false;                         // the text says it does not hold
  bool hedged = false;                          // reported, not asserted
  std::vector<std::string> via;    // ids of persons who acted for the agent, sorted, unique
  double confidence = 0;           // highest confidence over its evidence
  uint32_t mentions = 0;           // number of sentences that state it
  std::vector<Evidence> evidence;  // one per stating sentence, sorted by document and index
};

/// The knowledge graph: actors and aggregated relations.
class Graph {
 public:
  /// Creates an empty graph.
  Graph();
  ~Graph();
  Graph(Graph&&) noexcept;
  Graph& operator=(Graph&&) noexcept;
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  /// Adds the actors and relations of one document's extraction.
  void add(const Extraction& extraction);
  /// Adds or merges an actor (by id): forms add up, links fill in, the name is voted on.
  void add_actor(const Actor& actor);
  /// Adds one relation, merging it into the record with the same key; both actors must exist.
  void add_relation(const Relation& relation);
  /// Adds an aggregated record (as read from a graph file), merging evidence by key.
  void add_record(const RelationRecord& record);
  /// Merges another graph into this one.
  void merge(const Graph& other);
  /// Merges another graph into this one, moving its relations; OTHER keeps only its actors.
  void merge(Graph&& other);

  /// Returns the number of actors.
  std::size_t actor_count() const;
  /// Returns the number of aggregated relations.
  std::size_t relation_count() const;
  /// Returns all actors sorted by id.
  std::vector<const Actor*> actors() const;
  /// Returns all relations sorted by id.
  std::vector<const RelationRecord*> relations() const;
  /// Returns the actor with this id, or nullptr.
  const Actor* find_actor(std::string_view id) const;
  /// Returns the relations whose agent is this actor, sorted by id.
  std::vector<const RelationRecord*> out_relations(std::string_view actor_id) const;
  /// Returns the relations whose object is this actor, sorted by id.
  std::vector<const RelationRecord*> in_relations(std::string_view actor_id) const;

  /// Returns the stable id of a relation key.
  static std::string relation_id(std::string_view agent, RelationType type, std::string_view object,
                                 std::string_view product, bool negated, bool hedged);

  struct Impl;  // Boost.Graph model; defined in graph.cpp
  /// Gives algorithms in the library (queries) access to the Boost.Graph model.
  Impl& impl();
  /// Gives algorithms in the library (queries) access to the Boost.Graph model.
  const Impl& impl() const;

 private:
  void merge_actors(const Graph& other);  // the actor half of merge
  std::unique_ptr<Impl> impl_;
};

}  // namespace actorgraph
