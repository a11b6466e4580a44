// The relation lexicon (schemas/relations.json) compiled into hash tables: word forms -> stems ->
// triggers and word classes, plus exact function-word flags. Private to the relation stage.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "actorgraph/model.hpp"
#include "actorgraph/status.hpp"
#include "fast_hash.hpp"

struct sb_stemmer;

namespace actorgraph::rel {

/// Wraps one Snowball English stemmer (not thread-safe: one per thread).
class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  /// Returns the stem of lower-case WORD; valid until the next call.
  std::string_view stem(std::string_view word);

 private:
  sb_stemmer* stemmer_ = nullptr;
};

/// Part-of-speech bits of a trigger or of a word form.
enum PosBit : uint8_t {
  kPosVerb = 1,
  kPosNoun = 2,
  kPosAdj = 4,
  kPosWord = 8,         // an uninflected trigger word ("than")
  kPosParticiple = 16,  // a past participle form (banned, forbidden)
  kPosGerund = 32,      // an -ing form
};

/// Classes a content word can belong to (bits of Word::classes).
enum WordClass : uint32_t {
  kClsControl = 1u << 0,
  kClsControlNonPressure = 1u << 1,
  kClsAvoid = 1u << 2,
  kClsReceiver = 1u << 3,
  kClsReversal = 1u << 4,
  kClsDitransitive = 1u << 5,
  kClsNegVerb = 1u << 6,
  kClsHedgeVerb = 1u << 7,
  kClsReporting = 1u << 8,
  kClsInfinitive = 1u << 9,   // takes a to-infinitive of its own subject ("decided to appeal")
  kClsWrongdoing = 1u << 10,  // a verb of breaking rules ("violated"): a reported one accuses
  kClsAcquire = 1u << 11,     // buying a company ("acquire"): its subject owns "the deal"
  kClsRequest = 1u << 12,     // asking for a permission ("seek an exemption"): lobbies
};

/// Flags of exact lower-case function words.
enum FuncFlag : uint32_t {
  kFnNeg = 1u << 0,
  kFnHedge = 1u << 1,
  kFnSentenceHedge = 1u << 2,
  kFnPrep = 1u << 3,
  kFnDet = 1u << 4,
  kFnRelPron = 1u << 5,
  kFnSubordinator = 1u << 6,
  kFnBe = 1u << 7,
  kFnHave = 1u << 8,
  kFnSkip = 1u << 9,  // auxiliaries, modals and adverbs that do not end a phrase
  kFnConj = 1u << 10,
  kFnComparative = 1u << 11,
  kFnReportNoun = 1u << 12,    // "reports", "sources" in "reports suggest"
  kFnReportVerb = 1u << 13,    // "suggest"
  kFnHard = 1u << 14,          // ; : ( ) and quotes: hard clause boundaries
  kFnDenialObject = 1u << 15,  // "allegations": what a denial rejects
  kFnWrongdoing = 1u << 16,    // "violating": the reason of a sanction
  kFnDeal = 1u << 17,          // "deal", "acquisition": a company's deal
  kFnCircumstance = 1u << 18,  // "under", "amid", "despite": a noun phrase of circumstance
};

/// Argument frames; each has a confidence factor in the lexicon.
enum class Frame : uint8_t {
  kActive,
  kPassiveBy,
  kPassiveImplicit,
  kRelative,
  kParticiple,
  kNominal,
  kNominalPremodifier,
  kAdjective,
  kControlAvoid,
  kControlOther,
  kComparative,
  kReversal,
  kFallback,  // nearest actors around the trigger, when no strict frame applies
};
inline constexpr int kFrameCount = 13;

/// Returns the lexicon name of a frame ("passive_by").
std::string_view frame_name(Frame f);

/// One lexicon entry: a relation type with its triggers' shared argument settings.
struct Entry {
  std::string id;
  RelationType type = RelationType::kApproves;
  double confidence = 0.8;
  std::vector<std::string> object_preps;
  std::vector<std::string> agent_preps;
  bool direct = true;
  bool reverse = false;
  bool place_object = false;
  bool comparative = false;
  bool mutual_only = false;  // only "N between X and Y", each acting on the other
  int reversal_type = -1;
  std::vector<ActorType> agent_types;   // empty: any agent
  std::vector<ActorType> object_types;  // empty: any object

  /// Returns true when P introduces the object.
  bool object_prep(std::string_view p) const;
  /// Returns true when P introduces the agent after a noun.
  bool agent_prep(std::string_view p) const;
};

/// Makes an entry for a built-in frame rule that is not in the lexicon (its id is the rule id).
inline Entry rule_entry(std::string id, RelationType type, double confidence,
                        std::vector<std::string> object_preps = {}) {
  Entry e;
  e.id = std::move(id);
  e.type = type;
  e.confidence = confidence;
  e.object_preps = std::move(object_preps);
  return e;
}

/// One trigger of a word: the entry, the parts of speech and the stems of the words that follow.
struct Trigger {
  uint16_t entry = 0;
  uint8_t pos = 0;
  std::vector<std::string> rest;
};

/// A content word (keyed by stem): its triggers and classes.
struct Word {
  std::vector<Trigger> triggers;  // longest phrases first
  uint32_t classes = 0;
};

/// The compiled lexicon.
class Lexicon {
 public:
  /// Parses and validates JSON (against SCHEMA when not empty) into a lexicon.
  static Result<std::shared_ptr<const Lexicon>> load(std::string_view json, std::string_view schema,
                                                     std::string_view origin);

  /// Looks up a lower-case word form: its word id (-1 when none) and the form's POS bits.
  int32_t lookup(std::string_view norm, uint8_t* pos, Stemmer* stemmer) const;
  /// Returns the flags of an exact lower-case function word (0 when none).
  uint32_t func(std::string_view norm) const;
  /// Returns the word with id ID.
  const Word& word(int32_t id) const { return words_[static_cast<std::size_t>(id)]; }
  /// Returns entry I.
  const Entry& entry(uint16_t i) const { return entries_[i]; }
  /// Returns the number of entries.
  std::size_t entry_count() const { return entries_.size(); }
  /// Returns the negation phrases (exact lower-case word sequences).
  const std::vector<std::vector<std::string>>& negation_phrases() const { return neg_phrases_; }
  /// Returns the confidence factor of a frame.
  double frame_factor(Frame f) const { return frames_[static_cast<int>(f)]; }

 private:
  std::string_view intern(std::string_view s);
  int32_t word_for_stem(std::string_view stem);
  void add_forms(std::string_view lemma, uint8_t pos, int32_t word, Stemmer* st);

  std::deque<std::string> arena_;  // owns every key below (deque: stable addresses)
  std::vector<Entry> entries_;
  std::vector<Word> words_;
  std::unordered_map<std::string_view, int32_t, fast_hash::StringHash> stems_;
  struct Form {
    int32_t word;
    uint8_t pos;
  };
  std::unordered_map<std::string_view, Form, fast_hash::StringHash> forms_;
  std::unordered_map<std::string_view, uint32_t, fast_hash::StringHash> func_;
  std::unordered_set<std::string_view, fast_hash::StringHash>
      prefixes_;  // 4-byte prefixes of stems (stemming filter)
  std::unordered_set<std::string_view, fast_hash::StringHash> excluded_;
  std::vector<std::vector<std::string>> neg_phrases_;
  double frames_[kFrameCount] = {};
};

/// Returns the stem of the lower-case words of PHRASE split on spaces.
std::vector<std::string> split_words(std::string_view phrase);

}  // namespace actorgraph::rel
