// Input formats: plain text files (one document each) and .jsonl corpora (one document a line),
// read one document at a time. Every failure names the file and the line or byte offset.
#include "actorgraph/input.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cerrno>
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

  Result<bool> parse_line(Document* doc) {
    rapidjson::Document json;
    // RapidJSON's own UTF-8 validation checks byte by byte; a line that the word-at-a-time check
    // finds valid is parsed without it. Only a line with invalid UTF-8 takes the validating
    // parse, so that its error message stays RapidJSON's.
    if (invalid_utf8_offset(line_.data(), line_.size()) == kValidUtf8)
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
    if (doc->id.empty()) doc->id = name_ + ":" + std::to_string(line_no_);
    doc->text.assign(text->value.GetString(), text->value.GetStringLength());
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
    return DataError(std::string(origin) + ": invalid UTF-8 at byte offset " +
                     std::to_string(bad));
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
