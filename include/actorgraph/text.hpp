// Text stage: splits a document into tokens and sentences with exact byte offsets, and gives
// a normalized view (plain quotes and dashes, lower case) for matching.
#pragma once

#include <string>
#include <string_view>

#include "actorgraph/model.hpp"

namespace actorgraph {

/// Tokenizes TEXT and splits it into sentences. TEXT must be valid UTF-8 (see check_text).
TextAnalysis analyze_text(std::string_view text);

/// Tokenizes and splits TEXT into OUT, reusing OUT's buffers (no allocation once warm).
void analyze_text(std::string_view text, TextAnalysis* out);

/// Returns TEXT with curly quotes and apostrophes made straight, dashes made '-', non-breaking
/// and zero-width spaces made plain spaces or removed, soft hyphens removed and runs of white
/// space folded to one space; used for display of surface forms and evidence.
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
