// `actorgraph validate`: the file against schemas/graph.schema.json (draft-04, RapidJSON's
// SchemaValidator), then through the reader, which checks what a schema cannot say (every
// relation names actors that the file defines).
// RapidJSON compiles schema patterns with std::regex here; with -fsanitize, GCC 12 reports
// false "may be used uninitialized" warnings inside libstdc++'s regex automaton, which are
// instantiated at the end of this file, so the warning is off for the whole file.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <fstream>
#include <memory>
#include <sstream>

#include "actorgraph/exporters.hpp"
#include "embedded.hpp"
#include "files.hpp"

namespace actorgraph {
namespace {

// Kept for the whole process and destroyed at exit: RapidJSON tags its pointers, so a schema
// left allocated at exit looks leaked to LeakSanitizer.
struct GraphSchema {
  rapidjson::Document source;
  std::unique_ptr<rapidjson::SchemaDocument> schema;
  GraphSchema() {
    std::string_view text = embedded_file("schemas/graph.schema.json");
    source.Parse(text.data(), text.size());
    if (!source.HasParseError() && source.IsObject()) {
      schema = std::make_unique<rapidjson::SchemaDocument>(source);
    }
  }
};

const rapidjson::SchemaDocument* graph_schema() {
  static const GraphSchema graph_schema;
  return graph_schema.schema.get();
}

std::string describe(const rapidjson::Value* v) {
  if (v == nullptr) return "";
  switch (v->GetType()) {
    case rapidjson::kNullType:
      return " (found null)";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      return " (found a boolean)";
    case rapidjson::kObjectType:
      return " (found an object)";
    case rapidjson::kArrayType:
      return " (found an array)";
    case rapidjson::kStringType:
      return " (found a string)";
    case rapidjson::kNumberType:
      return " (found a number)";
  }
  return "";
}

}  // namespace

Status validate_graph_file(const std::string& path) {
  const rapidjson::SchemaDocument* schema = graph_schema();
  if (schema == nullptr)
    return Internal("schemas/graph.schema.json: missing or broken in this build");
  auto read = read_whole_file(path);
  if (!read.ok()) return read.status();
  const std::string& text = *read;
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) {
    std::size_t offset = doc.GetErrorOffset();
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    return DataError(path + ":" + std::to_string(line) + ":" + std::to_string(col) +
                     ": not valid JSON (" + rapidjson::GetParseError_En(doc.GetParseError()) +
                     ", byte offset " + std::to_string(offset) + ")");
  }
  rapidjson::SchemaValidator validator(*schema);
  if (!doc.Accept(validator)) {
    rapidjson::StringBuffer doc_ptr, schema_ptr;
    validator.GetInvalidDocumentPointer().Stringify(doc_ptr);
    validator.GetInvalidSchemaPointer().StringifyUriFragment(schema_ptr);
    std::string where = doc_ptr.GetSize() == 0 ? "/" : doc_ptr.GetString();
    const rapidjson::Value* bad = validator.GetInvalidDocumentPointer().Get(doc);
    return DataError(path + ": " + where + ": violates the graph schema: keyword '" +
                     validator.GetInvalidSchemaKeyword() + "' at schema " + schema_ptr.GetString() +
                     describe(bad));
  }
  auto graph = read_jsonld(path);
  if (!graph.ok()) return graph.status();
  return {};
}

}  // namespace actorgraph
