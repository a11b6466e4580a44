// JSON-LD exporter: streams the graph through RapidJSON's PrettyWriter in the RDF shape of
// CONTRACT.md section 2, with the @context from schemas/context.jsonld inline.
#include <rapidjson/document.h>
#include <rapidjson/writer.h>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <ostream>
#include <utility>
#include <vector>

#include "embedded.hpp"
#include "export_impl.hpp"
#include "graph_impl.hpp"

namespace actorgraph {
namespace {

// RapidJSON's OStreamWrapper calls ostream::put once per character; this buffers 64 KiB at a
// time, which keeps the writer near memory speed on million-relation graphs.
class BufferedOStream {
 public:
  using Ch = char;
  explicit BufferedOStream(std::ostream& out) : out_(out) {}
  ~BufferedOStream() { Flush(); }
  BufferedOStream(const BufferedOStream&) = delete;
  BufferedOStream& operator=(const BufferedOStream&) = delete;

  void Put(char c) {
    if (pos_ == buf_.size()) Flush();
    buf_[pos_++] = c;
  }
  void Flush() {
    if (pos_ != 0) out_.write(buf_.data(), static_cast<std::streamsize>(pos_));
    pos_ = 0;
  }

 private:
  std::ostream& out_;
  std::array<char, 1 << 16> buf_{};
  std::size_t pos_ = 0;
};

using JsonWriter = rapidjson::Writer<BufferedOStream>;

void put(BufferedOStream& stream, std::string_view text) {
  for (char c : text)
    stream.Put(c);
}

const rapidjson::Document* context_document() {
  static const rapidjson::Document doc = [] {
    rapidjson::Document d;
    std::string_view text = embedded_file("schemas/context.jsonld");
    d.Parse(text.data(), text.size());
    return d;
  }();
  return &doc;
}

void string(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// Writes an IRI through a reused buffer: no allocation per IRI on million-node graphs.
void iri(JsonWriter& w, std::string_view base, std::string_view id) {
  thread_local std::string buf;
  buf.clear();
  append_iri(&buf, base, id);
  string(w, buf);
}

void key(JsonWriter& w, std::string_view s) {
  w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void write_actor(JsonWriter& w, const ActorGraphModel& g, ActorVertexId v) {
  const Actor& a = g[v].actor;
  w.StartObject();
  key(w, "@id");
  iri(w, kActorIriBase, a.id);
  key(w, "@type");
  w.StartArray();
  string(w, "ag:Actor");
  string(w, std::string("schema:") + std::string(to_string(a.type)));
  w.EndArray();
  key(w, "name");
  string(w, a.name);
  bool any_alternate = false;
  for (const auto& [form, n] : a.forms) {
    if (form == a.name) continue;
    if (!any_alternate) {
      key(w, "alternateName");
      w.StartArray();
      any_alternate = true;
    }
    string(w, form);
  }
  if (any_alternate) w.EndArray();
  if (!a.forms.empty()) {
    key(w, "form");
    w.StartArray();
    for (const auto& [form, n] : a.forms) {
      w.StartObject();
      key(w, "label");
      string(w, form);
      key(w, "count");
      w.Uint(n);
      w.EndObject();
    }
    w.EndArray();
  }
  const std::pair<std::string_view, const std::string*> links[] = {
      {"worksFor", &a.works_for},
      {"manufacturer", &a.manufacturer},
      {"areaServed", &a.area_served}};
  for (const auto& [name, target] : links) {
    if (target->empty()) continue;
    key(w, name);
    iri(w, kActorIriBase, *target);
  }
  // The direct triples <agent> ag:<type> <object> of every relation that is not negated.
  std::vector<std::pair<int, const std::string*>> direct;
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
    const RelationRecord& r = g[*e].record;
    if (!r.negated) direct.emplace_back(static_cast<int>(r.type), &r.object);
  }
  std::sort(direct.begin(), direct.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : *x.second < *y.second;
  });
  for (std::size_t i = 0; i < direct.size();) {
    int type = direct[i].first;
    key(w, to_string(static_cast<RelationType>(type)));
    w.StartArray();
    const std::string* last = nullptr;
    for (; i < direct.size() && direct[i].first == type; ++i) {
      if (last != nullptr && *last == *direct[i].second) continue;
      last = direct[i].second;
      iri(w, kActorIriBase, *last);
    }
    w.EndArray();
  }
  w.EndObject();
}

void write_relation(JsonWriter& w, const RelationRecord& r) {
  w.StartObject();
  key(w, "@id");
  iri(w, kRelationIriBase, r.id);
  key(w, "@type");
  w.StartArray();
  string(w, "ag:Relation");
  w.EndArray();
  key(w, "relationType");
  string(w, std::string("ag:") + std::string(to_string(r.type)));
  key(w, "agent");
  iri(w, kActorIriBase, r.agent);
  key(w, "object");
  iri(w, kActorIriBase, r.object);
  if (!r.product.empty()) {
    key(w, "product");
    iri(w, kActorIriBase, r.product);
  }
  if (!r.via.empty()) {
    key(w, "via");
    w.StartArray();
    for (const std::string& p : r.via)
      iri(w, kActorIriBase, p);
    w.EndArray();
  }
  key(w, "negated");
  w.Bool(r.negated);
  key(w, "hedged");
  w.Bool(r.hedged);
  key(w, "confidence");
  string(w, format_confidence(r.confidence));
  key(w, "mentions");
  w.Uint(r.mentions);
  key(w, "wasDerivedFrom");
  w.StartArray();
  for (const Evidence& e : r.evidence) {
    w.StartObject();
    key(w, "@id");
    string(w, evidence_iri(r.id, e.document, e.sentence_index));
    key(w, "@type");
    w.StartArray();
    string(w, "ag:Evidence");
    w.EndArray();
    key(w, "document");
    string(w, e.document);
    key(w, "sentenceIndex");
    w.Uint(e.sentence_index);
    key(w, "charStart");
    w.Uint(e.span.begin);
    key(w, "charEnd");
    w.Uint(e.span.end);
    key(w, "text");
    string(w, e.text);
    key(w, "rule");
    string(w, e.rule);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

class JsonLdExporter final : public Exporter {
 public:
  std::string_view name() const override { return "jsonld"; }
  std::string_view extension() const override { return "jsonld"; }

  Status write(const Graph& graph, const ExportOptions&, std::ostream& out) const override {
    const rapidjson::Document* ctx = context_document();
    if (ctx->HasParseError() || !ctx->IsObject() || !ctx->HasMember("@context")) {
      return Internal("schemas/context.jsonld: missing or broken in this build");
    }
    const ActorGraphModel& g = graph.impl().g;
    std::vector<ActorVertexId> actors(boost::vertices(g).first, boost::vertices(g).second);
    std::sort(actors.begin(), actors.end(),
              [&g](ActorVertexId a, ActorVertexId b) { return g[a].actor.id < g[b].actor.id; });
    {
      // One node per line: compact, yet greppable and diff-friendly. Each node is a separate
      // root value for the writer (Reset), the separators between them are written directly.
      BufferedOStream stream(out);
      JsonWriter w(stream);
      put(stream, "{\"@context\":");
      (*ctx)["@context"].Accept(w);
      put(stream, ",\n\"@graph\":[");
      bool first = true;
      auto next_node = [&]() {
        put(stream, first ? "\n" : ",\n");
        first = false;
        w.Reset(stream);
      };
      for (ActorVertexId v : actors) {
        next_node();
        write_actor(w, g, v);
      }
      for (const RelationRecord* r : graph.relations()) {
        next_node();
        write_relation(w, *r);
      }
      put(stream, "\n]}\n");
    }
    if (!out) return IoError("cannot write the JSON-LD output");
    return {};
  }
};

}  // namespace

std::string make_iri(std::string_view base, std::string_view id) {
  std::string out;
  append_iri(&out, base, id);
  return out;
}

void append_iri(std::string* out, std::string_view base, std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string& iri = *out;
  iri.reserve(iri.size() + base.size() + id.size());
  iri.append(base);
  for (char c : id) {
    auto u = static_cast<unsigned char>(c);
    bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                 u == '-' || u == '.' || u == '_' || u == '~';
    if (plain) {
      iri.push_back(c);
    } else {
      iri.push_back('%');
      iri.push_back(kHex[u >> 4]);
      iri.push_back(kHex[u & 15]);
    }
  }
}

bool parse_iri(std::string_view iri, std::string_view base, std::string* id) {
  if (iri.size() <= base.size() || iri.substr(0, base.size()) != base) return false;
  id->clear();
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  for (std::size_t i = base.size(); i < iri.size(); ++i) {
    char c = iri[i];
    if (c == '%') {
      if (i + 2 >= iri.size()) return false;
      int h = hex(iri[i + 1]), l = hex(iri[i + 2]);
      if (h < 0 || l < 0) return false;
      id->push_back(static_cast<char>(h * 16 + l));
      i += 2;
    } else if (c == '/' || c == '#' || c == '?' || c == ' ') {
      return false;
    } else {
      id->push_back(c);
    }
  }
  return true;
}

std::string evidence_iri(std::string_view relation_id, std::string_view document,
                         uint32_t sentence_index) {
  // FNV-1a 64: stable across platforms and runs, unlike std::hash.
  uint64_t h = 14695981039346656037ull;
  auto mix = [&h](std::string_view s) {
    for (char c : s) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    h ^= 0xff;
    h *= 1099511628211ull;
  };
  mix(relation_id);
  mix(document);
  char num[16];
  auto res = std::to_chars(num, num + sizeof num, sentence_index);
  mix(std::string_view(num, static_cast<std::size_t>(res.ptr - num)));
  static constexpr char kHex[] = "0123456789abcdef";
  std::string iri(kEvidenceIriBase);
  for (int shift = 60; shift >= 0; shift -= 4)
    iri.push_back(kHex[(h >> shift) & 15]);
  return iri;
}

std::string format_confidence(double confidence) {
  if (!(confidence > 0)) confidence = 0;  // also NaN
  if (confidence > 1) confidence = 1;
  char buf[32];
  auto res = std::to_chars(buf, buf + sizeof buf, confidence, std::chars_format::fixed, 3);
  return std::string(buf, res.ptr);
}

std::unique_ptr<Exporter> make_jsonld_exporter() {
  return std::make_unique<JsonLdExporter>();
}

}  // namespace actorgraph
