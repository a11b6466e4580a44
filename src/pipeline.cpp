// The build: inputs -> extraction per document on worker threads -> one merged graph ->
// atomic exports. The reader (this thread) streams documents into small batches; workers each
// extract into a graph of their own; the worker graphs are merged at the end. Graph merging
// is independent of order, so the output is the same for every -j and every input order.
#include "actorgraph/pipeline.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <thread>

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

void Extractor::extract(const Document& doc, Extraction* ex) const {
  ex->document = doc.id;
  ex->mentions.clear();
  ex->actors.clear();
  ex->relations.clear();
  ex->diagnostics.clear();
  analyze_text(doc.text, &ex->text);
  actors_.find(doc, ex);
  relations_.extract(doc, ex);
}

Extraction Extractor::extract(const Document& doc) const {
  Extraction ex;
  extract(doc, &ex);
  return ex;
}

namespace {

// A bounded queue of document batches between the reader and the workers; bounded so that
// memory holds a few batches, never the corpus.
class BatchQueue {
 public:
  explicit BatchQueue(std::size_t capacity) : capacity_(capacity) {}

  void push(std::vector<Document> batch) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] { return queue_.size() < capacity_; });
    queue_.push_back(std::move(batch));
    not_empty_.notify_one();
  }

  // Returns false when the queue is closed and empty.
  bool pop(std::vector<Document>* batch) {
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return !queue_.empty() || closed_; });
    if (queue_.empty()) return false;
    *batch = std::move(queue_.front());
    queue_.pop_front();
    not_full_.notify_one();
    return true;
  }

  void close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  std::size_t capacity_;
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<std::vector<Document>> queue_;
  bool closed_ = false;
};

struct WorkerResult {
  Graph graph;
  std::size_t sentences = 0;
};

// Batches are small: at the end of the corpus a worker idles while the others finish their last
// batch, which costs half a batch per worker; a queue operation costs microseconds.
constexpr std::size_t kBatchBytes = 128 << 10;
constexpr std::size_t kBatchDocuments = 32;

// Frees graphs on a thread of its own, so that the exports need not wait for it; joined when
// it goes out of scope.
class Reclaimer {
 public:
  explicit Reclaimer(std::vector<Graph> graphs)
      : thread_([g = std::move(graphs)]() mutable { g.clear(); }) {}
  Reclaimer(const Reclaimer&) = delete;
  Reclaimer& operator=(const Reclaimer&) = delete;
  ~Reclaimer() { thread_.join(); }

 private:
  std::thread thread_;
};

}  // namespace

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
    for (const auto& other : exporters) {
      if (other->name() == (*e)->name())
        return InvalidArgument("--format: '" + f + "' given twice");
    }
    exporters.push_back(std::move(e).value());
  }
  auto files = expand_inputs(options.inputs);
  if (!files.ok()) return files.status();
  auto extractor = Extractor::create(options.catalog);
  if (!extractor.ok()) return extractor.status();
  auto stream = DocumentStream::open(std::move(files).value());
  if (!stream.ok()) return stream.status();

  unsigned jobs = options.jobs != 0 ? options.jobs : std::thread::hardware_concurrency();
  if (jobs == 0) jobs = 1;
  BatchQueue queue(2 * static_cast<std::size_t>(jobs));
  std::vector<WorkerResult> results(jobs);
  std::atomic<std::size_t> done_documents{0};
  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (unsigned w = 0; w < jobs; ++w) {
    workers.emplace_back([&, w] {
      Extraction ex;
      std::vector<Document> batch;
      while (queue.pop(&batch)) {
        for (const Document& doc : batch) {
          extractor->extract(doc, &ex);
          results[w].sentences += ex.text.sentences.size();
          results[w].graph.add(ex);
          done_documents.fetch_add(1, std::memory_order_relaxed);
        }
      }
    });
  }

  BuildSummary summary;
  Status failure;
  std::vector<Document> batch;
  std::size_t batch_bytes = 0;
  Document doc;
  for (;;) {
    Result<bool> more = stream->next(&doc);
    if (!more.ok()) {
      if (!options.keep_going) {
        failure = more.status();
        break;
      }
      ++summary.skipped;
      if (options.on_skip) options.on_skip(more.status());
      continue;
    }
    if (!*more) break;
    ++summary.documents;
    batch_bytes += doc.text.size();
    batch.push_back(std::move(doc));
    doc = Document{};
    if (batch_bytes >= kBatchBytes || batch.size() >= kBatchDocuments) {
      queue.push(std::move(batch));
      batch.clear();
      batch_bytes = 0;
      if (options.on_progress) {
        options.on_progress({done_documents.load(std::memory_order_relaxed), stream->bytes_read(),
                             stream->total_bytes(), elapsed()});
      }
    }
  }
  if (!batch.empty() && failure.ok()) queue.push(std::move(batch));
  queue.close();
  for (auto& t : workers)
    t.join();
  if (!failure.ok()) return failure;
  summary.bytes = stream->bytes_read();

  Graph graph = std::move(results[0].graph);
  summary.sentences = results[0].sentences;
  std::vector<Graph> merged;
  for (std::size_t w = 1; w < results.size(); ++w) {
    graph.merge(std::move(results[w].graph));
    summary.sentences += results[w].sentences;
    merged.push_back(std::move(results[w].graph));
  }
  Reclaimer reclaim(std::move(merged));

  std::error_code ec;
  std::filesystem::create_directories(options.out_dir, ec);
  if (ec) return IoError(options.out_dir + ": cannot create directory (" + ec.message() + ")");
  ExportOptions export_options;
  export_options.show_negated = options.show_negated;
  for (const auto& exporter : exporters) {
    std::string path =
        (std::filesystem::path(options.out_dir) / ("graph." + std::string(exporter->extension())))
            .string();
    AG_RETURN_IF_ERROR(export_to_file(*exporter, graph, export_options, path));
    summary.written.push_back(path);
  }
  summary.actors = graph.actor_count();
  summary.relations = graph.relation_count();
  summary.seconds = elapsed();
  return summary;
}

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
