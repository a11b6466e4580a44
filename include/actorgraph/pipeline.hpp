// The whole pipeline: documents in, graph files out. `build` streams the inputs through the
// stages on worker threads, merges the per-document results into one Graph in a fixed order and
// writes each requested format atomically.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "actorgraph/actors.hpp"
#include "actorgraph/graph.hpp"
#include "actorgraph/knowledge.hpp"
#include "actorgraph/model.hpp"
#include "actorgraph/relations.hpp"
#include "actorgraph/status.hpp"

namespace actorgraph {

/// Runs text, actor and relation stages on one document.
class Extractor {
 public:
  /// Loads the shipped knowledge and, when CATALOG_PATH is not empty, the user's catalog.
  static Result<Extractor> create(const std::string& catalog_path);
  /// Extracts tokens, sentences, mentions, actors and relations from DOC.
  Extraction extract(const Document& doc) const;
  /// Extracts DOC into EX, reusing EX's buffers (for loops over many documents).
  void extract(const Document& doc, Extraction* ex) const;
  /// Returns the loaded knowledge.
  const Knowledge& knowledge() const { return *knowledge_; }

 private:
  Extractor(std::shared_ptr<const Knowledge> knowledge, ActorFinder actors,
            RelationExtractor relations)
      : knowledge_(std::move(knowledge)),
        actors_(std::move(actors)),
        relations_(std::move(relations)) {}
  std::shared_ptr<const Knowledge> knowledge_;
  ActorFinder actors_;
  RelationExtractor relations_;
};

/// Progress of a running build, reported now and then.
struct Progress {
  std::size_t documents = 0;    // documents done
  std::size_t bytes = 0;        // input bytes consumed
  std::size_t total_bytes = 0;  // input bytes in all (0 when unknown)
  double seconds = 0;           // time since the start
};

/// Options of `actorgraph build`.
struct BuildOptions {
  std::vector<std::string> inputs;                           // INPUT arguments
  std::string out_dir = "out";                               // where graph.<ext> files go
  std::vector<std::string> formats{"jsonld", "dot", "svg"};  // formats to write
  std::string catalog;                                       // user catalog path, or empty
  unsigned jobs = 0;          // worker threads; 0: the hardware threads
  bool keep_going = false;    // skip unreadable documents instead of stopping
  bool show_negated = false;  // draw negated relations in diagrams
  std::function<void(const Progress&)> on_progress;  // called now and then, may be empty
  std::function<void(const Status&)> on_skip;        // called for each skipped document
};

/// What a build did.
struct BuildSummary {
  std::size_t documents = 0;         // documents read
  std::size_t skipped = 0;           // documents skipped with keep_going
  std::size_t sentences = 0;         // sentences analysed
  std::size_t actors = 0;            // actors in the graph
  std::size_t relations = 0;         // aggregated relations in the graph
  std::size_t bytes = 0;             // input bytes
  double seconds = 0;                // wall time
  std::vector<std::string> written;  // paths of the files written
};

/// Builds the graph of OPTIONS.inputs and writes it; nothing is written on failure.
Result<BuildSummary> build(const BuildOptions& options);

/// Writes, for each document of INPUTS, its sentences (index, byte span, text), the mentions
/// with the actors they resolve to, the relations with their rules, and the triggers that
/// gave nothing with the reason.
Status explain(const std::vector<std::string>& inputs, const std::string& catalog_path,
               std::ostream& out);

/// Formats the explanation of one document (see explain).
std::string format_explanation(const Document& doc, const Extraction& ex);

/// Reads the JSON-LD graph files INPUTS, merges them and writes the result to OUTPUT.
Status merge_graph_files(const std::vector<std::string>& inputs, const std::string& output);

}  // namespace actorgraph
