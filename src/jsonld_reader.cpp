// Reads the JSON-LD that export_jsonld.cpp writes (for merge, query and validate). It reads the
// JSON layout, not arbitrary JSON-LD: every problem is reported with the file and the JSON
// pointer (or, for broken JSON, the line, column and byte offset) where it is.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "actorgraph/exporters.hpp"
#include "export_impl.hpp"
#include "files.hpp"
#include "graph_impl.hpp"

namespace actorgraph {
namespace {

using Value = rapidjson::Value;

std::string type_name(const Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType:
      return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      return "a boolean";
    case rapidjson::kObjectType:
      return "an object";
    case rapidjson::kArrayType:
      return "an array";
    case rapidjson::kStringType:
      return "a string";
    case rapidjson::kNumberType:
      return "a number";
  }
  return "a value";
}

class Reader {
 public:
  explicit Reader(std::string path) : path_(std::move(path)) {}

  Status error(const std::string& pointer, const std::string& what) const {
    return DataError(path_ + ": " + (pointer.empty() ? "/" : pointer) + ": " + what);
  }

  Status get_string(const Value& obj, const std::string& ptr, const char* k, bool required,
                    std::string* out) const {
    auto it = obj.FindMember(k);
    if (it == obj.MemberEnd()) {
      return required ? error(ptr, std::string("missing \"") + k + "\"") : Status();
    }
    if (!it->value.IsString()) {
      return error(ptr + "/" + k, "expected a string, found " + type_name(it->value));
    }
    out->assign(it->value.GetString(), it->value.GetStringLength());
    return {};
  }

  Status get_uint(const Value& obj, const std::string& ptr, const char* k, bool required,
                  uint32_t* out) const {
    auto it = obj.FindMember(k);
    if (it == obj.MemberEnd()) {
      return required ? error(ptr, std::string("missing \"") + k + "\"") : Status();
    }
    if (!it->value.IsUint()) {
      return error(ptr + "/" + k, "expected a non-negative integer, found " + type_name(it->value));
    }
    *out = it->value.GetUint();
    return {};
  }

  Status get_bool(const Value& obj, const std::string& ptr, const char* k, bool* out) const {
    auto it = obj.FindMember(k);
    if (it == obj.MemberEnd()) return {};
    if (!it->value.IsBool()) {
      return error(ptr + "/" + k, "expected true or false, found " + type_name(it->value));
    }
    *out = it->value.GetBool();
    return {};
  }

  Status get_actor_ref(const Value& obj, const std::string& ptr, const char* k, bool required,
                       std::string* out, bool must_exist = true) const {
    std::string iri;
    AG_RETURN_IF_ERROR(get_string(obj, ptr, k, required, &iri));
    if (iri.empty() && !required) return {};
    if (!parse_iri(iri, kActorIriBase, out)) {
      return error(ptr + "/" + k,
                   "'" + iri + "' is not an actor IRI (" + std::string(kActorIriBase) + "...)");
    }
    // Actors come before relations in the project's files: most references check at once.
    if (must_exist && actor_ids_.count(*out) == 0) refs_.push_back({ptr + "/" + k, *out});
    return {};
  }

  Status read_types(const Value& node, const std::string& ptr, std::vector<std::string>* types) {
    auto it = node.FindMember("@type");
    if (it == node.MemberEnd()) return error(ptr, "missing \"@type\"");
    const Value& t = it->value;
    if (t.IsString()) {
      types->emplace_back(t.GetString(), t.GetStringLength());
      return {};
    }
    if (!t.IsArray()) return error(ptr + "/@type", "expected an array, found " + type_name(t));
    for (rapidjson::SizeType i = 0; i < t.Size(); ++i) {
      if (!t[i].IsString()) {
        return error(ptr + "/@type/" + std::to_string(i),
                     "expected a string, found " + type_name(t[i]));
      }
      types->emplace_back(t[i].GetString(), t[i].GetStringLength());
    }
    return {};
  }

  Status read_actor(const Value& node, const std::string& ptr,
                    const std::vector<std::string>& types, Graph* graph) {
    Actor a;
    std::string iri;
    AG_RETURN_IF_ERROR(get_string(node, ptr, "@id", true, &iri));
    if (!parse_iri(iri, kActorIriBase, &a.id)) {
      return error(ptr + "/@id",
                   "'" + iri + "' is not an actor IRI (" + std::string(kActorIriBase) + "...)");
    }
    bool typed = false;
    for (const std::string& t : types) {
      if (t.rfind("schema:", 0) != 0) continue;
      auto at = parse_actor_type(std::string_view(t).substr(7));
      if (!at) return error(ptr + "/@type", "unknown actor type '" + t + "'");
      a.type = *at;
      typed = true;
    }
    if (!typed) return error(ptr + "/@type", "no schema: actor type");
    AG_RETURN_IF_ERROR(get_string(node, ptr, "name", true, &a.name));
    auto forms = node.FindMember("form");
    if (forms != node.MemberEnd()) {
      if (!forms->value.IsArray()) {
        return error(ptr + "/form", "expected an array, found " + type_name(forms->value));
      }
      for (rapidjson::SizeType i = 0; i < forms->value.Size(); ++i) {
        const Value& f = forms->value[i];
        std::string fptr = ptr + "/form/" + std::to_string(i);
        if (!f.IsObject()) return error(fptr, "expected an object, found " + type_name(f));
        std::string label;
        uint32_t count = 0;
        AG_RETURN_IF_ERROR(get_string(f, fptr, "label", true, &label));
        AG_RETURN_IF_ERROR(get_uint(f, fptr, "count", true, &count));
        a.forms[label] += count;
      }
    } else {
      // A hand-written file without counts: every alternate name it lists counts once.
      auto alt = node.FindMember("alternateName");
      if (alt != node.MemberEnd()) {
        const Value& v = alt->value;
        if (v.IsString()) {
          a.forms[std::string(v.GetString(), v.GetStringLength())] = 1;
        } else if (v.IsArray()) {
          for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
            if (!v[i].IsString()) {
              return error(ptr + "/alternateName/" + std::to_string(i),
                           "expected a string, found " + type_name(v[i]));
            }
            a.forms[std::string(v[i].GetString(), v[i].GetStringLength())] = 1;
          }
        } else {
          return error(ptr + "/alternateName", "expected an array, found " + type_name(v));
        }
      }
    }
    AG_RETURN_IF_ERROR(get_actor_ref(node, ptr, "worksFor", false, &a.works_for, false));
    AG_RETURN_IF_ERROR(get_actor_ref(node, ptr, "manufacturer", false, &a.manufacturer, false));
    AG_RETURN_IF_ERROR(get_actor_ref(node, ptr, "areaServed", false, &a.area_served, false));
    actor_ids_.insert(a.id);
    graph->add_actor(a);
    return {};
  }

  Status read_relation(const Value& node, const std::string& ptr, Graph* graph) {
    RelationRecord r;
    std::string iri, type;
    AG_RETURN_IF_ERROR(get_string(node, ptr, "@id", true, &iri));
    if (!parse_iri(iri, kRelationIriBase, &r.id)) {
      return error(ptr + "/@id", "'" + iri + "' is not a relation IRI (" +
                                     std::string(kRelationIriBase) + "...)");
    }
    AG_RETURN_IF_ERROR(get_string(node, ptr, "relationType", true, &type));
    std::string_view t = type;
    if (t.rfind("ag:", 0) == 0) {
      t.remove_prefix(3);
    } else if (t.rfind("https://w3id.org/actorgraph#", 0) == 0) {
      t.remove_prefix(28);
    }
    auto rt = parse_relation_type(t);
    if (!rt) return error(ptr + "/relationType", "unknown relation type '" + type + "'");
    r.type = *rt;
    AG_RETURN_IF_ERROR(get_actor_ref(node, ptr, "agent", true, &r.agent));
    AG_RETURN_IF_ERROR(get_actor_ref(node, ptr, "object", true, &r.object));
    AG_RETURN_IF_ERROR(get_actor_ref(node, ptr, "product", false, &r.product));
    auto via = node.FindMember("via");
    if (via != node.MemberEnd()) {
      if (!via->value.IsArray()) {
        return error(ptr + "/via", "expected an array, found " + type_name(via->value));
      }
      for (rapidjson::SizeType i = 0; i < via->value.Size(); ++i) {
        const Value& v = via->value[i];
        std::string vptr = ptr + "/via/" + std::to_string(i);
        std::string id;
        if (!v.IsString() ||
            !parse_iri(std::string_view(v.GetString(), v.GetStringLength()), kActorIriBase, &id)) {
          return error(vptr, "expected an actor IRI");
        }
        if (actor_ids_.count(id) == 0) refs_.push_back({vptr, id});
        r.via.push_back(id);
      }
    }
    AG_RETURN_IF_ERROR(get_bool(node, ptr, "negated", &r.negated));
    AG_RETURN_IF_ERROR(get_bool(node, ptr, "hedged", &r.hedged));
    auto conf = node.FindMember("confidence");
    if (conf != node.MemberEnd()) {
      const Value& c = conf->value;
      if (c.IsNumber()) {
        r.confidence = c.GetDouble();
      } else if (c.IsString()) {
        std::istringstream in(std::string(c.GetString(), c.GetStringLength()));
        in.imbue(std::locale::classic());
        if (!(in >> r.confidence) || !in.eof()) {
          return error(ptr + "/confidence", "not a decimal number");
        }
      } else {
        return error(ptr + "/confidence", "expected a decimal string, found " + type_name(c));
      }
      if (r.confidence < 0 || r.confidence > 1) {
        return error(ptr + "/confidence", "outside [0, 1]");
      }
    }
    AG_RETURN_IF_ERROR(get_uint(node, ptr, "mentions", false, &r.mentions));
    auto ev = node.FindMember("wasDerivedFrom");
    if (ev != node.MemberEnd()) {
      if (!ev->value.IsArray()) {
        return error(ptr + "/wasDerivedFrom", "expected an array, found " + type_name(ev->value));
      }
      for (rapidjson::SizeType i = 0; i < ev->value.Size(); ++i) {
        const Value& e = ev->value[i];
        std::string eptr = ptr + "/wasDerivedFrom/" + std::to_string(i);
        if (!e.IsObject()) return error(eptr, "expected an object, found " + type_name(e));
        Evidence x;
        AG_RETURN_IF_ERROR(get_string(e, eptr, "document", true, &x.document));
        AG_RETURN_IF_ERROR(get_uint(e, eptr, "sentenceIndex", true, &x.sentence_index));
        AG_RETURN_IF_ERROR(get_uint(e, eptr, "charStart", false, &x.span.begin));
        AG_RETURN_IF_ERROR(get_uint(e, eptr, "charEnd", false, &x.span.end));
        if (x.span.end < x.span.begin) return error(eptr + "/charEnd", "before charStart");
        AG_RETURN_IF_ERROR(get_string(e, eptr, "text", false, &x.text));
        AG_RETURN_IF_ERROR(get_string(e, eptr, "rule", false, &x.rule));
        r.evidence.push_back(std::move(x));
      }
    }
    add_record_moved(*graph, std::move(r));
    return {};
  }

  Result<Graph> read(std::string& text) {
    rapidjson::Document doc;
    doc.ParseInsitu(text.data());
    if (doc.HasParseError()) {
      std::size_t offset = doc.GetErrorOffset();
      // ParseInsitu has rewritten the buffer, so lines are counted on the file itself.
      std::size_t line = 1, col = 1;
      std::ifstream again(path_, std::ios::binary);
      char c = 0;
      for (std::size_t i = 0; i < offset && again.get(c); ++i) {
        if (c == '\n') {
          ++line;
          col = 1;
        } else {
          ++col;
        }
      }
      return DataError(path_ + ":" + std::to_string(line) + ":" + std::to_string(col) +
                       ": not valid JSON (" + rapidjson::GetParseError_En(doc.GetParseError()) +
                       ", byte offset " + std::to_string(offset) + ")");
    }
    if (!doc.IsObject()) return error("", "expected a JSON-LD object, found " + type_name(doc));
    auto g = doc.FindMember("@graph");
    if (g == doc.MemberEnd()) return error("", "missing \"@graph\": not an actorgraph file");
    if (!g->value.IsArray()) {
      return error("/@graph", "expected an array, found " + type_name(g->value));
    }
    Graph graph;
    reserve_graph(graph, g->value.Size() / 8 + 16, g->value.Size());
    actor_ids_.reserve(g->value.Size() / 8 + 16);
    for (rapidjson::SizeType i = 0; i < g->value.Size(); ++i) {
      const Value& node = g->value[i];
      std::string ptr = "/@graph/" + std::to_string(i);
      if (!node.IsObject()) return error(ptr, "expected an object, found " + type_name(node));
      auto id = node.FindMember("@id");
      if (id == node.MemberEnd()) return error(ptr, "missing \"@id\"");
      if (!id->value.IsString()) {
        return error(ptr + "/@id", "expected an IRI string, found " + type_name(id->value));
      }
      std::vector<std::string> types;
      AG_RETURN_IF_ERROR(read_types(node, ptr, &types));
      bool is_actor = false, is_relation = false;
      for (const std::string& t : types) {
        is_actor = is_actor || t == "ag:Actor";
        is_relation = is_relation || t == "ag:Relation";
      }
      if (is_actor == is_relation) {
        return error(ptr + "/@type", "expected either ag:Actor or ag:Relation");
      }
      if (is_actor) {
        AG_RETURN_IF_ERROR(read_actor(node, ptr, types, &graph));
      } else {
        AG_RETURN_IF_ERROR(read_relation(node, ptr, &graph));
      }
    }
    for (const auto& [ptr, id] : refs_) {
      if (actor_ids_.count(id) == 0) return error(ptr, "no actor node with id '" + id + "'");
    }
    return graph;
  }

 private:
  struct Ref {
    std::string pointer;
    std::string id;
  };
  std::string path_;
  mutable std::vector<Ref> refs_;  // every actor reference, checked once all nodes are read
  std::unordered_set<std::string> actor_ids_;
};

}  // namespace

Result<Graph> read_jsonld(const std::string& path) {
  auto read = read_whole_file(path);
  if (!read.ok()) return read.status();
  std::string text = std::move(read).value();
  if (text.find('\0') != std::string::npos) {
    return DataError(path + ": byte offset " + std::to_string(text.find('\0')) +
                     ": binary data, not a JSON-LD file");
  }
  return Reader(path).read(text);
}

}  // namespace actorgraph
