// Private lookup tables of the text layer: byte classes, UTF-8 code point classes and small
// case-insensitive word tables (abbreviations, sentence starters, top-level domains).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>

namespace actorgraph::text_internal {

/// Classes of a byte that drive the tokenizer's main loop.
enum ByteClass : uint8_t {
  kBcOther,    // a symbol: & * / # @ ...
  kBcSpace,    // space, tab and other control characters
  kBcCr,       // carriage return
  kBcNewline,  // line feed
  kBcLower,    // a-z
  kBcUpper,    // A-Z
  kBcDigit,    // 0-9
  kBcHigh,     // first byte of a multi-byte UTF-8 sequence (or a stray byte)
  kBcPeriod,   // .
  kBcApos,     // '
  kBcDquote,   // "
  kBcHyphen,   // -
  kBcBracket,  // ( ) [ ] { }
  kBcPunct,    // , ; : ! ?
  kBcDollar,   // $
};

/// Property bits of an ASCII byte.
enum : uint8_t { kPUpper = 1, kPLower = 2, kPDigit = 4, kPAlpha = 3, kPAlnum = 7 };

/// Per-byte tables: class, property bits and lower-case form.
struct ByteTables {
  uint8_t cls[256];
  uint8_t prop[256];
  char lower[256];
};

constexpr ByteTables make_byte_tables() {
  ByteTables t{};
  for (int c = 0; c < 256; ++c) {
    t.cls[c] = c >= 0x80 ? kBcHigh : (c < 0x20 || c == 0x7F) ? kBcSpace : kBcOther;
    t.prop[c] = 0;
    t.lower[c] = static_cast<char>(c);
  }
  t.cls[static_cast<int>(' ')] = kBcSpace;
  t.cls[static_cast<int>('\r')] = kBcCr;
  t.cls[static_cast<int>('\n')] = kBcNewline;
  for (int c = 'a'; c <= 'z'; ++c) {
    t.cls[c] = kBcLower;
    t.prop[c] = kPLower;
  }
  for (int c = 'A'; c <= 'Z'; ++c) {
    t.cls[c] = kBcUpper;
    t.prop[c] = kPUpper;
    t.lower[c] = static_cast<char>(c + 32);
  }
  for (int c = '0'; c <= '9'; ++c) {
    t.cls[c] = kBcDigit;
    t.prop[c] = kPDigit;
  }
  t.cls[static_cast<int>('.')] = kBcPeriod;
  t.cls[static_cast<int>('\'')] = kBcApos;
  t.cls[static_cast<int>('"')] = kBcDquote;
  t.cls[static_cast<int>('-')] = kBcHyphen;
  for (char c : {'(', ')', '[', ']', '{', '}'})
    t.cls[static_cast<int>(c)] = kBcBracket;
  for (char c : {',', ';', ':', '!', '?'})
    t.cls[static_cast<int>(c)] = kBcPunct;
  t.cls[static_cast<int>('$')] = kBcDollar;
  return t;
}

inline constexpr ByteTables kBytes = make_byte_tables();

/// Classes of a non-ASCII code point.
enum class Cp : uint8_t {
  kLetter,      // any letter or mark of any script: continues a word
  kSpace,       // no-break and other wide spaces
  kNewline,     // line separator, next line
  kParagraph,   // paragraph separator
  kIgnorable,   // soft hyphen, zero-width characters, bidi marks, variation selectors
  kApos,        // right single quote, prime, modifier apostrophe: apostrophe or closing quote
  kOpenSquote,  // left single quotes
  kDquote,      // double quotes and guillemets
  kHyphen,      // hyphen and non-breaking hyphen: joins words like '-'
  kDash,        // figure dash, en dash, minus
  kEmDash,      // em dash, horizontal bar
  kEllipsis,    // horizontal ellipsis
  kCurrency,    // currency signs other than $
  kBullet,      // list bullets
  kSymbol,      // everything else, including invalid bytes
};

/// A decoded UTF-8 sequence: its class, length in bytes and code point.
struct Decoded {
  Cp cls;
  uint8_t len;
  uint32_t cp;
};

/// Returns the class of a code point >= 0x80.
// clang-format off
constexpr Cp classify_cp(uint32_t cp) {
  if (cp < 0x100) {
    switch (cp) {
      case 0xA0: return Cp::kSpace;
      case 0x85: return Cp::kNewline;
      case 0xAD: return Cp::kIgnorable;
      case 0xAB: case 0xBB: return Cp::kDquote;
      case 0xA2: case 0xA3: case 0xA5: return Cp::kCurrency;
      case 0xB7: return Cp::kBullet;
      case 0xAA: case 0xB5: case 0xBA: return Cp::kLetter;
      case 0xD7: case 0xF7: return Cp::kSymbol;
      default: return cp < 0xC0 ? Cp::kSymbol : Cp::kLetter;
    }
  }
  if (cp < 0x2000) {
    if (cp == 0x2BC) return Cp::kApos;
    if (cp == 0x34F || (cp >= 0x180B && cp <= 0x180E)) return Cp::kIgnorable;
    if (cp == 0x1680) return Cp::kSpace;
    return Cp::kLetter;
  }
  if (cp < 0x2070) {
    if (cp <= 0x200A) return Cp::kSpace;
    if (cp <= 0x200F) return Cp::kIgnorable;
    if (cp <= 0x2011) return Cp::kHyphen;
    if (cp <= 0x2013) return Cp::kDash;
    if (cp <= 0x2015) return Cp::kEmDash;
    switch (cp) {
      case 0x2018: case 0x201A: case 0x201B: case 0x2039: return Cp::kOpenSquote;
      case 0x2019: case 0x2032: case 0x203A: return Cp::kApos;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: return Cp::kDquote;
      case 0x2022: case 0x2023: case 0x2043: return Cp::kBullet;
      case 0x2026: return Cp::kEllipsis;
      case 0x2028: return Cp::kNewline;
      case 0x2029: return Cp::kParagraph;
      case 0x202F: case 0x205F: return Cp::kSpace;
      default: break;
    }
    if ((cp >= 0x202A && cp <= 0x202E) || cp >= 0x2060) return Cp::kIgnorable;
    return Cp::kSymbol;
  }
  if (cp < 0x3000) {
    if (cp >= 0x20A0 && cp <= 0x20CF) return Cp::kCurrency;
    if (cp == 0x2212) return Cp::kDash;
    if (cp == 0x2219 || cp == 0x25A0 || cp == 0x25AA || cp == 0x25CF || cp == 0x25E6)
      return Cp::kBullet;
    if (cp >= 0x2C00 && cp < 0x2E00) return Cp::kLetter;
    return Cp::kSymbol;
  }
  if (cp == 0x3000) return Cp::kSpace;
  if (cp < 0x3040) return Cp::kSymbol;
  if (cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F)) return Cp::kIgnorable;
  if (cp == 0xFE58 || cp == 0xFE63 || cp == 0xFF0D) return Cp::kDash;
  if (cp >= 0x1F000 && cp < 0x1FC00) return Cp::kSymbol;
  if (cp >= 0xE0000 && cp < 0xE0080) return Cp::kIgnorable;
  return Cp::kLetter;
}
// clang-format on

/// Decodes the sequence at P (first byte >= 0x80, AVAIL >= 1 bytes readable); an invalid
/// sequence decodes as a one-byte symbol so that no input can stall or overrun the scanner.
inline Decoded decode_utf8(const unsigned char* p, std::size_t avail) {
  const uint32_t c0 = p[0];
  constexpr Decoded kInvalid{Cp::kSymbol, 1, 0xFFFD};
  auto cont = [&](std::size_t k) { return k < avail && (p[k] & 0xC0) == 0x80; };
  uint32_t cp;
  uint8_t len;
  if (c0 < 0xC2) return kInvalid;
  if (c0 < 0xE0) {
    if (!cont(1)) return kInvalid;
    cp = ((c0 & 0x1F) << 6) | (p[1] & 0x3Fu);
    len = 2;
  } else if (c0 < 0xF0) {
    if (!cont(1) || !cont(2)) return kInvalid;
    cp = ((c0 & 0x0F) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    len = 3;
  } else if (c0 < 0xF5) {
    if (!cont(1) || !cont(2) || !cont(3)) return kInvalid;
    cp = ((c0 & 0x07) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    len = 4;
  } else {
    return kInvalid;
  }
  return {classify_cp(cp), len, cp};
}

/// Returns the lower-case form of letter CP and sets *UPPER / *LOWER when it has case
/// (Latin-1, Latin Extended-A, basic Greek and Cyrillic; other scripts are caseless here).
/// The lower-case form always has the same UTF-8 length as CP.
constexpr uint32_t lower_cp(uint32_t cp, bool* upper, bool* lower) {
  *upper = false;
  *lower = false;
  if (cp < 0xC0) {
    return cp;
  } else if (cp <= 0xDE) {
    if (cp == 0xD7) return cp;
    *upper = true;
    return cp + 0x20;
  } else if (cp <= 0xFF) {
    *lower = cp != 0xF7;
    return cp;
  } else if (cp <= 0x17F) {
    if (cp == 0x178) {
      *upper = true;
      return 0xFF;
    }
    if (cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) {
      *lower = cp != 0x130;
      *upper = cp == 0x130;
      return cp;
    }
    const bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    const bool is_upper = odd_upper ? (cp & 1) != 0 : (cp & 1) == 0;
    *upper = is_upper;
    *lower = !is_upper;
    return is_upper ? cp + 1 : cp;
  } else if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) {
    *upper = true;
    return cp + 0x20;
  } else if (cp >= 0x3B1 && cp <= 0x3C9) {
    *lower = true;
  } else if (cp >= 0x400 && cp <= 0x40F) {
    *upper = true;
    return cp + 0x50;
  } else if (cp >= 0x410 && cp <= 0x42F) {
    *upper = true;
    return cp + 0x20;
  } else if (cp >= 0x430 && cp <= 0x45F) {
    *lower = true;
  }
  return cp;
}

/// A small open-addressing hash table from short ASCII words (matched without regard to case)
/// to a byte of bits; built once, looked up without allocation.
class WordTable {
 public:
  /// Builds the table from (word, bits) pairs; bits of repeated words are OR-ed.
  WordTable(std::initializer_list<std::pair<std::string_view, uint8_t>> entries) {
    for (const auto& [word, bits] : entries) {
      std::size_t h = hash(word.data(), word.size()) & kMask;
      while (slots_[h].len != 0 && !equal(slots_[h], word.data(), word.size()))
        h = (h + 1) & kMask;
      Slot& s = slots_[h];
      s.len = static_cast<uint8_t>(word.size());
      for (std::size_t k = 0; k < word.size(); ++k)
        s.key[k] = kBytes.lower[static_cast<uint8_t>(word[k])];
      s.bits |= bits;
    }
  }

  /// Returns the bits of the word S[0, LEN), or 0 when it is absent.
  uint8_t find(const char* s, std::size_t len) const {
    if (len == 0 || len > kMaxLen) return 0;
    std::size_t h = hash(s, len) & kMask;
    while (slots_[h].len != 0) {
      if (equal(slots_[h], s, len)) return slots_[h].bits;
      h = (h + 1) & kMask;
    }
    return 0;
  }
  uint8_t find(std::string_view s) const { return find(s.data(), s.size()); }

 private:
  static constexpr std::size_t kSize = 512;
  static constexpr std::size_t kMask = kSize - 1;
  static constexpr std::size_t kMaxLen = 14;
  struct Slot {
    char key[kMaxLen] = {};
    uint8_t len = 0;
    uint8_t bits = 0;
  };
  static std::size_t hash(const char* s, std::size_t len) {
    uint32_t h = 2166136261u;
    for (std::size_t k = 0; k < len; ++k) {
      h ^= static_cast<uint8_t>(kBytes.lower[static_cast<uint8_t>(s[k])]);
      h *= 16777619u;
    }
    return h ^ (h >> 15);
  }
  static bool equal(const Slot& slot, const char* s, std::size_t len) {
    if (slot.len != len) return false;
    for (std::size_t k = 0; k < len; ++k)
      if (slot.key[k] != kBytes.lower[static_cast<uint8_t>(s[k])]) return false;
    return true;
  }
  Slot slots_[kSize];
};

/// Abbreviation categories (values in abbreviations()).
enum : uint8_t {
  kAbbrTitle = 1,    // precedes a name or number, never ends a sentence: Mr. Dr. Sen. St. vs.
  kAbbrSuffix = 2,   // may end a sentence: Corp. Inc. Ltd. Jan.; ends one before a starter word
  kAbbrEtc = 3,      // often ends a sentence: etc.; ends one before any capitalized word
  kAbbrNumeric = 4,  // an abbreviation only before a number: No. 5, p. 12, Art. 3
};

/// Returns the table of known abbreviations (written without their period).
inline const WordTable& abbreviations() {
  // clang-format off
  static const WordTable table{
      // Titles and forms of address.
      {"mr", kAbbrTitle}, {"mrs", kAbbrTitle}, {"ms", kAbbrTitle}, {"messrs", kAbbrTitle},
      {"dr", kAbbrTitle}, {"prof", kAbbrTitle}, {"sen", kAbbrTitle}, {"sens", kAbbrTitle},
      {"rep", kAbbrTitle}, {"reps", kAbbrTitle}, {"gov", kAbbrTitle}, {"gen", kAbbrTitle},
      {"col", kAbbrTitle}, {"lt", kAbbrTitle}, {"sgt", kAbbrTitle}, {"capt", kAbbrTitle},
      {"cmdr", kAbbrTitle}, {"adm", kAbbrTitle}, {"maj", kAbbrTitle}, {"cpl", kAbbrTitle},
      {"pres", kAbbrTitle}, {"supt", kAbbrTitle}, {"hon", kAbbrTitle}, {"rev", kAbbrTitle},
      {"fr", kAbbrTitle}, {"st", kAbbrTitle}, {"mt", kAbbrTitle}, {"ft", kAbbrTitle},
      {"vs", kAbbrTitle}, {"amb", kAbbrTitle}, {"atty", kAbbrTitle}, {"lieut", kAbbrTitle},
      {"sec", kAbbrTitle}, {"cf", kAbbrTitle}, {"dept", kAbbrTitle}, {"ave", kAbbrTitle},
      {"blvd", kAbbrTitle}, {"approx", kAbbrTitle}, {"est", kAbbrTitle},
      // Company and name suffixes, months, and others that can end a sentence.
      {"corp", kAbbrSuffix}, {"inc", kAbbrSuffix}, {"ltd", kAbbrSuffix}, {"co", kAbbrSuffix},
      {"cos", kAbbrSuffix}, {"llc", kAbbrSuffix}, {"plc", kAbbrSuffix}, {"bros", kAbbrSuffix},
      {"assn", kAbbrSuffix}, {"univ", kAbbrSuffix}, {"jr", kAbbrSuffix}, {"sr", kAbbrSuffix},
      {"jan", kAbbrSuffix}, {"feb", kAbbrSuffix}, {"mar", kAbbrSuffix}, {"apr", kAbbrSuffix},
      {"jun", kAbbrSuffix}, {"jul", kAbbrSuffix}, {"aug", kAbbrSuffix}, {"sep", kAbbrSuffix},
      {"sept", kAbbrSuffix}, {"oct", kAbbrSuffix}, {"nov", kAbbrSuffix}, {"dec", kAbbrSuffix},
      {"mon", kAbbrSuffix}, {"tue", kAbbrSuffix}, {"tues", kAbbrSuffix}, {"wed", kAbbrSuffix},
      {"thu", kAbbrSuffix}, {"thurs", kAbbrSuffix}, {"fri", kAbbrSuffix}, {"al", kAbbrSuffix},
      {"govt", kAbbrSuffix}, {"intl", kAbbrSuffix}, {"mfg", kAbbrSuffix}, {"mln", kAbbrSuffix},
      {"bln", kAbbrSuffix}, {"yr", kAbbrSuffix}, {"yrs", kAbbrSuffix}, {"mos", kAbbrSuffix},
      {"etc", kAbbrEtc},
      // Only before a number.
      {"no", kAbbrNumeric}, {"nos", kAbbrNumeric}, {"p", kAbbrNumeric}, {"pp", kAbbrNumeric},
      {"vol", kAbbrNumeric}, {"vols", kAbbrNumeric}, {"fig", kAbbrNumeric},
      {"art", kAbbrNumeric}, {"ch", kAbbrNumeric}, {"para", kAbbrNumeric},
      {"nr", kAbbrNumeric}, {"op", kAbbrNumeric}, {"ed", kAbbrNumeric},
  };
  // clang-format on
  return table;
}

/// Bits of words in word_classes().
enum : uint8_t {
  kWStarter = 1,      // often starts a sentence: a period before it ends one
  kWJoiner = 2,       // cannot end a sentence: a line ending in it continues on the next line
  kWContraction = 4,  // 's after it is "is"/"has", not a possessive: it's, that's
  kWTld = 8,          // a top-level domain: example.com
};

/// Returns the table of function words, contraction bases and top-level domains.
inline const WordTable& word_classes() {
  // clang-format off
  static const WordTable table{
      {"the", kWStarter | kWJoiner}, {"a", kWStarter | kWJoiner}, {"an", kWStarter | kWJoiner},
      {"it", kWStarter | kWContraction}, {"its", kWStarter | kWJoiner},
      {"he", kWStarter | kWContraction}, {"she", kWStarter | kWContraction},
      {"they", kWStarter}, {"we", kWStarter}, {"i", kWStarter}, {"you", kWStarter},
      {"this", kWStarter | kWJoiner}, {"that", kWStarter | kWJoiner | kWContraction},
      {"these", kWStarter | kWJoiner}, {"those", kWStarter | kWJoiner},
      {"there", kWStarter | kWContraction}, {"here", kWStarter | kWContraction},
      {"what", kWStarter | kWContraction}, {"who", kWStarter | kWContraction | kWJoiner},
      {"where", kWStarter | kWContraction}, {"when", kWStarter | kWContraction},
      {"why", kWStarter | kWContraction}, {"how", kWStarter | kWContraction},
      {"let", kWContraction}, {"everyone", kWContraction}, {"nobody", kWContraction},
      {"but", kWStarter | kWJoiner}, {"and", kWStarter | kWJoiner}, {"or", kWStarter | kWJoiner},
      {"nor", kWJoiner}, {"so", kWStarter}, {"yet", kWStarter}, {"however", kWStarter},
      {"meanwhile", kWStarter}, {"moreover", kWStarter}, {"still", kWStarter},
      {"also", kWStarter}, {"then", kWStarter}, {"thus", kWStarter}, {"instead", kWStarter},
      {"in", kWStarter | kWJoiner}, {"on", kWStarter | kWJoiner},
      {"at", kWStarter | kWJoiner}, {"for", kWStarter | kWJoiner}, {"as", kWStarter | kWJoiner},
      {"after", kWStarter | kWJoiner}, {"before", kWStarter | kWJoiner},
      {"while", kWStarter | kWJoiner}, {"if", kWStarter | kWJoiner},
      {"his", kWStarter | kWJoiner}, {"her", kWStarter | kWJoiner},
      {"their", kWStarter | kWJoiner}, {"our", kWStarter | kWJoiner},
      {"your", kWJoiner}, {"my", kWJoiner}, {"some", kWStarter}, {"many", kWStarter},
      {"most", kWStarter}, {"both", kWStarter}, {"all", kWStarter}, {"one", kWStarter},
      {"according", kWStarter}, {"despite", kWStarter | kWJoiner},
      {"although", kWStarter | kWJoiner}, {"though", kWStarter}, {"since", kWStarter | kWJoiner},
      {"with", kWStarter | kWJoiner}, {"by", kWStarter | kWJoiner},
      {"from", kWStarter | kWJoiner}, {"to", kWStarter | kWJoiner},
      {"under", kWStarter | kWJoiner}, {"of", kWJoiner}, {"into", kWJoiner},
      {"than", kWJoiner}, {"about", kWJoiner}, {"over", kWJoiner}, {"between", kWJoiner},
      {"against", kWJoiner}, {"which", kWJoiner}, {"whose", kWJoiner}, {"whom", kWJoiner},
      {"said", kWJoiner}, {"says", kWJoiner}, {"including", kWJoiner}, {"such", kWJoiner},
      {"not", kWJoiner}, {"no", kWStarter}, {"is", kWJoiner}, {"are", kWJoiner},
      {"was", kWJoiner}, {"were", kWJoiner}, {"be", kWJoiner}, {"been", kWJoiner},
      {"has", kWJoiner}, {"have", kWJoiner}, {"had", kWJoiner}, {"will", kWJoiner},
      {"would", kWJoiner}, {"could", kWJoiner}, {"should", kWJoiner}, {"can", kWJoiner},
      // Top-level domains recognized in bare host names.
      {"com", kWTld}, {"org", kWTld}, {"net", kWTld}, {"gov", kWTld}, {"edu", kWTld},
      {"mil", kWTld}, {"int", kWTld}, {"io", kWTld}, {"ai", kWTld}, {"co", kWTld},
      {"uk", kWTld}, {"eu", kWTld}, {"cn", kWTld}, {"de", kWTld},
      {"fr", kWTld}, {"jp", kWTld}, {"kr", kWTld}, {"tw", kWTld}, {"hk", kWTld},
      {"sg", kWTld}, {"au", kWTld}, {"ca", kWTld}, {"ch", kWTld}, {"nl", kWTld},
      {"se", kWTld}, {"es", kWTld}, {"ru", kWTld}, {"br", kWTld}, {"info", kWTld},
      {"biz", kWTld}, {"tv", kWTld}, {"app", kWTld}, {"dev", kWTld},
      {"news", kWTld}, {"ly", kWTld}, {"gl", kWTld}, {"gg", kWTld},
  };
  // clang-format on
  return table;
}

}  // namespace actorgraph::text_internal
