// The lookup tables behind Knowledge, shared by the actor and relation stages. Phrases are
// keyed by actors_internal::phrase_key (lower-case token forms joined by spaces), so a phrase
// from the data files matches the text exactly as the actor stage tokenizes it.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actorgraph/knowledge.hpp"
#include "actorgraph/model.hpp"
#include "actorgraph/status.hpp"
#include "fast_hash.hpp"

namespace actorgraph {
namespace knowledge_internal {

/// A country or supranational body (data/countries.json).
struct Country {
  std::string code;            // ISO 3166-1 alpha-2, upper case ("US")
  std::string name;            // common name ("United States")
  std::string id;              // actor id of the country ("united-states")
  std::string gov_id;          // actor id of its government ("us-government")
  std::string gov_name;        // display name of its government ("US government")
  bool supranational = false;  // a union of states (EU): its names stand for its government
};

/// A head of state or government (data/leaders.json).
struct Leader {
  std::string name;      // full name
  int32_t country = -1;  // index into Impl::countries
  std::string role;      // "President", "Prime Minister"
  int from = 0;          // first year in office
  int to = 0;            // last year in office, 0 while in office
};

/// An actor from the user's catalog.
struct CatalogActor {
  std::string id;                             // actor id (given, or the slug of the name)
  std::string name;                           // canonical name
  ActorType type = ActorType::kOrganization;  // its type
  std::string works_for;                      // id of the employer, or empty
  std::string manufacturer;                   // id of the maker, or empty
  int32_t country = -1;                       // governments: index into Impl::countries, else -1
};

/// Kinds of role words (data/roles.json).
enum RoleKind : uint8_t { kRoleCorporate = 1, kRoleGovernment = 2 };

/// Everything known about one phrase key; a phrase can be several things at once ("us" is a
/// country name and an adjective).
struct PhraseInfo {
  int32_t country_name = -1;      // index of the country this names ("China", "US")
  int32_t adjective = -1;         // index of the country this is the adjective of ("Chinese")
  int32_t metonym = -1;           // index of the country whose government this stands for
  int32_t leader = -1;            // index of the leader this names (full name)
  int32_t leader_surname = -1;    // index of the leader whose distinctive surname this is
  int32_t catalog = -1;           // index of the catalog actor this is an alias of
  bool all_caps = false;          // the data form is all capitals: match only all-caps text (US)
  bool generic = false;           // a capitalised word that never names an actor (AI, Source)
  bool state_body = false;        // a word for a state organ (officials, ministry)
  bool standalone = false;        // a body that stands for a government without a country
  bool bloc = false;              // "the bloc": the union of states the text has named
  bool state_head = false;        // ends a capitalised state organ name (Department)
  bool head_prefix = false;       // starts "<Ministry> of X"
  bool owner = false;             // makes a following body non-state ("company officials")
  uint8_t role = 0;               // RoleKind bits
  bool honorific = false;         // Mr., Dr. ...
  bool legal_suffix = false;      // Inc., Corp.
  bool corporate_suffix = false;  // Group, Technologies
  bool org_head = false;          // University, Institute
  int8_t nominal = -1;            // nominal cue: the ActorType it implies, else -1
  bool product_noun = false;      // chips, GPUs, accelerators
  bool function_word = false;     // the, of, it: never a name on its own
  bool place = false;             // a region or city that is never an actor (Texas)
  bool non_actor = false;         // ends names of laws, lists, events (Act, List)
  bool legal_head = false;        // ends the title of a law or contract (Act, Rules, Agreement)
  bool section_word = false;      // numbers a part of a law (section 69A, Article 102)
  bool state_measure = false;     // a state's act after its adjective ("American restrictions")
  bool trade_noun = false;        // a country's trade after its adjective ("Chinese exports")
  bool named_organ = false;       // an organ noun a name may stand in apposition to (watchdog)
  bool party = false;             // a political party or its members as a body (Republicans)
};

}  // namespace knowledge_internal

struct Knowledge::Impl {
  std::vector<knowledge_internal::Country> countries;     // data/countries.json in file order
  std::vector<knowledge_internal::Leader> leaders;        // data/leaders.json in file order
  std::vector<knowledge_internal::CatalogActor> catalog;  // the user's catalog actors
  std::unordered_map<std::string_view, knowledge_internal::PhraseInfo, fast_hash::StringHash>
      phrases;                          // by phrase key (views into phrase_keys)
  std::deque<std::string> phrase_keys;  // storage for the keys of phrases (stable addresses)
  std::unordered_map<std::string, uint32_t, fast_hash::StringHash>
      first_tokens;  // first token of every multi-token phrase -> its longest phrase, in tokens
  uint32_t max_phrase_tokens = 1;  // length of the longest phrase, in tokens
  /// What one token's form starts: the phrase it is (or null) and the length of the longest
  /// phrase it begins (0 when none).
  struct TokenEntry {
    const knowledge_internal::PhraseInfo* info = nullptr;  // the phrase of this key, or null
    uint32_t longest = 0;  // longest multi-token phrase starting with this key, in tokens
  };
  std::unordered_map<std::string_view, TokenEntry, fast_hash::StringHash>
      token_index;  // every phrase key and every first token: one lookup per token
  std::unordered_set<std::string_view, fast_hash::StringHash>
      common_words;        // data/words.json (views into words_text)
  std::string words_text;  // storage for common_words
  std::unordered_map<std::string, std::pair<std::string, std::string>, fast_hash::StringHash>
      renames;  // key -> name, id
  std::unordered_set<std::string, fast_hash::StringHash>
      suppressed;  // ids and lower-case names never reported

  /// Returns the information on a phrase key, or null.
  const knowledge_internal::PhraseInfo* find(std::string_view key) const {
    auto it = phrases.find(key);
    return it == phrases.end() ? nullptr : &it->second;
  }
  /// Returns true when WORD (lower case) is a common English word; British -ise spellings and
  /// hyphenated compounds of common words count.
  bool common(std::string_view word) const;
  /// Returns true when the phrase-key word W names by itself: no common, function, country,
  /// state, place or generic word and no company-form word, and it has a letter.
  bool distinctive(std::string_view w) const;
  /// Returns the id of an organisation's NAME: its slug without legal suffixes and, while a
  /// distinctive word remains, generic company words ("Veltrix Systems" -> veltrix).
  std::string org_id(std::string_view name) const;
};

namespace knowledge_internal {

/// Validates JSON text against a JSON Schema (draft-04); NAME names the file in messages, which
/// give the byte offset of a parse error or the JSON pointer of a schema violation.
Status validate_json_text(std::string_view name, std::string_view json, std::string_view schema);

}  // namespace knowledge_internal
}  // namespace actorgraph
