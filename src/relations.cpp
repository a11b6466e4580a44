// Relation stage: a shallow parser over the token sequence, with actor mentions as chunks.
// Sentences without a mention are skipped; in the others each token is looked up once in the
// lexicon's form table, and only sentences with a trigger get the full analysis: clause
// boundaries, subject to the left, object to the right, passive by-phrases, control
// complements, nominal prepositions, coordination, negation and hedging.
#include "actorgraph/relations.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_map>

#include "actorgraph/text.hpp"
#include "embedded.hpp"
#include "fast_hash.hpp"
#include "knowledge_impl.hpp"
#include "relations_lexicon.hpp"

namespace actorgraph {

using rel::Entry;
using rel::Frame;
using rel::Lexicon;

struct RelationExtractor::Impl {
  std::shared_ptr<const Knowledge> knowledge;
  std::shared_ptr<const Lexicon> lexicon;
};

Result<RelationExtractor> RelationExtractor::create(std::shared_ptr<const Knowledge> knowledge) {
  std::string_view json = embedded_file("schemas/relations.json");
  if (json.empty()) return Internal("schemas/relations.json: not embedded in the library");
  auto lex =
      Lexicon::load(json, embedded_file("schemas/relations.schema.json"), "schemas/relations.json");
  if (!lex.ok()) return lex.status();
  auto impl = std::make_shared<Impl>();
  impl->knowledge = std::move(knowledge);
  impl->lexicon = std::move(lex).value();
  return RelationExtractor(std::move(impl));
}

namespace {

using namespace rel;  // NOLINT: the lexicon's flag names are private to this stage

thread_local Stemmer tl_stemmer;

// What the lexicon says about one word form. All of it depends on the form alone, so each
// thread remembers it instead of hashing (and stemming) the same words in every sentence.
struct FormInfo {
  uint32_t fn = 0;    // function-word flags
  int32_t word = -1;  // lexicon word id
  uint8_t pos = 0;    // POS bits of the form
  bool cue = false;   // outside a mention, the form makes the sentence worth parsing
};

struct FormMemo {
  std::weak_ptr<const Lexicon> lexicon;  // the lexicon the entries come from
  fast_hash::FlatStringMap<FormInfo> forms;
};
thread_local FormMemo tl_memo;
// A corpus's vocabulary keeps growing; past this many forms the memo starts again.
constexpr std::size_t kMaxMemoForms = std::size_t{1} << 18;

struct Tok {
  std::string_view norm;
  int32_t word = -1;      // lexicon word id
  int32_t mention = -1;   // index into Extraction::mentions
  uint32_t fn = 0;        // function-word flags
  uint8_t pos = 0;        // POS bits of the form
  bool marker = false;    // possessive 's
  bool consumed = false;  // used as a control complement
};

// What a resolved mention stands for in a relation.
struct Resolved {
  int32_t actor = -1;
  int32_t product = -1;
  int32_t via = -1;
  const char* fail = nullptr;
};

// Per-document state shared by the sentences.
struct DocState {
  std::unordered_map<std::string_view, int32_t> index;  // actor id -> index
  bool indexed = false;
  std::vector<char> credited;  // country mentions already added to their government's forms
  int32_t last_gov = -1;       // the government last named in an earlier sentence (actor index)
  uint32_t last_gov_sentence = 0;
  int32_t acquirer = -1;  // the company whose deal ("X's bid for Y", "X agreed to buy Y") is news
  const Knowledge::Impl* knowledge = nullptr;  // country names and adjectives ("American")
};

bool regulatory(RelationType t);
bool income_noun(std::string_view w);

class SentenceParser {
 public:
  SentenceParser(const Lexicon& lex, const Document& doc, Extraction* ex, const Sentence& s,
                 std::vector<Tok>* toks, DocState* st)
      : lex_(lex),
        doc_(doc),
        ex_(ex),
        s_(s),
        t_(*toks),
        st_(st),
        b_(static_cast<int>(s.begin_token)),
        n_(static_cast<int>(toks->size())),
        first_relation_(ex->relations.size()),
        first_diagnostic_(ex->diagnostics.size()) {}

  void run();

 private:
  // ---- token predicates ----
  bool valid(int i) const { return i >= 0 && i < n_; }
  std::string_view norm(int i) const { return valid(i) ? t_[i].norm : std::string_view(); }
  uint32_t fn(int i) const { return valid(i) ? t_[i].fn : 0; }
  uint32_t cls(int i) const {
    return valid(i) && t_[i].word >= 0 ? lex_.word(t_[i].word).classes : 0;
  }
  bool comma(int i) const { return norm(i) == ","; }
  bool hard(int i) const {
    if (!valid(i)) return true;
    if (fn(i) & kFnHard) return true;
    std::string_view w = norm(i);
    return w == "." || w == "!" || w == "?" || w == "-";
  }
  bool skippable(int i) const {
    if (t_[i].marker) return true;
    if (fn(i) & kFnSkip) return true;
    std::string_view w = norm(i);
    if (w.size() <= 4 || w.substr(w.size() - 2) != "ly") return false;
    // Verbs and nouns in -ly are no adverbs.
    static constexpr std::string_view kNotAdverbs[] = {"apply",    "supply",   "comply", "reply",
                                                       "multiply", "assembly", "family", "monopoly",
                                                       "rally",    "italy",    "july"};
    for (std::string_view x : kNotAdverbs)
      if (w == x) return false;
    return true;
  }
  // A hyphenated modifier such as "Istanbul-based" inside a coordinated list.
  bool hyphenated(int i) const {
    return valid(i) && t_[i].mention < 0 &&
           (ex_->text.tokens[static_cast<std::size_t>(b_ + i)].flags & kHyphenated) != 0;
  }
  bool is_number(int i) const {
    std::string_view w = norm(i);
    return !w.empty() &&
           ((w[0] >= '0' && w[0] <= '9') || w[0] == '$' || w == "%" || w == "million" ||
            w == "billion" || w == "trillion" || w == "bn" || w == "mn");
  }
  // One past an inclusion marker at J ("including", "such as", "among them", "notably"), else -1:
  // "banned 59 apps, including X and Y" names X and Y as the objects.
  int inclusion_end(int j) const {
    const std::string_view w = norm(j);
    if (w == "including" || w == "notably" || w == "especially" || w == "particularly" ||
        w == "namely" || w == "like" || w == "incl")
      return j + 1;
    if (w == "such" && norm(j + 1) == "as") return j + 2;
    if (w == "among" && (norm(j + 1) == "them" || norm(j + 1) == "which" ||
                         norm(j + 1) == "others" || norm(j + 1) == "those"))
      return j + 2;
    if ((w == "for" && (norm(j + 1) == "example" || norm(j + 1) == "instance"))) return j + 2;
    return -1;
  }
  // A common noun for firms after a country name ("China firms", "US defence companies"): the
  // country only modifies it, so it is no actor object.
  bool company_noun(int i) const {
    static constexpr std::string_view kNouns[] = {
        "firm",          "firms",        "company",    "companies",   "entities",     "entity",
        "groups",        "businesses",   "makers",     "chipmakers",  "carmakers",    "automakers",
        "manufacturers", "suppliers",    "vendors",    "brands",      "startups",     "giants",
        "apps",          "exporters",    "producers",  "contractors", "corporations", "operators",
        "institutes",    "universities", "individuals"};
    const std::string_view w = norm(i);
    for (std::string_view x : kNouns)
      if (w == x) return true;
    return false;
  }
  bool country_modifier(int32_t m) const {
    if (mention(m).kind != MentionKind::kCountry || possessive(m)) return false;
    for (int q = mend(m), k = 0; k < 3 && valid(q); ++q, ++k) {
      if (t_[q].mention >= 0 || hard(q) || comma(q) || (fn(q) & (kFnPrep | kFnConj | kFnDet)))
        return false;
      if (company_noun(q)) return true;
    }
    return false;
  }
  // One past the ")" closing a short parenthetical that opens at I ("10 million (about $11
  // million) each"), or I itself.
  int skip_paren(int i) const {
    if (comma(i)) {  // ", 35.3%,": a numeric apposition
      int j = i + 1;
      while (valid(j) && j < i + 5 &&
             (is_number(j) || norm(j) == "." || norm(j) == "per" || norm(j) == "cent" ||
              norm(j) == "percent"))
        ++j;
      return j > i + 1 && comma(j) ? j + 1 : i;
    }
    if (norm(i) != "(") return i;
    for (int j = i + 1; j < n_ && j < i + 12; ++j) {
      if (norm(j) == ")") return j + 1;
      if (t_[j].mention >= 0 || norm(j) == "(") break;
    }
    return i;
  }
  const Mention& mention(int32_t m) const { return ex_->mentions[static_cast<std::size_t>(m)]; }
  int mbegin(int32_t m) const { return static_cast<int>(mention(m).begin_token) - b_; }
  int mend(int32_t m) const { return static_cast<int>(mention(m).end_token) - b_; }
  // One past the mention and its possessive marker.
  int after_marker(int32_t m) const {
    int e = mend(m);
    while (valid(e) && t_[e].marker)
      ++e;
    return e;
  }
  bool possessive(int32_t m) const {
    return mention(m).possessive || (valid(mend(m)) && t_[mend(m)].marker);
  }
  // A possessive pronoun mention ("its", "their").
  bool possessive_pronoun(int32_t m) const {
    const std::string_view w = norm(mbegin(m));
    return mend(m) - mbegin(m) == 1 &&
           (w == "its" || w == "their" || w == "his" || w == "her" || w == "our");
  }
  // A determiner that is no adverb too ("the", not "both" in "have both urged").
  bool det_only(int i) const { return (fn(i) & kFnDet) && !(fn(i) & kFnSkip); }
  // Index of the preposition that governs a phrase starting at I, or -1.
  int prep_before(int i) const {
    int j = i - 1;
    for (int k = 0; k < 3 && valid(j) && ((fn(j) & kFnDet) || is_number(j)) && !(fn(j) & kFnPrep);
         ++k)
      --j;
    return valid(j) && (fn(j) & kFnPrep) ? j : -1;
  }
  bool verbish(int i) const {
    if (!valid(i) || t_[i].mention >= 0 || (fn(i) & (kFnDet | kFnPrep)) || hard(i) || comma(i))
      return false;
    if (t_[i].word >= 0) return (t_[i].pos & kPosVerb) != 0;
    static constexpr std::string_view kVerbs[] = {
        "be",       "use",    "help",    "make",    "take",       "keep",
        "buy",      "sell",   "install", "implant", "add",        "build",
        "develop",  "adopt",  "deploy",  "share",   "hand",       "report",
        "disclose", "remove", "pay",     "switch",  "prioritize", "prioritise",
        "open",     "allow",  "give",    "provide", "comply"};
    for (std::string_view v : kVerbs)
      if (norm(i) == v) return true;
    return false;
  }

  // ---- phrase finding ----
  struct Found {
    int32_t m = -1;
    Frame frame = Frame::kActive;
  };
  Found subject(int pos, bool leftmost) const;
  std::vector<int32_t> coordinate_right(int32_t m) const;
  std::vector<int32_t> coordinate_left(int32_t m) const;
  std::vector<int32_t> with_left(int32_t m) const {
    std::vector<int32_t> out = coordinate_left(m);
    return out;
  }
  int32_t object_after(int from, const Entry& e, bool direct, int limit) const;
  // "provide an alternative to X": a relation noun of another type at I owns the preposition
  // after it, so a supplies or supports verb before it does not reach X.
  bool foreign_noun(int i, const Entry& e) const {
    if (t_[i].word < 0 || !(t_[i].pos & kPosNoun) || !valid(i + 1)) return false;
    // Sales and backing nouns end the phrase anywhere; others only past a conjunction ("an
    // investigation and lawsuits against X": the lawsuits' object).
    if (e.type != RelationType::kSupplies && e.type != RelationType::kSupports) {
      bool conj = false;
      for (int j = i - 1; j >= 0 && j > i - 4 && !conj; --j)
        conj = (fn(j) & kFnConj) != 0;
      if (!conj) return false;
    }
    for (const Trigger& tr : lex_.word(t_[i].word).triggers) {
      const Entry& o = lex_.entry(tr.entry);
      if (o.type != e.type && (tr.pos & kPosNoun) && tr.rest.empty() && o.object_prep(norm(i + 1)))
        return true;
    }
    return false;
  }
  int32_t by_agent(int from, int limit) const;
  bool passive_at(int ts, int te) const;
  bool government(int32_t m) const;
  int32_t fallback_left(int pos, const std::vector<int32_t>& skip) const;
  int32_t fallback_right(int from, const Entry& e, const std::vector<int32_t>& skip) const;
  int32_t government_in_sentence(const std::vector<int32_t>& skip, int ts, int te) const;
  bool lobby_target(int te, const std::vector<int32_t>& agents, const Entry& e, bool neg,
                    bool hedge);
  bool deal_object(int te, const std::vector<int32_t>& agents, const Entry& e, bool neg,
                   bool hedge);
  bool discourse_object(int ts, const Resolved& agent, const Entry& e, bool neg, bool hedge);
  void said_must(int ts);
  void revenue_share(int ts);
  int32_t regulated_party(int32_t m, RelationType type) const;
  void mutual_compete(int ts);
  void joint_venture(int ts);
  void failed_review(int ts);
  int32_t goods_state(int te);
  // "banned the sale of software made by X": the maker of the goods acted on, or -1.
  int32_t maker_object(int te, const Entry& e) const {
    if (e.type != RelationType::kBans && e.type != RelationType::kApproves &&
        e.type != RelationType::kInvestigates)
      return -1;
    for (int i = te; i < std::min(n_, te + 12); ++i) {
      if (t_[i].mention >= 0 || hard(i) || comma(i) ||
          (fn(i) & (kFnRelPron | kFnSubordinator | kFnBe | kFnHave)))
        return -1;
      const std::string_view w = norm(i);
      // "blocked chip sales by X", "halted shipments from X": the seller is the one hit.
      const bool trade =
          w == "sales" || w == "sale" || w == "exports" || w == "shipments" || w == "shipment";
      if (trade && (norm(i + 1) == "by" || norm(i + 1) == "from")) {
        // past the preposition; a state after "from" is an origin, not a seller
      } else if (w != "made" && w != "produced" && w != "manufactured" && w != "developed" &&
                 w != "built" && w != "designed" && w != "sold" && w != "supplied") {
        continue;
      } else if (norm(i + 1) != "by") {
        return -1;
      }
      int k = i + 2;
      while (valid(k) && t_[k].mention < 0 && k < i + 6 && !hard(k) && !comma(k) &&
             !(fn(k) & (kFnPrep | kFnConj | kFnRelPron)))
        ++k;  // "by Russian company X"
      if (!valid(k) || t_[k].mention < 0 || government(t_[k].mention)) return -1;
      return t_[k].mention;
    }
    return -1;
  }
  int32_t state_actor(int32_t country);
  bool discourse_agent(const std::vector<int32_t>& objects, const Entry& e, RelationType type,
                       bool neg, bool hedge, bool passive = false);

  // ---- frames ----
  bool control(int ts, int te);
  void verb_frame(int ts, int te, const Entry& e, uint16_t entry);
  void noun_frame(int ts, int te, const Entry& e, uint16_t entry);
  void adjective_frame(int ts, int te, const Entry& e, uint16_t entry);
  void comparative_frame(int ts, int te, const Entry& e, uint16_t entry);

  // ---- output ----
  void polarity(int from, int to, bool* neg, bool* hedge) const;
  bool refused_request(int ts);
  bool reported_wrongdoing(int ts);
  bool called_wrong(int ts);
  bool list_addition(int ts);
  bool said_wrong(int ts);
  int32_t last_accuser(int32_t actor, bool authority, bool recent_accusation = false) const;
  void reason_accuses(std::size_t n0, int from);
  int32_t export_destination(int ts, int te) const;
  int32_t apposition(int from, int c) const;
  void rate_list(std::vector<int32_t>* objects) const;
  Resolved resolve(int32_t m, bool as_agent, const Entry* e) const;
  // Whether actor A is one of those the plural mention M stands for.
  bool in_group(int32_t m, int32_t a) const {
    const std::vector<int32_t>& g = mention(m).group;
    return std::find(g.begin(), g.end(), a) != g.end();
  }
  // resolve() once per actor of a plural mention ("the two firms"), else once.
  std::vector<Resolved> resolve_all(int32_t m, bool as_agent, const Entry* e) const {
    std::vector<Resolved> out{resolve(m, as_agent, e)};
    const Mention& mm = mention(m);
    for (std::size_t k = 1; k < mm.group.size() && out.front().actor >= 0; ++k) {
      Resolved r = out.front();
      r.actor = mm.group[k];
      out.push_back(r);
    }
    return out;
  }
  int32_t actor_index(const std::string& id) const;
  bool emit(const std::vector<int32_t>& agents, const std::vector<int32_t>& objects, const Entry& e,
            RelationType type, Frame frame, bool neg, bool hedge, int ts, int te,
            const std::string& rule_suffix = {});
  void diagnose(int ts, int te, std::string reason);
  // Emits a discourse relation from every subject coordinated with mention M ("X and Y will
  // appeal") to the actor OBJECT found earlier in the document.
  void emit_for_subjects(int32_t m, int32_t object, const Entry& e, bool neg, bool hedge) {
    for (int32_t am : coordinate_left(m)) {
      for (const Resolved& r : resolve_all(am, true, &e))
        if (r.actor >= 0) emit_actors(r, object, e, neg, hedge, "discourse");
    }
  }

  void emit_actors(const Resolved& agent, int32_t object, const Entry& e, bool neg, bool hedge,
                   const char* rule_frame);
  // Tells whether "to" (an ellipsis allowed: "to ... stop") comes right before I.
  bool infinitive_before(int i) const {
    int j = i - 1;
    while (valid(j) && (norm(j) == "..." || norm(j) == "\xe2\x80\xa6" || norm(j) == "."))
      --j;
    return norm(j) == "to";
  }
  // Tells whether the noun at TS heads the sentence's subject: only determiners, adjectives and
  // "no" before it, and a form of "be" or "have" after its phrase ("No fines were imposed").
  bool subject_head(int ts) const {
    if (ts > 4) return false;
    for (int i = 0; i < ts; ++i) {
      if (t_[i].mention >= 0 || hard(i) || comma(i) || (fn(i) & (kFnPrep | kFnConj))) return false;
    }
    int j = ts + 1;
    while (valid(j) && !(fn(j) & (kFnBe | kFnHave)) && (skippable(j) || (fn(j) & kFnHedge)))
      ++j;
    return valid(j) && (fn(j) & (kFnBe | kFnHave)) != 0;
  }
  void note_acquirer();
  // "banned X from (continuing to) export": the complement of a ban does not happen.
  bool barred_from(int ts) const {
    int j = ts - 1;
    while (valid(j) && t_[j].mention < 0 &&
           (norm(j) == "to" || norm(j) == "continuing" || norm(j) == "further" || skippable(j)))
      --j;
    if (norm(j) != "from") return false;
    int k = j - 1;
    if (valid(k) && t_[k].mention >= 0) k = mbegin(t_[k].mention) - 1;
    if (comma(k)) {  // "banned, as part of the trade war, X from exporting"
      int c = k - 1;
      while (valid(c) && c > k - 16 && !comma(c) && !hard(c))
        --c;
      if (comma(c)) k = c - 1;
    }
    while (valid(k) && (det_only(k) || skippable(k)))
      --k;
    if (!valid(k) || t_[k].word < 0 || t_[k].mention >= 0) return false;
    if (cls(k) & kClsAvoid) return true;
    for (const Trigger& tr : lex_.word(t_[k].word).triggers)
      if (lex_.entry(tr.entry).type == RelationType::kBans && (tr.pos & kPosVerb)) return true;
    return false;
  }
  // "X from selling / exporting / shipping": the object of a trade ban on X's sales.
  bool barred_from_trade(int32_t m) const {
    const int j = after_marker(m);
    if (norm(j) != "from") return false;
    const std::string_view v = norm(j + 1);
    return v == "selling" || v == "exporting" || v == "shipping" || v == "supplying" ||
           v == "providing" || v == "doing";
  }
  // The government that last acted on ACTOR (a regulatory relation), else the government named
  // in the two sentences before, or -1.
  int32_t acting_government(int32_t actor) const {
    const std::string& id = ex_->actors[static_cast<std::size_t>(actor)].id;
    const std::size_t stop = ex_->relations.size() > 400 ? ex_->relations.size() - 400 : 0;
    for (std::size_t i = ex_->relations.size(); i-- > stop;) {
      const Relation& o = ex_->relations[i];
      if (!regulatory(o.type) || o.object != id) continue;
      const int32_t a = actor_index(o.agent);
      if (a >= 0 && ex_->actors[static_cast<std::size_t>(a)].type == ActorType::kGovernment)
        return a;
    }
    if (st_->last_gov < 0 || s_.index > st_->last_gov_sentence + 2) return -1;
    return st_->last_gov;
  }
  // The company mention M stands for, or -1.
  int32_t company(int32_t m) const {
    const Resolved r = resolve(m, true, nullptr);
    if (r.actor < 0 || r.product >= 0) return -1;
    const ActorType t = ex_->actors[static_cast<std::size_t>(r.actor)].type;
    return t == ActorType::kCorporation || t == ActorType::kOrganization ? r.actor : -1;
  }
  void push(Relation r);
  bool wrongdoing_reason(int from) const {
    for (int i = from; i < n_ && i < from + 30; ++i) {
      i = skip_paren(i);  // "a fine of 10 million (about $11 million) each for ..."
      if (!valid(i)) break;
      if (norm(i) == "-") continue;  // "X - and its aliases - over concerns"
      if (hard(i)) break;
      // "over / citing / amid / due to / because of / on charges of" + a wrongdoing cue.
      const std::string_view w = norm(i);
      int from_j = -1;
      if (w == "for" || w == "over" || w == "citing" || w == "amid") {
        from_j = i + 1;
      } else if ((w == "due" || w == "owing") && norm(i + 1) == "to") {
        from_j = i + 2;
      } else if (w == "because" && norm(i + 1) == "of") {
        from_j = i + 2;
      } else if (w == "on" && (norm(i + 1) == "charges" || norm(i + 1) == "grounds")) {
        return true;
      }
      if (from_j < 0) continue;
      for (int j = from_j; j < n_ && j <= from_j + 3; ++j) {
        if (t_[j].mention >= 0 && !possessive(t_[j].mention) && !possessive_pronoun(t_[j].mention))
          break;
        if (fn(j) & kFnWrongdoing) return true;
      }
    }
    return false;
  }
  std::string trigger_text(int ts, int te) const;

  const Lexicon& lex_;
  const Document& doc_;
  Extraction* ex_;
  const Sentence& s_;
  std::vector<Tok>& t_;
  DocState* st_;
  int b_;
  int n_;
  std::size_t first_relation_;
  std::size_t first_diagnostic_;
  bool sentence_hedge_ = false;
  std::string evidence_text_;
};

// ---------------------------------------------------------------------------------------------
// Phrase finding

// Finds the subject chunk left of POS inside its clause. Commas close a parenthetical only
// when nothing but adverbs separates them from POS; "and" before a verb (VP coordination)
// switches to the leftmost subject of the clause; a relative pronoun right before POS yields
// its antecedent.
// Tells whether W is a linking verb that can replace "is" ("appears discriminatory").
bool linking_verb(std::string_view w) {
  return w == "appears" || w == "appeared" || w == "seems" || w == "seemed" || w == "looks" ||
         w == "remains" || w == "remained";
}

// Tells whether W is a form of "stop" or "cease".
bool stop_verb(std::string_view w) {
  return w == "stop" || w == "stops" || w == "stopped" || w == "stopping" || w == "cease" ||
         w == "ceases" || w == "ceased" || w == "ceasing";
}

// Tells whether W is a currency unit or an amount word ("rs", "crore", "won").
bool currency_word(std::string_view w) {
  static constexpr std::string_view kCurrency[] = {
      "rs",  "rs.",    "inr",     "rupees", "rupee",   "crore", "crores", "lakh",    "won",
      "krw", "yuan",   "rmb",     "yen",    "jpy",     "euro",  "euros",  "eur",     "usd",
      "gbp", "pounds", "dollars", "rubles", "roubles", "reais", "lira",   "billion", "million"};
  for (std::string_view c : kCurrency)
    if (w == c) return true;
  return false;
}

// Tells whether V announces a measure rather than reports a clause ("announced curbs").
bool announce_verb(std::string_view v) {
  return v.substr(0, std::min<std::size_t>(v.size(), 7)) == "announc" ||
         v.substr(0, std::min<std::size_t>(v.size(), 6)) == "unveil" ||
         v.substr(0, std::min<std::size_t>(v.size(), 7)) == "confirm" ||
         v.substr(0, std::min<std::size_t>(v.size(), 7)) == "publish";
}

// Tells whether W is a noun whose to-infinitive has the noun's owner as subject ("plans to").
bool plan_noun(std::string_view w) {
  return w == "plan" || w == "plans" || w == "decision" || w == "decisions" || w == "move" ||
         w == "proposal" || w == "intention" || w == "effort" || w == "efforts" || w == "attempt" ||
         w == "bid" || w == "push" || w == "threat";
}

SentenceParser::Found SentenceParser::subject(int pos, bool leftmost) const {
  Found best;
  bool nonskip = false, clean_comma = false, vp_coord = leftmost, cross_report = false;
  for (int i = pos - 1; i >= 0;) {
    const Tok& t = t_[i];
    if (t.mention < 0 && norm(i) == "to") {
      // "X's decision to impose", "X announced plans (on Monday) to impose": the owner of the
      // plan is the subject of the infinitive.
      int j = i - 1;
      while (valid(j) && j > i - 3 && t_[j].mention < 0 && !plan_noun(norm(j)) && !hard(j) &&
             !comma(j) && !(fn(j) & (kFnPrep | kFnConj | kFnRelPron | kFnSubordinator)))
        --j;
      if (valid(j) && t_[j].mention < 0 && plan_noun(norm(j))) {
        int k = j - 1;
        while (valid(k) && t_[k].mention < 0 && (det_only(k) || skippable(k)) && !t_[k].marker)
          --k;
        while (valid(k) && t_[k].marker)
          --k;
        if (valid(k) && t_[k].mention >= 0 && possessive(t_[k].mention))
          return {t_[k].mention, Frame::kActive};
        // "the U.S. decision to impose": a state named right before the plan owns it.
        if (valid(k) && t_[k].mention >= 0 && mend(t_[k].mention) == j && government(t_[k].mention))
          return {t_[k].mention, Frame::kActive};
        if (k >= 0 && !t_[k].marker) {
          cross_report = true;
          i = k;
          nonskip = true;
          continue;
        }
      }
    }
    if (t.mention >= 0) {
      const int mb = mbegin(t.mention);
      const int p = prep_before(mb);
      // "US chip maker X": a country before the common nouns that name the phrase at POS only
      // modifies it.
      if (valid(pos) && t_[pos].mention >= 0 && mention(t.mention).kind == MentionKind::kCountry &&
          !possessive(t.mention) && mend(t.mention) < pos) {
        bool plain = true;
        for (int q = mend(t.mention); q < pos && plain; ++q)
          plain = t_[q].mention < 0 && !hard(q) && !comma(q) && !verbish(q) && !t_[q].marker &&
                  !(fn(q) & (kFnPrep | kFnConj | kFnDet | kFnRelPron | kFnSubordinator | kFnBe |
                             kFnHave | kFnSkip));
        if (plain && pos - mend(t.mention) <= 3) {
          i = mb - 1;
          continue;
        }
      }
      if (p < 0) {
        if (!vp_coord) return {t.mention, Frame::kActive};
        best = {t.mention, Frame::kActive};
      }
      i = mb - 1;
      nonskip = true;
      continue;
    }
    if (t.marker) {
      --i;
      continue;
    }
    if (norm(i) == ")") {
      // "X (XYZ) has stated": an acronym or short aside in brackets.
      int o = i - 1;
      while (o >= 0 && o > i - 8 && norm(o) != "(" && norm(o) != ")" && !comma(o))
        --o;
      if (o >= 0 && norm(o) == "(") {
        i = o - 1;
        continue;
      }
    }
    if (hard(i)) break;
    if (comma(i)) {
      if (!nonskip) {
        // A relative clause closed by this comma ("X, which backed Y's case, accused Z") is
        // skipped whole: its mentions are not the subject.
        for (int j = i - 1; j > 0 && !hard(j); --j) {
          if (comma(j) && (fn(j + 1) & kFnRelPron)) {
            i = j;
            break;
          }
          if (comma(j)) break;
        }
        clean_comma = true;
        --i;
        continue;
      }
      if (clean_comma) {  // the opening comma of a parenthetical before POS
        clean_comma = false;
        nonskip = false;
        --i;
        continue;
      }
      break;
    }
    if (t.fn & kFnRelPron) {
      if (!nonskip) {
        int j = i - 1;
        if (comma(j)) --j;
        while (valid(j) && t_[j].marker)
          --j;
        if (valid(j) && t_[j].mention >= 0) return {t_[j].mention, Frame::kRelative};
        // "X is a smaller rival that was blocked by Y": the antecedent is X's predicate noun.
        if (valid(j) && !comma(i - 1)) {
          int k = j - 1;
          while (valid(k) && k > j - 6 && t_[k].mention < 0 && !comma(k) && !hard(k) &&
                 !(fn(k) & (kFnBe | kFnPrep | kFnConj | kFnRelPron | kFnSubordinator)))
            --k;
          if (valid(k - 1) && (norm(k) == "is" || norm(k) == "was") && (fn(k + 1) & kFnDet) &&
              t_[k - 1].mention >= 0)
            return {t_[k - 1].mention, Frame::kRelative};
        }
        break;
      }
      if (clean_comma) {
        --i;
        continue;
      }
      const bool verb_next =
          valid(i + 1) && t_[i + 1].mention < 0 &&
          ((fn(i + 1) & (kFnPrep | kFnSkip | kFnBe | kFnHave)) || verbish(i + 1) ||
           (norm(i + 1).size() > 3 && norm(i + 1).substr(norm(i + 1).size() - 2) == "ed"));
      if (verb_next) {  // "X, which for years has urged ...", "X, which opened a probe"
        int j = i - 1;
        if (comma(j)) --j;
        while (valid(j) && t_[j].marker)
          --j;
        if (valid(j) && t_[j].mention >= 0) return {t_[j].mention, Frame::kRelative};
      }
      break;
    }
    if (cross_report && (cls(i) & kClsReporting) && !(t.fn & kFnSubordinator)) {
      cross_report = false;  // "X announced plans to": the announcer owns the plans
      --i;
      continue;
    }
    if ((cls(i) & kClsReporting) && !(t.fn & kFnSubordinator) && announce_verb(norm(i))) {
      // "X announced new export controls": a noun phrase, not a clause, is announced.
      bool plain = true;
      for (int q = i + 1; q < pos && plain; ++q)
        plain = t_[q].mention < 0 && !verbish(q) && !hard(q) && !comma(q) &&
                !(fn(q) & (kFnPrep | kFnRelPron | kFnSubordinator | kFnConj | kFnBe | kFnHave));
      if (plain && valid(pos) && t_[pos].mention < 0 && (t_[pos].pos & kPosNoun)) {
        nonskip = true;
        --i;
        continue;
      }
    }
    if ((cls(i) & kClsReporting) && !(t.fn & kFnSubordinator)) {
      // "X said (that) it was adding Y", "X announced it would ban Y": an unresolved pronoun
      // subject of the reported clause is the speaker.
      int j = i + 1;
      if (norm(j) == "that") ++j;
      const std::string_view w = norm(j);
      // "said it was unclear what ...": an expletive "it" is nobody.
      bool expletive = false;
      if (valid(j + 1) && (fn(j + 1) & kFnBe)) {
        int k = j + 2;
        while (valid(k) && skippable(k) && !(fn(k) & kFnNeg))
          ++k;
        const std::string_view x = norm(k);
        expletive = !(x.size() > 4 &&
                      (x.substr(x.size() - 3) == "ing" || x.substr(x.size() - 2) == "ed")) &&
                    x != "to" && !(fn(k) & kFnNeg);
      }
      if (j < pos && t_[j].mention < 0 && !expletive && (w == "it" || w == "they" || w == "we")) {
        const Found sp = subject(i, false);
        if (sp.m >= 0) return sp;
      }
    }
    if ((t.fn & kFnSubordinator) || (cls(i) & kClsReporting)) {
      if ((norm(i) == "as" && (norm(i - 1) == "well" || norm(i - 1) == "such" ||
                               norm(i + 1) == "a" || norm(i + 1) == "an")) ||
          (norm(i) == "so" && norm(i + 1) == "far") ||
          (norm(i) == "since" && (fn(i - 1) & kFnHave))) {  // "has since begun"
        --i;
        continue;
      }
      if (norm(i) == "but" && !nonskip) {  // "X banned Y but also fined Z": a second verb
        vp_coord = true;
        --i;
        continue;
      }
      break;
    }
    if (t.fn & kFnConj) {
      const Tok* next = valid(i + 1) ? &t_[i + 1] : nullptr;
      if (next && next->mention < 0 && !(next->fn & kFnDet) && !next->marker) vp_coord = true;
      --i;
      continue;
    }
    if (!skippable(i)) nonskip = true;
    --i;
  }
  return best;
}

// The mention M and the mentions coordinated after it ("X, Y and Z").
std::vector<int32_t> SentenceParser::coordinate_right(int32_t m) const {
  // "Alphabet's Google": a firm's possessive before another firm names the latter's owner.
  auto head = [&](int32_t x) {
    if (!possessive(x) || government(x)) return x;
    const int k = after_marker(x);
    if (!valid(k) || t_[k].mention < 0 || government(t_[k].mention)) return x;
    const int32_t a = mention(t_[k].mention).actor;
    const int32_t o = mention(x).actor;
    if (a < 0 || o < 0 || a == o) return x;
    const ActorType ta = ex_->actors[static_cast<std::size_t>(a)].type;
    const ActorType to = ex_->actors[static_cast<std::size_t>(o)].type;
    const bool firm_a = ta == ActorType::kCorporation || ta == ActorType::kOrganization;
    const bool firm_o = to == ActorType::kCorporation || to == ActorType::kOrganization;
    return firm_a && firm_o ? t_[k].mention : x;
  };
  m = head(m);
  std::vector<int32_t> out{m};
  int32_t cur = m;
  for (int guard = 0; guard < 8; ++guard) {
    int j = after_marker(cur);
    // A product right after a possessive belongs to the same chunk ("X's K7").
    if (valid(j) && t_[j].mention >= 0 && possessive(cur)) j = after_marker(t_[j].mention);
    bool list_comma = false;
    if (comma(j)) {
      list_comma = true;
      ++j;
      // "X, Y's parent company, Z and W": an apposition that describes X is skipped.
      if (valid(j) && t_[j].mention >= 0 && possessive(t_[j].mention)) {
        int k = after_marker(t_[j].mention);
        const int k0 = k;
        while (valid(k) && k < k0 + 3 && t_[k].mention < 0 && !t_[k].marker && !hard(k) &&
               !comma(k) && !(fn(k) & (kFnPrep | kFnConj | kFnRelPron | kFnSubordinator)) &&
               !verbish(k))
          ++k;
        if (k > k0 && comma(k) && valid(k + 1)) j = k + 1;
      }
    }
    if (valid(j) && (fn(j) & kFnConj)) {
      ++j;
      // "to X and to Y": the preposition of the list's first member, repeated.
      const int p0 = prep_before(mbegin(m));
      if (p0 >= 0 && norm(j) == norm(p0)) ++j;
    } else if (norm(j) == "as" && norm(j + 1) == "well" && norm(j + 2) == "as") {
      j += 3;
    } else if (!list_comma) {
      break;
    }
    while (valid(j) && ((fn(j) & kFnDet) || hyphenated(j)))
      ++j;
    // "and Japan's Kioxia" with no actor for the place: the possessive only locates the member.
    // "and Meta Platforms' Facebook": the owner's possessive, likewise.
    if (valid(j + 2) && t_[j].mention < 0 && t_[j + 1].marker && t_[j + 2].mention >= 0 &&
        !(fn(j) & (kFnDet | kFnPrep | kFnConj)))
      j += 2;
    if (!valid(j) || t_[j].mention < 0) break;
    int32_t next = t_[j].mention;
    // "as well as Japan's Kioxia": a country's possessive before a member only locates it.
    if ((mention(next).kind == MentionKind::kCountry || government(next)) && possessive(next)) {
      const int k = after_marker(next);
      if (valid(k) && t_[k].mention >= 0 && !government(t_[k].mention)) next = t_[k].mention;
    }
    next = head(next);
    // "..., and China has since imposed duties": a new clause's subject ends the list ("X and Y
    // had abused" without the comma stays one subject).
    if (list_comma) {
      int v = after_marker(next);
      while (valid(v) && t_[v].mention < 0 && skippable(v) && !(fn(v) & (kFnHave | kFnBe)))
        ++v;
      if (valid(v) && t_[v].mention < 0 && (fn(v) & (kFnHave | kFnBe)) && !possessive(next)) break;
    }
    if (list_comma && !(fn(j - 1) & kFnConj)) {
      // "X, Y said": a bare comma continues the list only when more of the list follows.
      const int k = after_marker(next);
      if (!comma(k) && !(fn(k) & kFnConj)) break;
    }
    out.push_back(next);
    cur = next;
  }
  return out;
}

// The mention M and the mentions coordinated before it ("X and Y banned").
std::vector<int32_t> SentenceParser::coordinate_left(int32_t m) const {
  std::vector<int32_t> out{m};
  int32_t cur = m;
  for (int guard = 0; guard < 8; ++guard) {
    int j = mbegin(cur) - 1;
    while (valid(j) && ((fn(j) & kFnDet) || hyphenated(j)))
      --j;
    if (!valid(j)) break;
    if (fn(j) & kFnConj) {
      --j;
      if (comma(j)) --j;
    } else if (comma(j) && out.size() >= 2) {  // "X, Y and Z": a bare comma only before "and"
      --j;
    } else {
      break;
    }
    while (valid(j) && t_[j].marker)
      --j;
    if (!valid(j) || t_[j].mention < 0) break;
    const int32_t prev = t_[j].mention;
    if (prep_before(mbegin(prev)) >= 0 && !(fn(prep_before(mbegin(prev))) & 0)) {
      // "officials in X and Y": a prepositional object is not part of the subject.
      const int p = prep_before(mbegin(prev));
      if (norm(p) != "by") break;
    }
    out.insert(out.begin(), prev);
    cur = prev;
  }
  return out;
}

// The first mention after FROM (within LIMIT tokens and the clause) whose governing
// preposition suits entry E: none (a direct object, when DIRECT), "of", or an object_prep.
int32_t SentenceParser::object_after(int from, const Entry& e, bool direct, int limit) const {
  std::string_view prep, head_prep;
  bool head_set = false;
  const int end = std::min(n_, from + limit);
  for (int i = from; i < end; ++i) {
    const Tok& t = t_[i];
    if (t.mention >= 0) {
      // "samples of its new chip to X": a possessor after "of" only determines a noun.
      const int after = after_marker(t.mention);
      const bool determiner =
          (e.type == RelationType::kSupplies || e.type == RelationType::kSupports ||
           (e.type == RelationType::kApproves && government(t.mention))) &&
          prep == "of" && (possessive(t.mention) || possessive_pronoun(t.mention)) &&
          valid(after) && t_[after].mention < 0 && !hard(after) && !comma(after) &&
          !(fn(after) & (kFnPrep | kFnConj));
      const bool ok =
          !determiner && ((prep.empty() && direct) || (!prep.empty() && e.object_prep(prep)) ||
                          (prep == "of" && direct));
      if (ok && country_modifier(t.mention)) {  // "sanctioned China firms including X"
        i = mend(t.mention) - 1;
        continue;
      }
      if (ok) return t.mention;
      if (determiner) {
        i = after - 1;
        continue;
      }
      i = mend(t.mention) - 1;
      continue;
    }
    if (t.marker) continue;
    if (comma(i) && i > from && inclusion_end(i + 1) > 0 && head_set &&
        (direct || !head_prep.empty())) {
      // "banned 59 apps (linked to X), including Y and Z", "curbs on firms, such as Y": the
      // examples belong to the head noun, under its preposition.
      prep = head_prep;
      i = inclusion_end(i + 1) - 1;
      continue;
    }
    if (!head_set && !(t.fn & (kFnDet | kFnPrep | kFnSkip)) && !is_number(i) && !comma(i) &&
        !hard(i)) {
      head_set = true;
      head_prep = prep;
    }
    if (comma(i) && direct && (prep.empty() || prep == "of") && i > from) {
      const int32_t a = apposition(from, i);
      if (a >= 0) return a;
    }
    if (hard(i) || comma(i) || (t.fn & (kFnRelPron | kFnSubordinator)) || (cls(i) & kClsReporting))
      break;
    if (t.fn & kFnConj) {
      const int j = i + 1;
      if (valid(j) && (t_[j].mention >= 0 || (fn(j) & kFnDet))) continue;
      // "to cloud providers and AI firms like X": nouns coordinated inside the phrase.
      if (!prep.empty() && valid(j) && t_[j].word < 0 && !verbish(j) && !hard(j) && !comma(j) &&
          !(fn(j) & (kFnPrep | kFnNeg | kFnSkip | kFnBe | kFnHave | kFnRelPron)))
        continue;
      break;
    }
    // "to AI companies like X", "to buyers such as X": an example keeps the preposition.
    if ((!prep.empty() || (direct && i > from)) && inclusion_end(i) > 0) {
      i = inclusion_end(i) - 1;
      continue;
    }
    if (t.fn & kFnPrep) {
      prep = t.norm;
      continue;
    }
    if (foreign_noun(i, e)) return -1;
    // A verb between resets the governing preposition ("from using X").
    if (!(t.fn & (kFnDet | kFnSkip)) && !is_number(i) && (t.pos & kPosGerund)) prep = {};
  }
  return -1;
}

// "the country's largest company, equipment maker X,": a common-noun phrase [FROM, C) that a
// comma at C follows, renamed by an actor before the next comma or the sentence end.
int32_t SentenceParser::apposition(int from, int c) const {
  bool noun = false;
  for (int i = from; i < c; ++i) {
    if (t_[i].mention >= 0 || t_[i].marker || (fn(i) & kFnDet) || is_number(i)) continue;
    if (t_[i].word >= 0 && (t_[i].pos & kPosVerb) && !(t_[i].pos & kPosNoun)) return -1;
    if (fn(i) & (kFnPrep | kFnConj | kFnRelPron | kFnSubordinator | kFnBe | kFnHave | kFnNeg))
      if (norm(i) != "of") return -1;
    if (hard(i) || comma(i)) return -1;
    noun = true;
  }
  if (!noun) return -1;
  for (int j = c + 1; j < std::min(n_, c + 8); ++j) {
    if (t_[j].mention >= 0) {
      const int after = after_marker(t_[j].mention);
      if (possessive(t_[j].mention)) return -1;
      return (!valid(after) || comma(after) || hard(after)) ? t_[j].mention : -1;
    }
    if (hard(j) || comma(j) ||
        (fn(j) & (kFnPrep | kFnConj | kFnRelPron | kFnSubordinator | kFnBe | kFnHave)))
      return -1;
    if (t_[j].word >= 0 && (t_[j].pos & kPosVerb) && !(t_[j].pos & kPosNoun)) return -1;
  }
  return -1;
}

// "restricted chip exports to X", "curbs on sales of tools to X", "export controls for
// equipment to X": a ban on trade to a country is a ban on that country.
int32_t SentenceParser::export_destination(int ts, int te) const {
  auto trade = [&](int i) {
    const std::string_view w = norm(i);
    return w == "export" || w == "exports" || w == "exporting" || w == "shipments" ||
           w == "shipment" || w == "shipping" || w == "sales" || w == "sale" || w == "selling";
  };
  // "pressed its allies to tighten curbs on sales to X": the curbs are the allies', not the
  // subject's, and the allies are not named here.
  for (int i = std::max(1, ts - 10); i < ts; ++i) {
    if ((cls(i) & kClsControl) && t_[i].mention < 0) return -1;
    if (norm(i) != "to") continue;
    const std::string_view w = norm(i - 1);
    const bool own = cls(i - 1) & (kClsHedgeVerb | kClsNegVerb);  // "plans to", "refused to"
    if (t_[i - 1].mention >= 0 || (!own && w.size() > 3 && w.back() == 's')) return -1;
  }
  bool seen = valid(ts - 1) && trade(ts - 1);
  for (int i = te; i < std::min(n_, te + 12); ++i) {
    if (t_[i].mention >= 0) {
      i = mend(t_[i].mention) - 1;
      continue;
    }
    if (hard(i) || comma(i) || (fn(i) & (kFnRelPron | kFnSubordinator | kFnBe | kFnHave))) break;
    if (trade(i)) seen = true;
    if (seen && norm(i) == "to") {
      int j = i + 1;
      while (valid(j) && t_[j].mention < 0 && det_only(j))
        ++j;
      if (!valid(j) || t_[j].mention < 0) return -1;
      const Mention& mm = mention(t_[j].mention);
      return (mm.kind == MentionKind::kCountry || mm.kind == MentionKind::kState) &&
                     !possessive(t_[j].mention)
                 ? t_[j].mention
                 : -1;
    }
  }
  return -1;
}

// The mention after "by" that follows FROM within LIMIT tokens and the clause.
int32_t SentenceParser::by_agent(int from, int limit) const {
  const int end = std::min(n_, from + limit);
  for (int i = from; i < end; ++i) {
    if (t_[i].mention >= 0) {
      i = mend(t_[i].mention) - 1;
      continue;
    }
    if (hard(i) || comma(i) || (fn(i) & (kFnRelPron | kFnSubordinator))) break;
    if (norm(i) == "by") {
      int j = i + 1;
      while (valid(j) && (fn(j) & kFnDet))
        ++j;
      if (valid(j) && t_[j].mention >= 0) return t_[j].mention;
    }
  }
  return -1;
}

// A past participle after a form of "be" (adverbs allowed between), or directly followed by
// "by" without "have" before it ("chips approved by X").
bool SentenceParser::passive_at(int ts, int te) const {
  if (!(t_[ts].pos & kPosParticiple)) return false;
  const std::string_view v = norm(ts);
  if (v.size() > 4 && v.substr(v.size() - 3) == "ing") return false;  // "was banning"
  // Headlines drop the auxiliary: "Orvane fined by regulator", "Veltrix hit with probe". Their
  // active verbs are in the present tense, so a past form right after the subject is passive.
  if (s_.headline && valid(ts - 1) && t_[ts - 1].mention >= 0 && norm(ts).size() > 2 &&
      (norm(ts).substr(norm(ts).size() - 2) == "ed" || norm(ts) == "hit"))
    return true;
  for (int i = ts - 1, k = 0; i >= 0 && k < 4; --i, ++k) {
    if (fn(i) & kFnBe) return true;
    if (fn(i) & kFnHave) return false;
    if (!skippable(i)) break;
  }
  int j = te;
  while (valid(j) && skippable(j))
    ++j;
  if (norm(j) == "by") {
    int h = ts - 1;
    while (valid(h) && skippable(h) && !(fn(h) & kFnHave))
      --h;
    return !(valid(h) && (fn(h) & kFnHave));
  }
  return false;
}

// Types whose agent is normally a state: an agentless one is the named government's act.
bool regulatory(RelationType t) {
  return t == RelationType::kBans || t == RelationType::kInvestigates ||
         t == RelationType::kApproves || t == RelationType::kTaxes;
}

bool SentenceParser::government(int32_t m) const {
  const Mention& mm = mention(m);
  if (mm.kind == MentionKind::kState || mm.kind == MentionKind::kCountry) return true;
  return mm.actor >= 0 && static_cast<std::size_t>(mm.actor) < ex_->actors.size() &&
         ex_->actors[static_cast<std::size_t>(mm.actor)].type == ActorType::kGovernment;
}

// The fallback agent: the nearest mention left of POS that is not a prepositional object
// ("according to X", "in X") except of "by". Commas and subordinators are crossed, but not a
// quote, a hard boundary or a reporting verb, whose subject only reports the relation.
int32_t SentenceParser::fallback_left(int pos, const std::vector<int32_t>& skip) const {
  for (int i = pos - 1, k = 0; i >= 0 && k < 25; --i, ++k) {
    if (t_[i].mention >= 0) {
      const int32_t m = t_[i].mention;
      const int mb = mbegin(m);
      const int p = prep_before(mb);
      if (p < 0 && std::find(skip.begin(), skip.end(), m) == skip.end()) return m;
      i = mb;
      continue;
    }
    // Another trigger or a relative pronoun has its own subject: nothing left of it is ours.
    if (hard(i) || (cls(i) & kClsReporting) || (fn(i) & kFnRelPron) ||
        (t_[i].word >= 0 && !lex_.word(t_[i].word).triggers.empty()))
      break;
  }
  return -1;
}

// The fallback object: the nearest mention right of FROM inside the clause, governed by one of
// the entry's object prepositions or, for a direct entry, by none or "of".
int32_t SentenceParser::fallback_right(int from, const Entry& e,
                                       const std::vector<int32_t>& skip) const {
  for (int i = from, k = 0; i < n_ && k < 15; ++i, ++k) {
    i = skip_paren(i);
    if (norm(i) == "such" && norm(i + 1) == "as") i += 2;  // "houses such as X"
    if (!valid(i)) break;
    if (t_[i].mention >= 0) {
      const int32_t m = t_[i].mention;
      const int p = prep_before(mbegin(m));
      // "the export of X's chips": without a direct object, "of" names the thing, not the actor.
      if (((p < 0 && e.direct) || (norm(p) == "of" && e.direct) || e.object_prep(norm(p))) &&
          std::find(skip.begin(), skip.end(), m) == skip.end() && !country_modifier(m) &&
          !(e.type == RelationType::kApproves && norm(p) == "of" && possessive(m) &&
            government(m)))  // "approved a deal for maintenance of Y's systems"
        return m;
      i = mend(m) - 1;
      continue;
    }
    // A verb opens another predication ("the investment is dwarfed by X's"), and so does a
    // purpose infinitive ("scrapped its tax to entice X back").
    if (norm(i) == "to" && valid(i + 1) && t_[i + 1].mention < 0 && t_[i + 1].word < 0 &&
        !(fn(i + 1) & (kFnDet | kFnSkip)) && !is_number(i + 1) && !t_[i + 1].marker &&
        !(t_[i + 1].pos & kPosNoun) && valid(i + 2) && !hard(i + 1) && !comma(i + 1) &&
        !(ex_->text.tokens[static_cast<std::size_t>(b_ + i + 1)].flags & kCapitalized))
      break;
    if (hard(i) || comma(i) || foreign_noun(i, e) ||
        (fn(i) & (kFnRelPron | kFnSubordinator | kFnBe | kFnHave)) || (cls(i) & kClsReporting) ||
        (i > from && verbish(i) && !(t_[i].pos & kPosNoun)))
      break;
  }
  return -1;
}

// A government mentioned in the sentence (after TS first, then before it): the implied agent
// of an agentless regulatory act ("X was fined in Y", "Y: X hit with a ban").
int32_t SentenceParser::government_in_sentence(const std::vector<int32_t>& skip, int ts,
                                               int te) const {
  auto wanted = [&](int32_t m) {
    return government(m) && std::find(skip.begin(), skip.end(), m) == skip.end();
  };
  // After the trigger: only its own modifiers ("fined in Y"), up to a verb or the clause's end.
  bool in_seen = false;
  for (int i = te; i < n_; ++i) {
    i = skip_paren(i);
    if (!valid(i)) break;
    if (norm(i) == "in" || norm(i) == "by") in_seen = true;
    const int32_t m = t_[i].mention;
    if (m >= 0) {
      // Only where it happened or who did it: "fined in Y", "a fine by Y" (not "data from Y"),
      // "cleared in several countries including Y".
      const std::string_view p = norm(prep_before(mbegin(m)));
      if (wanted(m) && (p == "in" || p == "by" || (in_seen && p == "including"))) return m;
      i = mend(m) - 1;
      continue;
    }
    if (hard(i) || comma(i) || (fn(i) & (kFnRelPron | kFnSubordinator)) || verbish(i) ||
        (cls(i) & kClsReporting))
      break;
  }
  for (int i = ts - 1; i >= 0; --i) {
    const int32_t m = t_[i].mention;
    if (m >= 0) {
      // "In Y, X was fined" acts; "cars imported from Y" names a place of origin.
      const std::string_view p = norm(prep_before(mbegin(m)));
      if (wanted(m) && (p.empty() || p == "in" || p == "by")) return m;
      i = mbegin(m);
      continue;
    }
    if (hard(i) || (cls(i) & kClsReporting) || (fn(i) & kFnRelPron)) break;
  }
  return -1;
}

// "X opposed / blocked / cleared the deal" with no party named: the party is the company X last
// acted on, else the nearest company named earlier in the sentence.
bool SentenceParser::deal_object(int te, const std::vector<int32_t>& agents, const Entry& e,
                                 bool neg, bool hedge) {
  if (agents.empty()) return false;
  bool deal = false;
  for (int i = te; i < std::min(n_, te + 5) && !deal; ++i) {
    if (hard(i) || comma(i)) break;
    deal = (fn(i) & kFnDeal) != 0;
  }
  if (!deal) return false;
  const Resolved ra = resolve(agents.front(), true, &e);
  if (ra.actor < 0) return false;
  int32_t party = -1;
  const std::string& me = ex_->actors[static_cast<std::size_t>(ra.actor)].id;
  const std::size_t stop = ex_->relations.size() > 400 ? ex_->relations.size() - 400 : 0;
  for (std::size_t i = ex_->relations.size(); i-- > stop && party < 0;) {
    const Relation& o = ex_->relations[i];
    if (o.agent != me || o.object == me) continue;
    if (o.type != RelationType::kBans && o.type != RelationType::kInvestigates &&
        o.type != RelationType::kApproves && o.type != RelationType::kAccuses)
      continue;
    party = actor_index(o.object);
  }
  // The company whose deal the document reports ("X's bid for Y ... the regulator's objection
  // to the deal"): the buyer, not the target named nearer.
  if (party < 0 && st_->acquirer >= 0 && st_->acquirer != ra.actor) party = st_->acquirer;
  for (int i = mbegin(agents.front()) - 1; i >= 0 && party < 0; --i) {
    const int32_t m = t_[i].mention;
    if (m < 0) continue;
    i = mbegin(m);
    const Resolved ro = resolve(m, false, &e);
    if (ro.actor >= 0 && ro.actor != ra.actor &&
        ex_->actors[static_cast<std::size_t>(ro.actor)].type == ActorType::kCorporation)
      party = ro.actor;
  }
  if (party < 0) return false;
  const auto n0 = ex_->relations.size();
  emit_actors(ra, party, e, neg, hedge, "deal");
  return ex_->relations.size() > n0;
}

// "X lobbied for/against the law" names no one lobbied: lobbying for a law aims at the state that
// makes it, the government named in one of the two sentences before.
bool SentenceParser::lobby_target(int te, const std::vector<int32_t>& agents, const Entry& e,
                                  bool neg, bool hedge) {
  if (agents.empty() || e.type != RelationType::kLobbies || !valid(te)) return false;
  const std::string_view p = norm(te);
  if (p != "for" && p != "against") return false;
  if (s_.headline || st_->last_gov < 0 || s_.index > st_->last_gov_sentence + 2) return false;
  const auto n0 = ex_->relations.size();
  for (int32_t am : agents) {
    for (const Resolved& ra : resolve_all(am, true, &e))
      if (ra.actor >= 0 && ra.actor != st_->last_gov &&
          ex_->actors[static_cast<std::size_t>(ra.actor)].type != ActorType::kGovernment)
        emit_actors(ra, st_->last_gov, e, neg, hedge, "discourse");
  }
  return ex_->relations.size() > n0;
}

// "The regulator ordered a detailed probe in the matter", "No penalties were imposed": a
// sanction or probe that names no party is aimed at the parties its agent (a government) last
// probed, accused or sanctioned, in the three sentences before.
bool SentenceParser::discourse_object(int ts, const Resolved& agent, const Entry& e, bool neg,
                                      bool hedge) {
  if (agent.actor < 0 || s_.headline) return false;
  if (e.type != RelationType::kBans && e.type != RelationType::kInvestigates) return false;
  if (ex_->actors[static_cast<std::size_t>(agent.actor)].type != ActorType::kGovernment)
    return false;
  // "a ban on smoking", "a probe into the market": a named non-actor target is no one's.
  for (int i = ts + 1; i < std::min(n_, ts + 3); ++i) {
    const std::string_view w = norm(i);
    if (w == "on" || w == "into" || w == "of" || w == "against" || w == "targeting") return false;
  }
  const std::string& me = ex_->actors[static_cast<std::size_t>(agent.actor)].id;
  const std::size_t stop = ex_->relations.size() > 200 ? ex_->relations.size() - 200 : 0;
  uint32_t sentence = 0;
  bool found = false;
  std::vector<int32_t> parties;
  for (std::size_t i = ex_->relations.size(); i-- > stop;) {
    const Relation& o = ex_->relations[i];
    if (o.evidence.sentence_index == s_.index) continue;
    if (found && o.evidence.sentence_index != sentence) break;
    if (o.evidence.sentence_index + 3 < s_.index) break;
    if (o.agent != me || o.object == me || o.negated) continue;
    if (o.type != RelationType::kBans && o.type != RelationType::kInvestigates &&
        o.type != RelationType::kAccuses)
      continue;
    const int32_t a = actor_index(o.object);
    if (a < 0 || ex_->actors[static_cast<std::size_t>(a)].type == ActorType::kGovernment) continue;
    found = true;
    sentence = o.evidence.sentence_index;
    if (std::find(parties.begin(), parties.end(), a) == parties.end()) parties.push_back(a);
  }
  const auto n0 = ex_->relations.size();
  for (int32_t a : parties)
    emit_actors(agent, a, e, neg, hedge, "discourse");
  return ex_->relations.size() > n0;
}

// Tells whether W names traded goods ("goods", "exports", "steel").
bool goods_noun(std::string_view w) {
  // Chips and brandy have makers that a text usually names: their duties tax the makers.
  static constexpr std::string_view kGoods[] = {
      "goods",    "exports", "imports",  "products", "items",       "steel",     "aluminium",
      "aluminum", "produce", "beef",     "pork",     "soybeans",    "wine",      "wines",
      "whiskey",  "whisky",  "bourbon",  "spirits",  "commodities", "shipments", "merchandise",
      "textiles", "metals",  "minerals", "cars",     "vehicles",    "evs"};
  for (std::string_view g : kGoods)
    if (w == g) return true;
  return false;
}

// The government actor of country C (index into the knowledge's countries), added to the
// extraction when the text named it only by an adjective ("duties on American goods").
int32_t SentenceParser::state_actor(int32_t c) {
  if (st_->knowledge == nullptr || c < 0 ||
      static_cast<std::size_t>(c) >= st_->knowledge->countries.size())
    return -1;
  const auto& country = st_->knowledge->countries[static_cast<std::size_t>(c)];
  if (country.gov_id.empty()) return -1;
  int32_t a = actor_index(country.gov_id);
  if (a >= 0) return a;
  Actor g;
  g.id = country.gov_id;
  g.name = country.gov_name;
  g.type = ActorType::kGovernment;
  g.area_served = country.id;
  ex_->actors.push_back(std::move(g));
  a = static_cast<int32_t>(ex_->actors.size() - 1);
  if (st_->indexed) st_->index.emplace(ex_->actors.back().id, a);
  return a;
}

// "tariffs (as high as 15%) on US exports", "duties on American farm goods", "levies on goods
// from China": a tax on a country's goods taxes that country's government (actor index, or -1).
int32_t SentenceParser::goods_state(int te) {
  int i = te;
  for (int k = 0; k < 12 && valid(i); ++k, ++i) {
    const std::string_view w = norm(i);
    if (w == "on" || w == "against" || w == "targeting") break;
    // "tariffs imposed by X on Chinese cars": the by-phrase names the agent.
    if (t_[i].mention >= 0 && norm(i - 1) == "by") {
      i = mend(t_[i].mention) - 1;
      continue;
    }
    if (t_[i].mention >= 0 || hard(i) || comma(i) || (fn(i) & kFnRelPron)) return -1;
    if ((fn(i) & kFnSubordinator) && w != "as") return -1;
  }
  if (!valid(i) || (norm(i) != "on" && norm(i) != "against" && norm(i) != "targeting")) return -1;
  ++i;
  while (valid(i) && t_[i].mention < 0 &&
         ((fn(i) & kFnDet) || is_number(i) || norm(i) == "$" || norm(i) == "%"))
    ++i;
  int32_t state = -1;
  int after = -1;
  if (valid(i) && t_[i].mention >= 0) {
    const int32_t m = t_[i].mention;
    if (mention(m).kind == MentionKind::kCountry || government(m)) {
      const Resolved r = resolve(m, false, nullptr);
      if (r.actor >= 0 &&
          ex_->actors[static_cast<std::size_t>(r.actor)].type == ActorType::kGovernment)
        state = r.actor;
    }
    after = mend(m);
    if (valid(after) && t_[after].marker) after = after_marker(m);
  } else if (valid(i) && st_->knowledge != nullptr) {
    const knowledge_internal::PhraseInfo* p = st_->knowledge->find(norm(i));
    if (p != nullptr && p->adjective >= 0) {
      after = i + 1;
      state = -2 - p->adjective;  // resolved below, once the goods noun is seen
    }
  } else {
    return -1;
  }
  if (state == -1 || after < 0) return -1;
  bool goods = false;
  for (int q = after; q < std::min(n_, after + 4) && !goods; ++q) {
    if (t_[q].mention >= 0 || hard(q) || comma(q) || (fn(q) & (kFnPrep | kFnConj))) break;
    goods = goods_noun(norm(q));
  }
  if (!goods) return -1;
  return state >= 0 ? state : state_actor(-2 - state);
}

// An agentless regulatory act whose sentence names no government: the government named in
// one of the two sentences before acts ("The regulator opened a case. The probe targets X.").
bool SentenceParser::discourse_agent(const std::vector<int32_t>& objects, const Entry& e,
                                     RelationType type, bool neg, bool hedge, bool passive) {
  // Approvals come only from the sentence or from a government that acted on the object before.
  // "X was accused / suspected of ..." without a by-phrase is the authorities' accusation.
  const bool accused = passive && type == RelationType::kAccuses;
  if ((!regulatory(type) && !accused) || type != e.type) return false;
  // A heading introduces what follows; the discourse before it is another topic.
  if (s_.headline) return false;
  Resolved ra;
  int first_object_begin = n_;
  for (int32_t om : objects)
    first_object_begin = std::min(first_object_begin, mbegin(om));
  // A state organ named earlier in the same sentence ("X said it was examining ..."), else the
  // government last named in the two sentences before.
  for (int i = 0; i < n_ && ra.actor < 0; ++i) {
    const int32_t m = t_[i].mention;
    if (m < 0 || std::find(objects.begin(), objects.end(), m) != objects.end()) continue;
    const Mention& mm = mention(m);
    // "sold to the Norlund government": a destination or target is not the one who acts
    // ("clearance in countries including X", "a fine by X" are).
    const int p = prep_before(mbegin(m));
    const std::string_view pn = norm(p);
    if (pn == "to" || pn == "into" || pn == "toward" || pn == "towards" || pn == "against" ||
        pn == "on" || pn == "for" || pn == "with" || pn == "of" || pn == "at")
      continue;
    if (mm.kind != MentionKind::kCountry && government(m)) {
      ra.actor = mm.actor;
    } else if (mm.kind == MentionKind::kCountry && mm.state_actor >= 0 && p < 0 && !possessive(m) &&
               !country_modifier(m) && mbegin(m) < first_object_begin) {
      // "France joined the fight, announcing restrictions on X": the clause's subject acts.
      ra.actor = mm.state_actor;
    }
  }
  if (ra.actor < 0) {
    // The government that last sanctioned, probed or taxed one of the objects.
    std::vector<std::string> ids;
    for (int32_t om : objects) {
      const Resolved ro = resolve(om, false, &e);
      if (ro.actor >= 0) ids.push_back(ex_->actors[static_cast<std::size_t>(ro.actor)].id);
    }
    const std::size_t stop = ex_->relations.size() > 400 ? ex_->relations.size() - 400 : 0;
    // Preference: a government that did the same to one of the objects; then the government
    // that did the same to anyone in the two sentences before ("The US launched new curbs.
    // Earlier rounds of restrictions barred X."); then any regulatory act on an object.
    for (int pass = 0; pass < 3 && ra.actor < 0; ++pass) {
      for (std::size_t i = ex_->relations.size(); i-- > stop && ra.actor < 0;) {
        const Relation& o = ex_->relations[i];
        const bool on_object = std::find(ids.begin(), ids.end(), o.object) != ids.end();
        if (pass == 0 && (o.type != type || !on_object)) continue;
        if (pass == 1 && (o.type != type || type == RelationType::kApproves || o.negated ||
                          o.evidence.sentence_index + 2 < s_.index))
          continue;
        if (pass == 2 && (!regulatory(o.type) || !on_object)) continue;
        const int32_t a = actor_index(o.agent);
        if (a >= 0 && ex_->actors[static_cast<std::size_t>(a)].type == ActorType::kGovernment)
          ra.actor = a;
      }
    }
  }
  if (ra.actor < 0) {
    // Approvals are granted by whichever state licenses, often not the one last named.
    if (type == RelationType::kApproves) return false;
    if (st_->last_gov < 0 || s_.index > st_->last_gov_sentence + 2) return false;
    ra.actor = st_->last_gov;
  }
  bool any = false;
  for (int32_t om : objects) {
    if (government(om)) continue;  // governments acting on governments need a named agent
    for (const Resolved& ro : resolve_all(om, false, &e)) {
      if (ro.actor < 0 || ro.actor == ra.actor) continue;
      emit_actors(ra, ro.actor, e, neg, hedge, "discourse");
      any = true;
    }
  }
  return any;
}

// ---------------------------------------------------------------------------------------------
// Frames

// X urged/instructed/told Z to avoid Y's products => X bans Y; X urged Z to do something else
// => X pressures Z. Returns false when the verb has no object-control complement.
bool SentenceParser::control(int ts, int te) {
  const uint32_t c = cls(ts);
  if (!(c & kClsControl)) return false;
  if (det_only(ts - 1)) return false;  // a noun: "the order"
  std::vector<int32_t> z;
  bool avoid = false, words_between = false, that_clause = false;
  int comp = -1;      // the complement verb
  int obj_from = -1;  // where the avoided thing starts
  const int end = std::min(n_, te + 12);
  for (int i = te; i < end; ++i) {
    const Tok& t = t_[i];
    if (t.mention >= 0) {
      // "ordered its operators to ...": a possessor before a common noun is not the one told.
      const int after = after_marker(t.mention);
      if (z.empty() && (possessive(t.mention) || possessive_pronoun(t.mention)) && valid(after) &&
          t_[after].mention < 0 && !hard(after) && !comma(after) &&
          !(fn(after) & (kFnPrep | kFnConj)) && norm(after) != "to") {
        i = after;
        words_between = true;
        continue;
      }
      if (z.empty()) z = coordinate_right(t.mention);
      const int32_t last = z.back();
      // Never move backwards: a later mention ("that it would ...") after the coordinated
      // objects would otherwise jump back to them forever.
      i = std::max(i, after_marker(last) - 1);
      words_between = true;
      continue;
    }
    if (hard(i) || comma(i)) break;
    if (t.norm == "against" && (i > te)) {
      avoid = true;
      obj_from = i + 1;
      break;
    }
    if (t.norm == "against" && i == te) {  // "advised against using X"
      avoid = true;
      obj_from = i + 1;
      words_between = true;
      break;
    }
    if (t.norm == "to" && words_between) {
      int j = i + 1;
      while (valid(j) && skippable(j) && !(fn(j) & kFnNeg))
        ++j;
      if (valid(j) && (fn(j) & kFnNeg)) {
        avoid = true;
        ++j;
      }
      // After "ordered X to", an unknown lower-case word is the infinitive ("to delete").
      const bool bare = valid(j) && t_[j].mention < 0 && t_[j].word < 0 && !hard(j) && !comma(j) &&
                        !is_number(j) && !(fn(j) & (kFnDet | kFnPrep | kFnConj | kFnNeg)) &&
                        !norm(j).empty() && norm(j)[0] >= 'a' && norm(j)[0] <= 'z' &&
                        ex_->text.tokens[static_cast<std::size_t>(b_ + j)].kind == TokenKind::kWord;
      if (!verbish(j) && !bare && !(cls(j) & kClsAvoid)) break;
      comp = j;
      break;
    }
    if (t.norm == "not" && norm(i + 1) == "to" && words_between) {
      avoid = true;
      comp = i + 2;
      break;
    }
    if (t.norm == "that") {
      that_clause = true;
      if (z.empty()) {
        // "demanded that Y hand over": the clause's subject is the one pressed.
        int j = i + 1;
        while (valid(j) && (fn(j) & kFnDet))
          ++j;
        if (valid(j) && t_[j].mention >= 0 && !possessive(t_[j].mention))
          z = coordinate_right(t_[j].mention);
        else
          break;
        i = after_marker(z.back()) - 1;
      }
      continue;
    }
    if ((t.fn & (kFnRelPron | kFnSubordinator)) && t.norm != "that") break;
    if (that_clause && (t.fn & (kFnSkip)) && (cls(i + 1) & kClsAvoid)) {
      comp = i + 1;
      break;
    }
    if (that_clause && (cls(i) & kClsAvoid)) {
      comp = i;
      break;
    }
    if (!(t.fn & kFnSkip) && t.norm != "for") words_between = true;
  }
  if (comp < 0 && !avoid) {
    if (that_clause && !z.empty())
      comp = -2;  // "demanded that Y ..."
    else
      return false;
  }
  if (comp >= 0) {
    if (cls(comp) & kClsAvoid) avoid = true;
    t_[comp].consumed = true;
    if (avoid && obj_from < 0) obj_from = comp + 1;
  }
  const bool passive = passive_at(ts, te);
  Found agent;
  if (passive) {
    agent.m = by_agent(te, 30);
    agent.frame = Frame::kPassiveBy;
  } else {
    agent = subject(ts, false);
  }
  bool neg = false, hedge = false;
  polarity(agent.m >= 0 && mend(agent.m) <= ts ? mend(agent.m) : ts - 6, ts, &neg, &hedge);
  const std::string trig = "control";
  if (agent.m < 0) {
    diagnose(ts, comp >= 0 ? comp + 1 : te, "no agent found");
    return true;
  }
  const std::vector<int32_t> agents = coordinate_left(agent.m);
  bool z_government = false;
  for (int32_t zm : z) {
    const Mention& mm = mention(zm);
    if (mm.kind == MentionKind::kState || mm.kind == MentionKind::kCountry) z_government = true;
    if (mm.actor >= 0 &&
        ex_->actors[static_cast<std::size_t>(mm.actor)].type == ActorType::kGovernment)
      z_government = true;
  }
  // Asking a government to ban someone is pressure on that government, not a ban.
  if (avoid && z_government && !passive) avoid = false;
  if (avoid) {
    static const Entry kAvoid = rule_entry("bans.control-avoid", RelationType::kBans, 0.9,
                                           {"from", "of", "by", "on", "for", "against"});
    int32_t obj = object_after(obj_from, kAvoid, true, 12);
    std::vector<int32_t> objects;
    if (obj >= 0) {
      objects = coordinate_right(obj);
    } else if (!z.empty() && !passive) {
      objects = z;  // "told X to stop selling": X's sales are halted
    } else if (passive) {
      // "X was ordered by Y to halt sales": X's sales are halted.
      const Found patient = subject(ts, false);
      if (patient.m >= 0) objects = coordinate_left(patient.m);
    }
    if (objects.empty()) {
      diagnose(ts, comp >= 0 ? comp + 1 : te, "object is not an actor");
      return true;
    }
    emit(agents, objects, kAvoid, RelationType::kBans, Frame::kControlAvoid, neg, hedge, ts,
         comp >= 0 ? comp + 1 : te);
    return true;
  }
  if (c & kClsControlNonPressure) return true;
  static const Entry kPress = rule_entry("pressures.control", RelationType::kPressures, 0.85);
  if (z.empty()) {
    diagnose(ts, te, "object is not an actor");
    return true;
  }
  emit(agents, z, kPress, RelationType::kPressures, Frame::kControlOther, neg, hedge, ts, te);
  return true;
}

void SentenceParser::verb_frame(int ts, int te, const Entry& e, uint16_t /*entry*/) {
  // "accused X of alleged spying", "its alleged partners": an attributive participle.
  if (norm(ts) == "alleged" && (fn(ts - 1) & (kFnPrep | kFnDet)) && norm(ts + 1) != "that") return;
  // A verb with an infinitive complement of its own subject ("threatened to ban") states no
  // relation itself; the complement's trigger does.
  const bool passive = passive_at(ts, te);
  if (!passive && norm(te) == "to" && valid(te + 1) && t_[te + 1].mention < 0 &&
      !(fn(te + 1) & (kFnDet | kFnPrep)) && !hard(te + 1)) {
    const std::string_view v = norm(ts);
    bool complement_trigger = false;  // a one-word trigger ("ban"), not "go" of "go-ahead"
    if (t_[te + 1].word >= 0)
      for (const Trigger& tr : lex_.word(t_[te + 1].word).triggers)
        complement_trigger = complement_trigger || tr.rest.empty();
    if (e.type == RelationType::kPressures && !complement_trigger &&
        v.substr(0, std::min<std::size_t>(v.size(), 8)) == "threaten") {
      // "X threatened to go after / retaliate against / punish Y": the threat pressures Y
      // ("threatened to ban Y" is the complement's own hedged ban instead).
      static const Entry kThreat = [] {
        Entry t = rule_entry("pressures.threaten-to", RelationType::kPressures, 0.75,
                             {"after", "against", "on", "at", "with"});
        return t;
      }();
      int32_t obj = -1;
      for (int i = te + 2; i < std::min(n_, te + 12) && obj < 0; ++i) {
        if (hard(i) || comma(i) ||
            ((fn(i) & (kFnRelPron | kFnSubordinator)) && norm(i) != "after"))  // "go after"
          break;
        if (t_[i].mention < 0) continue;
        const int p = prep_before(mbegin(t_[i].mention));
        if (p < 0 || kThreat.object_prep(norm(p)))
          obj = t_[i].mention;
        else
          i = mend(t_[i].mention) - 1;
      }
      const Found agent = subject(ts, false);
      if (obj < 0 || agent.m < 0) return;
      bool neg = false, hedge = false;
      polarity(mend(agent.m) <= ts ? mend(agent.m) : ts - 6, ts, &neg, &hedge);
      hedge = sentence_hedge_;  // the threat is a fact; "threaten" is no hedge of itself
      emit(coordinate_left(agent.m), coordinate_right(obj), kThreat, e.type, Frame::kControlOther,
           neg, hedge, ts, te + 2);
      return;
    }
  }
  if (!passive && norm(te) == "to" && verbish(te + 1)) {
    // "X sued to block Y's deal": the lawsuit accuses the one the complement acts on.
    const std::string_view v = norm(ts);
    if (e.type != RelationType::kAccuses ||
        (v != "sue" && v != "sues" && v != "sued" && v != "suing"))
      return;
    const int32_t obj = object_after(te + 2, e, true, 10);
    const Found agent = subject(ts, false);
    if (obj < 0 || agent.m < 0) return;
    bool neg = false, hedge = false;
    polarity(mend(agent.m) <= ts ? mend(agent.m) : ts - 6, ts, &neg, &hedge);
    emit(coordinate_left(agent.m), coordinate_right(obj), e, e.type, Frame::kControlOther, neg,
         hedge, ts, te + 2);
    return;
  }
  // "companies accused of ...": a participle right after a common noun and before a
  // preposition modifies that noun; it is no active verb of a subject further left.
  if (!passive && e.direct && (t_[ts].pos & kPosParticiple) && valid(ts - 1) &&
      t_[ts - 1].mention < 0 && !skippable(ts - 1) && !comma(ts - 1) &&
      !(fn(ts - 1) & (kFnPrep | kFnConj | kFnRelPron | kFnSubordinator)) && (fn(te) & kFnPrep) &&
      norm(te) != "to") {
    return;
  }
  bool neg = false, hedge = false;
  if (passive) {
    const Found patient = subject(ts, false);
    const int32_t by = by_agent(te, 14);
    polarity(patient.m >= 0 ? mend(patient.m) : ts - 6, ts, &neg, &hedge);
    if (patient.m < 0 && by < 0 && regulatory(e.type) && !s_.headline) {
      // "The deal was approved": the government that last acted on a company acts on it again.
      bool deal = false;
      for (int i = ts - 1; i >= 0 && i >= ts - 5 && !deal; --i) {
        if (hard(i) || comma(i)) break;
        deal = (fn(i) & kFnDeal) != 0;
      }
      const std::size_t stop = ex_->relations.size() > 400 ? ex_->relations.size() - 400 : 0;
      for (std::size_t i = ex_->relations.size(); deal && i-- > stop;) {
        const Relation& o = ex_->relations[i];
        if (!regulatory(o.type) || o.negated) continue;
        const int32_t g = actor_index(o.agent);
        const int32_t c = actor_index(o.object);
        if (g < 0 || c < 0 ||
            ex_->actors[static_cast<std::size_t>(g)].type != ActorType::kGovernment ||
            (ex_->actors[static_cast<std::size_t>(c)].type != ActorType::kCorporation &&
             ex_->actors[static_cast<std::size_t>(c)].type != ActorType::kOrganization))
          continue;
        Resolved ra;
        ra.actor = g;
        const auto n0 = ex_->relations.size();
        emit_actors(ra, c, e, neg, hedge, "deal");
        if (ex_->relations.size() > n0) return;
        break;
      }
    }
    if (patient.m < 0) {
      diagnose(ts, te, "no object found");
      return;
    }
    if (by < 0) {
      // An agentless regulatory act: the government the sentence names acts.
      const std::vector<int32_t> patients = coordinate_left(patient.m);
      const bool implied = regulatory(e.type) || e.type == RelationType::kAccuses;
      const int32_t g = implied ? government_in_sentence(patients, ts, te) : -1;
      if (g >= 0) {
        emit({g}, patients, e, e.type, Frame::kFallback, neg, hedge, ts, te);
        return;
      }
      if (discourse_agent(patients, e, e.type, neg, hedge, true)) return;
      diagnose(ts, te, "no agent found (passive without by-phrase)");
      return;
    }
    emit(coordinate_right(by), coordinate_left(patient.m), e, e.type, Frame::kPassiveBy, neg, hedge,
         ts, te);
    return;
  }
  Found agent;
  Frame frame = Frame::kActive;
  if ((t_[ts].pos & kPosGerund) && comma(ts - 1)) {
    agent = subject(ts - 1, true);  // participle clause: the main clause's subject acts
    frame = Frame::kParticiple;
  } else {
    agent = subject(ts, false);
    frame = agent.frame;
  }
  int32_t obj = object_after(te, e, e.direct, 14);
  if (obj < 0 && e.direct && comma(te)) {
    // "banned, as part of the trade war, X from selling": an aside between verb and object.
    int c = te + 1;
    while (valid(c) && c < te + 16 && !comma(c) && !hard(c) && t_[c].mention < 0)
      ++c;
    int j = c + 1;
    while (valid(j) && det_only(j))
      ++j;
    if (comma(c) && valid(j) && t_[j].mention >= 0 && !possessive(t_[j].mention)) {
      const int after = after_marker(t_[j].mention);
      if (valid(after) && (fn(after) & kFnPrep)) obj = t_[j].mention;
    }
  }
  // "approved the removal of X", "approved sanctions on X": the ban noun states the relation.
  if (obj >= 0 && e.type == RelationType::kApproves) {
    for (int i = te; i < mbegin(obj); ++i) {
      if (t_[i].word < 0 || t_[i].mention >= 0 || !(t_[i].pos & kPosNoun)) continue;
      for (const Trigger& tr : lex_.word(t_[i].word).triggers)
        if ((tr.pos & kPosNoun) && lex_.entry(tr.entry).type == RelationType::kBans) return;
    }
  }
  if (agent.m < 0) {
    agent.m = fallback_left(ts, obj >= 0 ? coordinate_right(obj) : std::vector<int32_t>{});
    frame = Frame::kFallback;
  }
  polarity(agent.m >= 0 && mend(agent.m) <= ts ? mend(agent.m) : ts - 6, ts, &neg, &hedge);
  if (barred_from(ts)) neg = true;
  if (agent.m < 0) {
    if (obj >= 0 && discourse_agent(coordinate_right(obj), e, e.type, neg, hedge)) return;
    diagnose(ts, te, "no agent found");
    return;
  }
  bool denial_object = false;
  // "disagreed with the authority's decision": up to a possessive phrase before the noun.
  for (int i = te; i < std::min(n_, te + 6) && !hard(i) && !comma(i); ++i)
    if (fn(i) & kFnDenialObject) denial_object = true;
  // "X said it would appeal.": an intransitive denial answers the discourse too.
  if (obj < 0 && e.type == RelationType::kDenies && (hard(te) || comma(te))) denial_object = true;
  if (obj < 0 && e.type == RelationType::kDenies && denial_object) {
    // "X denied the allegations": the accuser is whoever last accused, probed or sanctioned X.
    const Resolved ra = resolve(agent.m, true, &e);
    // A decision, ruling or fine (or an appeal with no object) answers an authority, not a
    // complainant that accused X earlier.
    // "which the firm has denied": a bare denial answers an accusation; a bare appeal answers
    // a decision.
    const bool bare_denial = norm(ts).substr(0, 3) == "den" || norm(ts).substr(0, 4) == "refut" ||
                             norm(ts).substr(0, 6) == "reject";
    bool decision = (hard(te) || comma(te)) && !bare_denial;
    for (int i = te; i < std::min(n_, te + 6) && !decision && !hard(i) && !comma(i); ++i) {
      const std::string_view w = norm(i);
      decision = w == "decision" || w == "decisions" || w == "ruling" || w == "rulings" ||
                 w == "verdict" || w == "fine" || w == "fines" || w == "penalty" ||
                 w == "penalties" || w == "judgment" || w == "judgement" || w == "order";
    }
    if (ra.actor >= 0) {
      // An accusation in the last three sentences first ("X accused Y of fraud, which Y
      // denied"), else whoever last accused, probed or sanctioned Y.
      int32_t accuser = decision ? -1 : last_accuser(ra.actor, false, true);
      if (accuser < 0) accuser = last_accuser(ra.actor, decision);
      if (accuser >= 0) {
        // "X and Y will appeal the decision": each of the coordinated subjects denies.
        emit_for_subjects(agent.m, accuser, e, neg, hedge);
        return;
      }
    }
  }
  if (obj < 0 && denial_object &&
      (e.type == RelationType::kAccuses || e.type == RelationType::kSupports ||
       e.type == RelationType::kDenies)) {
    // "X criticised / welcomed / rejected the decision": the decider is the government that
    // last acted in the document.
    const Resolved ra = resolve(agent.m, true, &e);
    if (ra.actor >= 0) {
      const std::size_t stop = ex_->relations.size() > 400 ? ex_->relations.size() - 400 : 0;
      for (std::size_t i = ex_->relations.size(); i-- > stop;) {
        const Relation& o = ex_->relations[i];
        if (o.type != RelationType::kBans && o.type != RelationType::kInvestigates &&
            o.type != RelationType::kTaxes && o.type != RelationType::kApproves)
          continue;
        const int32_t decider = actor_index(o.agent);
        if (decider < 0 || decider == ra.actor ||
            ex_->actors[static_cast<std::size_t>(decider)].type != ActorType::kGovernment)
          continue;
        emit_for_subjects(agent.m, decider, e, neg, hedge);
        return;
      }
    }
  }
  if (obj < 0 && e.type == RelationType::kBans) obj = export_destination(ts, te);
  if (obj < 0) obj = maker_object(te, e);
  if (obj < 0 && e.direct) {
    obj = fallback_right(te, e, coordinate_left(agent.m));
    if (obj >= 0) frame = Frame::kFallback;
  }
  if (obj < 0 && lobby_target(te, coordinate_left(agent.m), e, neg, hedge)) return;
  if (obj < 0 && deal_object(te, {agent.m}, e, neg, hedge)) return;
  if (obj < 0) {
    diagnose(ts, te, valid(te) && !hard(te) ? "object is not an actor" : "no object found");
    return;
  }
  emit(coordinate_left(agent.m), coordinate_right(obj), e, e.type, frame, neg, hedge, ts, te);
}

void SentenceParser::adjective_frame(int ts, int te, const Entry& e, uint16_t /*entry*/) {
  Found agent = subject(ts, false);
  int32_t obj = object_after(te, e, false, 10);
  Frame frame = Frame::kAdjective;
  if (agent.m < 0) {
    agent.m = fallback_left(ts, obj >= 0 ? coordinate_right(obj) : std::vector<int32_t>{});
    frame = Frame::kFallback;
  }
  if (obj < 0 && agent.m >= 0) {
    obj = fallback_right(te, e, coordinate_left(agent.m));
    frame = Frame::kFallback;
  }
  bool neg = false, hedge = false;
  polarity(agent.m >= 0 ? mend(agent.m) : ts - 6, ts, &neg, &hedge);
  if (agent.m < 0) {
    diagnose(ts, te, "no agent found");
    return;
  }
  if (obj < 0 && deal_object(te, {agent.m}, e, neg, hedge)) return;
  if (obj < 0) {
    diagnose(ts, te, "object is not an actor");
    return;
  }
  emit(coordinate_left(agent.m), coordinate_right(obj), e, e.type, frame, neg, hedge, ts, te);
}

void SentenceParser::comparative_frame(int ts, int te, const Entry& e, uint16_t /*entry*/) {
  int cue = -1;
  for (int i = ts - 1; i >= 0 && i >= ts - 5; --i) {
    if (fn(i) & kFnComparative) {
      cue = i;
      break;
    }
    if (hard(i) || comma(i)) break;
  }
  if (cue < 0) return;  // "than" without a comparison of actors is no trigger
  int j = te;
  for (int k = 0; k < 4 && valid(j) && t_[j].mention < 0; ++k, ++j) {
    if (hard(j) || comma(j)) return;
  }
  if (!valid(j) || t_[j].mention < 0) return;
  Found agent = subject(cue, false);
  if (agent.m < 0) {
    // "the price of X's phones is 40% cheaper than Y's": the owner of what is compared.
    int bv = -1;
    for (int i = cue - 1; i >= 0 && i >= cue - 6 && bv < 0; --i) {
      if (hard(i) || comma(i) || t_[i].mention >= 0) break;
      if (fn(i) & kFnBe) bv = i;
    }
    for (int i = bv - 1; bv > 0 && i >= 0 && i >= bv - 8; --i) {
      if (hard(i) || comma(i) || (fn(i) & (kFnSubordinator | kFnRelPron)) ||
          (cls(i) & kClsReporting))
        break;
      if (t_[i].mention < 0) continue;
      const int32_t m = t_[i].mention;
      if (possessive(m) || norm(prep_before(mbegin(m))) == "of") agent.m = m;
      break;
    }
  }
  if (agent.m < 0) return;
  // "cheaper than phones from Y": goods named before their maker.
  {
    const int p = prep_before(mbegin(t_[j].mention));
    if (p >= te && norm(p) != "from" && norm(p) != "by" && norm(p) != "of") return;
  }
  bool neg = false, hedge = false;
  polarity(mend(agent.m), cue, &neg, &hedge);
  emit(coordinate_left(agent.m), coordinate_right(t_[j].mention), e, e.type, Frame::kComparative,
       neg, hedge, cue, te);
}

void SentenceParser::noun_frame(int ts, int te, const Entry& e, uint16_t /*entry*/) {
  std::vector<int32_t> agents, objects;
  Frame frame = Frame::kNominal;
  RelationType type = e.type;
  std::string suffix;
  int window_from = ts - 6;

  // "Y followed suit": an idiom, not a lawsuit.
  if (norm(ts) == "suit" &&
      norm(ts - 1).substr(0, std::min<std::size_t>(norm(ts - 1).size(), 6)) == "follow")
    return;
  // "a sales ban", "export curbs": a trade noun that modifies a sanction noun is its topic.
  if (e.type == RelationType::kSupplies && valid(te) && t_[te].mention < 0 && t_[te].word >= 0) {
    for (const Trigger& tr : lex_.word(t_[te].word).triggers)
      if (tr.rest.empty() && (tr.pos & kPosNoun) &&
          lex_.entry(tr.entry).type == RelationType::kBans)
        return;
  }

  // "Y took delivery of 45 X planes", "Y will take further deliveries of X jets": the taker
  // is supplied by the maker named after "of".
  if (e.type == RelationType::kSupplies && norm(ts).substr(0, 7) == "deliver" && norm(te) == "of") {
    int v = ts - 1;
    while (valid(v) && v > ts - 3 && t_[v].mention < 0 && !(fn(v) & kFnNeg) &&
           (det_only(v) || norm(v) == "further" || norm(v) == "new" || norm(v) == "more"))
      --v;
    const std::string_view vw = norm(v);
    if (vw == "take" || vw == "takes" || vw == "took" || vw == "taken" || vw == "taking" ||
        vw == "accept" || vw == "accepted" || vw == "accepts" || vw == "receive" ||
        vw == "received" || vw == "receives") {
      int32_t maker = -1;
      for (int i = te + 1; i < std::min(n_, te + 12) && maker < 0; ++i) {
        if (hard(i) || (fn(i) & (kFnRelPron | kFnSubordinator))) break;
        if (t_[i].mention >= 0) {
          if (possessive(t_[i].mention) || possessive_pronoun(t_[i].mention)) {  // "its X jet"
            i = after_marker(t_[i].mention) - 1;
            continue;
          }
          if (prep_before(mbegin(t_[i].mention)) == te || prep_before(mbegin(t_[i].mention)) < 0)
            maker = t_[i].mention;
          break;
        }
        if ((fn(i) & kFnPrep) || verbish(i)) break;
      }
      const Found y = subject(v, false);
      if (maker >= 0 && y.m >= 0 && !government(maker)) {
        bool neg = false, hedge = false;
        polarity(mend(y.m), v + 1, &neg, &hedge);
        emit({maker}, coordinate_left(y.m), e, e.type, Frame::kNominal, neg, hedge, ts, te,
             "taken");
        return;
      }
    }
  }
  // Object: a mention in the phrase that an object preposition opens after the noun.
  int prep = -1;
  bool conj_seen = false;
  for (int i = te; i < std::min(n_, te + 10); ++i) {
    i = skip_paren(i);
    if (!valid(i)) break;
    if (t_[i].mention >= 0) {
      i = mend(t_[i].mention) - 1;
      continue;
    }
    if (hard(i) || comma(i) || (fn(i) & (kFnRelPron | kFnSubordinator))) break;
    // "an investigation and lawsuits against X": past "and", another trigger noun heads its
    // own phrase.
    if (fn(i) & kFnConj) conj_seen = true;
    if (conj_seen && t_[i].word >= 0 && (t_[i].pos & kPosNoun) &&
        !lex_.word(t_[i].word).triggers.empty())
      break;
    if (e.object_prep(norm(i))) {
      prep = i;
      break;
    }
    if ((fn(i) & kFnPrep) && norm(i) != "by" && !e.agent_prep(norm(i))) break;
    // "rivals by restricting access to X": a gerund after a preposition opens a clause.
    if (i > te && (fn(i - 1) & kFnPrep) && norm(i).size() > 4 &&
        norm(i).substr(norm(i).size() - 3) == "ing" && t_[i].mention < 0)
      break;
  }
  if (prep >= 0) {
    for (int i = prep + 1; i < std::min(n_, prep + 12); ++i) {
      if (t_[i].mention >= 0) {
        const int p = prep_before(mbegin(t_[i].mention));
        // "sanctions against two drone suppliers from X": the country only locates unnamed
        // firms, which are the object.
        if (p > prep && (norm(p) == "from" || norm(p) == "in") && company_noun(p - 1) &&
            government(t_[i].mention))
          break;
        // "export licences for defence goods to X": the licensed destination (a state).
        const bool destination = e.type == RelationType::kApproves && norm(prep) == "for" &&
                                 norm(p) == "to" && government(t_[i].mention);
        if (p < 0 || p == prep || norm(p) == "of" || norm(p) == "from" || norm(p) == "by" ||
            destination) {
          objects = coordinate_right(t_[i].mention);
          break;
        }
        i = mend(t_[i].mention) - 1;
        continue;
      }
      // "investment of 7 billion yen is dwarfed by X's": a verb ends the noun's phrase.
      if (hard(i) || comma(i) || (fn(i) & (kFnRelPron | kFnSubordinator | kFnBe | kFnHave))) break;
    }
  }

  // "an agreement (signed) between X and Y", "a partnership between X and Y": each backs the
  // other.
  const bool mutual = prep >= 0 && norm(prep) == "between" && objects.size() >= 2;
  if (e.mutual_only && !mutual) return;  // "the license agreement" alone names no partners
  if (e.type == RelationType::kSupports && mutual) {
    bool neg = false, hedge = false;
    polarity(ts - 6, ts, &neg, &hedge);
    for (int32_t a : objects) {
      std::vector<int32_t> others;
      for (int32_t o : objects)
        if (o != a) others.push_back(o);
      emit({a}, others, e, e.type, Frame::kNominal, neg, hedge, ts, te, "mutual");
    }
    return;
  }
  // Agent after the noun: "a ban on Y by X", "restrictions imposed by X", "sales from X".
  for (int i = te; i < std::min(n_, te + 14) && agents.empty(); ++i) {
    i = skip_paren(i);
    if (!valid(i)) break;
    if (t_[i].mention >= 0) {
      i = mend(t_[i].mention) - 1;
      continue;
    }
    if (hard(i) || comma(i) || (fn(i) & (kFnRelPron | kFnSubordinator))) break;
    if (e.agent_prep(norm(i))) {
      int j = i + 1;
      while (valid(j) && (fn(j) & kFnDet))
        ++j;
      // "opposition from competition regulators": up to two modifiers before the mention.
      {
        int q = j;
        while (q < j + 2 && valid(q) && t_[q].mention < 0 && !t_[q].marker && !hard(q) &&
               !comma(q) && !(fn(q) & (kFnPrep | kFnConj | kFnRelPron | kFnSubordinator)) &&
               !verbish(q))
          ++q;
        if (valid(q) && t_[q].mention >= 0) j = q;
      }
      if (valid(j) && t_[j].mention >= 0 &&
          std::find(objects.begin(), objects.end(), t_[j].mention) == objects.end())
        agents = coordinate_right(t_[j].mention);
    }
  }

  // Before the noun: a possessive ("X's probe into") or a premodifier ("X sanctions").
  int32_t premod = -1;
  bool premod_possessive = false;
  for (int i = ts - 1, k = 0; i >= 0 && k < 5; --i, ++k) {
    if (t_[i].marker) continue;
    if (t_[i].mention >= 0) {
      premod = t_[i].mention;
      premod_possessive = possessive(premod);
      break;
    }
    if (hard(i) || comma(i) || (fn(i) & (kFnPrep | kFnRelPron | kFnSubordinator | kFnConj))) break;
    if (t_[i].word >= 0 && (t_[i].pos & kPosVerb) && !(t_[i].pos & kPosNoun)) break;
    if (!(fn(i) & kFnDet) && !is_number(i) && !(t_[i].word >= 0 && (t_[i].pos & kPosNoun))) {
      // Only a possessive may stand apart from its noun ("X's new export ban").
      int j = i - 1;
      while (valid(j) && !t_[j].marker && j > i - 3 && t_[j].mention < 0 && !hard(j) && !comma(j) &&
             !(fn(j) & (kFnPrep | kFnConj)))
        --j;
      if (valid(j) && t_[j].marker) {
        i = j + 1;
        continue;
      }
      // "X's main European rivals": the possessive may be a mention that carries its 's.
      if (valid(j) && t_[j].mention >= 0 && possessive(t_[j].mention)) {
        i = j + 1;
        continue;
      }
      break;
    }
  }
  if (premod >= 0) {
    const Actor* a = nullptr;
    const Mention& pm = mention(premod);
    if (pm.actor >= 0) a = &ex_->actors[static_cast<std::size_t>(pm.actor)];
    const bool state_like =
        pm.kind == MentionKind::kState || pm.kind == MentionKind::kCountry ||
        (a && a->type == ActorType::kGovernment) ||
        (a && a->type == ActorType::kPerson && !a->works_for.empty() &&
         actor_index(a->works_for) >= 0 &&
         ex_->actors[static_cast<std::size_t>(actor_index(a->works_for))].type ==
             ActorType::kGovernment);
    // "added X and Y to its sanctions list": the list's owner is the subject, whoever the
    // pronoun was resolved to.
    const int gp = prep_before(mbegin(premod));
    const bool goal_pronoun =
        possessive_pronoun(premod) && (norm(gp) == "to" || norm(gp) == "onto");
    if (goal_pronoun) {
      // the subject decides below
    } else if (possessive_pronoun(premod) && pm.actor < 0) {
      // "X scrapped its tax": an unresolved "its" leaves the owner to the clause's subject.
    } else if (agents.empty() && (premod_possessive || state_like)) {
      agents = coordinate_left(premod);
      window_from = mend(premod);
    } else if (objects.empty() && !premod_possessive && !(a && a->type == ActorType::kProduct)) {
      // "X's Y purchase": a company bought whole is acquired, not a seller of goods.
      if (e.type == RelationType::kSupplies && (fn(ts) & kFnDeal) && a &&
          (a->type == ActorType::kCorporation || a->type == ActorType::kOrganization)) {
        diagnose(ts, te, "an acquired company is not a supplier");
        return;
      }
      objects = coordinate_left(premod);
      frame = Frame::kNominalPremodifier;
    } else if (objects.empty() && a && a->type == ActorType::kProduct) {
      objects = {premod};
      frame = Frame::kNominalPremodifier;
    }
  }

  // "Y bowed to X's demands", "Y caved in to pressure from X": the one who yields is the object.
  if (objects.empty() && !agents.empty() && type == RelationType::kPressures) {
    int p = prep_before(premod >= 0 && mbegin(premod) < ts ? mbegin(premod) : ts);
    if (p < 0) p = ts - 1;  // "bow to Trump demand": no determiner
    while (valid(p) && norm(p) != "to" && p > ts - 4)
      --p;
    int v = p - 1;
    if (norm(v) == "in") --v;  // "give in to", "cave in to"
    const std::string_view vw = norm(v);
    const auto starts = [&](std::string_view stem) {
      return vw.size() >= stem.size() && vw.substr(0, stem.size()) == stem;
    };
    if (valid(p) && norm(p) == "to" &&
        (starts("bow") || starts("yield") || starts("cave") || starts("bend") || starts("submit") ||
         starts("succumb") || starts("acced") || starts("gave") || starts("give") ||
         starts("respond") || starts("relent"))) {
      const Found y = subject(v, false);
      if (y.m >= 0 && std::find(agents.begin(), agents.end(), y.m) == agents.end()) {
        bool neg = false, hedge = false;
        polarity(mend(y.m), v + 1, &neg, &hedge);
        emit(agents, coordinate_left(y.m), e, type, Frame::kNominal, neg, hedge, ts, te, "yield");
        return;
      }
    }
  }
  // "Under pressure from X, Y ...", "Y acted despite warnings from X", "following opposition
  // from X": a noun of circumstance acts on the subject of the clause it modifies.
  if (objects.empty() && !agents.empty() && type != RelationType::kCompetes &&
      type != RelationType::kSupplies) {
    const int from = premod >= 0 ? std::min(ts, mbegin(premod)) : ts;
    int circ = -1;
    for (int i = from - 1, k = 0; i >= 0 && k < 4; --i, ++k) {
      if (fn(i) & kFnCircumstance) {
        circ = i;
        break;
      }
      if (t_[i].mention >= 0 || t_[i].marker || hard(i) || comma(i) ||
          (fn(i) & (kFnPrep | kFnConj | kFnRelPron)) || verbish(i))
        break;
    }
    if (circ >= 0) {
      const bool fronted = circ == 0 || hard(circ - 1) || comma(circ - 1);
      int32_t o = -1;
      if (fronted) {
        int c = te;
        while (valid(c) && c < te + 20 && !comma(c) && !hard(c))
          ++c;
        for (int j = c + 1; comma(c) && j < std::min(n_, c + 8); ++j) {
          if (t_[j].mention >= 0) {
            if (prep_before(mbegin(t_[j].mention)) < 0) o = t_[j].mention;
            break;
          }
          if (hard(j) || comma(j) || !((fn(j) & kFnDet) || skippable(j) || t_[j].word < 0)) break;
        }
      } else {
        const Found sj = subject(circ, true);
        o = sj.m;
      }
      // "Despite X's approval, BBC reports ...": the clause only reports; its subject is no party.
      if (o >= 0 && fronted && valid(mend(o)) && (cls(mend(o)) & kClsReporting)) o = -1;
      if (o >= 0 && std::find(agents.begin(), agents.end(), o) == agents.end()) {
        objects = fronted ? coordinate_right(o) : coordinate_left(o);
        bool neg = false, hedge = false;
        polarity(circ, ts, &neg, &hedge);
        emit(agents, objects, e, type, Frame::kNominal, neg, hedge, ts, te, "circumstance");
        return;
      }
    }
  }

  // The subject of the governing verb: "X imposed restrictions on Y", "X faces a probe".
  Found subj;
  int polarity_to = ts;
  if (agents.empty() || objects.empty()) subj = subject(premod >= 0 ? mbegin(premod) : ts, false);
  // "X has scrapped its digital tax": an unresolved "its" before the noun is not its subject.
  if (subj.m >= 0 && possessive_pronoun(subj.m) && mention(subj.m).actor < 0)
    subj = subject(mbegin(subj.m), false);
  // "X was fined following an inquiry into Y": the clause's subject does not own a noun of
  // circumstance.
  for (int i = subj.m >= 0 ? mend(subj.m) : ts; i < ts; ++i)
    if (t_[i].mention < 0 && (fn(i) & kFnCircumstance)) subj.m = -1;
  bool receiver = false, reversal = false, across_trigger = false, request = false;
  int reversal_at = -1;
  int32_t indirect = -1;
  if (subj.m >= 0) {
    const int from = mend(subj.m);
    for (int i = from; i < ts; ++i) {
      if (t_[i].word >= 0 && t_[i].mention < 0 && !lex_.word(t_[i].word).triggers.empty())
        across_trigger = true;
      if (t_[i].mention >= 0 && t_[i].mention != premod) {
        int v = i - 1;
        while (valid(v) && (fn(v) & kFnDet))
          --v;
        if (indirect < 0 && (cls(v) & kClsDitransitive)) indirect = t_[i].mention;
        i = mend(t_[i].mention) - 1;
        continue;
      }
      if ((cls(i) & kClsReceiver) && norm(i + 1) != "to") receiver = true;
      // "X may be subject to a separate rate", "X was subjected to sanctions".
      if ((norm(i) == "subject" || norm(i) == "subjected") && norm(i + 1) == "to") receiver = true;
      if (cls(i) & kClsRequest) request = true;
      if (cls(i) & kClsReversal) {
        reversal = true;
        reversal_at = i;
      }
    }
    window_from = std::max(window_from, from);
  }
  // "X added Y to its entity list", "X placed Y under investigation": the nearest subject is
  // the verb's object when a preposition opens the noun's phrase.
  if (subj.m >= 0 && agents.empty() && !receiver) {
    const int p = prep_before(premod >= 0 ? mbegin(premod) : ts);
    const std::string_view pn = norm(p);
    const bool goal_prep = pn == "to" || pn == "under" || pn == "onto" || pn == "into" ||
                           pn == "with" || pn == "on" ||
                           (pn == "in" && t_[ts].word >= 0 && (t_[ts].pos & kPosNoun) &&
                            (regulatory(type)));  // "put X in a security review"
    if (p >= mend(subj.m) && goal_prep) {
      const std::vector<int32_t> objs = coordinate_left(subj.m);
      const Found real = subject(mbegin(objs.front()), false);
      if (real.m >= 0) {
        if (objects.empty()) objects = objs;
        agents = coordinate_left(real.m);
        window_from = mend(real.m);
        polarity_to = mbegin(objs.front());  // the verb before the object carries polarity
      }
    }
  }
  // "X faces rivals such as Y": rivalry runs both ways, so the one who faces it competes.
  if (receiver && e.type == RelationType::kCompetes && norm(te) != "from") receiver = false;
  if (receiver && subj.m >= 0) {
    // "X received approval from Y": the subject is the one acted on.
    if (objects.empty()) objects = coordinate_left(subj.m);
    if (agents.empty() && premod >= 0 && premod_possessive) agents = {premod};
    // "X pays a levy to Y": the one paid is the one who taxes.
    for (int i = te; agents.empty() && i < std::min(n_, te + 4); ++i) {
      if (hard(i) || comma(i)) break;
      if (norm(i) != "to") continue;
      int k = i + 1;
      while (valid(k) && t_[k].mention < 0 && det_only(k))
        ++k;
      if (valid(k) && t_[k].mention >= 0 &&
          std::find(objects.begin(), objects.end(), t_[k].mention) == objects.end()) {
        agents = coordinate_right(t_[k].mention);
      } else {
        diagnose(ts, te, "the one paid is not an actor");
        return;  // paid to someone unnamed: not the government of the discourse
      }
    }
  } else if (subj.m >= 0 && agents.empty()) {
    agents = coordinate_left(subj.m);
    if (subj.frame == Frame::kRelative) frame = Frame::kRelative;
    if (objects.empty() && indirect >= 0) objects = coordinate_right(indirect);
  }
  if (objects.empty() && subj.m >= 0 && !receiver && e.type == RelationType::kCompetes &&
      std::find(agents.begin(), agents.end(), subj.m) == agents.end()) {
    objects = coordinate_left(subj.m);  // "X and Y, Z's rivals"
  }
  if (reversal && e.reversal_type >= 0) {
    type = static_cast<RelationType>(e.reversal_type);
    frame = Frame::kReversal;
    suffix = "lifted";
  }
  if (objects.empty() && valid(te) && t_[te].mention >= 0) {
    objects = coordinate_right(t_[te].mention);  // apposition: "rival Orvane"
  }
  // "Y acted without X's consent / approval": X did not approve Y (negation comes from "without").
  if (objects.empty() && type == RelationType::kApproves && premod >= 0 && premod_possessive &&
      subj.m >= 0 && subj.m != premod && norm(prep_before(mbegin(premod))) == "without") {
    // A licensor's consent is a firm's to give too, so any agent type.
    static const Entry kConsent =
        rule_entry("approves.without-consent", RelationType::kApproves, 0.75);
    bool neg = false, hedge = false;
    polarity(mbegin(premod) - 1, ts, &neg, &hedge);
    // "Because X attempted to transfer Y licences without Z's consent": the one who acted is the
    // clause's subject, the leftmost mention of the clause not governed by a preposition.
    int32_t actor_m = subj.m;
    for (int i = mbegin(premod) - 2; i >= 0; --i) {
      if (t_[i].mention < 0 &&
          (hard(i) || comma(i) || (fn(i) & (kFnSubordinator | kFnRelPron | kFnConj))))
        break;
      const int32_t m = t_[i].mention;
      if (m < 0) continue;
      i = mbegin(m);
      const int p = i - 1;
      if (m != premod && !(valid(p) && t_[p].mention < 0 && (fn(p) & kFnPrep)) &&
          !(valid(mend(m)) && t_[mend(m)].marker))
        actor_m = m;
    }
    emit({premod}, coordinate_left(actor_m), kConsent, type, Frame::kNominal, true, hedge, ts, te);
    return;
  }
  if (agents.empty()) {
    int32_t a = fallback_left(ts, objects);
    if (a < 0 && regulatory(type)) a = government_in_sentence(objects, ts, te);
    if (a >= 0) {
      // "clearance in X, Y and Z": a list after the noun acts as a whole.
      agents = mbegin(a) >= te ? coordinate_right(a) : coordinate_left(a);
      frame = Frame::kFallback;
    }
  }
  // "X prohibited the export of Y's chips to Z": the subject acts through its own verb, so the
  // nominal's arguments are not guessed.
  // "The duties (do not) apply to X's cars": the noun is the subject, X the one it reaches.
  if (objects.empty() && agents.empty() && regulatory(type)) {
    auto reach = [&](int i) {
      const std::string_view v = norm(i);
      return v == "apply" || v == "applies" || v == "applied" || v == "extend" || v == "extends" ||
             v == "cover" || v == "covers" || v == "target" || v == "targets" || v == "hit" ||
             v == "hits" || v == "affect" || v == "affects";
    };
    // "The controls are likely to affect equipment made by X": the maker is reached.
    auto maker = [&](int i) {
      const std::string_view v = norm(i);
      return v == "made" || v == "produced" || v == "manufactured" || v == "built" ||
             v == "designed" || v == "supplied" || v == "sold" || v == "from";
    };
    int j = te;
    while (valid(j) && t_[j].mention < 0 && !reach(j) &&
           (skippable(j) || (fn(j) & (kFnNeg | kFnBe | kFnHedge)) || norm(j) == "to"))
      ++j;
    if (valid(j) && reach(j)) {
      int k = j + 1;
      if (norm(k) == "to") ++k;
      while (valid(k) && t_[k].mention < 0 && det_only(k))
        ++k;
      if (valid(k) && t_[k].mention < 0) {
        bool made = false;
        for (int q = k; q < std::min(n_, k + 16); ++q) {
          if (t_[q].mention >= 0) {
            if (made) k = q;
            break;
          }
          if (norm(q) == "such" && norm(q + 1) == "as") {
            ++q;
            continue;
          }
          if (hard(q) || (fn(q) & (kFnRelPron | kFnSubordinator))) break;
          if (comma(q) &&
              !(norm(q + 1) == "such" || norm(q + 1) == "like" || norm(q + 1) == "including"))
            break;
          if (maker(q)) made = true;
        }
      }
      if (valid(k) && t_[k].mention >= 0) {
        bool n1 = false, h1 = false, n2 = false, h2 = false;
        polarity(window_from, ts, &n1, &h1);
        polarity(te, j, &n2, &h2);
        if (discourse_agent(coordinate_right(t_[k].mention), e, type, n1 || n2, h1 || h2)) return;
      }
    }
  }
  if (objects.empty() && type == e.type) {
    const int32_t o = maker_object(te, e);
    if (o >= 0) objects = {o};
  }
  if (objects.empty() && type == RelationType::kBans) {
    const int32_t o = export_destination(ts, te);
    if (o >= 0) objects = {o};
  }
  if (objects.empty() && !across_trigger) {
    const int32_t o = fallback_right(te, e, agents);
    if (o >= 0) {
      objects = coordinate_right(o);
      frame = Frame::kFallback;
    }
  }
  if (type == RelationType::kTaxes && objects.empty()) {
    // "The tariffs will vary by company: 17% for X, 20% for Y": a rate list after a colon.
    for (int i = te; i < std::min(n_, te + 12); ++i) {
      if (t_[i].mention >= 0 || comma(i) || (hard(i) && norm(i) != ":")) break;
      if (norm(i) != ":") continue;
      int j = i + 1;
      const int num = j;
      while (valid(j) && t_[j].mention < 0 &&
             (is_number(j) || norm(j) == "percent" || norm(j) == "per" || norm(j) == "cent"))
        ++j;
      if (j == num || (norm(j) != "for" && norm(j) != "on")) break;
      ++j;
      while (valid(j) && t_[j].mention < 0 && det_only(j))
        ++j;
      if (valid(j) && t_[j].mention >= 0) {
        objects = coordinate_right(t_[j].mention);
        frame = Frame::kFallback;
      }
      break;
    }
  }
  if (type == RelationType::kTaxes && !objects.empty()) rate_list(&objects);
  bool neg = false, hedge = false;
  polarity(window_from, polarity_to, &neg, &hedge);
  // "X scrapped its digital tax on Y", "X dropped its probe into Y": a measure with no opposite
  // type that is withdrawn no longer holds ("eased" or "rolled out" ones still do).
  if (reversal && e.reversal_type < 0 && reversal_at >= 0 && type == e.type) {
    const std::string_view rw = norm(reversal_at);
    const bool partial = rw.substr(0, 3) == "eas" || rw.substr(0, 4) == "relax" ||
                         rw.substr(0, 5) == "loose" ||
                         (rw.substr(0, 4) == "roll" && norm(reversal_at + 1) != "back");
    if (!partial) neg = !neg;
  }

  // "X is seeking an exemption (from Y)": a company asking a state for a permission lobbies it.
  if (request && receiver && type == RelationType::kApproves && subj.m >= 0) {
    static const Entry kRequest = rule_entry("lobbies.request", RelationType::kLobbies, 0.7);
    std::vector<int32_t> targets = agents;
    if (targets.empty()) {
      const int32_t c = company(subj.m);
      const int32_t g = c >= 0 ? acting_government(c) : -1;
      if (g >= 0) {
        for (int32_t am : coordinate_left(subj.m)) {
          const Resolved ra = resolve(am, true, &kRequest);
          if (ra.actor >= 0) emit_actors(ra, g, kRequest, neg, false, "discourse");
        }
        return;
      }
    } else {
      emit(coordinate_left(subj.m), targets, kRequest, RelationType::kLobbies, Frame::kNominal, neg,
           false, ts, te);
    }
  }
  if (agents.empty() && !objects.empty() && discourse_agent(objects, e, type, neg, hedge)) return;
  if (agents.empty() && objects.empty() && type == e.type && subject_head(ts) &&
      st_->last_gov >= 0 && s_.index <= st_->last_gov_sentence + 3) {
    // "No financial penalties were imposed.": the noun heads the clause's subject; the state
    // named just before acts on whoever it was dealing with.
    Resolved ra;
    ra.actor = st_->last_gov;
    if (discourse_object(te - 1, ra, e, neg, hedge)) return;
  }
  if (agents.empty()) {
    diagnose(ts, te, "no agent found");
    return;
  }
  if (objects.empty() && type == e.type && deal_object(te, agents, e, neg, hedge)) return;
  if (objects.empty() && type == e.type && lobby_target(te, agents, e, neg, hedge)) return;
  if (objects.empty() && type == RelationType::kTaxes && type == e.type) {
    const int32_t g = goods_state(te);
    if (g >= 0) {
      bool any = false;
      for (int32_t am : agents) {
        for (const Resolved& ra : resolve_all(am, true, &e)) {
          if (ra.actor < 0 || ra.actor == g) continue;
          emit_actors(ra, g, e, neg, hedge, "goods");
          any = true;
        }
      }
      if (any) return;
    }
  }
  if (objects.empty() && type == e.type && prep < 0 && agents.size() == 1) {
    const Resolved ra = resolve(agents.front(), true, &e);
    if (discourse_object(te - 1, ra, e, neg, hedge)) return;
  }
  if (objects.empty()) {
    diagnose(ts, te, prep >= 0 ? "object is not an actor" : "no object found");
    return;
  }
  emit(agents, objects, e, type, frame, neg, hedge, ts, te, suffix);
}

// ---------------------------------------------------------------------------------------------
// Output

void SentenceParser::polarity(int from, int to, bool* neg, bool* hedge) const {
  *hedge = sentence_hedge_;
  *neg = false;
  from = std::max({from, to - 8, 0});
  // A negation in an earlier clause does not reach this one ("did not name X, but banned Y").
  for (int i = to - 1; i >= from; --i) {
    const std::string_view w = norm(i);
    if (t_[i].mention < 0 && (hard(i) || w == "but" || w == "whereas" || w == "although" ||
                              w == "though" || w == "while" || w == ";")) {
      from = i + 1;
      break;
    }
  }
  for (int i = from; i < to; ++i) {
    if (t_[i].mention >= 0) continue;
    const uint32_t f = fn(i);
    if ((f & kFnNeg) && norm(i + 1) != "only") *neg = true;
    if (norm(i) == "no" && norm(i + 1) == "longer") *neg = true;
    // "accused X of supplying Y": the accused act is an allegation.
    if (norm(i) == "of" && i > 0 && t_[i - 1].mention >= 0) {
      const int v = mbegin(t_[i - 1].mention) - 1;
      const std::string_view w = norm(v);
      if (w.substr(0, std::min<std::size_t>(w.size(), 6)) == "accuse" ||
          w.substr(0, std::min<std::size_t>(w.size(), 7)) == "suspect" || w == "charged")
        *hedge = true;
    }
    // "stopped supplying X", "ceased its shipments to X": the act has ended. Only right before
    // the trigger, so "after X stopped exports, Y banned Z" keeps Y's ban.
    // "urged X to stop arms sales": a demanded stop has not happened.
    if ((i + 1 == to || (i + 2 == to && (fn(i + 1) & kFnDet))) && stop_verb(norm(i)) &&
        !infinitive_before(i))
      *neg = true;
    for (const auto& ph : lex_.negation_phrases()) {
      bool match = !ph.empty();
      for (std::size_t k = 0; k < ph.size() && match; ++k)
        match = norm(i + static_cast<int>(k)) == ph[k];
      if (match) *neg = true;
    }
    if (f & kFnHedge) *hedge = true;
    const uint32_t c = cls(i);
    if (c & kClsNegVerb) *neg = true;
    if (c & kClsHedgeVerb) *hedge = true;
  }
}

int32_t SentenceParser::actor_index(const std::string& id) const {
  if (!st_->indexed) {
    for (std::size_t i = 0; i < ex_->actors.size(); ++i)
      st_->index.emplace(ex_->actors[i].id, static_cast<int32_t>(i));
    st_->indexed = true;
  }
  auto it = st_->index.find(id);
  return it == st_->index.end() ? -1 : it->second;
}

Resolved SentenceParser::resolve(int32_t m, bool as_agent, const Entry* e) const {
  Resolved r;
  const Mention& mm = mention(m);
  int32_t a = mm.actor;
  if (a < 0 && mm.kind == MentionKind::kPronoun) {
    // "China says it will impose sanctions": the pronoun right after a reporting verb is its
    // subject.
    int j = mbegin(m) - 1;
    if (norm(j) == "that") --j;
    if (valid(j) && t_[j].mention < 0 && (cls(j) & kClsReporting)) {
      const Found sp = subject(j, false);
      if (sp.m >= 0 && sp.m != m && mention(sp.m).kind != MentionKind::kPronoun)
        return resolve(sp.m, as_agent, e);
    }
  }
  if (a >= 0 && static_cast<std::size_t>(a) < ex_->actors.size()) {
    // "the Broadcom-VMware merger": a hyphenated pair of known firms is the first one's deal.
    const std::string& id = ex_->actors[static_cast<std::size_t>(a)].id;
    for (std::size_t h = id.find('-'); h != std::string::npos; h = id.find('-', h + 1)) {
      const int32_t first = actor_index(id.substr(0, h));
      if (first >= 0 && first != a && actor_index(id.substr(h + 1)) >= 0) {
        a = first;
        break;
      }
    }
  }
  if (a < 0 || static_cast<std::size_t>(a) >= ex_->actors.size()) {
    r.fail = as_agent ? "agent is not resolved to an actor" : "object is not resolved to an actor";
    return r;
  }
  if (mm.kind == MentionKind::kCountry && mm.state_actor >= 0 &&
      static_cast<std::size_t>(mm.state_actor) < ex_->actors.size() &&
      !(!as_agent && e != nullptr && e->place_object)) {
    a = mm.state_actor;  // a country that acts is its government
  }
  const Actor& actor = ex_->actors[static_cast<std::size_t>(a)];
  // "Trump's tariffs", "in response to the President's demands": a leader or official acted on
  // or named as a measure's owner stands for the government too.
  int32_t employer = actor.type == ActorType::kPerson && !actor.works_for.empty()
                         ? actor_index(actor.works_for)
                         : -1;
  if (employer >= 0 && !as_agent &&
      ex_->actors[static_cast<std::size_t>(employer)].type != ActorType::kGovernment)
    employer = -1;
  if (employer >= 0) {
    const int32_t org = employer;
    {
      r.via = a;
      a = org;
    }
  } else if (actor.type == ActorType::kProduct) {
    r.product = a;
    int32_t maker = actor.manufacturer.empty() ? -1 : actor_index(actor.manufacturer);
    if (maker < 0) {
      // "X's K7": the possessor made it.
      int j = mbegin(m) - 1;
      if (valid(j) && t_[j].marker) {
        while (valid(j) && t_[j].marker)
          --j;
        if (valid(j) && t_[j].mention >= 0) {
          const Resolved owner = resolve(t_[j].mention, as_agent, e);
          if (owner.actor >= 0 && owner.product < 0) maker = owner.actor;
        }
      }
    }
    if (maker < 0) {
      r.fail = "product has no known maker";
      return r;
    }
    a = maker;
  } else if (possessive(m)) {
    const int j = after_marker(m);
    if (valid(j) && t_[j].mention >= 0) {
      const Mention& pm = mention(t_[j].mention);
      if (pm.actor >= 0 &&
          ex_->actors[static_cast<std::size_t>(pm.actor)].type == ActorType::kProduct)
        r.product = pm.actor;
    }
  }
  r.actor = a;
  return r;
}

std::string SentenceParser::trigger_text(int ts, int te) const {
  const Token& a = ex_->text.tokens[static_cast<std::size_t>(b_ + ts)];
  const Token& z = ex_->text.tokens[static_cast<std::size_t>(b_ + std::max(ts, te - 1))];
  return normalize_for_display(
      std::string_view(doc_.text).substr(a.span.begin, z.span.end - a.span.begin));
}

void SentenceParser::diagnose(int ts, int te, std::string reason) {
  Diagnostic d;
  d.sentence = s_.index;
  d.trigger = trigger_text(ts, te);
  d.reason = std::move(reason);
  for (std::size_t i = first_diagnostic_; i < ex_->diagnostics.size(); ++i) {
    const Diagnostic& old = ex_->diagnostics[i];
    if (old.trigger == d.trigger && old.reason == d.reason) return;
  }
  ex_->diagnostics.push_back(std::move(d));
}

bool SentenceParser::emit(const std::vector<int32_t>& agents0, const std::vector<int32_t>& objects0,
                          const Entry& e, RelationType type, Frame frame, bool neg, bool hedge,
                          int ts, int te, const std::string& rule_suffix) {
  const std::vector<int32_t>& agents = e.reverse ? objects0 : agents0;
  const std::vector<int32_t>& objects = e.reverse ? agents0 : objects0;
  // "approval of the sale of attack drones to Y", "approved arms sales to Y" with no seller
  // named: the approving state sells to Y, it does not license Y.
  if (type == RelationType::kApproves && !objects.empty() && government(objects.front()) &&
      norm(prep_before(mbegin(objects.front()))) == "to" && mbegin(objects.front()) > te) {
    bool sale = false, seller = false;
    for (int i = te; i < mbegin(objects.front()); ++i) {
      if (t_[i].mention >= 0 && !government(t_[i].mention)) seller = true;
      const std::string_view w = norm(i);
      sale = sale || w == "sale" || w == "sales" || w == "export" || w == "exports" ||
             w == "shipment" || w == "shipments" || w == "transfer" || w == "transfers";
    }
    if (sale && !seller) {
      static const Entry kSale = rule_entry("supplies.approved-sale", RelationType::kSupplies, 0.7);
      return emit(agents0, objects0, kSale, RelationType::kSupplies, frame, neg, hedge, ts, te,
                  rule_suffix);
    }
  }
  const char* reason = nullptr;
  bool produced = false;
  // "X and Y disagreed with it", "X and Y's rivalry aside": an object that stands for one of the
  // coordinated agents is no other party (competes is the exception: "X and Y compete").
  int32_t agent_actors[8];
  int agent_count = 0;
  if (type != RelationType::kCompetes && rule_suffix != "mutual") {  // "between X and Y"
    for (int32_t am0 : agents) {
      for (int32_t am : coordinate_right(am0)) {
        for (const Resolved& r : resolve_all(am, true, &e))
          if (r.actor >= 0 && agent_count < 8) agent_actors[agent_count++] = r.actor;
      }
    }
  }
  // A plural mention ("the two firms") acts or is acted on once per actor it stands for.
  std::vector<std::pair<int32_t, Resolved>> agent_list, object_list;
  for (int32_t am : agents)
    for (const Resolved& r : resolve_all(am, true, &e))
      agent_list.emplace_back(am, r);
  for (int32_t om0 : objects) {
    const int32_t om = regulated_party(om0, type);
    for (const Resolved& r : resolve_all(om, false, &e))
      object_list.emplace_back(om, r);
  }
  for (const auto& [am, ra] : agent_list) {
    if (ra.actor < 0) {
      reason = ra.fail;
      continue;
    }
    if (!e.agent_types.empty() &&
        std::find(e.agent_types.begin(), e.agent_types.end(),
                  ex_->actors[static_cast<std::size_t>(ra.actor)].type) == e.agent_types.end()) {
      reason = "agent is not of a type this trigger applies to";
      continue;
    }
    for (const auto& [om, ro] : object_list) {
      if (om == am) continue;
      if (ro.actor < 0) {
        reason = ro.fail;
        continue;
      }
      if (ro.actor == ra.actor || in_group(am, ro.actor) || in_group(om, ra.actor) ||
          std::find(agent_actors, agent_actors + agent_count, ro.actor) !=
              agent_actors + agent_count) {
        reason = "agent and object are the same actor";
        continue;
      }
      // States compete with states and firms with firms; a regulator is no rival of a company.
      if (type == RelationType::kCompetes &&
          (ex_->actors[static_cast<std::size_t>(ra.actor)].type == ActorType::kGovernment) !=
              (ex_->actors[static_cast<std::size_t>(ro.actor)].type == ActorType::kGovernment)) {
        reason = "a government and a non-government do not compete";
        continue;
      }
      if (!e.object_types.empty() &&
          std::find(e.object_types.begin(), e.object_types.end(),
                    ex_->actors[static_cast<std::size_t>(ro.actor)].type) == e.object_types.end()) {
        reason = "object is not of a type this trigger applies to";
        continue;
      }
      Relation r;
      const auto& actors = ex_->actors;
      r.agent = actors[static_cast<std::size_t>(ra.actor)].id;
      r.object = actors[static_cast<std::size_t>(ro.actor)].id;
      r.type = type;
      if (ro.product >= 0) {
        r.product = actors[static_cast<std::size_t>(ro.product)].id;
      } else if (ra.product >= 0 && type == RelationType::kSupplies) {
        r.product = actors[static_cast<std::size_t>(ra.product)].id;
      }
      if (ra.via >= 0) r.via = actors[static_cast<std::size_t>(ra.via)].id;
      r.negated = neg;
      r.hedged = hedge;
      r.confidence = std::round(e.confidence * lex_.frame_factor(frame) * 100.0) / 100.0;
      r.confidence = std::clamp(r.confidence, 0.0, 1.0);
      bool dup = false;
      for (std::size_t i = first_relation_; i < ex_->relations.size(); ++i) {
        const Relation& o = ex_->relations[i];
        const bool same = o.agent == r.agent && o.object == r.object && o.product == r.product;
        // competes is symmetric: "X trails Y" and "Y's rival X" state one relation.
        const bool mirror =
            r.type == RelationType::kCompetes && o.agent == r.object && o.object == r.agent;
        if ((same || mirror) && o.type == r.type && o.negated == r.negated &&
            o.hedged == r.hedged) {
          dup = true;
          break;
        }
      }
      produced = true;
      if (dup) continue;
      r.evidence.rule = e.id + "#" + std::string(rel::frame_name(frame));
      if (!rule_suffix.empty()) r.evidence.rule += "-" + rule_suffix;
      // "fined X for violating ...": a sanction with a wrongdoing reason also accuses.
      // Not for a destination ("curbed exports to X, citing security") nor for a firm barred
      // from selling ("barred X from selling to Y, citing ..."): the reason is about the buyer.
      const bool why = (type == RelationType::kBans || type == RelationType::kTaxes) &&
                       norm(prep_before(mbegin(om))) != "to" && !barred_from_trade(om) &&
                       wrongdoing_reason(te);
      Relation acc;
      if (why) {
        acc = r;
        acc.type = RelationType::kAccuses;
        acc.product.clear();
        acc.evidence.rule = "accuses.sanction-reason#" + std::string(rel::frame_name(frame));
        acc.confidence = std::round(r.confidence * 0.8 * 100.0) / 100.0;
      }
      push(std::move(r));
      if (why) {
        bool seen = false;
        for (std::size_t i = first_relation_; i < ex_->relations.size(); ++i) {
          const Relation& o = ex_->relations[i];
          if (o.agent == acc.agent && o.object == acc.object && o.type == acc.type &&
              o.negated == acc.negated && o.hedged == acc.hedged)
            seen = true;
        }
        if (!seen) push(std::move(acc));
      }
      // A country that acted is kept on its government as a surface form.
      for (int32_t m : {am, om}) {
        const Mention& mm = mention(m);
        if (mm.kind != MentionKind::kCountry || mm.state_actor < 0) continue;
        if (m == om && e.place_object) continue;
        auto& credited = st_->credited;
        if (credited.size() < ex_->mentions.size()) credited.resize(ex_->mentions.size(), 0);
        if (credited[static_cast<std::size_t>(m)]) continue;
        credited[static_cast<std::size_t>(m)] = 1;
        ex_->actors[static_cast<std::size_t>(mm.state_actor)].forms[mm.surface]++;
      }
    }
  }
  if (!produced) diagnose(ts, te, reason ? reason : "no relation between the actors found");
  return produced;
}

void SentenceParser::push(Relation r) {
  if (evidence_text_.empty()) evidence_text_ = normalize_for_display(sentence_text(doc_.text, s_));
  r.evidence.document = doc_.id;
  r.evidence.sentence_index = s_.index;
  r.evidence.span = s_.span;
  r.evidence.text = evidence_text_;
  ex_->relations.push_back(std::move(r));
}

// A relation whose object comes from the discourse, not from the sentence.
void SentenceParser::emit_actors(const Resolved& agent, int32_t object, const Entry& e, bool neg,
                                 bool hedge, const char* rule_frame) {
  if (object == agent.actor) return;
  Relation r;
  r.agent = ex_->actors[static_cast<std::size_t>(agent.actor)].id;
  r.object = ex_->actors[static_cast<std::size_t>(object)].id;
  r.type = e.type;
  if (agent.via >= 0) r.via = ex_->actors[static_cast<std::size_t>(agent.via)].id;
  r.negated = neg;
  r.hedged = hedge;
  r.confidence = std::round(e.confidence * 0.6 * 100.0) / 100.0;
  r.evidence.rule = e.id + "#" + rule_frame;
  for (std::size_t i = first_relation_; i < ex_->relations.size(); ++i) {
    const Relation& o = ex_->relations[i];
    if (o.agent == r.agent && o.type == r.type && o.object == r.object) return;
  }
  push(std::move(r));
}

// ---------------------------------------------------------------------------------------------

// "refused/rejected/denied X's request (application, petition) for ...": X is not granted
// what it asked for, a negated approval of X.
bool SentenceParser::refused_request(int ts) {
  const std::string_view v = norm(ts);
  if (v.size() < 4 || (v[0] != 'r' && v[0] != 'd' && v[0] != 't')) return false;  // fast path
  static constexpr std::string_view kRefuse[] = {
      "refused", "refuses", "refuse", "refusing", "rejected", "rejects",  "reject", "rejecting",
      "denied",  "denies",  "deny",   "denying",  "declined", "declines", "turned"};
  bool hit = false;
  for (std::string_view r : kRefuse)
    hit = hit || v == r;
  if (!hit) return false;
  int i = ts + 1;
  if (v == "turned") {
    if (norm(i) != "down") return false;
    ++i;
  }
  while (valid(i) && (fn(i) & kFnDet) && t_[i].mention < 0)
    ++i;
  if (!valid(i) || t_[i].mention < 0) return false;
  const std::vector<int32_t> objects = coordinate_right(t_[i].mention);
  const int32_t m = objects.back();  // "X and Y's joint request"
  if (!possessive(m) || possessive_pronoun(m)) return false;
  int j = after_marker(m);
  for (int k = 0; k < 3 && valid(j) && t_[j].mention < 0 && !hard(j) && !comma(j); ++k, ++j) {
    const std::string_view n = norm(j);
    if (n == "request" || n == "requests" || n == "application" || n == "applications" ||
        n == "petition" || n == "appeal" || n == "bid" || n == "plea") {
      const Found agent = subject(ts, false);
      if (agent.m < 0) return false;
      bool neg = false, hedge = false;
      polarity(mend(agent.m) <= ts ? mend(agent.m) : ts - 6, ts, &neg, &hedge);
      static const Entry kRefused =
          rule_entry("approves.refuse-request", RelationType::kApproves, 0.8);
      // "did not reject X's request" is no refusal, and no approval either.
      if (neg) return true;
      emit(coordinate_left(agent.m), objects, kRefused, RelationType::kApproves, Frame::kActive,
           true, hedge, ts, j + 1);
      t_[ts].consumed = true;
      return true;
    }
  }
  return false;
}

// "duties of 17.4% for X, 20% for Y and 35.3% for Z": each rate after the first names one
// more company taxed by the same agent.
void SentenceParser::rate_list(std::vector<int32_t>* objects) const {
  int i = after_marker(objects->back());
  for (int guard = 0; guard < 16 && valid(i); ++guard) {
    int j = i;
    if (comma(j)) ++j;
    if (norm(j) == "and" || norm(j) == "while") ++j;
    const int num = j;
    while (valid(j) && t_[j].mention < 0 &&
           (is_number(j) || norm(j) == "percent" || norm(j) == "per" || norm(j) == "cent"))
      ++j;
    if (j == num || j == i) return;
    if (norm(j) != "for" && norm(j) != "on") return;
    ++j;
    while (valid(j) && t_[j].mention < 0 && (fn(j) & kFnDet))
      ++j;
    if (!valid(j) || t_[j].mention < 0) return;
    for (int32_t m : coordinate_right(t_[j].mention))
      if (std::find(objects->begin(), objects->end(), m) == objects->end()) objects->push_back(m);
    i = after_marker(objects->back());
  }
}

// Tells whether V is a verb of finding or claiming that reports a wrongdoing ("found that").
bool finding_verb(std::string_view v) {
  return v == "found" || v == "finds" || v == "concluded" || v == "concludes" ||
         v == "determined" || v == "ruled" || v == "rules" || v == "alleged" || v == "alleges" ||
         v == "allege" || v == "claimed" || v == "claims";
}

// Tells whether W is a noun that names a breach of rules.
bool wrongdoing_noun(std::string_view w) {
  return w == "violation" || w == "violations" || w == "infringement" || w == "infringements" ||
         w == "breach" || w == "breaches" || w == "abuse" || w == "wrongdoing";
}

// "X said (that) Y violated the law", "X found that Y's infringement was serious", "X found
// violations by Y": the one who reports a breach accuses the one who broke the rules.
bool SentenceParser::reported_wrongdoing(int ts) {
  const bool verb = (cls(ts) & kClsWrongdoing) && (t_[ts].pos & kPosVerb) &&
                    !(t_[ts].pos & kPosGerund) && !det_only(ts - 1);
  const bool noun = !verb && wrongdoing_noun(norm(ts));
  if (!verb && !noun) return false;
  int32_t culprit = -1;
  int left = -1;  // where the reported clause starts
  if (verb) {
    // The culprit stands right before the verb, auxiliaries and adverbs aside.
    int j = ts - 1;
    while (valid(j) && t_[j].mention < 0 && (skippable(j) || (fn(j) & (kFnHave | kFnBe))))
      --j;
    if (!valid(j) || t_[j].mention < 0) return false;
    // "found that X and Y had abused": the whole coordinated subject.
    const std::vector<int32_t> all = coordinate_left(t_[j].mention);
    culprit = all.front();
    left = mbegin(culprit);
  } else {
    int j = ts - 1;
    while (valid(j) && t_[j].mention < 0 && !t_[j].marker && j > ts - 3 && !hard(j) && !comma(j) &&
           !(fn(j) & (kFnPrep | kFnConj | kFnDet)) && !verbish(j))
      --j;
    while (valid(j) && t_[j].marker)
      --j;
    if (valid(j) && t_[j].mention >= 0 && possessive(t_[j].mention)) {
      culprit = t_[j].mention;
      left = mbegin(culprit);
    } else if (norm(ts + 1) == "by" && valid(ts + 2) && t_[ts + 2].mention >= 0) {
      culprit = t_[ts + 2].mention;
      left = ts;
    } else {
      return false;
    }
  }
  // The reporting verb: a few common-noun words ("the chip giant"), "that" or a determiner away.
  int rv = -1;
  for (int j = left - 1, k = 0; j >= 0 && k < 7; --j, ++k) {
    if (t_[j].mention >= 0) {
      // "the U.S. chip giant Y": a name that only modifies the culprit's noun phrase.
      const int32_t mm = t_[j].mention;
      if (possessive(mm) || mend(mm) >= left || t_[mend(mm)].mention >= 0 || comma(mend(mm)) ||
          verbish(mend(mm)))
        break;
      j = mbegin(mm);
      continue;
    }
    if (hard(j) || comma(j)) break;
    if ((cls(j) & kClsReporting) || finding_verb(norm(j))) {
      rv = j;
      break;
    }
    if (norm(j) == "that") continue;
    if (fn(j) & (kFnPrep | kFnConj | kFnRelPron)) break;
  }
  if (rv < 0) return false;
  Found agent = subject(rv, false);
  if (agent.m < 0) {
    // "X revealed that a probe found violations by Y": the finding is reported by X.
    for (int j = rv - 1, k = 0; j >= 0 && k < 8; --j, ++k) {
      if (hard(j) || t_[j].mention >= 0) break;
      if (cls(j) & kClsReporting) {
        agent = subject(j, false);
        rv = j;
        break;
      }
    }
  }
  if (agent.m < 0 || agent.m == culprit) return false;
  bool neg = false, hedge = false;
  polarity(mend(agent.m) <= rv ? mend(agent.m) : rv - 6, rv, &neg, &hedge);
  bool inner_neg = false, inner_hedge = false;
  polarity(left, ts, &inner_neg, &inner_hedge);
  static const Entry kReported =
      rule_entry("accuses.reported-wrongdoing", RelationType::kAccuses, 0.75);
  emit(coordinate_left(agent.m), coordinate_right(culprit), kReported, RelationType::kAccuses,
       Frame::kActive, neg || inner_neg, hedge, rv, ts + 1);
  // "The watchdog found / concluded that X had abused ...": a state's finding ends an inquiry.
  const std::string_view fv = norm(rv);
  if (government(agent.m) && (fv == "found" || fv == "finds" || fv == "concluded" ||
                              fv == "concludes" || fv == "determined" || fv == "ruled")) {
    static const Entry kFinding =
        rule_entry("investigates.finding", RelationType::kInvestigates, 0.7);
    emit(coordinate_left(agent.m), coordinate_right(culprit), kFinding, RelationType::kInvestigates,
         Frame::kActive, neg, hedge, rv, ts + 1);
  }
  return false;  // the breach word may still be a trigger of its own
}

// Whoever last accused, probed or sanctioned ACTOR in the document (a government only when
// AUTHORITY; with RECENT_ACCUSATION, only an asserted accusation of the last three sentences),
// or -1.
int32_t SentenceParser::last_accuser(int32_t actor, bool authority, bool recent_accusation) const {
  const std::string& me = ex_->actors[static_cast<std::size_t>(actor)].id;
  const std::size_t stop = ex_->relations.size() > 400 ? ex_->relations.size() - 400 : 0;
  for (std::size_t i = ex_->relations.size(); i-- > stop;) {
    const Relation& o = ex_->relations[i];
    if (o.object != me || o.agent == me) continue;
    if (o.type != RelationType::kAccuses && o.type != RelationType::kInvestigates &&
        o.type != RelationType::kBans)
      continue;
    if (recent_accusation &&
        (o.type != RelationType::kAccuses || o.negated || o.evidence.sentence_index + 3 < s_.index))
      continue;
    const int32_t a = actor_index(o.agent);
    if (a < 0) return -1;
    if (authority && ex_->actors[static_cast<std::size_t>(a)].type != ActorType::kGovernment)
      continue;
    return a;
  }
  return -1;
}

// "X said (that) the Y lawsuit / Y's decision was wrong / without merit": X denies Y, or, with
// no one named in the phrase, whoever last accused, probed or sanctioned X.
bool SentenceParser::said_wrong(int ts) {
  if (!(cls(ts) & kClsReporting) || t_[ts].mention >= 0 || (fn(ts) & kFnSubordinator)) return false;
  int i = ts + 1;
  if (norm(i) == "that") ++i;
  int32_t named = -1;
  int head = -1;
  for (int k = 0; k < 7 && valid(i); ++k, ++i) {
    if (t_[i].mention >= 0) {
      if (named < 0) named = t_[i].mention;
      i = mend(t_[i].mention) - 1;
      continue;
    }
    if (t_[i].marker || det_only(i)) continue;
    if (fn(i) & kFnDenialObject) {
      head = i;
      // "the allegations against it": the phrase goes on after a preposition.
      while (valid(i + 1) && (fn(i + 1) & kFnDenialObject))
        ++i;
      ++i;
      break;
    }
    if (hard(i) || comma(i) ||
        (fn(i) & (kFnPrep | kFnBe | kFnConj | kFnRelPron | kFnSubordinator | kFnNeg)))
      return false;
  }
  if (head < 0 || !valid(i)) return false;
  // "Y's decision to fine it $5m (Rs 40bn) for abuses was ...": the phrase's complement and
  // parenthetical amounts may stand between the head and its verb.
  for (int depth = 0, k = 0; valid(i) && k < 30; ++k, ++i) {
    const std::string_view w = norm(i);
    if (w == "(") {
      ++depth;
      continue;
    }
    if (w == ")") {
      if (--depth < 0) return false;
      continue;
    }
    if (depth > 0) continue;
    if ((fn(i) & kFnBe) || w == "would" || w == "will" || linking_verb(w)) break;
    if (hard(i) || comma(i) || (fn(i) & (kFnRelPron | kFnSubordinator | kFnConj))) return false;
    if (t_[i].mention >= 0) i = mend(t_[i].mention) - 1;
  }
  if (norm(i) == "would" || norm(i) == "will") ++i;
  if (linking_verb(norm(i))) {
    // "the audit appears (to be) discriminatory"
    ++i;
    if (norm(i) == "to" && (fn(i + 1) & kFnBe)) i += 2;
  } else {
    if (!(fn(i) & kFnBe)) return false;
    ++i;
  }
  // 'was "wrong', 'is a "major setback"': quotes, articles and intensifiers before the verdict.
  while (valid(i) &&
         ((skippable(i) && !(fn(i) & kFnNeg)) || norm(i) == "\"" || norm(i) == "a" ||
          norm(i) == "an" || norm(i) == "major" || norm(i) == "serious" || norm(i) == "big" ||
          norm(i) == "huge" || norm(i) == "simply" || norm(i) == "completely"))
    ++i;
  if ((fn(i) & kFnNeg) && !(norm(i) == "without" && norm(i + 1) == "merit"))
    return false;  // "was not wrong"
  static constexpr std::string_view kWrong[] = {
      "wrong",     "wrongheaded",    "wrong-headed", "misguided",     "baseless",    "groundless",
      "unfounded", "meritless",      "flawed",       "false",         "mistaken",    "incorrect",
      "untrue",    "unjustified",    "unfair",       "erroneous",     "absurd",      "ridiculous",
      "misplaced", "inaccurate",     "unwarranted",  "frivolous",     "politically", "setback",
      "mistake",   "discriminatory", "blow",         "disappointing", "regrettable", "unlawful"};
  const std::string_view w = norm(i);
  bool wrong = w == "without" && norm(i + 1) == "merit";
  for (std::string_view x : kWrong)
    wrong = wrong || w == x;
  if (!wrong) return false;
  const Found agent = subject(ts, false);
  if (agent.m < 0) return false;
  const Resolved ra = resolve(agent.m, true, nullptr);
  if (ra.actor < 0) return false;
  bool neg = false, hedge = false;
  polarity(mend(agent.m) <= ts ? mend(agent.m) : ts - 6, ts, &neg, &hedge);
  static const Entry kSaidWrong = rule_entry("denies.said-wrong", RelationType::kDenies, 0.75);
  const std::size_t n0 = ex_->relations.size();
  // Calling the other side's act wrong both rejects its charge and criticises it.
  static const Entry kSaidWrongAcc = rule_entry("accuses.said-wrong", RelationType::kAccuses, 0.7);
  if (named >= 0 && !possessive_pronoun(named)) {
    emit(coordinate_left(agent.m), {named}, kSaidWrong, RelationType::kDenies, Frame::kActive, neg,
         hedge, ts, i + 1);
    emit(coordinate_left(agent.m), {named}, kSaidWrongAcc, RelationType::kAccuses, Frame::kActive,
         neg, hedge, ts, i + 1);
  }
  if (ex_->relations.size() == n0) {
    const int32_t accuser = last_accuser(ra.actor, false);
    if (accuser >= 0) {
      emit_for_subjects(agent.m, accuser, kSaidWrong, neg, hedge);
      emit_for_subjects(agent.m, accuser, kSaidWrongAcc, neg, hedge);
    }
  }
  return ex_->relations.size() > n0;
}

// "China said X products failed security reviews": the state that reports a failed review
// reviewed X and finds fault with it.
void SentenceParser::failed_review(int ts) {
  const std::string_view v = norm(ts);
  if (v != "failed" && v != "fails" && v != "fail" && v != "flunked") return;
  auto review = [&](int q) {
    const std::string_view n = norm(q);
    return n == "review" || n == "reviews" || n == "check" || n == "checks" || n == "test" ||
           n == "tests" || n == "inspection" || n == "inspections" || n == "audit" ||
           n == "audits" || n == "assessment" || n == "assessments";
  };
  int k = ts + 1;
  while (valid(k) && k < ts + 5 && !review(k) && t_[k].mention < 0 && !hard(k) && !comma(k) &&
         !(fn(k) & (kFnPrep | kFnConj)))
    ++k;
  if (!valid(k) || !review(k)) return;
  // The culprit: a mention right before the verb, or before its product noun ("X products").
  int j = ts - 1;
  if (valid(j) && t_[j].mention < 0 &&
      (norm(j) == "products" || norm(j) == "chips" || norm(j) == "devices" ||
       norm(j) == "equipment"))
    --j;
  if (!valid(j) || t_[j].mention < 0) return;
  const int32_t culprit = t_[j].mention;
  int rv = mbegin(culprit) - 1;
  if (norm(rv) == "that") --rv;
  if (!valid(rv) || !(cls(rv) & kClsReporting)) return;
  const Found agent = subject(rv, false);
  if (agent.m < 0 || agent.m == culprit || !government(agent.m)) return;
  bool neg = false, hedge = false;
  polarity(mend(agent.m) <= rv ? mend(agent.m) : rv - 6, rv, &neg, &hedge);
  static const Entry kProbe =
      rule_entry("investigates.failed-review", RelationType::kInvestigates, 0.7);
  static const Entry kFault = rule_entry("accuses.failed-review", RelationType::kAccuses, 0.7);
  emit(coordinate_left(agent.m), {culprit}, kProbe, RelationType::kInvestigates, Frame::kActive,
       neg, hedge, ts, k + 1);
  emit(coordinate_left(agent.m), {culprit}, kFault, RelationType::kAccuses, Frame::kActive, neg,
       hedge, ts, k + 1);
}

// "The regulator said X and Y must open their stores", "X should change its contracts, the
// watchdog said" (the first only): a state saying what a firm must do pressures the firm.
void SentenceParser::said_must(int ts) {
  if (!(cls(ts) & kClsReporting) || t_[ts].mention >= 0 || (fn(ts) & kFnSubordinator)) return;
  int i = ts + 1;
  if (norm(i) == "that") ++i;
  if (!valid(i) || t_[i].mention < 0) return;
  const std::vector<int32_t> firms = coordinate_right(t_[i].mention);
  int j = mend(firms.back());
  auto modal = [&](int k) {
    const std::string_view v = norm(k);
    return v == "must" || v == "should" || v == "has" || v == "have" || v == "need" ||
           v == "needs" || v == "will" || v == "would";
  };
  while (valid(j) && skippable(j) && !t_[j].marker && !modal(j))
    ++j;
  const std::string_view w = norm(j);
  bool must = w == "must" || w == "should";
  if (!must && (w == "has" || w == "have" || w == "need" || w == "needs") && norm(j + 1) == "to")
    must = true;
  if (!must && (w == "will" || w == "would") && norm(j + 1) == "have" && norm(j + 2) == "to")
    must = true;
  if (!must) return;
  const Found agent = subject(ts, false);
  if (agent.m < 0 || !government(agent.m)) return;
  std::vector<int32_t> targets;
  for (int32_t m : firms)
    if (!government(m)) targets.push_back(m);
  if (targets.empty()) return;
  bool neg = false, hedge = false;
  polarity(mend(agent.m) <= ts ? mend(agent.m) : ts - 6, ts, &neg, &hedge);
  static const Entry kMust = rule_entry("pressures.said-must", RelationType::kPressures, 0.7);
  emit(coordinate_left(agent.m), targets, kMust, RelationType::kPressures, Frame::kActive, neg,
       hedge, ts, j + 1);
}

// Tells whether W names income a share of which can be handed to a state.
bool income_noun(std::string_view w) {
  return w == "revenue" || w == "revenues" || w == "profit" || w == "profits" || w == "earnings" ||
         w == "income" || w == "proceeds" || w == "sales" || w == "turnover";
}

// "X agreed to pay the government 15% of its revenue", "X will hand over 15 percent of its
// sales to Y's government": a share of income paid to a state is a levy by that state.
void SentenceParser::revenue_share(int ts) {
  const std::string_view v = norm(ts);
  int te = ts + 1;
  if (v == "hand" || v == "hands" || v == "handed" || v == "handing" || v == "shell" ||
      v == "shells" || v == "shelled" || v == "turn" || v == "turns" || v == "turned") {
    if (norm(te) != "over" && norm(te) != "out") return;
    ++te;
  } else if (!(v == "pay" || v == "pays" || v == "paid" || v == "paying" || v == "remit" ||
               v == "remits" || v == "give" || v == "gives")) {
    return;
  }
  int32_t gov = -1;
  bool share = false, income = false;
  int end = te;
  for (int i = te; i < std::min(n_, te + 24); ++i) {
    if (hard(i) || (fn(i) & (kFnRelPron | kFnSubordinator))) break;
    if (comma(i) && share) break;
    end = i + 1;
    if (t_[i].mention >= 0) {
      const int p = prep_before(mbegin(t_[i].mention));
      // the recipient: right after the verb, or after "to"
      if (gov < 0 && government(t_[i].mention) &&
          (mbegin(t_[i].mention) == te || (fn(te) & kFnDet && mbegin(t_[i].mention) == te + 1) ||
           norm(p) == "to"))
        gov = t_[i].mention;
      i = mend(t_[i].mention) - 1;
      end = i + 1;
      continue;
    }
    const std::string_view w = norm(i);
    if ((!w.empty() && w.back() == '%') || w == "percent" || w == "percentage" || w == "cent" ||
        w == "share" || w == "cut")
      share = true;
    if (share && income_noun(w)) income = true;
  }
  if (gov < 0 || !share || !income) return;
  const Found payer = subject(ts, false);
  if (payer.m < 0 || government(payer.m)) return;
  bool neg = false, hedge = false;
  polarity(mend(payer.m) <= ts ? mend(payer.m) : ts - 6, ts, &neg, &hedge);
  static const Entry kShare = rule_entry("taxes.revenue-share", RelationType::kTaxes, 0.75);
  emit({gov}, coordinate_left(payer.m), kShare, RelationType::kTaxes, Frame::kActive, neg, hedge,
       ts, end);
}

// "X and Y competed for the same subsidies", "X and Y compete in Z": coordinated subjects of an
// intransitive compete rival each other.
void SentenceParser::mutual_compete(int ts) {
  const std::string_view v = norm(ts);
  if (!(v == "compete" || v == "competes" || v == "competed" || v == "competing" || v == "vie" ||
        v == "vied" || v == "vying"))
    return;
  const std::string_view nx = norm(ts + 1);
  if (nx == "with" || nx == "against" || (valid(ts + 1) && t_[ts + 1].mention >= 0)) return;
  const Found sj = subject(ts, false);
  if (sj.m < 0) return;
  const std::vector<int32_t> parties = coordinate_left(sj.m);
  if (parties.size() < 2) return;
  bool neg = false, hedge = false;
  polarity(mend(sj.m) <= ts ? mend(sj.m) : ts - 6, ts, &neg, &hedge);
  static const Entry kMutual = rule_entry("competes.mutual", RelationType::kCompetes, 0.8);
  for (std::size_t a = 0; a + 1 < parties.size(); ++a)
    emit({parties[a]}, {parties[a + 1]}, kMutual, RelationType::kCompetes, Frame::kActive, neg,
         hedge, ts, ts + 1);
}

// The party a regulator acts on when the object found is only a modifier: "approved X's Y
// purchase" (the buyer X, not the target Y) and "approval for U.S. chip giant X" (the firm X,
// not the country that describes it).
int32_t SentenceParser::regulated_party(int32_t m, RelationType type) const {
  if (type != RelationType::kApproves && type != RelationType::kInvestigates &&
      type != RelationType::kBans)
    return m;
  const int b = mbegin(m), e = mend(m);
  // "X's Y takeover": a target right before a deal noun, with the buyer as possessive.
  if (!possessive(m) && valid(e) && t_[e].mention < 0 && (fn(e) & kFnDeal)) {
    int j = b - 1;
    if (valid(j) && t_[j].marker) {
      while (valid(j) && t_[j].marker)
        --j;
      if (valid(j) && t_[j].mention >= 0 && !government(t_[j].mention)) return t_[j].mention;
    }
  }
  // "U.S. chip design software giant X": a state named as a nationality before a company.
  if (government(m) && !possessive(m) && type == RelationType::kApproves) {
    for (int i = e; i < std::min(n_, e + 6); ++i) {
      if (t_[i].mention >= 0) {
        if (i > e && !government(t_[i].mention)) return t_[i].mention;
        break;
      }
      if (hard(i) || comma(i) || t_[i].marker || skip_paren(i) != i ||
          (fn(i) & (kFnPrep | kFnConj | kFnDet | kFnRelPron | kFnSubordinator | kFnBe | kFnHave)) ||
          verbish(i) || is_number(i))
        break;
    }
  }
  return m;
}

// "X and Y formed a joint venture", "X and Y resumed work at their joint-venture plant": the
// partners of a joint venture or partnership back each other.
void SentenceParser::joint_venture(int ts) {
  const std::string_view w = norm(ts);
  int te = ts + 1;
  if (w == "joint" && (norm(te) == "venture" || norm(te) == "ventures")) {
    ++te;
  } else if (w.substr(0, 13) != "joint-venture" && w != "partnership" && w != "alliance") {
    return;
  }
  const std::string_view d = norm(ts - 1);
  if (!(d == "their" || d == "a" || d == "an" || d == "the" || d == "new")) return;
  Found sj = subject(ts - 1, false);
  if (sj.m < 0 && d == "their") {
    // "X and Y resumed work at their joint-venture plant": the clause's leading subject.
    for (int i = 0; i < ts && sj.m < 0; ++i) {
      if (hard(i)) break;
      if (t_[i].mention >= 0 && prep_before(mbegin(t_[i].mention)) < 0) {
        sj.m = t_[i].mention;
        const std::vector<int32_t> c = coordinate_right(sj.m);
        sj.m = c.back();
      }
    }
  }
  if (sj.m < 0) return;
  const std::vector<int32_t> parties = coordinate_left(sj.m);
  if (parties.size() < 2) return;
  for (int32_t m : parties)
    if (government(m)) return;
  bool neg = false, hedge = false;
  polarity(mend(sj.m) <= ts ? mend(sj.m) : ts - 6, ts, &neg, &hedge);
  static const Entry kJoint = rule_entry("supports.joint-venture", RelationType::kSupports, 0.75);
  for (int32_t a : parties) {
    std::vector<int32_t> others;
    for (int32_t o : parties)
      if (o != a) others.push_back(o);
    emit({a}, others, kJoint, RelationType::kSupports, Frame::kNominal, neg, hedge, ts, te,
         "mutual");
  }
}

// Tells whether V puts something on a list ("added", "placed").
bool add_verb(std::string_view v) {
  return v == "add" || v == "adds" || v == "added" || v == "adding" || v == "put" || v == "puts" ||
         v == "putting" || v == "place" || v == "places" || v == "placed" || v == "placing";
}

bool list_noun(std::string_view w) {
  return w == "list" || w == "lists" || w == "blacklist" || w == "blacklists" || w == "watchlist" ||
         w == "watchlists" || w == "black-list";
}

// Each sanction that this sentence produced since relation N0 (not negated) with a reason
// after FROM ("over security concerns", "citing its ties to") also accuses its object.
void SentenceParser::reason_accuses(std::size_t n0, int from) {
  if (!wrongdoing_reason(from)) return;
  const std::size_t n1 = ex_->relations.size();
  for (std::size_t i = n0; i < n1; ++i) {
    if (ex_->relations[i].type != RelationType::kBans || ex_->relations[i].negated) continue;
    Relation acc = ex_->relations[i];
    acc.type = RelationType::kAccuses;
    acc.product.clear();
    acc.evidence.rule = "accuses.sanction-reason#list";
    bool seen = false;
    for (std::size_t k = first_relation_; k < ex_->relations.size() && !seen; ++k) {
      const Relation& o = ex_->relations[k];
      seen = o.agent == acc.agent && o.object == acc.object && o.type == acc.type &&
             o.hedged == acc.hedged && !o.negated;
    }
    if (!seen) ex_->relations.push_back(std::move(acc));
  }
}

// "X added Y and Z to its entity list / a trade blacklist", "Y was placed on the list": the
// list is a sanction, so X bans each one added.
bool SentenceParser::list_addition(int ts) {
  if (!add_verb(norm(ts))) return false;
  int to = -1, le = -1;
  for (int i = ts + 1; i < n_ && i < ts + 45 && to < 0; ++i) {
    if (t_[i].mention >= 0) {
      i = mend(t_[i].mention) - 1;
      continue;
    }
    if (norm(i) == "-" || norm(i) == "\xe2\x80\x94" || norm(i) == "\xe2\x80\x93")
      continue;  // an aside
    if (hard(i) || (cls(i) & kClsReporting)) break;
    const std::string_view p = norm(i);
    if (p != "to" && p != "on" && p != "onto") continue;
    for (int j = i + 1, k = 0; j < n_ && k < 6; ++j, ++k) {
      if (t_[j].mention >= 0 || hard(j) || comma(j)) break;
      if (list_noun(norm(j))) {
        // "its list of suppliers" is no sanctions list.
        if (norm(j + 1) != "of") {
          to = i;
          le = j + 1;
        }
        break;
      }
    }
  }
  if (to < 0) return false;
  static const Entry kList = [] {
    Entry e = rule_entry("bans.list-addition", RelationType::kBans, 0.85);
    e.agent_types = {ActorType::kGovernment};
    return e;
  }();
  const std::string_view v = norm(ts);
  bool passive = false;
  if (v.size() > 2 && (v.substr(v.size() - 2) == "ed" || v == "put")) {
    for (int i = ts - 1, k = 0; i >= 0 && k < 4; --i, ++k) {
      if (fn(i) & kFnBe) passive = true;
      if (passive || !skippable(i)) break;
    }
  }
  std::vector<int32_t> objects;
  Found agent;
  if (passive) {
    const Found patient = subject(ts, false);
    if (patient.m >= 0) objects = coordinate_left(patient.m);
    const int32_t by = by_agent(le, 10);
    agent.m = by >= 0 ? by : -1;
  } else {
    const int32_t obj = object_after(ts + 1, kList, true, to - ts - 1);
    if (obj >= 0) {
      for (int32_t o : coordinate_right(obj))
        if (mbegin(o) < to) objects.push_back(o);
    }
    agent = subject(ts, false);
  }
  if (objects.empty()) return false;
  bool neg = false, hedge = false;
  polarity(agent.m >= 0 && mend(agent.m) <= ts ? mend(agent.m) : ts - 6, ts, &neg, &hedge);
  const std::size_t n0 = ex_->relations.size();
  if (agent.m >= 0) {
    emit(coordinate_left(agent.m), objects, kList, RelationType::kBans,
         passive ? Frame::kPassiveBy : Frame::kActive, neg, hedge, ts, le);
  }
  if (ex_->relations.size() == n0)
    discourse_agent(objects, kList, RelationType::kBans, neg, hedge, passive);
  if (ex_->relations.size() == n0) return false;
  reason_accuses(n0, le);
  t_[ts].consumed = true;
  return true;
}

// Tells whether V names something as something ("called", "described").
bool call_verb(std::string_view v) {
  return v == "called" || v == "calls" || v == "described" || v == "describes" || v == "branded" ||
         v == "brands" || v == "labelled" || v == "labeled" || v == "termed";
}

// "X called Y's decision unfair", "X described the fine imposed by Y as unjustified": X
// criticises Y.
bool SentenceParser::called_wrong(int ts) {
  if (!call_verb(norm(ts))) return false;
  static constexpr std::string_view kWrong[] = {"unfair",
                                                "unjustified",
                                                "unjust",
                                                "unlawful",
                                                "illegal",
                                                "baseless",
                                                "groundless",
                                                "discriminatory",
                                                "protectionist",
                                                "disproportionate",
                                                "unfounded",
                                                "arbitrary",
                                                "absurd",
                                                "misguided",
                                                "unacceptable",
                                                "unreasonable",
                                                "politically-motivated",
                                                "abusive",
                                                "setback",
                                                "flawed",
                                                "wrongheaded",
                                                "mistake"};
  int32_t target = -1;
  int adj = -1;
  for (int i = ts + 1; i < std::min(n_, ts + 14); ++i) {
    if (t_[i].mention >= 0) {
      if (target < 0) target = t_[i].mention;
      i = mend(t_[i].mention) - 1;
      continue;
    }
    if (hard(i) && norm(i) != "\"") break;
    if (comma(i) || ((fn(i) & (kFnRelPron | kFnSubordinator)) && norm(i) != "as")) break;
    for (std::string_view w : kWrong)
      if (norm(i) == w) adj = i;
    if (adj >= 0) break;
  }
  if (adj < 0) return false;
  const Found agent = subject(ts, false);
  if (agent.m < 0) return false;
  bool neg = false, hedge = false;
  polarity(mend(agent.m) <= ts ? mend(agent.m) : ts - 6, ts, &neg, &hedge);
  static const Entry kCalled = rule_entry("accuses.called-wrong", RelationType::kAccuses, 0.75);
  if (target < 0) {
    // "X called the ruling a major setback": the author of the ruling is whoever last accused,
    // probed or sanctioned X.
    bool decision = false;
    for (int i = ts + 1; i < adj && !decision; ++i)
      decision = (fn(i) & kFnDenialObject) != 0;
    const Resolved ra = resolve(agent.m, true, nullptr);
    const int32_t accuser = decision && ra.actor >= 0 ? last_accuser(ra.actor, false) : -1;
    if (accuser < 0) return false;
    const auto n0 = ex_->relations.size();
    emit_for_subjects(agent.m, accuser, kCalled, neg, hedge);
    return ex_->relations.size() > n0;
  }
  emit(coordinate_left(agent.m), coordinate_right(target), kCalled, RelationType::kAccuses,
       Frame::kActive, neg, hedge, ts, adj + 1);
  return true;
}

// Remembers the buyer of a deal: a company's possessive before a deal noun ("X's $2bn bid",
// "its purchase of Y") or the subject of a verb of buying a named company ("X agreed to buy Y").
void SentenceParser::note_acquirer() {
  for (int i = 0; i < n_; ++i) {
    if (t_[i].mention >= 0) continue;
    int32_t buyer = -1;
    if (fn(i) & kFnDeal) {
      for (int j = i - 1, k = 0; j >= 0 && k < 4; --j, ++k) {
        if (t_[j].marker) continue;
        if (t_[j].mention >= 0) {
          if (possessive(t_[j].mention)) buyer = company(t_[j].mention);
          break;
        }
        if (hard(j) || comma(j) || (fn(j) & (kFnPrep | kFnConj | kFnDet)) || verbish(j)) break;
      }
    } else if ((cls(i) & kClsAcquire) && (t_[i].pos & kPosVerb) && !det_only(i - 1)) {
      int target = -1;
      for (int j = i + 1; j < std::min(n_, i + 6) && target < 0; ++j) {
        if (hard(j) || comma(j)) break;
        if (t_[j].mention >= 0) target = company(t_[j].mention);
      }
      if (target >= 0) {
        const Found sj = subject(i, false);
        if (sj.m >= 0 && company(sj.m) != target) buyer = company(sj.m);
      }
    }
    if (buyer >= 0) st_->acquirer = buyer;
  }
}

void SentenceParser::run() {
  note_acquirer();
  for (int i = 0; i < n_; ++i) {
    const uint32_t f = t_[i].fn;
    if (f & kFnSentenceHedge) sentence_hedge_ = true;
    if (f & kFnReportNoun) {
      for (int j = i + 1; j <= i + 2 && j < n_; ++j)
        if (t_[j].fn & kFnReportVerb) sentence_hedge_ = true;
    }
  }
  Stemmer& st = tl_stemmer;
  for (int i = 0; i < n_; ++i) {
    Tok& tk = t_[i];
    if (tk.mention < 0 && !tk.consumed &&
        (refused_request(i) || called_wrong(i) || list_addition(i) || said_wrong(i)))
      continue;
    if (tk.mention < 0) reported_wrongdoing(i);
    if (tk.mention < 0) said_must(i);
    if (tk.mention < 0) revenue_share(i);
    if (tk.mention < 0) mutual_compete(i);
    if (tk.mention < 0) joint_venture(i);
    if (tk.mention < 0) failed_review(i);
    if (tk.word < 0 || tk.mention >= 0 || tk.consumed) continue;
    const Word& w = lex_.word(tk.word);
    if (w.classes & kClsControl) {
      if (control(i, i + 1)) continue;
    }
    for (std::size_t ti = 0; ti < w.triggers.size(); ++ti) {
      const Trigger& tr = w.triggers[ti];
      const std::size_t rel0 = ex_->relations.size();
      const std::size_t diag0 = ex_->diagnostics.size();
      // Multiword triggers: the following words must match by stem.
      bool match = true;
      int te = i + 1;
      for (const std::string& r : tr.rest) {
        if (!valid(te) || t_[te].mention >= 0 || st.stem(norm(te)) != r) {
          match = false;
          break;
        }
        ++te;
      }
      if (!match) continue;
      uint8_t pos = static_cast<uint8_t>(tr.pos & (tk.pos | kPosWord));
      if (tr.rest.empty() && (tr.pos & kPosWord) == 0) pos = static_cast<uint8_t>(tr.pos & tk.pos);
      if (!tr.rest.empty()) pos = tr.pos;
      if (pos == 0) continue;
      const Entry& e = lex_.entry(tr.entry);
      if (e.comparative) {
        comparative_frame(i, te, e, tr.entry);
      } else if ((pos & kPosAdj) && !(pos & (kPosVerb | kPosNoun))) {
        adjective_frame(i, te, e, tr.entry);
      } else if ((pos & kPosVerb) && (pos & kPosNoun)) {
        // A zero-derived noun ("ban", "probe") after a determiner, number, possessive or
        // preposition, or before its own preposition, is a noun.
        const int p = i - 1;
        const bool object_next =
            valid(te) && (t_[te].mention >= 0 || (fn(te) & kFnDet) || is_number(te));
        const bool nounish = valid(p) && ((fn(p) & (kFnDet | kFnPrep | kFnNeg)) || is_number(p) ||
                                          t_[p].marker || (t_[p].mention >= 0 && !object_next));
        // "plan to appeal", "refused to ban": "to" after such a verb marks an infinitive.
        const bool infinitive =
            norm(p) == "to" &&
            (cls(p - 1) & (kClsHedgeVerb | kClsNegVerb | kClsControl | kClsInfinitive));
        // "X's main European rival": up to three modifiers between a possessive or determiner
        // and the noun.
        bool adj_between = false;
        for (int q = p, k = 0; k < 3 && valid(q - 1); --q, ++k) {
          if (t_[q].word >= 0 || t_[q].mention >= 0 || skippable(q) || (fn(q) & kFnPrep) ||
              hard(q) || comma(q))
            break;
          if (t_[q - 1].marker || (fn(q - 1) & kFnDet) ||
              (t_[q - 1].mention >= 0 &&
               (possessive(t_[q - 1].mention) || possessive_pronoun(t_[q - 1].mention)))) {
            adj_between = true;
            break;
          }
        }
        const bool prep_next = e.object_prep(norm(te)) || e.agent_prep(norm(te));
        // "imposed tariffs as high as 15%", "faces probes": a plural form right after a verb is
        // its object, not a second verb.
        const std::string_view pw = norm(p);
        const std::string_view tw = norm(i);
        const bool after_verb =
            valid(p) && t_[p].mention < 0 && tw.size() > 3 && tw.back() == 's' &&
            !(tk.pos & (kPosParticiple | kPosGerund)) &&
            ((pw.size() > 4 &&
              (pw.substr(pw.size() - 2) == "ed" || pw.substr(pw.size() - 3) == "ing")) ||
             pw == "impose" || pw == "imposes" || pw == "slap" || pw == "slaps" || pw == "face" ||
             pw == "faces" || pw == "announce" || pw == "announces" || pw == "levy");
        if (!infinitive && (nounish || adj_between || after_verb ||
                            (prep_next && !(tk.pos & (kPosParticiple | kPosGerund)))))
          noun_frame(i, te, e, tr.entry);
        else
          verb_frame(i, te, e, tr.entry);
      } else if (pos & kPosNoun) {
        noun_frame(i, te, e, tr.entry);
      } else if (pos & kPosAdj) {
        adjective_frame(i, te, e, tr.entry);
      } else if (pos & kPosVerb) {
        if (det_only(i - 1)) break;  // a verb form used as a noun
        // "X's development challenges": a plural noun after a possessive's modifier.
        if (tk.norm.size() > 3 && tk.norm.back() == 's' && valid(i - 2) && t_[i - 1].word < 0 &&
            t_[i - 1].mention < 0 && !(t_[i - 1].fn) && !hard(i - 1) && !comma(i - 1) &&
            (t_[i - 2].marker || (t_[i - 2].mention >= 0 && possessive(t_[i - 2].mention))))
          break;
        verb_frame(i, te, e, tr.entry);
      }
      // "China supplies Russia": an entry of the same type for other agents ("supplies.arm" for
      // states) gets its turn when this one's agent was of the wrong type.
      if (ex_->relations.size() == rel0 && ex_->diagnostics.size() > diag0 &&
          ex_->diagnostics.back().reason == "agent is not of a type this trigger applies to" &&
          ti + 1 < w.triggers.size() && w.triggers[ti + 1].rest.size() == tr.rest.size() &&
          lex_.entry(w.triggers[ti + 1].entry).type == e.type) {
        ex_->diagnostics.resize(diag0);
        continue;
      }
      i = te - 1;
      break;
    }
  }
}

// Remembers the last government named in a sentence's mentions [MI, MJ).
void note_government(const Extraction& ex, std::size_t mi, std::size_t mj, uint32_t sentence,
                     DocState* st) {
  for (std::size_t m = mi; m < mj; ++m) {
    const Mention& mm = ex.mentions[m];
    int32_t a = mm.actor;  // a country named as a place is no acting government
    if (a < 0 || static_cast<std::size_t>(a) >= ex.actors.size()) continue;
    if (mm.kind == MentionKind::kCountry && mm.state_actor >= 0 && !mm.possessive &&
        static_cast<std::size_t>(mm.state_actor) < ex.actors.size()) {
      // "Japan announced curbs": a country that is no prepositional object acts.
      std::string_view before;
      if (mm.begin_token > 0) before = ex.text.norm_of(ex.text.tokens[mm.begin_token - 1]);
      static constexpr std::string_view kPlace[] = {
          "in",   "to",      "from", "of",   "into",      "across",  "with",   "at",
          "on",   "against", "for",  "than", "between",   "within",  "toward", "towards",
          "over", "about",   "by",   "like", "including", "outside", "inside", "throughout"};
      bool place = false;
      for (std::string_view p : kPlace)
        place = place || before == p;
      // "Chinese firms", "US chipmakers": a nationality, not the state.
      std::string_view after;
      if (mm.end_token < ex.text.tokens.size())
        after = ex.text.norm_of(ex.text.tokens[mm.end_token]);
      static constexpr std::string_view kFirms[] = {
          "firms",    "firm",      "companies",  "company",       "chipmakers", "makers",
          "groups",   "suppliers", "businesses", "manufacturers", "exporters",  "brands",
          "entities", "vendors",   "consumers",  "users",         "investors",  "customers"};
      for (std::string_view f : kFirms)
        place = place || after == f;
      // Only a subject acts: a verb follows ("Japan announced", "China has", "the US bans").
      static constexpr std::string_view kAux[] = {
          "has", "have",  "had",  "is",     "was", "will", "would", "did", "does", "could",
          "may", "might", "must", "should", "can", "also", "then",  "now", "on",   "last"};
      bool verb = after.size() > 3 && (after.substr(after.size() - 2) == "ed" ||
                                       (after.back() == 's' && after[after.size() - 2] != 's'));
      for (std::string_view x : kAux)
        verb = verb || after == x;
      if (place || !verb) continue;
      a = mm.state_actor;
    }
    if (ex.actors[static_cast<std::size_t>(a)].type != ActorType::kGovernment) continue;
    st->last_gov = a;
    st->last_gov_sentence = sentence;
  }
}

}  // namespace

namespace {
// Whether a word form, outside any mention, makes a sentence worth parsing: a trigger, a control
// or negative verb, or one of the cues later rules read without a trigger of their own.
bool parse_cue(const Lexicon& lex, std::string_view norm, uint32_t fn, int32_t word) {
  const uint32_t classes = word >= 0 ? lex.word(word).classes : 0;
  if (word >= 0 && !lex.word(word).triggers.empty()) return true;
  if (classes & (kClsControl | kClsNegVerb | kClsWrongdoing | kClsAcquire)) return true;
  if (call_verb(norm) || add_verb(norm)) return true;
  if (fn & (kFnDenialObject | kFnDeal)) return true;  // "X said the suit is wrong"; deals
  if (income_noun(norm)) return true;                 // "pay X 15% of its revenue"
  if (norm.substr(0, 5) == "joint") return true;      // "a joint venture"
  return wrongdoing_noun(norm);
}

}  // namespace

void RelationExtractor::extract(const Document& doc, Extraction* ex) const {
  const Lexicon& lex = *impl_->lexicon;
  DocState st;
  if (impl_->knowledge) st.knowledge = &impl_->knowledge->impl();
  std::vector<Tok> toks;
  const auto& mentions = ex->mentions;
  std::size_t mi = 0;
  Stemmer& stemmer = tl_stemmer;
  FormMemo& memo = tl_memo;
  if (memo.lexicon.owner_before(impl_->lexicon) || impl_->lexicon.owner_before(memo.lexicon) ||
      memo.forms.size() > kMaxMemoForms) {
    memo.forms.clear();
    memo.lexicon = impl_->lexicon;
  }
  for (const Sentence& s : ex->text.sentences) {
    while (mi < mentions.size() && mentions[mi].sentence < s.index)
      ++mi;
    std::size_t mj = mi;
    while (mj < mentions.size() && mentions[mj].sentence == s.index)
      ++mj;
    if (mj == mi) continue;  // no actor: no relation
    const uint32_t b = s.begin_token;
    const uint32_t n = s.end_token - s.begin_token;
    toks.assign(n, Tok{});
    for (std::size_t m = mi; m < mj; ++m) {
      for (uint32_t k = mentions[m].begin_token; k < mentions[m].end_token; ++k)
        if (k >= b && k < s.end_token) toks[k - b].mention = static_cast<int32_t>(m);
    }
    bool any = false;
    for (uint32_t k = 0; k < n; ++k) {
      const Token& tok = ex->text.tokens[b + k];
      Tok& t = toks[k];
      t.norm = ex->text.norm_of(tok);
      const std::size_t h = fast_hash::hash_bytes(t.norm.data(), t.norm.size());
      const FormInfo* form = memo.forms.find(t.norm, h);
      if (form == nullptr) {
        FormInfo f;
        f.fn = lex.func(t.norm);
        f.word = lex.lookup(t.norm, &f.pos, &stemmer);
        f.cue = parse_cue(lex, t.norm, f.fn, f.word);
        form = memo.forms.insert(t.norm, h, f);
      }
      t.fn = form->fn;
      if (tok.kind == TokenKind::kPossessive || t.norm == "'s" || t.norm == "\xe2\x80\x99s") {
        t.marker = true;
      } else if ((t.norm == "'" || t.norm == "\xe2\x80\x99") && k + 1 < n &&
                 ex->text.norm_of(ex->text.tokens[b + k + 1]) == "s" && k > 0) {
        t.marker = true;
        toks[k + 1].marker = true;  // the tokenizer split "'" and "s"
      }
      if (t.marker || tok.kind != TokenKind::kWord) continue;
      if (k > 0 && toks[k - 1].marker && toks[k].norm == "s") continue;
      t.word = form->word;
      t.pos = form->pos;
      if (t.mention < 0 && form->cue) any = true;
    }
    // "a penalty of Rs 1,337 crore": a currency before or after a number is an amount, never a
    // party, whatever the actor stage made of it.
    for (uint32_t k = 0; k < n; ++k) {
      if (toks[k].mention < 0 || !currency_word(toks[k].norm)) continue;
      const bool one = (k == 0 || toks[k - 1].mention != toks[k].mention) &&
                       (k + 1 == n || toks[k + 1].mention != toks[k].mention);
      const auto numeric = [&](uint32_t j) {
        const std::string_view w = toks[j].norm;
        return !w.empty() && w[0] >= '0' && w[0] <= '9';
      };
      if (one && ((k + 1 < n && numeric(k + 1)) || (k > 0 && numeric(k - 1)))) toks[k].mention = -1;
    }
    if (any) SentenceParser(lex, doc, ex, s, &toks, &st).run();
    note_government(*ex, mi, mj, s.index, &st);
  }
}

}  // namespace actorgraph
