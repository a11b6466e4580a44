// Export stage: writes a Graph as JSON-LD, DOT, SVG, PNG or GraphML through small exporters
// kept in a name-keyed factory, reads the project's JSON-LD back, and validates graph files.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/graph.hpp"
#include "actorgraph/status.hpp"

namespace actorgraph {

/// Options shared by all exporters.
struct ExportOptions {
  bool show_negated = false;  // DOT/SVG/PNG: draw negated relations too (hidden by default)
};

/// Writes a graph in one format.
class Exporter {
 public:
  virtual ~Exporter() = default;
  /// Returns the format name used with --format ("jsonld").
  virtual std::string_view name() const = 0;
  /// Returns the file extension without the dot ("jsonld").
  virtual std::string_view extension() const = 0;
  /// Writes GRAPH to OUT.
  virtual Status write(const Graph& graph, const ExportOptions& options,
                       std::ostream& out) const = 0;
};

/// Creates the exporter registered under NAME; an unknown name lists the known ones.
Result<std::unique_ptr<Exporter>> make_exporter(std::string_view name);
/// Returns the registered format names, sorted.
std::vector<std::string> exporter_names();

/// Writes GRAPH with EXPORTER to PATH atomically: a temporary file beside it, then a rename.
Status export_to_file(const Exporter& exporter, const Graph& graph, const ExportOptions& options,
                      const std::string& path);
/// Writes CONTENT to PATH atomically: a temporary file beside it, then a rename.
Status write_file_atomic(const std::string& path, std::string_view content);

/// Reads a graph file written by the project's JSON-LD exporter.
Result<Graph> read_jsonld(const std::string& path);

/// Validates the JSON file at PATH against schemas/graph.schema.json; the message of a failure
/// names the JSON pointer of the violation.
Status validate_graph_file(const std::string& path);

}  // namespace actorgraph
