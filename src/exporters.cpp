// The exporter factory and atomic file writing.
#include "actorgraph/exporters.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace actorgraph {

Result<std::unique_ptr<Exporter>> make_exporter(std::string_view name) {
  std::string known;
  for (const auto& n : exporter_names()) known += (known.empty() ? "" : ", ") + n;
  return InvalidArgument("unknown format '" + std::string(name) + "' (known: " + known + ")");
}

std::vector<std::string> exporter_names() { return {}; }

Status export_to_file(const Exporter& exporter, const Graph& graph, const ExportOptions& options,
                      const std::string& path) {
  std::ostringstream out;
  AG_RETURN_IF_ERROR(exporter.write(graph, options, out));
  return write_file_atomic(path, out.str());
}

Status write_file_atomic(const std::string& path, std::string_view content) {
  std::string tmp = path + ".tmp" + std::to_string(std::random_device{}());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return IoError(path + ": cannot write");
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      return IoError(path + ": cannot write");
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::remove(tmp.c_str());
    return IoError(path + ": cannot write (" + ec.message() + ")");
  }
  return {};
}

Result<Graph> read_jsonld(const std::string& path) {
  return Unimplemented(path + ": reading JSON-LD is not implemented yet");
}

Status validate_graph_file(const std::string& path) {
  return Unimplemented(path + ": validate is not implemented yet");
}

}  // namespace actorgraph
