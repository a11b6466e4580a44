// The build: inputs -> extraction per document -> one merged graph -> atomic exports.
#include "actorgraph/pipeline.hpp"

#include <chrono>
#include <filesystem>

#include "actorgraph/exporters.hpp"
#include "actorgraph/input.hpp"
#include "actorgraph/text.hpp"

namespace actorgraph {

Result<Extractor> Extractor::create(const std::string& catalog_path) {
  auto knowledge = Knowledge::load(catalog_path);
  if (!knowledge.ok()) return knowledge.status();
  auto actors = ActorFinder::create(*knowledge);
  if (!actors.ok()) return actors.status();
  auto relations = RelationExtractor::create(*knowledge);
  if (!relations.ok()) return relations.status();
  return Extractor(*knowledge, std::move(actors).value(), std::move(relations).value());
}

Extraction Extractor::extract(const Document& doc) const {
  Extraction ex;
  ex.document = doc.id;
  analyze_text(doc.text, &ex.text);
  actors_.find(doc, &ex);
  relations_.extract(doc, &ex);
  return ex;
}

Result<BuildSummary> build(const BuildOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&]() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  // Everything that can fail on usage is checked before any input is read.
  if (options.formats.empty()) return InvalidArgument("--format: no format given");
  std::vector<std::unique_ptr<Exporter>> exporters;
  for (const std::string& f : options.formats) {
    auto e = make_exporter(f);
    if (!e.ok()) return e.status();
    exporters.push_back(std::move(e).value());
  }
  auto files = expand_inputs(options.inputs);
  if (!files.ok()) return files.status();
  auto extractor = Extractor::create(options.catalog);
  if (!extractor.ok()) return extractor.status();
  auto stream = DocumentStream::open(std::move(files).value());
  if (!stream.ok()) return stream.status();

  BuildSummary summary;
  Graph graph;
  Document doc;
  for (;;) {
    Result<bool> more = stream->next(&doc);
    if (!more.ok()) {
      if (!options.keep_going) return more.status();
      ++summary.skipped;
      if (options.on_skip) options.on_skip(more.status());
      continue;
    }
    if (!*more) break;
    Extraction ex = extractor->extract(doc);
    summary.sentences += ex.text.sentences.size();
    graph.add(ex);
    ++summary.documents;
    if (options.on_progress) {
      options.on_progress({summary.documents, stream->bytes_read(), stream->total_bytes(),
                           elapsed()});
    }
  }
  summary.bytes = stream->bytes_read();

  std::error_code ec;
  std::filesystem::create_directories(options.out_dir, ec);
  if (ec) return IoError(options.out_dir + ": cannot create directory (" + ec.message() + ")");
  ExportOptions export_options;
  export_options.show_negated = options.show_negated;
  for (const auto& exporter : exporters) {
    std::string path = (std::filesystem::path(options.out_dir) /
                        ("graph." + std::string(exporter->extension())))
                           .string();
    AG_RETURN_IF_ERROR(export_to_file(*exporter, graph, export_options, path));
    summary.written.push_back(path);
  }
  summary.actors = graph.actor_count();
  summary.relations = graph.relation_count();
  summary.seconds = elapsed();
  return summary;
}

}  // namespace actorgraph

namespace actorgraph {

Status merge_graph_files(const std::vector<std::string>& inputs, const std::string& output) {
  auto exporter = make_exporter("jsonld");
  if (!exporter.ok()) return exporter.status();
  Graph merged;
  for (const std::string& path : inputs) {
    auto g = read_jsonld(path);
    if (!g.ok()) return g.status();
    merged.merge(*g);
  }
  return export_to_file(**exporter, merged, ExportOptions{}, output);
}

}  // namespace actorgraph
