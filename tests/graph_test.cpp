// Tests of the graph model: actor merging and name votes, relation aggregation, merge of
// graphs, and independence from input order.
#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "actorgraph/exporters.hpp"
#include "actorgraph/graph.hpp"

using namespace actorgraph;

namespace {

Actor make_actor(const std::string& id, const std::string& name, ActorType type,
                 std::map<std::string, uint32_t> forms) {
  Actor a;
  a.id = id;
  a.name = name;
  a.type = type;
  a.forms = std::move(forms);
  return a;
}

Relation make_relation(const std::string& agent, RelationType type, const std::string& object,
                       const std::string& doc, uint32_t sentence, double confidence = 0.5) {
  Relation r;
  r.agent = agent;
  r.type = type;
  r.object = object;
  r.confidence = confidence;
  r.evidence.document = doc;
  r.evidence.sentence_index = sentence;
  r.evidence.span = {sentence * 10, sentence * 10 + 9};
  r.evidence.text = "Sentence " + std::to_string(sentence) + " of " + doc + ".";
  r.evidence.rule = "rule." + std::string(to_string(type));
  return r;
}

std::string jsonld_of(const Graph& g) {
  auto exporter = make_exporter("jsonld");
  REQUIRE(exporter.ok());
  std::ostringstream out;
  REQUIRE((*exporter)->write(g, ExportOptions{}, out).ok());
  return out.str();
}

// Two documents about fictional companies, used to test order independence.
std::vector<Extraction> two_documents() {
  Extraction a;
  a.document = "a.txt";
  a.actors.push_back(make_actor("kestrel-government", "Kestrel government", ActorType::kGovernment,
                                {{"Kestrel officials", 2}}));
  a.actors.push_back(
      make_actor("veltrix-systems", "Veltrix Systems", ActorType::kCorporation, {{"Veltrix", 1}}));
  a.actors.push_back(make_actor("orvane", "Orvane", ActorType::kCorporation, {}));
  a.actors.push_back(make_actor("kestrel", "Kestrel", ActorType::kCountry, {}));  // unused
  a.relations.push_back(
      make_relation("kestrel-government", RelationType::kBans, "veltrix-systems", "a.txt", 2, 0.7));
  a.relations.push_back(
      make_relation("veltrix-systems", RelationType::kCompetes, "orvane", "a.txt", 4, 0.6));
  Extraction b;
  b.document = "b.txt";
  b.actors.push_back(make_actor("kestrel-government", "the Kestrel ministry",
                                ActorType::kGovernment, {{"the Kestrel ministry", 1}}));
  b.actors.push_back(make_actor("veltrix-systems", "Veltrix Systems Ltd", ActorType::kCorporation,
                                {{"Veltrix Systems Ltd", 1}, {"Veltrix", 2}}));
  b.relations.push_back(
      make_relation("kestrel-government", RelationType::kBans, "veltrix-systems", "b.txt", 1, 0.9));
  b.relations.push_back(
      make_relation("kestrel-government", RelationType::kBans, "veltrix-systems", "a.txt", 2, 0.7));
  return {a, b};
}

}  // namespace

TEST_CASE("actors merge by id: forms add up, name is voted, links fill in", "[graph]") {
  Graph g;
  Actor a = make_actor("veltrix-systems", "Veltrix", ActorType::kCorporation, {{"Veltrix", 3}});
  Actor b = make_actor("veltrix-systems", "Veltrix Systems", ActorType::kCorporation,
                       {{"Veltrix Systems", 2}, {"Veltrix", 2}});
  Actor p = make_actor("talia-brenn", "Talia Brenn", ActorType::kPerson, {{"Brenn", 1}});
  p.works_for = "veltrix-systems";
  g.add_actor(a);
  g.add_actor(b);
  g.add_actor(p);
  REQUIRE(g.actor_count() == 2);
  const Actor* v = g.find_actor("veltrix-systems");
  REQUIRE(v != nullptr);
  CHECK(v->forms.at("Veltrix") == 5);
  CHECK(v->forms.at("Veltrix Systems") == 2);
  CHECK(v->name == "Veltrix Systems");  // 4 votes against 3
  CHECK(g.find_actor("talia-brenn")->works_for == "veltrix-systems");
  CHECK(g.find_actor("nobody") == nullptr);
}

TEST_CASE("name votes tie to the smallest name whatever the order", "[graph]") {
  Actor a = make_actor("orvane", "Orvane Labs", ActorType::kCorporation, {{"Orvane Labs", 2}});
  Actor b = make_actor("orvane", "Orvane", ActorType::kCorporation, {{"Orvane", 2}});
  Graph g1, g2;
  g1.add_actor(a);
  g1.add_actor(b);
  g2.add_actor(b);
  g2.add_actor(a);
  CHECK(g1.find_actor("orvane")->name == "Orvane");
  CHECK(g2.find_actor("orvane")->name == "Orvane");
}

TEST_CASE("add keeps actors with forms or relations only", "[graph]") {
  Graph g;
  g.add(two_documents()[0]);
  CHECK(g.find_actor("kestrel") == nullptr);  // no form, no relation
  CHECK(g.find_actor("orvane") != nullptr);   // no form, but a relation uses it
  CHECK(g.find_actor("kestrel-government") != nullptr);
  CHECK(g.actor_count() == 3);
}

TEST_CASE("relations aggregate by key with all their evidence", "[graph]") {
  Graph g;
  for (const auto& ex : two_documents())
    g.add(ex);
  REQUIRE(g.relation_count() == 2);
  std::string id = Graph::relation_id("kestrel-government", RelationType::kBans, "veltrix-systems",
                                      "", false, false);
  CHECK(id == "kestrel-government--bans--veltrix-systems");
  auto out = g.out_relations("kestrel-government");
  REQUIRE(out.size() == 1);
  const RelationRecord& r = *out[0];
  CHECK(r.id == id);
  CHECK(r.mentions == 2);  // a.txt:2 stated twice counts once
  REQUIRE(r.evidence.size() == 2);
  CHECK(r.evidence[0].document == "a.txt");
  CHECK(r.evidence[1].document == "b.txt");
  CHECK(r.confidence == Approx(0.9));
  CHECK(g.in_relations("veltrix-systems").size() == 1);
  CHECK(g.in_relations("orvane").size() == 1);
  CHECK(g.out_relations("orvane").empty());
  CHECK(g.out_relations("nobody").empty());
}

TEST_CASE("relation keys keep product, negation and hedging apart", "[graph]") {
  Graph g;
  g.add_actor(make_actor("a", "A", ActorType::kCorporation, {{"A", 1}}));
  g.add_actor(make_actor("b", "B", ActorType::kCorporation, {{"B", 1}}));
  g.add_actor(make_actor("b-x1", "X1", ActorType::kProduct, {{"X1", 1}}));
  Relation r = make_relation("a", RelationType::kBans, "b", "d", 0);
  g.add_relation(r);
  r.product = "b-x1";
  g.add_relation(r);
  r.negated = true;
  g.add_relation(r);
  r.hedged = true;
  r.via = "p2";
  g.add_relation(r);
  r.via = "p1";
  g.add_relation(r);
  CHECK(g.relation_count() == 4);
  auto rels = g.relations();
  REQUIRE(rels.size() == 4);
  CHECK(rels[0]->id == "a--bans--b");
  CHECK(rels[1]->id == "a--bans--b--b-x1");
  CHECK(rels[2]->id == "a--bans--b--b-x1--not");
  CHECK(rels[3]->id == "a--bans--b--b-x1--not--hedged");
  CHECK(rels[3]->via == std::vector<std::string>{"p1", "p2"});
  CHECK(rels[3]->mentions == 1);
  CHECK(g.find_actor("p1") != nullptr);  // a relation's person always has a node
}

TEST_CASE("the graph is the same for any order of documents", "[graph]") {
  auto docs = two_documents();
  Graph forward, backward, merged;
  forward.add(docs[0]);
  forward.add(docs[1]);
  backward.add(docs[1]);
  backward.add(docs[0]);
  Graph part1, part2;
  part1.add(docs[1]);
  part2.add(docs[0]);
  merged.merge(part1);
  merged.merge(part2);
  std::string expected = jsonld_of(forward);
  CHECK(jsonld_of(backward) == expected);
  CHECK(jsonld_of(merged) == expected);
  CHECK(forward.find_actor("kestrel-government")->name == "Kestrel government");
  CHECK(forward.find_actor("veltrix-systems")->name == "Veltrix Systems Ltd");  // 3 votes to 1
}

TEST_CASE("conflicting evidence for one sentence resolves the same in any order", "[graph]") {
  Relation r1 = make_relation("a", RelationType::kSupports, "b", "d", 3);
  Relation r2 = r1;
  r2.evidence.rule = "another.rule";
  Graph g1, g2;
  g1.add_relation(r1);
  g1.add_relation(r2);
  g2.add_relation(r2);
  g2.add_relation(r1);
  CHECK(jsonld_of(g1) == jsonld_of(g2));
  CHECK(g1.relations()[0]->mentions == 1);
}

TEST_CASE("evidence stays sorted and unique when reads and additions interleave", "[graph]") {
  Graph g;
  // Many sentences for one key, arriving out of order and repeated, with reads in between:
  // every read sees the sorted, unique list, however the additions were batched.
  const uint32_t n = 20000;
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t sentence = (i * 7919) % n;
    g.add_relation(make_relation("a", RelationType::kBans, "b", "doc", sentence));
    if (i % 5000 == 4999) {
      const RelationRecord& r = *g.relations()[0];
      CHECK(std::is_sorted(r.evidence.begin(), r.evidence.end(),
                           [](const Evidence& x, const Evidence& y) {
                             return x.sentence_index < y.sentence_index;
                           }));
      CHECK(r.mentions == r.evidence.size());
    }
  }
  for (uint32_t i = 0; i < n; i += 2)
    g.add_relation(make_relation("a", RelationType::kBans, "b", "doc", i));
  Graph copy;
  copy.merge(g);
  copy.merge(g);
  for (const Graph* x : {&g, &copy}) {
    auto rel = x->out_relations("a");
    REQUIRE(rel.size() == 1);
    REQUIRE(rel[0]->evidence.size() == n);
    CHECK(rel[0]->mentions == n);
    for (uint32_t i = 0; i < n; ++i)
      CHECK(rel[0]->evidence[i].sentence_index == i);
  }
}

TEST_CASE("merging a graph by move gives the same graph as merging a copy", "[graph]") {
  auto docs = two_documents();
  Graph copied, moved, left, right;
  left.add(docs[0]);
  right.add(docs[1]);
  copied.add(docs[0]);
  copied.merge(right);
  moved.add(docs[0]);
  Graph right2;
  right2.add(docs[1]);
  moved.merge(std::move(right2));
  CHECK(jsonld_of(moved) == jsonld_of(copied));
  CHECK(right2.relation_count() == 0);  // the source keeps no relations
  // A moved merge into an empty graph, and of a graph whose keys are all new.
  Graph fresh;
  Graph src;
  src.add(docs[1]);
  fresh.merge(std::move(src));
  Graph expect;
  expect.add(docs[1]);
  CHECK(jsonld_of(fresh) == jsonld_of(expect));
}
