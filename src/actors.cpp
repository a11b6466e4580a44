// Actor stage: finds mentions of actors sentence by sentence with shallow patterns over the
// token view (gazetteer phrases from Knowledge, capitalised runs, role titles, appositives,
// nominals and pronouns), then resolves them within the document to one Actor each.
#include "actorgraph/actors.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "actorgraph/text.hpp"
#include "actors_tokens.hpp"
#include "fast_hash.hpp"
#include "knowledge_impl.hpp"

namespace actorgraph {
using actors_internal::Tok;
using actors_internal::TokenView;
using knowledge_internal::PhraseInfo;

struct ActorFinder::Impl {
  std::shared_ptr<const Knowledge> knowledge;
};

Result<ActorFinder> ActorFinder::create(std::shared_ptr<const Knowledge> knowledge) {
  auto impl = std::make_shared<Impl>();
  impl->knowledge = std::move(knowledge);
  return ActorFinder(std::move(impl));
}

namespace {

// A mention found by the patterns, before resolution.
struct Cand {
  uint32_t b = 0, e = 0;  // view tokens of the surface form
  MentionKind kind = MentionKind::kName;
  ActorType type = ActorType::kOrganization;  // guessed type of a name
  bool typed = false;               // the type comes from a cue (suffix, role, appositive)
  int32_t country = -1;             // state and country mentions: index of the country
  int32_t catalog = -1;             // catalog actor index
  int32_t employer = -1;            // persons: index of the cand of their organisation
  bool corp_role = false;           // persons: the role with the employer is a company's (CEO)
  int32_t employer_country = -2;    // persons: government employer by country (-1: context)
  int32_t maker = -1;               // products: index of the cand of the maker
  uint32_t name_b = 0, name_e = 0;  // products: tokens of the product's name
  bool possessive = false;
  bool third_person = false;   // pronouns: he/she (person) rather than it (thing)
  bool keep_the = false;       // "The Hague": the article is part of the name
  bool bare = false;           // a state word without a country ("officials")
  bool bloc = false;           // "the bloc": the union of states named before
  bool plural = false;         // nominals and pronouns: "the companies", "they"
  int8_t count = 0;            // plural nominals: the number of actors named ("the two firms")
  int32_t origin = -1;         // names: the country a cue says the actor is from ("US firm X")
  int32_t leader = -1;         // a head of state or government (index into Impl::leaders)
  int64_t surface_b = -1;      // first token of the displayed form when it starts before b
  int64_t alt_surface_b = -1;  // first token of a second form of the same span, or -1
  int64_t speech_verb = -1;    // "it" after a verb of saying: that verb's token, else -1
  uint8_t part = 0;            // "X-Y" of two names: 1 the part before the dash of token b, 2 after
};

// What the document shows of one lower-case word form.
struct WordFacts {
  int32_t caps = 0;             // capitalised uses outside headlines
  int32_t lower = 0;            // lower-case uses, once counted (only of words with caps > 0)
  bool lower_counted = false;   // lower is counted (on first need: "adtech")
  bool mid_cap = false;         // capitalised mid-sentence at the start of a capitalised run
  bool name_form = false;       // capitalised (or all caps, mixed case) and unhyphenated
  bool person_surname = false;  // the last word of a person's name found so far
};

class DocFinder {
 public:
  // Binds the finder to a document and empties what the previous document left; the tables keep
  // their buckets and buffers, so a finder reused for many documents stops allocating them.
  void reset(const Knowledge::Impl& k, const Document& doc, Extraction* ex) {
    k_ = &k;
    text_ = doc.text;
    ex_ = ex;
    cands_.clear();
    words_.clear();
    caps_bigrams_.clear();
    bigram_arena_.clear();
    bigram_spans_.clear();
    skip_.clear();
    extra_forms_.clear();
    known_orgs_.clear();
    by_id_.clear();
    acronyms_.clear();
    organ_heads_.clear();
    surnames_.clear();
    first_words_.clear();
    given_names_.clear();
    typed_.clear();
    origin_.clear();
    cand_group_.clear();
    catalog_ids_.clear();
    last_mention_sentence_.clear();
    state_forms_.clear();
    state_aliases_.clear();
    single_.clear();
    match_off_.clear();
    matches_.clear();
    end_ = 0;
    sentence_first_cand_ = 0;
  }

  void run() {
    actors_internal::build_token_view(text_, ex_->text, &v_);
    index_phrases();
    mark_furniture();
    mark_term_acronyms();
    collect_mid_caps();
    for (std::size_t s = 0; s < v_.sentence_begin.size(); ++s) {
      scan_sentence(v_.sentence_begin[s], v_.sentence_end[s]);
    }
    resolve();
  }

 private:
  // --- token predicates -------------------------------------------------------------------

  const Tok& t(uint32_t i) const { return v_.toks[i]; }
  std::string_view norm(uint32_t i) const { return v_.norm_of(v_.toks[i]); }
  std::string_view raw(uint32_t i) const {
    // Tokens lie inside the text: no bounds check (substr's) on this hot path.
    return std::string_view(text_.data() + t(i).begin, t(i).end - t(i).begin);
  }
  bool word(uint32_t i) const { return i < end_ && t(i).kind == TokenKind::kWord; }
  bool capital(uint32_t i) const {
    return word(i) && (t(i).flags & (kCapitalized | kAllCaps | kInitialism)) != 0;
  }
  const PhraseInfo* info(uint32_t b, uint32_t e) const {
    actors_internal::key_of(v_, b, e, &key_);
    return k_->find(key_);
  }
  const PhraseInfo* info1(uint32_t i) const { return single_[i]; }

  // Looks up, once per document, every phrase that starts at each token (longest first), so
  // the patterns test cached entries instead of hashing the same keys again and again.
  void index_phrases() {
    const uint32_t n = static_cast<uint32_t>(v_.toks.size());
    single_.assign(n, nullptr);
    match_off_.assign(n + 1, 0);
    matches_.clear();
    for (std::size_t s = 0; s < v_.sentence_begin.size(); ++s) {
      const uint32_t e = v_.sentence_end[s];
      for (uint32_t i = v_.sentence_begin[s]; i < e; ++i) {
        match_off_[i] = static_cast<uint32_t>(matches_.size());
        auto entry = k_->token_index.find(norm(i));
        if (entry == k_->token_index.end()) continue;
        single_[i] = entry->second.info;
        if (t(i).kind != TokenKind::kWord) continue;
        if (entry->second.longest > 0) {
          // The key of [i, i + len) is a prefix of the key of the longest span: build that
          // once and look up its prefixes, longest first.
          key_.assign(norm(i));
          const uint32_t longest = std::min<uint32_t>(entry->second.longest, e - i);
          key_ends_.clear();
          key_ends_.push_back(key_.size());
          for (uint32_t k = i + 1; k < i + longest; ++k) {
            key_ += ' ';
            key_ += norm(k);
            key_ends_.push_back(key_.size());
          }
          for (uint32_t len = longest; len >= 2; --len) {
            const PhraseInfo* p = k_->find(std::string_view(key_.data(), key_ends_[len - 1]));
            if (p) matches_.push_back({len, p});
          }
        }
        if (single_[i]) matches_.push_back({1, single_[i]});
      }
    }
    match_off_[n] = static_cast<uint32_t>(matches_.size());
    for (uint32_t i = n; i-- > 0;) {
      // Tokens outside sentences (none in practice) get empty ranges.
      if (match_off_[i] > match_off_[i + 1]) match_off_[i] = match_off_[i + 1];
    }
  }
  // Longest phrase at I (within the sentence) whose entry satisfies PRED; returns its end.
  template <typename P>
  uint32_t longest(uint32_t i, P pred, const PhraseInfo** out = nullptr) const {
    if (!word(i)) return 0;
    for (uint32_t m = match_off_[i]; m < match_off_[i + 1]; ++m) {
      const PhraseInfo* p = matches_[m].info;
      if (i + matches_[m].len > end_ || !pred(*p)) continue;
      if (p->all_caps && (t(i).flags & (kAllCaps | kInitialism)) == 0) continue;
      if (out) *out = p;
      return i + matches_[m].len;
    }
    return 0;
  }
  bool generic(uint32_t i) const {
    const PhraseInfo* p = info1(i);
    return p && p->generic;
  }
  bool function_word(uint32_t i) const {
    const PhraseInfo* p = info1(i);
    return p && p->function_word;
  }

  // Capitalised words at a sentence start or in a title-case headline are capitalised by
  // convention; such a word names something only if it is no common word, or the text also
  // capitalises it elsewhere.
  void collect_mid_caps() {
    for (uint32_t i = 0; i < v_.toks.size(); ++i) {
      const Tok& x = v_.toks[i];
      if (x.kind != TokenKind::kWord || x.title_case || x.dateline) continue;
      const bool name_form =
          (x.flags & (kCapitalized | kAllCaps | kMixedCase)) && !(x.flags & kHyphenated);
      WordFacts* facts = nullptr;
      if ((x.flags & kCapitalized) || name_form) facts = &words_.at(v_.norm_of(x));
      if (x.flags & kCapitalized) ++facts->caps;
      if (name_form) facts->name_form = true;
      if (i > 0 && (x.flags & kCapitalized) && !v_.toks[i - 1].title_case &&
          v_.toks[i - 1].kind == TokenKind::kWord &&
          (v_.toks[i - 1].flags & (kCapitalized | kAllCaps | kInitialism))) {
        // Lets a title-case headline's "US Foods" keep a pair the body writes as a name. The
        // pairs are keyed once the arena holding them stops growing.
        const std::size_t at = bigram_arena_.size();
        bigram_arena_ += v_.norm_of(v_.toks[i - 1]);
        bigram_arena_ += ' ';
        bigram_arena_ += v_.norm_of(x);
        bigram_spans_.push_back({at, bigram_arena_.size() - at});
      }
      if (x.sentence_initial) continue;
      // Only a word that starts a capitalised run counts: "Models" in "Northwind Models" says
      // nothing about "Models" alone.
      uint32_t prev = i;
      if (prev > 0 && v_.toks[prev - 1].kind == TokenKind::kPossessive) --prev;  // Ireland's Data
      if (prev > 0 && v_.toks[prev - 1].kind == TokenKind::kWord &&
          (v_.toks[prev - 1].flags & (kCapitalized | kAllCaps))) {
        continue;
      }
      if (x.flags & kCapitalized) facts->mid_cap = true;
    }
    for (const auto& span : bigram_spans_) {
      caps_bigrams_.at(std::string_view(bigram_arena_).substr(span.first, span.second)) = true;
    }
  }

  // The facts of word form W, or null when the document shows none.
  const WordFacts* facts(std::string_view w) const { return words_.find(w); }
  // Capitalised uses of word form W outside headlines.
  int32_t cap_count(std::string_view w) const {
    const WordFacts* f = words_.find(w);
    return f ? f->caps : 0;
  }
  bool mid_cap(std::string_view w) const {
    const WordFacts* f = words_.find(w);
    return f && f->mid_cap;
  }
  bool person_surname(std::string_view w) const {
    const WordFacts* f = words_.find(w);
    return f && f->person_surname;
  }

  bool name_token(uint32_t i) const {
    if (!word(i) || skip_[i]) return false;
    const Tok& x = t(i);
    uint16_t f = x.flags;
    bool cap = (f & (kCapitalized | kAllCaps | kMixedCase | kInitialism)) != 0;
    // Model numbers: 910C, X9; not amounts or measures ("2-nanometre").
    if (!cap && (f & kHasDigit) && has_letter(i) &&
        !((f & kHyphenated) && ascii::is_digit(static_cast<unsigned char>(raw(i)[0])))) {
      cap = true;
    }
    if (!cap) {
      // Lower-case brand styles (eReader) and model numbers with a leading letter (K7 is
      // capitalised anyway).
      if (!(f & kMixedCase)) return false;
    }
    // Tested after the cheap flag tests: most words are lower case and fail those first.
    if (amount_or_measure(i) || contraction(i)) return false;
    if (function_word(i) && !(f & kAllCaps)) return false;
    if (x.norm_len == 1 && !(f & kHasDigit)) return false;  // a lone letter: an initial, "A"
    if (generic(i)) return false;
    if (f & kHyphenated) {
      // "US-based", "AI-powered": an adjective, not a name; "U.S.-Made" in a title-case
      // headline too. "Ki-jeong" (a given name in two parts) is a name.
      std::string_view r = raw(i);
      std::size_t dash = r.rfind('-');
      if (dash + 1 < r.size() && ascii::is_lower(static_cast<unsigned char>(r[dash + 1])) &&
          !hyphenated_given_name(r, dash)) {
        return false;
      }
      if (dash + 1 < r.size() && participle(r.substr(dash + 1))) return false;
      if (country_pair(i)) return false;
    } else if (f & kInitialism) {
      // The tokenizer marks "U.S.-Made" an initialism, not a hyphenated word.
      std::string_view r = raw(i);
      std::size_t dash = r.rfind('-');
      if (dash != std::string_view::npos && dash + 1 < r.size() && participle(r.substr(dash + 1))) {
        return false;
      }
    }
    if ((x.sentence_initial || x.title_case) && !(f & (kAllCaps | kMixedCase | kHasDigit))) {
      std::string_view n = norm(i);
      const PhraseInfo* p = info1(i);
      // Words of the shipped lexicons are ordinary words too ("Regulator", "Chipmaker").
      bool lexical = p && (p->state_body || p->role || p->nominal >= 0 || p->product_noun ||
                           p->org_head || p->state_head || p->non_actor);
      if ((lexical || k_->common(n)) && !mid_cap(n) && !body_pair(i) && !(p && p->party)) {
        return false;
      }
    }
    return true;
  }

  // The text outside headlines writes the previous word and this one as a capitalised pair.
  bool body_pair(uint32_t i) const {
    if (i == 0 || !word(i - 1) || t(i - 1).sentence != t(i).sentence) return false;
    bigram_key_.assign(norm(i - 1));
    bigram_key_ += ' ';
    bigram_key_ += norm(i);
    return caps_bigrams_.find(bigram_key_) != nullptr;
  }

  // An ordinary word capitalised mid-sentence outside a headline, with no lexicon role:
  // part of a title ("Call of Duty"), not of a role or organ ("Minister of", "Bank of").
  bool ordinary_title_word(uint32_t i) const {
    const Tok& x = t(i);
    if (!(x.flags & kCapitalized) || (x.flags & (kAllCaps | kMixedCase | kHasDigit))) return false;
    if (x.sentence_initial || x.title_case || !k_->common(norm(i))) return false;
    const PhraseInfo* p = info1(i);
    return !(p && (p->role || p->honorific || p->state_body || p->state_head || p->head_prefix ||
                   p->org_head || p->corporate_suffix || p->nominal >= 0 || p->country_name >= 0 ||
                   p->adjective >= 0 || p->metonym >= 0 || p->place || p->non_actor));
  }

  // The initials of the words in [b, e), function words skipped; all-caps words whole.
  std::string initials(uint32_t b, uint32_t e) const {
    std::string out;
    for (uint32_t k = b; k < e; ++k) {
      if (!word(k) || function_word(k)) continue;
      std::string_view r = raw(k);
      if (t(k).flags & kAllCaps) {
        out.append(r);
      } else if (!r.empty()) {
        out.push_back(static_cast<char>(ascii::to_upper(static_cast<unsigned char>(r[0]))));
      }
    }
    return out;
  }

  // Whether token I joins two names the text also writes alone ("Veltrix-Orvane").
  bool name_pair(uint32_t i) const {
    std::string_view r = raw(i);
    std::size_t dash = r.find('-');
    if (dash < 2 || dash + 3 > r.size() || r.find('-', dash + 1) != std::string_view::npos) {
      return false;
    }
    if (!ascii::is_upper(static_cast<unsigned char>(r[0])) ||
        !ascii::is_upper(static_cast<unsigned char>(r[dash + 1]))) {
      return false;
    }
    std::string_view n = norm(i);
    if (n.size() != r.size()) return false;  // folded letters: offsets differ
    const WordFacts* a = facts(n.substr(0, dash));
    const WordFacts* b = facts(n.substr(dash + 1));
    return a && a->name_form && b && b->name_form;
  }

  // The text of the part of cand C's token that C names ("X-Y": X or Y).
  std::string_view part_text(const Cand& c) const {
    std::string_view r = raw(c.b);
    std::size_t dash = r.find('-');
    return c.part == 1 ? r.substr(0, dash) : r.substr(dash + 1);
  }

  // Whether [b, e) is made of role words only ("Commissioner", "Vice President") and names
  // nobody the text has named by surname.
  bool role_run(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k) {
      const PhraseInfo* p = info1(k);
      if (!(p && p->role) || (t(k).flags & (kAllCaps | kInitialism))) return false;
      if (person_surname(norm(k))) return false;
    }
    return true;
  }

  // "-made", "-Based", "-owned": the participle that ends a compound adjective.
  bool participle(std::string_view w) const {
    if (w.size() < 3) return false;
    std::string& low = word_key_;
    low.clear();
    for (char c : w)
      low.push_back(static_cast<char>(ascii::to_lower(static_cast<unsigned char>(c))));
    if (low == "made" || low == "built" || low == "run" || low == "led" || low == "born" ||
        low == "grown" || low == "held") {
      return true;
    }
    return low.size() > 4 && low.compare(low.size() - 2, 2, "ed") == 0 && k_->common(low);
  }

  // "Ki-jeong", "Jae-yong": a capitalised short part joined to a lower-case part that is no
  // English word (unlike "US-based", "China-backed", "Sino-foreign").
  bool hyphenated_given_name(std::string_view r, std::size_t dash) const {
    if (dash < 2 || dash > 4 || r.find('-') != dash) return false;
    if (!ascii::is_upper(static_cast<unsigned char>(r[0]))) return false;
    for (std::size_t k = 1; k < dash; ++k) {
      if (!ascii::is_lower(static_cast<unsigned char>(r[k]))) return false;
    }
    std::string_view tail = r.substr(dash + 1);
    if (tail.size() < 2 || tail.size() > 6) return false;
    for (char c : tail) {
      if (!ascii::is_lower(static_cast<unsigned char>(c))) return false;
    }
    std::string& head = word_key_;
    head.clear();
    for (std::size_t k = 0; k < dash; ++k)
      head.push_back(static_cast<char>(ascii::to_lower(static_cast<unsigned char>(r[k]))));
    return !k_->common(tail) && !k_->common(head) && !k_->find(head);
  }

  // "56th", "3rd": an ordinal numbers a unit of a name; it does not make the name a model.
  bool ordinal(uint32_t i) const {
    std::string_view r = raw(i);
    std::size_t k = 0;
    while (k < r.size() && ascii::is_digit(static_cast<unsigned char>(r[k])))
      ++k;
    if (k == 0 || r.size() - k != 2) return false;
    std::string_view suf = r.substr(k);
    return suf == "st" || suf == "nd" || suf == "rd" || suf == "th";
  }

  // "Can't", "Won’t", "They're": a contraction is no name, even capitalised in a headline.
  bool contraction(uint32_t i) const {
    static constexpr std::string_view kSuffixes[] = {
        "n't", "n\xE2\x80\x99t", "'re", "\xE2\x80\x99re",
        "'ll", "\xE2\x80\x99ll", "'ve", "\xE2\x80\x99ve"};
    std::string_view r = raw(i);
    // Every suffix ends in 't', 'e' or 'l': most words are ruled out by their last byte.
    if (r.size() < 4 || (r.back() != 't' && r.back() != 'e' && r.back() != 'l')) return false;
    for (std::string_view suf : kSuffixes) {
      if (r.size() > suf.size() && r.compare(r.size() - suf.size(), suf.size(), suf) == 0) {
        return true;
      }
    }
    return false;
  }

  // Money and measures are no names: "$7bn", "£5.5bn", "€1.2bn", "3D", "4K", "5.5bn".
  bool amount_or_measure(uint32_t i) const {
    std::string_view r = raw(i);
    if (r.empty()) return false;
    unsigned char c0 = static_cast<unsigned char>(r[0]);
    if (c0 == '$' || r.rfind("\xC2\xA3", 0) == 0 || r.rfind("\xE2\x82\xAC", 0) == 0 ||
        r.rfind("\xC2\xA5", 0) == 0) {
      return true;
    }
    if (!ascii::is_digit(c0)) return false;
    if (r.size() == 2 && (r[1] == 'D' || r[1] == 'G' || r[1] == 'K')) return true;  // 3D, 5G
    if (r.size() >= 3 && r.back() == 's') {
      // Decades: "90s", "1990s" ("the late-'90s case").
      std::size_t d = 0;
      while (d < r.size() && ascii::is_digit(static_cast<unsigned char>(r[d])))
        ++d;
      if (d + 1 == r.size() && (d == 2 || d == 4)) return true;
    }
    // Digits (with separators) followed by a magnitude: 5.5bn, 300m, 2tn.
    std::size_t k = 0;
    while (k < r.size() &&
           (ascii::is_digit(static_cast<unsigned char>(r[k])) || r[k] == '.' || r[k] == ','))
      ++k;
    std::string_view suf = r.substr(k);
    return suf == "bn" || suf == "m" || suf == "mn" || suf == "tn" || suf == "k" || suf == "b" ||
           suf == "trn" || suf == "mln" || suf == "bln";
  }

  // "China-EU", "EU-US": two countries or blocs joined as an adjective ("China-EU trade").
  bool country_pair(uint32_t i) const {
    std::string_view n = norm(i);
    std::size_t dash = n.find('-');
    if (dash == std::string_view::npos || n.find('-', dash + 1) != std::string_view::npos) {
      return false;
    }
    auto country = [&](std::string_view part) {
      key_.assign(part);
      const PhraseInfo* p = k_->find(key_);
      return p && (p->country_name >= 0 || p->adjective >= 0 || p->metonym >= 0);
    };
    return country(n.substr(0, dash)) && country(n.substr(dash + 1));
  }

  // Whether token K is an acronym in plural form: "OEMs", "NGOs".
  bool plural_acronym(uint32_t k) const {
    std::string_view r = raw(k);
    if (r.size() < 3 || r.back() != 's') return false;
    for (std::size_t q = 0; q + 1 < r.size(); ++q) {
      if (!ascii::is_upper(static_cast<unsigned char>(r[q]))) return false;
    }
    return true;
  }

  // Acronyms of common terms name no actor anywhere in the document: one the text spells out
  // in lower case before it in brackets ("radio frequency front end (RFFE)", "strategic market
  // status" (SMS)), and a plural one ("Original Equipment Manufacturers (OEMs)", "NGOs"), whose
  // spelled-out form goes too.
  void mark_term_acronyms() {
    const uint32_t n = static_cast<uint32_t>(v_.toks.size());
    std::vector<std::string_view> terms;
    auto quote = [&](uint32_t k) {
      std::string_view r = raw(k);
      return r == "\"" || r == "'" || r == "\xE2\x80\x9D" || r == "\xE2\x80\x99" ||
             r == "\xE2\x80\x9C";
    };
    for (uint32_t k = 1; k + 1 < n; ++k) {
      const Tok& x = v_.toks[k];
      if (x.kind != TokenKind::kWord || raw(k - 1) != "(" || raw(k + 1) != ")") continue;
      const bool plural = plural_acronym(k);
      if (!plural && !(x.flags & (kAllCaps | kInitialism))) continue;
      std::string_view acr = raw(k);
      if (plural) acr.remove_suffix(1);
      if (acr.size() < 2 || acr.size() > 6) continue;
      // Words before the bracket, right to left, whose initials (each part of a hyphenated
      // word counts) spell the acronym from its end.
      uint32_t q = k - 1;
      while (q > 0 && v_.toks[q - 1].sentence == x.sentence && quote(q - 1))
        --q;
      std::size_t need = acr.size();
      bool lower = true;
      uint32_t first = q;
      while (need > 0 && first > 0 && v_.toks[first - 1].sentence == x.sentence &&
             v_.toks[first - 1].kind == TokenKind::kWord) {
        std::string_view w = raw(first - 1);
        if (function_word(first - 1)) {
          --first;
          continue;
        }
        // The initials of the word's parts ("front-end": F, E) must end the part of the
        // acronym still unspelled.
        std::size_t parts = 1;
        for (char c : w)
          parts += c == '-' ? 1 : 0;
        bool ok = parts <= need;
        for (std::size_t start = 0, part = 0; ok && start < w.size(); ++part) {
          std::size_t dash = w.find('-', start);
          if (dash == std::string_view::npos) dash = w.size();
          unsigned char c = static_cast<unsigned char>(w[start]);
          ok = dash > start &&
               ascii::to_upper(c) == static_cast<unsigned char>(acr[need - parts + part]);
          lower = lower && ascii::is_lower(c);
          start = dash + 1;
        }
        if (ok) need -= parts;
        if (!ok) break;
        --first;
      }
      if (need != 0) continue;
      if (!lower && !plural) continue;
      for (uint32_t m = first; plural && m < k - 1; ++m)
        skip_[m] = 1;
      terms.push_back(v_.norm_of(x));
    }
    if (terms.empty()) return;
    for (uint32_t k = 0; k < n; ++k) {
      if (v_.toks[k].kind != TokenKind::kWord) continue;
      std::string_view w = v_.norm_of(v_.toks[k]);
      for (std::string_view term : terms) {
        if (w == term) skip_[k] = 1;
      }
      if (plural_acronym(k)) skip_[k] = 1;
    }
  }

  // Page furniture that names no actor: photo credits ("Image credit: A/B", "(Credit: X)"),
  // cross-link labels ("Also on X:"), file names ("Meta_i_Place"), party tags ("(D-Ore.)").
  void mark_furniture() {
    const uint32_t n = static_cast<uint32_t>(v_.toks.size());
    skip_.assign(n, 0);
    auto rawk = [&](uint32_t k) {
      return std::string_view(text_.data() + v_.toks[k].begin, v_.toks[k].end - v_.toks[k].begin);
    };
    auto nk = [&](uint32_t k) { return v_.norm_of(v_.toks[k]); };
    auto line_start = [&](uint32_t k) {
      return k == 0 || (v_.toks[k].flags & kNewlineBefore) ||
             v_.toks[k].sentence != v_.toks[k - 1].sentence;
    };
    auto to_line_end = [&](uint32_t k, bool paren) {
      for (uint32_t first = k; k < n; ++k) {
        if (k > first && (v_.toks[k].flags & kNewlineBefore)) break;
        if (paren && rawk(k) == ")") break;
        skip_[k] = 1;
      }
    };
    // Most documents have no underscore at all: one scan of the text spares a scan per token.
    const bool any_underscore = text_.find('_') != std::string_view::npos;
    for (uint32_t k = 0; k < n; ++k) {
      std::string_view r = rawk(k);
      std::string_view w = nk(k);
      // An inline scan: tokens are short, a library call costs more than the bytes.
      bool underscore = false;
      if (any_underscore) {
        for (char ch : r)
          underscore = underscore || ch == '_';
      }
      if (underscore) {
        // A file name: everything glued to the underscore.
        uint32_t a = k, b = k;
        while (a > 0 && v_.toks[a - 1].end == v_.toks[a].begin)
          --a;
        while (b + 1 < n && v_.toks[b].end == v_.toks[b + 1].begin)
          ++b;
        for (uint32_t q = a; q <= b; ++q)
          skip_[q] = 1;
        continue;
      }
      if (k + 1 < n && rawk(k + 1) == ":" &&
          (w == "credit" || w == "credits" || w == "photo" || w == "photograph" || w == "image" ||
           w == "picture" || w == "illustration")) {
        bool paren = false;
        for (uint32_t q = k; q > 0 && q + 3 > k; --q) {
          if (rawk(q - 1) == "(") paren = true;
        }
        to_line_end(k, paren);
        continue;
      }
      if (line_start(k) && k + 2 < n) {
        std::string_view w1 = nk(k + 1);
        if ((w == "also" && (w1 == "on" || w1 == "read")) ||
            ((w == "read" || w == "see") && (w1 == "more" || w1 == "also")) ||
            (w == "related" && rawk(k + 1) == ":")) {
          // Only the label up to its colon: the linked headline may name actors of the story.
          uint32_t q = k;
          while (q < n && q < k + 6 && rawk(q) != ":")
            ++q;
          if (q < n && rawk(q) == ":") {
            for (uint32_t m = k; m <= q; ++m)
              skip_[m] = 1;
          }
          continue;
        }
      }
      if (k + 2 < n && v_.toks[k].kind == TokenKind::kWord && rawk(k + 1) == "." &&
          v_.toks[k].end == v_.toks[k + 1].begin && v_.toks[k + 1].end == v_.toks[k + 2].begin &&
          (v_.toks[k].flags & kCapitalized) && (v_.toks[k + 2].flags & kCapitalized) &&
          v_.toks[k + 2].norm_len <= 3 && !(v_.toks[k].flags & kInitialism)) {
        // A site name ("News.Az") that a sentence splitter cut in two: neither half names.
        skip_[k] = skip_[k + 1] = skip_[k + 2] = 1;
        continue;
      }
      if (k > 0 && rawk(k - 1) == "(" && r.size() >= 3 && r[1] == '-' &&
          ascii::is_upper(static_cast<unsigned char>(r[0])) &&
          ascii::is_upper(static_cast<unsigned char>(r[2]))) {
        skip_[k] = 1;  // (D-Ore.), (R-Texas)
      }
    }
    mark_documents(rawk, nk);
  }

  // Titles of laws, rule sets and contracts name no actor, nor do their parts or their
  // acronyms: "the Information Technology (Procedure and Safeguards for Blocking of Access of
  // Information by Public) Rules 2009", "a Technology License Agreement (TLA)", "section 69A";
  // nor a currency's country prefix ("US$1.3 trillion").
  template <typename Raw, typename Norm>
  void mark_documents(const Raw& rawk, const Norm& nk) {
    const uint32_t n = static_cast<uint32_t>(v_.toks.size());
    auto is_word = [&](uint32_t k) { return v_.toks[k].kind == TokenKind::kWord; };
    auto caps = [&](uint32_t k) {
      return is_word(k) && (v_.toks[k].flags & (kCapitalized | kAllCaps | kInitialism)) != 0;
    };
    auto same_sentence = [&](uint32_t a, uint32_t b) {
      return v_.toks[a].sentence == v_.toks[b].sentence;
    };
    for (uint32_t k = 0; k < n; ++k) {
      const PhraseInfo* p = single_[k];
      if (p && p->section_word && k + 1 < n && same_sentence(k, k + 1) &&
          (v_.toks[k + 1].flags & kHasDigit)) {
        skip_[k] = skip_[k + 1] = 1;  // "section 69A", "Article 102"
        continue;
      }
      if (k + 1 < n && is_word(k) && !rawk(k + 1).empty() && rawk(k + 1)[0] == '$' &&
          v_.toks[k].end == v_.toks[k + 1].begin) {
        skip_[k] = 1;  // "US$", "HK$": a currency
        continue;
      }
      if (!p || !p->legal_head || !caps(k) || v_.toks[k].title_case) continue;
      // "Bill Gates", "Charter Communications": a capitalised word after it continues a name.
      if (k + 1 < n && same_sentence(k, k + 1) && caps(k + 1)) continue;
      // Leftwards over the title: capitalised words, numbers, brackets and the joining words
      // of titles; a country reference or a possessive before it stays outside ("the EU AI
      // Act", "India's Information Technology Act").
      uint32_t b = k;
      while (b > 0 && same_sentence(b - 1, k)) {
        const uint32_t q = b - 1;
        std::string_view r = rawk(q);
        if (r == "(" || r == ")" || r == "&") {
          b = q;
          continue;
        }
        if (!is_word(q)) break;
        const PhraseInfo* qi = single_[q];
        if (qi && (qi->country_name >= 0 || qi->adjective >= 0 || qi->metonym >= 0)) break;
        std::string_view w = nk(q);
        if (caps(q) || (v_.toks[q].flags & kHasDigit)) {
          b = q;
          continue;
        }
        if ((w == "of" || w == "and" || w == "for" || w == "by" || w == "on" || w == "to" ||
             w == "in") &&
            q > 0 && (caps(q - 1) || rawk(q - 1) == ")")) {
          b = q;
          continue;
        }
        break;
      }
      while (b < k && !caps(b) && rawk(b) != "(")
        ++b;  // no leading joining word
      // An open bracket inside the title needs its close: "(Procedure ...) Rules".
      uint32_t e = k + 1;
      if (e < n && same_sentence(e, k) && (v_.toks[e].flags & kHasDigit) && !has_letter(e)) ++e;
      if (e + 2 < n && rawk(e) == "(" && (v_.toks[e + 1].flags & kAllCaps) && rawk(e + 2) == ")") {
        e += 3;  // its acronym: "Agreement (TLA)"
      }
      for (uint32_t q = b; q < e; ++q)
        skip_[q] = 1;
    }
  }

  // Whether the capitalised word at I is written in lower case in the text at least as often
  // as capitalised outside headlines.
  bool common_noun_capitalised(uint32_t i) {
    const Tok& x = t(i);
    if (!(x.flags & kCapitalized) || (x.flags & (kAllCaps | kMixedCase | kHasDigit))) return false;
    if (x.sentence_initial || x.title_case || info1(i)) return false;
    WordFacts* f = words_.find(norm(i));
    if (!f || f->caps == 0) return false;
    if (!f->lower_counted) {
      // Counted for the few words asked about, by comparing bytes: cheaper than hashing every
      // lower-case word of the document.
      f->lower_counted = true;
      const std::string_view w = norm(i);
      for (const Tok& y : v_.toks) {
        if (y.norm_len != w.size() || y.kind != TokenKind::kWord ||
            (y.flags & (kCapitalized | kAllCaps | kMixedCase))) {
          continue;
        }
        if (std::memcmp(v_.norm.data() + y.norm_begin, w.data(), w.size()) == 0) ++f->lower;
      }
    }
    return f->lower > 0 && f->lower >= f->caps;
  }

  bool has_letter(uint32_t i) const {
    for (char ch : raw(i)) {
      if (ascii::is_alpha(static_cast<unsigned char>(ch))) return true;
    }
    return false;
  }

  int32_t last_cand_ending_at(uint32_t e) const {
    for (int32_t c = static_cast<int32_t>(cands_.size()) - 1; c >= sentence_first_cand_; --c) {
      if (cands_[c].e == e) return c;
      if (cands_[c].e < e) break;
    }
    return -1;
  }

  void push(Cand c) {
    c.possessive = c.e < end_ && t(c.e).kind == TokenKind::kPossessive;
    if (c.kind == MentionKind::kName && c.type == ActorType::kPerson && c.e > c.b + 1) {
      words_.at(norm(c.e - 1)).person_surname = true;
    }
    cands_.push_back(c);
  }

  // --- sentence scan ------------------------------------------------------------------------

  void scan_sentence(uint32_t b, uint32_t e) {
    end_ = e;
    sentence_first_cand_ = static_cast<int32_t>(cands_.size());
    uint32_t i = b;
    while (i < e) {
      uint32_t next = match_at(i);
      i = next > i ? next : i + 1;
    }
    post_appositives(b, e);
  }

  // Tries the patterns at I in priority order; returns the end of what matched, or I.
  uint32_t match_at(uint32_t i) {
    if (t(i).kind == TokenKind::kPossessive) {
      if (!cands_.empty() && static_cast<int32_t>(cands_.size()) > sentence_first_cand_ &&
          cands_.back().e == i) {
        uint32_t p = product_after(i + 1, static_cast<int32_t>(cands_.size()) - 1);
        if (p > i + 1) return p;
      }
      return i + 1;
    }
    if (!word(i) || t(i).dateline || skip_[i]) return i;
    uint32_t r;
    if ((r = match_catalog(i))) return r;
    // Both patterns need a capital or a phrase at I (country_ref, the role lookup and the
    // leader lookup fail without one); most tokens are lower-case words outside any phrase.
    const bool cap_i = capital(i);
    if ((cap_i || match_off_[i] != match_off_[i + 1]) && (r = match_role_person(i))) return r;
    if (cap_i && (r = match_state(i))) return r;
    if ((r = match_metonym(i))) return r;
    if ((r = match_bare_body(i))) return r;
    if ((r = match_pronoun(i))) return r;
    if ((r = match_nominal(i))) return r;
    if ((r = match_name(i))) return r;
    return i;
  }

  uint32_t match_catalog(uint32_t i) {
    const PhraseInfo* p = nullptr;
    uint32_t e = longest(
        i, [](const PhraseInfo& x) { return x.catalog >= 0; }, &p);
    if (!e || !capital(i)) return 0;
    Cand c;
    c.b = i;
    c.e = e;
    c.kind = MentionKind::kCatalog;
    c.catalog = p->catalog;
    c.type = k_->catalog[static_cast<std::size_t>(p->catalog)].type;
    c.typed = true;
    push(c);
    return e;
  }

  // The word after a country adjective at R shows that the adjective stands alone as a noun.
  bool adjective_as_noun(uint32_t r) const {
    if (r >= end_) return false;
    if (t(r).kind == TokenKind::kPunct) {
      std::string_view p = raw(r);
      if (p == ",") {
        // "Chinese, Japanese and Korean firms": a list of adjectives before their noun.
        int32_t c = -1;
        bool n = false;
        return !(r + 1 < end_ && country_ref(r + 1, &c, &n));
      }
      return p == "." || p == ";" || p == ":";
    }
    if (!word(r)) return false;
    std::string_view n = norm(r);
    for (const char* w : {"of", "to", "over", "said", "say", "says", "have", "has", "had", "will",
                          "would", "were", "are", "want", "wanted"}) {
      if (n == w) return true;
    }
    return false;
  }

  // A country reference at I: a country's name or adjective (Chinese, US, China's).
  uint32_t country_ref(uint32_t i, int32_t* country, bool* is_name) const {
    if (!capital(i)) return 0;
    const PhraseInfo* p = nullptr;
    uint32_t e = longest(
        i, [](const PhraseInfo& x) { return x.country_name >= 0 || x.adjective >= 0; }, &p);
    if (!e) return 0;
    *country = p->country_name >= 0 ? p->country_name : p->adjective;
    *is_name = p->country_name >= 0;
    return e;
  }

  // A state body at I: "officials", "commerce ministry"; a capitalised head (Department) too.
  uint32_t body_at(uint32_t i) const {
    return longest(i, [](const PhraseInfo& x) { return x.state_body || x.state_head; });
  }

  // "of <capitalised words>" after a state organ: "Ministry of Commerce", "... of China".
  uint32_t of_tail(uint32_t e, int32_t* country) const {
    if (!(word(e) && norm(e) == "of" && e + 1 < end_)) return e;
    uint32_t j = e + 1;
    if (word(j) && norm(j) == "the") ++j;
    uint32_t k = j;
    while (k < end_ && (capital(k) || (word(k) && (norm(k) == "and" || norm(k) == "for") &&
                                       k + 1 < end_ && capital(k + 1)))) {
      int32_t c = -1;
      bool is_name = false;
      uint32_t r = country_ref(k, &c, &is_name);
      if (r && is_name) {
        *country = c;
        k = r;
        continue;
      }
      ++k;
    }
    return k > j ? k : e;
  }

  // <country ref> [up to two modifiers] <body>: "Chinese cybersecurity officials", "the US
  // Commerce Department", "China's commerce ministry"; <leader> [administration]; a bare
  // country name otherwise.
  uint32_t match_state(uint32_t i) {
    int32_t country = -1;
    bool is_name = false;
    uint32_t r = country_ref(i, &country, &is_name);
    int32_t leader = -1;
    if (!r) {
      const PhraseInfo* p = nullptr;
      r = longest(
          i, [](const PhraseInfo& x) { return x.leader >= 0 || x.leader_surname >= 0; }, &p);
      if (!r || !capital(i)) return 0;
      leader = p->leader >= 0 ? p->leader : p->leader_surname;
      country = k_->leaders[static_cast<std::size_t>(leader)].country;
      // A bare surname is the leader only when it is not part of a longer name.
      if (p->leader < 0 && name_token(r) && !body_at(r)) return 0;
    }
    uint32_t j = r;
    if (j < end_ && t(j).kind == TokenKind::kPossessive) ++j;
    for (uint32_t k = j; k < end_ && k <= j + 2; ++k) {
      if (!word(k)) break;
      uint32_t be = body_at(k);
      if (be) {
        // "Chinese company officials" are the company's.
        bool owned = false;
        for (uint32_t m = j; m < k; ++m) {
          const PhraseInfo* p = info1(m);
          if ((p && (p->owner || p->nominal >= 0 || p->product_noun || p->function_word)) ||
              name_token(m)) {
            if (!(p && p->state_body)) owned = true;
          }
        }
        // Capitalised modifiers are organ names (US Commerce Department) and may stay.
        if (owned) {
          bool all_caps_mods = true;
          for (uint32_t m = j; m < k; ++m)
            all_caps_mods = all_caps_mods && capital(m) && !generic(m);
          if (!all_caps_mods) break;
        }
        int32_t of_country = country;
        uint32_t end = of_tail(be, &of_country);
        Cand c;
        c.b = i;
        c.e = end;
        c.kind = MentionKind::kState;
        c.country = country;
        push(c);
        return end;
      }
      const PhraseInfo* p = info1(k);
      if (p && (p->owner || p->nominal >= 0 || p->function_word || p->role)) break;
    }
    if (leader >= 0) {
      // A leader named alone is a person who acts for the government.
      while (r < end_ && name_token(r) && !(t(r).flags & kNewlineBefore))
        ++r;
      push(leader_person(i, r, leader));
      return r;
    }
    if (!is_name) {
      // "the American restrictions", "Chinese retaliatory tariffs": the adjective of a state
      // before the state's own act stands for its government; before its trade ("Chinese
      // exports") for the country as a market.
      for (uint32_t k = r; k < end_ && k <= r + 1; ++k) {
        const PhraseInfo* m = nullptr;
        uint32_t me = longest(
            k, [](const PhraseInfo& x) { return x.state_measure || x.trade_noun; }, &m);
        if (me && !name_token(me) && !(me < end_ && info1(me) && info1(me)->product_noun)) {
          Cand c;
          c.b = i;
          c.e = r;
          c.country = country;
          c.kind = m->state_measure ? MentionKind::kState : MentionKind::kCountry;
          push(c);
          return r;
        }
        if (!plain_modifier(k)) break;
      }
      // "warns Dutch of consequences", "the Chinese said": an adjective used as a noun is
      // the people of the state, acting: its government.
      if (!adjective_as_noun(r)) return 0;
      Cand c;
      c.b = i;
      c.e = r;
      c.country = country;
      c.kind = MentionKind::kState;
      push(c);
      return r;
    }
    // "China Mobile", "U.S. Steel": the country name starts a longer name.
    if (name_token(r) && !generic(r)) return 0;
    {
      // "US e-commerce giant Orvane": the country describes the company named next.
      uint32_t k = r;
      while (k < end_ && k < r + 2 && word(k) && !capital(k) && !info1(k))
        ++k;
      uint32_t ne = longest(k, [](const PhraseInfo& x) { return x.nominal >= 0; });
      if (ne && name_token(ne)) return r;
    }
    if (r + 1 < end_ && t(r).kind == TokenKind::kPossessive && name_token(r + 1) &&
        !body_at(r + 1)) {
      // "Israel's Mellanox Technologies": the country says where a company is from.
      uint32_t q = r + 1;
      while (q < end_ && name_token(q))
        ++q;
      const PhraseInfo* first = info1(r + 1);
      bool organ = first && (first->role || first->state_body || first->state_head ||
                             first->leader >= 0 || first->leader_surname >= 0);
      bool company = false;
      for (uint32_t m = r + 1; m < q; ++m) {
        const PhraseInfo* p = info1(m);
        company = company || (p && (p->corporate_suffix || p->legal_suffix));
      }
      if (!organ && (company || (q == r + 2 && !k_->common(norm(r + 1))))) return r;
    }
    Cand c;
    c.b = i;
    c.e = r;
    c.country = country;
    c.kind = k_->countries[static_cast<std::size_t>(country)].supranational ? MentionKind::kState
                                                                            : MentionKind::kCountry;
    push(c);
    return r;
  }

  bool locative(uint32_t i) const {
    if (i == 0 || i <= v_.sentence_begin[t(i).sentence]) return false;
    uint32_t p = i - 1;
    if (word(p) && norm(p) == "the" && p > v_.sentence_begin[t(i).sentence]) --p;
    static const char* const kLoc[] = {"in",      "at",     "to",     "from",       "near",
                                       "outside", "across", "around", "throughout", "via",
                                       "into",    "visit",  "visited"};
    for (const char* l : kLoc) {
      if (norm(p) == l) return true;
    }
    return false;
  }

  // Capitals and seats of power standing for a government: Beijing, the White House.
  uint32_t match_metonym(uint32_t i) {
    if (!capital(i)) return 0;
    const PhraseInfo* p = nullptr;
    uint32_t e = longest(
        i, [](const PhraseInfo& x) { return x.metonym >= 0; }, &p);
    if (!e) return 0;
    if (name_token(e) && !generic(e) && !body_at(e)) return 0;  // "Washington Post"
    int32_t country = p->metonym;
    uint32_t end = of_tail(e, &country);
    if (locative(i) && end == e) return e;  // "a factory in Beijing": a place
    // "SEATTLE, Washington:": the state of a city named before it, not a seat of power.
    if (end == e && i >= 2 && raw(i - 1) == "," && word(i - 2) && info1(i - 2) &&
        info1(i - 2)->place) {
      return e;
    }
    Cand c;
    c.b = i;
    c.e = end;
    c.keep_the = norm(i) == "the";
    c.kind = MentionKind::kState;
    c.country = country;
    push(c);
    return end;
  }

  // "the government", "officials", "regulators": the government the text is about.
  uint32_t match_bare_body(uint32_t i) {
    const PhraseInfo* p = nullptr;
    uint32_t e = longest(
        i, [](const PhraseInfo& x) { return x.standalone || x.bloc; }, &p);
    if (!e) return 0;
    const bool bloc = p->bloc;
    // "the Ministry of Industry": a capitalised organ name, matched as a name.
    if (capital(i) && e + 1 < end_ && word(e) && norm(e) == "of" && capital(e + 1)) return 0;
    uint32_t sb = v_.sentence_begin[t(i).sentence];
    // A singular organ needs its article ("the government said"); without one it is a
    // modifier ("government sectors"). Plurals stand alone ("officials said").
    std::string_view last = norm(e - 1);
    bool plural = last.size() > 2 && last.back() == 's' && last[last.size() - 2] != 's';
    if (!plural && e == i + 1 && !(i > sb && norm(i - 1) == "the")) return e;
    if (i > sb) {
      uint32_t prev = i - 1;
      if (t(prev).kind == TokenKind::kPossessive) {
        // "Lindqvist's government" after a leader is the state; "the company's officials" not.
        int32_t before = last_cand_ending_at(prev);
        if (before < 0 || cands_[before].leader < 0) return e;
        Cand g;
        g.b = i;
        g.e = e;
        g.surface_b = cands_[before].b;
        g.kind = MentionKind::kState;
        g.country = k_->leaders[static_cast<std::size_t>(cands_[before].leader)].country;
        push(g);
        return e;
      }
      const PhraseInfo* q = info1(prev);
      if (q && (q->owner || q->nominal >= 0 || q->product_noun)) return e;
      if (name_token(prev)) return e;
    }
    Cand c;
    c.b = i;
    c.e = e;
    c.kind = MentionKind::kState;
    c.country = -1;
    c.bare = true;
    c.bloc = bloc;
    // "regulators in Brussels", "officials from China": the place names the state.
    if (e + 1 < end_ && word(e) && (norm(e) == "in" || norm(e) == "from" || norm(e) == "of") &&
        capital(e + 1)) {
      const PhraseInfo* place = nullptr;
      uint32_t r = longest(
          e + 1, [](const PhraseInfo& x) { return x.metonym >= 0 || x.country_name >= 0; }, &place);
      if (r && !name_token(r)) {
        c.country = place->metonym >= 0 ? place->metonym : place->country_name;
        c.e = r;
      }
    }
    push(c);
    return c.e;
  }

  uint32_t match_pronoun(uint32_t i) {
    std::string_view n = norm(i);
    bool thing = n == "it" || n == "its";
    bool person = n == "he" || n == "his" || n == "she" || n == "her";
    bool plural = n == "they" || n == "them" || n == "their";
    if (!thing && !person && !plural) return 0;
    // "Orvane said it was adding": after a verb of saying, "it" is its subject, not empty.
    bool reported = false;
    int64_t speech_verb = -1;
    // Up to three words between ("said on Friday it", "said that it"), no punctuation.
    for (uint32_t q = i, steps = 0; q > v_.sentence_begin[t(i).sentence] && steps < 4 && !reported;
         ++steps) {
      --q;
      if (!word(q)) break;
      std::string_view v = norm(q);
      reported = v == "said" || v == "says" || v == "announced" || v == "added" || v == "stated" ||
                 v == "confirmed" || v == "declared" || v == "warned";
      if (reported) speech_verb = q;
    }
    if (n == "it" && i + 1 < end_) {
      // Pleonastic "it": "it remains unclear", "it is likely"; but "said it was adding" and
      // "said it is reviewing" have a subject, the speaker.
      std::string_view next = norm(i + 1);
      bool verb_form = false;
      if (reported && i + 2 < end_ && word(i + 2) && (next == "is" || next == "was")) {
        std::string_view v = norm(i + 2);
        verb_form = v.size() > 4 && (v.compare(v.size() - 3, 3, "ing") == 0 ||
                                     v.compare(v.size() - 2, 2, "ed") == 0);
      }
      static const char* const kPleo[] = {"is",      "was",    "'s",      "remains",  "remained",
                                          "seems",   "seemed", "appears", "appeared", "became",
                                          "becomes", "takes",  "took"};
      for (const char* w : kPleo) {
        if (next == w && !verb_form) return i + 1;
      }
    }
    Cand c;
    c.b = i;
    c.e = i + 1;
    c.kind = MentionKind::kPronoun;
    c.third_person = person;
    c.plural = plural;
    if (n == "it") c.speech_verb = speech_verb;
    push(c);
    if (n == "its" || n == "his" || n == "her" || n == "their") {
      uint32_t p = product_after(i + 1, static_cast<int32_t>(cands_.size()) - 1);
      if (p > i + 1) return p;
    }
    return i + 1;
  }

  // A lower-case word with no lexicon role, as before a role ("competition commissioner").
  bool plain_modifier(uint32_t i) const {
    if (!word(i) || capital(i) || (t(i).flags & kHasDigit) || info1(i)) return false;
    std::string_view n = norm(i);
    return n.size() > 2 && !(n.size() > 2 && n.compare(n.size() - 2, 2, "ed") == 0) &&
           !(n.size() > 3 && n.compare(n.size() - 3, 3, "ing") == 0);
  }

  // A lower-case word that may stand between a determiner and a nominal's head ("the antitrust
  // authority", "the social technology company"); words that point elsewhere ("the other firm",
  // "the parent company", "the largest company") do not.
  bool nominal_modifier(uint32_t i) const {
    if (!word(i) || (t(i).flags & kHasDigit)) return false;
    if (capital(i)) {
      // "the Dutch-owned chipmaker", "the Shenzhen-based firm"
      std::string_view r = raw(i);
      std::size_t dash = r.rfind('-');
      return (t(i).flags & kHyphenated) && dash != std::string_view::npos && dash + 1 < r.size() &&
             ascii::is_lower(static_cast<unsigned char>(r[dash + 1]));
    }
    const PhraseInfo* p = info1(i);
    if (p && (p->function_word || p->state_body || p->role || p->owner || p->nominal >= 0 ||
              p->non_actor || p->country_name >= 0 || p->adjective >= 0)) {
      return false;
    }
    std::string_view n = norm(i);
    static constexpr std::string_view kOther[] = {
        "other", "another", "rival",     "parent", "former", "new",      "combined", "merged",
        "same",  "first",   "second",    "third",  "last",   "next",     "only",     "single",
        "such",  "whole",   "entire",    "said",   "says",   "say",      "told",     "had",
        "has",   "have",    "would",     "will",   "could",  "affected", "foreign",  "domestic",
        "local", "smaller", "larger",    "bigger", "few",    "several",  "many",     "various",
        "own",   "sister",  "subsidiary"};
    for (std::string_view w : kOther) {
      if (n == w) return false;
    }
    // Superlatives pick one of many ("the biggest firm"), not the one named before.
    if (n.size() > 4 && n.compare(n.size() - 3, 3, "est") == 0) return false;
    return true;
  }

  // "the company", "the chipmaker", "the antitrust authority", "both companies", "the two tech
  // giants"; a cue directly before a name ("chipmaker Orvane") types the name instead.
  uint32_t match_nominal(uint32_t i) {
    std::string_view n = norm(i);
    const bool plural_det = n == "these" || n == "those" || n == "both";
    if (!(n == "the" || n == "this" || n == "that" || plural_det)) return 0;
    uint32_t j = i + 1;
    int count = n == "both" ? 2 : 0;
    if (j < end_ && word(j)) {
      // "the two companies", "all three", "both the firms"
      std::string_view q = norm(j);
      int c = q == "two" ? 2 : q == "three" ? 3 : q == "four" ? 4 : q == "five" ? 5 : 0;
      if (c > 0 || (q == "both" && n == "the")) {
        count = c > 0 ? c : 2;
        ++j;
      } else if (n == "both" && q == "the") {
        ++j;
      }
    }
    // "the US chipmaker", "the Dutch firm": one country adjective may sit in between.
    int32_t country = -1;
    bool is_name = false;
    uint32_t r = country_ref(j, &country, &is_name);
    if (r) j = r;
    const PhraseInfo* p = nullptr;
    uint32_t e = 0;
    uint32_t head = j;
    for (uint32_t k = j; k < end_ && k <= j + 2; ++k) {
      e = longest(
          k, [](const PhraseInfo& x) { return x.nominal >= 0; }, &p);
      if (e) {
        head = k;
        break;
      }
      if (!nominal_modifier(k)) return 0;
    }
    if (!e) return 0;
    // "the Irish watchdog", "the Chinese regulator": a state's organ, matched at the country.
    if (r && body_at(head)) return 0;
    if (name_token(e)) return 0;  // appositive: the name follows
    if (capital(head) &&
        (!t(head).title_case || (e + 1 < end_ && norm(e) == "of" && capital(e + 1)))) {
      return 0;  // "the Institute of ...": a name
    }
    std::string_view last = norm(e - 1);
    const bool plural = last.size() > 3 && last.back() == 's' && last[last.size() - 2] != 's';
    // "both" and numbers count several actors: "the two firm" is no phrase.
    if (count > 0 && !plural) return 0;
    if (plural_det && !plural) return 0;
    Cand c;
    c.b = i;
    c.e = e;
    c.kind = MentionKind::kNominal;
    c.type = static_cast<ActorType>(p->nominal);
    c.plural = plural;
    c.count = static_cast<int8_t>(count);
    c.country = r ? country : -1;
    push(c);
    return e;
  }

  // "US" in "US President Mara Quill" names the state the person acts for: a form of its
  // government, though no mention of its own (the person is the mention).
  void note_state_form(uint32_t b, uint32_t e, int32_t country) {
    if (e <= b || country < 0) return;
    state_forms_.emplace_back(country, actors_internal::surface_form(std::string_view(text_).substr(
                                           t(b).begin, t(e - 1).end - t(b).begin)));
  }

  // A role title before a person's name: "Veltrix CEO Mara Quill", "Commerce Secretary Ana
  // Ruiz", "Chinese Foreign Minister Li Wen", "President Ruiz".
  uint32_t match_role_person(uint32_t i) {
    uint32_t j = i;
    int32_t country = -1;
    bool is_name = false;
    uint32_t r = country_ref(j, &country, &is_name);
    if (r) j = r;
    if (j < end_ && t(j).kind == TokenKind::kPossessive) ++j;
    const PhraseInfo* role = nullptr;
    uint32_t re = 0;
    uint32_t role_b = j;
    for (uint32_t k = j; k < end_ && k <= j + 2 && !re; ++k) {
      re = longest(
          k, [](const PhraseInfo& x) { return x.role != 0 || x.honorific; }, &role);
      if (re) {
        role_b = k;
        // Words before the role must be capitalised modifiers (Commerce Secretary).
        for (uint32_t m = j; m < k; ++m) {
          if (!capital(m) || function_word(m)) return 0;
        }
        if (k > j && !capital(k)) return 0;
      } else if (!capital(k)) {
        return 0;
      }
    }
    if (!re) return 0;
    // Modifiers before the role: a department ("Commerce Secretary") when they are ordinary
    // words, else the organisation's name ("Veltrix CEO").
    int32_t org_cand = -1;
    if (!r && role_b > j) {
      bool ordinary = true;
      for (uint32_t m = j; m < role_b; ++m) {
        ordinary = ordinary && (k_->common(norm(m)) && !(t(m).flags & (kAllCaps | kMixedCase)));
      }
      if (!ordinary) {
        uint32_t pe_check = re;
        if (pe_check < end_ && raw(pe_check) == ",") ++pe_check;
        if (!first_name_token(pe_check)) return 0;
        Cand org;
        org.b = j;
        org.e = role_b;
        org.kind = MentionKind::kName;
        classify_name(&org);
        if (org.kind != MentionKind::kName || org.type == ActorType::kPerson ||
            org.type == ActorType::kProduct) {
          org.type = ActorType::kOrganization;
          org.typed = false;
        }
        push(org);
        org_cand = static_cast<int32_t>(cands_.size()) - 1;
      }
    }
    if (re + 2 < end_ && word(re) && (norm(re) == "of" || norm(re) == "for") && capital(re + 1) &&
        k_->common(norm(re + 1)) && person_token(re + 2) &&
        !(t(re + 1).flags & (kAllCaps | kInitialism))) {
      // "Minister of Commerce Wang Wentao": the portfolio between the title and the name.
      int32_t c2 = -1;
      bool n2 = false;
      if (!country_ref(re + 1, &c2, &n2)) re += 2;
    }
    if (re < end_ && word(re) && norm(re) == ",") ++re;
    // A leader after a title ("President Xi Jinping"): a person acting for the government;
    // "Prime Minister X's government" is the government itself.
    const PhraseInfo* lp = nullptr;
    uint32_t le = longest(
        re, [](const PhraseInfo& x) { return x.leader >= 0 || x.leader_surname >= 0; }, &lp);
    if (le && capital(re)) {
      int32_t leader = lp->leader >= 0 ? lp->leader : lp->leader_surname;
      uint32_t pe = le;
      while (name_token(pe) && !(t(pe).flags & kNewlineBefore))
        ++pe;
      if (pe + 1 < end_ && t(pe).kind == TokenKind::kPossessive) {
        uint32_t be = body_at(pe + 1);
        if (be) {
          // "President X's administration" is the government alone, named "X's
          // administration"; the leader is no separate actor here.
          Cand g;
          g.b = pe + 1;
          g.e = be;
          // Forms "President X's administration" and "X's administration"; the span is
          // "administration".
          g.surface_b = i;
          g.alt_surface_b = re;
          g.kind = MentionKind::kState;
          g.country = k_->leaders[static_cast<std::size_t>(leader)].country;
          push(g);
          return be;
        }
      }
      push(leader_person(re, pe, leader));
      note_state_form(i, r, country);
      return pe;
    }
    uint32_t pe = re;
    if (pe < end_ && !person_token(pe) && first_name_token(pe)) ++pe;
    while (pe < end_ && person_token(pe) && pe < re + 4 &&
           (pe == re || !(t(pe).flags & kNewlineBefore))) {
      ++pe;
    }
    if (pe == re) return 0;
    int32_t employer = -1;
    int32_t employer_country = -2;
    if (r) {
      employer_country = country;
      note_state_form(i, r, country);
    } else if (org_cand >= 0) {
      employer = org_cand;
    } else {
      // "Veltrix CEO Mara Quill", "Veltrix's chief executive Mara Quill".
      uint32_t before = i;
      if (before > v_.sentence_begin[t(i).sentence] &&
          t(before - 1).kind == TokenKind::kPossessive) {
        --before;
      }
      employer = last_cand_ending_at(before);
      if (employer >= 0 && (cands_[employer].kind == MentionKind::kPronoun ||
                            cands_[employer].kind == MentionKind::kCountry)) {
        if (cands_[employer].kind == MentionKind::kCountry) {
          employer_country = cands_[employer].country;
        }
        if (cands_[employer].kind == MentionKind::kPronoun && cands_[employer].third_person) {
          employer = -1;
        }
        if (cands_[employer >= 0 ? employer : 0].kind == MentionKind::kCountry) employer = -1;
      }
      if (employer < 0 && employer_country == -2 &&
          (role->role & knowledge_internal::kRoleGovernment) &&
          !(role->role & knowledge_internal::kRoleCorporate) && i < j + 0 + (re - j)) {
        // "Commerce Secretary Ana Ruiz": a state role with no organisation named.
        bool titled = false;
        for (uint32_t m = i; m < re; ++m)
          titled = titled || capital(m);
        if (titled) employer_country = -1;
      }
    }
    Cand c;
    c.b = re;
    c.e = pe;
    c.kind = MentionKind::kName;
    c.type = ActorType::kPerson;
    c.typed = true;
    c.employer = employer;
    c.employer_country = employer_country;
    push(c);
    return pe;
  }

  Cand leader_person(uint32_t b, uint32_t e, int32_t leader) const {
    Cand c;
    c.b = b;
    c.e = e;
    c.kind = MentionKind::kName;
    c.type = ActorType::kPerson;
    c.typed = true;
    c.leader = leader;
    c.employer_country = k_->leaders[static_cast<std::size_t>(leader)].country;
    return c;
  }

  // A person's first name after a title, even a word the lexicon knows ("Bill", "Rose"):
  // the next word is a name too.
  bool first_name_token(uint32_t i) const {
    if (person_token(i)) return true;
    if (!word(i) || !(t(i).flags & kCapitalized) || (t(i).flags & (kAllCaps | kHasDigit)) ||
        i + 1 >= end_ || !person_token(i + 1) || (t(i + 1).flags & kNewlineBefore)) {
      return false;
    }
    const PhraseInfo* p = info1(i);
    return p && p->non_actor && !p->role && !p->state_body && !p->function_word;
  }

  bool person_token(uint32_t i) const {
    if (!name_token(i)) return false;
    uint16_t f = t(i).flags;
    if (f & (kHasDigit)) return false;
    const PhraseInfo* p = info1(i);
    if (p && (p->role || p->state_body || p->legal_suffix || p->country_name >= 0 ||
              p->adjective >= 0 || p->non_actor || p->org_head || p->state_head ||
              p->corporate_suffix || p->product_noun || p->place)) {
      return false;
    }
    return true;
  }

  // A product after a possessive owner (cand OWNER): "X's K7 AI GPUs", "its Z900
  // accelerators", "X's Lumo software". Returns the end, or I when there is none.
  uint32_t product_after(uint32_t i, int32_t owner) {
    uint32_t j = i;
    bool digit = false;
    while (j < end_ && word(j) && name_token(j) && j < i + 4 &&
           (j == i || !(t(j).flags & kNewlineBefore))) {
      const PhraseInfo* p = info1(j);
      if (p && (p->function_word || p->country_name >= 0 || p->adjective >= 0)) break;
      if (t(j).flags & kHasDigit) digit = true;
      ++j;
    }
    if (j == i && owner >= 0) {
      // "Orvane's plug-in hybrids", "its most advanced deep-ultraviolet machines": a maker's
      // product described in lower case, by a compound modifier and a product noun (plain
      // adjectives before them are not part of the name).
      const Cand& o = cands_[static_cast<std::size_t>(owner)];
      bool maker = (o.kind == MentionKind::kName && o.type != ActorType::kPerson) ||
                   (o.kind == MentionKind::kPronoun && !o.third_person);
      uint32_t h = i;
      auto plain = [&](uint32_t m) {
        if (!word(m) || capital(m) || (t(m).flags & kHyphenated)) return false;
        const PhraseInfo* p = info1(m);
        if (p && p->product_noun) return false;
        std::string_view n = norm(m);
        return !(n == "and" || n == "or" || n == "of" || n == "to" || n == "the" || n == "a" ||
                 n == "an" || n == "for" || n == "in" || n == "on" || n == "with");
      };
      while (h < i + 2 && h < end_ && plain(h))
        ++h;
      if (maker && h + 1 < end_ && word(h) && !capital(h) && (t(h).flags & kHyphenated) &&
          !info1(h) && info1(h + 1) && info1(h + 1)->product_noun &&
          !(h + 2 < end_ && word(h + 2) && info1(h + 2) && info1(h + 2)->product_noun)) {
        Cand c;
        c.b = h;
        c.e = h + 2;
        c.name_b = h;
        c.name_e = h + 2;
        c.kind = MentionKind::kName;
        c.type = ActorType::kProduct;
        c.typed = true;
        c.maker = owner;
        push(c);
        return h + 2;
      }
    }
    if (j == i) return i;
    uint32_t k = j;
    while (k < end_ && k < j + 3) {
      const PhraseInfo* p = info1(k);
      if (!(p && p->product_noun)) break;
      ++k;
    }
    if (!digit && k == j) return i;
    Cand c;
    c.b = i;
    c.e = k;
    c.name_b = i;
    c.name_e = j;
    c.kind = MentionKind::kName;
    c.type = ActorType::kProduct;
    c.typed = true;
    c.maker = owner;
    push(c);
    return k;
  }

  // A capitalised run: a name. Types it from suffixes, heads, digits, appositive cues and
  // shape, and splits off a product after a maker's name ("Orvane X9 phones").
  uint32_t match_name(uint32_t i) {
    const bool name_i = name_token(i);  // pure: tested once, used twice
    if (name_i && (t(i).flags & kHyphenated) && name_pair(i)) {
      // "the Veltrix-Orvane merger": two names the text also writes alone. The relation stage
      // reads one mention per token, the last: the first name (the acquirer by convention)
      // goes last.
      for (uint8_t part : {uint8_t{2}, uint8_t{1}}) {
        Cand c;
        c.b = i;
        c.e = i + 1;
        c.kind = MentionKind::kName;
        c.type = ActorType::kOrganization;
        c.part = part;
        push(c);
      }
      return i + 1;
    }
    if (!name_i && t(i).sentence_initial && capital(i) && !name_token(i + 1) &&
        person_surname(norm(i))) {
      // "Quill said" after "Mara Quill": the surname of a person named before.
      Cand c;
      c.b = i;
      c.e = i + 1;
      c.kind = MentionKind::kName;
      c.type = ActorType::kPerson;
      push(c);
      return i + 1;
    }
    if (!name_i) {
      // An ordinary word capitalised at a sentence start still begins a name that ends in an
      // organisation cue: "Meridian Card Services said ...".
      if (t(i).sentence_initial && capital(i) && !function_word(i) && !generic(i) && i + 1 < end_ &&
          name_token(i + 1) && (t(i + 1).flags & kHyphenated) &&
          hyphenated_given_name(raw(i + 1), raw(i + 1).find('-')) &&
          !(i + 2 < end_ && name_token(i + 2))) {
        // "Lee Min-hee said": a family name before a given name in two parts.
        Cand c;
        c.b = i;
        c.e = i + 2;
        c.kind = MentionKind::kName;
        c.type = ActorType::kPerson;
        c.typed = true;
        push(c);
        return i + 2;
      }
      if (!(t(i).sentence_initial && capital(i) && !function_word(i) && !generic(i) &&
            name_token(i + 1))) {
        return 0;
      }
      uint32_t k = i + 1;
      bool cue = false;
      while (k < end_ && name_token(k)) {
        const PhraseInfo* q = info1(k);
        cue = cue || (q && (q->corporate_suffix || q->legal_suffix || q->org_head));
        ++k;
      }
      if (!cue) return 0;
    }
    uint32_t j = i + 1;
    bool of_seen = false;
    bool has_head = false;
    auto head_like = [&](uint32_t k) {
      const PhraseInfo* p = info1(k);
      return p && (p->org_head || p->state_head || p->head_prefix || p->corporate_suffix);
    };
    has_head = head_like(i);
    while (j < end_) {
      if (t(j).flags & kNewlineBefore) break;
      if (name_token(j)) {
        has_head = has_head || head_like(j);
        ++j;
        continue;
      }
      // A possessive inside a name: "Citizens' Data Alliance", "People's Bank of China".
      if (t(j).kind == TokenKind::kPossessive && j + 1 < end_ && name_token(j + 1)) {
        uint32_t k = j + 1;
        bool head = false;
        while (k < end_ && name_token(k)) {
          const PhraseInfo* q = info1(k);
          head = head || (q && (q->org_head || q->state_head || q->corporate_suffix));
          ++k;
        }
        if (head) {
          j = k;
          has_head = true;
          continue;
        }
      }
      // Connectors inside names: "Bank of Veltria", "Bureau of Industry and Security", "A & B".
      if (j + 1 < end_ && (raw(j) == "&") && name_token(j + 1)) {
        j += 2;
        continue;
      }
      if (word(j) && norm(j) == "of" && j == i + 1 && j + 1 < end_ && name_token(j + 1) &&
          !(j + 2 < end_ && name_token(j + 2)) && ordinary_title_word(i) &&
          ordinary_title_word(j + 1)) {
        j += 2;  // "Call of Duty": a title of two ordinary capitalised words
        break;
      }
      if (word(j) && j + 1 < end_ && (norm(j) == "of" || norm(j) == "for") && has_head &&
          name_token(j + 1)) {
        of_seen = true;
        j += 2;
        continue;
      }
      // "Institute of the General Staff", "Department of the Treasury": "of the" inside an
      // organisation's name, before another capitalised name.
      if (word(j) && j + 2 < end_ && norm(j) == "of" && has_head && word(j + 1) &&
          norm(j + 1) == "the" && !(t(j + 1).flags & kCapitalized) && name_token(j + 2)) {
        of_seen = true;
        j += 3;
        continue;
      }
      if (of_seen && raw(j) == "," && j + 3 < end_ && name_token(j + 1) &&
          ((norm(j + 2) == "and" && name_token(j + 3)) ||
           (name_token(j + 2) && j + 4 < end_ && norm(j + 3) == "and" && name_token(j + 4)))) {
        j += 1;  // "Ministry of Economy, Trade and Industry"
        continue;
      }
      if (word(j) && j + 1 < end_ && norm(j) == "and" && !of_seen && name_token(j + 1)) {
        // "Competition and Markets Authority", "Food and Drug Administration": ordinary words
        // joined before an organ's head.
        bool ordinary = true;
        int32_t lead_country = -1;
        bool lead_is_name = false;
        uint32_t ob = country_ref(i, &lead_country, &lead_is_name);  // "U.K. Competition and"
        if (!ob || ob >= j) ob = i;
        for (uint32_t m = ob; m < j; ++m)
          ordinary = ordinary && k_->common(norm(m));
        uint32_t k = j + 1;
        while (k < end_ && name_token(k))
          ++k;
        const PhraseInfo* q = info1(k - 1);
        if (ordinary && q && (q->org_head || q->state_head)) {
          j = k;
          has_head = true;
          continue;
        }
      }
      if (word(j) && j + 1 < end_ && norm(j) == "and" && of_seen && name_token(j + 1)) {
        // "Bureau of Industry and Security" is one name; "Institute of Logic and Kestrel
        // Holdings" are two.
        uint32_t k = j + 1;
        bool other = false;
        while (k < end_ && name_token(k)) {
          const PhraseInfo* q = info1(k);
          other = other || (q && (q->corporate_suffix || q->legal_suffix || q->org_head ||
                                  q->state_head || q->head_prefix));
          ++k;
        }
        if (other) break;
        j += 2;
        continue;
      }
      // "Veltrix Corp.": legal suffixes are kept in the surface, dropped from the id.
      const PhraseInfo* p = info1(j);
      if (word(j) && p && p->legal_suffix && capital(j)) {
        ++j;
        continue;
      }
      break;
    }
    // "Chamber of Commerce to the EU (CCCEU)": a tail the acronym in brackets spells out.
    if (j + 2 < end_ && word(j) &&
        (norm(j) == "to" || norm(j) == "in" || norm(j) == "for" || norm(j) == "on")) {
      uint32_t k = j + 1;
      if (word(k) && norm(k) == "the") ++k;
      uint32_t m = k;
      while (m < end_ && m < k + 3 && capital(m) && !function_word(m))
        ++m;
      if (m > k && m + 2 < end_ && raw(m) == "(" && (t(m + 1).flags & kAllCaps) &&
          raw(m + 2) == ")" && initials(i, m) == raw(m + 1)) {
        j = m;
      }
    }
    // A run of only a country adjective or a function word is no name; nor are places, laws,
    // lists and events.
    {
      int32_t country = -1;
      bool is_name = false;
      if (country_ref(i, &country, &is_name) == j) return j;
      if (j == i + 1 && generic(i)) return j;
      // "Didier Roux, Commissioner for Justice": a title alone, and the portfolio after it,
      // name no actor (a title before a name is match_role_person's).
      if (role_run(i, j)) {
        uint32_t k = j;
        if (k + 1 < end_ && word(k) && (norm(k) == "for" || norm(k) == "of")) {
          uint32_t m = k + 1;
          if (word(m) && norm(m) == "the") ++m;
          uint32_t q = m;
          while (q < end_ && capital(q) && !function_word(q))
            ++q;
          if (q > m) k = q;
        }
        return k;
      }
      const PhraseInfo* whole = info(i, j);
      if (whole && (whole->place || whole->generic)) return j;
      const PhraseInfo* last = info1(j - 1);
      if (last && last->non_actor) return j;
      // "Treasury Investment Tax Credit": the run ends in the head of a law or programme.
      if (j < end_ && word(j) && capital(j) && info1(j) && info1(j)->non_actor) return j + 1;
      // "the Cold War-era law", "New York-based": the run is the start of an adjective.
      if (j < end_ && word(j) && (t(j).flags & kHyphenated) && capital(j) && !name_token(j)) {
        return j + 1;
      }
      // "CHIPS and Science Act": a run joined to the name of a law, list or event.
      if (j + 1 < end_ && word(j) && norm(j) == "and" && name_token(j + 1)) {
        uint32_t k = j + 1;
        while (k < end_ && name_token(k))
          ++k;
        const PhraseInfo* q = info1(k - 1);
        if (q && q->non_actor) return k;
      }
      // "a plant in Taylor, Texas,": a town named with its region is a place.
      if (j + 1 < end_ && raw(j) == "," && !head_like(j - 1) && j - i <= 2) {
        const PhraseInfo* place = nullptr;
        uint32_t r = longest(
            j + 1, [](const PhraseInfo& x) { return x.place; }, &place);
        if (r && (r >= end_ || !word(r))) {
          actors_internal::key_of(v_, i, j, &key_);
          if (!known_orgs_.count(actors_internal::slugify(key_))) return r;
        }
      }
      // "its Adtech business" where the text elsewhere writes "adtech": a common noun the
      // writer capitalised, not a name.
      if (j == i + 1 && common_noun_capitalised(i)) return j;
      // "Postmerger, the firms ...": a lone word that opens a sentence before a comma and is
      // never capitalised again is an introductory word, not a name.
      if (j == i + 1 && t(i).sentence_initial && j < end_ && raw(j) == "," &&
          !(t(i).flags & (kAllCaps | kMixedCase | kHasDigit)) && !info1(i) &&
          !person_surname(norm(i))) {
        // "Brightwater, a Dutch chipmaker, agreed" and "Orvane, which ..." describe a name.
        bool described = j + 1 < end_ && word(j + 1) &&
                         (norm(j + 1) == "which" || norm(j + 1) == "who" || norm(j + 1) == "whose");
        {
          // "Veltrix, Orvane and Kestrel sued": the first of a list of names.
          uint32_t k = j + 1;
          while (k < end_ && name_token(k))
            ++k;
          if (k > j + 1 && k + 1 < end_ && (norm(k) == "and" || raw(k) == ",")) {
            uint32_t q = k + 1;
            if (raw(k) == "," && q < end_ && norm(q) == "and") ++q;
            described = described || (q < end_ && name_token(q));
          }
        }
        for (uint32_t k = j + 1; k < end_ && k < j + 8 && !described; ++k)
          described = raw(k) == ",";
        if (!described && cap_count(norm(i)) <= 1) return j;
      }
      // "Orvane's Choice", "Mara's Kitchen": an ordinary word after a possessive is a label or
      // title, not a second actor.
      if (j == i + 1 && i > v_.sentence_begin[t(i).sentence] &&
          t(i - 1).kind == TokenKind::kPossessive && k_->common(norm(i)) &&
          !(t(i).flags & (kAllCaps | kMixedCase | kHasDigit))) {
        // The owner too, when it is one untyped word the text names nowhere else: the whole
        // is a title ("Mara's Kitchen"), not an owner and its label.
        if (!cands_.empty() && static_cast<int32_t>(cands_.size()) > sentence_first_cand_) {
          const Cand& o = cands_.back();
          if (o.e == i - 1 && o.e == o.b + 1 && o.kind == MentionKind::kName && !o.typed &&
              o.type != ActorType::kProduct && !(t(o.b).flags & (kAllCaps | kMixedCase))) {
            if (cap_count(norm(o.b)) == 1) cands_.pop_back();
          }
        }
        return j;
      }
      // "Israeli Mellanox": a country adjective before a single distinctive word says where
      // the actor is from; it is not part of the name.
      if (country_ref(i, &country, &is_name) == i + 1 && !is_name && j == i + 2 &&
          !k_->common(norm(i + 1)) && !head_like(i + 1)) {
        i += 1;
      }
    }
    Cand c;
    c.b = i;
    c.e = j;
    c.kind = MentionKind::kName;
    classify_name(&c);
    // Product after a maker's name: "Orvane X9 phones".
    if (c.type != ActorType::kProduct) {
      push(c);
      uint32_t p = product_after(j, static_cast<int32_t>(cands_.size()) - 1);
      bool possessive = j < end_ && t(j).kind == TokenKind::kPossessive;
      if (!possessive && p > j) {
        const Cand& prod = cands_.back();
        bool digit = false;
        for (uint32_t m = prod.name_b; m < prod.name_e; ++m)
          digit = digit || (t(m).flags & kHasDigit);
        if (!digit) {
          cands_.pop_back();
          return j;
        }
      }
      return p > j && !possessive ? p : j;
    }
    // Trailing product nouns belong to the product's surface: "Z900 accelerators".
    uint32_t k = j;
    while (k < end_ && k < j + 3) {
      const PhraseInfo* p = info1(k);
      if (!(p && p->product_noun)) break;
      ++k;
    }
    c.name_b = c.b;
    c.name_e = c.e;
    c.e = k;
    // The maker's name may start the run: "Orvane X9".
    if (c.name_e - c.name_b >= 2) {
      uint32_t m = c.name_b;
      while (m < c.name_e && !(t(m).flags & kHasDigit))
        ++m;
      if (m > c.name_b && m < c.name_e) {
        actors_internal::key_of(v_, c.name_b, m, &key_);
        std::string slug = actors_internal::slugify(key_);
        if (known_orgs_.count(slug)) {
          Cand maker;
          maker.b = c.name_b;
          maker.e = m;
          maker.kind = MentionKind::kName;
          classify_name(&maker);
          push(maker);
          c.b = m;
          c.name_b = m;
          c.maker = static_cast<int32_t>(cands_.size()) - 1;
        }
      }
    }
    push(c);
    return k;
  }

  void classify_name(Cand* c) {
    uint32_t last = c->e - 1;
    bool digit = false;
    for (uint32_t m = c->b; m < c->e; ++m)
      digit = digit || ((t(m).flags & kHasDigit) && !ordinal(m));
    const PhraseInfo* lp = info1(last);
    const PhraseInfo* fp = info1(c->b);
    bool legal = lp && lp->legal_suffix;
    bool corp_suffix = legal || (lp && lp->corporate_suffix);
    for (uint32_t m = c->b + 1; m < c->e && !corp_suffix; ++m) {
      const PhraseInfo* p = info1(m);
      corp_suffix = p && p->legal_suffix;
    }
    // The head of "Data Administration of Japan" is the word before "of".
    const PhraseInfo* hp = lp;
    for (uint32_t m = c->b + 1; m < c->e; ++m) {
      if (norm(m) == "of" || norm(m) == "for") {
        hp = info1(m - 1);
        break;
      }
    }
    bool state_organ = (hp && hp->state_head) || (fp && fp->head_prefix && c->e > c->b + 1);
    if (!state_organ && !corp_suffix && fp && fp->state_head && capital(c->b) && c->e > c->b + 1 &&
        lp && lp->org_head) {
      state_organ = true;  // "Senate Finance Committee": a unit named after its organ
    }
    if (!state_organ && !corp_suffix) {
      // "Research Institute of the General Staff of the Army of Veltria": a unit of a state
      // organ is part of that state.
      for (uint32_t m = c->b + 1; m < c->e && !state_organ; ++m) {
        if (norm(m) != "of") continue;
        uint32_t k = m + 1;
        while (k < c->e && norm(k) != "of")
          ++k;
        const PhraseInfo* sp = info1(k - 1);
        state_organ = k - 1 > m + 1 && sp && sp->state_head && capital(k - 1);
      }
    }
    bool org_head = (lp && lp->org_head) || (hp && hp->org_head);
    // An appositive cue before the name: "chipmaker Orvane", "Chinese firm Kestrel".
    int8_t cue = -1;
    uint32_t sb = v_.sentence_begin[t(c->b).sentence];
    if (c->b > sb) {
      const PhraseInfo* p = nullptr;
      for (uint32_t s = c->b > sb + 2 ? c->b - 2 : sb; s < c->b; ++s) {
        if (longest(
                s, [](const PhraseInfo& x) { return x.nominal >= 0; }, &p) == c->b) {
          cue = p->nominal;
          break;
        }
      }
    }
    c->origin = origin_before(c->b);
    if (digit && !corp_suffix) {
      c->type = ActorType::kProduct;
      c->typed = true;
    } else if (corp_suffix) {
      c->type = ActorType::kCorporation;
      c->typed = true;
    } else if (const PhraseInfo* party = info(c->b, c->e); party && party->party) {
      c->type = ActorType::kOrganization;  // "Republicans": a party, not its state
      c->typed = true;
    } else if (state_organ && cue < 0) {
      c->kind = MentionKind::kState;
      c->country = -1;
      // "Cyberspace Administration of China", "Chinese Ministry of Commerce".
      int32_t country = -1;
      bool is_name = false;
      if (country_ref(c->b, &country, &is_name)) c->country = country;
      for (uint32_t m = c->b; m < c->e; ++m) {
        if (norm(m) == "of" && m + 1 < c->e) {
          uint32_t q = m + 1 < c->e - 1 && norm(m + 1) == "the" ? m + 2 : m + 1;  // of the X
          uint32_t r = country_ref(q, &country, &is_name);
          if (r == c->e && is_name) c->country = country;
        }
      }
    } else if (cue >= 0) {
      c->type = static_cast<ActorType>(cue);
      c->typed = true;
    } else if (org_head) {
      c->type = ActorType::kOrganization;
      c->typed = true;
    } else if (fp && fp->honorific) {
      c->type = ActorType::kPerson;
      c->typed = true;
      c->b += 1;
    } else if (c->e - c->b >= 2 && c->e - c->b <= 3 && looks_like_person(c->b, c->e)) {
      c->type = ActorType::kPerson;
    } else {
      c->type = ActorType::kOrganization;
    }
    if (c->kind == MentionKind::kName && c->type != ActorType::kPerson &&
        c->type != ActorType::kProduct) {
      actors_internal::key_of(v_, c->b, c->e, &key_);
      known_orgs_.insert(actors_internal::slugify(key_));
    }
  }

  // The country a cue before a name at B says it is from: "Israel's Mellanox", "Israeli
  // Mellanox", "US chip giant Orvane", "the Chinese e-commerce firm Kestrel"; else -1.
  int32_t origin_before(uint32_t b) const {
    const uint32_t sb = v_.sentence_begin[t(b).sentence];
    int32_t country = -1;
    bool is_name = false;
    if (b >= sb + 2 && t(b - 1).kind == TokenKind::kPossessive) {
      for (uint32_t k = b - 2 >= sb + 1 ? b - 3 : sb; k < b - 1; ++k) {
        if (country_ref(k, &country, &is_name) == b - 1 && is_name) return country;
      }
      return -1;
    }
    if (b >= sb + 1 && country_ref(b - 1, &country, &is_name) == b && !is_name) return country;
    if (b >= sb + 1 && b >= 1) {
      // A country reference, plain modifiers, a nominal cue, the name.
      for (uint32_t s = b > sb + 2 ? b - 2 : sb; s < b; ++s) {
        if (longest(s, [](const PhraseInfo& x) { return x.nominal >= 0; }) != b) continue;
        uint32_t m = s;
        while (m > sb && m + 3 > s && nominal_modifier(m - 1) && !capital(m - 1))
          --m;
        for (uint32_t k = m > sb + 2 ? m - 2 : sb; k < m; ++k) {
          if (country_ref(k, &country, &is_name) == m) return country;
        }
        break;
      }
    }
    return -1;
  }

  bool looks_like_person(uint32_t b, uint32_t e) const {
    for (uint32_t m = b; m < e; ++m) {
      uint16_t f = t(m).flags;
      if (f & (kAllCaps | kMixedCase | kHasDigit)) return false;
      const PhraseInfo* p = info1(m);
      if (p && (p->org_head || p->state_head || p->nominal >= 0 || p->product_noun ||
                p->country_name >= 0 || p->adjective >= 0 || p->metonym >= 0)) {
        return false;
      }
    }
    // Names of people are rarely ordinary words; "Ocean Systems" or "Golden Gate" are.
    for (uint32_t m = b; m < e; ++m) {
      if (k_->common(norm(m))) return false;
    }
    return true;
  }

  // "Mara Quill, chief executive of Veltrix" / "Mara Quill, Veltrix's CEO": the employer after
  // a person; "Orvane, a Chinese chipmaker," types the name.
  void post_appositives(uint32_t /*b*/, uint32_t /*e*/) {
    for (std::size_t ci = static_cast<std::size_t>(sentence_first_cand_); ci < cands_.size();
         ++ci) {
      Cand& c = cands_[ci];
      if (c.kind == MentionKind::kName && !c.typed && c.type != ActorType::kPerson) {
        // "Roomba maker Kestrel", "Zephyr vacuum maker Orvane": the name before the maker cue
        // is the maker's product.
        uint32_t k = c.e;
        while (k < end_ && k < c.e + 2 && plain_modifier(k))
          ++k;
        const PhraseInfo* p = nullptr;
        uint32_t ce = longest(
            k, [](const PhraseInfo& x) { return x.nominal >= 0; }, &p);
        std::string_view head = ce ? norm(ce - 1) : std::string_view();
        if (ce &&
            (head == "maker" || head == "manufacturer" || head == "developer" ||
             head == "producer") &&
            ci + 1 < cands_.size() && cands_[ci + 1].b == ce &&
            cands_[ci + 1].kind == MentionKind::kName &&
            cands_[ci + 1].type != ActorType::kPerson) {
          c.type = ActorType::kProduct;
          c.typed = true;
          c.name_b = c.b;
          c.name_e = c.e;
          c.maker = static_cast<int32_t>(ci + 1);
          continue;
        }
      }
      if (c.kind != MentionKind::kName || c.e + 2 >= end_ || raw(c.e) != ",") continue;
      uint32_t j = c.e + 1;
      if (word(j) && (norm(j) == "the" || norm(j) == "a" || norm(j) == "an")) ++j;
      bool person_ok = (c.type == ActorType::kPerson || !c.typed) &&
                       c.type != ActorType::kProduct && c.employer < 0 && c.employer_country == -2;
      if (person_ok && appositive_role(ci, j)) {
        c.type = ActorType::kPerson;
        c.typed = true;
        continue;
      }
      if (!c.typed && c.type != ActorType::kPerson) {
        // "Orvane, a Chinese chipmaker,"
        int32_t country = -1;
        bool is_name = false;
        uint32_t r = country_ref(j, &country, &is_name);
        if (r) {
          j = r;
          if (c.origin < 0 && !is_name) c.origin = country;
        }
        const PhraseInfo* p = nullptr;
        for (uint32_t k = j; k < end_ && k <= j + 2; ++k) {
          if (longest(
                  k, [](const PhraseInfo& x) { return x.nominal >= 0; }, &p)) {
            c.type = static_cast<ActorType>(p->nominal);
            c.typed = true;
            break;
          }
        }
      }
    }
  }

  // A role after a name and its comma (from token J): "X's founder", "chief executive of X",
  // "a spokesperson"; sets the employer of cand CI and returns true when there is one.
  bool appositive_role(std::size_t ci, uint32_t j) {
    Cand& c = cands_[ci];
    // X's ROLE, "the commission's competition chief": up to two plain words before the role.
    if (ci + 1 < cands_.size() && cands_[ci + 1].possessive &&
        (cands_[ci + 1].b == j || (cands_[ci + 1].b + 1 == j && norm(j - 1) == "the"))) {
      uint32_t r = cands_[ci + 1].e + 1;
      for (uint32_t k = r; k < end_ && k <= r + 2; ++k) {
        const PhraseInfo* rp = nullptr;
        if (longest(
                k, [](const PhraseInfo& x) { return x.role != 0; }, &rp)) {
          c.employer = static_cast<int32_t>(ci + 1);
          c.corp_role = rp->role == knowledge_internal::kRoleCorporate;
          return true;
        }
        if (!plain_modifier(k)) break;
      }
    }
    const PhraseInfo* role = nullptr;
    uint32_t re = 0;
    for (uint32_t k = j; k < end_ && k <= j + 3 && !re; ++k) {
      if (k > j) {
        // Only a qualifier may precede the role: "former chief executive", "Orvane chief",
        // "the competition commissioner", "a veteran telecom industry analyst" (an industry
        // word describes the role here, not the name).
        std::string_view q = norm(k - 1);
        const PhraseInfo* qp = info1(k - 1);
        if (!(capital(k - 1) || q == "former" || q == "acting" || q == "interim" || q == "deputy" ||
              q == "senior" || q == "then" || q == "chief" || plain_modifier(k - 1) ||
              (qp && (qp->nominal >= 0 || qp->owner) && !qp->role && !qp->function_word &&
               k - 1 > j))) {
          break;
        }
      }
      re = longest(
          k, [](const PhraseInfo& x) { return x.role != 0; }, &role);
    }
    if (!re) return false;
    // "breaking up Orvane, Veltria Trade Chair Mara Quill said": a title before another
    // person's name, not the preceding name's role.
    if (re < end_ && capital(re) && name_token(re)) return false;
    c.corp_role = role->role == knowledge_internal::kRoleCorporate;
    if (re + 1 < end_ && word(re) && (norm(re) == "of" || norm(re) == "at")) {
      for (std::size_t n = ci + 1; n < cands_.size(); ++n) {
        if (cands_[n].b == re + 1 || (cands_[n].b == re + 2 && norm(re + 1) == "the")) {
          if (cands_[n].kind == MentionKind::kCountry || cands_[n].kind == MentionKind::kState) {
            c.employer_country = cands_[n].country;
          } else {
            c.employer = static_cast<int32_t>(n);
          }
          break;
        }
      }
    } else if ((role->role & knowledge_internal::kRoleGovernment) &&
               !(role->role & knowledge_internal::kRoleCorporate)) {
      c.employer_country = -1;
    }
    return true;
  }

  // --- resolution -------------------------------------------------------------------------

  std::string surface(const Cand& c) const {
    uint32_t b = c.surface_b >= 0 ? static_cast<uint32_t>(c.surface_b) : c.b;
    if (c.e > b + 1 && norm(b) == "the" && c.kind != MentionKind::kNominal && !c.keep_the) ++b;
    return actors_internal::surface_form(
        std::string_view(text_).substr(t(b).begin, t(c.e - 1).end - t(b).begin));
  }

  int32_t actor_for(const std::string& id, const std::string& name, ActorType type) {
    auto it = by_id_.find(id);
    if (it != by_id_.end()) return it->second;
    Actor a;
    a.id = id;
    a.name = name;
    a.type = type;
    ex_->actors.push_back(std::move(a));
    int32_t index = static_cast<int32_t>(ex_->actors.size()) - 1;
    by_id_.emplace(id, index);
    return index;
  }

  int32_t government(int32_t country) {
    const auto& c = k_->countries[static_cast<std::size_t>(country)];
    int32_t a = actor_for(c.gov_id, c.gov_name, ActorType::kGovernment);
    if (!c.supranational) ex_->actors[static_cast<std::size_t>(a)].area_served = c.id;
    return a;
  }

  int32_t country_actor(int32_t country) {
    const auto& c = k_->countries[static_cast<std::size_t>(country)];
    return actor_for(c.id, c.name, ActorType::kCountry);
  }

  // The id key of a name: its slug without legal suffixes and a trailing Group/Holdings.
  std::string name_key(uint32_t b, uint32_t e) const {
    while (e > b + 1) {
      const PhraseInfo* p = info1(e - 1);
      std::string_view n = norm(e - 1);
      if (p && (p->legal_suffix || n == "group" || n == "holdings" || n == "holding")) {
        --e;
        continue;
      }
      // "Veltrix Systems" and "Veltrix" are one company across documents: a generic company
      // word is dropped when a distinctive word remains ("Ocean Systems" keeps its own).
      if (p && p->corporate_suffix && distinctive(b, e - 1)) {
        --e;
        continue;
      }
      break;
    }
    if (e > b + 1 && norm(b) == "the") ++b;
    // A possessive inside a name joins its word: "People's Bank" -> peoples-bank.
    key_.clear();
    for (uint32_t m = b; m < e; ++m) {
      if (t(m).kind == TokenKind::kPossessive) {
        if (norm(m) == "'s") key_.push_back('s');
        continue;
      }
      if (m > b) key_.push_back(' ');
      key_.append(norm(m));
    }
    return actors_internal::slugify(key_);
  }

  // A word of [b, e) that names by itself (Knowledge::Impl::distinctive).
  bool distinctive(uint32_t b, uint32_t e) const {
    for (uint32_t m = b; m < e; ++m) {
      if (t(m).kind == TokenKind::kWord && k_->distinctive(norm(m))) return true;
    }
    return false;
  }

  std::string display(uint32_t b, uint32_t e) const {
    while (e > b + 1) {
      const PhraseInfo* p = info1(e - 1);
      if (p && p->legal_suffix) {
        --e;
        continue;
      }
      break;
    }
    if (e > b + 1 && norm(b) == "the") ++b;
    std::string s = actors_internal::surface_form(
        std::string_view(text_).substr(t(b).begin, t(e - 1).end - t(b).begin));
    while (!s.empty() && (s.back() == ',' || s.back() == ' '))
      s.pop_back();
    return s;
  }

  int32_t resolve_name(const Cand& c, std::vector<int32_t>* cand_actor, std::size_t ci) {
    if (c.kind == MentionKind::kCatalog) {
      const auto& ca = k_->catalog[static_cast<std::size_t>(c.catalog)];
      int32_t a = actor_for(ca.id, ca.name, ca.type);
      Actor& actor = ex_->actors[static_cast<std::size_t>(a)];
      if (ca.type == ActorType::kGovernment && ca.country >= 0) {
        actor.area_served = k_->countries[static_cast<std::size_t>(ca.country)].id;
      }
      actor.works_for = ca.works_for;
      actor.manufacturer = ca.manufacturer;
      catalog_ids_.insert(ca.id);
      return a;
    }
    if (c.kind == MentionKind::kName && c.type != ActorType::kProduct && !state_aliases_.empty()) {
      auto sa = state_aliases_.find(name_key(c.b, c.e));
      if (sa != state_aliases_.end()) return government(sa->second);
    }
    if (c.part) {
      // Half of "X-Y": the actor of X written alone.
      std::string_view n = norm(c.b);
      std::size_t dash = n.find('-');
      std::string key =
          actors_internal::slugify(c.part == 1 ? n.substr(0, dash) : n.substr(dash + 1));
      auto it = by_id_.find(key);
      if (it != by_id_.end()) return it->second;
      auto f = first_words_.find(key);
      if (f != first_words_.end())
        return actor_for(f->second.key, f->second.display, f->second.type);
      return actor_for(key, std::string(part_text(c)), ActorType::kOrganization);
    }
    if (c.leader >= 0) {
      const std::string& full = k_->leaders[static_cast<std::size_t>(c.leader)].name;
      int32_t a = actor_for(actors_internal::slugify(full), full, ActorType::kPerson);
      typed_.insert(a);
      return a;
    }
    uint32_t nb = c.type == ActorType::kProduct ? c.name_b : c.b;
    uint32_t ne = c.type == ActorType::kProduct ? c.name_e : c.e;
    std::string key = name_key(nb, ne);
    if (key.empty()) return -1;
    ActorType type = c.type;
    if (ne == nb + 1 && (t(nb).flags & kAllCaps) && type != ActorType::kPerson) {
      auto ac = acronyms_.find(key);
      if (ac != acronyms_.end()) {
        if (ac->second.country >= 0) return government(ac->second.country);
        return actor_for(ac->second.key, ac->second.display, ac->second.type);
      }
    }
    if (type != ActorType::kProduct) {
      // "Quill" after "Mara Quill"; "Veltrix" after "Veltrix Systems".
      if (ne == nb + 1 && !by_id_.count(key)) {
        auto s = surnames_.find(key);
        if (s != surnames_.end())
          return actor_for(s->second.key, s->second.display, s->second.type);
        auto f = first_words_.find(key);
        if (f != first_words_.end() && !c.typed) {
          return actor_for(f->second.key, f->second.display, f->second.type);
        }
        auto g = given_names_.find(key);
        if (g != given_names_.end() && !c.typed && type != ActorType::kCorporation &&
            !(t(nb).flags & (kAllCaps | kMixedCase))) {
          return actor_for(g->second.key, g->second.display, g->second.type);
        }
      }
    }
    auto it = by_id_.find(key);
    int32_t a;
    if (it != by_id_.end()) {
      a = it->second;
      Actor& actor = ex_->actors[static_cast<std::size_t>(a)];
      // A firmer type wins: a cue (suffix, role, appositive) over a guess from shape.
      if (c.typed && !typed_.count(a) && actor.type != ActorType::kGovernment) {
        actor.type = type;
        typed_.insert(a);
      }
    } else {
      a = actor_for(key, display(nb, ne), type);
      if (c.typed) typed_.insert(a);
    }
    (void)cand_actor;
    (void)ci;
    return a;
  }

  // Whether actor A is a person only by the shape of its name (two capitalised words), with no
  // cue, title or leader entry saying so.
  bool untyped_person(int32_t a) const {
    return a >= 0 && ex_->actors[static_cast<std::size_t>(a)].type == ActorType::kPerson &&
           !typed_.count(a);
  }

  bool org_like(ActorType type) const {
    return type == ActorType::kCorporation || type == ActorType::kOrganization ||
           type == ActorType::kGovernment;
  }

  // Registers every full name first, so a short form resolves to it even when the short
  // form comes first (a headline's "Orvane" before the text's "Orvane Labs").
  // The names a state organ stands next to in apposition are names of its government:
  // "Veltria's privacy watchdog Kestrel", "Kestrel, the Dutch competition regulator,".
  void register_state_aliases() {
    auto organ = [&](const Cand& s) {
      if (s.kind != MentionKind::kState || s.country < 0 || s.bloc) return false;
      const PhraseInfo* p = info1(s.e - 1);
      return p && p->named_organ;
    };
    for (std::size_t n = 0; n < cands_.size(); ++n) {
      const Cand& c = cands_[n];
      if (c.kind != MentionKind::kName || c.type == ActorType::kProduct || c.part ||
          (c.type == ActorType::kPerson && c.typed && c.e > c.b + 1) || c.possessive) {
        continue;
      }
      int32_t country = -1;
      if (n > 0 && organ(cands_[n - 1]) && cands_[n - 1].e == c.b) country = cands_[n - 1].country;
      if (country < 0 && n > 0 && organ(cands_[n - 1]) && cands_[n - 1].e + 1 == c.b &&
          raw(c.b - 1) == "," && c.e < end_of_sentence(c.b) && raw(c.e) == "," && c.e == c.b + 1 &&
          (t(c.b).flags & (kAllCaps | kInitialism))) {
        // "the Dutch privacy watchdog, AP, opened": its acronym between commas.
        country = cands_[n - 1].country;
      }
      if (country < 0 && n + 1 < cands_.size() && c.e < end_of_sentence(c.b) && raw(c.e) == ",") {
        const Cand& s = cands_[n + 1];
        uint32_t after = s.e;
        bool end = after >= end_of_sentence(c.b) || raw(after) == "," || raw(after) == ")" ||
                   raw(after) == ".";
        if (organ(s) && end && (s.b == c.e + 1 || (s.b == c.e + 2 && norm(c.e + 1) == "the"))) {
          country = s.country;
        }
      }
      if (country >= 0) state_aliases_.emplace(name_key(c.b, c.e), country);
    }
  }

  uint32_t end_of_sentence(uint32_t i) const { return v_.sentence_end[t(i).sentence]; }

  void register_full_names() {
    for (const Cand& c : cands_) {
      register_acronym(c);
      if (c.kind != MentionKind::kName || c.type == ActorType::kProduct || c.e < c.b + 2) continue;
      std::string key = name_key(c.b, c.e);
      if (key.empty()) continue;
      // The first name registered under a short form keeps it: the full name (and its display
      // form, built once) is made only for a short form not registered yet.
      std::string shown;
      auto full = [&]() {
        if (shown.empty()) shown = display(c.b, c.e);
        return FullName{key, shown, c.type, -1};
      };
      if (c.type == ActorType::kPerson) {
        actors_internal::key_of(v_, c.e - 1, c.e, &key_);
        std::string surname = actors_internal::slugify(key_);
        if (surnames_.find(surname) == surnames_.end()) surnames_.emplace(surname, full());
        // "Mao" after "Mao Ning": names that put the family name first are cut to it.
        actors_internal::key_of(v_, c.b, c.b + 1, &key_);
        std::string given = actors_internal::slugify(key_);
        if (given_names_.find(given) == given_names_.end()) given_names_.emplace(given, full());
      } else {
        actors_internal::key_of(v_, c.b, c.b + 1, &key_);
        std::string first = actors_internal::slugify(key_);
        if (first != key && !k_->common(first) && first_words_.find(first) == first_words_.end()) {
          first_words_.emplace(first, full());
        }
      }
    }
  }

  // "Northern Grid Systems" -> NGS, "Competition and Markets Authority" -> CMA: the initials
  // of a name of three or more words (function words skipped) stand for it.
  void register_acronym(const Cand& c) {
    if (c.e < c.b + 2) return;
    bool state = c.kind == MentionKind::kState && c.country >= 0;
    bool org = c.kind == MentionKind::kName && c.type != ActorType::kPerson &&
               c.type != ActorType::kProduct;
    if (!state && !org) return;
    std::string initials;
    std::string whole;  // all-caps words whole: "Chamber of Commerce to the EU" -> ccceu
    for (uint32_t m = c.b; m < c.e; ++m) {
      if (!word(m) || function_word(m) || !capital(m)) continue;
      const PhraseInfo* p = info1(m);
      if (p && p->legal_suffix) continue;
      initials.push_back(v_.norm_of(t(m))[0]);
      if (t(m).flags & kAllCaps) {
        whole.append(v_.norm_of(t(m)));
      } else {
        whole.push_back(v_.norm_of(t(m))[0]);
      }
    }
    // "U.K. Competition and Markets Authority" is the CMA, "Irish Data Protection Commission"
    // the DPC: a leading country reference is not part of the acronym.
    std::string inner;
    {
      int32_t country = -1;
      bool is_name = false;
      uint32_t r = country_ref(c.b, &country, &is_name);
      if (r > c.b && r < c.e) {
        if (r < c.e && t(r).kind == TokenKind::kPossessive) ++r;
        for (uint32_t m = r; m < c.e; ++m) {
          if (!word(m) || function_word(m) || !capital(m)) continue;
          const PhraseInfo* p = info1(m);
          if (p && p->legal_suffix) continue;
          inner.push_back(v_.norm_of(t(m))[0]);
        }
      }
    }
    // "Autorita Garante della Concorrenza (AGCM)": an acronym in brackets after the name.
    std::string bracketed;
    if (c.e + 2 < v_.toks.size() && raw(c.e) == "(" && (t(c.e + 1).flags & kAllCaps) &&
        raw(c.e + 2) == ")" && t(c.e + 1).sentence == t(c.b).sentence) {
      bracketed.assign(norm(c.e + 1));
    }
    if (initials.size() < 2 && bracketed.empty()) return;
    FullName f;
    if (state) {
      const auto& country = k_->countries[static_cast<std::size_t>(c.country)];
      f = FullName{country.gov_id, country.gov_name, ActorType::kGovernment, c.country};
    } else {
      f = FullName{name_key(c.b, c.e), display(c.b, c.e), c.type, -1};
    }
    if (state && c.e >= c.b + 2) {
      // "Justice Department" is also written "DOJ", as "Department of Justice" is: the head,
      // "of" and the words before the head.
      uint32_t last = c.e - 1;
      const PhraseInfo* hp = info1(last);
      if (hp && hp->head_prefix && capital(last) && initials.size() >= 2) {
        // Without a leading country: "U.S. Commerce Department" is the DOC.
        const std::string& own =
            inner.size() >= 2 && inner.size() < initials.size() ? inner : initials;
        std::string dox(1, own.back());
        dox.push_back('o');
        dox.append(own, 0, own.size() - 1);
        if (dox.size() >= 3) acronyms_.emplace(dox, f);
      }
      // "Department of Justice": "of" counts ("DOJ").
      std::string with_of;
      for (uint32_t m = c.b; m < c.e; ++m) {
        if (word(m) && norm(m) == "of" && !with_of.empty()) with_of.push_back('o');
        if (!word(m) || function_word(m) || !capital(m)) continue;
        with_of.push_back(v_.norm_of(t(m))[0]);
      }
      if (with_of.size() >= 3 && with_of != initials) acronyms_.emplace(with_of, f);
    }
    if (whole != initials && whole.size() >= 3) acronyms_.emplace(whole, f);
    if (initials.size() >= 2) acronyms_.emplace(initials, f);
    if (inner.size() >= 2) acronyms_.emplace(inner, f);
    if (!bracketed.empty()) acronyms_[actors_internal::slugify(bracketed)] = f;
  }

  void resolve() {
    register_state_aliases();
    register_full_names();
    std::vector<int32_t> cand_actor(cands_.size(), -1);
    cand_group_.assign(cands_.size(), {});
    int32_t context_country = -1;
    uint32_t context_sentence = 0;
    int32_t organ_country = -1;  // the state of the last organ named ("Chile's trade ministry")
    uint32_t organ_sentence = 0;
    std::string organ_word;     // its head noun ("ministry")
    int32_t bloc_country = -1;  // the last union of states named (the European Commission)
    // The government the text is mostly about: the country its explicit state mentions name
    // most often (first named on ties).
    int32_t dominant = -1;
    {
      std::unordered_map<int32_t, int> votes;
      int best = 0;
      for (const Cand& c : cands_) {
        if (c.kind == MentionKind::kState && c.country >= 0) {
          int v = ++votes[c.country];
          if (v > best || (v == best && dominant < 0)) {
            best = v;
            dominant = c.country;
          }
        }
      }
    }
    for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
      Cand& c = cands_[ci];
      Mention m;
      m.sentence = t(c.b).sentence;
      m.begin_token = t(c.b).source;
      m.end_token = t(c.e - 1).source_end;
      m.span = {t(c.b).begin, t(c.e - 1).end};
      if (c.e > c.b + 1 && norm(c.b) == "the" && c.kind != MentionKind::kNominal && !c.keep_the) {
        m.begin_token = t(c.b + 1).source;
        m.span.begin = t(c.b + 1).begin;
      }
      m.surface = surface(c);
      if (c.part) {
        std::string_view p = part_text(c);
        m.span.begin = static_cast<uint32_t>(p.data() - text_.data());
        m.span.end = m.span.begin + static_cast<uint32_t>(p.size());
        m.surface.assign(p);
      }
      if (c.alt_surface_b >= 0) {
        Cand alt = c;
        alt.surface_b = c.alt_surface_b;
        extra_forms_.emplace_back(ex_->mentions.size(), surface(alt));
      }
      m.kind = c.kind;
      m.possessive = c.possessive;
      int32_t a = -1;
      switch (c.kind) {
        case MentionKind::kState: {
          if (c.country >= 0) {
            // "Russia's military", "Chinese officials": the state's own name or adjective
            // is a form of its government too.
            const uint32_t saved_end = end_;
            end_ = v_.sentence_end[t(c.b).sentence];
            uint32_t sb = c.e > c.b + 1 && norm(c.b) == "the" ? c.b + 1 : c.b;
            int32_t rc = -1;
            bool rn = false;
            uint32_t r = country_ref(sb, &rc, &rn);
            if (r > sb && r < c.e && rc == c.country) note_state_form(sb, r, rc);
            end_ = saved_end;
          }
          // An organ named without its state: the state named earlier in the same sentence,
          // else the one the text is mostly about, else the last one named.
          int32_t country = c.country;
          if (country < 0 && c.e == c.b + 1 + (norm(c.b) == "the" ? 1u : 0u) && capital(c.e - 1)) {
            // "the Commission" after "European Commission": the organ named in full before.
            auto h = organ_heads_.find(std::string(norm(c.e - 1)));
            if (h != organ_heads_.end()) country = h->second;
          }
          if (c.bloc) {
            // "the bloc" is the union named before, or nobody the text names.
            if (country < 0) country = bloc_country;
            if (country < 0) break;
          }
          if (country < 0 && context_country >= 0 && context_sentence == t(c.b).sentence) {
            country = context_country;
          }
          if (country < 0 && c.bare &&
              (norm(c.b) == "the" ||
               (c.b > v_.sentence_begin[t(c.b).sentence] && norm(c.b - 1) == "the")) &&
              organ_country >= 0 && organ_sentence + 1 >= t(c.b).sentence &&
              organ_word == norm(c.e - 1)) {
            // "the ministry" right after "Chile's trade ministry": that state's organ, even
            // when the text is mostly about another state ("the government" stays general).
            country = organ_country;
          }
          if (country < 0 && organ_country >= 0 && organ_sentence + 2 >= t(c.b).sentence) {
            // "... New Delhi's control. According to the government statement": an organ
            // without its state soon after another organ is of the state named last.
            country = organ_country;
          }
          if (country < 0) country = dominant >= 0 ? dominant : context_before(ci);
          if (country >= 0) {
            a = government(country);
            if (c.e > c.b + 1 && capital(c.e - 1))
              organ_heads_[std::string(norm(c.e - 1))] = country;
            if (c.country < 0) {
              Cand resolved = c;
              resolved.country = country;
              register_acronym(resolved);  // "CMA" after "Competition and Markets Authority"
            }
            context_country = country;
            context_sentence = t(c.b).sentence;
            organ_country = country;
            organ_sentence = t(c.b).sentence;
            organ_word.assign(norm(c.e - 1));
            if (k_->countries[static_cast<std::size_t>(country)].supranational) {
              bloc_country = country;
            }
          } else if (!c.bare) {
            // An organ named without its state ("the Ministry of Commerce" in a text that
            // names no country): an organisation of its own.
            if (capital(c.e - 1) || capital(c.b)) {
              m.kind = MentionKind::kName;
              a = actor_for(name_key(c.b, c.e), display(c.b, c.e), ActorType::kOrganization);
            }
          }
          break;
        }
        case MentionKind::kCountry:
          a = country_actor(c.country);
          m.state_actor = government(c.country);
          context_country = c.country;
          context_sentence = t(c.b).sentence;
          break;
        case MentionKind::kName:
        case MentionKind::kCatalog:
          a = resolve_name(c, &cand_actor, ci);
          if (a >= 0 && c.origin >= 0) origin_.emplace(a, c.origin);
          break;
        case MentionKind::kNominal:
        case MentionKind::kPronoun:
          if (c.kind == MentionKind::kNominal && !c.plural && c.type != ActorType::kCorporation &&
              organ_heads_.count(std::string(norm(c.e - 1)))) {
            // "the commission" after "the European Commission": that organ's state.
            a = government(organ_heads_[std::string(norm(c.e - 1))]);
          } else if (c.plural) {
            a = plural_antecedent(c, ci, cand_actor);
            if (cand_group_[ci].size() >= 2) m.group = cand_group_[ci];
          } else {
            if (c.speech_verb >= 0) a = speaker(c, ci, cand_actor);
            if (a < 0) a = antecedent(c, ci, cand_actor);
            if (a < 0 && c.kind == MentionKind::kNominal && c.type != ActorType::kCorporation &&
                body_at(c.e - 1)) {
              // "fined in Italy ... the antitrust authority": the state of the country named
              // last, else of the one the text is about.
              int32_t country = -1;
              for (std::size_t n = ci; n-- > 0 && country < 0;) {
                const Cand& p = cands_[n];
                if (t(p.b).sentence + 3 < t(c.b).sentence) break;
                if ((p.kind == MentionKind::kCountry || p.kind == MentionKind::kState) &&
                    p.country >= 0)
                  country = p.country;
              }
              if (country < 0) country = dominant;
              if (country >= 0) a = government(country);
            }
          }
          break;
      }
      cand_actor[ci] = a;
      // "they" with no clear antecedent names nobody: no mention, so that it hides no other.
      if (a < 0 && c.kind == MentionKind::kPronoun && c.plural) continue;
      if (a >= 0 && c.kind != MentionKind::kNominal && c.kind != MentionKind::kPronoun) {
        last_mention_sentence_[a] = m.sentence;
      }
      m.actor = a;
      ex_->mentions.push_back(std::move(m));
    }
    // "Dalton Reeve's chief executive": what has a chief executive is a company.
    for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
      const Cand& c = cands_[ci];
      if (c.kind != MentionKind::kName || !c.possessive || !untyped_person(cand_actor[ci]))
        continue;
      const PhraseInfo* rp = nullptr;
      for (uint32_t k = c.e + 1; k < c.e + 4 && k < v_.toks.size(); ++k) {
        if (t(k).sentence != t(c.b).sentence) break;
        if (longest(
                k, [](const PhraseInfo& x) { return x.role != 0; }, &rp) &&
            rp->role == knowledge_internal::kRoleCorporate) {
          ex_->actors[static_cast<std::size_t>(cand_actor[ci])].type = ActorType::kCorporation;
          typed_.insert(cand_actor[ci]);
          break;
        }
        if (!plain_modifier(k)) break;
      }
    }
    // Affiliations once every cand has its actor.
    for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
      const Cand& c = cands_[ci];
      int32_t a = cand_actor[ci];
      if (a < 0) continue;
      Actor& actor = ex_->actors[static_cast<std::size_t>(a)];
      if (catalog_ids_.count(actor.id)) continue;
      if (actor.type == ActorType::kPerson && actor.works_for.empty()) {
        if (c.employer >= 0 && cand_actor[static_cast<std::size_t>(c.employer)] >= 0) {
          int32_t e = cand_actor[static_cast<std::size_t>(c.employer)];
          if (e != a && c.corp_role && untyped_person(e)) {
            // "chief executive of Dalton Reeve": two capitalised words with a chief executive
            // are a company, not a person.
            ex_->actors[static_cast<std::size_t>(e)].type = ActorType::kCorporation;
            typed_.insert(e);
          }
          if (e != a && ex_->actors[static_cast<std::size_t>(e)].type != ActorType::kPerson) {
            actor.works_for = ex_->actors[static_cast<std::size_t>(e)].id;
            Actor& employer = ex_->actors[static_cast<std::size_t>(e)];
            if (employer.type == ActorType::kOrganization && !typed_.count(e)) {
              employer.type = ActorType::kCorporation;  // someone is its CEO, founder ...
            }
          }
        } else if (c.employer_country >= 0 || c.employer_country == -1) {
          int32_t country = c.employer_country >= 0 ? c.employer_country : context_before(ci);
          if (country >= 0) {
            // government() may grow the actor vector: look the person up again after it.
            std::string gov = ex_->actors[static_cast<std::size_t>(government(country))].id;
            ex_->actors[static_cast<std::size_t>(a)].works_for = gov;
          }
        }
      }
      Actor& product = ex_->actors[static_cast<std::size_t>(a)];
      if (product.type == ActorType::kProduct && product.manufacturer.empty() && c.maker >= 0) {
        int32_t mk = cand_actor[static_cast<std::size_t>(c.maker)];
        if (mk >= 0 && mk != a && untyped_person(mk)) {
          // "Dalton Reeve's K7 whisky": what makes products is a company.
          ex_->actors[static_cast<std::size_t>(mk)].type = ActorType::kCorporation;
          typed_.insert(mk);
        }
        if (mk >= 0 && mk != a &&
            ex_->actors[static_cast<std::size_t>(mk)].type != ActorType::kPerson &&
            ex_->actors[static_cast<std::size_t>(mk)].type != ActorType::kProduct) {
          Actor& maker = ex_->actors[static_cast<std::size_t>(mk)];
          product.manufacturer = maker.id;
          if (maker.type == ActorType::kOrganization && !typed_.count(mk)) {
            maker.type = ActorType::kCorporation;  // it makes products
          }
        }
      }
    }
    // "Orvane and Veltrix Labs": names joined by "and", "or" or a comma are of one kind, so an
    // untyped name next to a company is a company.
    for (std::size_t ci = 0; ci + 1 < cands_.size(); ++ci) {
      const Cand& x = cands_[ci];
      const Cand& y = cands_[ci + 1];
      if (x.kind != MentionKind::kName || y.kind != MentionKind::kName || y.b != x.e + 1) continue;
      std::string_view link = norm(x.e);
      if (!(link == "and" || link == "or" || link == ",")) continue;
      int32_t ax = cand_actor[ci], ay = cand_actor[ci + 1];
      if (ax < 0 || ay < 0) continue;
      Actor& a = ex_->actors[static_cast<std::size_t>(ax)];
      Actor& b = ex_->actors[static_cast<std::size_t>(ay)];
      if (a.type == ActorType::kCorporation && b.type == ActorType::kOrganization &&
          !typed_.count(ay)) {
        b.type = ActorType::kCorporation;
      } else if (b.type == ActorType::kCorporation && a.type == ActorType::kOrganization &&
                 !typed_.count(ax)) {
        a.type = ActorType::kCorporation;
      }
    }
    finish();
  }

  int32_t context_before(std::size_t ci) const {
    for (std::size_t n = ci + 1; n-- > 0;) {
      const Cand& c = cands_[n];
      if ((c.kind == MentionKind::kState || c.kind == MentionKind::kCountry) && c.country >= 0) {
        return c.country;
      }
    }
    for (const Cand& c : cands_) {
      if ((c.kind == MentionKind::kState || c.kind == MentionKind::kCountry) && c.country >= 0) {
        return c.country;
      }
    }
    return -1;
  }

  // Whether token I lies inside quotation marks opened in its sentence.
  bool inside_quote(uint32_t i) const {
    bool in = false;
    for (uint32_t k = v_.sentence_begin[t(i).sentence]; k < i; ++k) {
      std::string_view r = raw(k);
      if (r == "\"" || r == "\xE2\x80\x9C" || r == "\xE2\x80\x9D") in = !in;
    }
    return in;
  }

  // "It has no case," Talvo said: a pronoun inside a quotation is not its speaker, an actor
  // named outside the quotation in the same sentence.
  bool quoted_speaker(const Cand& c, std::size_t ci, const Actor& actor) const {
    if (!inside_quote(c.b)) return false;
    uint32_t s = t(c.b).sentence;
    // Only the cands of the pronoun's sentence: they sit next to it in cands_.
    std::size_t lo = ci;
    while (lo > 0 && t(cands_[lo - 1].b).sentence == s)
      --lo;
    for (std::size_t n = lo; n < cands_.size() && t(cands_[n].b).sentence == s; ++n) {
      const Cand& q = cands_[n];
      if (q.kind != MentionKind::kName || inside_quote(q.b)) continue;
      std::string key = name_key(q.b, q.e);
      if (actor.id == key ||
          (actor.id.size() > key.size() && actor.id.compare(0, key.size(), key) == 0 &&
           actor.id[key.size()] == '-')) {
        return true;
      }
    }
    return false;
  }

  // The most recent actor a nominal or pronoun can refer to: same or previous two sentences;
  // Returns the speaker of "X said it was adding ...": the nearest actor before the verb of
  // saying that is no possessive and no object of a preposition ("the Commerce Department of
  // Veltria said it ...": the department). A country that speaks is its government; a person is
  // no "it". Returns -1 when there is none, so the usual antecedent search takes over.
  int32_t speaker(const Cand& c, std::size_t ci, const std::vector<int32_t>& cand_actor) {
    const uint32_t sentence = t(c.b).sentence;
    for (std::size_t n = ci; n-- > 0;) {
      const Cand& p = cands_[n];
      if (t(p.b).sentence != sentence) break;
      if (static_cast<int64_t>(p.e) > c.speech_verb) continue;
      if (p.possessive || prepositional_object(p)) continue;
      if (p.kind == MentionKind::kCountry && p.country >= 0) return government(p.country);
      int32_t a = cand_actor[n];
      if (a < 0 || p.plural) return -1;
      const ActorType type = ex_->actors[static_cast<std::size_t>(a)].type;
      return org_like(type) ? a : -1;
    }
    return -1;
  }

  // "the company" needs an organisation, "he" a person. Unclear cases stay unresolved.
  int32_t antecedent(const Cand& c, std::size_t ci, const std::vector<int32_t>& cand_actor) const {
    uint32_t sentence = t(c.b).sentence;
    uint32_t window = c.kind == MentionKind::kNominal ? 3 : 1;
    if (c.plural) return -1;   // "the companies": several actors, not the last one
    int32_t pp_fallback = -1;  // a company after a preposition, kept while the sentence lasts
    uint32_t pp_sentence = 0;
    const bool maker = ci + 1 < cands_.size() && cands_[ci + 1].maker == static_cast<int32_t>(ci) &&
                       cands_[ci + 1].type == ActorType::kProduct;
    const uint32_t sb = v_.sentence_begin[sentence];
    if (c.kind == MentionKind::kPronoun && !c.third_person && norm(c.b) == "it" &&
        subject_position(c) && (ci == 0 || t(cands_[ci - 1].b).sentence < sentence) &&
        sentence > 0 && (c.b == sb || (c.b > sb && raw(c.b - 1) == ","))) {
      // "The regulator fined Orvane. It also ...": a pronoun that opens a sentence as its
      // subject continues the subject of the sentence before, not its last name.
      for (std::size_t n = ci; n-- > 0;) {
        const Cand& p = cands_[n];
        if (t(p.b).sentence + 1 < sentence) break;
        int32_t a = cand_actor[n];
        if (a < 0 || !subject_position(p) || p.kind == MentionKind::kCountry) continue;
        if (org_like(ex_->actors[static_cast<std::size_t>(a)].type)) return a;
      }
    }
    if (c.kind == MentionKind::kPronoun && !c.third_person && norm(c.b) == "its") {
      // "The department said it was adding Orvane to its list": "its" is the "it" before.
      for (std::size_t n = ci; n-- > 0;) {
        const Cand& p = cands_[n];
        if (t(p.b).sentence != sentence) break;
        if (p.kind == MentionKind::kPronoun && norm(p.b) == "it" && cand_actor[n] >= 0) {
          return cand_actor[n];
        }
        // "ordering Orvane to stop its conduct": a name that is the subject of an infinitive
        // owns what follows.
        if (p.kind == MentionKind::kName && p.e + 1 < end_of_sentence(p.e) && word(p.e) &&
            norm(p.e) == "to" && word(p.e + 1) && !capital(p.e + 1) && !info1(p.e + 1)) {
          break;
        }
      }
    }
    for (std::size_t n = ci; n-- > 0;) {
      const Cand& p = cands_[n];
      if (t(p.b).sentence + window < sentence) break;
      if (pp_fallback >= 0 && t(p.b).sentence != pp_sentence) return pp_fallback;
      int32_t a = cand_actor[n];
      if (a >= 0 && c.kind == MentionKind::kPronoun && p.kind == MentionKind::kNominal &&
          !p.plural && !c.third_person && t(p.b).sentence == sentence) {
        return a;  // "The group said its costs rose": "its" is the group's
      }
      if (a < 0 || p.kind == MentionKind::kNominal || p.kind == MentionKind::kPronoun) continue;
      const Actor& actor = ex_->actors[static_cast<std::size_t>(a)];
      if (c.kind == MentionKind::kPronoun) {
        if (c.third_person) {
          if (actor.type == ActorType::kPerson) return a;
          continue;
        }
        // "its K7 chips": the owner of a product is its maker, a company or organisation.
        if (maker && actor.type == ActorType::kGovernment) continue;
        if (org_like(actor.type) && p.kind != MentionKind::kCountry &&
            !quoted_speaker(c, ci, actor)) {
          return a;
        }
        continue;
      }
      if (c.country >= 0) {
        // "the American corporation" is no company a cue said is from elsewhere.
        auto o = origin_.find(a);
        if (o != origin_.end() && o->second != c.country) continue;
      }
      if (c.type == ActorType::kCorporation) {
        // "on the Hill": one ordinary word of no known kind is no company to refer back to.
        if (actor.type == ActorType::kOrganization && !typed_.count(a) && k_->common(actor.id))
          continue;
        if (actor.type == ActorType::kCorporation || actor.type == ActorType::kOrganization) {
          // "moved to block Orvane's purchase of chip designer Kestrel. The company ...": a
          // name after a preposition is less likely what the next sentence talks about than
          // another company of the same sentence.
          if (!prepositional_object(p)) return a;
          if (pp_fallback < 0) {
            pp_fallback = a;
            pp_sentence = t(p.b).sentence;
          }
        }
      } else if (actor.type == ActorType::kGovernment ||
                 (actor.type == ActorType::kOrganization && typed_.count(a))) {
        // "the regulator", "the agency": not a company, nor a name of unknown kind.
        return a;
      }
    }
    return pp_fallback;
  }

  // Whether cand C follows a preposition, across a determiner, a country reference and an
  // appositive cue: "of chip designer Kestrel", "by China's Orvane", "into the firm Talvo".
  bool prepositional_object(const Cand& c) const {
    const uint32_t sb = v_.sentence_begin[t(c.b).sentence];
    uint32_t k = c.b;
    for (uint32_t s = c.b > sb + 3 ? c.b - 3 : sb; s < c.b; ++s) {
      if (longest(s, [](const PhraseInfo& x) { return x.nominal >= 0; }) == c.b) {
        k = s;
        while (k > sb && s - k < 2 && nominal_modifier(k - 1))
          --k;
        break;
      }
    }
    if (k > sb + 1 && t(k - 1).kind == TokenKind::kPossessive) {
      int32_t country = -1;
      bool is_name = false;
      for (uint32_t q = k >= sb + 3 ? k - 3 : sb; q + 1 < k; ++q) {
        if (country_ref(q, &country, &is_name) == k - 1) {
          k = q;
          break;
        }
      }
    } else if (k > sb) {
      int32_t country = -1;
      bool is_name = false;
      for (uint32_t q = k >= sb + 2 ? k - 2 : sb; q < k; ++q) {
        if (country_ref(q, &country, &is_name) == k) {
          k = q;
          break;
        }
      }
    }
    if (k > sb && word(k - 1) &&
        (norm(k - 1) == "the" || norm(k - 1) == "a" || norm(k - 1) == "an"))
      --k;
    if (k <= sb || !word(k - 1)) return false;
    std::string_view w = norm(k - 1);
    static constexpr std::string_view kPreps[] = {
        "of", "by",   "from",    "to",   "with", "for", "in",  "into",  "on",     "against",
        "at", "over", "between", "than", "like", "as",  "via", "about", "toward", "towards"};
    for (std::string_view x : kPreps) {
      if (w == x) return true;
    }
    return false;
  }

  // Whether cand C is followed by a verb, as a subject is ("the regulator has fined", "it
  // imposed", "Orvane recently said"); a possessive is no subject.
  bool subject_position(const Cand& c) const {
    if (c.possessive) return false;
    uint32_t k = c.e;
    const uint32_t sentence = t(c.b).sentence;
    const uint32_t end = v_.sentence_end[sentence];
    if (k < end && word(k) && norm(k).size() > 4 && norm(k).substr(norm(k).size() - 2) == "ly")
      ++k;  // "recently", "also" is a function word below
    if (k < end && word(k) && norm(k) == "also") ++k;
    if (k >= end || t(k).kind != TokenKind::kWord) return false;
    std::string_view w = norm(k);
    static constexpr std::string_view kAux[] = {
        "has", "have", "had",   "is",     "was",  "were", "are",  "will", "would", "could",
        "can", "may",  "might", "should", "must", "did",  "does", "said", "says",  "told"};
    for (std::string_view a : kAux) {
      if (w == a) return true;
    }
    if (capital(k) || info1(k)) return false;
    return w.size() > 4 && w.substr(w.size() - 2) == "ed";
  }

  // Whether cands X and Y are neighbours in a list of names: "X, Y", "X and Y", "X, and Y".
  bool listed(const Cand& x, const Cand& y) const {
    if (t(x.b).sentence != t(y.b).sentence || y.b <= x.e) return false;
    uint32_t k = x.e;
    while (k < y.b && t(k).kind == TokenKind::kPossessive)
      ++k;
    if (k == y.b || y.b - k > 2) return false;
    for (; k < y.b; ++k) {
      std::string_view w = norm(k);
      if (!(w == "," || w == "and" || w == "or" || w == "&")) return false;
    }
    return true;
  }

  // The actor a cand stands for in a plural reference: a country's government, a name's actor.
  int32_t member_actor(std::size_t n, const std::vector<int32_t>& cand_actor) {
    const Cand& p = cands_[n];
    if (p.kind == MentionKind::kCountry && p.country >= 0) return government(p.country);
    if (p.kind == MentionKind::kNominal || p.kind == MentionKind::kPronoun) return -1;
    if (p.kind == MentionKind::kState && p.bare) return -1;
    return cand_actor[n];
  }

  // Whether an actor fits a plural reference C: companies for "the firms", any organisation
  // or any person (not a mix) for "they".
  bool plural_fits(const Cand& c, int32_t a, bool* person) const {
    if (a < 0) return false;
    ActorType type = ex_->actors[static_cast<std::size_t>(a)].type;
    if (type == ActorType::kProduct || type == ActorType::kCountry) return false;
    if (c.kind == MentionKind::kNominal) {
      if (c.type == ActorType::kCorporation) {
        return type == ActorType::kCorporation || type == ActorType::kOrganization;
      }
      return type == ActorType::kGovernment || type == ActorType::kOrganization;
    }
    bool is_person = type == ActorType::kPerson;
    if (*person != is_person) return false;
    return true;
  }

  // "the companies", "both firms", "the two tech giants", "they": the actors of the last list
  // of names ("Veltrix, Orvane and Kestrel") within the window, or for a counted nominal the
  // last N actors named; "they" also takes a plural reference or a plural organ ("officials
  // said they ..."). Sets cand_group_[CI]; returns its first actor, or -1.
  int32_t plural_antecedent(const Cand& c, std::size_t ci, const std::vector<int32_t>& cand_actor) {
    const uint32_t sentence = t(c.b).sentence;
    const uint32_t window = c.kind == MentionKind::kNominal ? 2 : 1;
    std::vector<int32_t>& group = cand_group_[ci];
    for (std::size_t n = ci; n-- > 0;) {
      const Cand& p = cands_[n];
      if (t(p.b).sentence + window < sentence) break;
      if (c.kind == MentionKind::kPronoun) {
        if ((p.kind == MentionKind::kNominal || p.kind == MentionKind::kPronoun) && p.plural &&
            cand_group_[n].size() >= 2) {
          group = cand_group_[n];
          return group.front();
        }
        if (p.kind == MentionKind::kState && cand_actor[n] >= 0) {
          std::string_view last = norm(p.e - 1);
          if (last.size() > 2 && last.back() == 's') {
            group.clear();  // one government, however many officials
            return cand_actor[n];
          }
        }
      }
      // The last name of a list: walk the list back to its first name.
      std::size_t first = n;
      while (first > 0 && listed(cands_[first - 1], cands_[first]))
        --first;
      if (first == n) continue;
      bool person = member_actor(n, cand_actor) >= 0 &&
                    ex_->actors[static_cast<std::size_t>(member_actor(n, cand_actor))].type ==
                        ActorType::kPerson;
      std::vector<int32_t> members;
      bool fits = true;
      for (std::size_t m = first; m <= n && fits; ++m) {
        int32_t a = member_actor(m, cand_actor);
        fits = plural_fits(c, a, &person);
        if (fits && std::find(members.begin(), members.end(), a) == members.end())
          members.push_back(a);
      }
      n = first;  // the loop goes on before the list
      if (!fits || members.size() < 2) continue;
      if (c.count > 0 && members.size() != static_cast<std::size_t>(c.count)) continue;
      group = std::move(members);
      return group.front();
    }
    if (c.count > 0) {
      // "the two companies" after two companies named apart.
      std::vector<int32_t> members;
      bool person = false;
      for (std::size_t n = ci; n-- > 0 && members.size() < static_cast<std::size_t>(c.count);) {
        const Cand& p = cands_[n];
        if (t(p.b).sentence + window < sentence) break;
        if (p.kind != MentionKind::kName && p.kind != MentionKind::kCatalog) continue;
        int32_t a = member_actor(n, cand_actor);
        if (plural_fits(c, a, &person) &&
            std::find(members.begin(), members.end(), a) == members.end()) {
          members.insert(members.begin(), a);
        }
      }
      if (members.size() == static_cast<std::size_t>(c.count)) {
        group = std::move(members);
        return group.front();
      }
    }
    return -1;
  }

  // Counts forms, picks canonical names, applies the catalog's renames and suppressions.
  void finish() {
    std::vector<std::map<std::string, uint32_t>> name_votes(ex_->actors.size());
    for (const Mention& m : ex_->mentions) {
      if (m.actor < 0 || m.kind == MentionKind::kNominal || m.kind == MentionKind::kPronoun)
        continue;
      Actor& a = ex_->actors[static_cast<std::size_t>(m.actor)];
      a.forms[m.surface] += 1;
    }
    for (const auto& [ci, form] : extra_forms_) {
      const Mention& m = ex_->mentions[ci];
      if (m.actor >= 0) ex_->actors[static_cast<std::size_t>(m.actor)].forms[form] += 1;
    }
    for (const auto& [country, form] : state_forms_) {
      // Only a government the document has as an actor (a person acts for it).
      auto it = by_id_.find(k_->countries[static_cast<std::size_t>(country)].gov_id);
      if (it != by_id_.end()) ex_->actors[static_cast<std::size_t>(it->second)].forms[form] += 1;
    }
    for (const Mention& m : ex_->mentions) {
      if (m.actor < 0 || m.kind == MentionKind::kNominal || m.kind == MentionKind::kPronoun)
        continue;
      Actor& a = ex_->actors[static_cast<std::size_t>(m.actor)];
      if (m.kind == MentionKind::kName && a.type != ActorType::kProduct &&
          a.type != ActorType::kPerson) {
        name_votes[static_cast<std::size_t>(m.actor)][display_of(m)] += 1;
      }
    }
    for (std::size_t i = 0; i < ex_->actors.size(); ++i) {
      Actor& a = ex_->actors[i];
      if (catalog_ids_.count(a.id)) continue;
      // The most used spelling becomes the name (Veltrix over VELTRIX Corp. if used more).
      uint32_t best = 0;
      for (const auto& [name, count] : name_votes[i]) {
        if (count > best) {
          best = count;
          a.name = name;
        }
      }
      if (a.type == ActorType::kPerson) {
        // The longest form is the full name.
        for (const auto& [form, count] : a.forms) {
          if (form.size() > a.name.size()) a.name = form;
        }
      }
    }
    apply_catalog();
  }

  std::string display_of(const Mention& m) const {
    std::string s = m.surface;
    // Drop a trailing legal suffix from the display name.
    for (const char* suffix : {" Inc.", " Inc", " Corp.", " Corp", " Ltd.", " Ltd", " Co.", " LLC",
                               " PLC", " plc", " AG", " SA", " NV", " GmbH"}) {
      std::string_view sv(suffix);
      if (s.size() > sv.size() && s.compare(s.size() - sv.size(), sv.size(), sv) == 0) {
        s.erase(s.size() - sv.size());
        while (!s.empty() && s.back() == ',')
          s.pop_back();
        break;
      }
    }
    return s;
  }

  void apply_catalog() {
    if (k_->suppressed.empty() && k_->renames.empty()) return;
    std::vector<int32_t> remap(ex_->actors.size(), -1);
    std::vector<Actor> kept;
    for (std::size_t i = 0; i < ex_->actors.size(); ++i) {
      Actor& a = ex_->actors[i];
      std::string lname = a.name;
      for (char& ch : lname)
        ch = static_cast<char>(ascii::to_lower(static_cast<unsigned char>(ch)));
      if (k_->suppressed.count(a.id) || k_->suppressed.count(lname)) continue;
      auto r = k_->renames.find(a.id);
      if (r == k_->renames.end()) r = k_->renames.find(lname);
      if (r != k_->renames.end()) {
        a.forms[a.name] += 0;  // the old name stays an alternate form
        a.name = r->second.first;
        if (!r->second.second.empty()) a.id = r->second.second;
      }
      remap[i] = static_cast<int32_t>(kept.size());
      kept.push_back(std::move(a));
    }
    std::vector<Mention> mentions;
    for (Mention& m : ex_->mentions) {
      if (m.actor >= 0) {
        m.actor = remap[static_cast<std::size_t>(m.actor)];
        if (m.actor < 0) continue;
      }
      if (m.state_actor >= 0) m.state_actor = remap[static_cast<std::size_t>(m.state_actor)];
      mentions.push_back(std::move(m));
    }
    ex_->actors = std::move(kept);
    ex_->mentions = std::move(mentions);
  }

  const Knowledge::Impl* k_ = nullptr;
  std::string_view text_;
  Extraction* ex_ = nullptr;
  TokenView v_;
  std::vector<Cand> cands_;
  std::vector<std::size_t> key_ends_;  // index_phrases: end of each token's form in key_
  // Keyed by views into v_.norm, which stays unchanged while the document is processed.
  fast_hash::FlatStringMap<WordFacts> words_;
  fast_hash::FlatStringMap<bool> caps_bigrams_;  // "us foods": capitalised pairs outside headlines
  std::string bigram_arena_;                     // the keys of caps_bigrams_
  std::vector<std::pair<std::size_t, std::size_t>> bigram_spans_;  // (offset, length) in it
  std::vector<char> skip_;
  std::vector<std::pair<std::size_t, std::string>>
      extra_forms_;  // (mention, second form)  // per view token: page furniture (credits, file
                     // names), no mentions
  std::unordered_set<std::string> known_orgs_;
  std::unordered_map<std::string, int32_t> by_id_;
  struct FullName {
    std::string key;      // actor id of the full name
    std::string display;  // its display name
    ActorType type;       // its type
    int32_t country;      // governments: index of the country, else -1
  };
  std::unordered_map<std::string, FullName> acronyms_;
  std::unordered_map<std::string, int32_t>
      organ_heads_;  // "commission" -> EU after its name     // "cma" -> Competition and ...
  std::unordered_map<std::string, FullName> surnames_;     // "quill" -> Mara Quill
  std::unordered_map<std::string, FullName> first_words_;  // "veltrix" -> Veltrix Systems
  std::unordered_map<std::string, FullName> given_names_;  // "mao" -> Mao Ning
  std::unordered_set<int32_t> typed_;
  std::unordered_map<int32_t, int32_t> origin_;   // actor -> the country a cue says it is from
  std::vector<std::vector<int32_t>> cand_group_;  // per cand: the actors of a plural reference
  std::unordered_set<std::string> catalog_ids_;
  std::unordered_map<int32_t, uint32_t> last_mention_sentence_;
  mutable std::string key_;
  mutable std::string bigram_key_;
  mutable std::string word_key_;
  std::vector<std::pair<int32_t, std::string>> state_forms_;  // (country, form) from titles
  std::unordered_map<std::string, int32_t> state_aliases_;    // name key -> country of its organ
  struct Match {
    uint32_t len;            // tokens in the phrase
    const PhraseInfo* info;  // what the phrase is
  };
  std::vector<const PhraseInfo*> single_;  // per token: its one-token phrase entry, or null
  std::vector<uint32_t> match_off_;        // per token: first of its entries in matches_
  std::vector<Match> matches_;             // phrases starting at each token, longest first
  uint32_t end_ = 0;
  int32_t sentence_first_cand_ = 0;
};

}  // namespace

void ActorFinder::find(const Document& doc, Extraction* ex) const {
  ex->mentions.clear();
  ex->actors.clear();
  // One finder per thread, reused for every document (see DocFinder::reset).
  thread_local DocFinder finder;
  finder.reset(impl_->knowledge->impl(), doc, ex);
  finder.run();
}

}  // namespace actorgraph
