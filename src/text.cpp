// Text layer. One forward pass over the bytes cuts tokens and writes their normalized
// lower-case forms into a single arena; a second pass over the tokens places sentence
// boundaries. Both passes are linear, use byte-class tables and small hash tables instead of
// regular expressions, and allocate nothing once the output buffers have grown to the size of
// the document.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "actorgraph/text.hpp"
#include "text_tables.hpp"

namespace actorgraph {
namespace {

using text_internal::abbreviations;
using text_internal::Cp;
using text_internal::decode_utf8;
using text_internal::Decoded;
using text_internal::kBytes;
using text_internal::word_classes;
namespace ti = text_internal;

// A sentence this long without a boundary is cut anyway, so that a page with no punctuation
// cannot hand later stages an unbounded sentence.
constexpr uint32_t kMaxSentenceTokens = 512;

// Words no longer than this are looked up as abbreviations.
constexpr std::size_t kMaxAbbreviationLength = 7;

constexpr std::size_t kNpos = static_cast<std::size_t>(-1);

inline bool is_alnum(unsigned char c) {
  return (kBytes.prop[c] & ti::kPAlnum) != 0;
}
inline bool is_alpha(unsigned char c) {
  return (kBytes.prop[c] & ti::kPAlpha) != 0;
}
inline bool is_upper(unsigned char c) {
  return (kBytes.prop[c] & ti::kPUpper) != 0;
}
inline bool is_lower(unsigned char c) {
  return (kBytes.prop[c] & ti::kPLower) != 0;
}
inline bool is_digit(unsigned char c) {
  return (kBytes.prop[c] & ti::kPDigit) != 0;
}
inline bool is_ascii_space(unsigned char c) {
  return kBytes.cls[c] == ti::kBcSpace || kBytes.cls[c] == ti::kBcNewline ||
         kBytes.cls[c] == ti::kBcCr;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, TextAnalysis* out)
      : p_(reinterpret_cast<const unsigned char*>(text.data())), n_(text.size()), out_(out) {
    out->tokens.clear();
    out->sentences.clear();
    // A normalized form is never longer than its source bytes, so the arena never grows
    // during the pass and can be written through a raw pointer.
    out->norm.resize(n_);
    norm_ = &out->norm[0];
    if (out->tokens.capacity() < n_ / 5) out->tokens.reserve(n_ / 5 + 16);
  }

  void run() {
    std::size_t i = 0;
    while (i < n_) {
      unsigned char c = p_[i];
      if (c == ' ') {  // the common single space between words skips a dispatch
        pending_ |= kSpaceBefore;
        if (++i >= n_) break;
        c = p_[i];
      }
      switch (kBytes.cls[c]) {
        case ti::kBcSpace:
          pending_ |= kSpaceBefore;
          ++i;
          break;
        case ti::kBcCr:
          if (i + 1 < n_ && p_[i + 1] == '\n') {
            pending_ |= kSpaceBefore;
          } else {
            newline();  // a lone carriage return is an old-style line break
          }
          ++i;
          break;
        case ti::kBcNewline:
          newline();
          ++i;
          break;
        case ti::kBcLower:
        case ti::kBcUpper:
          i = word(i);
          break;
        case ti::kBcDigit:
          i = number(i, i);
          break;
        case ti::kBcPeriod: {
          std::size_t j = i + 1;
          while (j < n_ && p_[j] == '.')
            ++j;
          emit(i, j, TokenKind::kPunct, 0);
          i = j;
          break;
        }
        case ti::kBcPunct: {
          std::size_t j = i + 1;
          if (c == '!' || c == '?')
            while (j < n_ && (p_[j] == '!' || p_[j] == '?'))
              ++j;
          emit(i, j, TokenKind::kPunct, 0);
          i = j;
          break;
        }
        case ti::kBcApos:
          i = single_quote(i, 1, false);
          break;
        case ti::kBcDquote:
          emit(i, i + 1, TokenKind::kQuote, 0);
          ++i;
          break;
        case ti::kBcHyphen: {
          // A minus sign: "-3.5%" after white space.
          if ((pending_ & kSpaceBefore || out_->tokens.empty()) && i + 1 < n_ &&
              is_digit(p_[i + 1])) {
            i = number(i, i + 1);
            break;
          }
          std::size_t j = i + 1;
          while (j < n_ && p_[j] == '-')
            ++j;
          emit(i, j, TokenKind::kPunct, 0);
          i = j;
          break;
        }
        case ti::kBcBracket:
          emit(i, i + 1, TokenKind::kBracket, 0);
          ++i;
          break;
        case ti::kBcDollar:
          if (i + 1 < n_ && is_digit(p_[i + 1])) {
            i = number(i, i + 1);
          } else {
            emit(i, i + 1, TokenKind::kSymbol, 0);
            ++i;
          }
          break;
        case ti::kBcHigh:
          i = high(i);
          break;
        default:
          emit(i, i + 1, TokenKind::kSymbol, 0);
          ++i;
          break;
      }
    }
    out_->norm.resize(norm_len_);
  }

 private:
  // Returns the length of the letter or digit at K, or 0 when there is none.
  std::size_t word_char_len(std::size_t k) const {
    if (k >= n_) return 0;
    const unsigned char c = p_[k];
    if (c < 0x80) return is_alnum(c) ? 1 : 0;
    const Decoded d = decode_utf8(p_ + k, n_ - k);
    return d.cls == Cp::kLetter ? d.len : 0;
  }

  void newline() {
    pending_ |= kSpaceBefore | kNewlineBefore;
    if (++newlines_ >= 2) {
      pending_ |= kParagraphStart;
      open_squote_ = false;  // a quotation left open does not cross a paragraph
    }
  }

  std::size_t high(std::size_t i) {
    const Decoded d = decode_utf8(p_ + i, n_ - i);
    const std::size_t e = i + d.len;
    switch (d.cls) {
      case Cp::kLetter:
        return word(i);
      case Cp::kSpace:
        pending_ |= kSpaceBefore;
        return e;
      case Cp::kNewline:
        newline();
        return e;
      case Cp::kParagraph:
        newline();
        newline();
        return e;
      case Cp::kIgnorable:
        return e;
      case Cp::kApos:
        return single_quote(i, d.len, false);
      case Cp::kOpenSquote:
        return single_quote(i, d.len, true);
      case Cp::kDquote:
        emit(i, e, TokenKind::kQuote, 0);
        return e;
      case Cp::kHyphen:
      case Cp::kDash:
      case Cp::kEmDash:
      case Cp::kEllipsis:
        emit(i, e, TokenKind::kPunct, 0);
        return e;
      case Cp::kCurrency:
        if (e < n_ && is_digit(p_[e])) return number(i, e);
        emit(i, e, TokenKind::kSymbol, 0);
        return e;
      default:
        emit(i, e, TokenKind::kSymbol, 0);
        return e;
    }
  }

  // A single quote or apostrophe that does not sit inside a word. Whether it opens or closes
  // a quotation is remembered so that "the chips' makers" (possessive) can be told from "the
  // 'best chips' available" (closing quote).
  std::size_t single_quote(std::size_t i, std::size_t len, bool opening_char) {
    const bool space_before = out_->tokens.empty() || (pending_ & kSpaceBefore) != 0 ||
                              out_->tokens.back().kind == TokenKind::kQuote ||
                              out_->tokens.back().kind == TokenKind::kBracket;
    const bool space_after = i + len >= n_ || is_ascii_space(p_[i + len]);
    open_squote_ = opening_char || (space_before && !space_after);
    emit(i, i + len, TokenKind::kQuote, 0);
    return i + len;
  }

  std::size_t word(std::size_t i) {
    const unsigned char c = p_[i];
    const unsigned char lc = c | 0x20;
    if (lc == 'h' || lc == 'w' || lc == 'f') {
      const std::size_t e = match_url(i);
      if (e != 0) {
        emit(i, e, TokenKind::kUrl, 0);
        return e;
      }
    }
    if (c < 0x80 && i + 1 < n_ && p_[i + 1] == '.') {
      const std::size_t e = match_initialism(i);
      if (e != 0) {
        // "U.S.-made" stays one word.
        if (e < n_ && p_[e] == '-' && word_char_len(e + 1))
          return scan_word(i, e + 1, kInitialism | kHyphenated);
        return emit_with_possessive(i, e, kInitialism);
      }
    }
    return scan_word(i, i, 0);
  }

  // Scans a word that began at I and has been read up to J.
  std::size_t scan_word(std::size_t i, std::size_t j, uint16_t f) {
    for (;;) {
      while (j < n_ && is_alnum(p_[j]))
        ++j;
      if (j >= n_) break;
      const unsigned char c = p_[j];
      if (c >= 0x80) {
        const Decoded d = decode_utf8(p_ + j, n_ - j);
        if (d.cls == Cp::kLetter) {
          j += d.len;
          continue;
        }
        // A soft hyphen or zero-width character inside a word is invisible: it does not cut.
        if (d.cls == Cp::kIgnorable && word_char_len(j + d.len)) {
          j += d.len;
          continue;
        }
        if (d.cls == Cp::kHyphen && word_char_len(j + d.len)) {
          f |= kHyphenated;
          j += d.len;
          continue;
        }
        if (d.cls == Cp::kApos) {
          const std::size_t r = apostrophe(i, &j, d.len, f);
          if (r == kNpos) continue;
          return r;
        }
        break;
      }
      if (c == '-') {
        if (word_char_len(j + 1)) {
          f |= kHyphenated;
          ++j;
          continue;
        }
        break;
      }
      if (c == '\'') {
        const std::size_t r = apostrophe(i, &j, 1, f);
        if (r == kNpos) continue;
        return r;
      }
      if (c == '&') {
        // R&D, AT&T
        if (j > i && is_upper(p_[j - 1]) && j + 1 < n_ && is_upper(p_[j + 1])) {
          ++j;
          continue;
        }
        break;
      }
      if (c == '.') return period(i, j, f);
      if (c == '@' || c == '_' || c == '+') {
        const std::size_t e = match_email(i);
        if (e != 0) {
          emit(i, e, TokenKind::kEmail, 0);
          return e;
        }
      }
      break;
    }
    emit(i, j, TokenKind::kWord, f);
    return j;
  }

  // Returns the end of a possessive 's at K ("the U.S.'s", "Corp.'s"), or 0 when none is there.
  std::size_t possessive_at(std::size_t k) const {
    std::size_t a = 0;
    if (k < n_ && p_[k] == '\'') {
      a = 1;
    } else if (k < n_ && p_[k] >= 0x80) {
      const Decoded d = decode_utf8(p_ + k, n_ - k);
      if (d.cls == Cp::kApos) a = d.len;
    }
    if (a == 0 || k + a >= n_ || (p_[k + a] | 0x20) != 's' || word_char_len(k + a + 1)) return 0;
    return k + a + 1;
  }

  // Emits the word [I, E) with flags F and a possessive right after it, if any.
  std::size_t emit_with_possessive(std::size_t i, std::size_t e, uint16_t f) {
    emit(i, e, TokenKind::kWord, f);
    const std::size_t p = possessive_at(e);
    if (p == 0) return e;
    emit(e, p, TokenKind::kPossessive, 0);
    return p;
  }

  // An apostrophe at *J after the word [I, *J). Returns kNpos when the word goes on (don't,
  // O'Brien, it's), else emits the word (and a possessive) and returns where scanning resumes.
  std::size_t apostrophe(std::size_t i, std::size_t* j, std::size_t alen, uint16_t f) {
    const std::size_t a = *j;
    const std::size_t k = a + alen;
    if (word_char_len(k)) {
      if ((p_[k] | 0x20) == 's' && !word_char_len(k + 1) && a > i) {
        if (word_classes().find(reinterpret_cast<const char*>(p_ + i), a - i) & ti::kWContraction) {
          *j = k + 1;
          return kNpos;
        }
        emit(i, a, TokenKind::kWord, f);
        emit(a, k + 1, TokenKind::kPossessive, 0);
        return k + 1;
      }
      *j = k;
      return kNpos;
    }
    // "the companies'": a plural possessive, unless a single quotation is open.
    if (a > i && (p_[a - 1] | 0x20) == 's' && !open_squote_) {
      emit(i, a, TokenKind::kWord, f);
      emit(a, k, TokenKind::kPossessive, 0);
      return k;
    }
    emit(i, a, TokenKind::kWord, f);
    return a;
  }

  // A period at J after the word [I, J): an abbreviation, a host name, an e-mail address, or
  // the end of the word.
  std::size_t period(std::size_t i, std::size_t j, uint16_t f) {
    const std::size_t k = j + 1;
    uint8_t category = 0;
    if (j - i <= kMaxAbbreviationLength && (f & kHyphenated) == 0) {
      bool letters = true;
      for (std::size_t m = i; m < j; ++m)
        letters = letters && is_alpha(p_[m]);
      if (letters) category = abbreviations().find(reinterpret_cast<const char*>(p_ + i), j - i);
      if (category == ti::kAbbrNumeric) {
        std::size_t m = k;
        while (m < n_ && p_[m] == ' ')
          ++m;
        if (m >= n_ || !is_digit(p_[m])) category = 0;
      }
    }
    if (k < n_ && is_alnum(p_[k])) {
      std::size_t e = match_email(i);
      if (e != 0) {
        emit(i, e, TokenKind::kEmail, 0);
        return e;
      }
      if (category == 0) {
        e = match_host(i);
        if (e != 0) {
          emit(i, e, TokenKind::kUrl, 0);
          return e;
        }
      }
    }
    if (category != 0) return emit_with_possessive(i, k, f | kAbbreviation);
    // Academic degrees: "Ph.D.", "Ed.D."
    if (j - i == 2 && is_upper(p_[i]) && is_lower(p_[i + 1]) && k + 1 < n_ && is_upper(p_[k]) &&
        p_[k + 1] == '.' && !word_char_len(k + 2))
      return emit_with_possessive(i, k + 2, f | kInitialism);
    emit(i, j, TokenKind::kWord, f);
    return j;
  }

  // Initialisms: single letters each followed by a period, at least two (U.S., e.g., a.m.),
  // or capitals separated by one space as scraped pages print them ("U. S.").
  std::size_t match_initialism(std::size_t i) const {
    std::size_t pos = i;
    int count = 0;
    bool all_upper = true;
    while (pos + 1 < n_ && is_alpha(p_[pos]) && p_[pos + 1] == '.') {
      all_upper = all_upper && is_upper(p_[pos]);
      ++count;
      pos += 2;
      if (all_upper && pos + 2 < n_ && p_[pos] == ' ' && is_upper(p_[pos + 1]) &&
          p_[pos + 2] == '.')
        ++pos;
    }
    return count >= 2 ? pos : 0;
  }

  bool starts_with_ci(std::size_t i, std::string_view lit) const {
    if (n_ - i < lit.size()) return false;
    for (std::size_t k = 0; k < lit.size(); ++k)
      if (kBytes.lower[p_[i + k]] != lit[k]) return false;
    return true;
  }

  // Scans the rest of a URL from S and drops trailing punctuation that belongs to the sentence.
  std::size_t url_tail(std::size_t s) const {
    std::size_t e = s;
    while (e < n_ && p_[e] > 0x20 && p_[e] < 0x80 && p_[e] != '"' && p_[e] != '<' && p_[e] != '>')
      ++e;
    while (e > s) {
      const unsigned char c = p_[e - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
          c == ')' || c == ']' || c == '}')
        --e;
      else
        break;
    }
    return e;
  }

  std::size_t match_url(std::size_t i) const {
    // Most words that start like a URL prefix fail on the second letter.
    if (i + 4 >= n_) return 0;
    const char second = kBytes.lower[p_[i + 1]];
    if (second != 't' && second != 'w') return 0;
    std::size_t s;
    if (starts_with_ci(i, "https://")) {
      s = i + 8;
    } else if (starts_with_ci(i, "http://")) {
      s = i + 7;
    } else if (starts_with_ci(i, "ftp://")) {
      s = i + 6;
    } else if (starts_with_ci(i, "www.") && i + 4 < n_ && is_alnum(p_[i + 4])) {
      s = i + 4;
    } else {
      return 0;
    }
    const std::size_t e = url_tail(s);
    return e > s ? e : 0;
  }

  // A bare host name whose last label is a known top-level domain: example.com, news.site.co.uk
  // (with an optional path). "sales.The" is not one: the last label must be lower case.
  std::size_t match_host(std::size_t i) const {
    std::size_t e = i;
    std::size_t last = i;
    int dots = 0;
    while (e < n_) {
      const unsigned char c = p_[e];
      if (is_alnum(c) || c == '-') {
        ++e;
      } else if (c == '.' && e + 1 < n_ && is_alnum(p_[e + 1])) {
        ++dots;
        last = ++e;
      } else {
        break;
      }
    }
    if (dots == 0 || e - last < 2) return 0;
    for (std::size_t k = last; k < e; ++k)
      if (!is_lower(p_[k])) return 0;
    if (!(word_classes().find(reinterpret_cast<const char*>(p_ + last), e - last) & ti::kWTld))
      return 0;
    if (e < n_ && (p_[e] == '/' || p_[e] == ':')) e = url_tail(e);
    return e;
  }

  std::size_t match_email(std::size_t i) const {
    std::size_t e = i;
    while (e < n_ && (is_alnum(p_[e]) || p_[e] == '.' || p_[e] == '_' || p_[e] == '%' ||
                      p_[e] == '+' || p_[e] == '-'))
      ++e;
    if (e == i || e >= n_ || p_[e] != '@' || p_[e - 1] == '.') return 0;
    std::size_t d = e + 1;
    std::size_t last = d;
    int dots = 0;
    while (d < n_) {
      const unsigned char c = p_[d];
      if (is_alnum(c) || c == '-') {
        ++d;
      } else if (c == '.' && d + 1 < n_ && is_alnum(p_[d + 1])) {
        ++dots;
        last = ++d;
      } else {
        break;
      }
    }
    if (dots == 0 || d - last < 2) return 0;
    for (std::size_t k = last; k < d; ++k)
      if (!is_alpha(p_[k])) return 0;
    return d;
  }

  // A number that began at I (a currency sign or minus may precede the digits at D):
  // 15, 2,000, 3.5, 10:30, 15%, $5.5. Letters right after the digits make it a word (6000D,
  // 5G, 10-year).
  std::size_t number(std::size_t i, std::size_t d) {
    auto dig = [&](std::size_t k) { return k < n_ && is_digit(p_[k]); };
    std::size_t j = d;
    while (dig(j))
      ++j;
    bool decimal = false;
    while (j < n_) {
      const unsigned char c = p_[j];
      if (c == ',' && !decimal && dig(j + 1) && dig(j + 2) && dig(j + 3) && !dig(j + 4)) {
        j += 4;
      } else if (c == '.' && dig(j + 1)) {
        decimal = true;
        j += 2;
        while (dig(j))
          ++j;
      } else if (c == ':' && dig(j + 1) && dig(j + 2) && !dig(j + 3)) {
        j += 3;
      } else {
        break;
      }
    }
    if (j < n_ && p_[j] == '%') {
      emit(i, j + 1, TokenKind::kNumber, 0);
      return j + 1;
    }
    if (word_char_len(j) || (j < n_ && p_[j] == '-' && word_char_len(j + 1)))
      return scan_word(i, j, 0);
    emit(i, j, TokenKind::kNumber, 0);
    return j;
  }

  void emit(std::size_t b, std::size_t e, TokenKind kind, uint16_t flags) {
    Token& t = out_->tokens.emplace_back();
    t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    t.kind = kind;
    t.norm_begin = static_cast<uint32_t>(norm_len_);
    flags = static_cast<uint16_t>(flags | pending_ | write_norm(b, e));
    if (flags & kInitialism) drop_spaces(t.norm_begin);  // "U. S." -> "u.s."
    if (kind != TokenKind::kWord)
      flags &= static_cast<uint16_t>(~(kCapitalized | kAllCaps | kMixedCase));
    t.flags = flags;
    t.norm_len = static_cast<uint32_t>(norm_len_) - t.norm_begin;
    pending_ = 0;
    newlines_ = 0;
  }

  // Removes spaces from the arena from BEGIN to its end.
  void drop_spaces(std::size_t begin) {
    std::size_t w = begin;
    for (std::size_t r = begin; r < norm_len_; ++r)
      if (norm_[r] != ' ') norm_[w++] = norm_[r];
    norm_len_ = w;
  }

  // Writes the normalized lower-case form of [B, E) to the arena and returns its case and
  // digit flags. Runs of ASCII take a branch-free path: the case flags are folded from the
  // per-byte property bits (upper = 1, lower = 2, digit = 4).
  uint16_t write_norm(std::size_t b, std::size_t e) {
    char* d = norm_ + norm_len_;
    unsigned first = 0;   // property bits of the first cased letter
    unsigned all = 0;     // OR of all property bits
    unsigned mixed = 0;   // an upper-case letter right after a lower-case one
    unsigned uppers = 0;  // number of upper-case letters
    unsigned prev = 0;    // property bits of the previous character
    std::size_t k = b;
    while (k < e) {
      // A run of ASCII is copied first, gathering only the OR of its property bits: most runs
      // have no capital, and then the case flags follow from those bits alone.
      const std::size_t run = k;
      unsigned run_all = 0;
      for (; k < e; ++k) {
        const unsigned char c = p_[k];
        if (c >= 0x80) break;
        *d++ = kBytes.lower[c];
        run_all |= kBytes.prop[c];
      }
      if (run_all & ti::kPUpper) {
        for (std::size_t r = run; r < k; ++r) {
          const unsigned pr = kBytes.prop[p_[r]];
          first = first ? first : (pr & ti::kPAlpha);
          mixed |= (prev >> 1) & pr & 1u;
          uppers += pr & ti::kPUpper;
          prev = pr;
        }
      } else if (k > run) {
        // No capital: the first letter, if any, is lower case, and no capital follows one.
        if (!first) first = run_all & ti::kPLower;
        prev = kBytes.prop[p_[k - 1]];
      }
      all |= run_all;
      if (k >= e) break;
      const Decoded m = decode_utf8(p_ + k, n_ - k);
      const std::size_t src = k;
      k += m.len;
      unsigned pr = 0;
      switch (m.cls) {
        case Cp::kIgnorable:
        case Cp::kSpace:
          continue;
        case Cp::kApos:
        case Cp::kOpenSquote:
          *d++ = '\'';
          break;
        case Cp::kDquote:
          *d++ = '"';
          break;
        case Cp::kHyphen:
        case Cp::kDash:
        case Cp::kEmDash:
          *d++ = '-';
          break;
        case Cp::kEllipsis:
          d[0] = d[1] = d[2] = '.';
          d += 3;
          break;
        case Cp::kLetter: {
          bool up = false, lo = false;
          const uint32_t lower = ti::lower_cp(m.cp, &up, &lo);
          if (lower != m.cp) {  // case pairs used here are all two-byte sequences
            d[0] = static_cast<char>(0xC0 | (lower >> 6));
            d[1] = static_cast<char>(0x80 | (lower & 0x3F));
            d += 2;
          } else {
            for (std::size_t x = 0; x < m.len; ++x)
              *d++ = static_cast<char>(p_[src + x]);
          }
          pr = (up ? 1u : 0u) | (lo ? 2u : 0u);  // kPUpper, kPLower
          break;
        }
        default:
          for (std::size_t x = 0; x < m.len; ++x)
            *d++ = static_cast<char>(p_[src + x]);
          break;
      }
      first = first ? first : (pr & ti::kPAlpha);
      mixed |= (prev >> 1) & pr & 1u;
      uppers += pr & ti::kPUpper;
      all |= pr;
      prev = pr;
    }
    norm_len_ = static_cast<std::size_t>(d - norm_);
    uint16_t f = 0;
    if (first & ti::kPUpper) f |= kCapitalized;
    if (uppers >= 2 && !(all & ti::kPLower)) f |= kAllCaps;
    if (mixed) f |= kMixedCase;
    if (all & ti::kPDigit) f |= kHasDigit;
    return f;
  }

  const unsigned char* p_;
  std::size_t n_;
  TextAnalysis* out_;
  char* norm_ = nullptr;
  std::size_t norm_len_ = 0;
  uint16_t pending_ = kParagraphStart;  // flags for the next token from the white space before it
  int newlines_ = 0;                    // line breaks since the last token
  bool open_squote_ = false;            // a single quotation mark is open
};

// How a token can end a sentence.
enum class Term : uint8_t {
  kNone,      // it cannot
  kStrong,    // . ! ?
  kEllipsis,  // ... before a capital
  kSuffix,    // Corp. U.S. F.: before a word that usually starts a sentence
  kEtc,       // etc.: before any capitalized word
  kTitle,     // Mr. Dr. No. 5: never
};

class Splitter {
 public:
  Splitter(std::string_view text, TextAnalysis* out)
      : text_(text), toks_(out->tokens), norm_(out->norm), out_(out) {}

  void run() {
    const std::size_t n = toks_.size();
    if (n == 0) return;
    uint32_t begin = 0;
    bool list = is_list_marker(0);
    for (uint32_t i = 1; i < n; ++i) {
      if (!breaks_before(i, begin, list)) continue;
      close(begin, i, list);
      begin = i;
      list = is_list_marker(i);
    }
    close(begin, static_cast<uint32_t>(n), list);
  }

 private:
  std::string_view norm(const Token& t) const { return {norm_.data() + t.norm_begin, t.norm_len}; }
  unsigned char first_byte(const Token& t) const {
    return static_cast<unsigned char>(text_[t.span.begin]);
  }
  unsigned char last_byte(const Token& t) const {
    return static_cast<unsigned char>(text_[t.span.end - 1]);
  }

  void close(uint32_t begin, uint32_t end, bool list) {
    Sentence s;
    s.span = {toks_[begin].span.begin, toks_[end - 1].span.end};
    s.begin_token = begin;
    s.end_token = end;
    s.index = static_cast<uint32_t>(out_->sentences.size());
    const bool at_line_end = end == toks_.size() || (toks_[end].flags & kNewlineBefore) != 0;
    s.headline = !list && at_line_end && !ends_punctuated(begin, end);
    out_->sentences.push_back(s);
  }

  // A closing quote or bracket: the sentence may end before it.
  bool is_closer(const Token& t) const {
    if (t.flags & kSpaceBefore) return false;
    if (t.kind == TokenKind::kQuote) return true;
    if (t.kind != TokenKind::kBracket) return false;
    const char c = norm_[t.norm_begin];
    return c == ')' || c == ']' || c == '}';
  }

  bool ends_punctuated(uint32_t begin, uint32_t end) const {
    uint32_t k = end - 1;
    while (k > begin && is_closer(toks_[k]))
      --k;
    const Token& t = toks_[k];
    return t.kind == TokenKind::kPunct || (t.flags & kAbbreviation) ||
           ((t.flags & kInitialism) && last_byte(t) == '.');
  }

  // A list item marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ".
  bool is_list_marker(uint32_t i) const {
    const Token& t = toks_[i];
    if (i != 0 && !(t.flags & kNewlineBefore)) return false;
    if (i + 1 >= toks_.size()) return false;
    const Token& next = toks_[i + 1];
    if (next.flags & kNewlineBefore) return false;
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol) {
      if (!(next.flags & kSpaceBefore)) return false;
      const std::string_view v = norm(t);
      if (v == "-" || v == "*") return true;
      const unsigned char c = first_byte(t);
      if (c < 0x80) return false;
      return decode_utf8(reinterpret_cast<const unsigned char*>(text_.data()) + t.span.begin,
                         text_.size() - t.span.begin)
                 .cls == Cp::kBullet;
    }
    if (t.kind == TokenKind::kNumber && t.norm_len <= 3 && is_digit(first_byte(t)) &&
        is_digit(last_byte(t)) && i + 2 < toks_.size() && !(next.flags & kSpaceBefore)) {
      const std::string_view v = norm(next);
      const Token& after = toks_[i + 2];
      return (v == "." || v == ")") && (after.flags & kSpaceBefore) &&
             !(after.flags & kNewlineBefore);
    }
    return false;
  }

  Term terminal(uint32_t k, uint32_t begin, bool list) const {
    const Token& t = toks_[k];
    if (t.kind == TokenKind::kPunct) {
      const char c = norm_[t.norm_begin];
      if (c == '!' || c == '?') return Term::kStrong;
      if (c != '.') return Term::kNone;
      if (t.norm_len >= 3) return Term::kEllipsis;
      if (k > begin && !(t.flags & kSpaceBefore)) {
        if (list && k == begin + 1) return Term::kNone;  // "1." of a numbered item
        const Token& w = toks_[k - 1];
        // A lone capital: a middle initial ("Mara K. Quill") more often than a sentence end.
        if (w.kind == TokenKind::kWord && w.span.end - w.span.begin == 1 && is_upper(first_byte(w)))
          return Term::kSuffix;
      }
      return Term::kStrong;
    }
    if (t.kind != TokenKind::kWord) return Term::kNone;
    if (t.flags & kAbbreviation) {
      switch (abbreviations().find(norm_.data() + t.norm_begin, t.norm_len - 1)) {
        case ti::kAbbrSuffix:
          return Term::kSuffix;
        case ti::kAbbrEtc:
          return Term::kEtc;
        default:
          return Term::kTitle;
      }
    }
    if ((t.flags & kInitialism) && last_byte(t) == '.') return Term::kSuffix;
    return Term::kNone;
  }

  // Whether T can be the first token of a sentence.
  bool starts_sentence(const Token& t) const {
    switch (t.kind) {
      case TokenKind::kWord:
        return !is_lower(first_byte(t)) || (t.flags & kMixedCase);
      case TokenKind::kNumber:
      case TokenKind::kQuote:
      case TokenKind::kSymbol:
      case TokenKind::kUrl:
      case TokenKind::kEmail:
        return true;
      case TokenKind::kBracket: {
        const char c = norm_[t.norm_begin];
        return c == '(' || c == '[' || c == '{';
      }
      default:
        return false;
    }
  }

  bool is_starter(const Token& t) const {
    return t.kind == TokenKind::kWord && (t.flags & kCapitalized) &&
           (word_classes().find(norm(t)) & ti::kWStarter);
  }

  // A token after which a line cannot end a sentence: "the", "of", ",", an opening quote.
  bool is_joiner(const Token& t) const {
    switch (t.kind) {
      case TokenKind::kWord:
        return (word_classes().find(norm(t)) & ti::kWJoiner) != 0;
      case TokenKind::kPossessive:
        return true;
      case TokenKind::kPunct: {
        const char c = norm_[t.norm_begin];
        return c == ',' || c == ';' || c == '-';
      }
      case TokenKind::kSymbol:
        return norm(t) == "&";
      case TokenKind::kBracket:
        return !is_closer(t);
      default:
        return false;
    }
  }

  bool breaks_before(uint32_t i, uint32_t begin, bool list) const {
    const Token& t = toks_[i];
    if (i - begin >= kMaxSentenceTokens) return true;
    const Token& prev = toks_[i - 1];
    // Most tokens follow a plain word on the same line: no boundary.
    if (!(t.flags & (kNewlineBefore | kParagraphStart)) && prev.kind == TokenKind::kWord &&
        !(prev.flags & (kAbbreviation | kInitialism)))
      return false;
    if (t.flags & kParagraphStart) return true;
    const bool newline = (t.flags & kNewlineBefore) != 0;
    if (newline && is_list_marker(i)) return true;
    uint32_t k = i - 1;
    while (k > begin && is_closer(toks_[k]))
      --k;
    const Term term = terminal(k, begin, list);
    if (newline) {
      // A line without final punctuation (a title, a caption) ends where the next line
      // starts a new sentence, unless its last word cannot end one (a wrapped line).
      if (term == Term::kNone) return starts_sentence(t) && !is_joiner(toks_[i - 1]);
      if (term == Term::kTitle) return false;
      return starts_sentence(t);
    }
    const bool space = (t.flags & kSpaceBefore) != 0;
    switch (term) {
      case Term::kStrong:
        if (space) return starts_sentence(t);
        return k == i - 1 && glued_break(k, i);
      case Term::kEllipsis:
        return space && ((t.kind == TokenKind::kWord && (t.flags & kCapitalized)) ||
                         t.kind == TokenKind::kQuote);
      case Term::kSuffix:
        return is_starter(t) || (space && t.kind == TokenKind::kQuote && i + 1 < toks_.size() &&
                                 (toks_[i + 1].flags & kCapitalized));
      case Term::kEtc:
        return space && starts_sentence(t);
      default:
        return false;
    }
  }

  // Scraped text loses the space after a period: "the sales.The next day". A capitalized
  // word (not all capitals, as in "ASP.NET") right after a period that follows a lower-case
  // word or a digit starts a new sentence.
  bool glued_break(uint32_t k, uint32_t i) const {
    const Token& t = toks_[i];
    if (t.kind != TokenKind::kWord || !(t.flags & kCapitalized) || (t.flags & kAllCaps) ||
        t.span.end - t.span.begin < 2)
      return false;
    if (k == 0) return false;
    const Token& w = toks_[k - 1];
    if (w.span.end != toks_[k].span.begin) return false;
    const unsigned char c = last_byte(w);
    return is_lower(c) || is_digit(c) || c == ')' || c == '"';
  }

  std::string_view text_;
  const std::vector<Token>& toks_;
  const std::string& norm_;
  TextAnalysis* out_;
};

}  // namespace

void analyze_text(std::string_view text, TextAnalysis* out) {
  Tokenizer tokenizer(text, out);
  tokenizer.run();
  Splitter splitter(text, out);
  splitter.run();
}

TextAnalysis analyze_text(std::string_view text) {
  TextAnalysis a;
  analyze_text(text, &a);
  return a;
}

std::string normalize_for_display(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  bool space = false;
  auto put_space = [&]() {
    if (space && !out.empty()) out.push_back(' ');
    space = false;
  };
  auto out_at = [&](std::size_t back) -> unsigned char {
    return out.size() >= back ? static_cast<unsigned char>(out[out.size() - back]) : 0;
  };
  for (std::size_t i = 0; i < n;) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      if (is_ascii_space(c)) {
        // "U. S." as scraped pages print it is shown as "U.S.".
        if (c == ' ' && !space && out_at(1) == '.' && is_upper(out_at(2)) && !is_alpha(out_at(3)) &&
            i + 1 < n && is_upper(p[i]) && p[i + 1] == '.') {
          continue;
        }
        space = true;
        continue;
      }
      if (!space && is_alpha(c) && out_at(1) == '.') {
        // Put back the space a scraper lost: "U.S.export" and "sales.The".
        const bool after_initialism = is_upper(out_at(2)) && out_at(3) == '.' &&
                                      is_upper(out_at(4)) &&
                                      (is_lower(c) || (i < n && is_lower(p[i])));
        const bool after_sentence =
            is_upper(c) && i < n && is_lower(p[i]) && is_lower(out_at(2)) && is_lower(out_at(3));
        if (after_initialism || after_sentence) space = true;
      }
      put_space();
      out.push_back(static_cast<char>(c));
      if (c != '.') {
        // What follows up to the next period, run of white space or non-ASCII byte is copied
        // as it is: no rule above applies inside it (they all look back for a period, or
        // fold white space), and a single space before a plain character stays a space.
        auto plain = [&](std::size_t k) {
          return p[k] < 0x80 && p[k] != '.' && !is_ascii_space(p[k]);
        };
        std::size_t j = i;
        while (j < n) {
          if (plain(j)) {
            ++j;
          } else if (p[j] == ' ' && j + 1 < n && plain(j + 1)) {
            j += 2;
          } else {
            break;
          }
        }
        out.append(text.substr(i, j - i));
        i = j;
      }
      continue;
    }
    const Decoded d = decode_utf8(p + i, n - i);
    const std::size_t src = i;
    i += d.len;
    switch (d.cls) {
      case Cp::kSpace:
      case Cp::kNewline:
      case Cp::kParagraph:
        space = true;
        break;
      case Cp::kIgnorable:
        break;
      case Cp::kApos:
      case Cp::kOpenSquote:
        put_space();
        out.push_back('\'');
        break;
      case Cp::kDquote:
        put_space();
        out.push_back('"');
        break;
      case Cp::kHyphen:
      case Cp::kDash:
        put_space();
        out.push_back('-');
        break;
      case Cp::kEmDash:
        // An em dash sets off a phrase: shown as a spaced hyphen so it is not read as one.
        space = true;
        put_space();
        out.push_back('-');
        space = true;
        break;
      case Cp::kEllipsis:
        put_space();
        out.append("...");
        break;
      default:
        put_space();
        out.append(text.substr(src, d.len));
        break;
    }
  }
  return out;
}

}  // namespace actorgraph
