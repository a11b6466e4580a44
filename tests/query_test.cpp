// Query engine tests on small in-memory graphs of fictional actors.
#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "actorgraph/graph.hpp"
#include "actorgraph/query.hpp"
#include "embedded.hpp"

using namespace actorgraph;

namespace {

Actor make_actor(const std::string& id, const std::string& name, ActorType type,
                 std::map<std::string, uint32_t> forms = {}) {
  Actor a;
  a.id = id;
  a.name = name;
  a.type = type;
  a.forms = std::move(forms);
  if (a.forms.empty()) a.forms[name] = 1;
  return a;
}

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
