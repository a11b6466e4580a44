#include "query_command.hpp"

#include <filesystem>
#include <system_error>

#include "actorgraph/exporters.hpp"

namespace actorgraph_cli {

namespace {

const char* kQueryFooter = R"(Questions:
  who-affects ACTOR        who acts on ACTOR (with --depth N: and who acts on those, ...)
  affected-by ACTOR        whom ACTOR acts on (with --depth N: and whom those act on, ...)
  path FROM TO             chains of relations from FROM to TO, shortest first, with evidence
  rank                     actors by PageRank, degree, betweenness and signed weight (--by)
  matrix [ACTOR...]        actor-by-actor table of the relation types between them
  match 'S P O'            relations matching a pattern; ? or ?name matches anything:
                           match '? bans acme', match 'acme ? ?', match '?x competes ?'
ACTOR is an id, name or alternate name, in any case. Only asserted relations are followed
unless --include-hedged / --include-negated is given.

Examples:
  actorgraph query out/graph.jsonld who-affects acme --depth 2 --type bans,investigates
  actorgraph query out/graph.jsonld path us-government acme --format json
  actorgraph query out/graph.jsonld rank --by betweenness --limit 10
  actorgraph query out/graph.jsonld match '? bans ?' --format csv

Exit status: 0 answered, also when nothing matches;
1 GRAPH is missing, unreadable, not JSON or not an actorgraph JSON-LD graph, or an actor name
is unknown (the error lists the closest names); 2 bad command line, or an actor name that names
several actors (the error lists them; give the id); 4 internal error.)";

// The graph of the last query, kept until exit (see QueryCommand::run); volatile, so that the
// optimiser keeps the store that leak checkers see it through.
const actorgraph::Graph* volatile kept_graph = nullptr;

}  // namespace

QueryCommand::QueryCommand(CLI::App& app) {
  cmd_ = app.add_subcommand("query", "Ask a graph file who affects whom.");
  cmd_->footer(kQueryFooter);
  cmd_->add_option("GRAPH", graph_, "A JSON-LD graph written by actorgraph")->required();
  cmd_->add_option("QUESTION", question_,
                   "who-affects ACTOR | affected-by ACTOR | path FROM TO | rank | "
                   "matrix [ACTOR...] | match 'S P O'")
      ->required();
  cmd_->add_option("--format", format_, "table, json, csv or dot")->capture_default_str();
  cmd_->add_option("--depth", options_.depth,
                   "who-affects/affected-by: links in a chain (1 = direct only)")
      ->capture_default_str();
  cmd_->add_option("--max-length", options_.max_length, "path: most links in a chain")
      ->capture_default_str();
  cmd_->add_option("--type", types_,
                   "Follow only these relation types, comma-separated (bans,investigates)");
  cmd_->add_flag("--include-hedged", options_.include_hedged,
                 "Also follow relations reported as rumour, allegation or plan");
  cmd_->add_flag("--include-negated", options_.include_negated,
                 "Also follow relations the text says do not hold");
  cmd_->add_option("--min-confidence", options_.min_confidence,
                   "Follow only relations at least this confident (0 to 1)")
      ->capture_default_str();
  cmd_->add_option("--limit", options_.limit,
                   "Most chains (path; default 10), actors (rank: default all; matrix: default "
                   "30) or rows (match: default all); 0 = the default");
  cmd_->add_option("--by", options_.rank_by,
                   "rank: pagerank, in, out, degree, betweenness, conflict or cooperation")
      ->capture_default_str();
}

actorgraph::Status QueryCommand::run(std::ostream& out) const {
  // Usage errors first, so that they do not wait for a large graph to load.
  auto format = actorgraph::parse_answer_format(format_);
  if (!format.ok()) return format.status();
  actorgraph::QueryOptions options = options_;
  options.diagram = *format == actorgraph::AnswerFormat::kDot;
  if (!types_.empty()) AG_RETURN_IF_ERROR(actorgraph::parse_relation_types(types_, options.types));

  // A directory opens as a stream on Linux, and read_jsonld then aborts on its bogus size
  // (std::length_error); refuse it by name.
  std::error_code ec;
  if (std::filesystem::is_directory(graph_, ec)) {
    return actorgraph::DataError(graph_ + ": is a directory, not a JSON-LD graph file");
  }
  auto read = actorgraph::read_jsonld(graph_);
  if (!read.ok()) return read.status();
  // The process ends once the answer is written, and freeing a graph of a million relations
  // takes over a second (as LLVM's -disable-free reasons), so the graph is kept until exit;
  // a static pointer keeps it reachable, which leak checkers accept.
  const auto* graph = new actorgraph::Graph(std::move(*read));
  kept_graph = graph;
  actorgraph::QueryEngine engine(*graph);
  auto answer = engine.ask(question_, options);
  if (!answer.ok()) return answer.status();
  actorgraph::write_answer(*answer, *format, out);
  return {};
}

}  // namespace actorgraph_cli
