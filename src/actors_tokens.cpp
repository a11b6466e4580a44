// The actor stage's token view (actors_tokens.hpp): the tokens of a document normalized for
// matching, phrase keys, surface forms and slugs.
#include "actors_tokens.hpp"

#include <array>
#include <cstring>

#include "actorgraph/text.hpp"

namespace actorgraph {
namespace actors_internal {

namespace {

bool is_upper_at(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return ascii::is_upper(c) != 0;
  // Latin-1 supplement capitals (U+00C0..U+00DE except U+00D7) cover names like Élysée.
  if (c == 0xC3 && i + 1 < s.size()) {
    unsigned char d = static_cast<unsigned char>(s[i + 1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  return false;
}

// Byte properties of ASCII for case_flags: bit 0 upper, bit 1 lower, bit 2 digit, bit 3 '-'.
constexpr std::array<uint8_t, 128> kCaseProp = [] {
  std::array<uint8_t, 128> p{};
  for (int b = 0; b < 128; ++b) {
    uint8_t v = 0;
    if (b >= 'A' && b <= 'Z') v = 1;
    if (b >= 'a' && b <= 'z') v = 2;
    if (b >= '0' && b <= '9') v = 4;
    if (b == '-') v = 8;
    p[static_cast<std::size_t>(b)] = v;
  }
  return p;
}();

// Case flags from the text itself, so the stage does not depend on which flags a tokenizer
// sets. Only ASCII and Latin-1 letters (lead byte 0xC3) have a case here; other bytes of 0x80
// and above leave the state as it is.
uint16_t case_flags(std::string_view w) {
  // The loop runs for every token: ASCII takes a branch-free path over the property bits.
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  const std::size_t n = w.size();
  unsigned upper = 0, all = 0, mixed = 0, after_lower = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned c = p[i];
    if (c < 0x80) {
      const unsigned pr = kCaseProp[c];
      mixed |= after_lower & pr;  // an upper-case letter (bit 0) right after a lower-case one
      upper += pr & 1u;
      all |= pr;
      after_lower = (pr >> 1) & 1u;
    } else if (c == 0xC3 && i + 1 < n) {
      const unsigned d = p[i + 1];
      if (d >= 0x80 && d <= 0x9E && d != 0x97) {
        mixed |= after_lower;
        ++upper;
        after_lower = 0;
      } else if (d >= 0x9F && d <= 0xBF && d != 0xB7) {
        all |= 2u;
        after_lower = 1;
      }
    }
  }
  uint16_t f = 0;
  if (all & 4u) f |= kHasDigit;
  // Only an inner hyphen counts; hyphens are rare, so their place is checked afterwards.
  if ((all & 8u) && n > 2 && std::memchr(p + 1, '-', n - 2) != nullptr) f |= kHyphenated;
  if (n > 0 && is_upper_at(w, 0)) f |= kCapitalized;
  if (upper >= 2 && (all & 2u) == 0) f |= kAllCaps;
  if (mixed) f |= kMixedCase;
  return f;
}

// Returns true when the N bytes at P hold no byte of 0x80 or above. END bounds the buffer: the
// bytes up to it may be read, eight at a time.
inline bool ascii_only(const char* p, std::size_t n, const char* end) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  uint64_t acc = 0;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    acc |= x;
  }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (n > 0 && end - p >= 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    return ((acc | (x & ((uint64_t{1} << (8 * n)) - 1))) & kHigh) == 0;
  }
#else
  (void)end;
#endif
  for (; n > 0; ++p, --n)
    acc |= static_cast<unsigned char>(*p);
  return (acc & kHigh) == 0;
}

bool is_word_char(unsigned char c) {
  return ascii::is_alnum(c) || c >= 0x80;
}

const char* const kAbbrev[] = {"inc",  "corp", "co",  "ltd", "jr",  "sr",  "mr", "mrs", "ms", "dr",
                               "prof", "st",   "gen", "sen", "rep", "gov", "no", "vs",  "plc"};

// Compares case-insensitively without building a lower-case copy.
bool is_abbrev(std::string_view word) {
  if (word.size() > 4) return false;
  for (const char* a : kAbbrev) {
    std::size_t k = 0;
    while (k < word.size() && a[k] != '\0' &&
           ascii::to_lower(static_cast<unsigned char>(word[k])) == a[k])
      ++k;
    if (k == word.size() && a[k] == '\0') return true;
  }
  return false;
}

// Folds Latin-1 letters with diacritics (two-byte UTF-8 from U+00C0) in N[BEGIN, END) to their
// lower-case base letter, so "Orbán" matches "Orban" and "Élysée" "Elysee". Returns the new end.
std::size_t fold_accents(char* n, std::size_t begin, std::size_t end) {
  static const char kFold[] =
      "aaaaaaaceeeeiiiidnooooo-ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo-ouuuuyty";
  std::size_t w = begin;
  for (std::size_t r = begin; r < end; ++r) {
    unsigned char c = static_cast<unsigned char>(n[r]);
    if (c == 0xC3 && r + 1 < end) {
      unsigned char d = static_cast<unsigned char>(n[r + 1]);
      if (d >= 0x80 && d <= 0xBF && kFold[d - 0x80] != '-') {
        n[w++] = kFold[d - 0x80];
        ++r;
        continue;
      }
    }
    n[w++] = n[r];
  }
  return w;
}

// Returns true when S is an apostrophe, straight or curly.
bool is_apostrophe(std::string_view s) {
  return (s.size() == 1 && s[0] == '\'') ||
         (s.size() == 3 && s[0] == '\xE2' && s[1] == '\x80' && s[2] == '\x99');
}

}  // namespace

void build_token_view(std::string_view text, const TextAnalysis& a, TokenView* out) {
  out->toks.clear();
  out->sentence_begin.clear();
  out->sentence_end.clear();
  out->toks.reserve(a.tokens.size() + 16);
  // A view token's lower-case form is never longer than its bytes in TEXT, and view tokens do
  // not overlap, so the arena is sized once and written through a raw pointer.
  out->norm.resize(text.size() + 64);
  char* const nb = &out->norm[0];
  std::size_t nl = 0;  // bytes of the arena in use
  const char* const tx = text.data();
  const Token* const src = a.tokens.data();
  const char* const an = a.norm.data();
  auto adjacent = [&](std::size_t i) {  // token i touches token i-1
    return i > 0 && src[i].span.begin == src[i - 1].span.end;
  };
  auto raw = [&](std::size_t i) {
    return std::string_view(tx + src[i].span.begin, src[i].span.end - src[i].span.begin);
  };
  auto is_char = [&](std::size_t i, char c) {  // token i is the one byte C
    return src[i].span.end - src[i].span.begin == 1 && tx[src[i].span.begin] == c;
  };
  auto single_letter = [&](std::size_t i) {
    return src[i].kind == TokenKind::kWord && src[i].span.end - src[i].span.begin == 1 &&
           ascii::is_alpha(static_cast<unsigned char>(tx[src[i].span.begin]));
  };
  auto append = [&](const char* s, std::size_t len) {
    std::memcpy(nb + nl, s, len);
    nl += len;
  };
  for (const Sentence& s : a.sentences) {
    out->sentence_begin.push_back(static_cast<uint32_t>(out->toks.size()));
    std::size_t i = s.begin_token;
    while (i < s.end_token) {
      Tok t;
      t.sentence = s.index;
      t.source = static_cast<uint32_t>(i);
      t.begin = src[i].span.begin;
      t.kind = src[i].kind;
      std::size_t j = i + 1;
      if (single_letter(i) && j + 2 < s.end_token + 1 && j < s.end_token && is_char(j, '.')) {
        // Initialism split by a plain tokenizer: U . S . (with or without spaces).
        std::size_t k = i;
        int letters = 0;
        while (k + 1 < s.end_token && single_letter(k) && is_char(k + 1, '.')) {
          ++letters;
          k += 2;
        }
        if (letters >= 2) {
          j = k;
          t.flags |= kInitialism;
        }
      } else if (src[i].kind == TokenKind::kWord) {
        // word-word hyphen compounds, "Corp." abbreviations.
        while (j + 1 < s.end_token && is_char(j, '-') && adjacent(j) && adjacent(j + 1) &&
               src[j + 1].kind == TokenKind::kWord) {
          j += 2;
        }
        if (j == i + 1 && j < s.end_token && is_char(j, '.') && adjacent(j) && is_abbrev(raw(i)) &&
            (src[i].flags & kInitialism) == 0) {
          j += 1;
          t.flags |= kAbbreviation;
        }
      } else if (is_apostrophe(raw(i))) {
        if (j < s.end_token && adjacent(j) && (is_char(j, 's') || is_char(j, 'S')) && adjacent(i) &&
            !out->toks.empty()) {
          j += 1;
          t.kind = TokenKind::kPossessive;
        } else if (adjacent(i) && !out->toks.empty() && (j >= s.end_token || !adjacent(j))) {
          // "Systems' shares": the apostrophe after a plural is its possessive.
          const Tok& b = out->toks.back();
          if (b.end > b.begin && (tx[b.end - 1] == 's' || tx[b.end - 1] == 'S'))
            t.kind = TokenKind::kPossessive;
        }
      }
      t.end = src[j - 1].span.end;
      t.source_end = static_cast<uint32_t>(j);
      const std::string_view w(tx + t.begin, t.end - t.begin);
      t.flags |= static_cast<uint16_t>(src[i].flags & (kInitialism | kAbbreviation));
      const bool ascii = ascii_only(w.data(), w.size(), tx + text.size());
      if (j == i + 1 && src[i].kind == TokenKind::kWord && ascii) {
        // On an ASCII word the text stage's case flags are those case_flags computes, except
        // that its capital may follow digits ("3M"); here only a first capital counts.
        t.flags |= static_cast<uint16_t>(
            src[i].flags & (kCapitalized | kAllCaps | kHasDigit | kHyphenated | kMixedCase));
        if (!ascii::is_upper(static_cast<unsigned char>(w[0])))
          t.flags &= static_cast<uint16_t>(~kCapitalized);
      } else {
        t.flags |= case_flags(w);
      }
      if (t.flags & kInitialism) t.flags &= static_cast<uint16_t>(~kHyphenated);
      if (src[i].kind == TokenKind::kPossessive) t.kind = TokenKind::kPossessive;
      t.norm_begin = static_cast<uint32_t>(nl);
      if (t.flags & kInitialism) {
        for (char c : w) {
          if (c != ' ')
            nb[nl++] = static_cast<char>(ascii::to_lower(static_cast<unsigned char>(c)));
        }
      } else if (t.kind == TokenKind::kPossessive) {
        // "'s" after a singular, "'" after a plural ("Systems'").
        if (is_apostrophe(w))
          append("'", 1);
        else
          append("'s", 2);
      } else if (j == i + 1) {
        const std::size_t len = src[i].norm_len;
        if (len <= 8 && src[i].norm_begin + 8 <= a.norm.size()) {
          // Most forms are short: one fixed-size copy (the arena has room past any form).
          std::memcpy(nb + nl, an + src[i].norm_begin, 8);
          nl += len;
        } else {
          append(an + src[i].norm_begin, len);
        }
      } else {
        for (std::size_t k = i; k < j; ++k)
          append(an + src[k].norm_begin, src[k].norm_len);
      }
      // Only Latin-1 letters (lead byte 0xC3) fold; most tokens have none.
      if (!ascii && std::memchr(nb + t.norm_begin, 0xC3, nl - t.norm_begin))
        nl = fold_accents(nb, t.norm_begin, nl);
      t.norm_len = static_cast<uint32_t>(nl - t.norm_begin);
      // A possessive left on its word by a plain tokenizer ("Orvane’s") is split off.
      bool split = false;
      Tok poss;
      // Every possessive suffix ends in s, S, ' or the last byte of ’ (0x99).
      const char last = w.empty() ? '\0' : w.back();
      if (t.kind == TokenKind::kWord && j == i + 1 &&
          (last == 's' || last == 'S' || last == '\'' || last == '\x99')) {
        std::string_view n(nb + t.norm_begin, t.norm_len);
        std::size_t raw_suffix = 0, norm_suffix = 0;
        auto ends = [](std::string_view x, std::string_view suf) {
          return x.size() > suf.size() + 1 &&
                 x.compare(x.size() - suf.size(), suf.size(), suf) == 0;
        };
        if (ends(w, "\xE2\x80\x99s") || ends(w, "\xE2\x80\x99S")) raw_suffix = 4;
        if (ends(w, "'s") || ends(w, "'S")) raw_suffix = 2;
        if (ends(n, "\xE2\x80\x99s")) norm_suffix = 4;
        if (ends(n, "'s")) norm_suffix = 2;
        // Plural possessive: "Europeans’", "Systems'".
        if (!raw_suffix && (ends(w, "s\xE2\x80\x99") || ends(w, "S\xE2\x80\x99"))) raw_suffix = 3;
        if (!raw_suffix && (ends(w, "s'") || ends(w, "S'"))) raw_suffix = 1;
        if (!norm_suffix && ends(n, "s\xE2\x80\x99")) norm_suffix = 3;
        if (!norm_suffix && ends(n, "s'")) norm_suffix = 1;
        if (raw_suffix && norm_suffix) {
          split = true;
          poss = t;
          poss.kind = TokenKind::kPossessive;
          poss.begin = t.end - static_cast<uint32_t>(raw_suffix);
          t.end = poss.begin;
          t.norm_len -= static_cast<uint32_t>(norm_suffix);
          nl = t.norm_begin + t.norm_len;
          poss.norm_begin = static_cast<uint32_t>(nl);
          bool plural = raw_suffix == 1 || raw_suffix == 3;
          if (plural)
            append("'", 1);
          else
            append("'s", 2);
          poss.norm_len = plural ? 1 : 2;
          poss.flags = 0;
          t.flags = static_cast<uint16_t>((t.flags & (kInitialism | kAbbreviation)) |
                                          case_flags(text.substr(t.begin, t.end - t.begin)));
        }
      }
      {
        // Text between this token and the previous one: a line break starts a new line of
        // text (headline, caption) even where the sentence splitter joined lines.
        uint32_t prev_end = out->toks.empty() ? 0 : out->toks.back().end;
        for (uint32_t q = prev_end; q < t.begin; ++q) {  // mostly one space or none
          if (tx[q] == '\n') {
            t.flags |= kNewlineBefore;
            break;
          }
        }
      }
      if (t.kind == TokenKind::kWord && w.size() > 0 &&
          !is_word_char(static_cast<unsigned char>(w[0])) && (t.flags & kInitialism) == 0) {
        t.kind = TokenKind::kPunct;
      }
      out->toks.push_back(t);
      if (split) out->toks.push_back(poss);
      i = j;
    }
    uint32_t b = out->sentence_begin.back();
    uint32_t e = static_cast<uint32_t>(out->toks.size());
    out->sentence_end.push_back(e);
    // The first word, after opening quotes and brackets, is capitalised by convention.
    bool line_start = true;
    for (uint32_t k = b; k < e; ++k) {
      Tok& x = out->toks[k];
      if (k > b && (x.flags & kNewlineBefore)) line_start = true;
      if (line_start && x.kind == TokenKind::kWord && (x.flags & kAllCaps)) {
        // A dateline ("BRUSSELS —", "SAN JOSE, Calif. (Reuters) -") names where the story
        // was written, not an actor; the word after its dash starts the sentence.
        uint32_t m = k;
        while (m < e && m < k + 6 && out->toks[m].kind != TokenKind::kPunct)
          ++m;
        while (m < e && m < k + 6 && out->toks[m].kind == TokenKind::kPunct) {
          std::string_view d =
              text.substr(out->toks[m].begin, out->toks[m].end - out->toks[m].begin);
          if (d == "\xE2\x80\x94" || d == "\xE2\x80\x93" || d == "-" || d == "--") {
            for (uint32_t q = k; q <= m; ++q)
              out->toks[q].dateline = true;
            k = m;
            break;
          }
          if (d != ",") break;
          ++m;
          while (m < e && m < k + 6 && out->toks[m].kind != TokenKind::kPunct)
            ++m;
        }
        if (out->toks[k].dateline) continue;
      }
      if (line_start && x.kind == TokenKind::kWord) {
        x.sentence_initial = true;
        line_start = false;
      }
    }
    bool headline = s.headline;
    if (!headline && e > b) {
      std::string_view last =
          text.substr(out->toks[e - 1].begin, out->toks[e - 1].end - out->toks[e - 1].begin);
      auto ends = [&](std::string_view suf) {
        return last.size() >= suf.size() &&
               last.compare(last.size() - suf.size(), suf.size(), suf) == 0;
      };
      headline = !(ends(".") || ends("!") || ends("?") || ends("\"") || ends("\xE2\x80\x9D") ||
                   ends(":") || ends(";") || ends(")") || ends("\xE2\x80\xA6"));
    }
    {
      // A headline in title case capitalises ordinary words: their capitals say nothing.
      int words = 0, caps = 0;
      for (uint32_t k = b; k < e; ++k) {
        const Tok& t = out->toks[k];
        if (t.kind != TokenKind::kWord || t.norm_len <= 3) continue;
        ++words;
        if (t.flags & kCapitalized) ++caps;
      }
      if (headline && words > 0 && caps * 10 >= words * 6) {
        for (uint32_t k = b; k < e; ++k)
          out->toks[k].title_case = true;
      }
    }
  }
  out->norm.resize(nl);
}

std::string phrase_key(std::string_view phrase) {
  TextAnalysis a = analyze_text(phrase);
  // A phrase is one unit even where a sentence splitter would break it ("U.S.").
  if (a.sentences.size() > 1) {
    a.sentences[0].end_token = a.sentences.back().end_token;
    a.sentences.resize(1);
  }
  TokenView v;
  build_token_view(phrase, a, &v);
  std::string key;
  key_of(v, 0, static_cast<uint32_t>(v.toks.size()), &key);
  return key;
}

void key_of(const TokenView& v, uint32_t b, uint32_t e, std::string* out) {
  out->clear();
  for (uint32_t k = b; k < e; ++k) {
    if (k > b) out->push_back(' ');
    out->append(v.norm_of(v.toks[k]));
  }
}

// Returns TEXT as written, for surface forms: runs of white space (also non-breaking and
// other Unicode spaces) fold to one space, soft hyphens and zero-width characters go, and
// scraped spacing is repaired ("U. S." -> "U.S.", "U.S.export" -> "U.S. export"); quotes and
// apostrophes stay as the text has them, since a name's spelling includes them.
std::string surface_form(std::string_view text) {
  {
    // Most forms are plain ASCII words with single inner spaces and no dots: none of the
    // repairs below applies, so the text is its own surface form.
    bool plain = !text.empty() && text.front() != ' ' && text.back() != ' ';
    for (std::size_t i = 0; plain && i < text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (c < 0x20 || c >= 0x7F || c == '.' || (c == ' ' && text[i - 1] == ' ')) plain = false;
    }
    if (plain) return std::string(text);
  }
  std::string out;
  out.reserve(text.size());
  const std::size_t n = text.size();
  auto at = [&](std::size_t i) -> unsigned char {
    return i < n ? static_cast<unsigned char>(text[i]) : 0;
  };
  auto back = [&](std::size_t k) -> unsigned char {
    return out.size() >= k ? static_cast<unsigned char>(out[out.size() - k]) : 0;
  };
  auto upper = [](unsigned char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](unsigned char c) { return c >= 'a' && c <= 'z'; };
  auto alpha = [&](unsigned char c) { return upper(c) || lower(c); };
  bool space = false;
  for (std::size_t i = 0; i < n;) {
    unsigned char c = at(i);
    std::size_t len = 1;
    bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    bool drop = false;
    if (c == 0xC2 && at(i + 1) == 0xA0) {
      is_space = true, len = 2;  // no-break space
    } else if (c == 0xC2 && at(i + 1) == 0xAD) {
      drop = true, len = 2;  // soft hyphen
    } else if (c == 0xE2 && at(i + 1) == 0x80 && at(i + 2) >= 0x80 && at(i + 2) <= 0x8A) {
      is_space = true, len = 3;  // en, em, thin ... spaces
    } else if (c == 0xE2 && at(i + 1) == 0x80 &&
               (at(i + 2) == 0xAF || at(i + 2) == 0xA8 || at(i + 2) == 0xA9)) {
      is_space = true, len = 3;  // narrow no-break space, line and paragraph separators
    } else if (c == 0xE2 && at(i + 1) == 0x80 && at(i + 2) >= 0x8B && at(i + 2) <= 0x8D) {
      drop = true, len = 3;  // zero-width space and joiners
    } else if (c == 0xE2 && at(i + 1) == 0x81 && at(i + 2) == 0xA0) {
      drop = true, len = 3;  // word joiner
    } else if (c == 0xEF && at(i + 1) == 0xBB && at(i + 2) == 0xBF) {
      drop = true, len = 3;  // byte order mark
    } else if (c == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) {
      is_space = true, len = 3;  // ideographic space
    }
    if (drop) {
      i += len;
      continue;
    }
    if (is_space) {
      // "U. S." as scraped pages print it is "U.S.".
      if (!space && back(1) == '.' && upper(back(2)) && !alpha(back(3)) && upper(at(i + len)) &&
          at(i + len + 1) == '.') {
        i += len;
        continue;
      }
      space = true;
      i += len;
      continue;
    }
    if (!space && alpha(c) && back(1) == '.' && upper(back(2)) && back(3) == '.' &&
        upper(back(4)) && (lower(c) || lower(at(i + 1)))) {
      space = true;  // "U.S.export"
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.append(text.substr(i, len));
    i += len;
  }
  return out;
}

std::string slugify(std::string_view text) {
  std::string out;
  bool dash = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    char add = 0;
    if (ascii::is_alnum(c)) {
      add = static_cast<char>(ascii::to_lower(c));
    } else if (c == 0xC3 && i + 1 < text.size()) {
      // Fold Latin-1 letters with diacritics to their base letter.
      static const char kFold[] =
          "aaaaaaaceeeeiiiidnooooo-ouuuuyts"
          "aaaaaaaceeeeiiiidnooooo-ouuuuyty";
      unsigned char d = static_cast<unsigned char>(text[i + 1]);
      if (d >= 0x80 && d <= 0xBF) {
        char f = kFold[d - 0x80];
        if (f != '-') add = f;
        ++i;
      }
    } else if (c == '\'' || (c == 0xE2 && i + 2 < text.size() &&
                             static_cast<unsigned char>(text[i + 2]) == 0x99)) {
      // Apostrophes join (People's -> peoples) rather than split.
      if (c == 0xE2) i += 2;
      continue;
    }
    if (add) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(add);
    } else {
      dash = true;
    }
  }
  return out;
}

}  // namespace actors_internal

}  // namespace actorgraph
