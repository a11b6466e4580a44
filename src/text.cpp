// PLACEHOLDER: a minimal tokenizer (white space and punctuation) and sentence splitter so the
// pipeline runs end to end; the real text layer replaces this file (issue: text layer).
#include "actorgraph/text.hpp"

#include <cctype>

namespace actorgraph {

void analyze_text(std::string_view text, TextAnalysis* out) {
  out->tokens.clear();
  out->sentences.clear();
  out->norm.clear();
  std::size_t i = 0;
  const std::size_t n = text.size();
  uint32_t sentence_start_token = 0;
  auto close_sentence = [&]() {
    if (out->tokens.size() == sentence_start_token) return;
    Sentence s;
    s.begin_token = sentence_start_token;
    s.end_token = static_cast<uint32_t>(out->tokens.size());
    s.span = {out->tokens[s.begin_token].span.begin, out->tokens[s.end_token - 1].span.end};
    s.index = static_cast<uint32_t>(out->sentences.size());
    out->sentences.push_back(s);
    sentence_start_token = s.end_token;
  };
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) {
      if (c == '\n' && i + 1 < n && text[i + 1] == '\n') close_sentence();
      ++i;
      continue;
    }
    std::size_t j = i;
    if (std::isalnum(c) || c >= 0x80) {
      while (j < n && (std::isalnum(static_cast<unsigned char>(text[j])) ||
                       static_cast<unsigned char>(text[j]) >= 0x80))
        ++j;
    } else {
      j = i + 1;
    }
    Token t;
    t.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
    t.norm_begin = static_cast<uint32_t>(out->norm.size());
    for (std::size_t k = i; k < j; ++k)
      out->norm.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[k]))));
    t.norm_len = static_cast<uint32_t>(j - i);
    t.kind = std::isalnum(c) ? TokenKind::kWord : TokenKind::kPunct;
    if (std::isupper(c)) t.flags |= kCapitalized;
    out->tokens.push_back(t);
    if (c == '.' || c == '!' || c == '?') close_sentence();
    i = j;
  }
  close_sentence();
}

TextAnalysis analyze_text(std::string_view text) {
  TextAnalysis a;
  analyze_text(text, &a);
  return a;
}

std::string normalize_for_display(std::string_view text) { return std::string(text); }

}  // namespace actorgraph
