// GraphML exporter: one node per actor, one edge per aggregated relation, every attribute a
// typed <key> (string, int, double, boolean) as NetworkX and Gephi read them.
#include <ostream>

#include "export_impl.hpp"

namespace actorgraph {
namespace {

// Escapes XML text and attribute values; drops the control characters XML 1.0 forbids.
void xml(std::ostream& out, std::string_view s) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char* rep = nullptr;
    switch (s[i]) {
      case '&':
        rep = "&amp;";
        break;
      case '<':
        rep = "&lt;";
        break;
      case '>':
        rep = "&gt;";
        break;
      case '"':
        rep = "&quot;";
        break;
      case '\'':
        rep = "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(s[i]) < 0x20 && s[i] != '\t' && s[i] != '\n' &&
            s[i] != '\r') {
          rep = "";
        }
    }
    if (rep == nullptr) continue;
    out.write(s.data() + start, static_cast<std::streamsize>(i - start));
    out << rep;
    start = i + 1;
  }
  out.write(s.data() + start, static_cast<std::streamsize>(s.size() - start));
}

struct Key {
  const char* id;
  const char* domain;
  const char* name;
  const char* type;
};

constexpr Key kKeys[] = {
    {"n_label", "node", "label", "string"},
    {"n_type", "node", "type", "string"},
    {"n_alternate", "node", "alternateNames", "string"},
    {"n_mentions", "node", "mentions", "int"},
    {"n_works_for", "node", "worksFor", "string"},
    {"n_manufacturer", "node", "manufacturer", "string"},
    {"n_area_served", "node", "areaServed", "string"},
    {"n_iri", "node", "iri", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_type", "edge", "type", "string"},
    {"e_product", "edge", "product", "string"},
    {"e_via", "edge", "via", "string"},
    {"e_negated", "edge", "negated", "boolean"},
    {"e_hedged", "edge", "hedged", "boolean"},
    {"e_confidence", "edge", "confidence", "double"},
    {"e_mentions", "edge", "mentions", "int"},
    {"e_evidence", "edge", "evidence", "string"},
    {"e_iri", "edge", "iri", "string"},
};

void data(std::ostream& out, const char* key, std::string_view value) {
  out << "      <data key=\"" << key << "\">";
  xml(out, value);
  out << "</data>\n";
}

class GraphMlExporter final : public Exporter {
 public:
  std::string_view name() const override { return "graphml"; }
  std::string_view extension() const override { return "graphml"; }

  Status write(const Graph& graph, const ExportOptions&, std::ostream& out) const override {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const Key& k : kKeys) {
      out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
          << "\" attr.type=\"" << k.type << "\"/>\n";
    }
    out << "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n";
    for (const Actor* a : graph.actors()) {
      out << "    <node id=\"";
      xml(out, a->id);
      out << "\">\n";
      data(out, "n_label", a->name);
      data(out, "n_type", to_string(a->type));
      std::string alternates;
      uint64_t mentions = 0;
      for (const auto& [form, n] : a->forms) {
        mentions += n;
        if (form == a->name) continue;
        if (!alternates.empty()) alternates += " | ";
        alternates += form;
      }
      if (!alternates.empty()) data(out, "n_alternate", alternates);
      data(out, "n_mentions", std::to_string(mentions));
      if (!a->works_for.empty()) data(out, "n_works_for", a->works_for);
      if (!a->manufacturer.empty()) data(out, "n_manufacturer", a->manufacturer);
      if (!a->area_served.empty()) data(out, "n_area_served", a->area_served);
      data(out, "n_iri", make_iri(kActorIriBase, a->id));
      out << "    </node>\n";
    }
    for (const RelationRecord* r : graph.relations()) {
      out << "    <edge id=\"";
      xml(out, r->id);
      out << "\" source=\"";
      xml(out, r->agent);
      out << "\" target=\"";
      xml(out, r->object);
      out << "\">\n";
      std::string type(to_string(r->type));
      data(out, "e_label", (r->negated ? "not " : "") + type + (r->hedged ? " (hedged)" : ""));
      data(out, "e_type", type);
      if (!r->product.empty()) data(out, "e_product", r->product);
      if (!r->via.empty()) {
        std::string via;
        for (const std::string& p : r->via)
          via += (via.empty() ? "" : " ") + p;
        data(out, "e_via", via);
      }
      data(out, "e_negated", r->negated ? "true" : "false");
      data(out, "e_hedged", r->hedged ? "true" : "false");
      data(out, "e_confidence", format_confidence(r->confidence));
      data(out, "e_mentions", std::to_string(r->mentions));
      if (!r->evidence.empty()) data(out, "e_evidence", r->evidence.front().text);
      data(out, "e_iri", make_iri(kRelationIriBase, r->id));
      out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
    if (!out) return IoError("cannot write the GraphML output");
    return {};
  }
};

}  // namespace

std::unique_ptr<Exporter> make_graphml_exporter() {
  return std::make_unique<GraphMlExporter>();
}

}  // namespace actorgraph
