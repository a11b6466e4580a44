// Query bench: a synthetic graph of 100,000 actors and 1,000,000 relations, built in memory,
// written as JSON-LD to a temporary file and read back with read_jsonld as `actorgraph query`
// does; reports the load time, the index time and the time of who-affects --depth 3 and other
// questions on the loaded graph.
// Usage: query_bench [ACTORS] [RELATIONS] [FILE]   (FILE: where to write the JSON-LD; default a
// temporary file, removed at the end)
#include <unistd.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <system_error>

#include "actorgraph/exporters.hpp"
#include "actorgraph/graph.hpp"
#include "actorgraph/query.hpp"

using namespace actorgraph;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::string actor_id(std::size_t i) {
  return "actor-" + std::to_string(i);
}

void report(const char* what, const QueryEngine& q, const std::vector<std::string>& question,
            const QueryOptions& o) {
  auto t0 = std::chrono::steady_clock::now();
  auto a = q.ask(question, o);
  double ask = seconds_since(t0);
  if (!a.ok()) {
    std::printf("%-58s error: %s\n", what, a.status().message().c_str());
    return;
  }
  t0 = std::chrono::steady_clock::now();
  std::ostringstream os;
  write_answer(*a, AnswerFormat::kTable, os);
  double write = seconds_since(t0);
  std::printf("%-58s %8.3f s  (%zu rows; table written in %.3f s)\n", what, ask, a->rows.size(),
              write);
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t n_actors = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  const std::size_t n_relations = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 1000000;
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<std::size_t> uniform(0, n_actors - 1);
  std::uniform_real_distribution<double> unit(0, 1);

  auto t0 = std::chrono::steady_clock::now();
  Graph g;
  for (std::size_t i = 0; i < n_actors; ++i) {
    Actor a;
    a.id = actor_id(i);
    a.name = "Actor " + std::to_string(i);
    a.type = i % 7 == 0 ? ActorType::kGovernment : ActorType::kCorporation;
    a.forms[a.name] = 1;
    g.add_actor(a);
  }
  for (std::size_t k = 0; k < n_relations; ++k) {
    Relation r;
    r.agent = actor_id(uniform(rng));
    // Half the objects lean towards low numbers, so that the graph has hubs as news does.
    double u = unit(rng);
    std::size_t obj =
        k % 2 ? uniform(rng) : static_cast<std::size_t>(static_cast<double>(n_actors) * u * u * u);
    r.object = actor_id(std::min(obj, n_actors - 1));
    r.type = static_cast<RelationType>(k % kRelationTypeCount);
    r.hedged = k % 10 == 3;
    r.negated = k % 20 == 7;
    r.confidence = 0.5 + 0.5 * unit(rng);
    r.evidence.document = "doc-" + std::to_string(k / 40);
    r.evidence.sentence_index = static_cast<uint32_t>(k % 40);
    // News-sized evidence, so that the file is as large as a real graph of this size.
    r.evidence.text = "Synthetic sentence " + std::to_string(k) +
                      " in which one actor acts on another, as a news report would put it.";
    r.evidence.span = {0, static_cast<uint32_t>(r.evidence.text.size())};
    r.evidence.rule = "bench";
    g.add_relation(r);
  }
  double build = seconds_since(t0);
  std::printf("graph: %zu actors, %zu relations built in memory in %.2f s\n", g.actor_count(),
              g.relation_count(), build);

  std::string file = argc > 3 ? argv[3]
                              : (std::filesystem::temp_directory_path() /
                                 ("actorgraph_query_bench_" + std::to_string(getpid()) + ".jsonld"))
                                    .string();
  auto exporter = make_exporter("jsonld");
  if (!exporter.ok()) {
    std::fprintf(stderr, "%s\n", exporter.status().message().c_str());
    return 1;
  }
  t0 = std::chrono::steady_clock::now();
  Status written = export_to_file(**exporter, g, ExportOptions{}, file);
  if (!written.ok()) {
    std::fprintf(stderr, "%s\n", written.message().c_str());
    return 1;
  }
  std::error_code ec;
  const double mb = static_cast<double>(std::filesystem::file_size(file, ec)) / 1e6;
  std::printf("JSON-LD written in %.2f s: %s, %.0f MB\n", seconds_since(t0), file.c_str(), mb);
  g = Graph();  // the questions run on the graph as read back, not on this one

  t0 = std::chrono::steady_clock::now();
  auto loaded = read_jsonld(file);
  double load = seconds_since(t0);
  if (argc <= 3) std::filesystem::remove(file, ec);
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
    return 1;
  }
  std::printf("read_jsonld: %zu actors, %zu relations loaded in %.2f s (%.0f MB/s)\n",
              loaded->actor_count(), loaded->relation_count(), load, mb / load);

  t0 = std::chrono::steady_clock::now();
  QueryEngine q(*loaded);
  std::printf("index built in %.3f s\n", seconds_since(t0));

  QueryOptions o;
  o.depth = 3;
  o.diagram = false;                                   // as the CLI does for table, json and csv
  const std::string typical = actor_id(n_actors - 1);  // a high number: few relations aimed at it
  const std::string hub = actor_id(0);
  report(("who-affects " + typical + " --depth 3").c_str(), q, {"who-affects", typical}, o);
  report(("who-affects " + hub + " --depth 3 (hub)").c_str(), q, {"who-affects", hub}, o);
  report(("affected-by " + typical + " --depth 3").c_str(), q, {"affected-by", typical}, o);
  QueryOptions typed = o;
  typed.types = {RelationType::kBans, RelationType::kInvestigates};
  report(("who-affects " + hub + " --depth 3 --type bans,investigates").c_str(), q,
         {"who-affects", hub}, typed);
  QueryOptions p;
  p.diagram = false;
  report("path actor-12345 actor-0 (--max-length 4)", q, {"path", "actor-12345", hub}, p);
  report("match '? bans actor-0'", q, {"match", "? bans actor-0"}, p);
  report("resolve unknown name (suggestions)", q, {"who-affects", "actor-1x2345"}, p);
  QueryOptions r = p;
  r.limit = 20;
  QueryOptions dot = o;
  dot.diagram = true;
  report(("who-affects " + hub + " --depth 3 (hub, with diagram)").c_str(), q, {"who-affects", hub},
         dot);
  report("rank --limit 20 (betweenness skipped: too large)", q, {"rank"}, r);
  return 0;
}
