// The plain data model that the pipeline stages pass to each other:
// document -> tokens and sentences -> mentions and actors -> relations with evidence.
// Every offset is a UTF-8 byte offset into Document::text, half-open [begin, end).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

/// Byte range [begin, end) in a document's text.
struct Span {
  uint32_t begin = 0;  // first byte
  uint32_t end = 0;    // one past the last byte
};

/// One input document as read from a file, a .jsonl line or standard input.
struct Document {
  std::string id;      // document id: the file name, or the "id" of a .jsonl line
  std::string text;    // valid UTF-8, byte-order mark removed; all offsets point into it
  std::string title;   // optional headline (.jsonl "title")
  std::string date;    // optional ISO 8601 date (.jsonl "date")
  std::string url;     // optional address (.jsonl "url")
  std::string source;  // optional publisher (.jsonl "source")
  std::string origin;  // where it was read, for messages: "path" or "path:line"
};

/// Classifies a token.
enum class TokenKind : uint8_t {
  kWord,        // letters, digits, hyphens, initialisms: VELTRIX, leading-edge, U.S., K7
  kNumber,      // 15, 2,000, 3.5, 15%, $5.5 (currency and percent included)
  kPossessive,  // the 's or ' that ends a possessive, split off its word
  kPunct,       // . , ; : ! ? and dashes
  kQuote,       // straight or curly quotation marks
  kBracket,     // ( ) [ ] { }
  kSymbol,      // anything else: & * / # ...
  kUrl,         // http://..., www....
  kEmail,       // name@host.tld
};

/// Bit flags on a token (Token::flags).
enum TokenFlag : uint16_t {
  kCapitalized = 1u << 0,     // first letter is upper case
  kAllCaps = 1u << 1,         // every letter is upper case and there are at least two
  kHasDigit = 1u << 2,        // contains a digit (K7, Z900)
  kHyphenated = 1u << 3,      // contains an inner hyphen (AI-powered)
  kInitialism = 1u << 4,      // letters with periods (U.S., E.U., U. S.)
  kSpaceBefore = 1u << 5,     // white space precedes it
  kNewlineBefore = 1u << 6,   // a line break precedes it
  kParagraphStart = 1u << 7,  // a blank line (or the start of the text) precedes it
  kMixedCase = 1u << 8,       // an inner capital after a lower-case letter (OrvaneAI, eReader)
  kAbbreviation = 1u << 9,    // a known abbreviation ending in a period (Corp., Mr., Jan.)
};

/// One token of a document.
struct Token {
  Span span;                // bytes of the token in Document::text
  uint32_t norm_begin = 0;  // start of its normalized lower-case form in TextAnalysis::norm
  uint32_t norm_len = 0;    // length of that form
  TokenKind kind = TokenKind::kWord;  // word, number, punctuation, ...
  uint16_t flags = 0;                 // TokenFlag bits
};

/// One sentence (or headline, caption, list item) of a document.
struct Sentence {
  Span span;                 // bytes of the sentence in Document::text, trimmed
  uint32_t begin_token = 0;  // index of its first token in TextAnalysis::tokens
  uint32_t end_token = 0;    // one past its last token
  uint32_t index = 0;        // 0-based position in the document
  bool headline = false;     // a line without final punctuation: title, caption, heading
};

/// The text layer's output for one document.
struct TextAnalysis {
  std::vector<Token> tokens;        // all tokens in document order
  std::vector<Sentence> sentences;  // all sentences in document order
  std::string norm;                 // arena holding every token's normalized lower-case form

  /// Returns the normalized lower-case form of a token (curly quotes and dashes made plain).
  std::string_view norm_of(const Token& t) const {
    return {norm.data() + t.norm_begin, t.norm_len};
  }
};

/// The kinds of actor (CONTRACT.md section 2).
enum class ActorType : uint8_t {
  kGovernment,    // schema:GovernmentOrganization: a state and all its organs
  kCorporation,   // schema:Corporation: a company
  kOrganization,  // schema:Organization: any other body (agency, NGO, union, news outlet)
  kPerson,        // schema:Person
  kCountry,       // schema:Country: a country as a place or market
  kProduct,       // schema:Product: a named product
};

/// How a mention refers to its actor.
enum class MentionKind : uint8_t {
  kName,     // a proper name: "Veltrix", "Mara Quill", "Cyberspace Administration of China"
  kState,    // a state organ or metonym: "Chinese officials", "Beijing", "Trump administration"
  kCountry,  // a country named as a place or market: "sales in China"
  kNominal,  // a definite description: "the company", "the chipmaker"
  kPronoun,  // "it", "its", "they"
  kCatalog,  // a name from the user's catalog
};

/// One stretch of text that names an actor.
struct Mention {
  uint32_t sentence = 0;     // index of the sentence it is in
  uint32_t begin_token = 0;  // first token, index into TextAnalysis::tokens
  uint32_t end_token = 0;    // one past the last token
  Span span;                 // bytes in Document::text
  std::string surface;       // the form as written, normalized for display ("Trump administration")
  MentionKind kind = MentionKind::kName;  // name, state organ, country, nominal, pronoun
  int32_t actor = -1;                     // index into Extraction::actors, -1 when unresolved
  int32_t state_actor = -1;    // country mentions: index of that country's government actor
  bool possessive = false;     // followed by 's: "Veltrix's K7"
  std::vector<int32_t> group;  // a plural mention ("the two firms", "they"): every actor it
                               // stands for (actor is the first); empty for one actor
};

/// One actor: a node of the graph. An actor with no forms that no relation uses (a government
/// created for a country that only appears as a place) is not added to the graph.
struct Actor {
  std::string id;    // IRI-safe slug, stable across runs and documents ("us-government")
  std::string name;  // canonical label
  ActorType type = ActorType::kOrganization;  // kind of actor
  std::map<std::string, uint32_t> forms;      // every surface form seen, with its count
  std::string works_for;     // persons: id of the organisation they act for, else empty
  std::string manufacturer;  // products: id of the maker, else empty
  std::string area_served;   // governments: id of their country, else empty
};

/// The relation vocabulary (CONTRACT.md section 4).
enum class RelationType : uint8_t {
  kApproves,
  kBans,
  kInvestigates,
  kCompetes,
  kTaxes,
  kPressures,
  kLobbies,
  kSupplies,
  kSupports,
  kAccuses,
  kDenies,
};

/// Number of relation types.
inline constexpr int kRelationTypeCount = 11;

/// Returns the contract name of a relation type ("bans").
std::string_view to_string(RelationType type);
/// Parses a contract name ("bans") into a relation type.
std::optional<RelationType> parse_relation_type(std::string_view name);
/// Returns the schema.org local name of an actor type ("GovernmentOrganization").
std::string_view to_string(ActorType type);
/// Parses a schema.org local name or a short name (government, company, person ...).
std::optional<ActorType> parse_actor_type(std::string_view name);

/// The sentence that states a relation.
struct Evidence {
  std::string document;         // document id
  uint32_t sentence_index = 0;  // 0-based index of the sentence in the document
  Span span;                    // bytes of the sentence in the document text
  std::string text;             // the sentence as written
  std::string rule;             // id of the lexicon entry or rule that produced the relation
};

/// One relation as extracted from one sentence.
struct Relation {
  std::string agent;                            // actor id of the one who acts
  RelationType type = RelationType::kApproves;  // what the agent does
  std::string object;                           // actor id of the one acted on
  std::string product;                          // actor id of the product concerned, or empty
  std::string via;        // actor id of the person who acted for the agent, or empty
  bool negated = false;   // the text says it does not hold
  bool hedged = false;    // reported as rumour, allegation, possibility or plan
  double confidence = 0;  // strength of the frame, in [0, 1]
  Evidence evidence;      // the sentence that states it
};

/// A note on why a sentence with a trigger yielded no relation (for `explain`).
struct Diagnostic {
  uint32_t sentence = 0;  // sentence index
  std::string trigger;    // the trigger as written
  std::string reason;     // "no agent found", "object is not an actor", ...
};

/// Everything extracted from one document.
struct Extraction {
  std::string document;                 // document id
  TextAnalysis text;                    // tokens and sentences
  std::vector<Mention> mentions;        // all actor mentions in document order
  std::vector<Actor> actors;            // the document's actors; Mention::actor indexes this
  std::vector<Relation> relations;      // relations in sentence order
  std::vector<Diagnostic> diagnostics;  // triggers that yielded nothing, and why
};

}  // namespace actorgraph
