#include "query_command.hpp"

namespace actorgraph_cli {

QueryCommand::QueryCommand(CLI::App& app) {
  cmd_ = app.add_subcommand("query", "Ask a graph file who affects whom.");
  cmd_->add_option("GRAPH", graph_, "A JSON-LD graph written by actorgraph")->required();
  cmd_->add_option("QUESTION", question_,
                   "who-affects ACTOR | affected-by ACTOR | path FROM TO | rank")
      ->required();
  cmd_->add_option("--format", format_, "table, json, csv or dot")->capture_default_str();
}

actorgraph::Status QueryCommand::run(std::ostream& /*out*/) const {
  return actorgraph::Unimplemented("query is not implemented yet");
}

}  // namespace actorgraph_cli
