// Query stage: answers who-affects-whom questions over a Graph (who-affects, affected-by,
// path, rank, matrix, match) and writes the answers as an aligned table, JSON, CSV or DOT.
// The engine indexes the graph once; every question after that reads the index only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/graph.hpp"
#include "actorgraph/model.hpp"
#include "actorgraph/status.hpp"

namespace actorgraph {

/// Options shared by all questions; each question reads the ones that apply to it.
struct QueryOptions {
  int depth = 1;                     // who-affects / affected-by: links in a chain, >= 1
  int max_length = 4;                // path: most links in a chain, >= 1
  std::vector<RelationType> types;   // relation types to follow; empty = all
  bool include_hedged = false;       // also follow reported, unasserted relations
  bool include_negated = false;      // also follow relations the text says do not hold
  double min_confidence = 0;         // follow only relations at least this confident
  std::size_t limit = 0;             // most rows (paths, actors); 0 = the question's default
  std::string rank_by = "pagerank";  // rank: pagerank, in, out, degree, betweenness,
                                     // conflict or cooperation
  bool diagram = true;               // fill Answer::nodes and edges (needed for DOT only)
};

/// Classifies a column's values, so that JSON can write numbers and booleans unquoted.
enum class ColumnKind : uint8_t { kText, kInteger, kNumber, kBool };

/// One column of an answer.
struct AnswerColumn {
  std::string name;                     // header ("agent", "pagerank")
  ColumnKind kind = ColumnKind::kText;  // how to write its cells
};

/// One actor drawn in the DOT form of an answer.
struct AnswerNode {
  std::string id;      // actor id
  std::string label;   // text shown
  bool focus = false;  // the actor the question is about, drawn in bold
};

/// One relation drawn in the DOT form of an answer.
struct AnswerEdge {
  std::string from;      // actor id of the agent
  std::string to;        // actor id of the object
  std::string label;     // relation type, with "not " or "?" marks
  bool negated = false;  // drawn red and dotted
  bool hedged = false;   // drawn dashed
};

/// The answer to one question: a table, plus the actors and relations it involves.
struct Answer {
  std::string question;                        // the question as asked, for titles
  std::vector<AnswerColumn> columns;           // table header
  std::vector<std::vector<std::string>> rows;  // cells as text; "" is an empty (null) cell
  std::vector<AnswerNode> nodes;               // actors for the DOT diagram, in first-seen order
  std::vector<AnswerEdge> edges;               // relations for the DOT diagram
  std::vector<std::string> notes;              // remarks on the answer ("12 more paths not shown")
};

/// Output formats of an answer.
enum class AnswerFormat : uint8_t { kTable, kJson, kCsv, kDot };

/// Parses "table", "json", "csv" or "dot"; anything else is an error naming the choices.
Result<AnswerFormat> parse_answer_format(std::string_view name);
/// Parses a comma list of relation types ("bans,investigates") into TYPES.
Status parse_relation_types(std::string_view list, std::vector<RelationType>& types);
/// Writes ANSWER to OUT in FORMAT.
void write_answer(const Answer& answer, AnswerFormat format, std::ostream& out);

/// Indexes a graph for questions; the graph must outlive the engine and stay unchanged.
class QueryEngine {
 public:
  /// Builds the index (actor names, adjacency) of GRAPH.
  explicit QueryEngine(const Graph& graph);
  ~QueryEngine();
  QueryEngine(const QueryEngine&) = delete;
  QueryEngine& operator=(const QueryEngine&) = delete;

  /// Finds the actor id that NAME denotes (id, name or alternate name, any case); an unknown
  /// or ambiguous name is an error listing the closest candidates.
  Result<std::string> resolve(std::string_view name) const;

  /// Answers a question given as words: {"who-affects", "veltrix"}, {"path", "a", "b"},
  /// {"rank"}, {"matrix", ...}, {"match", "? bans veltrix"}.
  Result<Answer> ask(const std::vector<std::string>& question, const QueryOptions& options) const;

  /// Lists who acts on ACTOR, and with depth > 1 who acts on those, and so on.
  Result<Answer> who_affects(std::string_view actor, const QueryOptions& options) const;
  /// Lists whom ACTOR acts on, and with depth > 1 whom those act on, and so on.
  Result<Answer> affected_by(std::string_view actor, const QueryOptions& options) const;
  /// Lists the chains of relations from FROM to TO, shortest first, each hop with evidence.
  Result<Answer> path(std::string_view from, std::string_view to,
                      const QueryOptions& options) const;
  /// Ranks actors by degree, PageRank, betweenness and signed conflict/cooperation weight.
  Result<Answer> rank(const QueryOptions& options) const;
  /// Tabulates the relation types between actors (all active ones when ACTORS is empty).
  Result<Answer> matrix(const std::vector<std::string>& actors, const QueryOptions& options) const;
  /// Lists the relations matching a triple pattern 'S P O' with ? or ?name variables.
  Result<Answer> match(std::string_view pattern, const QueryOptions& options) const;

  struct Impl;  // index and algorithms; defined in query.cpp

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace actorgraph
