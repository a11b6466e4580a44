// Tests of the actor stage on sentences written for them, about fictional companies and
// people (the stage must not depend on knowing them): every cue and rule, and resolution.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "actorgraph/actors.hpp"
#include "actorgraph/relations.hpp"
#include "actorgraph/text.hpp"
#include "actors_tokens.hpp"

namespace ag = actorgraph;

namespace {

std::shared_ptr<const ag::Knowledge> default_knowledge() {
  static auto k = ag::Knowledge::load("");
  REQUIRE(k.ok());
  return *k;
}

ag::Extraction find(const std::string& text,
                    std::shared_ptr<const ag::Knowledge> k = default_knowledge()) {
  auto finder = ag::ActorFinder::create(std::move(k));
  REQUIRE(finder.ok());
  ag::Document doc;
  doc.id = "test";
  doc.text = text;
  ag::Extraction ex;
  ex.document = doc.id;
  ex.text = ag::analyze_text(doc.text);
  finder->find(doc, &ex);
  return ex;
}

const ag::Actor* actor(const ag::Extraction& ex, const std::string& id) {
  for (const auto& a : ex.actors) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

const ag::Actor& need(const ag::Extraction& ex, const std::string& id) {
  const ag::Actor* a = actor(ex, id);
  INFO("actor " << id);
  REQUIRE(a != nullptr);
  return *a;
}

// The first mention whose surface is SURFACE.
const ag::Mention* mention(const ag::Extraction& ex, const std::string& surface) {
  for (const auto& m : ex.mentions) {
    if (m.surface == surface) return &m;
  }
  return nullptr;
}

std::string actor_of(const ag::Extraction& ex, const std::string& surface) {
  const ag::Mention* m = mention(ex, surface);
  if (!m) return "(no mention)";
  if (m->actor < 0) return "(unresolved)";
  return ex.actors[static_cast<std::size_t>(m->actor)].id;
}

// The ids of the actors of the first mention whose surface is SURFACE, space-separated.
std::string group_of(const ag::Extraction& ex, const std::string& surface) {
  const ag::Mention* m = mention(ex, surface);
  if (!m) return "(no mention)";
  if (m->group.empty()) return "(no group)";
  std::string out;
  for (int32_t a : m->group) {
    if (!out.empty()) out += ' ';
    out += ex.actors[static_cast<std::size_t>(a)].id;
  }
  return out;
}

// Actors that have at least one surface form (those that reach the graph).
std::vector<std::string> named_actors(const ag::Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& a : ex.actors) {
    if (!a.forms.empty()) out.push_back(a.id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string write_file(const std::string& name, const std::string& text) {
  std::filesystem::create_directories(ACTORGRAPH_TEST_TMP);
  std::string path = std::string(ACTORGRAPH_TEST_TMP) + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("country adjective + state body is the government", "[actors]") {
  auto ex = find("Chinese cybersecurity officials questioned Orvane Labs about its data.");
  const ag::Mention* m = mention(ex, "Chinese cybersecurity officials");
  REQUIRE(m != nullptr);
  CHECK(m->kind == ag::MentionKind::kState);
  CHECK(actor_of(ex, "Chinese cybersecurity officials") == "cn-government");
  const ag::Actor* gov = actor(ex, "cn-government");
  REQUIRE(gov != nullptr);
  CHECK(gov->type == ag::ActorType::kGovernment);
  CHECK(gov->name == "Chinese government");
  CHECK(gov->area_served == "china");
  CHECK(gov->forms.count("Chinese cybersecurity officials") == 1);
  CHECK(actor_of(ex, "Orvane Labs") == "orvane");
  CHECK(need(ex, "orvane").type == ag::ActorType::kCorporation);
  CHECK(actor_of(ex, "its") == "orvane");
}

TEST_CASE("all organs of a state are one government actor", "[actors]") {
  auto ex = find(
      "Dutch authorities said the Dutch government had not decided. The Hague later fined "
      "Kestrel Semiconductor. Later, British regulators and the UK government sided with "
      "Downing Street.");
  CHECK(actor_of(ex, "Dutch authorities") == "nl-government");
  CHECK(actor_of(ex, "Dutch government") == "nl-government");
  CHECK(actor_of(ex, "The Hague") == "nl-government");
  CHECK(actor_of(ex, "British regulators") == "gb-government");
  CHECK(actor_of(ex, "UK government") == "gb-government");
  CHECK(actor_of(ex, "Downing Street") == "gb-government");
  // The three mentions' forms, and "Dutch" (the state named inside two of them).
  CHECK(need(ex, "nl-government").forms.size() == 4);
  CHECK(need(ex, "nl-government").forms.count("Dutch") == 1);
}

TEST_CASE("regulators in a capital belong to its state", "[actors]") {
  auto ex = find("Regulators in Brussels fined Orvane Labs on Tuesday.");
  CHECK(actor_of(ex, "Regulators in Brussels") == "eu-government");
  CHECK(need(ex, "eu-government").name == "European Union");
  CHECK(named_actors(ex) == std::vector<std::string>{"eu-government", "orvane"});
}

TEST_CASE("capitalised organ names resolve to the state they name or the text is about",
          "[actors]") {
  auto ex = find(
      "The Ministry of Commerce of China summoned Veltrix. The Data Security Administration of "
      "Japan agreed. In China, the Ministry of Industry said nothing.");
  CHECK(actor_of(ex, "Ministry of Commerce of China") == "cn-government");
  CHECK(actor_of(ex, "Data Security Administration of Japan") == "jp-government");
  CHECK(actor_of(ex, "Ministry of Industry") == "cn-government");
  CHECK(actor_of(ex, "Veltrix") == "veltrix");
}

TEST_CASE("a country's own organ name with the adjective", "[actors]") {
  auto ex = find("The Chinese Ministry of Commerce and the Indian Commerce Department met.");
  CHECK(actor_of(ex, "Chinese Ministry of Commerce") == "cn-government");
  CHECK(actor_of(ex, "Indian Commerce Department") == "in-government");
}

TEST_CASE("bare state words refer to the government the text is about", "[actors]") {
  auto ex = find(
      "Beijing wants fewer imports. Officials told Orvane Labs to stop. The government said "
      "government sectors were at risk.");
  CHECK(actor_of(ex, "Beijing") == "cn-government");
  CHECK(actor_of(ex, "Officials") == "cn-government");
  CHECK(actor_of(ex, "government") == "cn-government");
  // "government sectors": a modifier, not a mention; so only one mention of "government".
  int governments = 0;
  for (const auto& m : ex.mentions)
    governments += m.surface == "government" ? 1 : 0;
  CHECK(governments == 1);
}

TEST_CASE("company officials are not state officials", "[actors]") {
  auto ex = find("In Japan, Orvane officials and company officials met.");
  CHECK(mention(ex, "officials") == nullptr);
}

TEST_CASE("a country named as a place is the country, linked to its government", "[actors]") {
  auto ex = find("Orvane Labs sells its chips in China and Malaysia.");
  const ag::Mention* m = mention(ex, "China");
  REQUIRE(m != nullptr);
  CHECK(m->kind == ag::MentionKind::kCountry);
  CHECK(actor_of(ex, "China") == "china");
  CHECK(need(ex, "china").type == ag::ActorType::kCountry);
  REQUIRE(m->state_actor >= 0);
  const ag::Actor& gov = ex.actors[static_cast<std::size_t>(m->state_actor)];
  CHECK(gov.id == "cn-government");
  CHECK(gov.forms.empty());  // the relation stage adds the form if China acts
  CHECK(actor_of(ex, "Malaysia") == "malaysia");
  CHECK(named_actors(ex) == std::vector<std::string>{"china", "malaysia", "orvane"});
}

TEST_CASE("country possessive and abbreviations", "[actors]") {
  auto ex =
      find("China's regulators met US negotiators while America's allies watched. Let us know.");
  const ag::Mention* china = mention(ex, "China's regulators");
  REQUIRE(china != nullptr);
  CHECK(china->kind == ag::MentionKind::kState);
  CHECK(actor_of(ex, "US negotiators") == "us-government");
  const ag::Mention* america = mention(ex, "America");
  REQUIRE(america != nullptr);
  CHECK(america->possessive);
  CHECK(america->kind == ag::MentionKind::kCountry);
  CHECK(mention(ex, "us") == nullptr);
}

TEST_CASE("initialisms name countries when the text layer keeps them whole", "[actors]") {
  ag::TextAnalysis probe = ag::analyze_text("U.S. officials");
  if (probe.sentences.size() != 1) {
    WARN("the text layer splits U.S.; skipped until it keeps initialisms whole");
    return;
  }
  auto ex = find("U.S. officials met Orvane Labs. Later, U. S. regulators agreed.");
  CHECK(actor_of(ex, "U.S. officials") == "us-government");
  int us = 0;
  for (const auto& m : ex.mentions) {
    if (m.kind == ag::MentionKind::kState && m.actor >= 0 &&
        ex.actors[static_cast<std::size_t>(m.actor)].id == "us-government") {
      ++us;
    }
  }
  CHECK(us == 2);  // "U. S. regulators" too (displayed as "U.S. regulators")
}

TEST_CASE("leaders and their administrations are the government", "[actors]") {
  auto ex = find(
      "The Trump administration pressed Orvane. President Xi met Veltrix executives, and Macron "
      "said nothing.");
  CHECK(actor_of(ex, "Trump administration") == "us-government");
  // A leader is a person who acts for the government (CONTRACT.md section 3: relations go to
  // the government with ag:via the person).
  CHECK(actor_of(ex, "Xi") == "xi-jinping");
  CHECK(need(ex, "xi-jinping").type == ag::ActorType::kPerson);
  CHECK(need(ex, "xi-jinping").works_for == "cn-government");
  CHECK(actor_of(ex, "Macron") == "emmanuel-macron");
  CHECK(need(ex, "emmanuel-macron").works_for == "fr-government");
  CHECK(need(ex, "emmanuel-macron").name == "Emmanuel Macron");
}

TEST_CASE("a leader's government and a titled leader", "[actors]") {
  auto ex = find(
      "Prime Minister Narendra Modi's government objected. President Donald Trump disagreed, "
      "and Trump's administration appealed.");
  // "Title X's government" is the government alone, written "X's government".
  CHECK(mention(ex, "Narendra Modi") == nullptr);
  CHECK(actor_of(ex, "Prime Minister Narendra Modi's government") == "in-government");
  CHECK(need(ex, "in-government").forms.count("Narendra Modi's government") == 1);
  CHECK(actor_of(ex, "Donald Trump") == "donald-trump");
  CHECK(actor_of(ex, "Trump's administration") == "us-government");
}

TEST_CASE("capitals as places are not actors", "[actors]") {
  auto ex = find("Orvane Labs opened a factory in Beijing. Washington objected.");
  CHECK(mention(ex, "Beijing") == nullptr);
  CHECK(actor_of(ex, "Washington") == "us-government");
}

TEST_CASE("case variants and legal suffixes are one actor", "[actors]") {
  auto ex = find(
      "ZORVEX shipped chips. Zorvex Corp. said demand was high. Analysts expect Zorvex to grow.");
  CHECK(actor_of(ex, "ZORVEX") == "zorvex");
  CHECK(actor_of(ex, "Zorvex Corp.") == "zorvex");
  CHECK(actor_of(ex, "Zorvex") == "zorvex");
  const ag::Actor* z = actor(ex, "zorvex");
  REQUIRE(z != nullptr);
  CHECK(z->type == ag::ActorType::kCorporation);
  CHECK(z->forms.size() == 3);
  CHECK(named_actors(ex) == std::vector<std::string>{"zorvex"});
}

TEST_CASE("a short form after the full company name is the same company", "[actors]") {
  auto ex = find("Veltrix Systems makes sensors. Veltrix said sales rose.");
  CHECK(actor_of(ex, "Veltrix Systems") == "veltrix");
  CHECK(actor_of(ex, "Veltrix") == "veltrix");
}

TEST_CASE("role titles make persons who work for the organisation", "[actors]") {
  auto ex = find(
      "Veltrix CEO Mara Quill said the company would appeal. Quill added that it would comply.");
  CHECK(actor_of(ex, "Mara Quill") == "mara-quill");
  const ag::Actor* quill = actor(ex, "mara-quill");
  REQUIRE(quill != nullptr);
  CHECK(quill->type == ag::ActorType::kPerson);
  CHECK(quill->works_for == "veltrix");
  CHECK(need(ex, "veltrix").type == ag::ActorType::kCorporation);
  CHECK(actor_of(ex, "Quill") == "mara-quill");
  CHECK(actor_of(ex, "the company") == "veltrix");
  CHECK(actor_of(ex, "it") == "veltrix");
  // nominal and pronoun forms are not counted as forms of the actor
  CHECK(need(ex, "veltrix").forms.count("the company") == 0);
  CHECK(need(ex, "veltrix").forms.count("it") == 0);
}

TEST_CASE("possessive role titles and appositive roles", "[actors]") {
  auto ex = find(
      "Orvane Labs's chief executive Tobin Vesk spoke first. Ilse Marrow, chief financial "
      "officer of Kestrel Semiconductor, disagreed. Dara Pell, Veltrix's founder, left.");
  CHECK(need(ex, "tobin-vesk").works_for == "orvane");
  CHECK(need(ex, "ilse-marrow").works_for == "kestrel");
  REQUIRE(actor(ex, "dara-pell") != nullptr);
  CHECK(need(ex, "dara-pell").works_for == "veltrix");
}

TEST_CASE("government roles work for the state", "[actors]") {
  auto ex = find(
      "Chinese Commerce Minister Wen Halo met Orvane. In the United States, Commerce Secretary "
      "Ana Ruiz disagreed.");
  REQUIRE(actor(ex, "wen-halo") != nullptr);
  CHECK(need(ex, "wen-halo").works_for == "cn-government");
  REQUIRE(actor(ex, "ana-ruiz") != nullptr);
  CHECK(need(ex, "ana-ruiz").works_for == "us-government");
}

TEST_CASE("appositive cues type names", "[actors]") {
  auto ex = find(
      "Chinese firm Dravik rivals chipmaker Solen. Brightwater, a Dutch chipmaker, agreed. The "
      "watchdog Fairtrade Watch objected.");
  CHECK(need(ex, "dravik").type == ag::ActorType::kCorporation);
  CHECK(need(ex, "solen").type == ag::ActorType::kCorporation);
  CHECK(need(ex, "brightwater").type == ag::ActorType::kCorporation);
  CHECK(need(ex, "fairtrade-watch").type == ag::ActorType::kOrganization);
  CHECK(mention(ex, "Chinese") == nullptr);
  CHECK(mention(ex, "Dutch") == nullptr);
}

TEST_CASE("organisation heads and suffixes", "[actors]") {
  auto ex =
      find("The Institute of Applied Logic and Kestrel Holdings Ltd. sued Orvane Technologies.");
  CHECK(actor_of(ex, "Institute of Applied Logic") == "institute-of-applied-logic");
  CHECK(need(ex, "institute-of-applied-logic").type == ag::ActorType::kOrganization);
  CHECK(actor_of(ex, "Kestrel Holdings Ltd.") == "kestrel");
  CHECK(need(ex, "kestrel").type == ag::ActorType::kCorporation);
  CHECK(need(ex, "orvane").type == ag::ActorType::kCorporation);
}

TEST_CASE("products: possession, model numbers and their makers", "[actors]") {
  auto ex = find(
      "Regulators probed Zorvex's Z90 AI accelerators. Orvane said its K7 chips were safe. The "
      "Talon 910C trails the Z90. Orvane's FLUX software platform is popular.");
  const ag::Actor* z90 = actor(ex, "z90");
  REQUIRE(z90 != nullptr);
  CHECK(z90->type == ag::ActorType::kProduct);
  CHECK(z90->manufacturer == "zorvex");
  CHECK(need(ex, "zorvex").type == ag::ActorType::kCorporation);
  CHECK(actor_of(ex, "Z90 AI accelerators") == "z90");
  CHECK(actor_of(ex, "Z90") == "z90");
  REQUIRE(actor(ex, "k7") != nullptr);
  CHECK(need(ex, "k7").manufacturer == "orvane");
  CHECK(actor(ex, "talon-910c") != nullptr);
  CHECK(need(ex, "talon-910c").type == ag::ActorType::kProduct);
  REQUIRE(actor(ex, "flux") != nullptr);
  CHECK(need(ex, "flux").manufacturer == "orvane");
  const ag::Mention* zorvex = mention(ex, "Zorvex");
  REQUIRE(zorvex != nullptr);
  CHECK(zorvex->possessive);
}

TEST_CASE("sentence-initial and headline capitals of ordinary words are not actors", "[actors]") {
  auto ex = find(
      "Regulators Probe Orvane Over Data Practices\n\n"
      "Despite assurances, Orvane Labs lost ground in March. Furthermore, AI demand on Monday "
      "fell. Reports indicate the GPU market slowed.\n\n"
      "Source & Images\n\nLeave a Reply\n\nTable of Contents\n");
  CHECK(named_actors(ex) == std::vector<std::string>{"orvane"});
  CHECK(actor_of(ex, "Orvane") == "orvane");
}

TEST_CASE("a sentence-initial word the text also uses as a name is a name", "[actors]") {
  auto ex = find("Harbor fell. Analysts said Harbor would recover.");
  CHECK(actor_of(ex, "Harbor") == "harbor");
  CHECK(mention(ex, "Analysts") == nullptr);
}

TEST_CASE("mixed-case and all-caps names are names anywhere", "[actors]") {
  auto ex = find("DeepVale and QX Robotics gained. ByteLoom fell.");
  CHECK(actor_of(ex, "DeepVale") == "deepvale");
  CHECK(actor_of(ex, "QX Robotics") == "qx");
  CHECK(actor_of(ex, "ByteLoom") == "byteloom");
}

TEST_CASE("person pronouns resolve to the last person; pleonastic it is no mention", "[actors]") {
  auto ex = find("Orvane CEO Lina Sorel spoke. She said it remains unclear whether prices rise.");
  CHECK(actor_of(ex, "She") == "lina-sorel");
  for (const auto& m : ex.mentions)
    CHECK(m.surface != "it");
}

TEST_CASE("nominals without a compatible antecedent stay unresolved", "[actors]") {
  auto ex = find("The company said nothing.");
  CHECK(actor_of(ex, "The company") == "(unresolved)");
}

TEST_CASE("mentions carry spans, tokens, sentences and display surfaces", "[actors]") {
  std::string text = "Sales fell. The Zorvex\xE2\x80\x99s chips sold in China.";
  auto ex = find(text);
  const ag::Mention* m = mention(ex, "Zorvex");
  REQUIRE(m != nullptr);
  CHECK(text.substr(m->span.begin, m->span.end - m->span.begin) == "Zorvex");
  CHECK(m->possessive);
  CHECK(m->sentence == 1);
  CHECK(m->begin_token < m->end_token);
  const ag::Mention* c = mention(ex, "China");
  REQUIRE(c != nullptr);
  CHECK(c->sentence == 1);
}

TEST_CASE("ids do not depend on the order of the text", "[actors]") {
  auto a = find("Orvane Labs met Veltrix. Beijing objected.");
  auto b = find("Beijing objected. Veltrix met Orvane Labs.");
  CHECK(named_actors(a) == named_actors(b));
}

TEST_CASE("the catalog adds actors with aliases and affiliations", "[actors]") {
  std::string path = write_file("actors-catalog.json", R"({
    "actors": [{"name": "Veltrix Systems", "type": "company", "aliases": ["VTX"]},
               {"name": "Mara Quill", "type": "person", "works_for": "Veltrix Systems"},
               {"name": "Ministry of Lanterns", "type": "government", "country": "NL"}]})");
  auto k = ag::Knowledge::load(path);
  REQUIRE(k.ok());
  auto ex = find("VTX hired Mara Quill. The Ministry of Lanterns approved.", *k);
  CHECK(actor_of(ex, "VTX") == "veltrix");
  const ag::Mention* m = mention(ex, "VTX");
  REQUIRE(m != nullptr);
  CHECK(m->kind == ag::MentionKind::kCatalog);
  CHECK(need(ex, "veltrix").name == "Veltrix Systems");
  CHECK(need(ex, "veltrix").type == ag::ActorType::kCorporation);
  CHECK(need(ex, "mara-quill").works_for == "veltrix");
  CHECK(need(ex, "ministry-of-lanterns").area_served == "netherlands");
}

TEST_CASE("the catalog renames and suppresses actors", "[actors]") {
  std::string path = write_file("actors-rename.json", R"({
    "rename": [{"from": "orvane", "name": "Orvane Labs International", "id": "orvane-intl"}],
    "suppress": ["Kestrel", "beijing"]})");
  auto k = ag::Knowledge::load(path);
  REQUIRE(k.ok());
  auto ex = find("Orvane sued Kestrel. Kestrel appealed.", *k);
  const ag::Actor* o = actor(ex, "orvane-intl");
  REQUIRE(o != nullptr);
  CHECK(o->name == "Orvane Labs International");
  CHECK(o->forms.count("Orvane") == 1);
  CHECK(actor(ex, "kestrel") == nullptr);
  CHECK(mention(ex, "Kestrel") == nullptr);
  for (const auto& m : ex.mentions) {
    CHECK(m.actor < static_cast<int32_t>(ex.actors.size()));
  }
}

TEST_CASE("the seed article's actors, when the seed is present", "[actors]") {
  std::string path = std::string(ACTORGRAPH_SOURCE_DIR) + "/../shared/seed/h20-article.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    WARN("seed article not present; skipped");
    return;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto ex = find(text);
  auto ids = named_actors(ex);
  for (const char* id : {"cn-government", "us-government", "china", "singapore", "malaysia"}) {
    INFO(id);
    CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
  }
  int products = 0, persons = 0;
  for (const auto& a : ex.actors) {
    products += a.type == ag::ActorType::kProduct ? 1 : 0;
    persons += a.type == ag::ActorType::kPerson && !a.works_for.empty() ? 1 : 0;
  }
  CHECK(products == 3);
  CHECK(persons == 1);
  CHECK(ids.size() <= 16);
}

TEST_CASE("datelines, places, laws and lists are not actors", "[actors]") {
  auto ex = find(
      "HELSINKI \xE2\x80\x94 Orvane Labs, which is based in Austin, Texas, said the Chips Act and "
      "the Entity List hurt sales in Shanghai and Silicon Valley.");
  CHECK(named_actors(ex) == std::vector<std::string>{"orvane"});
  CHECK(mention(ex, "HELSINKI") == nullptr);
}

TEST_CASE("acronyms stand for the full name given in the text", "[actors]") {
  auto ex = find(
      "Kestrel Micro Devices sued. The Market Fairness Authority of Veltria studied it, and the "
      "Competition and Markets Authority in Britain agreed. KMD appealed; the CMA declined.");
  CHECK(actor_of(ex, "KMD") == "kestrel");
  CHECK(actor_of(ex, "Competition and Markets Authority") == "gb-government");
  CHECK(actor_of(ex, "CMA") == "gb-government");
}

TEST_CASE("possessives and conjunctions inside organisation names", "[actors]") {
  auto ex = find(
      "The Citizens\xE2\x80\x99 Data Alliance and the People's Bank of Veltria objected. Veltrix "
      "Systems' shares fell.");
  // The surface keeps the curly apostrophe as written.
  CHECK(actor_of(ex, "Citizens\xE2\x80\x99 Data Alliance") == "citizens-data-alliance");
  CHECK(actor_of(ex, "People's Bank of Veltria") == "peoples-bank-of-veltria");
  CHECK(need(ex, "peoples-bank-of-veltria").name == "People's Bank of Veltria");
  const ag::Mention* v = mention(ex, "Veltrix Systems");
  REQUIRE(v != nullptr);
  CHECK(v->possessive);
}

TEST_CASE("a sentence-initial ordinary word starts a name with an organisation cue", "[actors]") {
  auto ex =
      find("Sales fell. Meridian Card Services said fees rose. Following talks, Orvane agreed.");
  CHECK(actor_of(ex, "Meridian Card Services") == "meridian-card-services");
  CHECK(mention(ex, "Following") == nullptr);
}

TEST_CASE("British spellings and hyphenated ordinary words in headlines", "[actors]") {
  auto ex = find("Regulator Fines Orvane for Monopolising Chip-Equipment Sales\n\nOrvane paid.");
  CHECK(named_actors(ex) == std::vector<std::string>{"orvane"});
}

TEST_CASE("a short organ name after its full name", "[actors]") {
  auto ex = find(
      "The European Commission fined Orvane. In France, critics said the Commission was too "
      "slow.");
  CHECK(actor_of(ex, "Commission") == "eu-government");
}

TEST_CASE("regulator nominals refer to a regulator, not a company", "[actors]") {
  auto ex = find(
      "Britain's competition regulator blocked the deal. Veltrix Systems objected, but the "
      "regulator refused.");
  CHECK(actor_of(ex, "the regulator") == "gb-government");
}

TEST_CASE("names joined with a company are companies", "[actors]") {
  auto ex = find("Sales by Orvane Labs and Dravik rose.");
  CHECK(need(ex, "dravik").type == ag::ActorType::kCorporation);
}

TEST_CASE("money, measures and country pairs are no actors", "[actors]") {
  auto ex = find(
      "Orvane paid $7 billion (£5.5bn) for Dravik, or €1.2bn, after a 3D scan of China-EU and "
      "EU-US trade.");
  CHECK(named_actors(ex) == std::vector<std::string>{"dravik", "orvane"});
}

TEST_CASE("photo credits, cross-links, file names and party tags are furniture", "[actors]") {
  auto ex = find(
      "Orvane Sued by Regulator\n\nImage credit: Mara Quill/Pixelbank\n\nOrvane_at_Kestrelfest\n\n"
      "Orvane was fined (Credit: Talvo/Wikistock).\n\nAlso on VN: Dravik Buys Kestrel\n\n"
      "\"Too slow,\" said Sen. Ana Ruiz (D-Ore.), who chairs a panel.");
  auto names = named_actors(ex);
  CHECK(std::find(names.begin(), names.end(), "orvane") != names.end());
  CHECK(actor(ex, "pixelbank") == nullptr);
  CHECK(actor(ex, "mara-quill") == nullptr);
  CHECK(actor(ex, "talvo") == nullptr);
  CHECK(actor(ex, "kestrelfest") == nullptr);
  CHECK(actor(ex, "vn") == nullptr);
  CHECK(actor(ex, "dravik") != nullptr);  // the linked headline still names actors
  CHECK(actor(ex, "d-ore") == nullptr);
  CHECK(actor(ex, "ana-ruiz") != nullptr);
}

TEST_CASE("laws, programmes and adjectives before a hyphen are no actors", "[actors]") {
  auto ex = find(
      "Orvane will claim the Federal Investment Tax Credit under the CHIPS and Science Act, "
      "citing a Cold War-era rule and the GDPR.");
  CHECK(named_actors(ex) == std::vector<std::string>{"orvane"});
}

TEST_CASE("a label after a possessive and a country of origin are no actors", "[actors]") {
  auto ex = find(
      "Products marked Orvane's Choice sold well. Dravik bought Finland's Kestrin, and later "
      "acquired Finnish Talvex and Finland's Mornex Technologies.");
  CHECK(actor(ex, "choice") == nullptr);
  CHECK(actor_of(ex, "Kestrin") == "kestrin");
  CHECK(actor_of(ex, "Talvex") == "talvex");
  CHECK(actor_of(ex, "Mornex Technologies") == "mornex");
}

TEST_CASE("a country prefix before an organ joined by 'and'", "[actors]") {
  auto ex = find("The U.K. Competition and Markets Authority said it opposed the deal.");
  CHECK(actor_of(ex, "U.K. Competition and Markets Authority") == "gb-government");
}

TEST_CASE("a portfolio between a title and a name", "[actors]") {
  auto ex = find("Veltria's Minister of Commerce Talia Brenn rejected the claims.");
  CHECK(actor_of(ex, "Talia Brenn") == "talia-brenn");
  CHECK(actor(ex, "commerce-talia-brenn") == nullptr);
}

TEST_CASE("a title-case headline keeps a name pair the body uses", "[actors]") {
  auto ex = find(
      "Regulator Sues to Block Dravik's Purchase of Global Foods\n\n"
      "The regulator sued to block the purchase of Global Foods Inc. by Dravik.");
  CHECK(actor(ex, "global") == nullptr);
}

TEST_CASE("surface forms keep the text as written, with white space folded", "[actors]") {
  auto ex = find(
      "The Kestrel\xE2\x80\x99s Guild of Veltria\xC2\xA0Holdings objected. Orvane \t Labs "
      "and Dra\xC2\xADvik Systems agreed with U. S. officials.");
  CHECK(mention(ex, "Orvane Labs") != nullptr);
  CHECK(mention(ex, "Dravik Systems") != nullptr);
  CHECK(actor_of(ex, "U.S. officials") == "us-government");
  CHECK(ag::actors_internal::surface_form("U.S.export  curbs\xE2\x80\x8B") == "U.S. export curbs");
  CHECK(ag::actors_internal::surface_form("Citizens\xE2\x80\x99 Data") ==
        "Citizens\xE2\x80\x99 Data");
}

TEST_CASE("organ nominals refer to the state of the organ just named", "[actors]") {
  auto ex = find(
      "Norway's competition watchdog fined Orvane Labs. Later, Chile's trade ministry fined "
      "Mornex. The ministry said its decision was final. The agency agreed.");
  CHECK(actor_of(ex, "ministry") == "cl-government");
  CHECK(actor_of(ex, "The agency") == "cl-government");
}

TEST_CASE("the bloc is the union of states named before", "[actors]") {
  auto ex =
      find("The European Commission fined Dravik Motors. The bloc said the carmaker broke rules.");
  CHECK(actor_of(ex, "bloc") == "eu-government");
  CHECK(actor_of(ex, "the carmaker") == "dravik");
  auto none = find("Dravik Motors sold cars. The bloc said nothing.");
  CHECK(actor_of(none, "bloc") == "(unresolved)");
}

TEST_CASE("plural nominals stand for a list; possessives follow a resolved nominal", "[actors]") {
  auto ex = find(
      "Kestrel Group and Talvo Holdings sued. Lawyers said the companies would win. Japan's "
      "regulator fined Sorrel Networks, the operator of a grid. The group said its costs rose.");
  CHECK(group_of(ex, "the companies") == "kestrel talvo");
  CHECK(actor_of(ex, "The group") == "sorrel");
  CHECK(actor_of(ex, "its") == "sorrel");
  // With no list before it, a plural nominal stays unresolved.
  auto none = find("Orvane sued Veltrix. Analysts said the firms would settle.");
  CHECK(actor_of(none, "the firms") == "(unresolved)");
}

TEST_CASE("a company gets one id with or without its generic company word", "[actors]") {
  auto one = find("Veltrix Systems sued Orvane.");
  auto two =
      find("Veltrix sued Orvane Labs Inc. on Monday. Ocean Systems and General Motors watched.");
  CHECK(actor_of(one, "Veltrix Systems") == actor_of(two, "Veltrix"));
  CHECK(actor_of(one, "Orvane") == actor_of(two, "Orvane Labs Inc."));
  CHECK(actor_of(two, "Ocean Systems") == "ocean-systems");
  CHECK(actor_of(two, "General Motors") == "general-motors");
  CHECK(need(one, "veltrix").name == "Veltrix Systems");  // the name keeps the text's words
}

TEST_CASE("contractions, split site names and titles of ordinary words", "[actors]") {
  auto ex = find(
      "Money Alone Can\xE2\x80\x99t Save Orvane\n\nThe deal failed, Trade.Vx reports. Sales of "
      "games like Call of Duty rose at Orvane.");
  CHECK(mention(ex, "Can\xE2\x80\x99t") == nullptr);
  CHECK(actor(ex, "trade") == nullptr);
  CHECK(actor(ex, "vx") == nullptr);
  CHECK(actor_of(ex, "Call of Duty") == "call-of-duty");
  CHECK(actor(ex, "call") == nullptr);
}

TEST_CASE("a country adjective as a noun acts; a country before a described company does not",
          "[actors]") {
  auto ex = find(
      "Veltrix warned the Dutch of consequences. US e-commerce giant Orvane agreed, and "
      "Dutch and Japanese curbs followed.");
  CHECK(actor_of(ex, "Dutch") == "nl-government");
  CHECK(actor(ex, "united-states") == nullptr);
  CHECK(actor(ex, "us-government") == nullptr);
  CHECK(actor_of(ex, "Orvane") == "orvane");
}

TEST_CASE("a maker's product described in lower case after its possessive", "[actors]") {
  auto ex = find(
      "The duties do not apply to Orvane's plug-in hybrids. Its self-driving cars and Dravik's "
      "cars sold well.");
  CHECK(actor_of(ex, "plug-in hybrids") == "plug-in-hybrids");
  CHECK(need(ex, "plug-in-hybrids").manufacturer == "orvane");
  CHECK(need(ex, "plug-in-hybrids").type == ag::ActorType::kProduct);
  CHECK(actor_of(ex, "self-driving cars") == "self-driving-cars");  // "its" is Orvane
  CHECK(need(ex, "self-driving-cars").manufacturer == "orvane");
  CHECK(mention(ex, "cars") == nullptr);  // a bare product noun names nothing
  auto adj = find("Dravik may not sell its most advanced deep-ultraviolet machines abroad.");
  CHECK(actor_of(adj, "deep-ultraviolet machines") == "deep-ultraviolet-machines");
  CHECK(need(adj, "deep-ultraviolet-machines").manufacturer == "dravik");
}

TEST_CASE("a quoted 'it' is not its speaker; regulator nominals need a regulator", "[actors]") {
  auto ex = find(
      "Kestrel Group sued Talvo. \"It has no case,\" Talvo said in a statement. Orvane said the "
      "watchdog was wrong.");
  CHECK(actor_of(ex, "It") == "kestrel");
  CHECK(actor_of(ex, "the watchdog") == "(unresolved)");
}

TEST_CASE("a name's tail that its bracketed acronym spells out", "[actors]") {
  auto ex = find(
      "The Veltrian Chamber of Commerce to the EU (VCCEU) objected. Orvane sold chips to the "
      "EU (EU) today. The VCCEU said no.");
  CHECK(actor_of(ex, "Veltrian Chamber of Commerce to the EU") ==
        "veltrian-chamber-of-commerce-to-the-eu");
  CHECK(actor_of(ex, "VCCEU") == "veltrian-chamber-of-commerce-to-the-eu");
  CHECK(actor_of(ex, "Orvane") == "orvane");
}

TEST_CASE("a lone introductory word before a comma is no name", "[actors]") {
  auto ex = find(
      "Orvane agreed to buy Dravik. Postdeal, the combined companies would lead the market. "
      "Kestrin, a Dutch chipmaker, objected. Talvex, which sells chips, agreed.");
  CHECK(actor(ex, "postdeal") == nullptr);
  CHECK(actor(ex, "kestrin") != nullptr);
  CHECK(actor(ex, "talvex") != nullptr);
}

TEST_CASE("a one-word owner of a title named nowhere else is part of the title", "[actors]") {
  auto ex = find(
      "A report in the blog Tom's Hardware said Orvane's Choice labels misled buyers. Orvane "
      "denied it.");
  CHECK(actor(ex, "tom") == nullptr);
  CHECK(actor(ex, "hardware") == nullptr);
  CHECK(actor(ex, "choice") == nullptr);
  CHECK(actor_of(ex, "Orvane") == "orvane");
}

TEST_CASE("a list of country adjectives is no government; digit names survive", "[actors]") {
  auto ex = find("Chinese, Japanese and Korean firms sold chips. 3M and 5G rose.");
  CHECK(actor(ex, "cn-government") == nullptr);
  CHECK(mention(ex, "3M") != nullptr);
  CHECK(mention(ex, "5G") == nullptr);
}

TEST_CASE("counted and 'both' nominals take as many actors as they count", "[actors]") {
  auto three =
      find("Veltrix, Orvane and Kestrel Motors were fined. The three companies will appeal.");
  CHECK(group_of(three, "The three companies") == "veltrix orvane kestrel");
  auto both = find("Regulators cleared Veltrix and Orvane Labs. Both firms welcomed the ruling.");
  CHECK(group_of(both, "Both firms") == "veltrix orvane");
  // Named apart, in two sentences.
  auto apart = find("Veltrix sued Orvane on Monday. The two tech giants have long been rivals.");
  CHECK(group_of(apart, "The two tech giants") == "veltrix orvane");
  // A list of the wrong size is not what "the two firms" counts.
  auto wrong = find("Veltrix, Orvane and Kestrel Motors sued. The two firms lost.");
  CHECK(group_of(wrong, "The two firms") != "veltrix orvane kestrel");
  // "both" needs a plural: "both" alone or "both the" + singular names nothing.
  auto sing = find("Veltrix and Orvane met. They agreed on both counts.");
  CHECK(mention(sing, "both counts") == nullptr);
}

TEST_CASE("'they', 'them' and 'their' refer to a list or to plural officials", "[actors]") {
  auto list = find("Veltrix and Orvane said they would appeal against the ruling.");
  CHECK(group_of(list, "they") == "veltrix orvane");
  auto after = find("Both companies disagreed. Minister Talia Brenn said the deal hurt them.");
  CHECK(mention(after, "them") == nullptr);  // "both companies" named nobody before it
  auto chain = find("Veltrix and Orvane were fined. Both companies said their lawyers would act.");
  CHECK(group_of(chain, "their") == "veltrix orvane");
  auto officials = find("Chinese officials said they would review the deal.");
  CHECK(actor_of(officials, "they") == "cn-government");
  CHECK(group_of(officials, "they") == "(no group)");
  // With nothing to refer to, "they" is no mention at all.
  auto none = find("They said prices rose. Mara Quill agreed.");
  CHECK(mention(none, "They") == nullptr);
  // A list of persons is one too; a person and a company are no list.
  auto people = find("Minister Talia Brenn and Ivo Marsk said they had met.");
  CHECK(group_of(people, "they") == "talia-brenn ivo-marsk");
  auto mixed = find("Minister Talia Brenn and Orvane Labs said they had met.");
  CHECK(mention(mixed, "they") == nullptr);
}

TEST_CASE("nominals with modifiers; words that point elsewhere are no nominal", "[actors]") {
  auto ex = find(
      "Orvane was fined in Italy on Monday. The company said it disagreed with the antitrust "
      "authority. The social media company will appeal.");
  CHECK(actor_of(ex, "the antitrust authority") == "it-government");
  CHECK(actor_of(ex, "The social media company") == "orvane");
  auto other = find("Chile's regulator fined Orvane. The other company was cleared.");
  CHECK(mention(other, "The other company") == nullptr);
  auto hyphen = find("Orvane said on Monday that the Oslo-based chipmaker would appeal.");
  CHECK(actor_of(hyphen, "the Oslo-based chipmaker") == "orvane");
}

TEST_CASE("a country adjective before a regulator noun is that state's organ", "[actors]") {
  auto ex = find(
      "The European Commission opened a probe. The Irish watchdog fined Orvane. The regulator "
      "said the fine was fair.");
  CHECK(actor_of(ex, "Irish watchdog") == "ie-government");
  CHECK(actor_of(ex, "The regulator") == "ie-government");
}

TEST_CASE("'the commission' after a named commission is its state", "[actors]") {
  auto ex = find(
      "Japan's Fair Trade Commission fined Orvane. Kestrel Motors and the European Union "
      "watched. The commission said the fine was fair.");
  CHECK(actor_of(ex, "The commission") == "jp-government");
}

TEST_CASE("the possessor of a product is its maker, not a state", "[actors]") {
  auto ex = find("Orvane was fined by the Chilean regulator over its K7 phones.");
  CHECK(actor_of(ex, "its") == "orvane");
  CHECK(need(ex, "k7").manufacturer == "orvane");
}

TEST_CASE("acronyms without the country, and acronyms in brackets", "[actors]") {
  auto ex = find(
      "Orvane was fined by the Irish Data Protection Commission (DPC) on Monday. The DPC said "
      "the fine was fair. The U.K. Competition and Markets Authority agreed, and the CMA "
      "said so.");
  CHECK(actor_of(ex, "DPC") == "ie-government");
  CHECK(actor_of(ex, "CMA") == "gb-government");
  auto bracket = find("Veltrix Systems (VXS) sued Orvane. VXS said it would win.");
  CHECK(actor_of(bracket, "VXS") == "veltrix");
}

TEST_CASE("'it' opening a sentence continues the subject before", "[actors]") {
  auto ex = find("Chile's regulator has fined Orvane. It also warned Kestrel Motors.");
  CHECK(actor_of(ex, "It") == "cl-government");
  auto intro = find("Chile's regulator has fined Orvane. On Monday, it warned Kestrel Motors.");
  CHECK(actor_of(intro, "it") == "cl-government");
  // Not inside a sentence: the nearest name still wins there.
  auto inner = find("Chile's regulator has fined Orvane. Analysts said it would appeal.");
  CHECK(actor_of(inner, "it") == "orvane");
}

TEST_CASE("a plural reference gives the relation stage one relation per actor", "[actors]") {
  auto k = default_knowledge();
  auto finder = ag::ActorFinder::create(k);
  auto extractor = ag::RelationExtractor::create(k);
  REQUIRE(finder.ok());
  REQUIRE(extractor.ok());
  ag::Document doc;
  doc.id = "test";
  doc.text =
      "Chile's regulator fined Veltrix and Orvane on Monday. Both companies accused the "
      "regulator of bias.";
  ag::Extraction ex;
  ex.text = ag::analyze_text(doc.text);
  finder->find(doc, &ex);
  extractor->extract(doc, &ex);
  std::vector<std::string> accuses;
  for (const auto& r : ex.relations) {
    if (r.type == ag::RelationType::kAccuses) accuses.push_back(r.agent + ">" + r.object);
  }
  std::sort(accuses.begin(), accuses.end());
  CHECK(accuses == std::vector<std::string>{"orvane>cl-government", "veltrix>cl-government"});
}

TEST_CASE("an appositive role with plain words before it links the person", "[actors]") {
  auto ex = find(
      "The European Commission fined Orvane. Ilse Varga, the competition commissioner, said "
      "the fine was fair.");
  CHECK(need(ex, "ilse-varga").works_for == "eu-government");
  auto poss = find(
      "The European Commission fined Orvane. Ilse Varga, the commission's antitrust chief, "
      "said so.");
  CHECK(need(poss, "ilse-varga").works_for == "eu-government");
}

TEST_CASE("a first name that is also a lexicon word, after a title", "[actors]") {
  auto ex = find("Orvane Chief Executive Bill Marsk said the facts favor Orvane. He said more.");
  CHECK(actor_of(ex, "Bill Marsk") == "bill-marsk");
  CHECK(need(ex, "bill-marsk").type == ag::ActorType::kPerson);
  CHECK(need(ex, "bill-marsk").works_for == "orvane");
  CHECK(actor_of(ex, "He") == "bill-marsk");
}

TEST_CASE("a person's first word alone refers back to the person", "[actors]") {
  auto ex = find(
      "Chinese foreign ministry spokesperson Tao Renmin said Japan erred. Reporters said Tao "
      "was calm.");
  CHECK(actor_of(ex, "Tao") == "tao-renmin");
}

TEST_CASE("chambers of a parliament are their state", "[actors]") {
  auto ex = find(
      "The US Congress debated a bill on Veltrix. The House passed it, but senators in the "
      "upper chamber want more time.");
  CHECK(actor_of(ex, "House") == "us-government");
  CHECK(actor_of(ex, "senators") == "us-government");
  CHECK(actor_of(ex, "upper chamber") == "us-government");
  auto uk = find("Britain's House of Commons voted to ban Orvane.");
  CHECK(actor_of(uk, "House of Commons") == "gb-government");
}

TEST_CASE("'the company' skips a one-word name of no known kind", "[actors]") {
  auto ex = find(
      "Orvane Labs sent its chief to campaign on the Hill. Lawmakers said the company would "
      "fail.");
  CHECK(actor_of(ex, "the company") == "orvane");
}

TEST_CASE("a nominal with a country skips a company a cue says is from elsewhere", "[actors]") {
  auto ex = find(
      "The US chip giant Orvane agreed to buy Israel's Kestrel Labs. Regulators said the "
      "American company must keep prices low.");
  CHECK(actor_of(ex, "the American company") == "orvane");
  auto adj = find(
      "Japanese carmaker Dravik sold its stake to Dutch firm Talvo. The Japanese company said "
      "the sale was done.");
  CHECK(actor_of(adj, "The Japanese company") == "dravik");
  // With no cue, the nearest company still fits.
  auto none = find("Orvane bought Kestrel Labs. The American company said so.");
  CHECK(actor_of(none, "The American company") == "kestrel");
}

TEST_CASE("a name before a maker cue is the maker's product", "[actors]") {
  auto ex = find(
      "Veltrix dropped its bid for Zephyra vacuum maker Kestrel Labs. The company said jobs "
      "would go.");
  CHECK(need(ex, "zephyra").type == ag::ActorType::kProduct);
  CHECK(need(ex, "zephyra").manufacturer == "kestrel");
  CHECK(actor_of(ex, "The company") == "kestrel");
}

TEST_CASE("two capitalised words with a company's role or product are a company", "[actors]") {
  auto ex = find(
      "Mara Quill, chief executive of Dalton Reeve, said the deal was dead. Orvane sued "
      "Corvin Ashby. Corvin Ashby's chief executive said the claim was weak.");
  CHECK(need(ex, "dalton-reeve").type == ag::ActorType::kCorporation);
  CHECK(need(ex, "mara-quill").works_for == "dalton-reeve");
  CHECK(need(ex, "corvin-ashby").type == ag::ActorType::kCorporation);
  // A person's spokesperson leaves the person a person.
  auto spk = find("Mara Quill, Talia Brenn's spokesperson, said so.");
  CHECK(need(spk, "talia-brenn").type == ag::ActorType::kPerson);
}

TEST_CASE("ordinary words joined by 'and' before an organ's head are one name", "[actors]") {
  auto ex = find("Kestrel Motors was fined by the Securities and Futures Commission of Norway.");
  CHECK(actor_of(ex, "Securities and Futures Commission of Norway") == "no-government");
}

TEST_CASE("a company nominal prefers a name that no preposition governs", "[actors]") {
  auto ex = find(
      "Chile's regulator moved to block Orvane's purchase of video game publisher Kestrel Labs. "
      "The move is a blow for the tech giant.");
  CHECK(actor_of(ex, "the tech giant") == "orvane");
  auto owned = find(
      "Talvo, owned by China's Dravik Group, said the ministry erred. The company said it "
      "would seek an exemption.");
  CHECK(actor_of(owned, "The company") == "talvo");
  // With only a prepositional object in the sentence before, that one is still meant.
  auto only = find("The probe has consequences for Oslo-based Kestrel Labs. The company said so.");
  CHECK(actor_of(only, "The company") == "kestrel");
}

TEST_CASE("titles of laws, rule sets and contracts name no actor", "[actors]") {
  auto ex = find(
      "The ban rests on section 12B of the Digital Trade Act and the Data Security (Storage and "
      "Transfer of Records by Platforms) Rules 2021, Orvane said.");
  CHECK(named_actors(ex) == std::vector<std::string>{"orvane"});
  auto deal = find(
      "Kestrel Motors granted Orvane a Chassis Design Agreement (CDA) and a Battery Supply "
      "Agreement (BSA) in 2019.");
  CHECK(named_actors(deal) == std::vector<std::string>{"kestrel", "orvane"});
  // A country before the title stays an actor; a first name "Bill" stays a person's.
  auto eu = find("Orvane must comply with the EU Platform Act, said Veltrix chief Bill Harrow.");
  CHECK(mention(eu, "EU") != nullptr);
  CHECK(need(eu, "bill-harrow").type == ag::ActorType::kPerson);
}

TEST_CASE("a currency's country prefix is no actor", "[actors]") {
  auto ex = find("Orvane, worth US$1.2 trillion, sells chips. HK$5 bought little.");
  CHECK(named_actors(ex) == std::vector<std::string>{"orvane"});
}

TEST_CASE("a capitalised word the text writes in lower case is a common noun", "[actors]") {
  auto ex = find(
      "Orvane dominates medtech sales. Regulators said Orvane abused its lead in medtech and "
      "may have to sell its Medtech business.");
  CHECK(actor(ex, "medtech") == nullptr);
  // A name written capitalised more often than in lower case stays a name.
  auto arm = find("Kestrel Motors sued Talon. Talon said Talon would fight with every talon.");
  CHECK(actor(arm, "talon") != nullptr);
}

TEST_CASE("a town named with its region is a place", "[actors]") {
  auto ex = find("Orvane's new plant in Harwick, Texas, will open in May.");
  CHECK(actor(ex, "harwick") == nullptr);
  auto dl = find("SEATTLE, Washington: Regulators sued Orvane.");
  CHECK(actor_of(dl, "Washington") == "(no mention)");
}

TEST_CASE("a role title before another person's name is not an appositive", "[actors]") {
  auto ex = find(
      "Asked about breaking up Orvane, Trade Chair Mara Quill said the focus was on liability.");
  CHECK(need(ex, "orvane").type != ag::ActorType::kPerson);
  CHECK(need(ex, "mara-quill").type == ag::ActorType::kPerson);
}

TEST_CASE("a state's adjective before its act stands for its government", "[actors]") {
  auto ex = find("The American restrictions hurt Orvane. Chinese retaliatory tariffs followed.");
  CHECK(actor_of(ex, "American") == "us-government");
  CHECK(actor_of(ex, "Chinese") == "cn-government");
  // Before its trade, the country as a market; before companies, no actor at all.
  auto trade = find("Tariffs on Japanese exports rose. Japanese companies such as Orvane paid.");
  const ag::Mention* m = mention(trade, "Japanese");
  REQUIRE(m != nullptr);
  CHECK(m->kind == ag::MentionKind::kCountry);
  CHECK(actor_of(trade, "Japanese") == "japan");
  auto firms = find("Chinese companies such as Orvane paid more.");
  CHECK(mention(firms, "Chinese") == nullptr);
}

TEST_CASE("a court with its state's adjective is that state's government", "[actors]") {
  auto ex = find("A Dutch court suspended Orvane's chief executive Mara Quill.");
  CHECK(actor_of(ex, "Dutch court") == "nl-government");
}

TEST_CASE("'it' after a verb of saying is the speaker, and 'its' follows it", "[actors]") {
  auto ex = find(
      "The Japanese trade ministry said on Friday it was adding Orvane and Kestrel Motors to its "
      "export blacklist. The department said it was adding two more firms.");
  const ag::Mention* it = mention(ex, "it");
  REQUIRE(it != nullptr);
  CHECK(ex.actors[static_cast<std::size_t>(it->actor)].id == "jp-government");
  CHECK(actor_of(ex, "its") == "jp-government");
  CHECK(actor_of(ex, "department") == "jp-government");
  // A name that is the subject of an infinitive owns the "its" after it.
  auto inf = find("The regulator said it would order Orvane to stop its unlawful conduct.");
  CHECK(actor_of(inf, "its") == "orvane");
}

TEST_CASE("'it' after a verb of saying is the speaker even when another state is nearer",
          "[actors]") {
  // The speaker is a country: its government, not the state the headline named last.
  auto ex = find(
      "Veltria clashes with Kestrelia\n\nTalks between Veltria and Beijing failed. Japan on "
      "Monday announced it was blocking Orvane's app.");
  const ag::Mention* it = mention(ex, "it");
  REQUIRE(it != nullptr);
  CHECK(ex.actors[static_cast<std::size_t>(it->actor)].id == "jp-government");
  // The speaker is the organ, not the country after "of" in its name.
  auto organ = find(
      "Beijing protested. The Ministry of Commerce of Japan said it would review Orvane's "
      "licence.");
  const ag::Mention* it2 = mention(organ, "it");
  REQUIRE(it2 != nullptr);
  CHECK(organ.actors[static_cast<std::size_t>(it2->actor)].id == "jp-government");
  // A person is no "it": the usual antecedent search decides.
  auto person = find("Orvane fired Mara Quill. Mara Quill said it was unfair.");
  const ag::Mention* it3 = mention(person, "it");
  if (it3 != nullptr)
    CHECK(person.actors[static_cast<std::size_t>(it3->actor)].type != ag::ActorType::kPerson);
}

TEST_CASE("an organ without its state follows the state of the last organ named", "[actors]") {
  auto ex = find(
      "India restricts Orvane apps\n\nThe ban follows a clash between New Delhi and Beijing. "
      "Chinese officials protested. Beijing said it was unfair and warned New Delhi. According "
      "to the government statement, the apps are a threat. The Ministry of Rural Development said "
      "it "
      "received complaints.");
  const ag::Mention* gov = mention(ex, "government");
  REQUIRE(gov != nullptr);
  CHECK(ex.actors[static_cast<std::size_t>(gov->actor)].id == "in-government");
  CHECK(actor_of(ex, "Ministry of Rural Development") == "in-government");
}

TEST_CASE("the people of a country, term acronyms and technologies are no actors", "[actors]") {
  auto ex = find(
      "Veltrix said the fine is a setback for Indians and Israelis who trust its phones. "
      "Its Lumo OS is installed by Original Equipment Manufacturers (OEMs) of tablets, and "
      "NGOs complained. Orvane sold Veltrix its low noise amplifier (LNA) modules for WiFi "
      "and Bluetooth links, and the regulator said Orvane leads the LNA market.");
  std::vector<std::string> named = named_actors(ex);
  for (const char* junk : {"indians", "israelis", "oems", "original-equipment-manufacturers",
                           "ngos", "lna", "wifi", "bluetooth"}) {
    INFO(junk);
    CHECK(std::find(named.begin(), named.end(), junk) == named.end());
  }
  need(ex, "veltrix");
  need(ex, "orvane");
  // A capitalised spelled-out name keeps its acronym.
  auto org = find("The Kestrel Data Council (KDC) fined Orvane. The KDC said it was final.");
  CHECK(mention(org, "KDC") != nullptr);
  CHECK(actor_of(org, "KDC") != "(no mention)");
}

TEST_CASE("decades, ordinals and participle adjectives do not make names", "[actors]") {
  // "'90s" before a name is no part of it.
  auto ex = find("Like the government's late-'90s Veltrix case, the suit targets Orvane.");
  CHECK(actor_of(ex, "Veltrix") == "veltrix");
  CHECK(mention(ex, "90s Veltrix") == nullptr);
  // An ordinal numbers a unit: an organisation, not a product.
  auto unit = find("Orvane is owned by the 41st Research Institute, the ministry said.");
  const ag::Mention* u = mention(unit, "41st Research Institute");
  REQUIRE(u != nullptr);
  CHECK(unit.actors[static_cast<std::size_t>(u->actor)].type != ag::ActorType::kProduct);
  // "Veltria-Made" in a title-case headline is an adjective.
  auto head = find("Veltria-Made Cheese, Kestrel-Built Boats on Tariff List\n\nThe bloc acted.");
  std::vector<std::string> named = named_actors(head);
  CHECK(std::find(named.begin(), named.end(), "veltria-made") == named.end());
  CHECK(std::find(named.begin(), named.end(), "kestrel-built") == named.end());
}

TEST_CASE("given names in two parts and family names first", "[actors]") {
  auto ex = find(
      "Trade Commission Chairman Pak Su-dong said Veltrix forced Orvane to sign. Lee Min-seo "
      "of Kestrel Securities said the case was weak.");
  CHECK(actor_of(ex, "Pak Su-dong") == "pak-su-dong");
  CHECK(actor_of(ex, "Lee Min-seo") == "lee-min-seo");
  CHECK(need(ex, "lee-min-seo").type == ag::ActorType::kPerson);
  CHECK(mention(ex, "Pak") == nullptr);
}

TEST_CASE("a title alone and its portfolio name no actor", "[actors]") {
  auto ex = find(
      "\"The deal would harm travellers,\" said Mara Quill, Commissioner for Competition. "
      "Orvane will appeal, the Commissioner said.");
  std::vector<std::string> named = named_actors(ex);
  CHECK(std::find(named.begin(), named.end(), "commissioner") == named.end());
  CHECK(std::find(named.begin(), named.end(), "competition") == named.end());
  need(ex, "mara-quill");
}

TEST_CASE("armed forces of a country and places are its state or nothing", "[actors]") {
  auto ex = find(
      "Orvane supplies the Armed Forces of Veltria and the Northern District of Kestrel, and "
      "it builds a plant in the city of Xian.");
  auto real = find("Orvane supplies drones to the Armed Forces of Ukraine, a report said.");
  CHECK(actor_of(real, "Armed Forces of Ukraine") == "ua-government");
  std::vector<std::string> named = named_actors(ex);
  CHECK(std::find(named.begin(), named.end(), "district") == named.end());
  CHECK(std::find(named.begin(), named.end(), "xian") == named.end());
}

TEST_CASE("political parties are organisations, even opening a sentence", "[actors]") {
  auto ex = find(
      "Veltria weighs a ban on Orvane. Republicans in the US are pushing the administration to "
      "act, and Democrats agree.");
  CHECK(need(ex, "republicans").type == ag::ActorType::kOrganization);
  CHECK(actor_of(ex, "Democrats") == "democrats");
}

TEST_CASE("'X-Y' of two names the text writes alone is two mentions", "[actors]") {
  auto ex = find(
      "Japan approves Veltrix-Orvane merger\n\nJapan cleared Veltrix to buy Orvane. Orvane "
      "shares rose, and Kestrel-Built boats sold well.");
  std::vector<std::string> named = named_actors(ex);
  CHECK(std::find(named.begin(), named.end(), "veltrix-orvane") == named.end());
  int veltrix = 0, orvane = 0;
  for (const auto& m : ex.mentions) {
    if (m.sentence != 0 || m.actor < 0) continue;
    const std::string& id = ex.actors[static_cast<std::size_t>(m.actor)].id;
    veltrix += id == "veltrix";
    orvane += id == "orvane";
    if (id == "veltrix") CHECK(m.surface == "Veltrix");
  }
  CHECK(veltrix == 1);
  CHECK(orvane == 1);
  // A pair the text never writes apart stays one name.
  auto one = find("Shares of Brennick-Talvo rose after Brennick-Talvo sued Orvane.");
  CHECK(actor_of(one, "Brennick-Talvo") == "brennick-talvo");
}

TEST_CASE("a unit of a state organ is that state", "[actors]") {
  auto ex = find(
      "Orvane Labs is owned by the 41st Research Institute of the General Staff of the "
      "People's Liberation Army of China, the ministry said.");
  CHECK(actor_of(ex,
                 "41st Research Institute of the General Staff of the People's Liberation "
                 "Army of China") == "cn-government");
  auto nl = find("The Ministry of Foreign Affairs of the Netherlands summoned Orvane.");
  CHECK(actor_of(nl, "Ministry of Foreign Affairs of the Netherlands") == "nl-government");
}

TEST_CASE("a name in apposition to a state organ is that state's government", "[actors]") {
  auto ex = find(
      "Italy's privacy watchdog Kestrel fined Orvane. The Kestrel said it would act. Veltrix "
      "was fined by Brannoch, Japan's data protection authority, on Monday.");
  CHECK(actor_of(ex, "Kestrel") == "it-government");
  CHECK(actor_of(ex, "Brannoch") == "jp-government");
  auto nl = find("Talvo, the Dutch competition regulator, fined Veltrix.");
  CHECK(actor_of(nl, "Talvo") == "nl-government");
  // State media and persons keep their own actors.
  auto media = find("Chinese state media Xorin said Mara Quill, the Dutch regulator, erred.");
  CHECK(actor_of(media, "Xorin") != "cn-government");
  CHECK(actor_of(media, "Mara Quill") == "mara-quill");
  // A commercial agency is no organ: "travel agency X" is a company of that country.
  auto travel = find("Veltrix bought the Swedish online travel agency Brannoch on Monday.");
  CHECK(actor_of(travel, "Brannoch") == "brannoch");
  CHECK(mention(travel, "Swedish online travel agency") == nullptr);
}

TEST_CASE("a state adjective before its stores or consumers names the country as a market",
          "[actors]") {
  auto ex = find("Orvane's app was removed from Italian app stores, and German consumers left.");
  CHECK(actor_of(ex, "Italian") == "italy");
  CHECK(actor_of(ex, "German") == "germany");
}

TEST_CASE("a role after industry words makes the name a person", "[actors]") {
  auto ex = find("Mara Quill, a veteran telecom industry analyst, said that Orvane erred.");
  CHECK(need(ex, "mara-quill").type == ag::ActorType::kPerson);
  auto firm = find("Orvane, a telecom firm, sued Veltrix.");
  CHECK(need(firm, "orvane").type == ag::ActorType::kCorporation);
}

TEST_CASE("'DOJ' for the Justice Department and acronyms between commas after an organ",
          "[actors]") {
  auto ex = find(
      "The Justice Department sued Orvane. The suit comes amid broader DOJ scrutiny. The "
      "Department of Commerce fined Veltrix, and DOC officials said more would come.");
  CHECK(actor_of(ex, "DOJ") == "us-government");
  CHECK(actor_of(ex, "DOC") == "us-government");
  auto nl = find("In May, the Dutch privacy watchdog, KVP, opened a probe into Veltrix.");
  CHECK(actor_of(nl, "KVP") == "nl-government");
}

TEST_CASE("courts and units named after an organ belong to their state", "[actors]") {
  auto ex = find(
      "The High Court of Ireland ruled against Veltrix. The Supreme Court of Japan heard "
      "Orvane.");
  CHECK(actor_of(ex, "High Court of Ireland") == "ie-government");
  CHECK(actor_of(ex, "Supreme Court of Japan") == "jp-government");
  auto us = find("US officials met Orvane. The Senate Finance Committee questioned Orvane.");
  CHECK(actor_of(us, "Senate Finance Committee") == "us-government");
}

TEST_CASE("the state before a title is a form of the government the person acts for", "[actors]") {
  auto ex = find("Japanese Trade Minister Ana Ruiz warned Orvane about its exports.");
  const ag::Actor& gov = need(ex, "jp-government");
  CHECK(gov.forms.count("Japanese") == 1);
  CHECK(need(ex, "ana-ruiz").works_for == "jp-government");
}

TEST_CASE("'Europe' acting or targeted is the European Union", "[actors]") {
  auto ex = find("Veltria threatened to go after Europe for its rules on Orvane.");
  CHECK(actor_of(ex, "Europe") != "(no mention)");
  const ag::Mention* m = mention(ex, "Europe");
  REQUIRE(m != nullptr);
  CHECK(ex.actors[static_cast<std::size_t>(m->actor)].id == "eu-government");
}

TEST_CASE("a state's own name inside an organ mention is a form of its government", "[actors]") {
  auto ex = find("Veltrix accused Russia's military of buying Orvane drones.");
  const ag::Actor& gov = need(ex, "ru-government");
  CHECK(gov.forms.count("Russia") == 1);
  CHECK(gov.name != "Russia");
}
