// The exporter factory and atomic file writing.
#include "actorgraph/exporters.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include "export_impl.hpp"

namespace actorgraph {
namespace {

struct Registration {
  std::string_view name;
  std::unique_ptr<Exporter> (*make)();
};

// Sorted by name: exporter_names() returns them in this order.
constexpr Registration kExporters[] = {
    {"dot", &make_dot_exporter},       {"graphml", &make_graphml_exporter},
    {"jsonld", &make_jsonld_exporter}, {"png", &make_png_exporter},
    {"svg", &make_svg_exporter},
};

std::string temp_path_for(const std::string& path) {
  std::random_device rd;
  return path + "." + std::to_string(rd()) + ".part";
}

// Writes through FILL into a temporary file beside PATH and renames it over PATH, so that PATH
// is either the old file or the complete new one, never half-written.
template <typename Fill>
Status write_atomic(const std::string& path, Fill&& fill) {
  std::string tmp = temp_path_for(path);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return IoError(path + ": cannot write (cannot create " + tmp + ")");
    Status s = fill(out);
    out.flush();
    if (s.ok() && !out) s = IoError(path + ": cannot write (disk full?)");
    if (!s.ok()) {
      out.close();
      std::remove(tmp.c_str());
      return s;
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

}  // namespace

Result<std::unique_ptr<Exporter>> make_exporter(std::string_view name) {
  for (const Registration& r : kExporters) {
    if (r.name == name) return r.make();
  }
  std::string known;
  for (const auto& n : exporter_names())
    known += (known.empty() ? "" : ", ") + n;
  return InvalidArgument("unknown format '" + std::string(name) + "' (known: " + known + ")");
}

std::vector<std::string> exporter_names() {
  std::vector<std::string> names;
  for (const Registration& r : kExporters)
    names.emplace_back(r.name);
  return names;
}

Status export_to_file(const Exporter& exporter, const Graph& graph, const ExportOptions& options,
                      const std::string& path) {
  return write_atomic(path, [&](std::ostream& out) -> Status {
    Status s = exporter.write(graph, options, out);
    if (!s.ok()) return Status(s.code(), path + ": " + s.message());
    return s;
  });
}

Status write_file_atomic(const std::string& path, std::string_view content) {
  return write_atomic(path, [&](std::ostream& out) -> Status {
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return {};
  });
}

}  // namespace actorgraph
