// The actorgraph command line: parses arguments, calls the library, and turns a Status into
// one line on standard error and an exit code (the only place that does).
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/exporters.hpp"
#include "actorgraph/pipeline.hpp"
#include "actorgraph/status.hpp"
#include "query_command.hpp"

namespace {

using actorgraph::Status;
using actorgraph::StatusCode;

// Exit statuses, documented in --help.
constexpr int kExitOk = 0;
constexpr int kExitInput = 1;     // bad or missing input, cannot write output
constexpr int kExitUsage = 2;     // bad command line
constexpr int kExitMissing = 3;   // feature not implemented yet
constexpr int kExitInternal = 4;  // a bug

int exit_code(const Status& s) {
  switch (s.code()) {
    case StatusCode::kOk:
      return kExitOk;
    case StatusCode::kInvalidArgument:
      return kExitUsage;
    case StatusCode::kUnimplemented:
      return kExitMissing;
    case StatusCode::kInternal:
      return kExitInternal;
    case StatusCode::kNotFound:
    case StatusCode::kDataError:
    case StatusCode::kIoError:
      return kExitInput;
  }
  return kExitInternal;
}

// Reports S (when it is a failure) and returns its exit status.
int fail(const Status& s) {
  if (s.ok()) return kExitOk;
  std::cerr << "actorgraph: error: " << s.message() << '\n';
  return exit_code(s);
}

std::vector<std::string> split_list(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream ss(list);
  std::string item;
  while (std::getline(ss, item, ',')) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

const char* kFooter = R"(Examples:
  actorgraph build examples/ -o out                  # graph.jsonld, graph.dot, graph.svg
  actorgraph build news.jsonl --format jsonld,graphml -j 4
  cat article.txt | actorgraph build - -o out --format dot
  actorgraph explain article.txt                     # sentences, mentions, relations, why
  actorgraph query out/graph.jsonld who-affects "European Commission" --depth 2
  actorgraph validate out/graph.jsonld

Exit status: 0 success; 1 bad or missing input, or output that cannot be written;
2 bad command line; 3 feature not implemented yet; 4 internal error.
Run 'actorgraph COMMAND --help' for the options of a command.)";

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"actorgraph " ACTORGRAPH_VERSION
               ": builds a knowledge graph of actors (governments, companies, people, countries,\n"
               "products) and the typed, directed relations between them from English news text,\n"
               "each relation traced to the sentence that states it.",
               "actorgraph"};
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("actorgraph ") + ACTORGRAPH_VERSION);
  app.require_subcommand(1);

  // build
  actorgraph::BuildOptions build;
  std::string formats = "jsonld,dot,svg";
  bool quiet = false;
  auto* build_cmd = app.add_subcommand(
      "build", "Read news text and write the graph as DIR/graph.<format> for each format.");
  build_cmd
      ->add_option("INPUT", build.inputs,
                   "Text files (one document each), .jsonl corpora (one JSON object a line with "
                   "\"text\" and optional \"id\", \"title\", \"date\", \"url\", \"source\"), "
                   "directories (their .txt and .jsonl files, recursively, sorted) or - for "
                   "standard input")
      ->required();
  build_cmd->add_option("-o,--output", build.out_dir, "Output directory (created if missing)")
      ->capture_default_str();
  build_cmd
      ->add_option("--format", formats, "Comma-separated formats: jsonld, dot, svg, png, graphml")
      ->capture_default_str();
  build_cmd->add_option("--catalog", build.catalog,
                        "JSON file of your own actors: types, aliases, affiliations, renames, "
                        "suppressions (see schemas/catalog.schema.json)");
  build_cmd->add_option("-j,--jobs", build.jobs, "Worker threads (default: hardware threads)");
  build_cmd->add_flag("--keep-going", build.keep_going,
                      "Report and skip documents that cannot be read instead of stopping");
  build_cmd->add_flag("--show-negated", build.show_negated,
                      "Draw negated relations in DOT/SVG/PNG (hidden by default)");
  build_cmd->add_flag("-q,--quiet", quiet, "Print nothing but errors");

  // explain
  std::vector<std::string> explain_inputs;
  std::string explain_catalog;
  auto* explain_cmd = app.add_subcommand(
      "explain",
      "Show, per sentence, its byte span, the mentions and the actors they resolve to, "
      "the relations with the rule behind each, and why a trigger gave nothing.");
  explain_cmd->add_option("FILE", explain_inputs, "Text file, .jsonl corpus, directory or -")
      ->required();
  explain_cmd->add_option("--catalog", explain_catalog, "Your actor catalog (JSON)");

  // validate
  std::vector<std::string> validate_files;
  auto* validate_cmd = app.add_subcommand(
      "validate", "Check graph files against schemas/graph.schema.json (JSON Schema draft-04).");
  validate_cmd->add_option("GRAPH", validate_files, "JSON-LD graph files")->required();

  // merge
  std::vector<std::string> merge_files;
  std::string merge_out;
  auto* merge_cmd = app.add_subcommand("merge", "Merge graph files into one JSON-LD graph.");
  merge_cmd->add_option("GRAPH", merge_files, "JSON-LD graph files written by actorgraph")
      ->required();
  merge_cmd->add_option("-o,--output", merge_out, "The merged JSON-LD file")->required();

  // query
  actorgraph_cli::QueryCommand query(app);

  // CLI11 reports an unknown command as a missing one; name it instead.
  if (argc > 1 && argv[1][0] != '-') {
    bool known = false;
    for (const auto* sub : app.get_subcommands({}))
      known = known || sub->get_name() == argv[1];
    if (!known) {
      std::cerr
          << "actorgraph: error: unknown command '" << argv[1]
          << "' (commands: build, explain, query, validate, merge; see 'actorgraph --help')\n";
      return kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string where = "actorgraph";
    for (const auto* sub : app.get_subcommands())
      where += " " + sub->get_name();
    std::cerr << where << ": error: " << e.what() << " (see '" << where << " --help')\n";
    return kExitUsage;
  }

  if (build_cmd->parsed()) {
    build.formats = split_list(formats);
    const bool tty = isatty(STDERR_FILENO) != 0;
    if (!quiet && tty) {
      build.on_progress = [](const actorgraph::Progress& p) {
        static double last = -1;
        if (p.seconds - last < 0.2) return;
        last = p.seconds;
        double mb = static_cast<double>(p.bytes) / 1e6;
        std::fprintf(stderr, "\r%zu documents, %.1f MB, %.1f MB/s", p.documents, mb,
                     p.seconds > 0 ? mb / p.seconds : 0.0);
        if (p.total_bytes > 0 && p.bytes > 0) {
          double eta =
              p.seconds * (static_cast<double>(p.total_bytes) / static_cast<double>(p.bytes) - 1.0);
          std::fprintf(stderr, ", ETA %.0f s   ", eta);
        }
        std::fflush(stderr);
      };
    }
    build.on_skip = [](const Status& s) {
      std::cerr << "actorgraph: skipped: " << s.message() << '\n';
    };
    auto summary = actorgraph::build(build);
    if (!quiet && tty) std::fprintf(stderr, "\r\033[K");
    if (!summary.ok()) return fail(summary.status());
    if (!quiet) {
      std::printf(
          "%zu documents (%zu skipped), %zu sentences, %zu actors, %zu relations in %.2f s\n",
          summary->documents, summary->skipped, summary->sentences, summary->actors,
          summary->relations, summary->seconds);
      for (const auto& path : summary->written)
        std::printf("wrote %s\n", path.c_str());
    }
    return kExitOk;
  }
  if (explain_cmd->parsed()) {
    return fail(actorgraph::explain(explain_inputs, explain_catalog, std::cout));
  }
  if (validate_cmd->parsed()) {
    for (const auto& f : validate_files) {
      Status s = actorgraph::validate_graph_file(f);
      if (!s.ok()) return fail(s);
      std::cout << f << ": valid\n";
    }
    return kExitOk;
  }
  if (merge_cmd->parsed()) {
    return fail(actorgraph::merge_graph_files(merge_files, merge_out));
  }
  if (query.parsed()) return fail(query.run(std::cout));
  return kExitUsage;
}
