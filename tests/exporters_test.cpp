// Tests of the exporters (JSON-LD, DOT, SVG, PNG, GraphML), the JSON-LD reader, validation and
// atomic writes. All names are fictional.
#include <graphviz/cgraph.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "actorgraph/exporters.hpp"
#include "actorgraph/graph.hpp"
#include "export_dot_impl.hpp"
#include "test_util.hpp"

using namespace actorgraph;
using actorgraph_test::make_actor;
namespace fs = std::filesystem;

namespace {

const char* const kTrickyName = "Brenn \"The Hammer\" \\ Co <b>bold</b> & more\nsecond line";

std::string tmp_dir(const std::string& name) {
  fs::path dir = fs::path(ACTORGRAPH_TEST_TMP) / ("exporters-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void spit(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

Relation relation(const std::string& agent, RelationType type, const std::string& object,
                  const std::string& doc, uint32_t sentence) {
  Relation r;
  r.agent = agent;
  r.type = type;
  r.object = object;
  r.confidence = 0.8;
  r.evidence.document = doc;
  r.evidence.sentence_index = sentence;
  r.evidence.span = {sentence * 40, sentence * 40 + 30};
  r.evidence.text = "A sentence with \"quotes\", a tab\tand ü in it.";
  r.evidence.rule = "lexicon." + std::string(to_string(type));
  return r;
}

// A small graph about fictional actors with every feature the exporters draw.
Graph sample_graph() {
  Graph g;
  Actor gov = make_actor("kestrel-government", "Kestrel government", ActorType::kGovernment,
                         {{"Kestrel officials", 2}, {"the ministry", 1}});
  gov.area_served = "kestrel";
  g.add_actor(gov);
  g.add_actor(make_actor("kestrel", "Kestrel", ActorType::kCountry));
  g.add_actor(make_actor("veltrix-systems", "Veltrix Systems", ActorType::kCorporation));
  g.add_actor(make_actor("orvane", "Orvane", ActorType::kCorporation));
  Actor person = make_actor("talia-brenn", kTrickyName, ActorType::kPerson);
  person.works_for = "veltrix-systems";
  g.add_actor(person);
  Actor product = make_actor("veltrix-v9", "V9", ActorType::kProduct);
  product.manufacturer = "veltrix-systems";
  g.add_actor(product);
  g.add_actor(make_actor("union-of-testers", "Union of Testers", ActorType::kOrganization));

  Relation ban = relation("kestrel-government", RelationType::kBans, "veltrix-systems", "a.txt", 1);
  ban.product = "veltrix-v9";
  g.add_relation(ban);
  ban.evidence.sentence_index = 5;
  g.add_relation(ban);
  Relation neg = relation("kestrel-government", RelationType::kApproves, "orvane", "a.txt", 2);
  neg.negated = true;
  g.add_relation(neg);
  Relation hedge =
      relation("kestrel-government", RelationType::kInvestigates, "orvane", "b.txt", 0);
  hedge.hedged = true;
  g.add_relation(hedge);
  Relation lobby =
      relation("veltrix-systems", RelationType::kLobbies, "kestrel-government", "b.txt", 3);
  lobby.via = "talia-brenn";
  g.add_relation(lobby);
  g.add_relation(relation("union-of-testers", RelationType::kSupports, "orvane", "b.txt", 4));
  return g;
}

std::string write_with(const std::string& format, const Graph& g, bool show_negated = false) {
  auto e = make_exporter(format);
  REQUIRE(e.ok());
  ExportOptions options;
  options.show_negated = show_negated;
  std::ostringstream out;
  Status s = (*e)->write(g, options, out);
  INFO(s.message());
  REQUIRE(s.ok());
  return out.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("the factory knows every format and names them when asked for another", "[export]") {
  CHECK(exporter_names() == std::vector<std::string>{"dot", "graphml", "jsonld", "png", "svg"});
  for (const std::string& n : exporter_names()) {
    auto e = make_exporter(n);
    REQUIRE(e.ok());
    CHECK((*e)->name() == n);
    CHECK((*e)->extension() == n);
  }
  auto bad = make_exporter("xlsx");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == StatusCode::kInvalidArgument);
  CHECK(bad.status().message().find("dot, graphml, jsonld, png, svg") != std::string::npos);
}

TEST_CASE("JSON-LD round trip: write, read, write gives the same bytes", "[export]") {
  std::string dir = tmp_dir("roundtrip");
  Graph g = sample_graph();
  auto e = make_exporter("jsonld");
  REQUIRE(e.ok());
  std::string p1 = dir + "/one.jsonld", p2 = dir + "/two.jsonld";
  REQUIRE(export_to_file(**e, g, ExportOptions{}, p1).ok());
  auto back = read_jsonld(p1);
  INFO(back.status().message());
  REQUIRE(back.ok());
  CHECK(back->actor_count() == g.actor_count());
  CHECK(back->relation_count() == g.relation_count());
  REQUIRE(export_to_file(**e, *back, ExportOptions{}, p2).ok());
  CHECK(slurp(p1) == slurp(p2));
  CHECK(back->find_actor("talia-brenn")->name == kTrickyName);
  CHECK(back->find_actor("talia-brenn")->works_for == "veltrix-systems");
  auto rels = back->out_relations("kestrel-government");
  REQUIRE(rels.size() == 3);
  CHECK(rels[0]->id == "kestrel-government--approves--orvane--not");
  CHECK(rels[2]->id == "kestrel-government--investigates--orvane--hedged");
  REQUIRE(rels[1]->evidence.size() == 2);
  CHECK(rels[1]->product == "veltrix-v9");
  CHECK(rels[1]->mentions == 2);
  CHECK(rels[1]->evidence[1].sentence_index == 5);
  CHECK(rels[1]->evidence[1].text == "A sentence with \"quotes\", a tab\tand ü in it.");
}

TEST_CASE("merging graph files gives the same bytes in any order", "[export]") {
  std::string dir = tmp_dir("merge");
  Graph a = sample_graph();
  Graph b;
  Actor renamed =
      make_actor("veltrix-systems", "Veltrix Sys.", ActorType::kCorporation, {{"Veltrix Sys.", 5}});
  b.add_actor(renamed);
  b.add_actor(make_actor("orvane", "Orvane", ActorType::kCorporation));
  b.add_relation(relation("veltrix-systems", RelationType::kCompetes, "orvane", "c.txt", 7));
  Relation again = relation("union-of-testers", RelationType::kSupports, "orvane", "b.txt", 4);
  b.add_actor(make_actor("union-of-testers", "Union of Testers", ActorType::kOrganization));
  b.add_relation(again);
  auto e = make_exporter("jsonld");
  REQUIRE(e.ok());
  REQUIRE(export_to_file(**e, a, ExportOptions{}, dir + "/a.jsonld").ok());
  REQUIRE(export_to_file(**e, b, ExportOptions{}, dir + "/b.jsonld").ok());
  auto merged = [&](const std::string& first, const std::string& second) {
    Graph m;
    for (const std::string& f : {first, second}) {
      auto g = read_jsonld(dir + "/" + f);
      REQUIRE(g.ok());
      m.merge(*g);
    }
    std::ostringstream out;
    REQUIRE((*e)->write(m, ExportOptions{}, out).ok());
    return out.str();
  };
  std::string ab = merged("a.jsonld", "b.jsonld");
  CHECK(ab == merged("b.jsonld", "a.jsonld"));
  CHECK(ab.find("\"name\":\"Veltrix Sys.\"") != std::string::npos);  // 5 votes against 1
  CHECK(ab.find("union-of-testers--supports--orvane\",\"@type\":[\"ag:Relation\"]") !=
        std::string::npos);
}

TEST_CASE("JSON-LD carries the contract's terms and the direct triples", "[export]") {
  std::string text = write_with("jsonld", sample_graph());
  CHECK(text.find("\"@context\"") != std::string::npos);
  CHECK(text.find("\"schema\":\"https://schema.org/\"") != std::string::npos);
  CHECK(text.find("\"@id\":\"https://w3id.org/actorgraph/id/kestrel-government\"") !=
        std::string::npos);
  CHECK(text.find("\"relationType\":\"ag:bans\"") != std::string::npos);
  CHECK(text.find("\"confidence\":\"0.800\"") != std::string::npos);
  CHECK(text.find("\"alternateName\":[\"Kestrel officials\",\"the ministry\"]") !=
        std::string::npos);
  // Direct triples for the asserted relations only: bans and investigates, not the negated
  // approval.
  CHECK(count(text, "\"bans\":[") == 1);
  CHECK(count(text, "\"investigates\":[") == 1);
  CHECK(count(text, "\"approves\":[") == 0);
}

TEST_CASE("every file the project writes validates against the schema", "[export]") {
  std::string dir = tmp_dir("validate");
  auto e = make_exporter("jsonld");
  REQUIRE(e.ok());
  Graph empty;
  REQUIRE(export_to_file(**e, empty, ExportOptions{}, dir + "/empty.jsonld").ok());
  CHECK(validate_graph_file(dir + "/empty.jsonld").ok());
  REQUIRE(export_to_file(**e, sample_graph(), ExportOptions{}, dir + "/sample.jsonld").ok());
  Status s = validate_graph_file(dir + "/sample.jsonld");
  INFO(s.message());
  CHECK(s.ok());
  std::string fixture = std::string(ACTORGRAPH_SOURCE_DIR) + "/tests/interop/fixtures/graph.jsonld";
  Status f = validate_graph_file(fixture);
  INFO(f.message());
  CHECK(f.ok());
}

TEST_CASE("validate rejects broken files naming the JSON pointer", "[export]") {
  std::string dir = tmp_dir("broken");
  std::string good = write_with("jsonld", sample_graph());

  SECTION("a node whose @id is a number") {
    std::string bad = good;
    std::string from = "\"@id\":\"https://w3id.org/actorgraph/id/kestrel\"";
    REQUIRE(bad.find(from) != std::string::npos);
    bad.replace(bad.find(from), from.size(), "\"@id\":42");
    spit(dir + "/id.jsonld", bad);
    Status s = validate_graph_file(dir + "/id.jsonld");
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().find("/@graph/0/@id") != std::string::npos);
    CHECK(s.message().find("id.jsonld") != std::string::npos);
    auto r = read_jsonld(dir + "/id.jsonld");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().find("/@graph/0/@id") != std::string::npos);
  }
  SECTION("broken JSON gives the line and column") {
    spit(dir + "/json.jsonld", "{\n  \"@graph\":[\n    {,}\n  ]\n}\n");
    Status s = validate_graph_file(dir + "/json.jsonld");
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().find("json.jsonld:3:6") != std::string::npos);
    auto r = read_jsonld(dir + "/json.jsonld");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().find("json.jsonld:3:6") != std::string::npos);
  }
  SECTION("a wrong type deep inside") {
    std::string bad = good;
    std::string from = "\"sentenceIndex\":5";
    REQUIRE(bad.find(from) != std::string::npos);
    bad.replace(bad.find(from), from.size(), "\"sentenceIndex\":\"five\"");
    spit(dir + "/deep.jsonld", bad);
    Status s = validate_graph_file(dir + "/deep.jsonld");
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().find("/wasDerivedFrom/1/sentenceIndex") != std::string::npos);
  }
  SECTION("a relation naming an actor that is not in the file") {
    std::string bad = good;
    std::string from = "\"agent\":\"https://w3id.org/actorgraph/id/union-of-testers\"";
    REQUIRE(bad.find(from) != std::string::npos);
    bad.replace(bad.find(from), from.size(),
                "\"agent\":\"https://w3id.org/actorgraph/id/nobody-known\"");
    spit(dir + "/ref.jsonld", bad);
    Status s = validate_graph_file(dir + "/ref.jsonld");
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().find("/agent") != std::string::npos);
    CHECK(s.message().find("nobody-known") != std::string::npos);
  }
  SECTION("not a graph at all, or missing") {
    spit(dir + "/list.jsonld", "[1, 2]");
    CHECK_FALSE(validate_graph_file(dir + "/list.jsonld").ok());
    auto r = read_jsonld(dir + "/list.jsonld");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == StatusCode::kDataError);
    auto missing = read_jsonld(dir + "/none.jsonld");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.status().message().find("none.jsonld") != std::string::npos);
    CHECK_FALSE(validate_graph_file(dir + "/none.jsonld").ok());
  }
}

TEST_CASE("DOT labels escape quotes, backslashes, newlines and HTML", "[export]") {
  CHECK(escape_dot_label("a\\b") == "a\\\\b");
  CHECK(escape_dot_label("one\r\ntwo\nthree") == "one\\ntwo\\nthree");
  CHECK(escape_dot_label("tab\there") == "tab here");
  CHECK(escape_dot_label("say \"hi\" <b>") == "say \"hi\" <b>");

  std::string dot = write_with("dot", sample_graph());
  // The DOT text parses back to the same label.
  Agraph_t* g = agmemread(dot.c_str());
  REQUIRE(g != nullptr);
  Agnode_t* n = agnode(g, const_cast<char*>("talia-brenn"), 0);
  REQUIRE(n != nullptr);
  CHECK(std::string(agget(n, const_cast<char*>("label"))) == escape_dot_label(kTrickyName));
  agclose(g);

  // The rendered SVG shows the name as written, as text, not markup.
  std::string svg = write_with("svg", sample_graph());
  CHECK(svg.find("Brenn &quot;The Hammer&quot; \\ Co &lt;b&gt;bold&lt;/b&gt; &amp; more") !=
        std::string::npos);
  CHECK(svg.find(">second line<") != std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
}

TEST_CASE("DOT draws types, families, hedging, and hides negated relations", "[export]") {
  Graph g = sample_graph();
  std::string dot = write_with("dot", g);
  CHECK(dot.find("digraph actorgraph") != std::string::npos);
  CHECK(dot.find("bans (2)") != std::string::npos);
  CHECK(dot.find("investigates (1)") != std::string::npos);
  CHECK(dot.find("style=dashed") != std::string::npos);
  CHECK(dot.find("not approves") == std::string::npos);
  CHECK(dot.find("cluster_legend") != std::string::npos);
  CHECK(dot.find(relation_colour(RelationType::kBans)) != std::string::npos);
  CHECK(dot.find(relation_colour(RelationType::kSupports)) != std::string::npos);
  CHECK(dot.find("shape=box") != std::string::npos);        // government
  CHECK(dot.find("shape=component") != std::string::npos);  // product
  std::string shown = write_with("dot", g, true);
  CHECK(shown.find("not approves (1)") != std::string::npos);
  CHECK(shown.find("style=dotted") != std::string::npos);
  CHECK(write_with("dot", g) == dot);  // deterministic
}

TEST_CASE("SVG and PNG render in process, deterministically", "[export]") {
  Graph g = sample_graph();
  std::string svg = write_with("svg", g);
  CHECK(svg.rfind("<?xml", 0) == 0);
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("Veltrix Systems") != std::string::npos);
  CHECK(write_with("svg", g) == svg);
  std::string png = write_with("png", g);
  REQUIRE(png.size() > 8);
  CHECK(png.substr(1, 3) == "PNG");
  CHECK(write_with("png", g) == png);
  Graph empty;
  CHECK(write_with("svg", empty).find("<svg") != std::string::npos);
}

TEST_CASE("SVG of a big graph keeps the most connected actors", "[export]") {
  Graph g;
  for (int i = 0; i < 400; ++i) {
    std::string id = "actor-" + std::to_string(i);
    g.add_actor(make_actor(id, "Actor " + std::to_string(i), ActorType::kCorporation));
  }
  for (int i = 1; i < 400; ++i) {
    g.add_relation(relation("actor-0", RelationType::kSupplies, "actor-" + std::to_string(i), "d",
                            static_cast<uint32_t>(i)));
  }
  std::string svg = write_with("svg", g);
  CHECK(svg.find("300 of 400 actors") != std::string::npos);
  CHECK(svg.find("the most connected first") != std::string::npos);
}

TEST_CASE("SVG leaves out actors in no drawn relation, the DOT file keeps them", "[export]") {
  Graph g;
  g.add_actor(make_actor("a", "Alpha Corp", ActorType::kCorporation));
  g.add_actor(make_actor("b", "Beta Corp", ActorType::kCorporation));
  g.add_actor(make_actor("lonely", "Lonely Corp", ActorType::kCorporation));
  g.add_relation(relation("a", RelationType::kSupplies, "b", "d", 0));
  std::string svg = write_with("svg", g);
  CHECK(svg.find("Alpha Corp") != std::string::npos);
  CHECK(svg.find("Lonely Corp") == std::string::npos);
  CHECK(svg.find("2 of 3 actors") != std::string::npos);
  CHECK(write_with("dot", g).find("Lonely Corp") != std::string::npos);
}

TEST_CASE("GraphML has typed keys and escaped values", "[export]") {
  std::string xml = write_with("graphml", sample_graph());
  CHECK(xml.find("attr.name=\"confidence\" attr.type=\"double\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"mentions\" attr.type=\"int\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"negated\" attr.type=\"boolean\"") != std::string::npos);
  CHECK(xml.find("Brenn &quot;The Hammer&quot; \\ Co &lt;b&gt;bold&lt;/b&gt; &amp; more") !=
        std::string::npos);
  CHECK(count(xml, "<node id=") == 7);
  CHECK(count(xml, "<edge id=") == 5);
  CHECK(xml.find("source=\"kestrel-government\" target=\"veltrix-systems\"") != std::string::npos);
}

TEST_CASE("export_to_file is atomic and reports the path", "[export]") {
  std::string dir = tmp_dir("atomic");
  auto e = make_exporter("jsonld");
  REQUIRE(e.ok());
  std::string path = dir + "/graph.jsonld";
  spit(path, "old");
  REQUIRE(export_to_file(**e, sample_graph(), ExportOptions{}, path).ok());
  CHECK(slurp(path).rfind("{", 0) == 0);
  Status bad = export_to_file(**e, sample_graph(), ExportOptions{}, dir + "/no/such/dir/g.jsonld");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.message().find("no/such/dir/g.jsonld") != std::string::npos);
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    (void)entry;
    ++files;
  }
  CHECK(files == 1);  // no temporary file left behind
  REQUIRE(write_file_atomic(path, "new").ok());
  CHECK(slurp(path) == "new");
}

// Run by tests/interop/*.sh, not by CTest directly: exports the graph file named by
// AG_INTEROP_GRAPH as dot, svg and graphml into the directory AG_INTEROP_OUT.
TEST_CASE("export a graph file for the interoperability scripts", "[.][interop-export]") {
  const char* in = std::getenv("AG_INTEROP_GRAPH");
  const char* out = std::getenv("AG_INTEROP_OUT");
  REQUIRE(in != nullptr);
  REQUIRE(out != nullptr);
  auto g = read_jsonld(in);
  INFO(g.status().message());
  REQUIRE(g.ok());
  for (const char* format : {"dot", "svg", "graphml", "png"}) {
    auto e = make_exporter(format);
    REQUIRE(e.ok());
    Status s = export_to_file(**e, *g, ExportOptions{},
                              std::string(out) + "/graph." + std::string((*e)->extension()));
    INFO(s.message());
    REQUIRE(s.ok());
  }
}
