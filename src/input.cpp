// Input formats: plain text files (one document each) and .jsonl corpora (one document a line),
// read one document at a time. Every failure names the file and the line or byte offset.
#include "actorgraph/input.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

namespace actorgraph {
namespace fs = std::filesystem;

namespace {

// Returns the length of the UTF-8 sequence starting at P (P < END), or 0 when it is invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid too).
std::size_t utf8_sequence_length(const unsigned char* p, const unsigned char* end) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return (p + 1 < end && p[1] >= 0xA0 && p[1] <= 0xBF && cont(2)) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return (cont(1) && cont(2)) ? 3 : 0;
  if (c == 0xED) return (p + 1 < end && p[1] >= 0x80 && p[1] <= 0x9F && cont(2)) ? 3 : 0;
  if (c == 0xF0) return (p + 1 < end && p[1] >= 0x90 && p[1] <= 0xBF && cont(2) && cont(3)) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return (cont(1) && cont(2) && cont(3)) ? 4 : 0;
  if (c == 0xF4) return (p + 1 < end && p[1] >= 0x80 && p[1] <= 0x8F && cont(2) && cont(3)) ? 4 : 0;
  return 0;
}

constexpr std::size_t kValidUtf8 = static_cast<std::size_t>(-1);

// Returns the offset of the first invalid UTF-8 sequence in [P, P + N), or kValidUtf8.
std::size_t invalid_utf8_offset(const char* data, std::size_t n) {
  const auto* begin = reinterpret_cast<const unsigned char*>(data);
  const auto* end = begin + n;
  const auto* p = begin;
  while (p < end) {
    // Fast path: eight ASCII bytes at a time.
    if (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        p += 8;
        continue;
      }
    }
    std::size_t len = utf8_sequence_length(p, end);
    if (len == 0) return static_cast<std::size_t>(p - begin);
    p += len;
  }
  return kValidUtf8;
}

// Appends the UTF-8 form of code point CP to OUT, as RapidJSON's UTF8::Encode does (a lone
// surrogate is written as its three bytes and left to check_text).
void append_utf8(unsigned cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// A reader for the common shape of a .jsonl line: one flat object whose values are all
// strings. It accepts a subset of what RapidJSON accepts and yields the same strings; anything
// else (other value types, escaped keys, errors) makes it give up, and the caller parses the
// line with RapidJSON, whose messages and positions stay the reference.
class FlatJsonLine {
 public:
  FlatJsonLine(const char* data, std::size_t n) : p_(data), end_(data + n) {}

  // Parses the line; for each member calls ON_MEMBER(key, value_begin, value_end) where the
  // value is the raw string between its quotes (escapes undecoded). Returns false to give up.
  template <typename F>
  bool parse(F&& on_member) {
    ws();
    if (!eat('{')) return false;
    ws();
    if (p_ < end_ && *p_ == '}') return false;  // an empty object: left to RapidJSON
    for (;;) {
      const char *kb, *ke;
      if (!raw_string(&kb, &ke)) return false;
      for (const char* k = kb; k < ke; ++k)
        if (*k == '\\') return false;
      ws();
      if (!eat(':')) return false;
      ws();
      const char *vb, *ve;
      if (!raw_string(&vb, &ve)) return false;
      on_member(std::string_view(kb, static_cast<std::size_t>(ke - kb)), vb, ve);
      ws();
      if (eat(',')) {
        ws();
        continue;
      }
      if (!eat('}')) return false;
      ws();
      return p_ == end_;
    }
  }

  // Decodes the escapes of a raw string [B, E) into OUT. Returns false where RapidJSON would
  // report an error.
  static bool decode(const char* b, const char* e, std::string* out) {
    out->clear();
    out->reserve(static_cast<std::size_t>(e - b));
    while (b < e) {
      const char* run = b;
      const void* slash = std::memchr(b, '\\', static_cast<std::size_t>(e - b));
      b = slash ? static_cast<const char*>(slash) : e;
      out->append(run, static_cast<std::size_t>(b - run));
      if (b >= e) break;
      ++b;  // the backslash; raw_string guarantees a character after it
      char c = *b++;
      switch (c) {
        case '"':
          out->push_back('"');
          break;
        case '\\':
          out->push_back('\\');
          break;
        case '/':
          out->push_back('/');
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u': {
          unsigned cp;
          if (!hex4(&b, e, &cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned lo;
            if (e - b < 2 || b[0] != '\\' || b[1] != 'u') return false;
            b += 2;
            if (!hex4(&b, e, &lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
            cp = (((cp - 0xD800) << 10) | (lo - 0xDC00)) + 0x10000;
          }
          append_utf8(cp, out);
          break;
        }
        default:
          return false;
      }
    }
    return true;
  }

 private:
  static bool hex4(const char** p, const char* e, unsigned* cp) {
    if (e - *p < 4) return false;
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = (*p)[i];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v += static_cast<unsigned>(c - '0');
      else if (c >= 'A' && c <= 'F')
        v += static_cast<unsigned>(c - 'A' + 10);
      else if (c >= 'a' && c <= 'f')
        v += static_cast<unsigned>(c - 'a' + 10);
      else
        return false;
    }
    *p += 4;
    *cp = v;
    return true;
  }

  // Returns the first quote, backslash or control character in [P, END), or END. Eight bytes
  // at a time: a block without any of them (exact SWAR tests) is skipped whole.
  static const char* skip_plain(const char* p, const char* end) {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    while (end - p >= 8) {
      uint64_t x;
      std::memcpy(&x, p, 8);
      const uint64_t quote = x ^ (kOnes * '"');
      const uint64_t slash = x ^ (kOnes * '\\');
      const uint64_t hits =
          ((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash);
      if ((hits & kHigh) != 0) break;
      p += 8;
    }
    while (p < end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\')
      ++p;
    return p;
  }

  void ws() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t'))
      ++p_;
  }

  bool eat(char c) {
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }

  // Reads a string: its raw bytes between the quotes into [*B, *E). Control characters (also
  // NUL) inside make it give up.
  bool raw_string(const char** b, const char** e) {
    if (!eat('"')) return false;
    *b = p_;
    for (;;) {
      p_ = skip_plain(p_, end_);
      if (p_ >= end_ || static_cast<unsigned char>(*p_) < 0x20) return false;
      if (*p_ == '"') break;
      if (end_ - p_ < 2 || static_cast<unsigned char>(p_[1]) < 0x20) return false;
      p_ += 2;  // an escape and the character after it
    }
    *e = p_++;
    return true;
  }

  const char* p_;
  const char* end_;
};

std::string system_reason() {
  return std::strerror(errno);
}

// A plain text file: the whole file is one document whose id is its name.
class TextInput final : public InputFormat {
 public:
  TextInput(std::string path, std::string name) : path_(std::move(path)), name_(std::move(name)) {}

  Result<bool> next(Document* doc) override {
    if (done_) return false;
    done_ = true;
    std::string text;
    if (path_ == "-") {
      text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
      if (std::cin.bad()) return IoError("-: cannot read standard input");
    } else {
      std::ifstream in(path_, std::ios::binary);
      if (!in) return IoError(path_ + ": cannot open (" + system_reason() + ")");
      std::ostringstream ss;
      ss << in.rdbuf();
      if (in.bad()) return IoError(path_ + ": cannot read (" + system_reason() + ")");
      text = std::move(ss).str();
    }
    bytes_ = text.size();
    AG_RETURN_IF_ERROR(check_text(&text, path_));
    *doc = Document{};
    doc->id = name_;
    doc->text = std::move(text);
    doc->origin = path_;
    return true;
  }

  std::size_t bytes_read() const override { return bytes_; }

 private:
  std::string path_;
  std::string name_;
  bool done_ = false;
  std::size_t bytes_ = 0;
};

// A .jsonl corpus: one JSON object a line with a string "text" and optional "id", "title",
// "date", "url", "source" strings. Blank lines are skipped. After a bad line the reader is
// positioned on the next one, so a caller that keeps going loses only that line.
class JsonlInput final : public InputFormat {
 public:
  JsonlInput(std::string path, std::string name) : path_(std::move(path)), name_(std::move(name)) {}

  Result<bool> next(Document* doc) override {
    if (!opened_) {
      opened_ = true;  // set first: after a failed open the reader is at its end
      if (path_ == "-") {
        in_ = &std::cin;
      } else {
        file_.open(path_, std::ios::binary);
        if (!file_) return IoError(path_ + ": cannot open (" + system_reason() + ")");
        in_ = &file_;
      }
    }
    if (in_ == nullptr) return false;
    while (std::getline(*in_, line_)) {
      ++line_no_;
      bytes_ += line_.size() + 1;
      if (!line_.empty() && line_.back() == '\r') line_.pop_back();
      if (line_no_ == 1 && line_.compare(0, 3, "\xEF\xBB\xBF") == 0) line_.erase(0, 3);
      if (line_.find_first_not_of(" \t") == std::string::npos) continue;
      return parse_line(doc);
    }
    if (in_->bad()) return IoError(path_ + ": cannot read (" + system_reason() + ")");
    return false;
  }

  std::size_t bytes_read() const override { return bytes_; }

 private:
  std::string where() const { return path_ + ":" + std::to_string(line_no_); }

  // Reads a line of the common shape without building a DOM. Returns false, with DOC
  // untouched, when the line is not of that shape.
  bool parse_flat_line(Document* doc) {
    static constexpr std::string_view kKeys[] = {"text", "id", "title", "date", "url", "source"};
    constexpr std::size_t kFields = sizeof(kKeys) / sizeof(kKeys[0]);
    bool seen[kFields] = {};
    bool escapes_ok = true;
    FlatJsonLine reader(line_.data(), line_.size());
    bool ok = reader.parse([&](std::string_view key, const char* b, const char* e) {
      std::string* target = &scratch_;
      for (std::size_t f = 0; f < kFields; ++f) {
        // The first of duplicate members counts, as with RapidJSON's FindMember.
        if (kKeys[f] == key && !seen[f]) {
          seen[f] = true;
          target = &fields_[f];
          break;
        }
      }
      // Every value is decoded, also those not kept, since a bad escape anywhere is an error.
      if (escapes_ok && !FlatJsonLine::decode(b, e, target)) escapes_ok = false;
    });
    if (!ok || !escapes_ok || !seen[0]) return false;
    *doc = Document{};
    std::string* targets[kFields] = {&doc->text, &doc->id,  &doc->title,
                                     &doc->date, &doc->url, &doc->source};
    for (std::size_t f = 0; f < kFields; ++f) {
      if (seen[f]) targets[f]->swap(fields_[f]);
    }
    return true;
  }

  Result<bool> parse_line(Document* doc) {
    // Most lines are valid UTF-8 objects of strings: they skip the DOM. The rest take
    // RapidJSON, whose messages and positions the reader reports.
    const bool valid_utf8 = invalid_utf8_offset(line_.data(), line_.size()) == kValidUtf8;
    if (valid_utf8 && parse_flat_line(doc)) return finish_document(doc);
    rapidjson::Document json;
    // RapidJSON's own UTF-8 validation checks byte by byte; a line that the word-at-a-time check
    // finds valid is parsed without it. Only a line with invalid UTF-8 takes the validating
    // parse, so that its error message stays RapidJSON's.
    if (valid_utf8)
      json.Parse<rapidjson::kParseDefaultFlags>(line_.data(), line_.size());
    else
      json.Parse<rapidjson::kParseValidateEncodingFlag>(line_.data(), line_.size());
    if (json.HasParseError()) {
      return DataError(where() + ": not valid JSON (" +
                       rapidjson::GetParseError_En(json.GetParseError()) + " at column " +
                       std::to_string(json.GetErrorOffset() + 1) + ")");
    }
    if (!json.IsObject()) return DataError(where() + ": not a JSON object");
    auto text = json.FindMember("text");
    if (text == json.MemberEnd()) return DataError(where() + ": no \"text\" field");
    if (!text->value.IsString()) return DataError(where() + ": \"text\" is not a string");
    *doc = Document{};
    struct Field {
      const char* key;
      std::string* target;
    };
    const Field fields[] = {{"id", &doc->id},
                            {"title", &doc->title},
                            {"date", &doc->date},
                            {"url", &doc->url},
                            {"source", &doc->source}};
    for (const Field& f : fields) {
      auto m = json.FindMember(f.key);
      if (m == json.MemberEnd() || m->value.IsNull()) continue;
      if (m->value.IsString()) {
        f.target->assign(m->value.GetString(), m->value.GetStringLength());
      } else if (std::strcmp(f.key, "id") == 0 && m->value.IsInt64()) {
        *f.target = std::to_string(m->value.GetInt64());
      } else {
        return DataError(where() + ": \"" + f.key + "\" is not a string");
      }
    }
    doc->text.assign(text->value.GetString(), text->value.GetStringLength());
    return finish_document(doc);
  }

  Result<bool> finish_document(Document* doc) {
    if (doc->id.empty()) doc->id = name_ + ":" + std::to_string(line_no_);
    doc->origin = where();
    Status s = check_text(&doc->text, where() + ": \"text\"");
    if (!s.ok()) return s;
    return true;
  }

  std::string path_;
  std::string name_;
  bool opened_ = false;
  std::ifstream file_;
  std::istream* in_ = nullptr;
  std::string line_;
  std::string fields_[6];  // parse_flat_line: decoded values of text, id, title, date, url, source
  std::string scratch_;    // parse_flat_line: decoded values not kept
  std::size_t line_no_ = 0;
  std::size_t bytes_ = 0;
};

struct FormatEntry {
  const char* name;
  std::unique_ptr<InputFormat> (*make)(const std::string& path, const std::string& name);
};

const FormatEntry kFormats[] = {
    {"jsonl",
     [](const std::string& p, const std::string& n) -> std::unique_ptr<InputFormat> {
       return std::make_unique<JsonlInput>(p, n);
     }},
    {"txt",
     [](const std::string& p, const std::string& n) -> std::unique_ptr<InputFormat> {
       return std::make_unique<TextInput>(p, n);
     }},
};

bool has_extension(const fs::path& p, const char* ext) {
  return p.extension() == ext;
}

}  // namespace

Status check_text(std::string* text, std::string_view origin) {
  if (text->compare(0, 3, "\xEF\xBB\xBF") == 0) text->erase(0, 3);
  // A NUL byte anywhere means binary data (an image, a PDF, UTF-16), whatever comes first.
  if (const void* nul = std::memchr(text->data(), 0, text->size())) {
    return DataError(std::string(origin) + ": binary file (NUL byte at byte offset " +
                     std::to_string(static_cast<const char*>(nul) - text->data()) + ")");
  }
  const std::size_t bad = invalid_utf8_offset(text->data(), text->size());
  if (bad != kValidUtf8) {
    return DataError(std::string(origin) + ": invalid UTF-8 at byte offset " + std::to_string(bad));
  }
  return {};
}

Result<std::unique_ptr<InputFormat>> open_input_format(std::string_view name,
                                                       const std::string& path,
                                                       const std::string& display_name) {
  for (const FormatEntry& f : kFormats) {
    if (name == f.name) return f.make(path, display_name);
  }
  return InvalidArgument("unknown input format '" + std::string(name) + "'");
}

std::vector<std::string> input_format_names() {
  std::vector<std::string> names;
  for (const FormatEntry& f : kFormats)
    names.emplace_back(f.name);
  return names;
}

Result<std::vector<InputFile>> expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<InputFile> files;
  if (inputs.empty()) return InvalidArgument("no INPUT given");
  for (const std::string& input : inputs) {
    if (input == "-") {
      files.push_back({"-", "txt", "stdin", 0});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) return NotFound(input + ": no such file or directory");
    if (fs::is_directory(st)) {
      std::vector<InputFile> found;
      fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
      if (ec) return IoError(input + ": cannot read directory (" + ec.message() + ")");
      for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
        if (ec) return IoError(input + ": cannot read directory (" + ec.message() + ")");
        const fs::path& p = it->path();
        std::error_code fec;
        if (!it->is_regular_file(fec)) continue;
        bool jsonl = has_extension(p, ".jsonl");
        if (!jsonl && !has_extension(p, ".txt")) continue;
        InputFile f;
        f.path = p.string();
        f.format = jsonl ? "jsonl" : "txt";
        f.name = fs::relative(p, input, fec).generic_string();
        if (fec || f.name.empty()) f.name = p.filename().string();
        f.size = static_cast<std::size_t>(it->file_size(fec));
        found.push_back(std::move(f));
      }
      if (found.empty()) return DataError(input + ": directory has no .txt or .jsonl files");
      std::sort(found.begin(), found.end(),
                [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
      for (auto& f : found)
        files.push_back(std::move(f));
      continue;
    }
    if (!fs::is_regular_file(st) && !fs::is_fifo(st) && !fs::is_character_file(st)) {
      return DataError(input + ": not a regular file");
    }
    std::ifstream probe(input, std::ios::binary);
    if (!probe) return IoError(input + ": cannot read (" + system_reason() + ")");
    InputFile f;
    f.path = input;
    f.format = has_extension(input, ".jsonl") ? "jsonl" : "txt";
    f.name = fs::path(input).filename().string();
    f.size = fs::is_regular_file(st) ? static_cast<std::size_t>(fs::file_size(input, ec)) : 0;
    files.push_back(std::move(f));
  }
  return files;
}

Result<DocumentStream> DocumentStream::open(std::vector<InputFile> files) {
  DocumentStream s;
  for (const InputFile& f : files)
    s.total_bytes_ += f.size;
  s.files_ = std::move(files);
  return s;
}

Result<bool> DocumentStream::next(Document* doc) {
  while (index_ < files_.size()) {
    if (!current_) {
      const InputFile& f = files_[index_];
      auto opened = open_input_format(f.format, f.path, f.name);
      if (!opened.ok()) return opened.status();
      current_ = std::move(opened).value();
    }
    Result<bool> r = current_->next(doc);
    if (!r.ok()) {
      // A text file is one document: after its error it is finished. A .jsonl reader has
      // already moved past the bad line and can go on.
      if (files_[index_].format != "jsonl") {
        done_bytes_ += current_->bytes_read();
        current_.reset();
        ++index_;
      }
      return r;
    }
    if (*r) return true;
    done_bytes_ += current_->bytes_read();
    current_.reset();
    ++index_;
  }
  return false;
}

std::size_t DocumentStream::bytes_read() const {
  return done_bytes_ + (current_ ? current_->bytes_read() : 0);
}

}  // namespace actorgraph
