// A normalized view of a document's tokens for the actor stage: initialisms ("U.S."),
// possessives ("'s"), abbreviations ("Corp.") and hyphenated words are single tokens with
// recomputed case flags, whatever the tokenizer delivered. The text layer already does this;
// the view makes the actor stage independent of tokenizer details and lets Knowledge key its
// phrases exactly as the matcher sees text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/model.hpp"

namespace actorgraph {

/// Byte classes of the C locale (ASCII only), without the locale lookups of <cctype>.
namespace ascii {
/// Returns true for 'A'..'Z'.
inline bool is_upper(int c) {
  return c >= 'A' && c <= 'Z';
}
/// Returns true for 'a'..'z'.
inline bool is_lower(int c) {
  return c >= 'a' && c <= 'z';
}
/// Returns true for '0'..'9'.
inline bool is_digit(int c) {
  return c >= '0' && c <= '9';
}
/// Returns true for ASCII letters.
inline bool is_alpha(int c) {
  return is_upper(c) || is_lower(c);
}
/// Returns true for ASCII letters and digits.
inline bool is_alnum(int c) {
  return is_alpha(c) || is_digit(c);
}
/// Returns the lower-case form of an ASCII capital, else C.
inline int to_lower(int c) {
  return is_upper(c) ? c + ('a' - 'A') : c;
}
/// Returns the capital form of an ASCII lower-case letter, else C.
inline int to_upper(int c) {
  return is_lower(c) ? c - ('a' - 'A') : c;
}
}  // namespace ascii

namespace actors_internal {

/// One token of the view.
struct Tok {
  uint32_t begin = 0;                 // first byte in the document text
  uint32_t end = 0;                   // one past the last byte
  uint32_t norm_begin = 0;            // start of the lower-case form in TokenView::norm
  uint32_t norm_len = 0;              // its length
  uint32_t sentence = 0;              // index of its sentence in TextAnalysis::sentences
  uint32_t source = 0;                // index of its first token in TextAnalysis::tokens
  uint32_t source_end = 0;            // one past its last token in TextAnalysis::tokens
  TokenKind kind = TokenKind::kWord;  // word, possessive, punctuation ...
  uint16_t flags = 0;                 // TokenFlag bits recomputed from the text
  bool sentence_initial = false;      // first word of its sentence (after quotes, brackets)
  bool title_case = false;            // in a headline written in title case
  bool dateline = false;              // "BRUSSELS —" at the start of a line: a place
};

/// The tokens of a document, normalized for matching.
struct TokenView {
  std::vector<Tok> toks;                 // all tokens in document order
  std::string norm;                      // arena of lower-case forms
  std::vector<uint32_t> sentence_begin;  // per sentence: index of its first view token
  std::vector<uint32_t> sentence_end;    // per sentence: one past its last view token

  /// Returns the lower-case form of a token.
  std::string_view norm_of(const Tok& t) const { return {norm.data() + t.norm_begin, t.norm_len}; }
};

/// Builds the view of TEXT from its analysis A into OUT (buffers reused).
void build_token_view(std::string_view text, const TextAnalysis& a, TokenView* out);

/// Returns the matching key of a phrase: its view tokens' lower-case forms joined by spaces.
std::string phrase_key(std::string_view phrase);

/// Returns the key of view tokens [b, e): lower-case forms joined by spaces.
void key_of(const TokenView& v, uint32_t b, uint32_t e, std::string* out);

/// Returns TEXT as written, for surface forms: white space folded, soft hyphens and zero-width
/// characters dropped, scraped "U. S." and "U.S.export" repaired; quotes kept as written.
std::string surface_form(std::string_view text);

/// Returns an IRI-safe slug: lower-case ASCII letters and digits, other runs become '-'.
/// Latin letters with diacritics are folded to their base letter.
std::string slugify(std::string_view text);

}  // namespace actors_internal
}  // namespace actorgraph
