// Times each pipeline stage (text, actors, relations, graph merge) on one thread over a
// .jsonl or text corpus, so that the slowest stage is plain to see.
// Usage: pipeline_bench CORPUS [ROUNDS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "actorgraph/graph.hpp"
#include "actorgraph/input.hpp"
#include "actorgraph/pipeline.hpp"
#include "actorgraph/text.hpp"

using namespace actorgraph;
using Clock = std::chrono::steady_clock;

namespace {
double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: pipeline_bench CORPUS [ROUNDS]\n");
    return 2;
  }
  int rounds = argc > 2 ? std::atoi(argv[2]) : 1;
  auto files = expand_inputs({argv[1]});
  if (!files.ok()) {
    std::fprintf(stderr, "%s\n", files.status().message().c_str());
    return 1;
  }
  auto stream = DocumentStream::open(std::move(files).value());
  std::vector<Document> docs;
  Document d;
  std::size_t bytes = 0;
  for (;;) {
    auto more = stream->next(&d);
    if (!more.ok()) {
      std::fprintf(stderr, "%s\n", more.status().message().c_str());
      return 1;
    }
    if (!*more) break;
    bytes += d.text.size();
    docs.push_back(std::move(d));
    d = Document{};
  }
  auto knowledge = Knowledge::load("");
  auto actors = ActorFinder::create(*knowledge);
  auto relations = RelationExtractor::create(*knowledge);
  if (!knowledge.ok() || !actors.ok() || !relations.ok()) {
    std::fprintf(stderr, "cannot load knowledge\n");
    return 1;
  }
  double t_text = 0, t_actors = 0, t_rel = 0, t_graph = 0;
  std::size_t sentences = 0, mentions = 0, rels = 0;
  Extraction ex;
  for (int r = 0; r < rounds; ++r) {
    Graph graph;
    for (const Document& doc : docs) {
      ex.document = doc.id;
      ex.mentions.clear();
      ex.actors.clear();
      ex.relations.clear();
      ex.diagnostics.clear();
      auto t0 = Clock::now();
      analyze_text(doc.text, &ex.text);
      auto t1 = Clock::now();
      actors->find(doc, &ex);
      auto t2 = Clock::now();
      relations->extract(doc, &ex);
      auto t3 = Clock::now();
      graph.add(ex);
      t_graph += since(t3);
      t_text += std::chrono::duration<double>(t1 - t0).count();
      t_actors += std::chrono::duration<double>(t2 - t1).count();
      t_rel += std::chrono::duration<double>(t3 - t2).count();
      sentences += ex.text.sentences.size();
      mentions += ex.mentions.size();
      rels += ex.relations.size();
    }
  }
  double mb = static_cast<double>(bytes) * rounds / 1e6;
  double total = t_text + t_actors + t_rel + t_graph;
  std::printf("%zu documents, %.1f MB x %d rounds, %zu sentences, %zu mentions, %zu relations\n",
              docs.size(), static_cast<double>(bytes) / 1e6, rounds, sentences, mentions, rels);
  std::printf("%-10s %8s %9s %6s\n", "stage", "seconds", "MB/s", "share");
  auto row = [&](const char* name, double t) {
    std::printf("%-10s %8.3f %9.1f %5.1f%%\n", name, t, mb / t, 100 * t / total);
  };
  row("text", t_text);
  row("actors", t_actors);
  row("relations", t_rel);
  row("graph", t_graph);
  row("total", total);
  return 0;
}
