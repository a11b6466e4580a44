// Sentence-level tests of the relation stage. Each test builds an Extraction from a sentence
// and hand-marked actor mentions, so relations are tested apart from the actor stage.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "actorgraph/relations.hpp"
#include "actorgraph/text.hpp"
#include "embedded.hpp"
#include "relations_lexicon.hpp"

using namespace actorgraph;

namespace {

const RelationExtractor& extractor() {
  static const RelationExtractor kExtractor = [] {
    auto k = Knowledge::load("");
    REQUIRE(k.ok());
    auto r = RelationExtractor::create(*k);
    REQUIRE(r.ok());
    return std::move(r).value();
  }();
  return kExtractor;
}

// Builds an Extraction from text and hand-marked actors, then runs the relation stage.
class Fixture {
 public:
  explicit Fixture(std::string text) {
    doc_.id = "doc";
    doc_.text = std::move(text);
    ex_.document = doc_.id;
    ex_.text = analyze_text(doc_.text);
    // The fictional world of these tests.
    actor("veltrix", ActorType::kCorporation);
    actor("orvane", ActorType::kCorporation);
    actor("kestrel-labs", ActorType::kCorporation);
    actor("norlund-government", ActorType::kGovernment);
    actor("norlund", ActorType::kCountry);
    actor("vesland-government", ActorType::kGovernment);
    actor("vesland", ActorType::kCountry);
    actor("competition-bureau", ActorType::kOrganization);
    actor("jane-roe", ActorType::kPerson, "veltrix");
    actor("zephyr", ActorType::kProduct, "", "veltrix");
    actor("quill", ActorType::kProduct);  // maker unknown
  }

  // Adds an actor (or returns the one with ID).
  int actor(const std::string& id, ActorType type, const std::string& works_for = "",
            const std::string& manufacturer = "") {
    for (std::size_t i = 0; i < ex_.actors.size(); ++i)
      if (ex_.actors[i].id == id) return static_cast<int>(i);
    Actor a;
    a.id = id;
    a.name = id;
    a.type = type;
    a.works_for = works_for;
    a.manufacturer = manufacturer;
    ex_.actors.push_back(a);
    return static_cast<int>(ex_.actors.size()) - 1;
  }

  // Marks every occurrence of SURFACE as a mention of actor ID (-1 id: unresolved).
  Fixture& m(const std::string& surface, const std::string& id,
             MentionKind kind = MentionKind::kName) {
    TextAnalysis s = analyze_text(surface);
    std::vector<std::string_view> want;
    for (const Token& t : s.tokens)
      want.push_back(s.norm_of(t));
    const auto& toks = ex_.text.tokens;
    bool found = false;
    for (std::size_t i = 0; i + want.size() <= toks.size(); ++i) {
      bool ok = true;
      for (std::size_t k = 0; k < want.size() && ok; ++k)
        ok = ex_.text.norm_of(toks[i + k]) == want[k];
      if (!ok) continue;
      found = true;
      Mention mm;
      mm.begin_token = static_cast<uint32_t>(i);
      mm.end_token = static_cast<uint32_t>(i + want.size());
      mm.span = {toks[i].span.begin, toks[i + want.size() - 1].span.end};
      mm.surface = surface;
      mm.kind = kind;
      for (const Sentence& se : ex_.text.sentences)
        if (i >= se.begin_token && i < se.end_token) mm.sentence = se.index;
      if (id != "-") {
        for (std::size_t a = 0; a < ex_.actors.size(); ++a)
          if (ex_.actors[a].id == id) mm.actor = static_cast<int32_t>(a);
      }
      if (kind == MentionKind::kCountry) {
        for (std::size_t a = 0; a < ex_.actors.size(); ++a)
          if (ex_.actors[a].id == id + "-government") mm.state_actor = static_cast<int32_t>(a);
      }
      const std::size_t e = i + want.size();
      if (e < toks.size()) {
        std::string_view next = ex_.text.norm_of(toks[e]);
        mm.possessive = toks[e].kind == TokenKind::kPossessive || next == "'" || next == "'s";
      }
      ex_.mentions.push_back(mm);
      i += want.size() - 1;
    }
    REQUIRE(found);
    return *this;
  }
  // Shorthands for the fictional actors.
  Fixture& state(const std::string& surface, const std::string& gov = "norlund-government") {
    return m(surface, gov, MentionKind::kState);
  }
  Fixture& country(const std::string& surface, const std::string& id) {
    return m(surface, id, MentionKind::kCountry);
  }

  // Runs the relation stage.
  const std::vector<Relation>& run() {
    std::sort(ex_.mentions.begin(), ex_.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.begin_token < b.begin_token; });
    extractor().extract(doc_, &ex_);
    return ex_.relations;
  }

  const Extraction& ex() const { return ex_; }
  const Document& doc() const { return doc_; }

 private:
  Document doc_;
  Extraction ex_;
};

const Relation* find(const std::vector<Relation>& rels, const std::string& agent, RelationType type,
                     const std::string& object) {
  for (const Relation& r : rels)
    if (r.agent == agent && r.type == type && r.object == object) return &r;
  return nullptr;
}

std::string dump(const std::vector<Relation>& rels) {
  std::string out;
  for (const Relation& r : rels) {
    out += r.agent + " " + std::string(to_string(r.type)) + " " + r.object;
    if (!r.product.empty()) out += " product=" + r.product;
    if (!r.via.empty()) out += " via=" + r.via;
    if (r.negated) out += " NEG";
    if (r.hedged) out += " HEDGED";
    out += " [" + r.evidence.rule + "]\n";
  }
  return out;
}

// Expects exactly the relation (agent type object) and returns it.
const Relation& expect_one(const std::vector<Relation>& rels, const std::string& agent,
                           RelationType type, const std::string& object) {
  INFO(dump(rels));
  REQUIRE(rels.size() == 1);
  const Relation* r = find(rels, agent, type, object);
  REQUIRE(r != nullptr);
  return *r;
}

const Relation& expect(const std::vector<Relation>& rels, const std::string& agent,
                       RelationType type, const std::string& object) {
  INFO(dump(rels));
  const Relation* r = find(rels, agent, type, object);
  REQUIRE(r != nullptr);
  return *r;
}

constexpr auto kApproves = RelationType::kApproves;
constexpr auto kBans = RelationType::kBans;
constexpr auto kInvestigates = RelationType::kInvestigates;
constexpr auto kCompetes = RelationType::kCompetes;
constexpr auto kTaxes = RelationType::kTaxes;
constexpr auto kPressures = RelationType::kPressures;
constexpr auto kLobbies = RelationType::kLobbies;
constexpr auto kSupplies = RelationType::kSupplies;
constexpr auto kSupports = RelationType::kSupports;
constexpr auto kAccuses = RelationType::kAccuses;
constexpr auto kDenies = RelationType::kDenies;

const std::string kGov = "norlund-government";

}  // namespace

// ---------------------------------------------------------------------------------------------
// Lexicon

TEST_CASE("relation lexicon validates against its schema and covers every type", "[relations]") {
  auto lex = rel::Lexicon::load(embedded_file("schemas/relations.json"),
                                embedded_file("schemas/relations.schema.json"), "relations.json");
  REQUIRE(lex.ok());
  std::vector<bool> seen(kRelationTypeCount, false);
  for (std::size_t i = 0; i < (*lex)->entry_count(); ++i)
    seen[static_cast<std::size_t>((*lex)->entry(static_cast<uint16_t>(i)).type)] = true;
  for (int t = 0; t < kRelationTypeCount; ++t)
    CHECK(seen[static_cast<std::size_t>(t)]);
}

TEST_CASE("relation lexicon rejects a malformed file with its position", "[relations]") {
  auto bad = rel::Lexicon::load("{\"entries\": [", "", "x.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("x.json") != std::string::npos);
  auto invalid = rel::Lexicon::load(
      R"({"version": 1, "frames": {}, "entries": [{"id": "x.y", "type": "eats", "confidence": 1}],
          "control_verbs": [], "avoid_verbs": [], "negation_words": [], "hedge_words": [],
          "irregular": {}})",
      embedded_file("schemas/relations.schema.json"), "y.json");
  REQUIRE_FALSE(invalid.ok());
  CHECK(invalid.status().message().find("/entries/0") != std::string::npos);
}

TEST_CASE("lexicon matches inflections through stems and irregular forms", "[relations]") {
  auto lex = rel::Lexicon::load(embedded_file("schemas/relations.json"), "", "relations.json");
  REQUIRE(lex.ok());
  rel::Stemmer st;
  uint8_t pos = 0;
  const int32_t ban = (*lex)->lookup("ban", &pos, &st);
  REQUIRE(ban >= 0);
  for (const char* f : {"bans", "banned", "banning"})
    CHECK((*lex)->lookup(f, &pos, &st) == ban);
  CHECK((*lex)->lookup("banned", &pos, &st) == ban);
  CHECK((pos & rel::kPosParticiple) != 0);
  const int32_t forbid = (*lex)->lookup("forbid", &pos, &st);
  CHECK((*lex)->lookup("forbade", &pos, &st) == forbid);
  CHECK((*lex)->lookup("investigations", &pos, &st) >= 0);
  CHECK((pos & rel::kPosNoun) != 0);
  CHECK((*lex)->lookup("scrutinising", &pos, &st) >= 0);
  CHECK((*lex)->lookup("authorities", &pos, &st) < 0);
  CHECK((*lex)->lookup("clearly", &pos, &st) < 0);
}

// ---------------------------------------------------------------------------------------------
// approves

TEST_CASE("approves: active verb with possessive object", "[relations]") {
  Fixture f("The Trade Ministry approved Veltrix's merger with Orvane.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kApproves, "veltrix");
}

TEST_CASE("approves: a country that acts is its government and keeps the form", "[relations]") {
  Fixture f("Norlund authorized Orvane to sell its chips abroad.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  const Relation& r = expect_one(f.run(), kGov, kApproves, "orvane");
  CHECK(r.evidence.rule.rfind("approves.", 0) == 0);
  const Actor& gov = f.ex().actors[3];
  REQUIRE(gov.id == kGov);
  CHECK(gov.forms.count("Norlund") == 1);
}

TEST_CASE("approves: passive with by-phrase", "[relations]") {
  Fixture f("Veltrix was cleared by the Trade Ministry to resume shipments.");
  f.m("Veltrix", "veltrix").state("Trade Ministry");
  const Relation& r = expect_one(f.run(), kGov, kApproves, "veltrix");
  CHECK(r.evidence.rule == "approves.approve#passive_by");
}

TEST_CASE("approves: passive without agent gives a diagnostic", "[relations]") {
  Fixture f("Veltrix has only recently been authorized to sell its Zephyr chips.");
  f.m("Veltrix", "veltrix").m("Zephyr", "zephyr");
  CHECK(f.run().empty());
  REQUIRE_FALSE(f.ex().diagnostics.empty());
  INFO(f.ex().diagnostics[0].trigger + ": " + f.ex().diagnostics[0].reason);
  CHECK(f.ex().diagnostics[0].reason.find("no agent") != std::string::npos);
}

TEST_CASE("approves: possessive nominal approval of", "[relations]") {
  Fixture f("The Trade Ministry's approval of Orvane's bid came late.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kApproves, "orvane");
}

TEST_CASE("approves: licences granted to coordinated companies", "[relations]") {
  Fixture f("The Trade Ministry granted export licences to Veltrix and Orvane on Monday.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, kGov, kApproves, "veltrix");
  expect(rels, kGov, kApproves, "orvane");
}

TEST_CASE("approves: lifting a ban reverses it", "[relations]") {
  Fixture f("The Trade Ministry lifted its ban on Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  const Relation& r = expect_one(f.run(), kGov, kApproves, "orvane");
  CHECK(r.evidence.rule.find("lifted") != std::string::npos);
}

TEST_CASE("approves: did not approve is negated", "[relations]") {
  Fixture f("The Trade Ministry did not approve Orvane's request.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kApproves, "orvane").negated);
}

TEST_CASE("approves: approving a budget is no relation", "[relations]") {
  Fixture f("The Trade Ministry approved the budget.");
  f.state("Trade Ministry");
  CHECK(f.run().empty());
  REQUIRE(f.ex().diagnostics.size() == 1);
  CHECK(f.ex().diagnostics[0].reason == "object is not an actor");
}

TEST_CASE("approves: a receiver verb makes the subject the object", "[relations]") {
  Fixture f("Orvane received approval from the Trade Ministry.");
  f.m("Orvane", "orvane").state("Trade Ministry");
  expect_one(f.run(), kGov, kApproves, "orvane");
}

TEST_CASE("approves: green light multiword", "[relations]") {
  Fixture f("The Trade Ministry gave the green light to Veltrix.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  expect_one(f.run(), kGov, kApproves, "veltrix");
}

TEST_CASE("approves: product approved by a country in a headline", "[relations]") {
  Fixture f("Zephyr Chips Approved by Vesland\n\nMore text follows here.");
  f.m("Zephyr Chips", "zephyr").country("Vesland", "vesland");
  const Relation& r = expect_one(f.run(), "vesland-government", kApproves, "veltrix");
  CHECK(r.product == "zephyr");
}

// ---------------------------------------------------------------------------------------------
// bans

TEST_CASE("bans: active verb with country agent", "[relations]") {
  Fixture f("Norlund banned Orvane from its telecom networks.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  const Relation& r = expect_one(f.run(), kGov, kBans, "orvane");
  CHECK_FALSE(r.negated);
  CHECK_FALSE(r.hedged);
}

TEST_CASE("bans: passive with by-phrase", "[relations]") {
  Fixture f("Orvane was blacklisted by the Trade Ministry last year.");
  f.m("Orvane", "orvane").state("Trade Ministry");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("bans: a ban on Y by X", "[relations]") {
  Fixture f("A ban on Veltrix by the Trade Ministry took effect in May.");
  f.m("Veltrix", "veltrix").state("Trade Ministry");
  expect_one(f.run(), kGov, kBans, "veltrix");
}

TEST_CASE("bans: restrictions imposed by X on Y", "[relations]") {
  Fixture f("Sales fell after restrictions imposed by the Trade Ministry on Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("bans: state premodifier of a nominal trigger is the agent", "[relations]") {
  Fixture f("Norlund sanctions on Orvane hurt its sales.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("bans: possessive agent of a nominal trigger", "[relations]") {
  Fixture f("Investors worried about Vesland's ban on Kestrel Labs.");
  f.country("Vesland", "vesland").m("Kestrel Labs", "kestrel-labs");
  expect(f.run(), "vesland-government", kBans, "kestrel-labs");
}

TEST_CASE("bans: crack down on", "[relations]") {
  Fixture f("The Trade Ministry cracked down on Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("bans: a ban on smoking is no relation", "[relations]") {
  Fixture f("The Trade Ministry announced a ban on smoking.");
  f.state("Trade Ministry");
  CHECK(f.run().empty());
  CHECK_FALSE(f.ex().diagnostics.empty());
}

TEST_CASE("bans: coordinated objects give one relation each", "[relations]") {
  Fixture f("The Trade Ministry banned Veltrix and Orvane.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  CHECK(rels.size() == 2);
  expect(rels, kGov, kBans, "veltrix");
  expect(rels, kGov, kBans, "orvane");
}

TEST_CASE("bans: coordinated agents give one relation each", "[relations]") {
  Fixture f("Norlund and Vesland banned Orvane.");
  f.country("Norlund", "norlund").country("Vesland", "vesland").m("Orvane", "orvane");
  const auto& rels = f.run();
  CHECK(rels.size() == 2);
  expect(rels, kGov, kBans, "orvane");
  expect(rels, "vesland-government", kBans, "orvane");
}

TEST_CASE("bans: past prohibition of a product's export keeps the maker", "[relations]") {
  Fixture f(
      "Initially, the Trade Ministry had prohibited the export of Veltrix's Zephyr chips to "
      "Vesland.");
  f.state("Trade Ministry")
      .m("Veltrix", "veltrix")
      .m("Zephyr", "zephyr")
      .country("Vesland", "vesland");
  const Relation& r = expect_one(f.run(), kGov, kBans, "veltrix");
  CHECK(r.product == "zephyr");
}

TEST_CASE("bans: relative clause takes its antecedent as agent", "[relations]") {
  Fixture f("Veltrix met the Trade Ministry, which banned Orvane last year.");
  f.m("Veltrix", "veltrix").state("Trade Ministry").m("Orvane", "orvane");
  const Relation& r = expect(f.run(), kGov, kBans, "orvane");
  CHECK(r.evidence.rule == "bans.ban#relative");
}

TEST_CASE("bans: appositive between subject and verb is skipped", "[relations]") {
  Fixture f("The Trade Ministry, the country's top regulator, banned Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("bans: parenthetical with a place is skipped", "[relations]") {
  // Bans need a government agent (CONTRACT: regulators are organs of their state).
  Fixture f("The Trade Ministry, an agency based in Vesland, blocked Orvane.");
  f.state("Trade Ministry").country("Vesland", "vesland").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("bans: a company is no agent of a ban", "[relations]") {
  Fixture f("Veltrix blocked Orvane from its stores.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  CHECK(f.run().empty());
}

TEST_CASE("supplies: a government is no seller", "[relations]") {
  Fixture f("Vesland exports chips to Norlund.");
  f.country("Vesland", "vesland").country("Norlund", "norlund");
  CHECK(f.run().empty());
}

TEST_CASE("bans: reported speech with that gives the embedded agent", "[relations]") {
  Fixture f("Veltrix said that the Trade Ministry banned Orvane.");
  f.m("Veltrix", "veltrix").state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("bans: reported speech without that", "[relations]") {
  Fixture f("Analysts at Kestrel Labs said Norlund banned Orvane.");
  f.m("Kestrel Labs", "kestrel-labs").country("Norlund", "norlund").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("bans: reporting verb with a non-actor subject gives no agent", "[relations]") {
  Fixture f("Veltrix said officials banned Orvane.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  CHECK(f.run().empty());
}

TEST_CASE("bans: never is negation", "[relations]") {
  Fixture f("Norlund never banned Orvane.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kBans, "orvane").negated);
}

TEST_CASE("bans: refused to is negation", "[relations]") {
  Fixture f("The Trade Ministry refused to ban Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kBans, "orvane").negated);
}

TEST_CASE("bans: no ban is negation", "[relations]") {
  Fixture f("The Trade Ministry has imposed no ban on Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kBans, "orvane").negated);
}

TEST_CASE("bans: may is hedging", "[relations]") {
  Fixture f("Norlund may ban Orvane next year.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  const Relation& r = expect_one(f.run(), kGov, kBans, "orvane");
  CHECK(r.hedged);
  CHECK_FALSE(r.negated);
}

TEST_CASE("bans: reportedly is hedging", "[relations]") {
  Fixture f("The Trade Ministry reportedly banned Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kBans, "orvane").hedged);
}

TEST_CASE("bans: rumours suggest is hedging", "[relations]") {
  Fixture f("Rumours suggest Norlund will ban Orvane.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kBans, "orvane").hedged);
}

TEST_CASE("bans: plans to is hedging", "[relations]") {
  Fixture f("Norlund plans to ban Orvane.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kBans, "orvane").hedged);
}

TEST_CASE("bans: would consider is hedging", "[relations]") {
  Fixture f("The Trade Ministry would consider restrictions on Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kBans, "orvane").hedged);
}

TEST_CASE("bans: halting a company's shipments", "[relations]") {
  Fixture f("The Trade Ministry halted Orvane's shipments.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("bans: irregular past forbade", "[relations]") {
  Fixture f("Vesland forbade Kestrel Labs from bidding.");
  f.country("Vesland", "vesland").m("Kestrel Labs", "kestrel-labs");
  expect_one(f.run(), "vesland-government", kBans, "kestrel-labs");
}

// ---------------------------------------------------------------------------------------------
// control and causative frames

TEST_CASE("control: urged firms to avoid a product bans its maker", "[relations]") {
  Fixture f("The Trade Ministry urged local firms to avoid Veltrix's Zephyr chips.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").m("Zephyr", "zephyr");
  const Relation& r = expect_one(f.run(), kGov, kBans, "veltrix");
  CHECK(r.product == "zephyr");
  CHECK(r.evidence.rule == "bans.control-avoid#control_avoid");
}

TEST_CASE("control: product without possessive resolves through its maker", "[relations]") {
  Fixture f("Norlund told operators to avoid Zephyr processors.");
  f.country("Norlund", "norlund").m("Zephyr", "zephyr");
  const Relation& r = expect_one(f.run(), kGov, kBans, "veltrix");
  CHECK(r.product == "zephyr");
}

TEST_CASE("control: instructed to refrain from using", "[relations]") {
  Fixture f("Norlund instructed state banks to refrain from using Orvane software.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("control: told to stop buying from", "[relations]") {
  Fixture f("The Trade Ministry told companies to stop buying chips from Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("control: advised against using", "[relations]") {
  Fixture f("Norlund advised operators against using Kestrel Labs equipment.");
  f.country("Norlund", "norlund").m("Kestrel Labs", "kestrel-labs");
  expect_one(f.run(), kGov, kBans, "kestrel-labs");
}

TEST_CASE("control: told not to purchase", "[relations]") {
  Fixture f("Norlund told firms not to purchase Orvane products.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  const Relation& r = expect_one(f.run(), kGov, kBans, "orvane");
  CHECK_FALSE(r.negated);
}

TEST_CASE("control: advocating for firms to avoid products from", "[relations]") {
  Fixture f("Norlund is advocating for local firms to avoid products from Veltrix.");
  f.country("Norlund", "norlund").m("Veltrix", "veltrix");
  expect_one(f.run(), kGov, kBans, "veltrix");
}

TEST_CASE("control: subject found across verb-phrase coordination", "[relations]") {
  Fixture f(
      "Norlund officials are keen to promote local chipmakers and are thus advocating for banks "
      "to avoid products from Veltrix.");
  f.state("Norlund officials").m("Veltrix", "veltrix");
  expect_one(f.run(), kGov, kBans, "veltrix");
}

TEST_CASE("control: urged a company to do something else is pressure", "[relations]") {
  Fixture f("The Trade Ministry urged Veltrix to install tracking features in its chips.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  const Relation& r = expect_one(f.run(), kGov, kPressures, "veltrix");
  CHECK(r.evidence.rule == "pressures.control#control_other");
}

TEST_CASE("control: passive control with by-phrase", "[relations]") {
  Fixture f("Local banks were told by the Trade Ministry to stop using Orvane chips.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("control: headline with avoid and approved-by", "[relations]") {
  Fixture f("Norlund Urges Local Companies to Avoid Zephyr Chips Approved by Vesland\n\nBody.");
  f.country("Norlund", "norlund").m("Zephyr Chips", "zephyr").country("Vesland", "vesland");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(rels.size() == 2);
  expect(rels, kGov, kBans, "veltrix");
  expect(rels, "vesland-government", kApproves, "veltrix");
}

TEST_CASE("control: urged with a non-actor complement is no relation", "[relations]") {
  Fixture f("The Trade Ministry urged caution.");
  f.state("Trade Ministry");
  CHECK(f.run().empty());
}

TEST_CASE("control: the complement trigger is not a relation of its own", "[relations]") {
  Fixture f("Veltrix urged Norlund to ban Orvane.");
  f.m("Veltrix", "veltrix").country("Norlund", "norlund").m("Orvane", "orvane");
  expect_one(f.run(), "veltrix", kPressures, kGov);
}

// ---------------------------------------------------------------------------------------------
// pressures

TEST_CASE("pressures: pressured to share", "[relations]") {
  Fixture f("The Trade Ministry pressured Orvane to share its source code.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kPressures, "orvane");
}

TEST_CASE("pressures: threatened with fines", "[relations]") {
  Fixture f("The Trade Ministry threatened Veltrix with fines.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  expect(rels, kGov, kPressures, "veltrix");
  // The threatened fine is a possible sanction: at most a hedged ban.
  const Relation* ban = find(rels, kGov, kBans, "veltrix");
  if (ban != nullptr) CHECK(ban->hedged);
}

TEST_CASE("pressures: demanded that", "[relations]") {
  Fixture f("Norlund demanded that Orvane hand over customer data.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kPressures, "orvane");
}

TEST_CASE("pressures: rumours make it hedged", "[relations]") {
  Fixture f("Rumors surfaced that the Trade Ministry had urged Veltrix to implant trackers.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  CHECK(expect_one(f.run(), kGov, kPressures, "veltrix").hedged);
}

TEST_CASE("pressures: threatened to ban is a hedged ban, not pressure", "[relations]") {
  Fixture f("Norlund threatened to ban Orvane.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kBans, "orvane").hedged);
}

// ---------------------------------------------------------------------------------------------
// investigates

TEST_CASE("investigates: progressive active", "[relations]") {
  Fixture f("Norlund regulators are investigating Orvane.");
  f.state("Norlund regulators").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kInvestigates, "orvane");
}

TEST_CASE("investigates: conducting investigations into a product", "[relations]") {
  Fixture f("Norlund officials are conducting investigations into Veltrix's Zephyr chips.");
  f.state("Norlund officials").m("Veltrix", "veltrix").m("Zephyr", "zephyr");
  const Relation& r = expect_one(f.run(), kGov, kInvestigates, "veltrix");
  CHECK(r.product == "zephyr");
  CHECK(r.evidence.rule == "investigates.investigate#nominal");
}

TEST_CASE("investigates: possessive investigation into", "[relations]") {
  Fixture f("The Competition Bureau's investigation into Orvane widened.");
  f.m("Competition Bureau", "competition-bureau").m("Orvane", "orvane");
  expect_one(f.run(), "competition-bureau", kInvestigates, "orvane");
}

TEST_CASE("investigates: passive progressive with by", "[relations]") {
  Fixture f("Orvane is being probed by the Competition Bureau.");
  f.m("Orvane", "orvane").m("Competition Bureau", "competition-bureau");
  expect_one(f.run(), "competition-bureau", kInvestigates, "orvane");
}

TEST_CASE("investigates: faces a probe by", "[relations]") {
  Fixture f("Veltrix faces a probe by the Competition Bureau.");
  f.m("Veltrix", "veltrix").m("Competition Bureau", "competition-bureau");
  expect_one(f.run(), "competition-bureau", kInvestigates, "veltrix");
}

TEST_CASE("investigates: participle clause takes the main subject", "[relations]") {
  Fixture f("The Competition Bureau raided offices last week, questioning Orvane about prices.");
  f.m("Competition Bureau", "competition-bureau").m("Orvane", "orvane");
  const Relation& r = expect_one(f.run(), "competition-bureau", kInvestigates, "orvane");
  CHECK(r.evidence.rule == "investigates.investigate#participle");
}

TEST_CASE("investigates: look into", "[relations]") {
  Fixture f("The Competition Bureau will look into Orvane's pricing.");
  f.m("Competition Bureau", "competition-bureau").m("Orvane", "orvane");
  expect_one(f.run(), "competition-bureau", kInvestigates, "orvane");
}

TEST_CASE("investigates: a probe of Y by X", "[relations]") {
  Fixture f("A probe of Orvane by the Competition Bureau began in March.");
  f.m("Orvane", "orvane").m("Competition Bureau", "competition-bureau");
  expect_one(f.run(), "competition-bureau", kInvestigates, "orvane");
}

TEST_CASE("investigates: launched an inquiry into", "[relations]") {
  Fixture f("Vesland launched an inquiry into Kestrel Labs.");
  f.country("Vesland", "vesland").m("Kestrel Labs", "kestrel-labs");
  expect_one(f.run(), "vesland-government", kInvestigates, "kestrel-labs");
}

TEST_CASE("investigates: scrutinising British spelling", "[relations]") {
  Fixture f("Vesland is scrutinising Orvane.");
  f.country("Vesland", "vesland").m("Orvane", "orvane");
  expect_one(f.run(), "vesland-government", kInvestigates, "orvane");
}

// ---------------------------------------------------------------------------------------------
// competes

TEST_CASE("competes: trails behind", "[relations]") {
  Fixture f("Orvane trails behind Veltrix in the server market.");
  f.m("Orvane", "orvane").m("Veltrix", "veltrix");
  expect_one(f.run(), "orvane", kCompetes, "veltrix");
}

TEST_CASE("competes: comparative than", "[relations]") {
  Fixture f("Veltrix's Zephyr chips are more advanced than Orvane's alternatives.");
  f.m("Veltrix", "veltrix").m("Zephyr", "zephyr").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  REQUIRE(rels.size() == 1);
  CHECK(rels[0].type == kCompetes);
  CHECK(rels[0].agent == "veltrix");
  CHECK(rels[0].object == "orvane");
}

TEST_CASE("competes: comparative compared to", "[relations]") {
  Fixture f("Kestrel Labs sells faster chips compared to Orvane.");
  f.m("Kestrel Labs", "kestrel-labs").m("Orvane", "orvane");
  expect(f.run(), "kestrel-labs", kCompetes, "orvane");
}

TEST_CASE("competes: an alternative to", "[relations]") {
  Fixture f("Orvane offers an alternative to Veltrix.");
  f.m("Orvane", "orvane").m("Veltrix", "veltrix");
  expect_one(f.run(), "orvane", kCompetes, "veltrix");
}

TEST_CASE("competes: as an alternative to", "[relations]") {
  Fixture f("Orvane markets its processors as an alternative to Veltrix.");
  f.m("Orvane", "orvane").m("Veltrix", "veltrix");
  expect_one(f.run(), "orvane", kCompetes, "veltrix");
}

TEST_CASE("competes: rival in apposition", "[relations]") {
  Fixture f("Veltrix and its rival Orvane reported results.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  expect_one(f.run(), "veltrix", kCompetes, "orvane");
}

TEST_CASE("competes: compete with", "[relations]") {
  Fixture f("Orvane competes with Veltrix for data centre orders.");
  f.m("Orvane", "orvane").m("Veltrix", "veltrix");
  expect_one(f.run(), "orvane", kCompetes, "veltrix");
}

TEST_CASE("competes: outperformed", "[relations]") {
  Fixture f("Orvane outperformed Veltrix last quarter.");
  f.m("Orvane", "orvane").m("Veltrix", "veltrix");
  expect_one(f.run(), "orvane", kCompetes, "veltrix");
}

TEST_CASE("competes: a comparison with money is no relation", "[relations]") {
  Fixture f("Orvane earned more than 5 billion dollars.");
  f.m("Orvane", "orvane");
  CHECK(f.run().empty());
}

// ---------------------------------------------------------------------------------------------
// taxes

TEST_CASE("taxes: imposed a levy on", "[relations]") {
  Fixture f("The Trade Ministry imposed a 15% levy on Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kTaxes, "orvane");
}

TEST_CASE("taxes: commission imposed by X on sales from Y and Z", "[relations]") {
  Fixture f(
      "Following a 10% commission imposed by the Trade Ministry on chip sales from Veltrix and "
      "Orvane to Vesland, investors worried.");
  f.state("Trade Ministry")
      .m("Veltrix", "veltrix")
      .m("Orvane", "orvane")
      .country("Vesland", "vesland");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, kGov, kTaxes, "veltrix");
  expect(rels, kGov, kTaxes, "orvane");
  expect(rels, "veltrix", kSupplies, "vesland");
  expect(rels, "orvane", kSupplies, "vesland");
  CHECK(rels.size() == 4);
}

TEST_CASE("taxes: slapped tariffs on", "[relations]") {
  Fixture f("Norlund slapped tariffs on Kestrel Labs.");
  f.country("Norlund", "norlund").m("Kestrel Labs", "kestrel-labs");
  expect_one(f.run(), kGov, kTaxes, "kestrel-labs");
}

TEST_CASE("taxes: verb", "[relations]") {
  Fixture f("Vesland will tax Orvane heavily.");
  f.country("Vesland", "vesland").m("Orvane", "orvane");
  expect_one(f.run(), "vesland-government", kTaxes, "orvane");
}

// ---------------------------------------------------------------------------------------------
// lobbies

TEST_CASE("lobbies: active", "[relations]") {
  Fixture f("Veltrix lobbied the Trade Ministry for months.");
  f.m("Veltrix", "veltrix").state("Trade Ministry");
  expect_one(f.run(), "veltrix", kLobbies, kGov);
}

TEST_CASE("lobbies: a person acting for a company", "[relations]") {
  Fixture f("Veltrix CEO Jane Roe lobbied the Trade Ministry for an exemption.");
  f.m("Veltrix", "veltrix").m("Jane Roe", "jane-roe").state("Trade Ministry");
  const Relation& r = expect_one(f.run(), "veltrix", kLobbies, kGov);
  CHECK(r.via == "jane-roe");
}

TEST_CASE("lobbies: persuaded", "[relations]") {
  Fixture f("Orvane persuaded Norlund to drop the tariffs.");
  f.m("Orvane", "orvane").country("Norlund", "norlund");
  expect_one(f.run(), "orvane", kLobbies, kGov);
}

TEST_CASE("lobbies: made the case to", "[relations]") {
  Fixture f("Jane Roe made the case to Norlund officials in person.");
  f.m("Jane Roe", "jane-roe").state("Norlund officials");
  const Relation& r = expect_one(f.run(), "veltrix", kLobbies, kGov);
  CHECK(r.via == "jane-roe");
}

// ---------------------------------------------------------------------------------------------
// supplies

TEST_CASE("supplies: sells to", "[relations]") {
  Fixture f("Orvane sells its processors to Veltrix.");
  f.m("Orvane", "orvane").m("Veltrix", "veltrix");
  expect_one(f.run(), "orvane", kSupplies, "veltrix");
}

TEST_CASE("supplies: a destination country stays the country", "[relations]") {
  Fixture f("Veltrix shipped Zephyr chips to Vesland.");
  f.m("Veltrix", "veltrix").m("Zephyr", "zephyr").country("Vesland", "vesland");
  expect_one(f.run(), "veltrix", kSupplies, "vesland");
  CHECK(f.ex().actors[5].forms.empty());  // the government gained no form
}

TEST_CASE("supplies: buys from reverses the direction", "[relations]") {
  Fixture f("Kestrel Labs buys components from Orvane.");
  f.m("Kestrel Labs", "kestrel-labs").m("Orvane", "orvane");
  expect_one(f.run(), "orvane", kSupplies, "kestrel-labs");
}

TEST_CASE("supplies: seeks to reestablish sales in is hedged", "[relations]") {
  Fixture f("Orvane seeks to reestablish sales in Vesland.");
  f.m("Orvane", "orvane").country("Vesland", "vesland");
  CHECK(expect_one(f.run(), "orvane", kSupplies, "vesland").hedged);
}

TEST_CASE("supplies: supplies with", "[relations]") {
  Fixture f("Orvane supplies Veltrix with memory.");
  f.m("Orvane", "orvane").m("Veltrix", "veltrix");
  expect_one(f.run(), "orvane", kSupplies, "veltrix");
}

// ---------------------------------------------------------------------------------------------
// supports

TEST_CASE("supports: backed with subsidies", "[relations]") {
  Fixture f("Norlund backed Orvane with subsidies.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  expect(f.run(), kGov, kSupports, "orvane");
}

TEST_CASE("supports: invested in", "[relations]") {
  Fixture f("Kestrel Labs invested in Orvane last year.");
  f.m("Kestrel Labs", "kestrel-labs").m("Orvane", "orvane");
  expect_one(f.run(), "kestrel-labs", kSupports, "orvane");
}

TEST_CASE("supports: partnered with", "[relations]") {
  Fixture f("Veltrix partnered with Orvane on packaging.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  expect_one(f.run(), "veltrix", kSupports, "orvane");
}

TEST_CASE("supports: promoting a non-actor is no relation", "[relations]") {
  Fixture f("Norlund is keen to promote local chipmakers.");
  f.country("Norlund", "norlund");
  CHECK(f.run().empty());
}

// ---------------------------------------------------------------------------------------------
// accuses

TEST_CASE("accuses: accused of", "[relations]") {
  Fixture f("Norlund accused Orvane of spying.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kAccuses, "orvane");
}

TEST_CASE("accuses: apprehensive about (adjective)", "[relations]") {
  Fixture f("Norlund officials remain apprehensive about Veltrix's chips.");
  f.state("Norlund officials").m("Veltrix", "veltrix");
  const Relation& r = expect_one(f.run(), kGov, kAccuses, "veltrix");
  CHECK(r.evidence.rule == "accuses.accuse#adjective");
}

TEST_CASE("accuses: raised concerns about", "[relations]") {
  Fixture f("The Trade Ministry raised concerns about Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kAccuses, "orvane");
}

TEST_CASE("accuses: concern without an agent gives a diagnostic", "[relations]") {
  Fixture f("There is also concern regarding Orvane's accelerators.");
  f.m("Orvane", "orvane");
  CHECK(f.run().empty());
  REQUIRE_FALSE(f.ex().diagnostics.empty());
  CHECK(f.ex().diagnostics[0].reason == "no agent found");
}

TEST_CASE("accuses: relative clause worries about", "[relations]") {
  Fixture f("Doubts grew in Vesland, which worries about Orvane's software.");
  f.country("Vesland", "vesland").m("Orvane", "orvane");
  expect_one(f.run(), "vesland-government", kAccuses, "orvane");
}

TEST_CASE("accuses: criticized", "[relations]") {
  Fixture f("Norlund criticized Veltrix.");
  f.country("Norlund", "norlund").m("Veltrix", "veltrix");
  expect_one(f.run(), kGov, kAccuses, "veltrix");
}

// ---------------------------------------------------------------------------------------------
// denies

TEST_CASE("denies: rejected the allegations by", "[relations]") {
  Fixture f("Orvane firmly rejected the allegations by the Trade Ministry.");
  f.m("Orvane", "orvane").state("Trade Ministry");
  expect_one(f.run(), "orvane", kDenies, kGov);
}

TEST_CASE("denies: denied the accusations of a country", "[relations]") {
  Fixture f("Orvane denied Norlund's accusations.");
  f.m("Orvane", "orvane").country("Norlund", "norlund");
  expect_one(f.run(), "orvane", kDenies, kGov);
}

TEST_CASE("denies: denying allegations with no accuser is no relation", "[relations]") {
  Fixture f("Orvane denied the allegations.");
  f.m("Orvane", "orvane");
  CHECK(f.run().empty());
}

// ---------------------------------------------------------------------------------------------
// general rules

TEST_CASE("never a relation between an actor and itself", "[relations]") {
  Fixture f("Veltrix criticized its own Zephyr chips.");
  f.m("Veltrix", "veltrix").m("Zephyr", "zephyr");
  CHECK(f.run().empty());
  REQUIRE_FALSE(f.ex().diagnostics.empty());
  CHECK(f.ex().diagnostics[0].reason == "agent and object are the same actor");
}

TEST_CASE("never a relation with an unresolved mention", "[relations]") {
  Fixture f("It banned Orvane.");
  f.m("It", "-", MentionKind::kPronoun).m("Orvane", "orvane");
  CHECK(f.run().empty());
  REQUIRE_FALSE(f.ex().diagnostics.empty());
  CHECK(f.ex().diagnostics[0].reason == "agent is not resolved to an actor");
}

TEST_CASE("a product with no known maker is no object", "[relations]") {
  Fixture f("Norlund banned Quill tablets.");
  f.country("Norlund", "norlund").m("Quill", "quill");
  CHECK(f.run().empty());
  REQUIRE_FALSE(f.ex().diagnostics.empty());
  CHECK(f.ex().diagnostics[0].reason == "product has no known maker");
}

TEST_CASE("a trigger with no actor gives nothing", "[relations]") {
  Fixture f("Officials banned smoking in parks.");
  CHECK(f.run().empty());
  CHECK(f.ex().diagnostics.empty());
}

TEST_CASE("a trigger with one actor and no agent gives a diagnostic", "[relations]") {
  Fixture f("Officials banned Orvane.");
  f.m("Orvane", "orvane");
  CHECK(f.run().empty());
  REQUIRE(f.ex().diagnostics.size() == 1);
  CHECK(f.ex().diagnostics[0].reason == "no agent found");
  CHECK(f.ex().diagnostics[0].trigger == "banned");
}

TEST_CASE("evidence names the document, the sentence and the rule", "[relations]") {
  Fixture f("Orvane grew. Then Norlund banned Orvane.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  const Relation& r = expect_one(f.run(), kGov, kBans, "orvane");
  CHECK(r.evidence.document == "doc");
  CHECK(r.evidence.sentence_index == 1);
  const std::string_view text(f.doc().text);
  CHECK(text.substr(r.evidence.span.begin, r.evidence.span.end - r.evidence.span.begin) ==
        "Then Norlund banned Orvane.");
  CHECK(r.evidence.text == "Then Norlund banned Orvane.");
  CHECK(r.evidence.rule == "bans.ban#active");
}

TEST_CASE("confidence follows the strength of the frame", "[relations]") {
  Fixture active("Norlund banned Orvane.");
  active.country("Norlund", "norlund").m("Orvane", "orvane");
  Fixture nominal("Norlund imposed restrictions on Orvane.");
  nominal.country("Norlund", "norlund").m("Orvane", "orvane");
  const double a = expect_one(active.run(), kGov, kBans, "orvane").confidence;
  const double n = expect_one(nominal.run(), kGov, kBans, "orvane").confidence;
  CHECK(a > n);
  CHECK(a <= 1.0);
  CHECK(n > 0.0);
}

TEST_CASE("the same relation twice in a sentence is kept once", "[relations]") {
  Fixture f("Norlund banned Orvane and later imposed a ban on Orvane again.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(rels.size() == 1);
}

TEST_CASE("verb-phrase coordination keeps the first subject", "[relations]") {
  Fixture f("Norlund banned Orvane and approved Veltrix.");
  f.country("Norlund", "norlund").m("Orvane", "orvane").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(rels.size() == 2);
  expect(rels, kGov, kBans, "orvane");
  expect(rels, kGov, kApproves, "veltrix");
}

TEST_CASE("a subject inside a prepositional phrase is not the agent", "[relations]") {
  Fixture f("Officials in Norlund banned Orvane.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  CHECK(f.run().empty());
}

TEST_CASE("not only does not negate", "[relations]") {
  Fixture f("Norlund not only banned Orvane but also fined it.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  CHECK_FALSE(expect(f.run(), kGov, kBans, "orvane").negated);
}

TEST_CASE("bans: added to its entity list", "[relations]") {
  Fixture f("The Trade Ministry added Orvane and Kestrel Labs to its entity list.");
  f.state("Trade Ministry").m("Orvane", "orvane").m("Kestrel Labs", "kestrel-labs");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(rels.size() == 2);
  expect(rels, kGov, kBans, "orvane");
  expect(rels, kGov, kBans, "kestrel-labs");
}

TEST_CASE("bans: considering adding to a sanctions list is hedged", "[relations]") {
  Fixture f("Vesland is considering adding Orvane to its own sanctions list.");
  f.country("Vesland", "vesland").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), "vesland-government", kBans, "orvane").hedged);
}

TEST_CASE("a relative clause between subject and verb is skipped whole", "[relations]") {
  Fixture f("Norlund, which had backed the Competition Bureau's case, accused Orvane of fraud.");
  f.country("Norlund", "norlund")
      .m("Competition Bureau", "competition-bureau")
      .m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, kGov, kAccuses, "orvane");
  CHECK(find(rels, "competition-bureau", kAccuses, "orvane") == nullptr);
}

TEST_CASE("investigates: relative clause subject of a light verb", "[relations]") {
  Fixture f("The Competition Bureau, which opened an investigation into Orvane in March, met.");
  f.m("Competition Bureau", "competition-bureau").m("Orvane", "orvane");
  expect_one(f.run(), "competition-bureau", kInvestigates, "orvane");
}

TEST_CASE("denies: a denial answers the last accuser in the document", "[relations]") {
  Fixture f("Norlund accused Orvane of fraud. Orvane denied the allegations.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  const Relation& r = expect(rels, "orvane", kDenies, kGov);
  CHECK(r.evidence.sentence_index == 1);
  CHECK(r.evidence.rule == "denies.deny#discourse");
}

TEST_CASE("denies: rejecting remedies is no denial", "[relations]") {
  Fixture f("Norlund accused Orvane of fraud. Orvane rejected the remedies.");
  f.country("Norlund", "norlund").m("Orvane", "orvane");
  CHECK(f.run().size() == 1);
}

TEST_CASE("a participle modifying a noun is no active verb", "[relations]") {
  Fixture f("Vesland listed firms accused of helping Orvane.");
  f.country("Vesland", "vesland").m("Orvane", "orvane");
  CHECK(f.run().empty());
}

TEST_CASE("pressures: the object of a that-clause must open it", "[relations]") {
  Fixture f("Kestrel Labs warned that it relies on Orvane for parts.");
  f.m("Kestrel Labs", "kestrel-labs").m("Orvane", "orvane");
  CHECK(find(f.run(), "kestrel-labs", kPressures, "orvane") == nullptr);
}

TEST_CASE("pressures: came under pressure from", "[relations]") {
  Fixture f("Norlund came under pressure from Vesland.");
  f.country("Norlund", "norlund").country("Vesland", "vesland");
  expect_one(f.run(), "vesland-government", kPressures, kGov);
}

TEST_CASE("bans: government strips out a company's equipment", "[relations]") {
  Fixture f("Vesland ordered operators to strip out all Orvane equipment by 2027.");
  f.country("Vesland", "vesland").m("Orvane", "orvane");
  expect_one(f.run(), "vesland-government", kBans, "orvane");
}

TEST_CASE("bans: a company removing parts is not a ban", "[relations]") {
  Fixture f("Veltrix will strip Orvane parts from its servers.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  CHECK(f.run().empty());
}

TEST_CASE("competes: appositive rivals of a possessor", "[relations]") {
  Fixture f("Veltrix and Kestrel Labs, Orvane's main rivals, expect new orders.");
  f.m("Veltrix", "veltrix").m("Kestrel Labs", "kestrel-labs").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  std::string diags;
  for (const Diagnostic& d : f.ex().diagnostics)
    diags += d.trigger + ": " + d.reason + "\n";
  INFO(diags);
  CHECK(rels.size() == 2);
}

TEST_CASE("negation: stops short of a ban", "[relations]") {
  Fixture f("The Trade Ministry stopped short of a ban on Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kBans, "orvane").negated);
}

// ---- lexicon coverage and fallback frames ----

TEST_CASE("bans: a fine is a sanction", "[relations]") {
  Fixture f("The Trade Ministry fined Veltrix $3 million on Monday.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  expect_one(f.run(), kGov, kBans, "veltrix");
}

TEST_CASE("accuses: a sanction for wrongdoing also accuses", "[relations]") {
  Fixture f("The Trade Ministry fined Veltrix $3 million for misleading buyers.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  CHECK(expect(rels, kGov, kAccuses, "veltrix").evidence.rule == "accuses.sanction-reason#active");
}

TEST_CASE("accuses: a sanction for a plain reason accuses nobody", "[relations]") {
  Fixture f("The Trade Ministry banned Orvane for two years.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("bans: a fine imposed on two companies across a parenthesis", "[relations]") {
  Fixture f(
      "The Trade Ministry imposed a fine of 2 million (about $2.2 million) each on Veltrix and "
      "Orvane.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  expect(rels, kGov, kBans, "orvane");
}

TEST_CASE("bans: negated fine", "[relations]") {
  Fixture f("The Trade Ministry did not fine Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kBans, "orvane").negated);
}

TEST_CASE("fallback: agentless fine names the government where it happened", "[relations]") {
  Fixture f("Veltrix and Orvane were fined 5 million euros in Vesland.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane").country("Vesland", "vesland");
  const auto& rels = f.run();
  const Relation& r = expect(rels, "vesland-government", kBans, "veltrix");
  CHECK(r.evidence.rule == "bans.ban#fallback");
  CHECK(r.confidence < 0.8);
  expect(rels, "vesland-government", kBans, "orvane");
}

TEST_CASE("fallback: receiving a fine in a country", "[relations]") {
  Fixture f("Veltrix was hit with a 20 million fine in Vesland over data use.");
  f.m("Veltrix", "veltrix").country("Vesland", "vesland");
  expect_one(f.run(), "vesland-government", kBans, "veltrix");
}

TEST_CASE("fallback: an agentless passive accusation is the authorities'", "[relations]") {
  Fixture f("Orvane was accused in Vesland of hiding defects.");
  f.m("Orvane", "orvane").country("Vesland", "vesland");
  expect_one(f.run(), "vesland-government", kAccuses, "orvane");
}

TEST_CASE("fallback: an agentless active accusation gets no government agent", "[relations]") {
  Fixture f("Critics in Vesland accused Orvane of hiding defects.");
  f.m("Orvane", "orvane").country("Vesland", "vesland");
  CHECK(f.run().empty());
}

TEST_CASE("fallback: according to X is no agent", "[relations]") {
  Fixture f("According to Veltrix, a probe into Orvane has begun.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  CHECK(f.run().empty());
}

TEST_CASE("fallback: a reporting verb's subject is no agent", "[relations]") {
  Fixture f("Veltrix said on Monday that a probe into Orvane had begun.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  CHECK(f.run().empty());
}

TEST_CASE("fallback: the subject of another trigger verb is not guessed for a nominal",
          "[relations]") {
  Fixture f("The Trade Ministry prohibited the export of Veltrix's chips to Vesland.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").country("Vesland", "vesland");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  CHECK(find(rels, kGov, RelationType::kSupplies, "vesland") == nullptr);
  CHECK(find(rels, kGov, RelationType::kSupplies, "veltrix") == nullptr);
}

TEST_CASE("accuses: lashed out at", "[relations]") {
  Fixture f("Veltrix lashed out at the Trade Ministry over the new rules.");
  f.m("Veltrix", "veltrix").state("Trade Ministry");
  expect_one(f.run(), "veltrix", kAccuses, kGov);
}

TEST_CASE("accuses: dissatisfied with", "[relations]") {
  Fixture f("Vesland is strongly dissatisfied with Orvane.");
  f.country("Vesland", "vesland").m("Orvane", "orvane");
  expect_one(f.run(), "vesland-government", kAccuses, "orvane");
}

TEST_CASE("accuses: opposition to a company's deal", "[relations]") {
  Fixture f("The Trade Ministry voiced its opposition to Veltrix's takeover plan.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  expect_one(f.run(), kGov, kAccuses, "veltrix");
}

TEST_CASE("accuses: a complaint to a body is no accusation of it", "[relations]") {
  Fixture f("Vesland took its complaint to the Competition Bureau.");
  f.country("Vesland", "vesland").m("Competition Bureau", "competition-bureau");
  CHECK(f.run().empty());
}

TEST_CASE("denies: disagreed with", "[relations]") {
  Fixture f("Veltrix disagreed with the Trade Ministry.");
  f.m("Veltrix", "veltrix").state("Trade Ministry");
  expect_one(f.run(), "veltrix", kDenies, kGov);
}

TEST_CASE("denies: appealing a decision answers whoever sanctioned", "[relations]") {
  Fixture f(
      "The Trade Ministry fined Veltrix and Orvane. Veltrix and Orvane plan to appeal "
      "against the ruling.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  CHECK(expect(rels, "veltrix", kDenies, kGov).hedged);
  CHECK(expect(rels, "orvane", kDenies, kGov).hedged);
}

TEST_CASE("supports: hailed a decision of a government", "[relations]") {
  Fixture f("Orvane hailed the Trade Ministry's decision.");
  f.m("Orvane", "orvane").state("Trade Ministry");
  expect_one(f.run(), "orvane", kSupports, kGov);
}

TEST_CASE("supports: awarded a grant", "[relations]") {
  Fixture f("The Trade Ministry awarded Veltrix a grant of $40 million.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  expect_one(f.run(), kGov, kSupports, "veltrix");
}

TEST_CASE("taxes: a rate set for a company", "[relations]") {
  Fixture f("The Trade Ministry set a rate of 20% for Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kTaxes, "orvane");
}

TEST_CASE("pressures: an adverb between auxiliary and control verb", "[relations]") {
  Fixture f("Norlund and Vesland have both urged Orvane to keep its prices low.");
  f.country("Norlund", "norlund").country("Vesland", "vesland").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, kGov, kPressures, "orvane");
  expect(rels, "vesland-government", kPressures, "orvane");
}

TEST_CASE("control: a possessive pronoun before the one told is not the one told", "[relations]") {
  Fixture f("Vesland ordered its operators to strip out all Orvane equipment.");
  f.country("Vesland", "vesland").m("its", "vesland-government").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, "vesland-government", kBans, "orvane");
  CHECK(rels.size() == 1);
}

TEST_CASE("discourse: an agentless probe is the government named just before", "[relations]") {
  Fixture f("The Trade Ministry opened a case last month. The probe targets Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  const Relation& r = expect_one(f.run(), kGov, kInvestigates, "orvane");
  CHECK(r.evidence.rule == "investigates.investigate#discourse");
}

TEST_CASE("discourse: a state organ earlier in the sentence", "[relations]") {
  Fixture f("The Trade Ministry said it was examining the evidence against Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kInvestigates, "orvane");
}

TEST_CASE("discourse: approvals are not guessed from the discourse", "[relations]") {
  Fixture f("The Trade Ministry met on Monday. Orvane then obtained export licences.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(f.run().empty());
}

TEST_CASE("discourse: too far back is no agent", "[relations]") {
  Fixture f(
      "The Trade Ministry met on Monday. Prices rose. Sales fell. Shares slid. The probe "
      "targets Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(f.run().empty());
}

TEST_CASE("discourse: criticising the decision accuses the decider", "[relations]") {
  Fixture f("The Trade Ministry fined Orvane on Friday. Veltrix criticised the decision.");
  f.state("Trade Ministry").m("Orvane", "orvane").m("Veltrix", "veltrix");
  const Relation& r = expect(f.run(), "veltrix", kAccuses, kGov);
  CHECK(r.evidence.rule == "accuses.accuse#discourse");
}

TEST_CASE("discourse: welcoming the ruling supports the decider", "[relations]") {
  Fixture f("The Trade Ministry banned Orvane. Veltrix welcomed the ruling.");
  f.state("Trade Ministry").m("Orvane", "orvane").m("Veltrix", "veltrix");
  expect(f.run(), "veltrix", kSupports, kGov);
}

TEST_CASE("discourse: an intransitive appeal denies the sanctioner", "[relations]") {
  Fixture f("The Trade Ministry fined Orvane. Orvane said it would appeal.");
  f.state("Trade Ministry").m("Orvane", "orvane").m("it", "orvane");
  CHECK(expect(f.run(), "orvane", kDenies, kGov).hedged);
}

TEST_CASE("discourse: a heading takes no agent from before", "[relations]") {
  Fixture f("The Trade Ministry banned Orvane.\n\nInquiry into Orvane Chips\n\nPrices rose.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  const auto& rels = f.run();
  CHECK(find(rels, kGov, kInvestigates, "orvane") == nullptr);
}

TEST_CASE("lobbies: lobbying in a capital", "[relations]") {
  Fixture f("Veltrix spent $2 million on lobbying in Vesland last year.");
  f.m("Veltrix", "veltrix").country("Vesland", "vesland");
  expect_one(f.run(), "veltrix", kLobbies, "vesland-government");
}

TEST_CASE("nominal: a verb ends the noun's phrase", "[relations]") {
  Fixture f("Veltrix made an investment of 7 million that is dwarfed by Vesland's.");
  f.m("Veltrix", "veltrix").country("Vesland", "vesland");
  CHECK(f.run().empty());
}

TEST_CASE("supplies: relying on a supplier", "[relations]") {
  Fixture f("Veltrix relies on Orvane for most of its motor controllers.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  expect_one(f.run(), "orvane", kSupplies, "veltrix");
}

TEST_CASE("supplies: a company's clients include", "[relations]") {
  Fixture f("Orvane's clients include Veltrix and several smaller shops.");
  f.m("Orvane", "orvane").m("Veltrix", "veltrix");
  expect_one(f.run(), "orvane", kSupplies, "veltrix");
}

TEST_CASE("supports: shareholders include", "[relations]") {
  Fixture f("Orvane's shareholders include Veltrix and Kestrel Labs.");
  f.m("Orvane", "orvane").m("Veltrix", "veltrix").m("Kestrel Labs", "kestrel-labs");
  const auto& rels = f.run();
  expect(rels, "veltrix", kSupports, "orvane");
  expect(rels, "kestrel-labs", kSupports, "orvane");
}

TEST_CASE("supports: cooperation is no support", "[relations]") {
  Fixture f("Vesland hoped Norlund would honour its cooperation with Orvane.");
  f.country("Vesland", "vesland").country("Norlund", "norlund").m("Orvane", "orvane");
  CHECK(find(f.run(), kGov, kSupports, "orvane") == nullptr);
}

TEST_CASE("coordination: a repeated preposition continues the list", "[relations]") {
  Fixture f("Vesland handed out grants to Veltrix and to Orvane's new plants.");
  f.country("Vesland", "vesland").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, "vesland-government", kSupports, "veltrix");
  expect(rels, "vesland-government", kSupports, "orvane");
}

TEST_CASE("discourse: licences granted to the company a government restricted", "[relations]") {
  Fixture f("The Trade Ministry banned Orvane in April. Licences were then granted to Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, kGov, kApproves, "orvane");
}

TEST_CASE("bans: passive control, ordered by Y to halt sales", "[relations]") {
  Fixture f("Orvane had not been ordered by the Trade Ministry to halt any sales to Vesland.");
  f.m("Orvane", "orvane").state("Trade Ministry").country("Vesland", "vesland");
  const Relation* r = find(f.run(), kGov, kBans, "orvane");
  REQUIRE(r != nullptr);
  CHECK(r->negated);
}

TEST_CASE("deal: opposing the deal accuses the company last acted on", "[relations]") {
  Fixture f("The Trade Ministry blocked Veltrix on Monday. The Trade Ministry opposed the deal.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  const Relation& r = expect(f.run(), kGov, kAccuses, "veltrix");
  CHECK(r.evidence.rule == "accuses.oppose#deal");
}

TEST_CASE("deal: an objection to the deal names the company earlier in the sentence",
          "[relations]") {
  Fixture f(
      "Veltrix called off its purchase after the Trade Ministry signalled its objection to "
      "the deal.");
  f.m("Veltrix", "veltrix").state("Trade Ministry");
  expect(f.run(), kGov, kAccuses, "veltrix");
}

TEST_CASE("deal: no deal word, no guessed party", "[relations]") {
  Fixture f("Veltrix grew quickly. The Trade Ministry opposed the plan.");
  f.m("Veltrix", "veltrix").state("Trade Ministry");
  CHECK(f.run().empty());
}

TEST_CASE("taxes: a numeric apposition between the rate and its company", "[relations]") {
  Fixture f("The Trade Ministry set the highest rate, 35.3%, for Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kTaxes, "orvane");
}

TEST_CASE("fallback: examples after such as are objects", "[relations]") {
  Fixture f(
      "The Trade Ministry opened a case last week. The probe targeted firms such as Orvane "
      "and Veltrix.");
  f.state("Trade Ministry").m("Orvane", "orvane").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  expect(rels, kGov, kInvestigates, "orvane");
  expect(rels, kGov, kInvestigates, "veltrix");
}

TEST_CASE("approves: refusing a company's request is a negated approval", "[relations]") {
  Fixture f("The Trade Ministry has so far refused Orvane's request for a longer grace period.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kApproves, "orvane").negated);
}

TEST_CASE("approves: rejecting an application is no denial", "[relations]") {
  Fixture f("The Trade Ministry rejected Veltrix's application for an export licence.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  CHECK(expect_one(rels, kGov, kApproves, "veltrix").negated);
  CHECK(find(rels, kGov, kDenies, "veltrix") == nullptr);
}

TEST_CASE("approves: turning down a request of two companies", "[relations]") {
  Fixture f("The Trade Ministry turned down Orvane and Veltrix's joint petition.");
  f.state("Trade Ministry").m("Orvane", "orvane").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  CHECK(expect(rels, kGov, kApproves, "veltrix").negated);
}

TEST_CASE("pressures: stopping short of ordering someone to act is negated", "[relations]") {
  Fixture f("The Trade Ministry stopped short of ordering Orvane to erase the records.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(expect_one(f.run(), kGov, kPressures, "orvane").negated);
}

TEST_CASE("pressures: an infinitive the lexicon does not know", "[relations]") {
  Fixture f("The Trade Ministry instructed Veltrix to delete the customer files.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  CHECK_FALSE(expect_one(f.run(), kGov, kPressures, "veltrix").negated);
}

TEST_CASE("quotes: a subject outside a quote, its verb inside", "[relations]") {
  Fixture f("Orvane said it \"firmly denied\" the Trade Ministry's allegations.");
  f.m("Orvane", "orvane").m("it", "orvane").state("Trade Ministry");
  expect(f.run(), "orvane", kDenies, kGov);
}

TEST_CASE("taxes: a list of rates names one company each", "[relations]") {
  Fixture f(
      "The Trade Ministry imposed duties of 17.4% for Veltrix, 20% for Orvane and 35.3% for "
      "Kestrel Labs.");
  f.state("Trade Ministry")
      .m("Veltrix", "veltrix")
      .m("Orvane", "orvane")
      .m("Kestrel Labs", "kestrel-labs");
  const auto& rels = f.run();
  expect(rels, kGov, kTaxes, "veltrix");
  expect(rels, kGov, kTaxes, "orvane");
  expect(rels, kGov, kTaxes, "kestrel-labs");
}

TEST_CASE("taxes: a rate list stops at a phrase that is no rate", "[relations]") {
  Fixture f("The Trade Ministry set tariffs of 12% on Veltrix, a supplier of Orvane.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, kGov, kTaxes, "veltrix");
  CHECK(find(rels, kGov, kTaxes, "orvane") == nullptr);
}

TEST_CASE("headlines: a past participle after the subject is passive", "[relations]") {
  Fixture f("Orvane fined 2 million by Trade Ministry\n\nThe case took two years.");
  f.m("Orvane", "orvane").state("Trade Ministry");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "orvane");
  CHECK(find(rels, "orvane", kBans, kGov) == nullptr);
}

TEST_CASE("negation: an earlier clause's not does not reach the next", "[relations]") {
  Fixture f("The Trade Ministry did not name Vesland as the target, but it banned Orvane.");
  f.state("Trade Ministry").country("Vesland", "vesland").state("it").m("Orvane", "orvane");
  CHECK_FALSE(expect_one(f.run(), kGov, kBans, "orvane").negated);
}

TEST_CASE("negation: not only ... but also asserts both", "[relations]") {
  Fixture f("The Trade Ministry not only banned Veltrix but also fined Orvane.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  CHECK_FALSE(expect(rels, kGov, kBans, "veltrix").negated);
  CHECK_FALSE(expect(rels, kGov, kBans, "orvane").negated);
}

TEST_CASE("negation: rather than competing", "[relations]") {
  Fixture f("Veltrix said it would partner with Orvane rather than compete with Kestrel Labs.");
  f.m("Veltrix", "veltrix")
      .m("it", "veltrix")
      .m("Orvane", "orvane")
      .m("Kestrel Labs", "kestrel-labs");
  CHECK(expect(f.run(), "veltrix", kCompetes, "kestrel-labs").negated);
}

TEST_CASE("objects: a common noun renamed by an apposition", "[relations]") {
  Fixture f("The Trade Ministry banned the region's biggest chipmaker, Orvane, last week.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  expect_one(f.run(), kGov, kBans, "orvane");
}

TEST_CASE("objects: no apposition when a clause follows the comma", "[relations]") {
  Fixture f("The Trade Ministry banned the imports, Orvane said.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(find(f.run(), kGov, kBans, "orvane") == nullptr);
}

TEST_CASE("taxes: paying a levy to a government", "[relations]") {
  Fixture f("Orvane will pay a levy of 5% to the Trade Ministry on every unit.");
  f.m("Orvane", "orvane").state("Trade Ministry");
  expect_one(f.run(), kGov, kTaxes, "orvane");
}

TEST_CASE("taxes: paid to someone unnamed gives no relation", "[relations]") {
  Fixture f("The Trade Ministry opened a review. Orvane pays no fee to them.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(find(f.run(), kGov, kTaxes, "orvane") == nullptr);
}

TEST_CASE("bans: restricting exports to a country bans its government", "[relations]") {
  Fixture f("The Trade Ministry restricted chip exports to Vesland.");
  f.state("Trade Ministry").country("Vesland", "vesland");
  expect(f.run(), kGov, kBans, "vesland-government");
}

TEST_CASE("bans: curbs on sales to a country", "[relations]") {
  Fixture f("The Trade Ministry is planning new curbs on sales of lithography tools to Vesland.");
  f.state("Trade Ministry").country("Vesland", "vesland");
  expect(f.run(), kGov, kBans, "vesland-government");
}

TEST_CASE("bans: curbs that others are pressed to tighten are not the presser's", "[relations]") {
  Fixture f("The Trade Ministry asked its allies to tighten curbs on chip sales to Vesland.");
  f.state("Trade Ministry").country("Vesland", "vesland");
  CHECK(find(f.run(), kGov, kBans, "vesland-government") == nullptr);
}

TEST_CASE("bans: adding companies to its own list, whatever 'its' was resolved to", "[relations]") {
  Fixture f(
      "The Trade Ministry is considering adding Veltrix and Orvane to its own sanctions list.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").m("Orvane", "orvane").m("its", "orvane");
  const auto& rels = f.run();
  CHECK(expect(rels, kGov, kBans, "veltrix").hedged);
  CHECK(expect(rels, kGov, kBans, "orvane").hedged);
}

TEST_CASE("taxes: duties that do not apply to a company are a negated tax", "[relations]") {
  Fixture f(
      "The Trade Ministry imposed duties on Orvane in March. The duties do not apply to "
      "Veltrix's hybrid models.");
  f.state("Trade Ministry").m("Orvane", "orvane").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  CHECK_FALSE(expect(rels, kGov, kTaxes, "orvane").negated);
  CHECK(expect(rels, kGov, kTaxes, "veltrix").negated);
}

TEST_CASE("bans: sanctions that target companies", "[relations]") {
  Fixture f("The Trade Ministry announced new measures. The sanctions target Orvane.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK_FALSE(expect(f.run(), kGov, kBans, "orvane").negated);
}

TEST_CASE("accuses: calling a decision unfair, the quote around the word too", "[relations]") {
  Fixture f("Orvane called the levy imposed by the Trade Ministry \"unjustified\".");
  f.m("Orvane", "orvane").state("Trade Ministry");
  expect(f.run(), "orvane", kAccuses, kGov);
}

TEST_CASE("accuses: describing someone's ruling as discriminatory", "[relations]") {
  Fixture f("Veltrix described the Trade Ministry's ruling as discriminatory.");
  f.m("Veltrix", "veltrix").state("Trade Ministry");
  expect_one(f.run(), "veltrix", kAccuses, kGov);
}

TEST_CASE("accuses: calling without a critical word is nothing", "[relations]") {
  Fixture f("Veltrix called the Trade Ministry's ruling a turning point.");
  f.m("Veltrix", "veltrix").state("Trade Ministry");
  CHECK(find(f.run(), "veltrix", kAccuses, kGov) == nullptr);
}

TEST_CASE("competes: several modifiers between the possessive and rival", "[relations]") {
  Fixture f("Veltrix and Kestrel Labs, Orvane's main European rivals, are expected to win.");
  f.m("Veltrix", "veltrix").m("Kestrel Labs", "kestrel-labs").m("Orvane", "orvane");
  const auto& rels = f.run();
  CHECK(find(rels, "orvane", kCompetes, "veltrix") != nullptr);
  CHECK(find(rels, "orvane", kCompetes, "kestrel-labs") != nullptr);
}

TEST_CASE("competes: a single rival with two adjectives", "[relations]") {
  Fixture f("Kestrel Labs, Veltrix's largest domestic rival, declined to comment.");
  f.m("Kestrel Labs", "kestrel-labs").m("Veltrix", "veltrix");
  CHECK(find(f.run(), "veltrix", kCompetes, "kestrel-labs") != nullptr);
}

TEST_CASE("supplies: a company's customers include the buyers", "[relations]") {
  Fixture f("Veltrix's customers include Orvane and Kestrel Labs.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane").m("Kestrel Labs", "kestrel-labs");
  const auto& rels = f.run();
  CHECK(find(rels, "veltrix", kSupplies, "orvane") != nullptr);
  CHECK(find(rels, "veltrix", kSupplies, "kestrel-labs") != nullptr);
}

TEST_CASE("supplies: clients included a buyer", "[relations]") {
  Fixture f("Orvane's largest clients included Veltrix last year.");
  f.m("Orvane", "orvane").m("Veltrix", "veltrix");
  CHECK(find(f.run(), "orvane", kSupplies, "veltrix") != nullptr);
}

TEST_CASE("lobbies: a company meeting government officials", "[relations]") {
  Fixture f("Veltrix executives met Trade Ministry officials twice in May.");
  f.m("Veltrix", "veltrix").state("Trade Ministry officials");
  expect(f.run(), "veltrix", kLobbies, kGov);
}

TEST_CASE("lobbies: meeting another company is no lobbying", "[relations]") {
  Fixture f("Veltrix met Orvane to discuss a joint venture.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  CHECK(find(f.run(), "veltrix", kLobbies, "orvane") == nullptr);
}

TEST_CASE("lobbies: a government meeting a company is no lobbying", "[relations]") {
  Fixture f("The Trade Ministry met Orvane on Friday.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  CHECK(find(f.run(), kGov, kLobbies, "orvane") == nullptr);
}

TEST_CASE("lobbies: lobbying for a law aims at the government named before", "[relations]") {
  Fixture f("The Trade Ministry drafted a subsidy law in April. Orvane had lobbied for the law.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  const Relation& r = expect(f.run(), "orvane", kLobbies, kGov);
  CHECK(r.evidence.rule == "lobbies.lobby#discourse");
}

TEST_CASE("lobbies: lobbying for a law with no government around is nothing", "[relations]") {
  Fixture f("Orvane had lobbied against the law for years.");
  f.m("Orvane", "orvane");
  CHECK(f.run().empty());
}

TEST_CASE("approves: an agentless passive approval of the deal", "[relations]") {
  Fixture f(
      "The Trade Ministry opened an investigation into Orvane. The deal was approved on "
      "Tuesday after Orvane offered concessions.");
  f.state("Trade Ministry").m("Orvane", "orvane");
  const Relation& r = expect(f.run(), kGov, kApproves, "orvane");
  CHECK(r.evidence.rule == "approves.approve#deal");
}

TEST_CASE("approves: an agentless approved deal with no earlier act is nothing", "[relations]") {
  Fixture f("Orvane announced a merger. The deal was approved after Orvane offered concessions.");
  f.m("Orvane", "orvane");
  CHECK(f.run().empty());
}

TEST_CASE("competes: a government is no rival of a company", "[relations]") {
  Fixture f("Orvane said the Trade Ministry had become its fiercest rival.");
  f.m("Orvane", "orvane").state("Trade Ministry");
  const auto& rels = f.run();
  CHECK(find(rels, "orvane", kCompetes, kGov) == nullptr);
  CHECK(find(rels, kGov, kCompetes, "orvane") == nullptr);
}

TEST_CASE("competes: two states may rival each other", "[relations]") {
  Fixture f("Norlund rivals Vesland in chip output.");
  f.state("Norlund").state("Vesland", "vesland-government");
  expect(f.run(), kGov, kCompetes, "vesland-government");
}

TEST_CASE("denies: appealing a decision answers the authority, not the complainant",
          "[relations]") {
  Fixture f(
      "The Trade Ministry fined Veltrix. Orvane had accused Veltrix of abuse. Veltrix will "
      "appeal the decision.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  CHECK(find(rels, "veltrix", kDenies, "orvane") == nullptr);
  expect(rels, "veltrix", kDenies, kGov);
}

TEST_CASE("denies: denying the allegations still answers the last accuser", "[relations]") {
  Fixture f("Orvane accused Veltrix of copying its design. Veltrix denied the allegations.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  expect(f.run(), "veltrix", kDenies, "orvane");
}

// ---------------------------------------------------------------------------------------------
// Frames added for real-news phrasing (dev set round 1)

TEST_CASE("emit: an object that is one of the coordinated agents is no other party",
          "[relations]") {
  Fixture f("Veltrix and Orvane disagreed with the ruling and plan to appeal against it.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane").m("it", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, "veltrix", kDenies, "orvane") == nullptr);
  CHECK(find(rels, "orvane", kDenies, "veltrix") == nullptr);
}

TEST_CASE("denies: disagreeing with an authority's decision answers that authority",
          "[relations]") {
  Fixture f(
      "The Trade Ministry fined Veltrix on Monday. Veltrix disagreed with the ministry's "
      "decision.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  expect(f.run(), "veltrix", kDenies, kGov);
}

TEST_CASE("denies: 'decided to appeal against the fines' is a verb after an infinitive verb",
          "[relations]") {
  Fixture f(
      "The Trade Ministry fined Veltrix and Orvane. Veltrix and Orvane have decided to appeal "
      "against the fines.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, "veltrix", kDenies, kGov);
  expect(rels, "orvane", kDenies, kGov);
}

TEST_CASE("deal: the buyer of a deal is the party of a later 'objection to the deal'",
          "[relations]") {
  Fixture f(
      "Veltrix's bid to buy Orvane was called off on Monday. The Trade Ministry had signaled its "
      "objection to the deal.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane").state("Trade Ministry");
  const auto& rels = f.run();
  expect(rels, kGov, kAccuses, "veltrix");
  CHECK(find(rels, kGov, kAccuses, "orvane") == nullptr);
}

TEST_CASE("deal: a probe into 'the proposed acquisition' targets the buyer", "[relations]") {
  Fixture f(
      "Veltrix agreed to acquire Orvane in 2022. The Trade Ministry launched a probe into the "
      "proposed acquisition. The ministry later cleared the deal.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane").state("Trade Ministry").state("ministry");
  const auto& rels = f.run();
  expect(rels, kGov, kInvestigates, "veltrix");
  expect(rels, kGov, kApproves, "veltrix");
  CHECK(find(rels, kGov, kInvestigates, "orvane") == nullptr);
}

TEST_CASE("pressures: a fronted 'under pressure from X' acts on the clause's subject",
          "[relations]") {
  Fixture f("Under pressure from Vesland, the Trade Ministry has not renewed the licences.");
  f.state("Vesland", "vesland-government").state("Trade Ministry");
  expect_one(f.run(), "vesland-government", kPressures, kGov);
}

TEST_CASE("pressures: 'despite warnings from X' acts on the subject before it", "[relations]") {
  Fixture f("Norlund has ordered the removal of Veltrix equipment despite warnings from Vesland.");
  f.state("Norlund").m("Veltrix", "veltrix").state("Vesland", "vesland-government");
  const auto& rels = f.run();
  expect(rels, "vesland-government", kPressures, kGov);
  CHECK(find(rels, "vesland-government", kPressures, "veltrix") == nullptr);
}

TEST_CASE("accuses: 'following opposition from regulators' targets the subject", "[relations]") {
  Fixture f(
      "Veltrix is abandoning its plan to purchase the robot maker Orvane following opposition "
      "from competition regulators.");
  f.m("Veltrix", "veltrix").m("its", "veltrix").m("Orvane", "orvane").state("regulators");
  const auto& rels = f.run();
  expect(rels, kGov, kAccuses, "veltrix");
  CHECK(find(rels, "orvane", kAccuses, kGov) == nullptr);
}

TEST_CASE("circumstance: a probe after the subject's fine is not the subject's probe",
          "[relations]") {
  Fixture f(
      "Veltrix was fined by the Trade Ministry following the conclusion of an inquiry into "
      "Orvane's transfers.");
  f.m("Veltrix", "veltrix").state("Trade Ministry").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, "veltrix", kInvestigates, "orvane") == nullptr);
}

TEST_CASE("accuses: a reported breach accuses the one who broke the rules", "[relations]") {
  SECTION("said with a modifier name before the culprit") {
    Fixture f(
        "The Trade Ministry (TM) has stated the Vesland chip giant Veltrix violated the law.");
    f.state("Trade Ministry").state("TM").country("Vesland", "vesland").m("Veltrix", "veltrix");
    expect(f.run(), kGov, kAccuses, "veltrix");
  }
  SECTION("found that, with a possessive breach noun") {
    Fixture f("The Competition Bureau found that Orvane's infringement was very serious.");
    f.m("Competition Bureau", "competition-bureau").m("Orvane", "orvane");
    expect(f.run(), "competition-bureau", kAccuses, "orvane");
  }
  SECTION("a probe found violations by the company, as the regulator revealed") {
    Fixture f("The Trade Ministry revealed that an early probe found violations by Veltrix.");
    f.state("Trade Ministry").m("Veltrix", "veltrix");
    expect(f.run(), kGov, kAccuses, "veltrix");
  }
  SECTION("negated inside the report") {
    Fixture f("The Trade Ministry said Orvane had not breached the rules.");
    f.state("Trade Ministry").m("Orvane", "orvane");
    const Relation& r = expect(f.run(), kGov, kAccuses, "orvane");
    CHECK(r.negated);
  }
}

TEST_CASE("accuses: a breach without a reporter is no accusation", "[relations]") {
  Fixture f("Veltrix violated no rule, and Orvane agreed.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, "orvane", kAccuses, "veltrix") == nullptr);
}

TEST_CASE("accuses: suing to block a deal accuses the buyer", "[relations]") {
  Fixture f("The Trade Ministry sued to block Veltrix's acquisition of Orvane.");
  f.state("Trade Ministry").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, kGov, kAccuses, "veltrix");
}

TEST_CASE("lobbies: a company seeking an exemption lobbies the government that acted",
          "[relations]") {
  Fixture f(
      "The Trade Ministry barred Orvane from exporting chips. Orvane said it is seeking an "
      "exemption.");
  f.state("Trade Ministry").m("Orvane", "orvane").m("it", "orvane");
  const auto& rels = f.run();
  expect(rels, "orvane", kLobbies, kGov);
  CHECK(find(rels, kGov, kApproves, "orvane") == nullptr);
}

TEST_CASE("lobbies: applying for a licence from a named state lobbies it", "[relations]") {
  Fixture f("Orvane applied for export licences from the Trade Ministry.");
  f.m("Orvane", "orvane").state("Trade Ministry");
  expect(f.run(), "orvane", kLobbies, kGov);
}

TEST_CASE("supplies: 'to buyers like X' keeps the preposition", "[relations]") {
  Fixture f("Veltrix has begun supplying samples of its new chip to cloud providers like Orvane.");
  f.m("Veltrix", "veltrix").m("its", "veltrix").m("Orvane", "orvane");
  expect(f.run(), "veltrix", kSupplies, "orvane");
}

TEST_CASE("supplies: providing an alternative to X supplies nothing to X", "[relations]") {
  Fixture f("Veltrix wants to provide an alternative to Orvane.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, "veltrix", kSupplies, "orvane") == nullptr);
}

TEST_CASE("control: 'has since begun pressuring firms to avoid X' bans X", "[relations]") {
  Fixture f("Norlund has since begun pressuring local firms to avoid using Veltrix's chips.");
  f.state("Norlund").m("Veltrix", "veltrix");
  expect(f.run(), kGov, kBans, "veltrix");
}

TEST_CASE("subject: the owner of a plan or decision is the subject of its infinitive",
          "[relations]") {
  SECTION("announced plans on Monday to impose") {
    Fixture f("The Trade Ministry announced plans on Monday to impose duties on Veltrix.");
    f.state("Trade Ministry").m("Veltrix", "veltrix");
    expect(f.run(), kGov, kTaxes, "veltrix");
  }
  SECTION("a possessive decision inside another's sentence") {
    Fixture f(
        "Vesland voiced its discontent with Norlund's decision to impose new restrictions on "
        "Veltrix.");
    f.state("Vesland", "vesland-government").state("Norlund").m("Veltrix", "veltrix");
    const auto& rels = f.run();
    expect(rels, kGov, kBans, "veltrix");
    CHECK(find(rels, "vesland-government", kBans, "veltrix") == nullptr);
  }
}

TEST_CASE("taxes: a rate list after a colon names the taxed companies", "[relations]") {
  Fixture f(
      "The Trade Ministry imposed duties on imported vehicles. The new duties will vary by "
      "maker: 17.4% for Veltrix, 20% for Orvane and 38% for Kestrel Labs.");
  f.state("Trade Ministry")
      .m("Veltrix", "veltrix")
      .m("Orvane", "orvane")
      .m("Kestrel Labs", "kestrel-labs");
  const auto& rels = f.run();
  expect(rels, kGov, kTaxes, "veltrix");
  expect(rels, kGov, kTaxes, "orvane");
  expect(rels, kGov, kTaxes, "kestrel-labs");
}

TEST_CASE("supplies: nouns coordinated inside the destination phrase", "[relations]") {
  Fixture f("Veltrix ships the new modules to cloud providers and AI firms such as Orvane.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  expect(f.run(), "veltrix", kSupplies, "orvane");
}

TEST_CASE("discourse: an agentless ban goes to the government that just banned", "[relations]") {
  Fixture f(
      "The Trade Ministry approved Orvane's merger in May. Last week, Vesland imposed new "
      "sanctions on Norlund. Earlier rounds of sanctions have barred Orvane from selling its "
      "chips to Norlund.");
  f.state("Trade Ministry").m("Orvane", "orvane").m("its", "orvane");
  f.state("Vesland", "vesland-government").state("Norlund");
  const auto& rels = f.run();
  expect(rels, "vesland-government", kBans, "orvane");
  CHECK(find(rels, kGov, kBans, "orvane") == nullptr);
}

TEST_CASE("supplies: selling under a ban is negated", "[relations]") {
  Fixture f("Norlund barred Veltrix from continuing to sell its chips to Vesland.");
  f.state("Norlund").m("Veltrix", "veltrix").m("its", "veltrix").country("Vesland", "vesland");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  const Relation* s = find(rels, "veltrix", kSupplies, "vesland-government");
  if (s == nullptr) s = find(rels, "veltrix", kSupplies, "vesland");
  REQUIRE(s != nullptr);
  CHECK(s->negated);
}

TEST_CASE("bans: an aside between the verb and its object", "[relations]") {
  Fixture f("Norlund banned, as part of a wider trade dispute, Veltrix from selling chips.");
  f.state("Norlund").m("Veltrix", "veltrix");
  expect(f.run(), kGov, kBans, "veltrix");
}

TEST_CASE("bans: approving the removal of X is a ban, not an approval", "[relations]") {
  Fixture f("Norlund has approved the phased removal of Veltrix from its mobile networks.");
  f.state("Norlund").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  CHECK(find(rels, kGov, kApproves, "veltrix") == nullptr);
}

TEST_CASE("approves: approving a company's deal is still an approval", "[relations]") {
  Fixture f("Norlund has approved the merger of Veltrix and Orvane.");
  f.state("Norlund").m("Veltrix", "veltrix").m("Orvane", "orvane");
  expect(f.run(), kGov, kApproves, "veltrix");
}

TEST_CASE("accuses: a fine's reason after a bracketed amount still accuses", "[relations]") {
  Fixture f(
      "The Trade Ministry fined Veltrix 10 million (about 11 million dollars) for misleading "
      "users.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  expect(rels, kGov, kAccuses, "veltrix");
}

TEST_CASE("denies: a plural noun after a possessive is no denial verb", "[relations]") {
  Fixture f(
      "The Trade Ministry fined Veltrix. The teardown also reveals Veltrix's development "
      "challenges.");
  f.state("Trade Ministry").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, "veltrix", kDenies, kGov) == nullptr);
}

TEST_CASE("negatives: 'approved the budget' and a trigger without actors", "[relations]") {
  Fixture f("Norlund approved the budget. The restrictions were criticised by many.");
  f.state("Norlund");
  CHECK(f.run().empty());
}

TEST_CASE("bans: controls that affect equipment made by X reach the maker", "[relations]") {
  Fixture f(
      "Norlund announced new export controls on Friday. The controls are likely to affect "
      "equipment made by several firms, such as Veltrix and Orvane.");
  f.state("Norlund").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  const Relation& r = expect(rels, kGov, kBans, "veltrix");
  CHECK(r.hedged);
  expect(rels, kGov, kBans, "orvane");
}

TEST_CASE("taxes: 'X may be subject to a separate rate' after a tariff", "[relations]") {
  Fixture f(
      "The Trade Ministry imposed tariffs on Orvane. Veltrix vehicles imported from Vesland may "
      "be subject to a separate rate.");
  f.state("Trade Ministry").m("Orvane", "orvane").m("Veltrix", "veltrix");
  f.country("Vesland", "vesland");
  const auto& rels = f.run();
  expect(rels, kGov, kTaxes, "veltrix");
  CHECK(find(rels, "vesland-government", kTaxes, "veltrix") == nullptr);
}

TEST_CASE("supports: an agreement between two companies backs both ways", "[relations]") {
  Fixture f("Under an agreement signed between Veltrix and Orvane in 2019, resellers were cut.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, "veltrix", kSupports, "orvane");
  expect(rels, "orvane", kSupports, "veltrix");
}

TEST_CASE("supports: an agreement of a state with a company is no partnership", "[relations]") {
  Fixture f("Norlund reached an agreement with Veltrix on Monday.");
  f.state("Norlund").m("Veltrix", "veltrix");
  CHECK(find(f.run(), kGov, kSupports, "veltrix") == nullptr);
}

TEST_CASE("competes: a struggle against another state", "[relations]") {
  Fixture f("Chips matter to Norlund in its struggle against Vesland for AI supremacy.");
  f.state("Norlund").m("its", kGov).state("Vesland", "vesland-government");
  expect(f.run(), kGov, kCompetes, "vesland-government");
}

TEST_CASE("investigates: a country modifying a company's name is not the one put under review",
          "[relations]") {
  Fixture f("Norlund to put Vesland chip maker Veltrix products in a security review.");
  f.state("Norlund").country("Vesland", "vesland").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  expect(rels, kGov, kInvestigates, "veltrix");
  CHECK(find(rels, kGov, kInvestigates, "vesland-government") == nullptr);
  CHECK(find(rels, "vesland-government", kInvestigates, "veltrix") == nullptr);
}

TEST_CASE("competes: a gerund clause after the noun's preposition is not its object",
          "[relations]") {
  Fixture f(
      "The deal would let Veltrix foreclose Kestrel Labs' rivals by restricting access to "
      "Orvane.");
  f.m("Veltrix", "veltrix").m("Kestrel Labs", "kestrel-labs").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, "veltrix", kCompetes, "orvane") == nullptr);
  CHECK(find(rels, "orvane", kCompetes, "veltrix") == nullptr);
  CHECK(find(rels, "kestrel-labs", kCompetes, "orvane") == nullptr);
}

TEST_CASE("supports: a license agreement without 'between' names no partnership", "[relations]") {
  Fixture f("Veltrix has breached the terms of the Orvane license agreement.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, "veltrix", kSupports, "orvane") == nullptr);
  CHECK(find(rels, "orvane", kSupports, "veltrix") == nullptr);
}

TEST_CASE("approves: clearance received in countries including a state names that state",
          "[relations]") {
  Fixture f("Veltrix has now received merger clearance in several markets including Norlund.");
  f.m("Veltrix", "veltrix").state("Norlund");
  expect(f.run(), kGov, kApproves, "veltrix");
}

// ---------------------------------------------------------------------------------------------
// General frames for unseen news: lists, inclusion phrases, reported "it", sanction reasons

TEST_CASE("bans: adding a list of firms to an entity list bans each", "[relations]") {
  Fixture f(
      "The Norlund ministry said on Tuesday it was adding Veltrix, Orvane and Kestrel Labs "
      "to its trade blacklist.");
  f.state("Norlund ministry")
      .m("Veltrix", "veltrix")
      .m("Orvane", "orvane")
      .m("Kestrel Labs", "kestrel-labs");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  expect(rels, kGov, kBans, "orvane");
  expect(rels, kGov, kBans, "kestrel-labs");
}

TEST_CASE("bans: placed on a sanctions list in the passive, with a reason that accuses",
          "[relations]") {
  Fixture f(
      "Veltrix and Orvane were placed on the entity list by Norlund over concerns about "
      "their military ties.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane").state("Norlund");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  expect(rels, kGov, kBans, "orvane");
  expect(rels, kGov, kAccuses, "veltrix");
}

TEST_CASE("bans: the list addition crosses a dashed aside and takes its agent from discourse",
          "[relations]") {
  Fixture f(
      "The Norlund government tightened its export rules. The department said it was "
      "adding Veltrix and Orvane - along with several aliases - to the list over security "
      "concerns.");
  f.state("Norlund government").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  expect(rels, kGov, kBans, "orvane");
  expect(rels, kGov, kAccuses, "orvane");
}

TEST_CASE("bans: adding a firm to a list of suppliers is no sanction", "[relations]") {
  Fixture f("Veltrix added Orvane to its list of approved suppliers.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, "veltrix", kBans, "orvane") == nullptr);
}

TEST_CASE("bans: objects named after 'including' and 'such as' behind a common noun",
          "[relations]") {
  Fixture f(
      "Norlund on Monday announced it was banning 40 mobile apps, including Veltrix and "
      "Orvane, over security concerns.");
  f.country("Norlund", "norlund").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  expect(rels, kGov, kBans, "orvane");
  expect(rels, kGov, kAccuses, "veltrix");

  Fixture g("Vesland restricted several chip designers such as Kestrel Labs.");
  g.country("Vesland", "vesland").m("Kestrel Labs", "kestrel-labs");
  expect(g.run(), "vesland-government", kBans, "kestrel-labs");

  Fixture h("Norlund bans 12 apps linked to Vesland, including Orvane");
  h.country("Norlund", "norlund").country("Vesland", "vesland").m("Orvane", "orvane");
  const auto& hr = h.run();
  expect(hr, kGov, kBans, "orvane");
}

TEST_CASE("bans: a country before a word for firms only modifies it", "[relations]") {
  Fixture f("Norlund blacklists Vesland firms tied to the navy");
  f.country("Norlund", "norlund").country("Vesland", "vesland");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, kGov, kBans, "vesland-government") == nullptr);
}

TEST_CASE("reported speech: 'X said it would' makes the speaker the agent", "[relations]") {
  Fixture f("The Vesland regulator said it would fine Orvane for misleading users.");
  f.state("Vesland regulator", "vesland-government").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, "vesland-government", kBans, "orvane");
  expect(rels, "vesland-government", kAccuses, "orvane");

  // An expletive "it" is nobody: the relation needs its own agent.
  Fixture g("Norlund said it was unclear whether Veltrix would sell chips to Orvane.");
  g.state("Norlund").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(find(gr, kGov, kSupplies, "orvane") == nullptr);
}

TEST_CASE("accuses: a ban citing risks or due to alleged links accuses the banned firm",
          "[relations]") {
  Fixture f("Norlund barred Veltrix from its 5G networks, citing national security risks.");
  f.country("Norlund", "norlund").m("Veltrix", "veltrix");
  expect(f.run(), kGov, kAccuses, "veltrix");

  Fixture g("Vesland banned Orvane software due to its alleged links to the military.");
  g.country("Vesland", "vesland").m("Orvane", "orvane");
  expect(g.run(), "vesland-government", kAccuses, "orvane");

  // A curb on exports to a country cites a reason about the buyer, not an accusation of it.
  Fixture h("Norlund restricted chip exports to Vesland, citing security concerns.");
  h.country("Norlund", "norlund").country("Vesland", "vesland");
  const auto& hr = h.run();
  INFO(dump(hr));
  CHECK(find(hr, kGov, kAccuses, "vesland-government") == nullptr);
}

TEST_CASE("denies: 'X said the Y lawsuit was wrong' denies Y", "[relations]") {
  Fixture f(
      "In response, Orvane said that the Norlund lawsuit was \"wrongheaded\" and would hurt "
      "shoppers.");
  f.m("Orvane", "orvane").state("Norlund");
  expect(f.run(), "orvane", kDenies, kGov);

  // No one named in the phrase: the one who accused the speaker before.
  Fixture g(
      "Norlund sued Veltrix over its pricing. Veltrix said the allegations were without "
      "merit.");
  g.state("Norlund").m("Veltrix", "veltrix");
  expect(g.run(), "veltrix", kDenies, kGov);

  // Not denied: "was not wrong", and a claim about something else.
  Fixture h("Norlund fined Veltrix. Veltrix said the decision was not wrong.");
  h.state("Norlund").m("Veltrix", "veltrix");
  const auto& hr = h.run();
  INFO(dump(hr));
  CHECK(find(hr, "veltrix", kDenies, kGov) == nullptr);
}

TEST_CASE("denies: disappointed by a regulator's findings, and vowing to fight the ban",
          "[relations]") {
  Fixture f("Veltrix said it was \"disappointed\" by the Norlund regulator's findings.");
  f.m("Veltrix", "veltrix").state("Norlund regulator");
  expect(f.run(), "veltrix", kDenies, kGov);

  Fixture g("Norlund banned Orvane software. Orvane said it intends to fight the ban in court.");
  g.state("Norlund").m("Orvane", "orvane");
  expect(g.run(), "orvane", kDenies, kGov);
}

TEST_CASE("pressures: threatening to go after or retaliate against someone", "[relations]") {
  Fixture f("President Mara Quill has threatened to go after Vesland over its digital rules.");
  f.state("President Mara Quill").state("Vesland", "vesland-government");
  expect(f.run(), kGov, kPressures, "vesland-government");

  Fixture g("Veltrix threatened to retaliate against Orvane.");
  g.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const Relation& r = expect(g.run(), "veltrix", kPressures, "orvane");
  CHECK_FALSE(r.hedged);
}

TEST_CASE("approves: clearance in a list of jurisdictions is each one's approval", "[relations]") {
  Fixture f(
      "Kestrel Motors has received merger clearance in several countries including Norlund, "
      "Vesland and the Orvane Republic.");
  f.m("Kestrel Motors", "kestrel-labs").country("Norlund", "norlund").country("Vesland", "vesland");
  const auto& rels = f.run();
  expect(rels, kGov, kApproves, "kestrel-labs");
  expect(rels, "vesland-government", kApproves, "kestrel-labs");
}

TEST_CASE("approves: a deal for a country's systems does not approve that country", "[relations]") {
  Fixture f("Norlund approved a $100m deal for maintenance of Vesland's radar systems by Veltrix.");
  f.country("Norlund", "norlund").country("Vesland", "vesland").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, kGov, kApproves, "vesland-government") == nullptr);
}

TEST_CASE("approves: acting without a firm's consent is a negated approval by that firm",
          "[relations]") {
  Fixture f("Veltrix tried to transfer the licences without Orvane's consent.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const Relation& r = expect(f.run(), "orvane", kApproves, "veltrix");
  CHECK(r.negated);

  // "with X's approval" is a plain one, left to the other frames; no negation is invented.
  Fixture g("Veltrix shipped the chips with Orvane's consent.");
  g.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& gr = g.run();
  INFO(dump(gr));
  for (const Relation& x : gr)
    CHECK_FALSE(x.negated);
}

TEST_CASE("supplies: 'with clients like A, B, and C' names each buyer", "[relations]") {
  Fixture f(
      "Kestrel Labs leads the sensor market with clients like Orvane, Veltrix, and the "
      "Norlund government.");
  f.m("Kestrel Labs", "kestrel-labs").m("Orvane", "orvane").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  expect(rels, "kestrel-labs", kSupplies, "orvane");
  expect(rels, "kestrel-labs", kSupplies, "veltrix");
}

TEST_CASE("denies: a long decision phrase before 'was a major setback' denies and accuses",
          "[relations]") {
  Fixture f(
      "Veltrix said that the Norlund watchdog's decision to fine it 9 billion crowns ($1 "
      "million) for unfair practices was a \"major setback\" for shoppers.");
  f.m("Veltrix", "veltrix").state("Norlund watchdog");
  const auto& rels = f.run();
  expect(rels, "veltrix", kDenies, kGov);
  expect(rels, "veltrix", kAccuses, kGov);

  // The suit of the last accuser, with a quoted verdict.
  Fixture g("Norlund sued Orvane on Monday. Orvane said the suit is \"wrong on the facts\".");
  g.state("Norlund").m("Orvane", "orvane");
  const auto& gr = g.run();
  expect(gr, "orvane", kDenies, kGov);
  expect(gr, "orvane", kAccuses, kGov);

  // A praise is no denial.
  Fixture h("Norlund fined Orvane. Orvane said the decision was a fair outcome.");
  h.state("Norlund").m("Orvane", "orvane");
  const auto& hr = h.run();
  INFO(dump(hr));
  CHECK(find(hr, "orvane", kDenies, kGov) == nullptr);
  CHECK(find(hr, "orvane", kAccuses, kGov) == nullptr);
}

TEST_CASE("accuses: calling a ruling a setback or flawed criticises its author", "[relations]") {
  Fixture f("Orvane calls the Norlund regulator's ruling a major setback for users.");
  f.m("Orvane", "orvane").state("Norlund regulator");
  expect(f.run(), "orvane", kAccuses, kGov);

  Fixture g("Veltrix described the Norlund decision as flawed.");
  g.m("Veltrix", "veltrix").state("Norlund");
  expect(g.run(), "veltrix", kAccuses, kGov);
}

TEST_CASE("amounts: a currency unit marked as an actor is never a party", "[relations]") {
  Fixture f("The regulator said it imposed a penalty of Rs 1,337 crore on Veltrix.");
  f.state("The regulator").m("Rs", "orvane").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  INFO(dump(rels));
  for (const Relation& r : rels)
    CHECK(r.object != "orvane");
}

TEST_CASE("discourse: a probe or sanction naming no party targets the agent's last party",
          "[relations]") {
  Fixture f(
      "Norlund accused Veltrix of abusing its dominance. In 2019, the regulator ordered a "
      "detailed probe in the matter.");
  f.state("Norlund").m("Veltrix", "veltrix").state("the regulator");
  expect(f.run(), kGov, kInvestigates, "veltrix");

  // Negated: "No fines were imposed" with the state and its party in the sentences before.
  Fixture g(
      "The Norlund commission accuses Veltrix and Orvane of tying their apps. No financial "
      "penalties were announced on Tuesday, but Jane Roe said the order would help.");
  g.state("Norlund commission")
      .m("Veltrix", "veltrix")
      .m("Orvane", "orvane")
      .m("Jane Roe", "jane-roe");
  const auto& gr = g.run();
  const Relation& r = expect(gr, kGov, kBans, "veltrix");
  CHECK(r.negated);
  CHECK(expect(gr, kGov, kBans, "orvane").negated);

  // A named non-actor target is not replaced by the discourse: "a ban on smoking".
  Fixture h("Norlund fined Veltrix in May. Later the regulator imposed a ban on smoking.");
  h.state("Norlund").m("Veltrix", "veltrix").state("the regulator");
  const auto& hr = h.run();
  INFO(dump(hr));
  for (const Relation& x : hr)
    CHECK(x.evidence.sentence_index == 0);

  // Too far back: four sentences later the discourse has moved on.
  Fixture k(
      "Norlund fined Veltrix. Veltrix makes phones. Phones sell well. Sales rose. Prices fell. "
      "The regulator opened a probe in June.");
  k.state("Norlund").m("Veltrix", "veltrix").state("The regulator");
  const auto& kr = k.run();
  INFO(dump(kr));
  CHECK(find(kr, kGov, kInvestigates, "veltrix") == nullptr);
}

TEST_CASE(
    "approves: 'without X's consent' in a subordinate clause negates X's approval of its "
    "subject",
    "[relations]") {
  Fixture f(
      "Because Veltrix attempted to move Orvane licences without Kestrel's consent, the "
      "licences ended.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane").m("Kestrel", "kestrel-labs");
  const auto& rels = f.run();
  CHECK(expect(rels, "kestrel-labs", kApproves, "veltrix").negated);
  INFO(dump(rels));
  CHECK(find(rels, "kestrel-labs", kApproves, "orvane") == nullptr);
}

TEST_CASE("coordination: 'as well as Vesland's Kestrel Labs' adds the firm, not the place",
          "[relations]") {
  Fixture f(
      "Veltrix makes memory chips and competes with Orvane as well as Vesland's Kestrel Labs, a "
      "unit of a larger group.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane").m("Kestrel Labs", "kestrel-labs");
  const auto& rels = f.run();
  expect(rels, "veltrix", kCompetes, "orvane");
  expect(rels, "veltrix", kCompetes, "kestrel-labs");
}

TEST_CASE("supplies: a trade noun modifying a sanction noun is no sale", "[relations]") {
  Fixture f("Later that year, Veltrix products were subject to a temporary sales ban in Norlund.");
  f.m("Veltrix", "veltrix").country("Norlund", "norlund");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, "veltrix", kSupplies, "norlund") == nullptr);
  CHECK(find(rels, "veltrix", kSupplies, kGov) == nullptr);
}

TEST_CASE("relative: 'X is a smaller rival that was blocked by Y' makes X the one blocked",
          "[relations]") {
  Fixture f("Orvane is a much smaller rival that was blocked by Norlund last year.");
  f.m("Orvane", "orvane").state("Norlund");
  expect(f.run(), kGov, kBans, "orvane");

  // A relative clause on a noun that is not a predicate of the subject stays unresolved.
  Fixture g("Orvane bought a plant that was blocked by Norlund last year.");
  g.m("Orvane", "orvane").state("Norlund");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(find(gr, kGov, kBans, "orvane") == nullptr);
}

TEST_CASE("taxes: duties on a country's goods tax that country's government", "[relations]") {
  // A demonym names the state; its government need not be an actor yet.
  Fixture f("Norlund said it would charge new duties on American farm goods from March.");
  f.state("Norlund");
  const auto& rels = f.run();
  const Relation& r = expect(rels, kGov, kTaxes, "us-government");
  CHECK(r.hedged);

  // A country mention before the goods, past a rate ("as high as 15%").
  Fixture g("Norlund imposed tariffs as high as 15% on Vesland exports in retaliation.");
  g.state("Norlund").country("Vesland", "vesland");
  expect(g.run(), kGov, kTaxes, "vesland-government");

  // Not goods: a tax on a demonym's people or on a practice names no state.
  Fixture h("Norlund imposed a levy on American tourists and a tax on smoking.");
  h.state("Norlund");
  const auto& hr = h.run();
  INFO(dump(hr));
  CHECK(find(hr, kGov, kTaxes, "us-government") == nullptr);
}

TEST_CASE("accuses: 'filed suit against X' is a lawsuit; 'followed suit' is not", "[relations]") {
  Fixture f("Kestrel Labs filed suit against Orvane in March, alleging theft of trade secrets.");
  f.m("Kestrel Labs", "kestrel-labs").m("Orvane", "orvane");
  expect(f.run(), "kestrel-labs", kAccuses, "orvane");

  Fixture g("Norlund banned Veltrix, and Orvane followed suit against the advice of analysts.");
  g.state("Norlund").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& gr = g.run();
  INFO(dump(gr));
  for (const Relation& r : gr)
    CHECK(r.type != kAccuses);
}

TEST_CASE("competes: 'X faces competitors including Y' makes X and Y rivals", "[relations]") {
  Fixture f("Veltrix faces competitors including Orvane and Kestrel Labs in Europe.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane").m("Kestrel Labs", "kestrel-labs");
  const auto& rels = f.run();
  expect(rels, "veltrix", kCompetes, "orvane");
  expect(rels, "veltrix", kCompetes, "kestrel-labs");

  // "faces competition from Y" keeps Y as the rival.
  Fixture g("Veltrix faces stiff competition from Orvane.");
  g.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& gr = g.run();
  CHECK((find(gr, "veltrix", kCompetes, "orvane") != nullptr ||
         find(gr, "orvane", kCompetes, "veltrix") != nullptr));
}

TEST_CASE("supplies: states arming states, and firms making goods for a state", "[relations]") {
  Fixture f("Norlund supplies Vesland with drones and shells.");
  f.state("Norlund").state("Vesland", "vesland-government");
  expect(f.run(), kGov, kSupplies, "vesland-government");

  Fixture g("Norlund has armed Vesland since the spring.");
  g.state("Norlund").state("Vesland", "vesland-government");
  expect(g.run(), kGov, kSupplies, "vesland-government");

  Fixture h("Kestrel Labs makes drones for Vesland.");
  h.m("Kestrel Labs", "kestrel-labs").state("Vesland", "vesland-government");
  expect(h.run(), "kestrel-labs", kSupplies, "vesland-government");

  // A firm still supplies through the firm entry; a bid for a firm is no sale.
  Fixture k("Veltrix supplies Orvane with sensors. Kestrel Labs made a bid for Orvane.");
  k.m("Veltrix", "veltrix").m("Orvane", "orvane").m("Kestrel Labs", "kestrel-labs");
  const auto& kr = k.run();
  expect(kr, "veltrix", kSupplies, "orvane");
  INFO(dump(kr));
  CHECK(find(kr, "kestrel-labs", kSupplies, "orvane") == nullptr);

  // A government that provides guidance supplies nothing.
  Fixture n("Norlund provided guidance to Veltrix on the new rules.");
  n.state("Norlund").m("Veltrix", "veltrix");
  const auto& nr = n.run();
  INFO(dump(nr));
  CHECK(find(nr, kGov, kSupplies, "veltrix") == nullptr);
}

TEST_CASE("negation: stopped/ceased, has yet to, ruled out", "[relations]") {
  Fixture f("Veltrix stopped supplying Orvane in May.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  CHECK(expect(f.run(), "veltrix", kSupplies, "orvane").negated);

  Fixture g("Veltrix has ceased its shipments to Orvane.");
  g.m("Veltrix", "veltrix").m("Orvane", "orvane");
  CHECK(expect(g.run(), "veltrix", kSupplies, "orvane").negated);

  Fixture h("Norlund has yet to ban Veltrix.");
  h.state("Norlund").m("Veltrix", "veltrix");
  CHECK(expect(h.run(), kGov, kBans, "veltrix").negated);

  Fixture k("Norlund ruled out sanctions against Orvane.");
  k.state("Norlund").m("Orvane", "orvane");
  CHECK(expect(k.run(), kGov, kBans, "orvane").negated);

  // A demanded stop has not happened; a stop in an earlier clause does not reach the ban.
  Fixture n("Norlund urged Vesland to ... stop arms sales to Orvane.");
  n.state("Norlund").state("Vesland", "vesland-government").m("Orvane", "orvane");
  for (const Relation& r : n.run())
    CHECK_FALSE(r.negated);

  Fixture q("After Veltrix stopped its exports last year, Norlund banned Orvane.");
  q.m("Veltrix", "veltrix").state("Norlund").m("Orvane", "orvane");
  CHECK_FALSE(expect(q.run(), kGov, kBans, "orvane").negated);
}

TEST_CASE("findings: a state's finding that firms broke rules probes and accuses each",
          "[relations]") {
  Fixture f("The Norlund watchdog found that Veltrix and Orvane had abused their market power.");
  f.state("Norlund watchdog").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, kGov, kAccuses, "veltrix");
  expect(rels, kGov, kAccuses, "orvane");
  expect(rels, kGov, kInvestigates, "veltrix");
  expect(rels, kGov, kInvestigates, "orvane");

  // A firm's claim about a rival accuses but probes no one.
  Fixture g("Kestrel Labs said Orvane had abused its position.");
  g.m("Kestrel Labs", "kestrel-labs").m("Orvane", "orvane");
  const auto& gr = g.run();
  expect(gr, "kestrel-labs", kAccuses, "orvane");
  INFO(dump(gr));
  CHECK(find(gr, "kestrel-labs", kInvestigates, "orvane") == nullptr);
}

TEST_CASE("pressures: a state saying a firm must or should act pressures it", "[relations]") {
  Fixture f("The regulator said Veltrix and Orvane must open their app stores to rivals.");
  f.state("The regulator").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, kGov, kPressures, "veltrix");
  expect(rels, kGov, kPressures, "orvane");

  Fixture g("Norlund said that Orvane will have to sell its stake.");
  g.state("Norlund").m("Orvane", "orvane");
  expect(g.run(), kGov, kPressures, "orvane");

  // A firm's view of a rival, and a state's statement of fact, pressure no one.
  Fixture h("Veltrix said Orvane must improve. Norlund said Orvane has grown fast.");
  h.m("Veltrix", "veltrix").m("Orvane", "orvane").state("Norlund");
  const auto& hr = h.run();
  INFO(dump(hr));
  for (const Relation& r : hr)
    CHECK(r.type != kPressures);
}

TEST_CASE("accuses: calling 'the ruling' a setback criticises its author from the discourse",
          "[relations]") {
  Fixture f("Norlund fined Orvane in May. Orvane called the ruling a major setback for users.");
  f.state("Norlund").m("Orvane", "orvane");
  expect(f.run(), "orvane", kAccuses, kGov);

  // No ruling named: a plain remark.
  Fixture g("Norlund fined Orvane in May. Orvane called the weather a major setback.");
  g.state("Norlund").m("Orvane", "orvane");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(find(gr, "orvane", kAccuses, kGov) == nullptr);
}

TEST_CASE("resolve: an unresolved 'it' after a reporting verb is the speaker", "[relations]") {
  Fixture f("Norlund says it will impose new sanctions on Veltrix and Orvane.");
  f.state("Norlund")
      .m("it", "-", MentionKind::kPronoun)
      .m("Veltrix", "veltrix")
      .m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  expect(rels, kGov, kBans, "orvane");

  // Not after a reporting verb: no guess.
  Fixture g("Norlund fined Kestrel Labs because it will impose new sanctions on Veltrix.");
  g.state("Norlund")
      .m("Kestrel Labs", "kestrel-labs")
      .m("it", "-", MentionKind::kPronoun)
      .m("Veltrix", "veltrix");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(find(gr, kGov, kBans, "veltrix") == nullptr);
}

TEST_CASE("resolve: a hyphenated pair of known firms stands for the first one's deal",
          "[relations]") {
  Fixture f("Norlund approves Veltrix-Orvane merger.");
  f.actor("veltrix-orvane", ActorType::kOrganization);
  f.state("Norlund").m("Veltrix-Orvane", "veltrix-orvane");
  const auto& rels = f.run();
  expect(rels, kGov, kApproves, "veltrix");
  INFO(dump(rels));
  CHECK(find(rels, kGov, kApproves, "veltrix-orvane") == nullptr);
}

TEST_CASE("objects: unnamed firms 'from X' are not the state X", "[relations]") {
  Fixture f("Norlund imposed sanctions against two drone suppliers from Vesland last week.");
  f.state("Norlund").state("Vesland", "vesland-government");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, kGov, kBans, "vesland-government") == nullptr);

  // Goods from a state are the state's: "restrictions on imports from X" stays a ban on X.
  Fixture g("Norlund imposed restrictions on imports from Vesland.");
  g.state("Norlund").state("Vesland", "vesland-government");
  expect(g.run(), kGov, kBans, "vesland-government");
}

TEST_CASE("supplies: a state approving a sale to another state with no seller named sells",
          "[relations]") {
  Fixture f("The sanctions answer Norlund's approval of the sale of attack drones to Vesland.");
  f.state("Norlund").state("Vesland", "vesland-government");
  const auto& rels = f.run();
  expect(rels, kGov, kSupplies, "vesland-government");
  INFO(dump(rels));
  CHECK(find(rels, kGov, kApproves, "vesland-government") == nullptr);

  // A named seller keeps the approval for others to resolve; no state sale is invented.
  Fixture g("Norlund approved the sale of radars by Veltrix to Vesland.");
  g.state("Norlund").m("Veltrix", "veltrix").state("Vesland", "vesland-government");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(find(gr, kGov, kSupplies, "vesland-government") == nullptr);
}

TEST_CASE("hedging: the act a firm is accused of is an allegation", "[relations]") {
  Fixture f("Norlund accused Veltrix of supplying drones to Vesland.");
  f.state("Norlund").m("Veltrix", "veltrix").state("Vesland", "vesland-government");
  const auto& rels = f.run();
  CHECK_FALSE(expect(rels, kGov, kAccuses, "veltrix").hedged);
  CHECK(expect(rels, "veltrix", kSupplies, "vesland-government").hedged);

  // "alleged" before a noun is no allegation verb with its own subject.
  Fixture g("Norlund accused Orvane of alleged spying on Veltrix.");
  g.state("Norlund").m("Orvane", "orvane").m("Veltrix", "veltrix");
  const auto& gr = g.run();
  expect(gr, kGov, kAccuses, "orvane");
  INFO(dump(gr));
  CHECK(find(gr, "orvane", kAccuses, "veltrix") == nullptr);
}

TEST_CASE(
    "findings: a state reporting that a firm's products failed a review probes and "
    "accuses it",
    "[relations]") {
  Fixture f("In May, Norlund said Veltrix products failed network security reviews.");
  f.state("Norlund").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  expect(rels, kGov, kInvestigates, "veltrix");
  expect(rels, kGov, kAccuses, "veltrix");

  // A firm's claim, and a failed attempt that is no review, probe no one.
  Fixture g("Orvane said Veltrix failed security tests. Norlund said Veltrix failed to grow.");
  g.m("Orvane", "orvane").m("Veltrix", "veltrix").state("Norlund");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(find(gr, "orvane", kInvestigates, "veltrix") == nullptr);
  CHECK(find(gr, kGov, kInvestigates, "veltrix") == nullptr);
}

TEST_CASE("supports: continuing to work together with a partner backs it", "[relations]") {
  Fixture f("Veltrix noted that it will continue working together with Orvane through 2030.");
  f.m("Veltrix", "veltrix").m("it", "veltrix", MentionKind::kPronoun).m("Orvane", "orvane");
  expect(f.run(), "veltrix", kSupports, "orvane");

  // Cooperating with an authority's review is no backing.
  Fixture g("Veltrix said it would cooperate with Norlund during the review.");
  g.m("Veltrix", "veltrix").state("Norlund");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(find(gr, "veltrix", kSupports, kGov) == nullptr);
}

TEST_CASE("accuses: 'X said the audit appears discriminatory' criticises the auditor",
          "[relations]") {
  Fixture f("Norlund wants to ban Veltrix parts. Veltrix said the audit appears discriminatory.");
  f.state("Norlund").m("Veltrix", "veltrix");
  expect(f.run(), "veltrix", kAccuses, kGov);

  Fixture g("Norlund fined Veltrix. Veltrix said the review seems to be unfair.");
  g.state("Norlund").m("Veltrix", "veltrix");
  expect(g.run(), "veltrix", kAccuses, kGov);

  // A neutral verdict is no criticism.
  Fixture h("Norlund fined Veltrix. Veltrix said the review appears complete.");
  h.state("Norlund").m("Veltrix", "veltrix");
  const auto& hr = h.run();
  INFO(dump(hr));
  CHECK(find(hr, "veltrix", kAccuses, kGov) == nullptr);
}

TEST_CASE("objects: past 'and', another trigger noun's object is not the first noun's",
          "[relations]") {
  Fixture f(
      "Norlund sued Veltrix. The suit follows a long investigation and lawsuits against "
      "Orvane.");
  f.state("Norlund").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, kGov, kInvestigates, "orvane") == nullptr);

  // One noun and its own object stay together.
  Fixture g("Norlund opened a long investigation into Orvane.");
  g.state("Norlund").m("Orvane", "orvane");
  expect(g.run(), kGov, kInvestigates, "orvane");
}

TEST_CASE("objects: 'X's Y' with two firms names Y, owned by X", "[relations]") {
  Fixture f("Norlund fined Kestrel Labs' Orvane and Veltrix last year.");
  f.state("Norlund")
      .m("Kestrel Labs", "kestrel-labs")
      .m("Orvane", "orvane")
      .m("Veltrix", "veltrix");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "orvane");
  expect(rels, kGov, kBans, "veltrix");
  INFO(dump(rels));
  CHECK(find(rels, kGov, kBans, "kestrel-labs") == nullptr);
}

TEST_CASE("objects: a ban on the sale of goods made by X bans X", "[relations]") {
  Fixture f(
      "Norlund plans to ban the sale of antivirus software produced by software firm Veltrix.");
  f.state("Norlund").m("Veltrix", "veltrix");
  const Relation& r = expect(f.run(), kGov, kBans, "veltrix");
  CHECK(r.hedged);

  // Made by a state: no maker object.
  Fixture g("Norlund banned the sale of drones built by Vesland.");
  g.state("Norlund").state("Vesland", "vesland-government");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(find(gr, kGov, kBans, "vesland-government") == nullptr);
}

TEST_CASE(
    "discourse: a country that is a clause's subject is the acting state for later "
    "agentless measures",
    "[relations]") {
  Fixture f(
      "Vesland announced new export controls on chip tools. Norlund did not specify Orvane as "
      "the target. The controls are likely to affect equipment made by firms such as Veltrix.");
  f.country("Vesland", "vesland").state("Norlund").m("Orvane", "orvane").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  INFO(dump(rels));
  // Norlund is named last and acts; a country only named as an object does not.
  CHECK(find(rels, "vesland-government", kBans, "veltrix") == nullptr);
  expect(rels, kGov, kBans, "veltrix");

  Fixture g(
      "Vesland announced new export controls on chip tools. The controls are likely to affect "
      "equipment made by firms such as Veltrix.");
  g.country("Vesland", "vesland").m("Veltrix", "veltrix");
  CHECK(expect(g.run(), "vesland-government", kBans, "veltrix").hedged);

  // "Vesland firms" is a nationality, not the acting state.
  Fixture h(
      "Vesland firms will lose access to the tools. The controls are likely to affect equipment "
      "made by firms such as Veltrix.");
  h.country("Vesland", "vesland").m("Veltrix", "veltrix");
  const auto& hr = h.run();
  INFO(dump(hr));
  CHECK(find(hr, "vesland-government", kBans, "veltrix") == nullptr);
}

TEST_CASE("discourse: a participle clause's measure belongs to the sentence's subject country",
          "[relations]") {
  Fixture f(
      "Norlund fined Kestrel Labs. Vesland joined the fight on Friday, announcing restrictions on "
      "Orvane.");
  f.state("Norlund")
      .m("Kestrel Labs", "kestrel-labs")
      .country("Vesland", "vesland")
      .m("Orvane", "orvane");
  const auto& rels = f.run();
  expect(rels, "vesland-government", kBans, "orvane");
  INFO(dump(rels));
  CHECK(find(rels, kGov, kBans, "orvane") == nullptr);
}

TEST_CASE("coordination: ', and X has ...' starts a new clause, not a list member", "[relations]") {
  Fixture f(
      "Norlund fined Veltrix and Kestrel Labs, and Vesland has since imposed duties on their "
      "cars.");
  f.state("Norlund")
      .m("Veltrix", "veltrix")
      .m("Kestrel Labs", "kestrel-labs")
      .state("Vesland", "vesland-government");
  const auto& rels = f.run();
  expect(rels, kGov, kBans, "veltrix");
  expect(rels, kGov, kBans, "kestrel-labs");
  INFO(dump(rels));
  CHECK(find(rels, kGov, kBans, "vesland-government") == nullptr);
}

TEST_CASE("taxes: a share of revenue paid to a state is that state's levy", "[relations]") {
  Fixture f("Veltrix agreed to pay the Norlund government 15 percent of its revenue from sales.");
  f.m("Veltrix", "veltrix").state("Norlund government");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, kGov, kTaxes, "veltrix");
  CHECK(find(rels, "veltrix", kTaxes, kGov) == nullptr);

  // Recipient after "to", coordinated payers, "hand over".
  Fixture g(
      "Under the deal, Veltrix and Orvane will hand over 15% of their revenues in Vesland to "
      "Norlund.");
  g.m("Veltrix", "veltrix").m("Orvane", "orvane").country("Vesland", "vesland").state("Norlund");
  const auto& gr = g.run();
  INFO(dump(gr));
  expect(gr, kGov, kTaxes, "veltrix");
  expect(gr, kGov, kTaxes, "orvane");

  // Negated and hedged.
  Fixture h("Orvane has not agreed to pay Norlund 10 percent of its profits.");
  h.m("Orvane", "orvane").state("Norlund");
  CHECK(expect(h.run(), kGov, kTaxes, "orvane").negated);
  Fixture k("Orvane may pay Norlund a 10% share of its sales.");
  k.m("Orvane", "orvane").state("Norlund");
  CHECK(expect(k.run(), kGov, kTaxes, "orvane").hedged);
}

TEST_CASE("taxes: no levy from a payment that is not a share of income or not to a state",
          "[relations]") {
  Fixture f("Veltrix agreed to pay Orvane 15 percent of its revenue from the joint venture.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, "orvane", kTaxes, "veltrix") == nullptr);

  Fixture g("Veltrix will pay Norlund $2 billion for the land.");
  g.m("Veltrix", "veltrix").state("Norlund");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(find(gr, kGov, kTaxes, "veltrix") == nullptr);
}

TEST_CASE("competes: coordinated subjects of an intransitive compete rival each other",
          "[relations]") {
  Fixture f("Veltrix and Orvane competed for the same subsidies.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, "veltrix", kCompetes, "orvane");

  Fixture g("Veltrix and Kestrel Labs are competing for a share of the market.");
  g.m("Veltrix", "veltrix").m("Kestrel Labs", "kestrel-labs");
  expect(g.run(), "veltrix", kCompetes, "kestrel-labs");

  // A single subject competes with nobody named.
  Fixture h("Veltrix competed for the same subsidies as before.");
  h.m("Veltrix", "veltrix");
  CHECK(h.run().empty());
}

TEST_CASE("resolve: a government official acted on or owning a measure stands for the government",
          "[relations]") {
  Fixture f("Orvane will face harsher Voss tariffs next year.");
  f.actor("dara-voss", ActorType::kPerson, "norlund-government");
  f.m("Orvane", "orvane").m("Voss", "dara-voss");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, kGov, kTaxes, "orvane");
  CHECK(find(rels, "orvane", kTaxes, "dara-voss") == nullptr);

  Fixture g("Kestrel Labs lobbied President Dara Voss for an exemption.");
  g.actor("dara-voss", ActorType::kPerson, "norlund-government");
  g.m("Kestrel Labs", "kestrel-labs").m("Dara Voss", "dara-voss");
  const auto& gr = g.run();
  INFO(dump(gr));
  expect(gr, "kestrel-labs", kLobbies, kGov);

  // A company's officer as object stays a person.
  Fixture h("Orvane accused Jane Roe of fraud.");
  h.m("Orvane", "orvane").m("Jane Roe", "jane-roe");
  const auto& hr = h.run();
  INFO(dump(hr));
  CHECK(find(hr, "orvane", kAccuses, "veltrix") == nullptr);
}

TEST_CASE("approves: a licence requirement is a restriction, not a licence", "[relations]") {
  Fixture f("Norlund has expanded export license requirements for Veltrix and Orvane chips.");
  f.state("Norlund").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, kGov, kBans, "veltrix");
  expect(rels, kGov, kBans, "orvane");
  CHECK(find(rels, kGov, kApproves, "veltrix") == nullptr);

  // A plain licence still approves.
  Fixture g("Norlund granted export licences to Veltrix.");
  g.state("Norlund").m("Veltrix", "veltrix");
  expect(g.run(), kGov, kApproves, "veltrix");
}

TEST_CASE("approves: a regulator clears the buyer of 'X's Y purchase', not the target",
          "[relations]") {
  Fixture f("Norlund signs off on Veltrix's Orvane purchase.");
  f.state("Norlund").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, kGov, kApproves, "veltrix");
  CHECK(find(rels, kGov, kApproves, "orvane") == nullptr);
  // The acquired firm sells nothing to anyone.
  CHECK(find(rels, "orvane", kSupplies, "veltrix") == nullptr);
  CHECK(find(rels, "orvane", kSupplies, kGov) == nullptr);

  Fixture g("The Vesland regulator did not approve Kestrel Labs's Orvane takeover.");
  g.state("Vesland regulator", "vesland-government")
      .m("Kestrel Labs", "kestrel-labs")
      .m("Orvane", "orvane");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(expect(gr, "vesland-government", kApproves, "kestrel-labs").negated);
}

TEST_CASE("approves: a nationality before a company names the firm, not its state",
          "[relations]") {
  Fixture f(
      "Norlund has granted conditional approval for Vesland chip design giant Veltrix to buy "
      "Orvane.");
  f.state("Norlund").country("Vesland", "vesland").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, kGov, kApproves, "veltrix");
  CHECK(find(rels, kGov, kApproves, "vesland-government") == nullptr);
  CHECK(find(rels, kGov, kApproves, "vesland") == nullptr);

  // A state that is the licensee stays the object.
  Fixture g("Norlund granted approval for Vesland to buy the jets.");
  g.state("Norlund").country("Vesland", "vesland");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(!gr.empty());
}

TEST_CASE("approves: a fronted circumstance does not land on a reporting outlet",
          "[relations]") {
  Fixture f("Despite Norlund's approval, Orvane reports that the regulator was critical of Veltrix.");
  f.state("Norlund").m("Orvane", "orvane").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, kGov, kApproves, "orvane") == nullptr);

  Fixture g("Despite Norlund's approval, Orvane delayed the launch.");
  g.state("Norlund").m("Orvane", "orvane");
  expect(g.run(), kGov, kApproves, "orvane");
}

TEST_CASE("taxes: a state named before 'decision to impose' owns the measure", "[relations]") {
  Fixture f(
      "Vesland halted purchases in response to the Norlund decision to impose 145 percent "
      "tariffs on Veltrix.");
  f.state("Vesland", "vesland-government").state("Norlund").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, kGov, kTaxes, "veltrix");
  CHECK(find(rels, "vesland-government", kTaxes, "veltrix") == nullptr);
}

TEST_CASE("competes: the owner of what is compared, and goods named before their maker",
          "[relations]") {
  Fixture f("The average price of Veltrix's phones is 40% cheaper than phones from Orvane.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, "veltrix", kCompetes, "orvane");

  // A place after "than in" is no rival.
  Fixture g("The price of Veltrix's phones is higher than in Vesland.");
  g.m("Veltrix", "veltrix").country("Vesland", "vesland");
  CHECK(g.run().empty());
}

TEST_CASE("coordination: an apposition naming a member's owner does not end the list",
          "[relations]") {
  Fixture f(
      "Norlund is opening investigations into Veltrix, Zephyr's parent company, Orvane, and "
      "Kestrel Labs.");
  f.state("Norlund")
      .m("Veltrix", "veltrix")
      .m("Zephyr", "zephyr")
      .m("Orvane", "orvane")
      .m("Kestrel Labs", "kestrel-labs");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, kGov, kInvestigates, "veltrix");
  expect(rels, kGov, kInvestigates, "orvane");
  expect(rels, kGov, kInvestigates, "kestrel-labs");
}

TEST_CASE("approves: export licences for goods to a state approve the destination",
          "[relations]") {
  Fixture f("Norlund mistakenly granted export licences for defence goods to Vesland.");
  f.state("Norlund").country("Vesland", "vesland");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, kGov, kApproves, "vesland-government");

  // A firm after "to" is a buyer of goods, not the licensee by this rule.
  Fixture g("Norlund granted licences for defence goods to Orvane.");
  g.state("Norlund").m("Orvane", "orvane");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(find(gr, kGov, kApproves, "orvane") == nullptr);
}

TEST_CASE("pressures: the one who bows or caves in to demands is pressured", "[relations]") {
  Fixture f("Orvane bowed to demands from Norlund.");
  f.m("Orvane", "orvane").state("Norlund");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, kGov, kPressures, "orvane");
  CHECK(find(rels, "orvane", kPressures, kGov) == nullptr);

  Fixture g("Veltrix and Orvane caved in to Norlund's pressure.");
  g.m("Veltrix", "veltrix").m("Orvane", "orvane").state("Norlund");
  const auto& gr = g.run();
  INFO(dump(gr));
  expect(gr, kGov, kPressures, "veltrix");
  expect(gr, kGov, kPressures, "orvane");

  // An official's demand is the government's.
  Fixture h("Kestrel Labs bows to Voss demand.");
  h.actor("dara-voss", ActorType::kPerson, "norlund-government");
  h.m("Kestrel Labs", "kestrel-labs").m("Voss", "dara-voss");
  const auto& hr = h.run();
  INFO(dump(hr));
  expect(hr, kGov, kPressures, "kestrel-labs");
}

TEST_CASE("supplies: whoever takes delivery of a maker's goods is supplied by it", "[relations]") {
  Fixture f("Orvane had planned to take delivery of 45 Veltrix planes between 2025 and 2027.");
  f.m("Orvane", "orvane").m("Veltrix", "veltrix");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(expect(rels, "veltrix", kSupplies, "orvane").hedged);
  CHECK(find(rels, "orvane", kSupplies, "veltrix") == nullptr);

  Fixture g("Kestrel Labs took delivery of its first Veltrix jet.");
  g.m("Kestrel Labs", "kestrel-labs").m("Veltrix", "veltrix");
  const auto& gr = g.run();
  INFO(dump(gr));
  expect(gr, "veltrix", kSupplies, "kestrel-labs");

  Fixture h("Orvane will not take further deliveries of Veltrix jets.");
  h.m("Orvane", "orvane").m("Veltrix", "veltrix");
  CHECK(expect(h.run(), "veltrix", kSupplies, "orvane").negated);
}

TEST_CASE("negation: a withdrawn measure with no opposite type no longer holds", "[relations]") {
  Fixture f("Norlund has scrapped its digital services tax on Veltrix and Orvane.");
  f.state("Norlund").m("its", "-", MentionKind::kPronoun).m("Veltrix", "veltrix").m("Orvane",
                                                                                    "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(expect(rels, kGov, kTaxes, "veltrix").negated);
  CHECK(expect(rels, kGov, kTaxes, "orvane").negated);

  Fixture g("Norlund dropped its investigation into Veltrix.");
  g.state("Norlund").m("Veltrix", "veltrix");
  CHECK(expect(g.run(), kGov, kInvestigates, "veltrix").negated);

  // Eased tariffs still exist; a lifted ban is an approval, not a negated ban.
  Fixture h("Norlund eased its tariffs on Veltrix.");
  h.state("Norlund").m("Veltrix", "veltrix");
  CHECK_FALSE(expect(h.run(), kGov, kTaxes, "veltrix").negated);
  Fixture k("Norlund rescinded its ban on Veltrix.");
  k.state("Norlund").m("Veltrix", "veltrix");
  CHECK_FALSE(expect(k.run(), kGov, kApproves, "veltrix").negated);
}

TEST_CASE("fallback: a purpose infinitive ends the measure's phrase", "[relations]") {
  Fixture f("Norlund has cancelled its digital tax to entice Vesland back to the table.");
  f.state("Norlund").m("its", "-", MentionKind::kPronoun).country("Vesland", "vesland");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(find(rels, kGov, kTaxes, "vesland-government") == nullptr);
  CHECK(find(rels, kGov, kTaxes, "vesland") == nullptr);
}

TEST_CASE("denies: a bare denial answers the recent accusation, not an earlier probe",
          "[relations]") {
  Fixture f(
      "Norlund opened an investigation into Veltrix. Orvane has accused Veltrix of fraud, which "
      "Veltrix has denied.");
  f.state("Norlund").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, "veltrix", kDenies, "orvane");
  CHECK(find(rels, "veltrix", kDenies, kGov) == nullptr);

  // An appeal with no object still answers the authority.
  Fixture g("Norlund fined Veltrix. Orvane accused Veltrix of fraud. Veltrix said it would appeal.");
  g.state("Norlund").m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& gr = g.run();
  INFO(dump(gr));
  CHECK(find(gr, "veltrix", kDenies, "orvane") == nullptr);
}

TEST_CASE("taxes: goods of a nationality after a by-phrase name the taxed state", "[relations]") {
  Fixture f("It is a response to tariffs imposed by Norlund on Vesland electric vehicles.");
  f.state("Norlund").country("Vesland", "vesland");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, kGov, kTaxes, "vesland-government");
}

TEST_CASE("supports: joint-venture partners back each other", "[relations]") {
  Fixture f("Veltrix and Orvane formed a joint venture in 2022.");
  f.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& rels = f.run();
  INFO(dump(rels));
  expect(rels, "veltrix", kSupports, "orvane");
  expect(rels, "orvane", kSupports, "veltrix");

  Fixture g("Veltrix and Orvane have resumed construction at their joint-venture plant.");
  g.m("Veltrix", "veltrix").m("Orvane", "orvane");
  const auto& gr = g.run();
  INFO(dump(gr));
  expect(gr, "veltrix", kSupports, "orvane");
  expect(gr, "orvane", kSupports, "veltrix");

  // One firm alone has no partner named; states are not joint-venture partners here.
  Fixture h("Veltrix formed a joint venture in 2022.");
  h.m("Veltrix", "veltrix");
  CHECK(h.run().empty());
}

TEST_CASE("bans: blocking sales by a firm hits the seller; a denial negates it", "[relations]") {
  Fixture f("Norlund said it has not blocked chip sales by Veltrix.");
  f.state("Norlund").m("it", "norlund-government", MentionKind::kPronoun).m("Veltrix", "veltrix");
  const auto& rels = f.run();
  INFO(dump(rels));
  CHECK(expect(rels, kGov, kBans, "veltrix").negated);

  Fixture g("Norlund halted shipments from Orvane.");
  g.state("Norlund").m("Orvane", "orvane");
  expect(g.run(), kGov, kBans, "orvane");
}
