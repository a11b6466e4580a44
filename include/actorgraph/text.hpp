// Text stage: splits a document into tokens and sentences with exact byte offsets, and gives
// a normalized view (plain quotes and dashes, lower case) for matching.
#pragma once

#include <string>
#include <string_view>

#include "actorgraph/model.hpp"

namespace actorgraph {

// Tokens: words (hyphenated words, initialisms such as "U.S." or the scraped "U. S.", known
// abbreviations with their period, model names such as "K40"), numbers (15%, $5.5, 2,000, 3.5),
// possessives split off as their own token ('s, '), URLs, e-mail addresses, quotes, brackets and
// punctuation. Contractions stay whole ("don't", "it's"). Sentences: boundaries after . ! ?
// (also with the space lost, "sales.The"), never inside abbreviations, initialisms or numbers;
// every blank line; a line break after a line without final punctuation when the next line
// starts a new sentence (headline = true); list items ("- ", "* ", "1. "); at most 512 tokens.

/// Tokenizes TEXT and splits it into sentences. TEXT should be valid UTF-8 (see check_text);
/// invalid bytes become one-byte symbol tokens.
TextAnalysis analyze_text(std::string_view text);

/// Tokenizes and splits TEXT into OUT, reusing OUT's buffers (no allocation once warm).
void analyze_text(std::string_view text, TextAnalysis* out);

/// Returns TEXT with curly quotes and apostrophes made straight, dashes made '-', non-breaking
/// and zero-width spaces made plain spaces or removed, soft hyphens removed, runs of white
/// space folded to one space, and scraped spacing repaired ("U. S.export" -> "U.S. export",
/// "sales.The" -> "sales. The"); used for display of surface forms and evidence.
std::string normalize_for_display(std::string_view text);

/// Returns the sentence's text as written in DOC_TEXT.
inline std::string_view sentence_text(std::string_view doc_text, const Sentence& s) {
  return doc_text.substr(s.span.begin, s.span.end - s.span.begin);
}

/// Returns the token's text as written in DOC_TEXT.
inline std::string_view token_text(std::string_view doc_text, const Token& t) {
  return doc_text.substr(t.span.begin, t.span.end - t.span.begin);
}

}  // namespace actorgraph
