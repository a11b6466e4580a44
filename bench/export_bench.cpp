// Times writing the JSON-LD of a graph of 100,000 actors and 1,000,000 relations (target: under
// 5 s), and reading it back. Usage: export_bench [ACTORS RELATIONS [OUTPUT.jsonld]]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <streambuf>
#include <string>

#include "actorgraph/exporters.hpp"
#include "actorgraph/graph.hpp"

using namespace actorgraph;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A fixed linear congruential generator: the same graph on every run and platform.
struct Lcg {
  uint64_t state = 0x9e3779b97f4a7c15ull;
  uint32_t next(uint32_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>((state >> 33) % bound);
  }
};

std::string actor_id(uint32_t i) {
  return "actor-" + std::to_string(i);
}

}  // namespace

int main(int argc, char** argv) {
  uint32_t n_actors = argc > 2 ? static_cast<uint32_t>(std::strtoul(argv[1], nullptr, 10)) : 100000;
  uint32_t n_relations =
      argc > 2 ? static_cast<uint32_t>(std::strtoul(argv[2], nullptr, 10)) : 1000000;
  std::string path =
      argc > 3 ? argv[3]
               : (std::filesystem::temp_directory_path() / "export_bench.jsonld").string();
  if (n_actors < 2 || n_relations == 0) {
    std::fprintf(stderr, "usage: export_bench [ACTORS>=2 RELATIONS>=1 [OUTPUT.jsonld]]\n");
    return 2;
  }

  auto start = std::chrono::steady_clock::now();
  Graph graph;
  Lcg rng;
  for (uint32_t i = 0; i < n_actors; ++i) {
    Actor a;
    a.id = actor_id(i);
    a.name = "Actor " + std::to_string(i);
    a.type = static_cast<ActorType>(i % 6);
    a.forms[a.name] = 1 + i % 3;
    if (i % 4 == 0) a.forms["Alias " + std::to_string(i)] = 1;
    graph.add_actor(a);
  }
  Relation r;
  r.evidence.text =
      "A fictional sentence of about one hundred bytes in which one actor acts on another one.";
  r.evidence.rule = "bench.rule";
  for (uint32_t i = 0; graph.relation_count() < n_relations; ++i) {
    r.agent = actor_id(rng.next(n_actors));
    r.object = actor_id(rng.next(n_actors));
    r.type = static_cast<RelationType>(rng.next(kRelationTypeCount));
    r.negated = rng.next(20) == 0;
    r.hedged = rng.next(10) == 0;
    r.confidence = 0.5 + 0.001 * rng.next(500);
    r.evidence.document = "doc-" + std::to_string(i / 50) + ".txt";
    r.evidence.sentence_index = i % 50;
    r.evidence.span = {r.evidence.sentence_index * 100, r.evidence.sentence_index * 100 + 88};
    graph.add_relation(r);
  }
  double build_s = seconds_since(start);
  std::printf("graph: %zu actors, %zu relations built in %.2f s\n", graph.actor_count(),
              graph.relation_count(), build_s);

  auto exporter = make_exporter("jsonld");
  if (!exporter.ok()) return 1;
  // The same write into a stream that discards everything: the exporter without the disk.
  {
    struct NullBuf : std::streambuf {
      int_type overflow(int_type c) override { return c; }
      std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
    } null_buf;
    std::ostream null_out(&null_buf);
    start = std::chrono::steady_clock::now();
    std::size_t n = graph.relations().size();
    double sort_s = seconds_since(start);
    start = std::chrono::steady_clock::now();
    Status s = (*exporter)->write(graph, ExportOptions{}, null_out);
    if (!s.ok()) return 1;
    std::printf("jsonld write without disk: %.2f s (of which sorting %zu relations: %.2f s)\n",
                seconds_since(start), n, sort_s);
  }
  start = std::chrono::steady_clock::now();
  Status s = export_to_file(**exporter, graph, ExportOptions{}, path);
  double write_s = seconds_since(start);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    return 1;
  }
  double mb = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
  std::printf("jsonld write: %.2f s, %.0f MB, %.0f MB/s (target < 5 s) -> %s\n", write_s, mb,
              mb / write_s, path.c_str());

  start = std::chrono::steady_clock::now();
  auto back = read_jsonld(path);
  double read_s = seconds_since(start);
  if (!back.ok()) {
    std::fprintf(stderr, "%s\n", back.status().message().c_str());
    return 1;
  }
  std::printf("jsonld read: %.2f s (%zu actors, %zu relations)\n", read_s, back->actor_count(),
              back->relation_count());
  if (argc <= 3) std::filesystem::remove(path);
  return 0;
}
