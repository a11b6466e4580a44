// DOT, SVG and PNG exporters. The graph is built once as a Graphviz cgraph (agopen, agnode,
// agedge, agsafeset): DOT is written with agwrite, SVG and PNG are laid out and rendered in
// process through gvc (gvLayout "dot", gvRenderData), with no external `dot` process.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <ostream>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "export_dot_impl.hpp"
#include "export_impl.hpp"

namespace actorgraph {
namespace {

// cgraph's API predates const; it never writes through these pointers.
char* cs(const char* s) {
  return const_cast<char*>(s);
}
char* cs(const std::string& s) {
  return const_cast<char*>(s.c_str());
}

void set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, cs(name), cs(value), cs(""));
}

struct TypeStyle {
  const char* label;  // legend text
  const char* shape;
  const char* fill;
};

TypeStyle style_of(ActorType t) {
  switch (t) {
    case ActorType::kGovernment:
      return {"government", "box", "#aed6f1"};
    case ActorType::kCorporation:
      return {"company", "ellipse", "#f9e79f"};
    case ActorType::kOrganization:
      return {"organisation", "hexagon", "#d5dbdb"};
    case ActorType::kPerson:
      return {"person", "octagon", "#d7bde2"};
    case ActorType::kCountry:
      return {"country", "tab", "#abebc6"};
    case ActorType::kProduct:
      return {"product", "component", "#fad7a0"};
  }
  return {"organisation", "hexagon", "#d5dbdb"};
}

constexpr const char* kConflictColour = "#c0392b";
constexpr const char* kCooperationColour = "#1e8449";
constexpr const char* kOtherColour = "#5d6d7e";
constexpr const char* kLinkColour = "#aaaaaa";

// cgraph writes into a FILE* by default; this discipline sends agwrite's output to an ostream.
int put_ostream(void* chan, const char* str) {
  auto* out = static_cast<std::ostream*>(chan);
  out->write(str, static_cast<std::streamsize>(std::char_traits<char>::length(str)));
  return out->good() ? 0 : -1;
}
int flush_ostream(void* chan) {
  static_cast<std::ostream*>(chan)->flush();
  return 0;
}
Agiodisc_t kOstreamIo = {nullptr, &put_ostream, &flush_ostream};

struct CGraph {
  Agraph_t* g = nullptr;
  Agdisc_t disc{};
  CGraph() = default;
  CGraph(const CGraph&) = delete;
  CGraph& operator=(const CGraph&) = delete;
  ~CGraph() {
    if (g != nullptr) agclose(g);
  }
};

struct EdgeGroup {
  uint64_t mentions = 0;
  bool all_hedged = true;
};

void add_legend(Agraph_t* g, const ExportOptions& options) {
  Agraph_t* legend = agsubg(g, cs("cluster_legend"), 1);
  set(legend, "label", "Legend");
  set(legend, "style", "rounded");
  set(legend, "color", "#999999");
  set(legend, "fontsize", "12");
  for (int t = 0; t < 6; ++t) {
    TypeStyle s = style_of(static_cast<ActorType>(t));
    Agnode_t* n = agnode(legend, cs("legend_type_" + std::to_string(t)), 1);
    set(n, "label", s.label);
    set(n, "shape", s.shape);
    set(n, "fillcolor", s.fill);
    set(n, "fontsize", "10");
    if (t > 0) {
      // An invisible chain lays the type samples out in one row instead of one tall column.
      Agnode_t* prev = agnode(legend, cs("legend_type_" + std::to_string(t - 1)), 0);
      set(agedge(legend, prev, n, nullptr, 1), "style", "invis");
    }
  }
  struct Item {
    const char* label;
    const char* colour;
    const char* style;
  };
  std::vector<Item> items = {{"conflict", kConflictColour, "solid"},
                             {"cooperation", kCooperationColour, "solid"},
                             {"other", kOtherColour, "solid"},
                             {"hedged", kOtherColour, "dashed"},
                             {"works for / made by / serves", kLinkColour, "dotted"}};
  if (options.show_negated) items.push_back({"negated", kOtherColour, "dotted"});
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::string base = "legend_edge_" + std::to_string(i);
    Agnode_t* a = agnode(legend, cs(base + "_from"), 1);
    Agnode_t* b = agnode(legend, cs(base + "_to"), 1);
    for (Agnode_t* n : {a, b}) {
      set(n, "shape", "point");
      set(n, "width", "0.05");
      set(n, "label", "");
    }
    Agedge_t* e = agedge(legend, a, b, nullptr, 1);
    set(e, "label", items[i].label);
    set(e, "color", items[i].colour);
    set(e, "fontcolor", items[i].colour);
    set(e, "style", items[i].style);
    if (items[i].colour == kLinkColour) set(e, "arrowhead", "odot");
  }
}

// Picks the actors to draw: all of them for the DOT file; for a rendered picture only those
// in a drawn relation (isolated actors would fill the page with a column of unconnected
// nodes), and at most MAX of them, the most connected (by visible mentions, ties by id).
std::vector<const Actor*> pick_actors(const Graph& graph,
                                      const std::vector<const RelationRecord*>& rels,
                                      std::size_t max, bool connected_only) {
  std::vector<const Actor*> all = graph.actors();
  if (!connected_only && all.size() <= max) return all;
  std::unordered_map<std::string_view, uint64_t> weight;
  for (const RelationRecord* r : rels) {
    weight[r->agent] += r->mentions;
    weight[r->object] += r->mentions;
  }
  if (connected_only && !weight.empty()) {
    // Also keep an actor one link away from a drawn one (a spokesperson of a company, the
    // country of a government), so that such context stays on the picture.
    std::unordered_set<std::string_view> keep;
    for (const Actor* a : all) {
      for (const std::string* t : {&a->works_for, &a->manufacturer, &a->area_served}) {
        if (t->empty()) continue;
        if (weight.count(*t) != 0) keep.insert(a->id);
        if (weight.count(a->id) != 0) keep.insert(*t);
      }
    }
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Actor* a) {
                               return weight.count(a->id) == 0 && keep.count(a->id) == 0;
                             }),
              all.end());
  }
  if (all.size() <= max) return all;
  std::stable_sort(all.begin(), all.end(), [&weight](const Actor* a, const Actor* b) {
    return weight[a->id] > weight[b->id];
  });
  all.resize(max);
  std::sort(all.begin(), all.end(), [](const Actor* a, const Actor* b) { return a->id < b->id; });
  return all;
}

bool build(const Graph& graph, const ExportOptions& options, std::size_t max_actors, CGraph* cg) {
  cg->disc = {&AgMemDisc, &AgIdDisc, &kOstreamIo};
  cg->g = agopen(cs("actorgraph"), Agdirected, &cg->disc);
  if (cg->g == nullptr) return false;
  Agraph_t* g = cg->g;
  set(g, "rankdir", "LR");
  set(g, "fontname", "Helvetica");
  set(g, "nodesep", "0.35");
  set(g, "ranksep", "0.9");
  set(g, "splines", "true");
  set(g, "outputorder", "edgesfirst");
  agattr(g, AGNODE, cs("fontname"), cs("Helvetica"));
  agattr(g, AGNODE, cs("style"), cs("filled"));
  agattr(g, AGEDGE, cs("fontname"), cs("Helvetica"));
  agattr(g, AGEDGE, cs("fontsize"), cs("10"));

  std::vector<const RelationRecord*> rels;
  for (const RelationRecord* r : graph.relations()) {
    if (!r->negated || options.show_negated) rels.push_back(r);
  }
  const bool rendered = max_actors != SIZE_MAX;
  std::vector<const Actor*> actors = pick_actors(graph, rels, max_actors, rendered);
  if (actors.size() < graph.actor_count()) {
    set(g, "label",
        std::to_string(actors.size()) + " of " + std::to_string(graph.actor_count()) +
            " actors: those in a drawn relation" +
            (actors.size() == max_actors ? ", the most connected first" : ""));
    set(g, "labelloc", "t");
  }
  std::unordered_map<std::string_view, Agnode_t*> nodes;
  for (const Actor* a : actors) {
    Agnode_t* n = agnode(g, cs(a->id), 1);
    TypeStyle s = style_of(a->type);
    set(n, "label", escape_dot_label(a->name));
    set(n, "shape", s.shape);
    set(n, "fillcolor", s.fill);
    nodes.emplace(a->id, n);
  }
  // One edge per (agent, type, object, negated): products and hedging merged, mentions added.
  std::map<std::tuple<std::string_view, std::string_view, int, bool>, EdgeGroup> groups;
  for (const RelationRecord* r : rels) {
    if (nodes.count(r->agent) == 0 || nodes.count(r->object) == 0) continue;
    EdgeGroup& grp = groups[{r->agent, r->object, static_cast<int>(r->type), r->negated}];
    grp.mentions += r->mentions;
    grp.all_hedged = grp.all_hedged && r->hedged;
  }
  for (const auto& [k, grp] : groups) {
    const auto& [agent, object, type, negated] = k;
    Agedge_t* e = agedge(g, nodes[agent], nodes[object], nullptr, 1);
    auto rt = static_cast<RelationType>(type);
    std::string label = std::string(negated ? "not " : "") + std::string(to_string(rt)) + " (" +
                        std::to_string(grp.mentions) + ")";
    const char* colour = relation_colour(rt);
    set(e, "label", label);
    set(e, "color", colour);
    set(e, "fontcolor", colour);
    if (negated) {
      set(e, "style", "dotted");
    } else if (grp.all_hedged) {
      set(e, "style", "dashed");
    }
    double width = 1.0 + std::min(3.0, std::log2(static_cast<double>(grp.mentions)));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", width);
    set(e, "penwidth", buf);
  }
  // Links between actors (a person's organisation, a product's maker, a government's country)
  // as light edges, which also keeps related actors close in the layout.
  for (const Actor* a : actors) {
    for (const std::string* target : {&a->works_for, &a->manufacturer, &a->area_served}) {
      auto it = nodes.find(*target);
      if (target->empty() || it == nodes.end()) continue;
      Agedge_t* e = agedge(g, nodes[a->id], it->second, nullptr, 1);
      set(e, "style", "dotted");
      set(e, "color", kLinkColour);
      set(e, "arrowhead", "odot");
    }
  }
  add_legend(g, options);
  return true;
}

class DotExporter final : public Exporter {
 public:
  std::string_view name() const override { return "dot"; }
  std::string_view extension() const override { return "dot"; }
  Status write(const Graph& graph, const ExportOptions& options, std::ostream& out) const override {
    CGraph cg;
    if (!build(graph, options, SIZE_MAX, &cg)) return Internal("cannot create the DOT graph");
    if (agwrite(cg.g, &out) != 0 || !out) return IoError("cannot write the DOT output");
    return {};
  }
};

// Large graphs are cut to their most connected actors before layout: "dot" needs minutes for
// thousands of nodes, and such a picture is unreadable anyway (the DOT file keeps everything).
constexpr std::size_t kMaxRenderedActors = 300;

// One Graphviz context for the whole process, never freed: Graphviz 2.42 keeps a static font
// cache (textspan.c) that points into memory of the first context, so freeing a context and
// rendering with a new one reads freed memory (AddressSanitizer shows it). gvc is not thread
// safe either, hence the lock.
GVC_t* shared_gvc() {
  static GVC_t* gvc = gvContext();
  return gvc;
}
std::mutex& gvc_mutex() {
  static std::mutex m;
  return m;
}

class RenderExporter final : public Exporter {
 public:
  explicit RenderExporter(const char* format) : format_(format) {}
  std::string_view name() const override { return format_; }
  std::string_view extension() const override { return format_; }
  Status write(const Graph& graph, const ExportOptions& options, std::ostream& out) const override {
    CGraph cg;
    if (!build(graph, options, kMaxRenderedActors, &cg)) {
      return Internal("cannot create the graph to render");
    }
    std::lock_guard<std::mutex> lock(gvc_mutex());

    GVC_t* gvc = shared_gvc();
    if (gvc == nullptr) return Internal("Graphviz: cannot create a context");
    Status status;
    if (gvLayout(gvc, cg.g, "dot") != 0) {
      status = Internal("Graphviz: the dot layout failed");
    } else {
      char* data = nullptr;
      unsigned int length = 0;
      if (gvRenderData(gvc, cg.g, format_, &data, &length) != 0 || data == nullptr) {
        status = Internal(std::string("Graphviz: cannot render ") + format_ +
                          " (is the plugin installed?)");
      } else {
        out.write(data, static_cast<std::streamsize>(length));
        if (!out) status = IoError(std::string("cannot write the ") + format_ + " output");
      }
      if (data != nullptr) gvFreeRenderData(data);
      gvFreeLayout(gvc, cg.g);
    }
    return status;
  }

 private:
  const char* format_;
};

}  // namespace

std::string escape_dot_label(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\') {
      out += "\\\\";  // a lone backslash would start a label escape (\N, \n, \l)
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\\n";  // a line break in the label
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      out += ' ';
    } else {
      out += c;  // cgraph's agwrite escapes double quotes itself; '<' stays plain text
    }
  }
  return out;
}

const char* relation_colour(RelationType type) {
  switch (type) {
    case RelationType::kBans:
    case RelationType::kTaxes:
    case RelationType::kAccuses:
    case RelationType::kInvestigates:
      return kConflictColour;
    case RelationType::kApproves:
    case RelationType::kSupports:
    case RelationType::kSupplies:
      return kCooperationColour;
    default:
      return kOtherColour;
  }
}

std::unique_ptr<Exporter> make_dot_exporter() {
  return std::make_unique<DotExporter>();
}
std::unique_ptr<Exporter> make_svg_exporter() {
  return std::make_unique<RenderExporter>("svg");
}
std::unique_ptr<Exporter> make_png_exporter() {
  return std::make_unique<RenderExporter>("png");
}

}  // namespace actorgraph

#ifdef __SANITIZE_ADDRESS__
// Sanitized builds: Graphviz 2.42, Pango and fontconfig (loaded in a GLib worker thread) keep
// caches they never free; LeakSanitizer reads this hook, so they are not reported as our leaks.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libfontconfig.so\nleak:libgvc.so\nleak:libgvplugin_\nleak:libpango\n"
         "leak:libcairo.so\nleak:libglib-2.0.so\nleak:libcgraph.so\n";
}
#endif
