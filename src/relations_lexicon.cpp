// Loading of the relation lexicon. Inflected forms are generated from each lemma and kept when
// the Snowball stemmer maps them to the lemma's stem, so that run time needs one hash lookup per
// token; forms not generated fall back to stemming, filtered by a prefix table.
#include "relations_lexicon.hpp"

#include <libstemmer.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cctype>

namespace actorgraph::rel {

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", nullptr)) {}
Stemmer::~Stemmer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

std::string_view Stemmer::stem(std::string_view word) {
  if (stemmer_ == nullptr || word.empty()) return word;
  const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (out == nullptr) return word;
  return {reinterpret_cast<const char*>(out),
          static_cast<std::size_t>(sb_stemmer_length(stemmer_))};
}

std::string_view frame_name(Frame f) {
  static constexpr std::string_view kNames[kFrameCount] = {
      "active",        "passive_by",    "passive_implicit",    "relative",
      "participle",    "nominal",       "nominal_premodifier", "adjective",
      "control_avoid", "control_other", "comparative",         "reversal",
      "fallback"};
  return kNames[static_cast<int>(f)];
}

bool Entry::object_prep(std::string_view p) const {
  return std::find(object_preps.begin(), object_preps.end(), p) != object_preps.end();
}
bool Entry::agent_prep(std::string_view p) const {
  return std::find(agent_preps.begin(), agent_preps.end(), p) != agent_preps.end();
}

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ')
      ++i;
    std::size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ')
      ++j;
    if (j > i) out.emplace_back(phrase.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string_view Lexicon::intern(std::string_view s) {
  arena_.emplace_back(s);
  return arena_.back();
}

int32_t Lexicon::word_for_stem(std::string_view stem) {
  auto it = stems_.find(stem);
  if (it != stems_.end()) return it->second;
  const auto id = static_cast<int32_t>(words_.size());
  words_.emplace_back();
  std::string_view key = intern(stem);
  stems_.emplace(key, id);
  prefixes_.insert(key.substr(0, std::min<std::size_t>(4, key.size())));
  return id;
}

namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

}  // namespace

void Lexicon::add_forms(std::string_view lemma, uint8_t pos, int32_t word, Stemmer* st) {
  const std::string stem(st->stem(lemma));
  struct Cand {
    std::string form;
    uint8_t pos;
  };
  std::vector<Cand> cands;
  const std::string l(lemma);
  const uint8_t verbal = pos & (kPosVerb | kPosAdj | kPosWord);
  cands.push_back({l, pos});
  if (pos & kPosNoun) {
    cands.push_back({l + "s", kPosNoun});
    cands.push_back({l + "es", kPosNoun});
    if (l.size() > 2 && l.back() == 'y' && !is_vowel(l[l.size() - 2]))
      cands.push_back({l.substr(0, l.size() - 1) + "ies", kPosNoun});
  }
  if (pos & kPosVerb) {
    cands.push_back({l + "s", kPosVerb});
    cands.push_back({l + "es", kPosVerb});
    const uint8_t part = kPosVerb | kPosParticiple;
    const uint8_t ger = kPosVerb | kPosGerund;
    if (l.back() == 'e') {
      cands.push_back({l + "d", part});
      cands.push_back({l.substr(0, l.size() - 1) + "ing", ger});
    } else if (l.size() > 2 && l.back() == 'y' && !is_vowel(l[l.size() - 2])) {
      cands.push_back({l.substr(0, l.size() - 1) + "ies", kPosVerb});
      cands.push_back({l.substr(0, l.size() - 1) + "ied", part});
      cands.push_back({l + "ing", ger});
    } else {
      cands.push_back({l + "ed", part});
      cands.push_back({l + "ing", ger});
      const char last = l.back();
      if (l.size() >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
          is_vowel(l[l.size() - 2]) && !is_vowel(l[l.size() - 3])) {
        cands.push_back({l + last + "ed", part});
        cands.push_back({l + last + "ing", ger});
      }
    }
  }
  (void)verbal;
  for (const Cand& c : cands) {
    if (c.form != l && st->stem(c.form) != stem) continue;
    auto it = forms_.find(c.form);
    if (it != forms_.end()) {
      if (it->second.word == word) it->second.pos |= c.pos;
      continue;
    }
    forms_.emplace(intern(c.form), Form{word, c.pos});
  }
}

int32_t Lexicon::lookup(std::string_view norm, uint8_t* pos, Stemmer* stemmer) const {
  auto it = forms_.find(norm);
  if (it != forms_.end()) {
    *pos = it->second.pos;
    return it->second.word;
  }
  if (norm.size() < 4 || stemmer == nullptr) return -1;
  for (char c : norm)
    if (c < 'a' || c > 'z') return -1;
  if (prefixes_.find(norm.substr(0, 4)) == prefixes_.end()) return -1;
  if (norm.substr(norm.size() - 2) == "ly") return -1;  // adverbs: "reportedly" is no "report"
  if (excluded_.find(norm) != excluded_.end()) return -1;
  auto st = stems_.find(stemmer->stem(norm));
  if (st == stems_.end()) return -1;
  // A form the generator did not produce: guess its part of speech from the ending.
  auto ends = [&](std::string_view suf) {
    return norm.size() > suf.size() && norm.substr(norm.size() - suf.size()) == suf;
  };
  if (ends("tion") || ends("tions") || ends("sion") || ends("sions") || ends("ment") ||
      ends("ments") || ends("ance") || ends("ances") || ends("ence") || ends("ences") ||
      ends("als") || ends("ity") || ends("ities") || ends("ure") || ends("ures")) {
    *pos = kPosNoun;
  } else if (ends("ed")) {
    *pos = kPosVerb | kPosParticiple | kPosAdj;
  } else if (ends("ing")) {
    *pos = kPosVerb | kPosGerund | kPosNoun;
  } else {
    *pos = kPosVerb | kPosNoun | kPosAdj;
  }
  return st->second;
}

uint32_t Lexicon::func(std::string_view norm) const {
  auto it = func_.find(norm);
  return it == func_.end() ? 0 : it->second;
}

namespace {

std::vector<std::string> strings(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray())
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

bool flag(const rapidjson::Value& obj, const char* key, bool dflt) {
  auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsBool() ? it->value.GetBool() : dflt;
}

}  // namespace

Result<std::shared_ptr<const Lexicon>> Lexicon::load(std::string_view json,
                                                     std::string_view schema_text,
                                                     std::string_view origin) {
  const std::string where(origin);
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) {
    return DataError(where + ": offset " + std::to_string(doc.GetErrorOffset()) + ": " +
                     rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!schema_text.empty()) {
    rapidjson::Document sdoc;
    sdoc.Parse(schema_text.data(), schema_text.size());
    if (sdoc.HasParseError()) return Internal(where + ": its JSON Schema does not parse");
    rapidjson::SchemaDocument schema(sdoc);
    rapidjson::SchemaValidator validator(schema);
    if (!doc.Accept(validator)) {
      rapidjson::StringBuffer ptr;
      validator.GetInvalidDocumentPointer().StringifyUriFragment(ptr);
      return DataError(where + ": " + ptr.GetString() + ": violates schema keyword '" +
                       validator.GetInvalidSchemaKeyword() + "'");
    }
  }
  if (!doc.IsObject() || !doc.HasMember("entries") || !doc["entries"].IsArray())
    return DataError(where + ": no \"entries\" array");

  auto lex = std::make_shared<Lexicon>();
  Stemmer st;

  for (int f = 0; f < kFrameCount; ++f)
    lex->frames_[f] = 1.0;
  if (doc.HasMember("frames") && doc["frames"].IsObject()) {
    for (int f = 0; f < kFrameCount; ++f) {
      const std::string name(frame_name(static_cast<Frame>(f)));
      auto it = doc["frames"].FindMember(name.c_str());
      if (it != doc["frames"].MemberEnd() && it->value.IsNumber())
        lex->frames_[f] = it->value.GetDouble();
    }
  }

  // Irregular forms map to their lemma's stem, so they join the lemma's word.
  std::vector<std::pair<std::string, std::string>> irregular;
  if (doc.HasMember("irregular") && doc["irregular"].IsObject()) {
    for (const auto& m : doc["irregular"].GetObject())
      if (m.value.IsString()) irregular.emplace_back(m.name.GetString(), m.value.GetString());
  }
  for (const std::string& f : strings(doc, "exclude_forms"))
    lex->excluded_.insert(lex->intern(f));

  auto add_trigger = [&](std::string_view phrase, uint16_t entry, uint8_t pos) {
    std::vector<std::string> words = split_words(phrase);
    if (words.empty()) return;
    const int32_t w = lex->word_for_stem(st.stem(words[0]));
    lex->add_forms(words[0], pos, w, &st);
    Trigger t;
    t.entry = entry;
    t.pos = pos;
    for (std::size_t i = 1; i < words.size(); ++i)
      t.rest.emplace_back(st.stem(words[i]));
    auto& ts = lex->words_[static_cast<std::size_t>(w)].triggers;
    for (Trigger& old : ts) {
      if (old.entry == t.entry && old.rest == t.rest) {
        old.pos |= pos;
        return;
      }
    }
    ts.push_back(std::move(t));
  };

  for (const auto& e : doc["entries"].GetArray()) {
    Entry entry;
    entry.id = e["id"].GetString();
    auto type = parse_relation_type(e["type"].GetString());
    if (!type) return DataError(where + ": entry " + entry.id + ": unknown type");
    entry.type = *type;
    if (e.HasMember("confidence") && e["confidence"].IsNumber())
      entry.confidence = e["confidence"].GetDouble();
    entry.object_preps = strings(e, "object_preps");
    entry.agent_preps = strings(e, "agent_preps");
    entry.direct = flag(e, "direct", true);
    entry.reverse = flag(e, "reverse", false);
    entry.place_object = flag(e, "place_object", false);
    entry.comparative = flag(e, "comparative", false);
    entry.mutual_only = flag(e, "mutual_only", false);
    if (e.HasMember("reversal_type") && e["reversal_type"].IsString()) {
      auto rt = parse_relation_type(e["reversal_type"].GetString());
      if (rt) entry.reversal_type = static_cast<int>(*rt);
    }
    for (const std::string& t : strings(e, "agent_types")) {
      auto at = parse_actor_type(t);
      if (at) entry.agent_types.push_back(*at);
    }
    for (const std::string& t : strings(e, "object_types")) {
      auto ot = parse_actor_type(t);
      if (ot) entry.object_types.push_back(*ot);
    }
    const auto idx = static_cast<uint16_t>(lex->entries_.size());
    lex->entries_.push_back(std::move(entry));
    for (const auto& v : strings(e, "verbs"))
      add_trigger(v, idx, kPosVerb);
    for (const auto& v : strings(e, "phrases"))
      add_trigger(v, idx, kPosVerb);
    for (const auto& v : strings(e, "nouns"))
      add_trigger(v, idx, kPosNoun);
    for (const auto& v : strings(e, "noun_phrases"))
      add_trigger(v, idx, kPosNoun);
    for (const auto& v : strings(e, "adjectives"))
      add_trigger(v, idx, kPosAdj);
    for (const auto& v : strings(e, "words"))
      add_trigger(v, idx, kPosWord);
  }
  // Longest phrases first, so "trail behind" wins over "trail".
  for (Word& w : lex->words_) {
    std::stable_sort(w.triggers.begin(), w.triggers.end(), [](const Trigger& a, const Trigger& b) {
      return a.rest.size() > b.rest.size();
    });
  }

  auto add_class = [&](const char* key, uint32_t cls) {
    for (const std::string& lemma : strings(doc, key)) {
      const int32_t w = lex->word_for_stem(st.stem(lemma));
      lex->words_[static_cast<std::size_t>(w)].classes |= cls;
      lex->add_forms(lemma, kPosVerb, w, &st);
    }
  };
  add_class("control_verbs", kClsControl);
  add_class("control_non_pressure", kClsControlNonPressure);
  add_class("avoid_verbs", kClsAvoid);
  add_class("receiver_verbs", kClsReceiver);
  add_class("reversal_verbs", kClsReversal);
  add_class("ditransitive_verbs", kClsDitransitive);
  add_class("negation_verbs", kClsNegVerb);
  add_class("hedge_verbs", kClsHedgeVerb);
  add_class("reporting_verbs", kClsReporting);
  add_class("infinitive_verbs", kClsInfinitive);
  add_class("wrongdoing_verbs", kClsWrongdoing);
  add_class("acquire_verbs", kClsAcquire);
  add_class("request_verbs", kClsRequest);

  for (const auto& [form, lemma] : irregular) {
    const std::string lemma_stem(st.stem(lemma));
    auto it = lex->stems_.find(lemma_stem);
    if (it == lex->stems_.end()) continue;  // a verb the lexicon does not use
    // Passives need "be" or "by" around them, so every irregular past may be a participle.
    const uint8_t pos = kPosVerb | kPosParticiple;
    auto f = lex->forms_.find(form);
    if (f != lex->forms_.end()) {
      f->second.pos |= pos;
    } else {
      lex->forms_.emplace(lex->intern(form), Form{it->second, pos});
    }
  }
  // Excluded forms never trigger, even when generated.
  for (std::string_view x : lex->excluded_)
    lex->forms_.erase(x);

  auto add_func = [&](const std::vector<std::string>& words, uint32_t fl) {
    for (const std::string& w : words) {
      std::string_view key = lex->intern(w);
      lex->func_[key] |= fl;
    }
  };
  add_func(strings(doc, "negation_words"), kFnNeg);
  add_func(strings(doc, "denial_objects"), kFnDenialObject);
  add_func(strings(doc, "wrongdoing_cues"), kFnWrongdoing);
  add_func(strings(doc, "deal_words"), kFnDeal);
  add_func(strings(doc, "circumstance_words"), kFnCircumstance);
  for (const std::string& p : strings(doc, "negation_phrases")) {
    lex->neg_phrases_.push_back(split_words(p));
  }
  add_func(strings(doc, "hedge_words"), kFnHedge);
  add_func(strings(doc, "sentence_hedges"), kFnSentenceHedge);
  add_func(strings(doc, "comparative_cues"), kFnComparative);
  if (doc.HasMember("hedge_report_pairs") && doc["hedge_report_pairs"].IsArray()) {
    for (const auto& p : doc["hedge_report_pairs"].GetArray()) {
      if (!p.IsArray() || p.Size() != 2) continue;
      add_func({p[0].GetString()}, kFnReportNoun);
      const std::string v = p[1].GetString();
      add_func({v, v + "s", v + "ed", v + "ing"}, kFnReportVerb);
    }
  }
  // Closed-class words are grammar, not lexicon data.
  add_func({"of",        "in",         "on",          "at",      "from",   "to",      "for",
            "with",      "into",       "about",       "against", "over",   "under",   "through",
            "via",       "across",     "among",       "between", "toward", "towards", "regarding",
            "including", "like",       "amid",        "despite", "during", "within",  "behind",
            "near",      "concerning", "surrounding", "onto",    "upon",   "by",      "targeting",
            "around",    "without",    "than"},
           kFnPrep);
  add_func({"a",        "an",      "the",      "this",       "these",    "those",    "its",
            "their",    "his",     "her",      "our",        "my",       "your",     "some",
            "any",      "several", "many",     "all",        "each",     "every",    "another",
            "such",     "both",    "either",   "certain",    "various",  "most",     "more",
            "further",  "new",     "fresh",    "additional", "earlier",  "previous", "recent",
            "sweeping", "tough",   "strict",   "broad",      "formal",   "full",     "first",
            "latest",   "initial", "possible", "potential",  "proposed", "planned",  "alleged",
            "local",    "foreign", "major",    "other",      "own"},
           kFnDet);
  add_func({"which", "who", "whom", "whose", "that", "where"}, kFnRelPron);
  add_func({"when",      "while",       "whereas",      "although", "though", "because",
            "since",     "if",          "whether",      "unless",   "as",     "after",
            "before",    "until",       "once",         "but",      "yet",    "however",
            "meanwhile", "nonetheless", "nevertheless", "so",       "even",   "whilst"},
           kFnSubordinator);
  add_func({"be", "is", "are", "was", "were", "been", "being", "am", "get", "gets", "got",
            "getting", "become", "became", "remain", "remains", "remained"},
           kFnBe);
  add_func({"have", "has", "had", "having"}, kFnHave);
  add_func(
      {"be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "having",
       "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does",
       "did", "also", "then", "later", "recently", "initially", "now", "already", "still", "just",
       "only", "formally", "firmly", "officially", "reportedly", "allegedly", "effectively",
       "previously", "again", "thus", "therefore", "currently", "repeatedly", "not", "n't", "never",
       "subsequently", "ultimately", "finally", "quietly", "publicly", "privately", "explicitly",
       "reportedly", "increasingly", "further", "originally", "first", "too", "jointly", "together",
       "soon", "swiftly", "promptly", "apparently", "openly", "strongly", "actively", "directly",
       "indirectly", "ever", "long", "significantly", "partly", "partially", "largely", "both",
       "each", "all", "separately", "likewise", "similarly", "instead", "sharply", "heavily",
       "today", "yesterday", "since", "so", "far", "nonetheless", "nevertheless", "eventually",
       "temporarily", "unilaterally", "reluctantly",
       // A quote inside a clause ('said it "strongly disagreed" with') does not end it.
       "\"", "\xe2\x80\x9c", "\xe2\x80\x9d"},
      kFnSkip);
  add_func({"and", "or", "&", "plus"}, kFnConj);
  add_func({";", ":", "(", ")", "[", "]", "--", "\xe2\x80\x94", "\xe2\x80\x93"}, kFnHard);
  return std::shared_ptr<const Lexicon>(std::move(lex));
}

}  // namespace actorgraph::rel
