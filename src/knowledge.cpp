// Loads the general knowledge shipped in data/ (embedded in the library) and the user's catalog
// into the lookup tables of knowledge_impl.hpp. Every file is validated against its JSON Schema
// in schemas/ first, so the table builders below can trust the shapes they read.
#include "actorgraph/knowledge.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <cctype>
#include <fstream>
#include <sstream>

#include "actors_tokens.hpp"
#include "embedded.hpp"
#include "files.hpp"
#include "knowledge_impl.hpp"

namespace actorgraph {

using knowledge_internal::CatalogActor;
using knowledge_internal::Country;
using knowledge_internal::Leader;
using knowledge_internal::PhraseInfo;

namespace knowledge_internal {

Status validate_json_text(std::string_view name, std::string_view json, std::string_view schema) {
  rapidjson::Document sd;
  sd.Parse(schema.data(), schema.size());
  if (sd.HasParseError()) {
    return Internal(std::string(name) + ": its schema does not parse");
  }
  rapidjson::SchemaDocument schema_doc(sd);
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  if (d.HasParseError()) {
    return DataError(std::string(name) + ": byte offset " + std::to_string(d.GetErrorOffset()) +
                     ": invalid JSON: " + rapidjson::GetParseError_En(d.GetParseError()));
  }
  rapidjson::SchemaValidator validator(schema_doc);
  if (!d.Accept(validator)) {
    rapidjson::StringBuffer where;
    validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
    std::string pointer = where.GetString();
    if (pointer.size() > 0 && pointer[0] == '#') pointer.erase(0, 1);
    if (pointer.empty()) pointer = "/";
    return DataError(std::string(name) + ": at JSON pointer " + pointer + ": value violates the '" +
                     validator.GetInvalidSchemaKeyword() + "' rule of its schema");
  }
  return {};
}

}  // namespace knowledge_internal

namespace {

// Parses an embedded data file after validating it against its embedded schema. A failure here
// is a packaging bug, not a user error.
Status load_embedded(const std::string& name, rapidjson::Document* out) {
  std::string_view json = embedded_file("data/" + name + ".json");
  std::string_view schema = embedded_file("schemas/" + name + ".schema.json");
  if (json.empty() || schema.empty()) return Internal("data/" + name + ".json is not embedded");
  Status s = knowledge_internal::validate_json_text("data/" + name + ".json", json, schema);
  if (!s.ok()) return Internal(s.message());
  out->Parse(json.data(), json.size());
  return {};
}

bool all_caps_form(std::string_view form) {
  int letters = 0;
  for (char c : form) {
    if (ascii::is_lower(static_cast<unsigned char>(c))) return false;
    if (ascii::is_upper(static_cast<unsigned char>(c))) ++letters;
  }
  return letters >= 2;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(ascii::to_lower(static_cast<unsigned char>(c)));
  return out;
}

class Builder {
 public:
  explicit Builder(Knowledge::Impl* impl) : impl_(impl) {}

  // Adds PHRASE to the tables and returns its entry; notes multi-token phrases' first token
  // so the matcher can skip positions where no phrase starts.
  PhraseInfo& add(std::string_view phrase, bool case_sensitive = false) {
    std::string key = actors_internal::phrase_key(phrase);
    auto it = impl_->phrases.find(key);
    if (it == impl_->phrases.end()) {
      impl_->phrase_keys.push_back(key);
      it = impl_->phrases.emplace(impl_->phrase_keys.back(), PhraseInfo{}).first;
    }
    PhraseInfo& info = it->second;
    if (case_sensitive && all_caps_form(phrase)) info.all_caps = true;
    uint32_t n = 1;
    std::size_t space = key.find(' ');
    if (space != std::string::npos) {
      for (char c : key)
        n += c == ' ' ? 1 : 0;
      uint32_t& longest = impl_->first_tokens[key.substr(0, space)];
      if (n > longest) longest = n;
    }
    if (n > impl_->max_phrase_tokens) impl_->max_phrase_tokens = n;
    return info;
  }

  template <typename F>
  void each_string(const rapidjson::Value& array, F f) {
    for (const auto& v : array.GetArray())
      f(std::string_view(v.GetString(), v.GetStringLength()));
  }

 private:
  Knowledge::Impl* impl_;
};

// data/countries.json: {"countries": [{"code": "US", "name": "United States", "government":
// "US government", "names": [...], "adjectives": [...], "capitals": [...], "metonyms": [...],
// "supranational": bool}]}. Names and capitals match case-sensitively when all capitals (US).
Status load_countries(Knowledge::Impl* impl, Builder* b) {
  rapidjson::Document d;
  AG_RETURN_IF_ERROR(load_embedded("countries", &d));
  for (const auto& c : d["countries"].GetArray()) {
    Country country;
    country.code = c["code"].GetString();
    country.name = c["name"].GetString();
    country.id = actors_internal::slugify(country.name);
    country.gov_id = lower(country.code) + "-government";
    country.gov_name = c["government"].GetString();
    country.supranational = c.HasMember("supranational") && c["supranational"].GetBool();
    int32_t index = static_cast<int32_t>(impl->countries.size());
    impl->countries.push_back(country);
    b->add(country.name, true).country_name = index;
    b->each_string(c["names"], [&](std::string_view s) { b->add(s, true).country_name = index; });
    b->each_string(c["adjectives"], [&](std::string_view s) { b->add(s, true).adjective = index; });
    // The people of a country ("Indians", "Israelis") are no actor: the plural of a demonym
    // that ends in -an or -i, unless the data gives the form another meaning.
    b->each_string(c["adjectives"], [&](std::string_view s) {
      if (s.size() < 4 || s.find(' ') != std::string_view::npos) return;
      char last = s.back();
      if (!(last == 'i' || (last == 'n' && s[s.size() - 2] == 'a'))) return;
      std::string plural(s);
      plural += 's';
      if (impl->find(actors_internal::phrase_key(plural))) return;
      b->add(plural).generic = true;
    });
    b->each_string(c["capitals"], [&](std::string_view s) { b->add(s, true).metonym = index; });
    if (c.HasMember("metonyms")) {
      b->each_string(c["metonyms"], [&](std::string_view s) { b->add(s, true).metonym = index; });
    }
  }
  return {};
}

int32_t country_index(const Knowledge::Impl& impl, std::string_view code) {
  for (std::size_t i = 0; i < impl.countries.size(); ++i) {
    if (impl.countries[i].code == code) return static_cast<int32_t>(i);
  }
  return -1;
}

// data/leaders.json: {"leaders": [{"name", "country" (ISO code), "role", "from", "to"?,
// "surname"?, "surname_alone"?}]}. The full name always matches; the surname (the last word
// unless "surname" gives it) alone only when "surname_alone" says it is distinctive.
Status load_leaders(Knowledge::Impl* impl, Builder* b) {
  rapidjson::Document d;
  AG_RETURN_IF_ERROR(load_embedded("leaders", &d));
  for (const auto& l : d["leaders"].GetArray()) {
    Leader leader;
    leader.name = l["name"].GetString();
    leader.country = country_index(*impl, l["country"].GetString());
    if (leader.country < 0) {
      return Internal(std::string("data/leaders.json: unknown country ") +
                      l["country"].GetString());
    }
    leader.role = l["role"].GetString();
    leader.from = l["from"].GetInt();
    leader.to = l.HasMember("to") ? l["to"].GetInt() : 0;
    int32_t index = static_cast<int32_t>(impl->leaders.size());
    impl->leaders.push_back(leader);
    PhraseInfo& full = b->add(leader.name);
    if (full.leader < 0) full.leader = index;
    if (l.HasMember("surname_alone") && l["surname_alone"].GetBool()) {
      std::string_view n = leader.name;
      std::size_t space = n.rfind(' ');
      std::string surname =
          l.HasMember("surname")
              ? l["surname"].GetString()
              : std::string(space == std::string_view::npos ? n : n.substr(space + 1));
      PhraseInfo& sur = b->add(surname);
      if (sur.leader_surname < 0) sur.leader_surname = index;
    }
  }
  return {};
}

// data/state.json: {"bodies", "standalone", "heads", "head_prefixes", "blocs", "owners",
// "measures", "trade_nouns": [strings]}.
Status load_state(Builder* b) {
  rapidjson::Document d;
  AG_RETURN_IF_ERROR(load_embedded("state", &d));
  b->each_string(d["bodies"], [&](std::string_view s) { b->add(s).state_body = true; });
  b->each_string(d["standalone"], [&](std::string_view s) { b->add(s).standalone = true; });
  if (d.HasMember("blocs")) {
    b->each_string(d["blocs"], [&](std::string_view s) { b->add(s).bloc = true; });
  }
  b->each_string(d["heads"], [&](std::string_view s) { b->add(s).state_head = true; });
  b->each_string(d["head_prefixes"], [&](std::string_view s) { b->add(s).head_prefix = true; });
  b->each_string(d["owners"], [&](std::string_view s) { b->add(s).owner = true; });
  if (d.HasMember("named_organs")) {
    b->each_string(d["named_organs"], [&](std::string_view s) { b->add(s).named_organ = true; });
  }
  if (d.HasMember("measures")) {
    b->each_string(d["measures"], [&](std::string_view s) { b->add(s).state_measure = true; });
  }
  if (d.HasMember("trade_nouns")) {
    b->each_string(d["trade_nouns"], [&](std::string_view s) { b->add(s).trade_noun = true; });
  }
  return {};
}

// data/roles.json: {"corporate": [...], "government": [...], "any": [...], "honorifics": [...]}.
Status load_roles(Builder* b) {
  using knowledge_internal::kRoleCorporate;
  using knowledge_internal::kRoleGovernment;
  rapidjson::Document d;
  AG_RETURN_IF_ERROR(load_embedded("roles", &d));
  b->each_string(d["corporate"], [&](std::string_view s) { b->add(s).role |= kRoleCorporate; });
  b->each_string(d["government"], [&](std::string_view s) { b->add(s).role |= kRoleGovernment; });
  b->each_string(d["any"],
                 [&](std::string_view s) { b->add(s).role |= kRoleCorporate | kRoleGovernment; });
  b->each_string(d["honorifics"], [&](std::string_view s) { b->add(s).honorific = true; });
  return {};
}

// data/organizations.json: {"legal_suffixes", "corporate_suffixes", "organization_heads",
// "non_actor_heads", "legal_heads", "section_words", "product_nouns", "generic_caps", "months",
// "weekdays": [strings],
// "nominal_cues": {noun: "company"|"organization"}}.
Status load_organizations(Builder* b) {
  rapidjson::Document d;
  AG_RETURN_IF_ERROR(load_embedded("organizations", &d));
  b->each_string(d["legal_suffixes"], [&](std::string_view s) { b->add(s).legal_suffix = true; });
  b->each_string(d["corporate_suffixes"],
                 [&](std::string_view s) { b->add(s).corporate_suffix = true; });
  b->each_string(d["organization_heads"], [&](std::string_view s) { b->add(s).org_head = true; });
  b->each_string(d["product_nouns"], [&](std::string_view s) { b->add(s).product_noun = true; });
  b->each_string(d["non_actor_heads"], [&](std::string_view s) { b->add(s).non_actor = true; });
  if (d.HasMember("legal_heads")) {
    b->each_string(d["legal_heads"], [&](std::string_view s) { b->add(s).legal_head = true; });
  }
  if (d.HasMember("parties")) {
    b->each_string(d["parties"], [&](std::string_view s) { b->add(s).party = true; });
  }
  if (d.HasMember("section_words")) {
    b->each_string(d["section_words"], [&](std::string_view s) { b->add(s).section_word = true; });
  }
  for (const char* list : {"generic_caps", "months", "weekdays"}) {
    b->each_string(d[list], [&](std::string_view s) { b->add(s).generic = true; });
  }
  for (const auto& m : d["nominal_cues"].GetObject()) {
    std::string_view type(m.value.GetString(), m.value.GetStringLength());
    b->add(std::string_view(m.name.GetString(), m.name.GetStringLength())).nominal =
        static_cast<int8_t>(type == "company" ? ActorType::kCorporation : ActorType::kOrganization);
  }
  return {};
}

// data/places.json: {"places": [names of regions and cities that are never actors]}.
Status load_places(Builder* b) {
  rapidjson::Document d;
  AG_RETURN_IF_ERROR(load_embedded("places", &d));
  b->each_string(d["places"], [&](std::string_view s) { b->add(s).place = true; });
  return {};
}

// data/words.json: {"words": "space-separated lower-case words", "function_words": [...]},
// the project's own news vocabulary; the common English words are added from
// data/dictionary_words.json below.
Status load_words(Knowledge::Impl* impl, Builder* b) {
  rapidjson::Document d;
  AG_RETURN_IF_ERROR(load_embedded("words", &d));
  b->each_string(d["function_words"], [&](std::string_view s) { b->add(s).function_word = true; });
  impl->words_text.assign(d["words"].GetString(), d["words"].GetStringLength());
  // data/dictionary_words.json, generated at build time from Debian's scowl lists (see
  // cmake/DictionaryWords.cmake): {"words": "space-separated lower-case words"}. Appended
  // before any view into words_text is taken, so the views stay valid.
  rapidjson::Document dict;
  AG_RETURN_IF_ERROR(load_embedded("dictionary_words", &dict));
  impl->words_text += ' ';
  impl->words_text.append(dict["words"].GetString(), dict["words"].GetStringLength());
  std::string_view all = impl->words_text;
  impl->common_words.reserve(all.size() / 8);
  std::size_t i = 0;
  while (i < all.size()) {
    std::size_t j = all.find(' ', i);
    if (j == std::string_view::npos) j = all.size();
    if (j > i) impl->common_words.insert(all.substr(i, j - i));
    i = j + 1;
  }
  return {};
}

// The user's catalog (schemas/catalog.schema.json): {"actors": [{"name", "type", "id"?,
// "aliases"?, "works_for"?, "manufacturer"?, "country"?}], "rename": [{"from", "name", "id"?}],
// "suppress": [names or ids]}. works_for/manufacturer name another actor by id or name.
Status load_catalog(const std::string& path, Knowledge::Impl* impl, Builder* b) {
  auto read = read_whole_file(path);
  if (!read.ok()) return read.status();
  const std::string text = std::move(read).value();
  std::string_view schema = embedded_file("schemas/catalog.schema.json");
  AG_RETURN_IF_ERROR(knowledge_internal::validate_json_text(path, text, schema));
  rapidjson::Document d;
  d.Parse(text.data(), text.size());
  auto resolve = [&](std::string_view ref) {
    for (const CatalogActor& a : impl->catalog) {
      // An entry by its id, its name, or the slug of its full name ("veltrix-systems").
      if (a.id == ref || lower(a.name) == lower(ref) || actors_internal::slugify(a.name) == ref) {
        return a.id;
      }
    }
    return impl->org_id(ref);
  };
  if (d.HasMember("actors")) {
    const auto& actors = d["actors"];
    for (rapidjson::SizeType i = 0; i < actors.Size(); ++i) {
      const auto& a = actors[i];
      CatalogActor actor;
      actor.name = a["name"].GetString();
      actor.type = *parse_actor_type(a["type"].GetString());
      actor.id = a.HasMember("id")                  ? a["id"].GetString()
                 : actor.type == ActorType::kPerson ? actors_internal::slugify(actor.name)
                                                    : impl->org_id(actor.name);
      if (actor.id.empty()) {
        return DataError(path + ": at JSON pointer /actors/" + std::to_string(i) +
                         "/name: the name has no letters or digits to make an id from");
      }
      if (a.HasMember("country")) {
        actor.country = country_index(*impl, a["country"].GetString());
        if (actor.country < 0) {
          return DataError(path + ": at JSON pointer /actors/" + std::to_string(i) +
                           "/country: unknown country code");
        }
      }
      impl->catalog.push_back(actor);
    }
    // Affiliations and aliases after all actors exist, so they may refer forwards.
    for (rapidjson::SizeType i = 0; i < actors.Size(); ++i) {
      const auto& a = actors[i];
      CatalogActor& actor = impl->catalog[i];
      if (a.HasMember("works_for")) actor.works_for = resolve(a["works_for"].GetString());
      if (a.HasMember("manufacturer")) actor.manufacturer = resolve(a["manufacturer"].GetString());
      b->add(actor.name).catalog = static_cast<int32_t>(i);
      if (a.HasMember("aliases")) {
        b->each_string(a["aliases"],
                       [&](std::string_view s) { b->add(s).catalog = static_cast<int32_t>(i); });
      }
    }
  }
  if (d.HasMember("rename")) {
    for (const auto& r : d["rename"].GetArray()) {
      std::string id = r.HasMember("id") ? r["id"].GetString() : "";
      impl->renames[lower(r["from"].GetString())] = {r["name"].GetString(), id};
    }
  }
  if (d.HasMember("suppress")) {
    for (const auto& s : d["suppress"].GetArray())
      impl->suppressed.insert(lower(s.GetString()));
  }
  return {};
}

}  // namespace

bool Knowledge::Impl::distinctive(std::string_view w) const {
  if (w.empty() || w == "the" || common(w)) return false;
  bool letter = false;
  for (char c : w)
    letter = letter || ascii::is_alpha(static_cast<unsigned char>(c));
  if (!letter) return false;
  auto it = phrases.find(w);
  if (it == phrases.end()) return true;
  const knowledge_internal::PhraseInfo& p = it->second;
  return !(p.function_word || p.country_name >= 0 || p.adjective >= 0 || p.metonym >= 0 ||
           p.place || p.generic || p.corporate_suffix || p.legal_suffix || p.org_head ||
           p.state_head);
}

std::string Knowledge::Impl::org_id(std::string_view name) const {
  std::string key = actors_internal::phrase_key(name);
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start < key.size();) {
    std::size_t sp = key.find(' ', start);
    if (sp == std::string::npos) sp = key.size();
    if (sp > start) words.push_back(std::string_view(key).substr(start, sp - start));
    start = sp + 1;
  }
  auto info = [&](std::string_view w) -> const knowledge_internal::PhraseInfo* {
    auto it = phrases.find(w);
    return it == phrases.end() ? nullptr : &it->second;
  };
  // The same rule as the actor stage's name ids, so a catalog entry and the text agree.
  while (words.size() > 1) {
    const knowledge_internal::PhraseInfo* p = info(words.back());
    std::string_view n = words.back();
    bool drop = p && (p->legal_suffix || n == "group" || n == "holdings" || n == "holding");
    if (!drop && p && p->corporate_suffix) {
      for (std::size_t k = 0; k + 1 < words.size() && !drop; ++k)
        drop = distinctive(words[k]);
    }
    if (!drop) break;
    words.pop_back();
  }
  std::string joined;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k) joined += ' ';
    joined += words[k];
  }
  return actors_internal::slugify(joined);
}

bool Knowledge::Impl::common(std::string_view word) const {
  if (common_words.count(word)) return true;
  std::size_t dash = word.find('-');
  if (dash != std::string_view::npos && dash > 0) {
    // "chip-equipment": every part an ordinary word.
    std::size_t start = 0;
    while (start <= word.size()) {
      std::size_t end = word.find('-', start);
      if (end == std::string_view::npos) end = word.size();
      if (end == start || !common_words.count(word.substr(start, end - start))) return false;
      start = end + 1;
    }
    return true;
  }
  // British spellings: "monopolising" is "monopolizing".
  for (std::string_view ending : {"isation", "ising", "ised", "ises", "ise"}) {
    if (word.size() > ending.size() + 2 &&
        word.compare(word.size() - ending.size(), ending.size(), ending) == 0) {
      char buf[64];
      if (word.size() >= sizeof buf) return false;
      word.copy(buf, word.size());
      buf[word.size() - ending.size() + 1] = 'z';
      return common_words.count(std::string_view(buf, word.size())) != 0;
    }
  }
  return false;
}

Result<std::shared_ptr<const Knowledge>> Knowledge::load(const std::string& catalog_path) {
  auto impl = std::make_shared<Impl>();
  Builder b(impl.get());
  AG_RETURN_IF_ERROR(load_countries(impl.get(), &b));
  AG_RETURN_IF_ERROR(load_leaders(impl.get(), &b));
  AG_RETURN_IF_ERROR(load_state(&b));
  AG_RETURN_IF_ERROR(load_roles(&b));
  AG_RETURN_IF_ERROR(load_organizations(&b));
  AG_RETURN_IF_ERROR(load_places(&b));
  AG_RETURN_IF_ERROR(load_words(impl.get(), &b));
  if (!catalog_path.empty()) AG_RETURN_IF_ERROR(load_catalog(catalog_path, impl.get(), &b));
  // Map nodes never move, so the index can point into phrases and view first_tokens' keys.
  for (const auto& p : impl->phrases)
    impl->token_index[p.first].info = &p.second;
  for (const auto& f : impl->first_tokens)
    impl->token_index[f.first].longest = f.second;
  return std::shared_ptr<const Knowledge>(new Knowledge(std::move(impl)));
}

}  // namespace actorgraph
