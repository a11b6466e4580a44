#include "files.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace actorgraph {

Result<std::string> read_whole_file(const std::string& path) {
  std::error_code ec;
  auto st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) return NotFound(path + ": no such file");
  // A directory opens as a stream on Linux and then reports nonsense sizes: refuse it by name.
  if (std::filesystem::is_directory(st)) return DataError(path + ": is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": cannot read (" + std::strerror(errno) + ")");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return IoError(path + ": cannot read (" + std::strerror(errno) + ")");
  return std::move(buf).str();
}

}  // namespace actorgraph
