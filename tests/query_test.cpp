// Query engine tests on small in-memory graphs of fictional actors, and tests of
// `actorgraph query` run as a program on the same graphs written as JSON-LD files.
#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "actorgraph/exporters.hpp"
#include "actorgraph/graph.hpp"
#include "actorgraph/query.hpp"
#include "embedded.hpp"
#include "test_util.hpp"

using namespace actorgraph;

namespace {

using actorgraph_test::make_actor;

Relation make_rel(const std::string& agent, RelationType type, const std::string& object,
                  double confidence, const std::string& sentence, bool negated = false,
                  bool hedged = false, uint32_t index = 0) {
  Relation r;
  r.agent = agent;
  r.type = type;
  r.object = object;
  r.confidence = confidence;
  r.negated = negated;
  r.hedged = hedged;
  r.evidence.document = "story.txt";
  r.evidence.sentence_index = index;
  r.evidence.span = {0, static_cast<uint32_t>(sentence.size())};
  r.evidence.text = sentence;
  r.evidence.rule = "test";
  return r;
}

// Ardenia's government acts on Veltrix; Orvane rivals Veltrix; Kestrel Labs supplies Orvane;
// Morrow Bank backs Kestrel Labs.
void build_sample(Graph& g) {
  g.add_actor(make_actor("ardenia-government", "Ardenian government", ActorType::kGovernment,
                         {{"Ardenian officials", 2}, {"the Ardenian ministry", 1}}));
  g.add_actor(make_actor("veltrix", "Veltrix Systems", ActorType::kCorporation,
                         {{"Veltrix", 3}, {"Veltrix Systems", 1}}));
  g.add_actor(make_actor("orvane", "Orvane", ActorType::kCorporation));
  g.add_actor(make_actor("kestrel-labs", "Kestrel Labs", ActorType::kCorporation));
  g.add_actor(make_actor("morrow-bank", "Morrow Bank", ActorType::kCorporation));
  g.add_actor(make_actor("vx9", "VX9", ActorType::kProduct));
  Relation ban =
      make_rel("ardenia-government", RelationType::kBans, "veltrix", 0.9,
               "Ardenian officials told buyers to shun the VX9, made by Veltrix.", false, false, 1);
  ban.product = "vx9";
  g.add_relation(ban);
  g.add_relation(make_rel("ardenia-government", RelationType::kInvestigates, "veltrix", 0.8,
                          "The ministry opened a probe into Veltrix, its filing said.", false,
                          false, 2));
  g.add_relation(make_rel("orvane", RelationType::kCompetes, "veltrix", 0.7,
                          "Orvane now rivals Veltrix in the sensor market.", false, false, 3));
  g.add_relation(make_rel("veltrix", RelationType::kLobbies, "ardenia-government", 0.6,
                          "Veltrix pressed its case with Ardenian officials.", false, false, 4));
  g.add_relation(make_rel("kestrel-labs", RelationType::kSupplies, "orvane", 0.75,
                          "Kestrel Labs ships wafers to Orvane.", false, false, 5));
  g.add_relation(make_rel("morrow-bank", RelationType::kSupports, "kestrel-labs", 0.7,
                          "Morrow Bank invested in Kestrel Labs.", false, false, 6));
  g.add_relation(make_rel("ardenia-government", RelationType::kApproves, "orvane", 0.5,
                          "The ministry may clear Orvane's new plant, people said.", false, true,
                          7));
  g.add_relation(make_rel("ardenia-government", RelationType::kApproves, "veltrix", 0.8,
                          "Ardenia has not approved Veltrix's licence.", true, false, 8));
  g.add_relation(make_rel("veltrix", RelationType::kAccuses, "orvane", 0.65,
                          "Veltrix accused Orvane of copying, \"plainly\", its design.", false,
                          false, 9));
}

std::size_t col(const Answer& a, const std::string& name) {
  for (std::size_t i = 0; i < a.columns.size(); ++i) {
    if (a.columns[i].name == name) return i;
  }
  FAIL("no column " << name);
  return 0;
}

// Rows rendered as "agent relation object" for compact checks.
std::vector<std::string> triples(const Answer& a) {
  std::vector<std::string> out;
  std::size_t ag = col(a, "agent"), re = col(a, "relation"), ob = col(a, "object");
  for (const auto& r : a.rows)
    out.push_back(r[ag] + " " + r[re] + " " + r[ob]);
  return out;
}

std::string render(const Answer& a, AnswerFormat f) {
  std::ostringstream os;
  write_answer(a, f, os);
  return os.str();
}

}  // namespace

TEST_CASE("actor names resolve over id, name and forms in any case", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  CHECK(q.resolve("veltrix").value() == "veltrix");
  CHECK(q.resolve("VELTRIX SYSTEMS").value() == "veltrix");
  CHECK(q.resolve("ardenian officials").value() == "ardenia-government");
  CHECK(q.resolve("Ardenia Government").value() == "ardenia-government");  // id, spaced
  CHECK(q.resolve("  kestrel   labs ").value() == "kestrel-labs");

  auto unknown = q.resolve("veltrixx");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().code() == StatusCode::kNotFound);
  CHECK(unknown.status().message().find("unknown actor 'veltrixx'") != std::string::npos);
  CHECK(unknown.status().message().find("closest: veltrix") != std::string::npos);

  auto empty = q.resolve("  ");
  CHECK_FALSE(empty.ok());
}

TEST_CASE("an ambiguous actor name lists the candidates", "[query]") {
  Graph g;
  g.add_actor(make_actor("halden-bank", "Halden Bank", ActorType::kCorporation, {{"Halden", 1}}));
  g.add_actor(
      make_actor("halden-motors", "Halden Motors", ActorType::kCorporation, {{"Halden", 2}}));
  QueryEngine q(g);
  auto r = q.resolve("halden");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == StatusCode::kInvalidArgument);
  CHECK(r.status().message().find("ambiguous") != std::string::npos);
  CHECK(r.status().message().find("halden-bank") != std::string::npos);
  CHECK(r.status().message().find("halden-motors") != std::string::npos);
  // An exact id or canonical name wins over a shared alternate name.
  CHECK(q.resolve("Halden Motors").value() == "halden-motors");
}

TEST_CASE("who-affects lists direct agents, asserted only by default", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  QueryOptions o;
  auto a = q.who_affects("Veltrix", o);
  REQUIRE(a.ok());
  CHECK(triples(*a) == std::vector<std::string>{"ardenia-government bans veltrix",
                                                "ardenia-government investigates veltrix",
                                                "orvane competes veltrix"});
  CHECK(a->rows[0][col(*a, "depth")] == "1");
  CHECK(a->rows[0][col(*a, "product")] == "vx9");
  CHECK(a->rows[0][col(*a, "source")] == "story.txt#1");
  CHECK(a->rows[0][col(*a, "evidence")].find("shun the VX9") != std::string::npos);

  o.include_negated = true;
  auto neg = q.who_affects("veltrix", o);
  REQUIRE(neg.ok());
  CHECK(neg->rows.size() == 4);
  CHECK(triples(*neg)[0] == "ardenia-government approves veltrix");
  CHECK(neg->rows[0][col(*neg, "negated")] == "true");

  QueryOptions typed;
  REQUIRE(parse_relation_types("bans, competes", typed.types).ok());
  auto t = q.who_affects("veltrix", typed);
  REQUIRE(t.ok());
  CHECK(triples(*t) ==
        std::vector<std::string>{"ardenia-government bans veltrix", "orvane competes veltrix"});

  QueryOptions confident;
  confident.min_confidence = 0.85;
  auto c = q.who_affects("veltrix", confident);
  REQUIRE(c.ok());
  CHECK(triples(*c) == std::vector<std::string>{"ardenia-government bans veltrix"});
}

TEST_CASE("who-affects --depth follows chains; competes is symmetric", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  QueryOptions o;
  o.depth = 3;
  auto a = q.who_affects("orvane", o);
  REQUIRE(a.ok());
  std::vector<std::string> got;
  for (std::size_t i = 0; i < a->rows.size(); ++i) {
    got.push_back(a->rows[i][0] + " " + triples(*a)[i]);
  }
  CHECK(got == std::vector<std::string>{
                   "1 kestrel-labs supplies orvane",
                   "1 veltrix competes orvane",  // Orvane rivals Veltrix, read both ways
                   "1 veltrix accuses orvane",
                   "2 ardenia-government bans veltrix",
                   "2 ardenia-government investigates veltrix",
                   "2 morrow-bank supports kestrel-labs",
                   "2 orvane competes veltrix",
                   "3 veltrix lobbies ardenia-government",
               });
  o.include_hedged = true;
  o.depth = 1;
  auto h = q.who_affects("orvane", o);
  REQUIRE(h.ok());
  CHECK(triples(*h)[0] == "ardenia-government approves orvane");
  CHECK(h->rows[0][col(*h, "hedged")] == "true");
}

TEST_CASE("affected-by lists whom an actor acts on", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  QueryOptions o;
  auto a = q.affected_by("morrow bank", o);
  REQUIRE(a.ok());
  CHECK(triples(*a) == std::vector<std::string>{"morrow-bank supports kestrel-labs"});
  o.depth = 2;
  auto b = q.affected_by("morrow-bank", o);
  REQUIRE(b.ok());
  CHECK(triples(*b) == std::vector<std::string>{"morrow-bank supports kestrel-labs",
                                                "kestrel-labs supplies orvane"});
  auto none = q.affected_by("vx9", QueryOptions{});
  REQUIRE(none.ok());
  CHECK(none->rows.empty());
  CHECK_FALSE(none->notes.empty());
  QueryOptions bad;
  bad.depth = 0;
  CHECK(q.affected_by("veltrix", bad).status().code() == StatusCode::kInvalidArgument);
  CHECK(q.affected_by("nobody-here", o).status().code() == StatusCode::kNotFound);
}

TEST_CASE("path lists chains shortest first with evidence", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  QueryOptions o;
  auto a = q.path("morrow-bank", "veltrix", o);
  REQUIRE(a.ok());
  CHECK(triples(*a) == std::vector<std::string>{"morrow-bank supports kestrel-labs",
                                                "kestrel-labs supplies orvane",
                                                "orvane competes veltrix"});
  CHECK(a->rows[2][col(*a, "length")] == "3");
  CHECK(a->rows[2][col(*a, "hop")] == "3");
  CHECK(a->rows[1][col(*a, "evidence")] == "Kestrel Labs ships wafers to Orvane.");

  auto b = q.path("ardenia-government", "orvane", o);
  REQUIRE(b.ok());
  // {bans, investigates} x {competes, accuses}: 4 chains of 2 hops, one row per hop.
  REQUIRE(b->rows.size() == 8);
  CHECK(b->rows.back()[col(*b, "path")] == "4");
  o.include_hedged = true;
  auto c = q.path("ardenia-government", "orvane", o);
  REQUIRE(c.ok());
  CHECK(triples(*c)[0] == "ardenia-government approves orvane");
  CHECK(c->rows[0][col(*c, "length")] == "1");
  CHECK(c->rows.back()[col(*c, "length")] == "2");

  QueryOptions one;
  one.limit = 1;
  auto d = q.path("ardenia-government", "orvane", one);
  REQUIRE(d.ok());
  CHECK(d->rows.size() == 2);
  CHECK_FALSE(d->notes.empty());

  QueryOptions short_only;
  short_only.max_length = 2;
  auto e = q.path("morrow-bank", "veltrix", short_only);
  REQUIRE(e.ok());
  CHECK(e->rows.empty());
  CHECK(e->notes[0].find("no chain of at most 2") != std::string::npos);
  CHECK(q.path("veltrix", "Veltrix Systems", o).status().code() == StatusCode::kInvalidArgument);
}

TEST_CASE("path does not revisit an actor", "[query]") {
  Graph g;
  for (const char* id : {"a", "b", "c"})
    g.add_actor(make_actor(id, id, ActorType::kCorporation));
  g.add_relation(make_rel("a", RelationType::kSupports, "b", 0.9, "s1"));
  g.add_relation(make_rel("b", RelationType::kSupports, "a", 0.9, "s2"));
  g.add_relation(make_rel("b", RelationType::kSupports, "c", 0.9, "s3"));
  QueryEngine q(g);
  QueryOptions o;
  o.max_length = 6;
  auto a = q.path("a", "c", o);
  REQUIRE(a.ok());
  CHECK(triples(*a) == std::vector<std::string>{"a supports b", "b supports c"});
}

TEST_CASE("rank gives degree, PageRank, betweenness and signed weights", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  QueryOptions o;
  auto a = q.rank(o);
  REQUIRE(a.ok());
  REQUIRE(a->rows.size() == 5);  // every actor with an asserted relation; not the product
  double sum = 0;
  for (const auto& r : a->rows)
    sum += std::stod(r[col(*a, "pagerank")]);
  CHECK(sum == Approx(1.0).epsilon(0.01));
  CHECK(a->rows[0][col(*a, "rank")] == "1");
  for (const auto& r : a->rows) {
    if (r[col(*a, "actor")] == "ardenia-government") {
      CHECK(r[col(*a, "out")] == "2");
      CHECK(r[col(*a, "in")] == "1");
      CHECK(std::stod(r[col(*a, "signed_out")]) == Approx(-1.4));  // bans + investigates
      CHECK(std::stod(r[col(*a, "signed_in")]) == Approx(0.2));    // lobbied
    }
    if (r[col(*a, "actor")] == "morrow-bank") CHECK(r[col(*a, "betweenness")] == "0");
  }
  o.rank_by = "betweenness";
  auto b = q.rank(o);
  REQUIRE(b.ok());
  // Veltrix and Orvane carry every chain from the edges of the graph.
  std::string top = b->rows[0][col(*b, "actor")];
  CHECK((top == "veltrix" || top == "orvane"));
  CHECK(std::stod(b->rows[0][col(*b, "betweenness")]) > 0);
  o.rank_by = "conflict";
  o.limit = 1;
  auto c = q.rank(o);
  REQUIRE(c.ok());
  REQUIRE(c->rows.size() == 1);
  CHECK(c->rows[0][col(*c, "actor")] == "veltrix");  // banned, probed, rivalled, accuser
  CHECK(c->nodes.size() == 1);
  o.rank_by = "fame";
  CHECK(q.rank(o).status().code() == StatusCode::kInvalidArgument);
}

TEST_CASE("relation weights data validates against its schema", "[query]") {
  std::string_view data = embedded_file("data/relation_weights.json");
  std::string_view schema_text = embedded_file("schemas/relation_weights.schema.json");
  REQUIRE_FALSE(data.empty());
  REQUIRE_FALSE(schema_text.empty());
  rapidjson::Document sd;
  sd.Parse(schema_text.data(), schema_text.size());
  REQUIRE_FALSE(sd.HasParseError());
  rapidjson::SchemaDocument schema(sd);
  rapidjson::Document d;
  d.Parse(data.data(), data.size());
  REQUIRE_FALSE(d.HasParseError());
  rapidjson::SchemaValidator v(schema);
  CHECK(d.Accept(v));
  for (int t = 0; t < kRelationTypeCount; ++t) {
    CHECK(d["weights"].HasMember(std::string(to_string(static_cast<RelationType>(t))).c_str()));
  }
}

TEST_CASE("matrix tabulates relation types between actors", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  QueryOptions o;
  auto a = q.matrix({}, o);
  REQUIRE(a.ok());
  REQUIRE(a->rows.size() == 5);
  std::size_t vel = col(*a, "veltrix");
  CHECK(a->rows[0][0] == "ardenia-government");
  CHECK(a->rows[0][vel] == "bans,investigates");
  o.include_hedged = true;
  o.include_negated = true;
  auto b = q.matrix({"Ardenian government", "veltrix", "orvane"}, o);
  REQUIRE(b.ok());
  REQUIRE(b->columns.size() == 4);
  CHECK(b->rows[0][col(*b, "veltrix")] == "bans,investigates,not approves");
  CHECK(b->rows[0][col(*b, "orvane")] == "approves?");
  CHECK(b->rows[2][0] == "veltrix");
  CHECK(b->rows[2][col(*b, "ardenia-government")] == "lobbies");
  CHECK(q.matrix({"nobody"}, o).status().code() == StatusCode::kNotFound);
}

TEST_CASE("match answers triple patterns with variables", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  QueryOptions o;
  auto a = q.match("? bans veltrix", o);
  REQUIRE(a.ok());
  CHECK(triples(*a) == std::vector<std::string>{"ardenia-government bans veltrix"});
  auto b = q.match("ardenia-government ? ?", o);
  REQUIRE(b.ok());
  CHECK(b->rows.size() == 2);
  auto c = q.match("?x competes ?y", o);
  REQUIRE(c.ok());
  CHECK(triples(*c) == std::vector<std::string>{"orvane competes veltrix"});
  auto d = q.match("\"Veltrix Systems\" lobbies,accuses ?", o);
  REQUIRE(d.ok());
  CHECK(triples(*d) ==
        std::vector<std::string>{"veltrix lobbies ardenia-government", "veltrix accuses orvane"});
  auto e = q.match("?x ? ?x", o);
  REQUIRE(e.ok());
  CHECK(e->rows.empty());
  auto f = q.match("veltrix competes ?", o);  // symmetric: found from either end
  REQUIRE(f.ok());
  CHECK(triples(*f) == std::vector<std::string>{"veltrix competes orvane"});
  CHECK(q.match("? bans", o).status().code() == StatusCode::kInvalidArgument);
  auto bad_type = q.match("? embargoes ?", o);
  REQUIRE_FALSE(bad_type.ok());
  CHECK(bad_type.status().message().find("unknown relation type 'embargoes'") != std::string::npos);
}

TEST_CASE("ask dispatches question words", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  QueryOptions o;
  auto a = q.ask({"who-affects", "Veltrix", "Systems"}, o);
  REQUIRE(a.ok());
  CHECK(a->question == "who-affects Veltrix Systems");
  CHECK(a->rows.size() == 3);
  CHECK(q.ask({"affected-by", "veltrix"}, o).ok());
  CHECK(q.ask({"path", "morrow-bank", "veltrix"}, o).ok());
  CHECK(q.ask({"rank"}, o).ok());
  CHECK(q.ask({"matrix"}, o).ok());
  CHECK(q.ask({"match", "?", "bans", "?"}, o)->rows.size() == 1);
  CHECK(q.ask({"match", "? bans ?"}, o)->rows.size() == 1);
  CHECK(q.ask({}, o).status().code() == StatusCode::kInvalidArgument);
  CHECK(q.ask({"who-rules"}, o).status().code() == StatusCode::kInvalidArgument);
  CHECK(q.ask({"path", "veltrix"}, o).status().code() == StatusCode::kInvalidArgument);
  CHECK(q.ask({"rank", "x"}, o).status().code() == StatusCode::kInvalidArgument);
  CHECK(q.ask({"who-affects"}, o).status().code() == StatusCode::kInvalidArgument);
}

TEST_CASE("formats and relation type lists parse", "[query]") {
  CHECK(parse_answer_format("json").value() == AnswerFormat::kJson);
  CHECK(parse_answer_format("dot").value() == AnswerFormat::kDot);
  CHECK(parse_answer_format("xml").status().code() == StatusCode::kInvalidArgument);
  std::vector<RelationType> t;
  CHECK(parse_relation_types("bans,Investigates,bans", t).ok());
  CHECK(t.size() == 2);
  std::vector<RelationType> u;
  CHECK_FALSE(parse_relation_types("bans,embargoes", u).ok());
  CHECK_FALSE(parse_relation_types(",", u).ok());
}

TEST_CASE("table output is aligned", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  auto a = q.who_affects("veltrix", QueryOptions{});
  REQUIRE(a.ok());
  std::string out = render(*a, AnswerFormat::kTable);
  std::istringstream in(out);
  std::string header, rule, first;
  std::getline(in, header);
  std::getline(in, rule);
  std::getline(in, first);
  CHECK(header.rfind("depth  agent", 0) == 0);
  CHECK(rule.rfind("-----  ------------------", 0) == 0);
  // The relation column starts at the same place on every line.
  CHECK(header.find("relation") == first.find("bans"));
  Answer empty = *q.affected_by("vx9", QueryOptions{});
  CHECK(render(empty, AnswerFormat::kTable).find("(no results)") != std::string::npos);
}

TEST_CASE("json output parses with typed values", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  auto a = q.affected_by("veltrix", QueryOptions{});
  REQUIRE(a.ok());
  std::string out = render(*a, AnswerFormat::kJson);
  rapidjson::Document d;
  d.Parse(out.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(std::string(d["question"].GetString()) == "affected-by veltrix");
  REQUIRE(d["rows"].Size() == 3);  // lobbies, competes (symmetric), accuses
  const auto& row = d["rows"][2];
  CHECK(std::string(row["relation"].GetString()) == "accuses");
  CHECK(row["depth"].GetInt() == 1);
  CHECK(row["confidence"].GetDouble() == Approx(0.65));
  CHECK(row["negated"].IsFalse());
  CHECK(std::string(row["evidence"].GetString()).find("\"plainly\"") != std::string::npos);

  auto r = q.rank(QueryOptions{});
  std::string rank_json = render(*r, AnswerFormat::kJson);
  rapidjson::Document rd;
  rd.Parse(rank_json.c_str());
  REQUIRE_FALSE(rd.HasParseError());
  CHECK(rd["rows"][0]["pagerank"].IsNumber());
}

TEST_CASE("csv output quotes fields", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  auto a = q.match("veltrix accuses ?", QueryOptions{});
  REQUIRE(a.ok());
  std::string out = render(*a, AnswerFormat::kCsv);
  CHECK(out.rfind("agent,relation,object,product,via,negated,hedged,confidence,mentions,source,"
                  "evidence\r\n",
                  0) == 0);
  CHECK(out.find("veltrix,accuses,orvane,,,false,false,0.65,1,story.txt#9,"
                 "\"Veltrix accused Orvane of copying, \"\"plainly\"\", its design.\"\r\n") !=
        std::string::npos);
}

TEST_CASE("dot output draws the answer", "[query]") {
  Graph g;
  build_sample(g);
  QueryEngine q(g);
  QueryOptions o;
  o.include_negated = true;
  o.include_hedged = true;
  auto a = q.who_affects("veltrix", o);
  REQUIRE(a.ok());
  std::string out = render(*a, AnswerFormat::kDot);
  CHECK(out.rfind("digraph answer {", 0) == 0);
  CHECK(out.find("\"veltrix\" [label=\"Veltrix Systems\", style=\"rounded,bold\"") !=
        std::string::npos);
  CHECK(out.find("\"ardenia-government\" -> \"veltrix\" [label=\"bans\"];") != std::string::npos);
  CHECK(out.find("[label=\"not approves\", color=red") != std::string::npos);
  CHECK(out.back() == '\n');
  auto p = q.path("morrow-bank", "veltrix", QueryOptions{});
  std::string pd = render(*p, AnswerFormat::kDot);
  CHECK(pd.find("\"kestrel-labs\" -> \"orvane\" [label=\"supplies\"]") != std::string::npos);
}

TEST_CASE("query command rejects bad usage before reading the graph", "[query]") {
  std::string bin = ACTORGRAPH_BIN;
  std::string cmd = bin + " query /nonexistent.jsonld rank --format xml 2>/dev/null";
  int rc = std::system(cmd.c_str());
  CHECK(WEXITSTATUS(rc) == 2);
  cmd = bin + " query /nonexistent.jsonld rank --type embargoes 2>/dev/null";
  rc = std::system(cmd.c_str());
  CHECK(WEXITSTATUS(rc) == 2);
}

// --- `actorgraph query` through the binary, on JSON-LD files ---

namespace {

namespace fs = std::filesystem;
using actorgraph_test::RunResult;

// Writes the sample graph, plus two actors that share the alternate name "Halden", to
// DIR/graph.jsonld with the project's JSON-LD exporter.
void write_sample_file(const fs::path& dir) {
  Graph g;
  build_sample(g);
  g.add_actor(make_actor("halden-bank", "Halden Bank", ActorType::kCorporation,
                         {{"Halden Bank", 2}, {"Halden", 1}}));
  g.add_actor(make_actor("halden-motors", "Halden Motors", ActorType::kCorporation,
                         {{"Halden Motors", 2}, {"Halden", 1}}));
  auto ex = make_exporter("jsonld");
  REQUIRE(ex.ok());
  Status s = export_to_file(**ex, g, ExportOptions{}, (dir / "graph.jsonld").string());
  REQUIRE(s.ok());
}

// Runs `actorgraph query graph.jsonld ARGS` in DIR.
RunResult query(const fs::path& dir, const std::string& args) {
  return actorgraph_test::run_cli("query graph.jsonld " + args, dir);
}

std::vector<std::string> split_lines(const std::string& text, const std::string& eol = "\n") {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(eol, start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + eol.size();
  }
  return lines;
}

// The table's text cells under column NAME, one per row: the header's start position marks
// where left-aligned cells start, the next header where they end.
std::vector<std::string> table_column(const std::string& table, const std::string& name) {
  std::vector<std::string> lines = split_lines(table);
  std::vector<std::string> cells;
  REQUIRE(lines.size() >= 2);
  const std::string& header = lines[0];
  std::size_t start = header.find(name);
  REQUIRE(start != std::string::npos);
  std::size_t end = header.find_first_not_of(' ', header.find(' ', start));
  for (std::size_t i = 2; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line.rfind("note: ", 0) == 0 || line == "(no results)") continue;
    std::string cell = start < line.size() ? line.substr(start, end - start) : std::string();
    while (!cell.empty() && cell.back() == ' ')
      cell.pop_back();
    // Text cells never start with padding: the column is aligned.
    CHECK((cell.empty() || cell[0] != ' '));
    cells.push_back(cell);
  }
  return cells;
}

// Parses RFC 4180 CSV (CRLF line ends, quoted fields with doubled quotes).
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      row.push_back(field);
      field.clear();
      rows.push_back(row);
      row.clear();
      ++i;
    } else {
      field += c;
    }
  }
  CHECK(row.empty());  // every record ends with CRLF
  CHECK(field.empty());
  return rows;
}

// Parses JSON output; the document must be an object with question, columns, rows and notes.
void parse_json(const std::string& text, rapidjson::Document& d) {
  d.Parse(text.c_str());
  REQUIRE_FALSE(d.HasParseError());
  REQUIRE(d.IsObject());
  REQUIRE(d.HasMember("question"));
  REQUIRE(d["columns"].IsArray());
  REQUIRE(d["rows"].IsArray());
  REQUIRE(d["notes"].IsArray());
}

// "agent relation object" of each JSON row.
std::vector<std::string> json_triples(const rapidjson::Document& d) {
  std::vector<std::string> out;
  for (const auto& r : d["rows"].GetArray()) {
    out.push_back(std::string(r["agent"].GetString()) + " " + r["relation"].GetString() + " " +
                  r["object"].GetString());
  }
  return out;
}

// "agent relation object" of each CSV record after the header.
std::vector<std::string> csv_triples(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::string> out;
  REQUIRE_FALSE(rows.empty());
  const auto& h = rows[0];
  auto at = [&](const char* name) {
    auto it = std::find(h.begin(), h.end(), name);
    REQUIRE(it != h.end());
    return static_cast<std::size_t>(it - h.begin());
  };
  std::size_t ag = at("agent"), re = at("relation"), ob = at("object");
  for (std::size_t i = 1; i < rows.size(); ++i) {
    REQUIRE(rows[i].size() == h.size());
    out.push_back(rows[i][ag] + " " + rows[i][re] + " " + rows[i][ob]);
  }
  return out;
}

// "agent relation object" of each table row.
std::vector<std::string> table_triples(const std::string& table) {
  auto ag = table_column(table, "agent");
  auto re = table_column(table, "relation");
  auto ob = table_column(table, "object");
  std::vector<std::string> out;
  for (std::size_t i = 0; i < ag.size(); ++i)
    out.push_back(ag[i] + " " + re[i] + " " + ob[i]);
  return out;
}

bool have_graphviz() {
  return std::system("command -v dot >/dev/null 2>&1") == 0;
}

// Checks that DOT_TEXT is a digraph that Graphviz's dot renders to SVG.
void check_dot_renders(const fs::path& dir, const std::string& dot_text) {
  CHECK(dot_text.rfind("digraph answer {\n", 0) == 0);
  CHECK(dot_text.size() > 2);
  CHECK(dot_text.compare(dot_text.size() - 2, 2, "}\n") == 0);
  if (!have_graphviz()) {
    WARN("Graphviz dot not found; DOT answers not rendered");
    return;
  }
  actorgraph_test::write_file(dir / "answer.dot", dot_text);
  std::string cmd = "dot -Tsvg '" + (dir / "answer.dot").string() + "' -o '" +
                    (dir / "answer.svg").string() + "' 2>'" + (dir / "dot.err").string() + "'";
  int rc = std::system(cmd.c_str());
  INFO(actorgraph_test::read_file(dir / "dot.err"));
  CHECK(rc == 0);
  CHECK(actorgraph_test::read_file(dir / "dot.err").empty());  // no syntax warnings either
  CHECK(actorgraph_test::read_file(dir / "answer.svg").find("<svg") != std::string::npos);
}

// Runs one question in every format and checks that each answers with TRIPLES (agent relation
// object, in order) and that the DOT diagram draws every one of them.
void check_relation_question(const fs::path& dir, const std::string& question,
                             const std::vector<std::string>& triples_expected) {
  INFO("actorgraph query graph.jsonld " << question);
  RunResult table = query(dir, question);
  REQUIRE(table.exit_code == 0);
  CHECK(table.err.empty());
  CHECK(table_triples(table.out) == triples_expected);

  RunResult json = query(dir, question + " --format json");
  REQUIRE(json.exit_code == 0);
  rapidjson::Document d;
  parse_json(json.out, d);
  CHECK(json_triples(d) == triples_expected);

  RunResult csv = query(dir, question + " --format csv");
  REQUIRE(csv.exit_code == 0);
  CHECK(csv_triples(parse_csv(csv.out)) == triples_expected);

  RunResult dot = query(dir, question + " --format dot");
  REQUIRE(dot.exit_code == 0);
  for (const std::string& t : triples_expected) {
    std::istringstream in(t);
    std::string agent, relation, object;
    in >> agent >> relation >> object;
    CHECK(dot.out.find("\"" + agent + "\" -> \"" + object + "\" [label=\"" + relation) !=
          std::string::npos);
  }
  check_dot_renders(dir, dot.out);
}

}  // namespace

TEST_CASE("query CLI: who-affects in every format on a JSON-LD file", "[query][cli]") {
  fs::path dir = actorgraph_test::scratch_dir("query-cli-who");
  write_sample_file(dir);
  check_relation_question(dir, "who-affects veltrix",
                          {"ardenia-government bans veltrix",
                           "ardenia-government investigates veltrix", "orvane competes veltrix"});
  // Names resolve over names and alternate names, any case, several words or one quoted.
  check_relation_question(dir, "who-affects VELTRIX systems --type bans,competes",
                          {"ardenia-government bans veltrix", "orvane competes veltrix"});
  check_relation_question(dir, "who-affects 'ardenian officials'",
                          {"veltrix lobbies ardenia-government"});
  check_relation_question(dir, "who-affects veltrix --min-confidence 0.85",
                          {"ardenia-government bans veltrix"});

  // Negated relations only on request, marked as such; the table shows the product and the
  // evidence sentence, which survive the round trip through the file.
  RunResult neg = query(dir, "who-affects veltrix --include-negated --format json");
  REQUIRE(neg.exit_code == 0);
  rapidjson::Document d;
  parse_json(neg.out, d);
  REQUIRE(d["rows"].Size() == 4);
  CHECK(std::string(d["question"].GetString()) == "who-affects veltrix");
  const auto& first = d["rows"][0];
  CHECK(std::string(first["relation"].GetString()) == "approves");
  CHECK(first["negated"].IsTrue());
  CHECK(first["depth"].IsInt());
  CHECK(first["confidence"].GetDouble() == Approx(0.8));
  CHECK(first["mentions"].GetInt() == 1);
  CHECK(std::string(first["source"].GetString()) == "story.txt#8");
  CHECK(std::string(first["evidence"].GetString()) ==
        "Ardenia has not approved Veltrix's licence.");
  RunResult table = query(dir, "who-affects veltrix");
  CHECK(table_column(table.out, "product") == std::vector<std::string>{"vx9", "", ""});
  CHECK(table.out.find("Ardenian officials told buyers to shun the VX9, made by Veltrix.") !=
        std::string::npos);
  RunResult dot = query(dir, "who-affects veltrix --include-negated --format dot");
  CHECK(dot.out.find("[label=\"not approves\", color=red") != std::string::npos);
  CHECK(dot.out.find("\"veltrix\" [label=\"Veltrix Systems\", style=\"rounded,bold\"") !=
        std::string::npos);
  check_dot_renders(dir, dot.out);

  // --depth follows chains: level 2 lists who acts on Orvane's agents.
  RunResult deep = query(dir, "who-affects orvane --depth 2 --format csv");
  REQUIRE(deep.exit_code == 0);
  auto rows = parse_csv(deep.out);
  REQUIRE(rows.size() == 8);
  CHECK(rows[0][0] == "depth");
  CHECK(rows[1][0] == "1");
  CHECK(rows.back()[0] == "2");
  CHECK(csv_triples(rows).back() == "orvane competes veltrix");

  // Nothing passes: an empty answer, not an error.
  RunResult none = query(dir, "who-affects morrow-bank");
  CHECK(none.exit_code == 0);
  CHECK(none.out.find("(no results)") != std::string::npos);
  CHECK(none.out.find("note: no relation acts on morrow-bank") != std::string::npos);
  RunResult none_json = query(dir, "who-affects morrow-bank --format json");
  rapidjson::Document nd;
  parse_json(none_json.out, nd);
  CHECK(nd["rows"].Size() == 0);
  CHECK(nd["notes"].Size() == 1);
  RunResult none_dot = query(dir, "who-affects morrow-bank --format dot");
  check_dot_renders(dir, none_dot.out);
}

TEST_CASE("query CLI: affected-by in every format", "[query][cli]") {
  fs::path dir = actorgraph_test::scratch_dir("query-cli-affected");
  write_sample_file(dir);
  check_relation_question(dir, "affected-by 'Morrow Bank' --depth 2",
                          {"morrow-bank supports kestrel-labs", "kestrel-labs supplies orvane"});
  check_relation_question(
      dir, "affected-by veltrix",
      {"veltrix lobbies ardenia-government", "veltrix competes orvane", "veltrix accuses orvane"});
  check_relation_question(dir, "affected-by ardenia-government --include-hedged --type approves",
                          {"ardenia-government approves orvane"});
  RunResult hedged = query(dir, "affected-by ardenia-government --include-hedged --format dot");
  CHECK(hedged.out.find("[label=\"approves?\", style=dashed]") != std::string::npos);
  check_dot_renders(dir, hedged.out);
}

TEST_CASE("query CLI: path in every format, each hop with evidence", "[query][cli]") {
  fs::path dir = actorgraph_test::scratch_dir("query-cli-path");
  write_sample_file(dir);
  check_relation_question(dir, "path morrow-bank veltrix",
                          {"morrow-bank supports kestrel-labs", "kestrel-labs supplies orvane",
                           "orvane competes veltrix"});
  RunResult json = query(dir, "path 'Ardenian government' orvane --include-hedged --format json");
  REQUIRE(json.exit_code == 0);
  rapidjson::Document d;
  parse_json(json.out, d);
  // The hedged direct approval first, then the four two-hop chains.
  REQUIRE(d["rows"].Size() == 9);
  CHECK(d["rows"][0]["length"].GetInt() == 1);
  CHECK(d["rows"][0]["hedged"].IsTrue());
  CHECK(d["rows"][1]["path"].GetInt() == 2);
  CHECK(d["rows"][1]["hop"].GetInt() == 1);
  CHECK(d["rows"][2]["hop"].GetInt() == 2);
  CHECK(d["rows"][8]["path"].GetInt() == 5);
  for (const auto& row : d["rows"].GetArray())
    CHECK(row["evidence"].GetStringLength() > 0);

  RunResult limited = query(dir, "path ardenia-government orvane --limit 1");
  REQUIRE(limited.exit_code == 0);
  CHECK(table_column(limited.out, "agent").size() == 2);
  CHECK(limited.out.find("note: showing the first 1 chains") != std::string::npos);
  RunResult too_short = query(dir, "path morrow-bank veltrix --max-length 2");
  REQUIRE(too_short.exit_code == 0);
  CHECK(too_short.out.find("no chain of at most 2 relations") != std::string::npos);
  RunResult same = query(dir, "path veltrix 'Veltrix Systems'");
  CHECK(same.exit_code == 2);
  CHECK(same.err.find("same actor") != std::string::npos);
}

TEST_CASE("query CLI: rank in every format", "[query][cli]") {
  fs::path dir = actorgraph_test::scratch_dir("query-cli-rank");
  write_sample_file(dir);
  const std::vector<std::string> actors = {"ardenia-government", "kestrel-labs", "morrow-bank",
                                           "orvane", "veltrix"};
  RunResult table = query(dir, "rank");
  REQUIRE(table.exit_code == 0);
  auto ranked = table_column(table.out, "actor");
  CHECK(ranked.size() == 5);  // actors with an asserted relation; not the product, not Halden
  std::vector<std::string> sorted = ranked;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == actors);

  RunResult json = query(dir, "rank --format json");
  REQUIRE(json.exit_code == 0);
  rapidjson::Document d;
  parse_json(json.out, d);
  REQUIRE(d["rows"].Size() == 5);
  double sum = 0;
  for (const auto& row : d["rows"].GetArray()) {
    CHECK(row["rank"].IsInt());
    CHECK(row["in"].IsInt());
    CHECK(row["betweenness"].IsNumber());
    sum += row["pagerank"].GetDouble();
    if (std::string(row["actor"].GetString()) == "ardenia-government") {
      CHECK(row["out"].GetInt() == 2);
      CHECK(row["signed_out"].GetDouble() == Approx(-1.4));
      CHECK(std::string(row["name"].GetString()) == "Ardenian government");
    }
  }
  CHECK(sum == Approx(1.0).epsilon(0.01));
  // The table, JSON and CSV agree on the order.
  std::vector<std::string> json_order;
  for (const auto& row : d["rows"].GetArray())
    json_order.push_back(row["actor"].GetString());
  CHECK(json_order == ranked);

  RunResult csv = query(dir, "rank --by conflict --limit 2 --format csv");
  REQUIRE(csv.exit_code == 0);
  auto rows = parse_csv(csv.out);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0][0] == "rank");
  CHECK(rows[0][1] == "actor");
  CHECK(rows[1][1] == "veltrix");  // banned, probed, rivalled, accuser

  RunResult dot = query(dir, "rank --format dot");
  REQUIRE(dot.exit_code == 0);
  for (const auto& a : actors)
    CHECK(dot.out.find("\"" + a + "\" [label=") != std::string::npos);
  CHECK(dot.out.find("\"morrow-bank\" -> \"kestrel-labs\" [label=\"supports\"]") !=
        std::string::npos);
  check_dot_renders(dir, dot.out);

  RunResult bad = query(dir, "rank --by fame");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("unknown rank key 'fame'") != std::string::npos);
}

TEST_CASE("query CLI: matrix in every format", "[query][cli]") {
  fs::path dir = actorgraph_test::scratch_dir("query-cli-matrix");
  write_sample_file(dir);
  const std::string q = "matrix 'Ardenian government' veltrix orvane --include-negated";
  RunResult table = query(dir, q);
  REQUIRE(table.exit_code == 0);
  CHECK(table_column(table.out, "agent") ==
        std::vector<std::string>{"ardenia-government", "orvane", "veltrix"});
  CHECK(table_column(table.out, "veltrix") ==
        std::vector<std::string>{"bans,investigates,not approves", "competes", ""});

  RunResult json = query(dir, q + " --format json");
  REQUIRE(json.exit_code == 0);
  rapidjson::Document d;
  parse_json(json.out, d);
  REQUIRE(d["rows"].Size() == 3);
  CHECK(d["columns"].Size() == 4);
  CHECK(std::string(d["rows"][2]["agent"].GetString()) == "veltrix");
  CHECK(std::string(d["rows"][2]["ardenia-government"].GetString()) == "lobbies");
  CHECK(std::string(d["rows"][2]["orvane"].GetString()) ==
        "accuses");  // as stated: orvane competes veltrix

  RunResult csv = query(dir, q + " --format csv");
  REQUIRE(csv.exit_code == 0);
  auto rows = parse_csv(csv.out);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0] == std::vector<std::string>{"agent", "ardenia-government", "orvane", "veltrix"});
  CHECK(rows[1][3] == "bans,investigates,not approves");  // quoted: it holds commas
  CHECK(csv.out.find("\"bans,investigates,not approves\"") != std::string::npos);

  RunResult dot = query(dir, q + " --format dot");
  REQUIRE(dot.exit_code == 0);
  CHECK(dot.out.find("\"veltrix\" -> \"ardenia-government\" [label=\"lobbies\"]") !=
        std::string::npos);
  check_dot_renders(dir, dot.out);

  // Without names: every actor with a relation, capped by --limit with a note.
  RunResult all = query(dir, "matrix");
  REQUIRE(all.exit_code == 0);
  CHECK(table_column(all.out, "agent").size() == 5);
  RunResult capped = query(dir, "matrix --limit 2");
  CHECK(table_column(capped.out, "agent").size() == 2);
  CHECK(capped.out.find("note: showing the 2 most connected actors") != std::string::npos);
}

TEST_CASE("query CLI: match in every format", "[query][cli]") {
  fs::path dir = actorgraph_test::scratch_dir("query-cli-match");
  write_sample_file(dir);
  check_relation_question(dir, "match '? bans veltrix'", {"ardenia-government bans veltrix"});
  check_relation_question(
      dir, "match 'ardenian officials' ? ?",
      {"ardenia-government bans veltrix", "ardenia-government investigates veltrix"});
  check_relation_question(dir, "match '?x competes ?y'", {"orvane competes veltrix"});
  check_relation_question(dir, "match '\"Veltrix Systems\" lobbies,accuses ?'",
                          {"veltrix lobbies ardenia-government", "veltrix accuses orvane"});
  RunResult none = query(dir, "match '? taxes ?' --format json");
  REQUIRE(none.exit_code == 0);
  rapidjson::Document d;
  parse_json(none.out, d);
  CHECK(d["rows"].Size() == 0);
  RunResult bad = query(dir, "match '? embargoes ?'");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("unknown relation type 'embargoes'") != std::string::npos);
  RunResult short_pattern = query(dir, "match '? bans'");
  CHECK(short_pattern.exit_code == 2);
}

TEST_CASE("query CLI: unknown and ambiguous actors list candidates", "[query][cli]") {
  fs::path dir = actorgraph_test::scratch_dir("query-cli-names");
  write_sample_file(dir);
  for (const char* q : {"who-affects veltrixx", "affected-by veltrixx", "path veltrixx orvane",
                        "matrix veltrixx orvane", "match 'veltrixx ? ?'"}) {
    INFO(q);
    RunResult r = query(dir, q);
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(actorgraph_test::line_count(r.err) == 1);
    CHECK(r.err.rfind("actorgraph: error: unknown actor 'veltrixx'; closest: veltrix", 0) == 0);
  }
  RunResult far = query(dir, "who-affects kestrell --format json");
  CHECK(far.exit_code == 1);
  CHECK(far.out.empty());
  CHECK(far.err.find("closest: kestrel-labs \"Kestrel Labs\"") != std::string::npos);

  for (const char* q :
       {"who-affects halden", "affected-by HALDEN", "match '? ? Halden'", "path halden veltrix"}) {
    INFO(q);
    RunResult r = query(dir, q);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(actorgraph_test::line_count(r.err) == 1);
    CHECK(r.err.find("is ambiguous") != std::string::npos);
    CHECK(r.err.find("halden-bank \"Halden Bank\"") != std::string::npos);
    CHECK(r.err.find("halden-motors \"Halden Motors\"") != std::string::npos);
  }
  // The full name or the id settles it.
  CHECK(query(dir, "who-affects 'halden motors'").exit_code == 0);
  CHECK(query(dir, "who-affects halden-bank").exit_code == 0);

  // --help documents both exit statuses.
  RunResult help = actorgraph_test::run_cli("query --help", dir);
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("Exit status:") != std::string::npos);
  CHECK(help.out.find("an actor name\nis unknown") != std::string::npos);
  CHECK(help.out.find("2 bad command line, or an actor name that names") != std::string::npos);
}

TEST_CASE("query CLI: a file that is not a project JSON-LD graph is one clear error",
          "[query][cli]") {
  fs::path dir = actorgraph_test::scratch_dir("query-cli-files");
  struct Case {
    std::string file;
    std::string content;
    std::string says;
  };
  const std::vector<Case> cases = {
      {"plain.json", "{\"name\": \"Orvane\", \"founded\": 2011}\n", "not an actorgraph file"},
      {"list.json", "[1, 2, 3]\n", "expected a JSON-LD object"},
      {"broken.jsonld", "{\n  \"@graph\": [\n    {\"@id\": \"x\",\n",
       "broken.jsonld:4:1: not valid JSON"},
      {"empty.jsonld", "", "not valid JSON"},
      {"other.jsonld",
       "{\"@context\": \"https://schema.org/\", \"@graph\": [{\"@id\": \"https://example.org/p\", "
       "\"@type\": \"Person\", \"name\": \"Talia Brenn\"}]}\n",
       "expected either ag:Actor or ag:Relation"},
      {"binary.jsonld", std::string("{\"@graph\": [\0\1\2]}", 18), "binary data"},
      {"dangling.jsonld",
       "{\"@graph\": [{\"@id\": \"https://w3id.org/actorgraph/id/r1\", \"@type\": \"ag:Relation\", "
       "\"agent\": \"https://w3id.org/actorgraph/id/nobody\", \"relationType\": \"bans\", "
       "\"object\": \"https://w3id.org/actorgraph/id/nobody\"}]}\n",
       "dangling.jsonld"},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    actorgraph_test::write_file(dir / c.file, c.content);
    for (const char* question : {"rank", "who-affects orvane --format json"}) {
      RunResult r = actorgraph_test::run_cli("query " + c.file + " " + question, dir);
      CHECK(r.exit_code == 1);
      CHECK(r.out.empty());
      CHECK(actorgraph_test::line_count(r.err) == 1);
      CHECK(r.err.rfind("actorgraph: error: " + c.file + ":", 0) == 0);
      CHECK(r.err.find(c.says) != std::string::npos);
    }
  }
  RunResult missing = actorgraph_test::run_cli("query missing.jsonld rank", dir);
  CHECK(missing.exit_code == 1);
  CHECK(missing.err == "actorgraph: error: missing.jsonld: no such file\n");
  fs::create_directories(dir / "folder");
  RunResult folder = actorgraph_test::run_cli("query folder rank", dir);
  CHECK(folder.exit_code == 1);
  CHECK(folder.err == "actorgraph: error: folder: is a directory, not a JSON-LD graph file\n");
}

TEST_CASE("query CLI: the interop fixture graph answers questions", "[query][cli]") {
  fs::path fixture =
      fs::path(ACTORGRAPH_SOURCE_DIR) / "tests" / "interop" / "fixtures" / "graph.jsonld";
  if (!fs::exists(fixture)) {
    WARN("no " << fixture.string() << "; skipped");
    return;
  }
  fs::path dir = actorgraph_test::scratch_dir("query-cli-fixture");
  // An alternate name from the file resolves; the answer names the actor the file defines.
  RunResult r = actorgraph_test::run_cli(
      "query '" + fixture.string() + "' affected-by washington --format json", dir);
  REQUIRE(r.exit_code == 0);
  rapidjson::Document d;
  parse_json(r.out, d);
  REQUIRE(d["rows"].Size() >= 1);
  for (const auto& row : d["rows"].GetArray()) {
    CHECK(std::string(row["agent"].GetString()) == "us-government");
    CHECK(row["evidence"].GetStringLength() > 0);
  }
  RunResult rank =
      actorgraph_test::run_cli("query '" + fixture.string() + "' rank --format dot", dir);
  REQUIRE(rank.exit_code == 0);
  check_dot_renders(dir, rank.out);
}
