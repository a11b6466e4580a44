// Tests of the shipped knowledge (data/*.json against schemas/*.schema.json, the lookup
// tables) and of the user catalog's loading and errors.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "actorgraph/knowledge.hpp"
#include "actors_tokens.hpp"
#include "embedded.hpp"
#include "knowledge_impl.hpp"

namespace ag = actorgraph;
namespace ki = actorgraph::knowledge_internal;

namespace {

std::shared_ptr<const ag::Knowledge> knowledge() {
  static auto k = ag::Knowledge::load("");
  REQUIRE(k.ok());
  return *k;
}

std::string write_catalog(const std::string& name, const std::string& text) {
  std::filesystem::create_directories(ACTORGRAPH_TEST_TMP);
  std::string path = std::string(ACTORGRAPH_TEST_TMP) + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

const ki::PhraseInfo* phrase(const std::string& text) {
  return knowledge()->impl().find(ag::actors_internal::phrase_key(text));
}

}  // namespace

TEST_CASE("every shipped data file validates against its schema", "[knowledge]") {
  for (const char* name : {"countries", "state", "roles", "organizations", "leaders", "words"}) {
    INFO(name);
    std::string data = std::string("data/") + name + ".json";
    std::string schema = std::string("schemas/") + name + ".schema.json";
    REQUIRE_FALSE(ag::embedded_file(data).empty());
    REQUIRE_FALSE(ag::embedded_file(schema).empty());
    ag::Status s = ki::validate_json_text(data, ag::embedded_file(data), ag::embedded_file(schema));
    CHECK(s.ok());
    CHECK(s.message() == "");
  }
}

TEST_CASE("the catalog schema accepts a full example", "[knowledge]") {
  const char* example = R"({
    "actors": [{"name": "Veltrix Systems", "type": "company", "aliases": ["VTX"], "id": "veltrix"},
               {"name": "Mara Quill", "type": "Person", "works_for": "Veltrix Systems"}],
    "rename": [{"from": "orvane", "name": "Orvane Labs"}],
    "suppress": ["Kestrel"]})";
  ag::Status s = ki::validate_json_text("example.json", example,
                                        ag::embedded_file("schemas/catalog.schema.json"));
  CHECK(s.ok());
}

TEST_CASE("validation errors name the file and the offset or pointer", "[knowledge]") {
  std::string_view schema = ag::embedded_file("schemas/catalog.schema.json");
  ag::Status parse = ki::validate_json_text("cat.json", "{\"actors\": [", schema);
  CHECK_FALSE(parse.ok());
  CHECK(parse.message().find("cat.json: byte offset 12") == 0);
  ag::Status bad =
      ki::validate_json_text("cat.json", R"({"actors": [{"name": "X", "type": "alien"}]})", schema);
  CHECK_FALSE(bad.ok());
  CHECK(bad.message().find("cat.json: at JSON pointer /actors/0/type") == 0);
}

TEST_CASE("countries: names, abbreviations, adjectives, capitals and metonyms", "[knowledge]") {
  const auto& k = knowledge()->impl();
  CHECK(k.countries.size() >= 195);
  auto country_of = [&](const std::string& text, int32_t ki::PhraseInfo::*field) -> std::string {
    const ki::PhraseInfo* p = phrase(text);
    if (!p || p->*field < 0) return "";
    return k.countries[static_cast<std::size_t>(p->*field)].code;
  };
  CHECK(country_of("United States", &ki::PhraseInfo::country_name) == "US");
  CHECK(country_of("U.S.", &ki::PhraseInfo::country_name) == "US");
  CHECK(country_of("US", &ki::PhraseInfo::country_name) == "US");
  CHECK(country_of("America", &ki::PhraseInfo::country_name) == "US");
  CHECK(country_of("PRC", &ki::PhraseInfo::country_name) == "CN");
  CHECK(country_of("Britain", &ki::PhraseInfo::country_name) == "GB");
  CHECK(country_of("Chinese", &ki::PhraseInfo::adjective) == "CN");
  CHECK(country_of("Dutch", &ki::PhraseInfo::adjective) == "NL");
  CHECK(country_of("American", &ki::PhraseInfo::adjective) == "US");
  CHECK(country_of("British", &ki::PhraseInfo::adjective) == "GB");
  CHECK(country_of("Washington", &ki::PhraseInfo::metonym) == "US");
  CHECK(country_of("White House", &ki::PhraseInfo::metonym) == "US");
  CHECK(country_of("Beijing", &ki::PhraseInfo::metonym) == "CN");
  CHECK(country_of("Zhongnanhai", &ki::PhraseInfo::metonym) == "CN");
  CHECK(country_of("The Hague", &ki::PhraseInfo::metonym) == "NL");
  CHECK(country_of("Downing Street", &ki::PhraseInfo::metonym) == "GB");
  CHECK(country_of("Brussels", &ki::PhraseInfo::metonym) == "EU");
  CHECK(phrase("US")->all_caps);  // "us" the pronoun is no country
  const auto& us = k.countries[static_cast<std::size_t>(phrase("US")->country_name)];
  CHECK(us.id == "united-states");
  CHECK(us.gov_id == "us-government");
  CHECK(us.gov_name == "US government");
  const auto& cn = k.countries[static_cast<std::size_t>(phrase("China")->country_name)];
  CHECK(cn.gov_name == "Chinese government");
  CHECK(cn.gov_id == "cn-government");
  CHECK(k.countries[static_cast<std::size_t>(phrase("EU")->country_name)].supranational);
}

TEST_CASE("state words, roles, organisation cues, generic words", "[knowledge]") {
  CHECK(phrase("officials")->state_body);
  CHECK(phrase("officials")->standalone);
  CHECK(phrase("state media")->state_body);
  CHECK(phrase("Department")->state_head);
  CHECK(phrase("Ministry")->head_prefix);
  CHECK((phrase("CEO")->role & ki::kRoleCorporate) != 0);
  CHECK((phrase("chief executive")->role & ki::kRoleCorporate) != 0);
  CHECK((phrase("minister")->role & ki::kRoleGovernment) != 0);
  CHECK(phrase("spokesperson")->role != 0);
  CHECK(phrase("Corp.")->legal_suffix);
  CHECK(phrase("Inc.")->legal_suffix);
  CHECK(phrase("Holdings")->corporate_suffix);
  CHECK(phrase("University")->org_head);
  CHECK(phrase("chipmaker")->nominal == static_cast<int8_t>(ag::ActorType::kCorporation));
  CHECK(phrase("watchdog")->nominal == static_cast<int8_t>(ag::ActorType::kOrganization));
  CHECK(phrase("accelerators")->product_noun);
  for (const char* g : {"AI", "GPU", "CEO", "Source", "Images", "Table of Contents", "March",
                        "Thursday", "Leave a Reply"}) {
    INFO(g);
    REQUIRE(phrase(g) != nullptr);
    CHECK(phrase(g)->generic);
  }
  CHECK(knowledge()->impl().common("despite"));
  CHECK_FALSE(knowledge()->impl().common("veltrix"));
}

TEST_CASE("leaders stand for their country's government", "[knowledge]") {
  const auto& k = knowledge()->impl();
  const ki::PhraseInfo* trump = phrase("Trump");
  REQUIRE(trump != nullptr);
  REQUIRE(trump->leader_surname >= 0);
  const auto& leader = k.leaders[static_cast<std::size_t>(trump->leader_surname)];
  CHECK(k.countries[static_cast<std::size_t>(leader.country)].code == "US");
  REQUIRE(phrase("Xi Jinping") != nullptr);
  CHECK(phrase("Xi Jinping")->leader >= 0);
}

TEST_CASE("phrase keys and slugs", "[knowledge]") {
  using ag::actors_internal::phrase_key;
  using ag::actors_internal::slugify;
  CHECK(phrase_key("U.S.") == "u.s.");
  CHECK(phrase_key("Chief Executive") == "chief executive");
  CHECK(phrase_key("People's Bank of China") == "people 's bank of china");
  CHECK(slugify("Veltrix Systems") == "veltrix-systems");
  CHECK(slugify("  ORVANE  ") == "orvane");
  CHECK(slugify("Côte d'Ivoire") == "cote-divoire");
  CHECK(slugify("A&B / C") == "a-b-c");
}

TEST_CASE("a catalog adds, renames and suppresses actors", "[knowledge]") {
  std::string path = write_catalog("good.json", R"({
    "actors": [{"name": "Veltrix Systems", "type": "company", "aliases": ["VTX", "Veltrix"]},
               {"name": "Mara Quill", "type": "person", "works_for": "Veltrix Systems"},
               {"name": "Talon X", "type": "product", "id": "talon-x", "manufacturer": "veltrix-systems"}],
    "rename": [{"from": "orvane", "name": "Orvane Labs", "id": "orvane-labs"}],
    "suppress": ["Kestrel"]})");
  auto k = ag::Knowledge::load(path);
  REQUIRE(k.ok());
  const auto& impl = (*k)->impl();
  REQUIRE(impl.catalog.size() == 3);
  CHECK(impl.catalog[0].id == "veltrix");  // generic company word dropped
  CHECK(impl.catalog[0].type == ag::ActorType::kCorporation);
  CHECK(impl.catalog[1].works_for == "veltrix");
  CHECK(impl.catalog[2].manufacturer == "veltrix");  // found by the full name's slug
  const ki::PhraseInfo* vtx = impl.find(ag::actors_internal::phrase_key("VTX"));
  REQUIRE(vtx != nullptr);
  CHECK(vtx->catalog == 0);
  CHECK(impl.renames.count("orvane") == 1);
  CHECK(impl.suppressed.count("kestrel") == 1);
}

TEST_CASE("a malformed catalog fails with the file and the position", "[knowledge]") {
  SECTION("parse error: byte offset") {
    std::string path = write_catalog("broken.json", "{\"actors\": [{\"name\": \"X\",]}");
    auto k = ag::Knowledge::load(path);
    REQUIRE_FALSE(k.ok());
    CHECK(k.status().code() == ag::StatusCode::kDataError);
    CHECK(k.status().message().find(path + ": byte offset ") == 0);
  }
  SECTION("schema violation: JSON pointer") {
    std::string path = write_catalog("badtype.json",
                                     R"({"actors": [{"name": "X", "type": "company"},
                                                    {"name": "Y", "type": "spaceship"}]})");
    auto k = ag::Knowledge::load(path);
    REQUIRE_FALSE(k.ok());
    CHECK(k.status().message().find(path + ": at JSON pointer /actors/1/type") == 0);
  }
  SECTION("missing required member") {
    std::string path = write_catalog("noname.json", R"({"rename": [{"from": "x"}]})");
    auto k = ag::Knowledge::load(path);
    REQUIRE_FALSE(k.ok());
    CHECK(k.status().message().find(path + ": at JSON pointer /rename/0") == 0);
  }
  SECTION("unknown member") {
    std::string path = write_catalog("extra.json", R"({"actorz": []})");
    auto k = ag::Knowledge::load(path);
    REQUIRE_FALSE(k.ok());
    CHECK(k.status().message().find(path + ": at JSON pointer /") == 0);
  }
  SECTION("unknown country code") {
    std::string path = write_catalog(
        "country.json", R"({"actors": [{"name": "X", "type": "government", "country": "QQ"}]})");
    auto k = ag::Knowledge::load(path);
    REQUIRE_FALSE(k.ok());
    CHECK(k.status().message().find(path + ": at JSON pointer /actors/0/country") == 0);
  }
  SECTION("missing file") {
    auto k = ag::Knowledge::load(std::string(ACTORGRAPH_TEST_TMP) + "/no-such-catalog.json");
    REQUIRE_FALSE(k.ok());
    CHECK(k.status().code() == ag::StatusCode::kNotFound);
    CHECK(k.status().message().find("no-such-catalog.json") != std::string::npos);
  }
}

TEST_CASE("organisation ids drop generic company words while a distinctive word remains",
          "[knowledge]") {
  auto k = ag::Knowledge::load("");
  REQUIRE(k.ok());
  const auto& impl = (*k)->impl();
  CHECK(impl.org_id("Veltrix Systems") == "veltrix");
  CHECK(impl.org_id("Veltrix Systems Inc.") == "veltrix");
  CHECK(impl.org_id("Orvane Labs Holdings") == "orvane");
  CHECK(impl.org_id("Ocean Systems") == "ocean-systems");    // no distinctive word
  CHECK(impl.org_id("General Motors") == "general-motors");  // "general" is common
  CHECK(impl.org_id("China Telecom") == "china-telecom");    // a country is not distinctive
}
