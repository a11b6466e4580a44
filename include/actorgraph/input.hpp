// Input stage: turns the command line's INPUT arguments (text files, .jsonl corpora,
// directories, "-") into a stream of Documents, one at a time, so a corpus is never held whole.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/model.hpp"
#include "actorgraph/status.hpp"

namespace actorgraph {

/// Reads the documents of one input file, in order.
class InputFormat {
 public:
  virtual ~InputFormat() = default;
  /// Reads the next document into *doc; returns false at the end, or a Status naming
  /// the file and line or byte offset of the problem.
  virtual Result<bool> next(Document* doc) = 0;
  /// Returns the bytes consumed so far (for progress).
  virtual std::size_t bytes_read() const = 0;
};

/// Opens PATH with the input format registered under NAME ("txt" or "jsonl").
/// DISPLAY_NAME is used in messages and as the document id of text files.
Result<std::unique_ptr<InputFormat>> open_input_format(std::string_view name,
                                                       const std::string& path,
                                                       const std::string& display_name);
/// Returns the names of the registered input formats.
std::vector<std::string> input_format_names();

/// One file to read, after directories are expanded.
struct InputFile {
  std::string path;      // path to open; "-" for standard input
  std::string format;    // input format name: "txt" or "jsonl"
  std::string name;      // document id for text files: the file name ("-" reads as "stdin")
  std::size_t size = 0;  // size in bytes when known (0 for standard input)
};

/// Expands INPUT arguments into files: directories recursively (their .txt and .jsonl files,
/// sorted by path), files by extension (.jsonl is a corpus, anything else one text document).
/// Fails for a missing path or a directory without inputs.
Result<std::vector<InputFile>> expand_inputs(const std::vector<std::string>& inputs);

/// Streams the documents of a list of files, one after the other.
class DocumentStream {
 public:
  /// Opens a stream over FILES (from expand_inputs).
  static Result<DocumentStream> open(std::vector<InputFile> files);
  /// Reads the next document; false at the end of the last file.
  Result<bool> next(Document* doc);
  /// Returns the bytes consumed so far across all files.
  std::size_t bytes_read() const;
  /// Returns the total size of the inputs in bytes (0 when unknown, e.g. standard input).
  std::size_t total_bytes() const { return total_bytes_; }

 private:
  std::vector<InputFile> files_;
  std::size_t index_ = 0;
  std::size_t done_bytes_ = 0;
  std::size_t total_bytes_ = 0;
  std::unique_ptr<InputFormat> current_;
};

/// Checks that TEXT is valid UTF-8 and not binary; on failure the message names ORIGIN and the
/// byte offset. Removes a leading byte-order mark.
Status check_text(std::string* text, std::string_view origin);

}  // namespace actorgraph
