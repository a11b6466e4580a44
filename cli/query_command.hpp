// The `query` subcommand's options, kept apart from main.cpp so that query options can grow.
#pragma once

#include <CLI/CLI.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "actorgraph/query.hpp"
#include "actorgraph/status.hpp"

namespace actorgraph_cli {

/// Registers `actorgraph query` on an app and runs it once parsed.
class QueryCommand {
 public:
  /// Adds the subcommand and its options to APP.
  explicit QueryCommand(CLI::App& app);
  /// Returns true when the command line chose `query`.
  bool parsed() const { return cmd_->parsed(); }
  /// Runs the parsed query, writing the answer to OUT.
  actorgraph::Status run(std::ostream& out) const;

 private:
  CLI::App* cmd_;
  std::string graph_;
  std::vector<std::string> question_;
  std::string format_ = "table";
  std::string types_;
  actorgraph::QueryOptions options_;
};

}  // namespace actorgraph_cli
