// The query engine. The graph's Boost.Graph model is indexed once into compressed adjacency
// arrays (CSR) over actor and relation numbers, so that chains, paths and patterns touch only
// integers until the rows are written; the CSR also walks competes (symmetric) from both ends.
// Rank builds a filtered Boost.Graph adjacency_list for PageRank and betweenness.
#include "actorgraph/query.hpp"

#include <rapidjson/document.h>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "embedded.hpp"
#include "graph_impl.hpp"

namespace actorgraph {

namespace {

// Marks an adjacency entry that walks a symmetric (competes) relation against its direction.
constexpr uint32_t kReversed = 0x80000000u;
constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

// Paths: the most partial chains the search may extend before it stops and says so.
constexpr std::size_t kPathWorkLimit = 20'000'000;
// Rank: exact betweenness is O(V*E); above this it is skipped with a note.
constexpr double kBetweennessWorkLimit = 2e9;
constexpr std::size_t kDefaultPaths = 10;
constexpr std::size_t kDefaultMatrixActors = 30;

// Lower-cases ASCII and treats runs of spaces, hyphens and underscores as one space, so that
// "US Government", "us-government" and "us_government" meet.
std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool gap = false;
  for (char c : s) {
    if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == '\r') {
      gap = !out.empty();
      continue;
    }
    if (gap) out.push_back(' ');
    gap = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0u : 1u)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string fmt_number(double v) {
  if (v == 0 || !std::isfinite(v)) return "0";
  // to_chars is several times faster than snprintf, which matters on answers of 10^5 rows.
  char buf[32];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 4);
  return std::string(buf, res.ptr);
}

std::string fmt_bool(bool b) {
  return b ? "true" : "false";
}

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

// Signed conflict (-) / cooperation (+) weights per relation type, from the data file.
struct Weights {
  std::array<double, kRelationTypeCount> by_type{};
  double negated = 0;
};

Result<Weights> load_weights() {
  std::string_view text = embedded_file("data/relation_weights.json");
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (text.empty() || doc.HasParseError() || !doc.IsObject() || !doc.HasMember("weights") ||
      !doc["weights"].IsObject()) {
    return Internal("data/relation_weights.json: missing or not a JSON object with \"weights\"");
  }
  Weights w;
  const auto& obj = doc["weights"];
  for (int t = 0; t < kRelationTypeCount; ++t) {
    std::string name(to_string(static_cast<RelationType>(t)));
    auto it = obj.FindMember(name.c_str());
    if (it == obj.MemberEnd() || !it->value.IsNumber()) {
      return Internal("data/relation_weights.json: no weight for \"" + name + "\"");
    }
    w.by_type[static_cast<std::size_t>(t)] = it->value.GetDouble();
  }
  auto neg = doc.FindMember("negated");
  if (neg != doc.MemberEnd() && neg->value.IsNumber()) w.negated = neg->value.GetDouble();
  return w;
}

// Which relations a question follows.
struct Filter {
  uint32_t type_mask = 0;
  bool hedged = false;
  bool negated = false;
  double min_confidence = 0;

  explicit Filter(const QueryOptions& o)
      : hedged(o.include_hedged), negated(o.include_negated), min_confidence(o.min_confidence) {
    if (o.types.empty()) {
      type_mask = (1u << kRelationTypeCount) - 1;
    } else {
      for (RelationType t : o.types)
        type_mask |= 1u << static_cast<unsigned>(t);
    }
  }
  bool pass(const RelationRecord& r) const {
    if (!(type_mask & (1u << static_cast<unsigned>(r.type)))) return false;
    if (r.hedged && !hedged) return false;
    if (r.negated && !negated) return false;
    return r.confidence + 1e-12 >= min_confidence;
  }
};

Status check_options(const QueryOptions& o) {
  if (o.depth < 1) return InvalidArgument("--depth must be at least 1");
  if (o.max_length < 1) return InvalidArgument("--max-length must be at least 1");
  if (!(o.min_confidence >= 0 && o.min_confidence <= 1)) {
    return InvalidArgument("--min-confidence must be between 0 and 1");
  }
  return {};
}

// Splits a pattern into terms at white space; double quotes keep a name with spaces together.
std::vector<std::string> split_terms(std::string_view pattern) {
  std::vector<std::string> terms;
  std::string cur;
  bool quoted = false;
  bool have = false;
  for (char c : pattern) {
    if (c == '"') {
      quoted = !quoted;
      have = true;
    } else if (!quoted && (c == ' ' || c == '\t')) {
      if (have) terms.push_back(cur);
      cur.clear();
      have = false;
    } else {
      cur.push_back(c);
      have = true;
    }
  }
  if (have) terms.push_back(cur);
  return terms;
}

// Collects the actors and relations of an answer's diagram, each actor once; does nothing when
// the caller does not want a diagram, since large answers would pay for it on every row.
class DiagramBuilder {
 public:
  DiagramBuilder(Answer& a, bool enabled) : answer_(a), enabled_(enabled) {}
  void node(uint32_t number, const Actor& actor, bool focus = false) {
    if (!enabled_) return;
    auto [it, inserted] = seen_.emplace(number, answer_.nodes.size());
    if (inserted) {
      answer_.nodes.push_back({actor.id, actor.name.empty() ? actor.id : actor.name, focus});
    } else if (focus) {
      answer_.nodes[it->second].focus = true;
    }
  }
  bool enabled() const { return enabled_; }

 private:
  Answer& answer_;
  bool enabled_;
  std::unordered_map<uint32_t, std::size_t> seen_;
};

}  // namespace

struct QueryEngine::Impl {
  const Graph& graph;
  std::vector<const Actor*> actors;         // sorted by id; index = actor number
  std::vector<const RelationRecord*> rels;  // relation number -> record, see the constructor
  std::vector<uint32_t> agent, object;      // relation number -> actor numbers
  std::vector<uint32_t> out_off, out_adj;   // CSR: entries are relation | kReversed
  std::vector<uint32_t> in_off, in_adj;
  // Folded name -> (actor, tier): tier 0 id, 1 canonical name, 2 other surface form.
  std::unordered_map<std::string, std::vector<std::pair<uint32_t, uint8_t>>> names;

  explicit Impl(const Graph& g) : graph(g) {
    // The index reads the Boost.Graph model itself: its vertex and edge descriptors give the
    // actor of every relation end without looking ids up (Graph::relations() would sort a
    // million ids and the ends would cost two hash lookups each: 1 s of a 1.3 s index).
    const ActorGraphModel& model = g.impl().g;
    const std::size_t nv = boost::num_vertices(model);
    // Actor numbers follow id order, so that answers sort by id whatever the insertion order.
    std::vector<uint32_t> by_order(nv);
    for (uint32_t v = 0; v < nv; ++v)
      by_order[v] = v;
    std::sort(by_order.begin(), by_order.end(),
              [&](uint32_t x, uint32_t y) { return model[x].actor.id < model[y].actor.id; });
    std::vector<uint32_t> number(nv);
    actors.resize(nv);
    for (uint32_t k = 0; k < nv; ++k) {
      actors[k] = &model[by_order[k]].actor;
      number[by_order[k]] = k;
    }
    for (uint32_t i = 0; i < actors.size(); ++i) {
      const Actor& a = *actors[i];
      add_name(a.id, i, 0);
      add_name(a.name, i, 1);
      for (const auto& form : a.forms)
        add_name(form.first, i, 2);
    }

    // Relation numbers follow (agent, object, type, negated, hedged, product): packed integer
    // keys sort without touching the records, and ties on all but the product are rare.
    struct Keyed {
      uint64_t ends;  // agent number << 32 | object number
      uint32_t kind;  // type << 2 | negated << 1 | hedged
      const RelationRecord* record;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(boost::num_edges(model));
    for (auto [it, end] = boost::edges(model); it != end; ++it) {
      const RelationRecord& r = model[*it].record;
      uint64_t ends = static_cast<uint64_t>(number[boost::source(*it, model)]) << 32 |
                      number[boost::target(*it, model)];
      uint32_t kind = static_cast<uint32_t>(r.type) << 2 | static_cast<uint32_t>(r.negated) << 1 |
                      static_cast<uint32_t>(r.hedged);
      keyed.push_back({ends, kind, &r});
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& x, const Keyed& y) {
      if (x.ends != y.ends) return x.ends < y.ends;
      if (x.kind != y.kind) return x.kind < y.kind;
      return x.record->product < y.record->product;
    });
    rels.reserve(keyed.size());
    agent.reserve(keyed.size());
    object.reserve(keyed.size());
    for (const Keyed& k : keyed) {
      rels.push_back(k.record);
      agent.push_back(static_cast<uint32_t>(k.ends >> 32));
      object.push_back(static_cast<uint32_t>(k.ends & 0xFFFFFFFFu));
    }

    // Competes is symmetric, so it is walkable from both ends.
    const std::size_t n = actors.size();
    out_off.assign(n + 1, 0);
    in_off.assign(n + 1, 0);
    for (uint32_t e = 0; e < rels.size(); ++e) {
      out_off[agent[e] + 1]++;
      in_off[object[e] + 1]++;
      if (symmetric(e)) {
        out_off[object[e] + 1]++;
        in_off[agent[e] + 1]++;
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      out_off[i + 1] += out_off[i];
      in_off[i + 1] += in_off[i];
    }
    out_adj.resize(out_off[n]);
    in_adj.resize(in_off[n]);
    std::vector<uint32_t> out_pos(out_off.begin(), out_off.end() - 1);
    std::vector<uint32_t> in_pos(in_off.begin(), in_off.end() - 1);
    for (uint32_t e = 0; e < rels.size(); ++e) {
      out_adj[out_pos[agent[e]]++] = e;
      in_adj[in_pos[object[e]]++] = e;
      if (symmetric(e)) {
        out_adj[out_pos[object[e]]++] = e | kReversed;
        in_adj[in_pos[agent[e]]++] = e | kReversed;
      }
    }
  }

  bool symmetric(uint32_t e) const {
    return rels[e]->type == RelationType::kCompetes && agent[e] != object[e];
  }
  void add_name(std::string_view s, uint32_t actor, uint8_t tier) {
    std::string key = fold(s);
    if (key.empty()) return;
    auto& v = names[key];
    for (auto& p : v) {
      if (p.first == actor) {
        p.second = std::min(p.second, tier);
        return;
      }
    }
    v.emplace_back(actor, tier);
  }

  // The actor an adjacency entry starts from and leads to.
  uint32_t from(uint32_t entry) const {
    uint32_t e = entry & ~kReversed;
    return (entry & kReversed) ? object[e] : agent[e];
  }
  uint32_t to(uint32_t entry) const {
    uint32_t e = entry & ~kReversed;
    return (entry & kReversed) ? agent[e] : object[e];
  }
  const RelationRecord& rec(uint32_t entry) const { return *rels[entry & ~kReversed]; }

  std::string label(uint32_t actor) const {
    const Actor& a = *actors[actor];
    return a.name.empty() || a.name == a.id ? a.id : a.id + " \"" + a.name + "\"";
  }

  Result<uint32_t> resolve(std::string_view name) const {
    std::string key = fold(name);
    if (key.empty()) return InvalidArgument("empty actor name");
    auto it = names.find(key);
    if (it != names.end()) {
      uint8_t best = 255;
      for (const auto& p : it->second)
        best = std::min(best, p.second);
      std::vector<uint32_t> hits;
      for (const auto& p : it->second) {
        if (p.second == best) hits.push_back(p.first);
      }
      std::sort(hits.begin(), hits.end());
      if (hits.size() == 1) return hits[0];
      std::vector<std::string> c;
      for (uint32_t h : hits)
        c.push_back(label(h));
      return InvalidArgument("actor name '" + std::string(name) + "' is ambiguous: it names " +
                             join(c, ", ") + "; give the id");
    }
    // Unknown: suggest the nearest names; a name that contains the query counts as near.
    std::vector<std::size_t> best(actors.size(), std::numeric_limits<std::size_t>::max());
    for (const auto& [k, v] : names) {
      bool contains = key.size() >= 3 && k.find(key) != std::string::npos;
      std::size_t d = contains ? 1 : edit_distance(key, k);
      for (const auto& p : v)
        best[p.first] = std::min(best[p.first], d);
    }
    std::vector<std::pair<std::size_t, uint32_t>> scored;
    for (uint32_t i = 0; i < actors.size(); ++i)
      scored.emplace_back(best[i], i);
    std::size_t keep = std::min<std::size_t>(5, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep),
                      scored.end());
    // Close names only, but never fewer than the three nearest.
    const std::size_t near = std::max<std::size_t>(2, key.size() / 3);
    std::vector<std::string> c;
    for (std::size_t i = 0; i < keep; ++i) {
      if (i >= 3 && scored[i].first > near) break;
      c.push_back(label(scored[i].second));
    }
    std::string msg = "unknown actor '" + std::string(name) + "'";
    if (c.empty()) return NotFound(msg + ": the graph has no actors");
    return NotFound(msg + "; closest: " + join(c, ", "));
  }

  // The cells every relation row ends with, in the order of relation_columns().
  void relation_cells(uint32_t entry, std::vector<std::string>& row) const {
    const RelationRecord& r = rec(entry);
    row.push_back(actors[from(entry)]->id);
    row.emplace_back(to_string(r.type));
    row.push_back(actors[to(entry)]->id);
    row.push_back(r.product);
    row.push_back(join(r.via, ";"));
    row.push_back(fmt_bool(r.negated));
    row.push_back(fmt_bool(r.hedged));
    row.push_back(fmt_number(r.confidence));
    row.push_back(std::to_string(r.mentions));
    if (r.evidence.empty()) {
      row.emplace_back();
      row.emplace_back();
    } else {
      const Evidence& ev = r.evidence.front();
      row.push_back(ev.document + "#" + std::to_string(ev.sentence_index));
      row.push_back(ev.text);
    }
  }
  static void relation_columns(std::vector<AnswerColumn>& cols) {
    cols.push_back({"agent", ColumnKind::kText});
    cols.push_back({"relation", ColumnKind::kText});
    cols.push_back({"object", ColumnKind::kText});
    cols.push_back({"product", ColumnKind::kText});
    cols.push_back({"via", ColumnKind::kText});
    cols.push_back({"negated", ColumnKind::kBool});
    cols.push_back({"hedged", ColumnKind::kBool});
    cols.push_back({"confidence", ColumnKind::kNumber});
    cols.push_back({"mentions", ColumnKind::kInteger});
    cols.push_back({"source", ColumnKind::kText});
    cols.push_back({"evidence", ColumnKind::kText});
  }
  void edge(uint32_t entry, Answer& a, DiagramBuilder& d) const {
    if (!d.enabled()) return;
    const RelationRecord& r = rec(entry);
    d.node(from(entry), *actors[from(entry)]);
    d.node(to(entry), *actors[to(entry)]);
    std::string lab(to_string(r.type));
    if (r.negated) lab = "not " + lab;
    if (r.hedged) lab += "?";
    a.edges.push_back({actors[from(entry)]->id, actors[to(entry)]->id, lab, r.negated, r.hedged});
  }

  Result<Answer> chains(std::string_view name, const QueryOptions& o, bool incoming) const;
  Result<Answer> paths(std::string_view from_name, std::string_view to_name,
                       const QueryOptions& o) const;
  Result<Answer> rank(const QueryOptions& o) const;
  Result<Answer> matrix(const std::vector<std::string>& names, const QueryOptions& o) const;
  Result<Answer> match(const std::vector<std::string>& terms, const QueryOptions& o) const;
};

Result<Answer> QueryEngine::Impl::chains(std::string_view name, const QueryOptions& o,
                                         bool incoming) const {
  AG_RETURN_IF_ERROR(check_options(o));
  auto target = resolve(name);
  if (!target.ok()) return target.status();
  const Filter f(o);
  const auto& off = incoming ? in_off : out_off;
  const auto& adj = incoming ? in_adj : out_adj;

  // Breadth first from the target: level d holds the relations that reach an actor found at
  // level d-1; every actor is expanded once, so every relation is listed at most once.
  std::vector<int> level(actors.size(), -1);
  level[*target] = 0;
  std::vector<uint32_t> frontier{*target}, next;
  std::vector<std::pair<int, uint32_t>> found;
  for (int d = 1; d <= o.depth && !frontier.empty(); ++d) {
    next.clear();
    for (uint32_t u : frontier) {
      for (uint32_t i = off[u]; i < off[u + 1]; ++i) {
        uint32_t entry = adj[i];
        if (!f.pass(rec(entry))) continue;
        found.emplace_back(d, entry);
        uint32_t other = incoming ? from(entry) : to(entry);
        if (level[other] < 0) {
          level[other] = d;
          next.push_back(other);
        }
      }
    }
    frontier.swap(next);
  }
  // Actor numbers follow id order and relation numbers follow type within an (agent, object)
  // pair, so this sorts rows by depth, agent id, object id, then relation type.
  std::sort(found.begin(), found.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    uint32_t fa = from(a.second), fb = from(b.second);
    if (fa != fb) return fa < fb;
    uint32_t ta = to(a.second), tb = to(b.second);
    if (ta != tb) return ta < tb;
    return (a.second & ~kReversed) < (b.second & ~kReversed);
  });

  Answer a;
  a.columns.push_back({"depth", ColumnKind::kInteger});
  relation_columns(a.columns);
  DiagramBuilder d(a, o.diagram);
  d.node(*target, *actors[*target], true);
  a.rows.reserve(found.size());
  for (const auto& [depth, entry] : found) {
    std::vector<std::string> row;
    row.reserve(a.columns.size());
    row.push_back(std::to_string(depth));
    relation_cells(entry, row);
    a.rows.push_back(std::move(row));
    edge(entry, a, d);
  }
  if (found.empty()) {
    a.notes.push_back(std::string(incoming ? "no relation acts on " : "no relation by ") +
                      actors[*target]->id + " passes the filters");
  }
  return a;
}

Result<Answer> QueryEngine::Impl::paths(std::string_view from_name, std::string_view to_name,
                                        const QueryOptions& o) const {
  AG_RETURN_IF_ERROR(check_options(o));
  auto s = resolve(from_name);
  if (!s.ok()) return s.status();
  auto t = resolve(to_name);
  if (!t.ok()) return t.status();
  if (*s == *t)
    return InvalidArgument("path: FROM and TO are the same actor (" + actors[*s]->id + ")");
  const Filter f(o);
  const int max_len = o.max_length;
  const std::size_t limit = o.limit ? o.limit : kDefaultPaths;

  // Distance to TO over the filtered relations bounds the search: a partial chain is only
  // extended while its length plus the remaining distance fits.
  std::vector<int> dist(actors.size(), -1);
  dist[*t] = 0;
  std::vector<uint32_t> frontier{*t}, next;
  for (int d = 1; d <= max_len && !frontier.empty(); ++d) {
    next.clear();
    for (uint32_t u : frontier) {
      for (uint32_t i = in_off[u]; i < in_off[u + 1]; ++i) {
        if (!f.pass(rec(in_adj[i]))) continue;
        uint32_t v = from(in_adj[i]);
        if (dist[v] < 0) {
          dist[v] = d;
          next.push_back(v);
        }
      }
    }
    frontier.swap(next);
  }

  std::vector<std::vector<uint32_t>> found;
  bool truncated = false;
  bool exhausted = false;
  std::size_t work = 0;
  if (dist[*s] >= 0) {
    std::vector<uint8_t> on_path(actors.size(), 0);
    std::vector<uint32_t> chain;
    // Iterative deepening gives shortest chains first; each round lists chains of exactly L.
    for (int len = dist[*s]; len <= max_len && !truncated && !exhausted; ++len) {
      struct Frame {
        uint32_t node;
        uint32_t next;
      };
      std::vector<Frame> stack{{*s, out_off[*s]}};
      on_path[*s] = 1;
      while (!stack.empty()) {
        Frame& fr = stack.back();
        if (fr.next >= out_off[fr.node + 1]) {
          on_path[fr.node] = 0;
          stack.pop_back();
          if (!chain.empty()) chain.pop_back();
          continue;
        }
        uint32_t entry = out_adj[fr.next++];
        if (++work > kPathWorkLimit) {
          exhausted = true;
          break;
        }
        if (!f.pass(rec(entry))) continue;
        uint32_t v = to(entry);
        int depth = static_cast<int>(chain.size()) + 1;
        if (v == *t) {
          if (depth != len) continue;
          chain.push_back(entry);
          if (found.size() >= limit) {
            truncated = true;
            chain.pop_back();
            break;
          }
          found.push_back(chain);
          chain.pop_back();
          continue;
        }
        if (on_path[v] || dist[v] < 0 || depth + dist[v] > len) continue;
        chain.push_back(entry);
        on_path[v] = 1;
        stack.push_back({v, out_off[v]});
      }
      for (const Frame& fr : stack)
        on_path[fr.node] = 0;
      chain.clear();
    }
  }

  Answer a;
  a.columns.push_back({"path", ColumnKind::kInteger});
  a.columns.push_back({"length", ColumnKind::kInteger});
  a.columns.push_back({"hop", ColumnKind::kInteger});
  relation_columns(a.columns);
  DiagramBuilder d(a, o.diagram);
  d.node(*s, *actors[*s], true);
  d.node(*t, *actors[*t], true);
  for (std::size_t p = 0; p < found.size(); ++p) {
    for (std::size_t h = 0; h < found[p].size(); ++h) {
      std::vector<std::string> row{std::to_string(p + 1), std::to_string(found[p].size()),
                                   std::to_string(h + 1)};
      relation_cells(found[p][h], row);
      a.rows.push_back(std::move(row));
      edge(found[p][h], a, d);
    }
  }
  // A hop used by several chains is drawn once.
  std::sort(a.edges.begin(), a.edges.end(), [](const AnswerEdge& x, const AnswerEdge& y) {
    return std::tie(x.from, x.to, x.label) < std::tie(y.from, y.to, y.label);
  });
  a.edges.erase(std::unique(a.edges.begin(), a.edges.end(),
                            [](const AnswerEdge& x, const AnswerEdge& y) {
                              return x.from == y.from && x.to == y.to && x.label == y.label;
                            }),
                a.edges.end());
  if (found.empty()) {
    a.notes.push_back("no chain of at most " + std::to_string(max_len) + " relations from " +
                      actors[*s]->id + " to " + actors[*t]->id + " passes the filters");
  }
  if (truncated) {
    a.notes.push_back("showing the first " + std::to_string(limit) +
                      " chains; raise --limit for more");
  }
  if (exhausted) a.notes.push_back("search stopped early: too many partial chains");
  return a;
}

Result<Answer> QueryEngine::Impl::rank(const QueryOptions& o) const {
  AG_RETURN_IF_ERROR(check_options(o));
  static const std::vector<std::string> kKeys = {"pagerank",    "in",       "out",        "degree",
                                                 "betweenness", "conflict", "cooperation"};
  if (std::find(kKeys.begin(), kKeys.end(), o.rank_by) == kKeys.end()) {
    return InvalidArgument("unknown rank key '" + o.rank_by + "'; use one of " + join(kKeys, ", "));
  }
  auto weights = load_weights();
  if (!weights.ok()) return weights.status();
  const Filter f(o);

  // Compact numbering of the actors that take part in a followed relation.
  std::vector<uint32_t> local(actors.size(), kNone);
  std::vector<uint32_t> active;
  std::vector<uint32_t> in_deg, out_deg;
  std::vector<double> signed_out, signed_in;
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  auto number = [&](uint32_t actor) {
    if (local[actor] == kNone) {
      local[actor] = static_cast<uint32_t>(active.size());
      active.push_back(actor);
      in_deg.push_back(0);
      out_deg.push_back(0);
      signed_out.push_back(0);
      signed_in.push_back(0);
    }
    return local[actor];
  };
  for (uint32_t e = 0; e < rels.size(); ++e) {
    const RelationRecord& r = *rels[e];
    if (!f.pass(r)) continue;
    uint32_t a = number(agent[e]);
    uint32_t b = number(object[e]);
    out_deg[a]++;
    in_deg[b]++;
    double w = r.negated ? weights->negated : weights->by_type[static_cast<std::size_t>(r.type)];
    signed_out[a] += w;
    signed_in[b] += w;
    if (a != b) {
      pairs.emplace_back(a, b);
      if (symmetric(e)) pairs.emplace_back(b, a);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

  const std::size_t n = active.size();
  using BGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  BGraph g(n);
  for (const auto& [a, b] : pairs)
    boost::add_edge(a, b, g);
  std::vector<double> pagerank(n, 0), between(n, 0);
  if (n > 0) {
    boost::graph::page_rank(
        g, boost::make_iterator_property_map(pagerank.begin(), boost::get(boost::vertex_index, g)),
        boost::graph::n_iterations(50));
    // Boost's variant leaks the rank of actors that act on no one; rescale to sum 1.
    double sum = 0;
    for (double v : pagerank)
      sum += v;
    if (sum > 0) {
      for (double& v : pagerank)
        v /= sum;
    }
  }
  bool have_between =
      static_cast<double>(n) * static_cast<double>(pairs.size()) <= kBetweennessWorkLimit;
  if (have_between && n > 2) {
    boost::brandes_betweenness_centrality(
        g, boost::make_iterator_property_map(between.begin(), boost::get(boost::vertex_index, g)));
    double scale = static_cast<double>(n - 1) * static_cast<double>(n - 2);
    for (double& v : between)
      v /= scale;
  }

  std::vector<uint32_t> order(n);
  for (uint32_t i = 0; i < n; ++i)
    order[i] = i;
  auto key = [&](uint32_t i) -> double {
    if (o.rank_by == "in") return in_deg[i];
    if (o.rank_by == "out") return out_deg[i];
    if (o.rank_by == "degree") return in_deg[i] + out_deg[i];
    if (o.rank_by == "betweenness") return between[i];
    if (o.rank_by == "conflict") return -(signed_out[i] + signed_in[i]);
    if (o.rank_by == "cooperation") return signed_out[i] + signed_in[i];
    return pagerank[i];
  };
  std::vector<double> keys(n);
  for (uint32_t i = 0; i < n; ++i)
    keys[i] = key(i);
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    if (keys[x] != keys[y]) return keys[x] > keys[y];
    return active[x] < active[y];
  });
  if (o.limit && order.size() > o.limit) order.resize(o.limit);

  Answer a;
  a.columns = {{"rank", ColumnKind::kInteger},      {"actor", ColumnKind::kText},
               {"name", ColumnKind::kText},         {"type", ColumnKind::kText},
               {"in", ColumnKind::kInteger},        {"out", ColumnKind::kInteger},
               {"pagerank", ColumnKind::kNumber},   {"betweenness", ColumnKind::kNumber},
               {"signed_out", ColumnKind::kNumber}, {"signed_in", ColumnKind::kNumber}};
  DiagramBuilder d(a, o.diagram);
  std::vector<uint8_t> shown(actors.size(), 0);
  for (std::size_t k = 0; k < order.size(); ++k) {
    uint32_t i = order[k];
    const Actor& actor = *actors[active[i]];
    shown[active[i]] = 1;
    a.rows.push_back({std::to_string(k + 1), actor.id, actor.name,
                      std::string(to_string(actor.type)), std::to_string(in_deg[i]),
                      std::to_string(out_deg[i]), fmt_number(pagerank[i]),
                      have_between ? fmt_number(between[i]) : std::string(),
                      fmt_number(signed_out[i]), fmt_number(signed_in[i])});
    d.node(active[i], actor);
  }
  for (uint32_t e = 0; d.enabled() && e < rels.size(); ++e) {
    if (shown[agent[e]] && shown[object[e]] && f.pass(*rels[e])) edge(e, a, d);
  }
  if (!have_between) {
    a.notes.push_back("betweenness not computed: the graph is too large for the exact algorithm");
  }
  if (n == 0) a.notes.push_back("no relation passes the filters");
  return a;
}

Result<Answer> QueryEngine::Impl::matrix(const std::vector<std::string>& names_in,
                                         const QueryOptions& o) const {
  AG_RETURN_IF_ERROR(check_options(o));
  const Filter f(o);
  std::vector<uint32_t> chosen;
  bool capped = false;
  if (!names_in.empty()) {
    for (const auto& nm : names_in) {
      auto r = resolve(nm);
      if (!r.ok()) return r.status();
      chosen.push_back(*r);
    }
  } else {
    // The most connected actors, so that a large graph gives a readable table.
    std::vector<uint32_t> degree(actors.size(), 0);
    for (uint32_t e = 0; e < rels.size(); ++e) {
      if (!f.pass(*rels[e])) continue;
      degree[agent[e]]++;
      degree[object[e]]++;
    }
    for (uint32_t i = 0; i < actors.size(); ++i) {
      if (degree[i]) chosen.push_back(i);
    }
    std::size_t cap = o.limit ? o.limit : kDefaultMatrixActors;
    if (chosen.size() > cap) {
      std::stable_sort(chosen.begin(), chosen.end(),
                       [&](uint32_t x, uint32_t y) { return degree[x] > degree[y]; });
      chosen.resize(cap);
      capped = true;
    }
  }
  std::sort(chosen.begin(), chosen.end());
  chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
  std::vector<uint32_t> col(actors.size(), kNone);
  for (uint32_t i = 0; i < chosen.size(); ++i)
    col[chosen[i]] = i;

  std::vector<std::vector<std::set<std::string>>> cells(
      chosen.size(), std::vector<std::set<std::string>>(chosen.size()));
  Answer a;
  DiagramBuilder d(a, o.diagram);
  for (uint32_t i : chosen)
    d.node(i, *actors[i]);
  for (uint32_t e = 0; e < rels.size(); ++e) {
    if (col[agent[e]] == kNone || col[object[e]] == kNone || !f.pass(*rels[e])) continue;
    const RelationRecord& r = *rels[e];
    std::string lab(to_string(r.type));
    if (r.negated) lab = "not " + lab;
    if (r.hedged) lab += "?";
    cells[col[agent[e]]][col[object[e]]].insert(lab);
    edge(e, a, d);
  }
  a.columns.push_back({"agent", ColumnKind::kText});
  for (uint32_t i : chosen)
    a.columns.push_back({actors[i]->id, ColumnKind::kText});
  for (std::size_t r = 0; r < chosen.size(); ++r) {
    std::vector<std::string> row{actors[chosen[r]]->id};
    for (std::size_t c = 0; c < chosen.size(); ++c) {
      row.push_back(join(std::vector<std::string>(cells[r][c].begin(), cells[r][c].end()), ","));
    }
    a.rows.push_back(std::move(row));
  }
  if (capped) {
    a.notes.push_back("showing the " + std::to_string(chosen.size()) +
                      " most connected actors; name actors or raise --limit for others");
  }
  if (chosen.empty()) a.notes.push_back("no relation passes the filters");
  return a;
}

Result<Answer> QueryEngine::Impl::match(const std::vector<std::string>& terms,
                                        const QueryOptions& o) const {
  AG_RETURN_IF_ERROR(check_options(o));
  if (terms.size() != 3) {
    return InvalidArgument(
        "match needs a pattern of three terms 'SUBJECT RELATION OBJECT' with ? "
        "for any (e.g. '? bans acme'), got " +
        std::to_string(terms.size()));
  }
  auto is_var = [](const std::string& t) { return !t.empty() && t[0] == '?'; };
  uint32_t subj = kNone, obj = kNone;
  if (!is_var(terms[0])) {
    auto r = resolve(terms[0]);
    if (!r.ok()) return r.status();
    subj = *r;
  }
  if (!is_var(terms[2])) {
    auto r = resolve(terms[2]);
    if (!r.ok()) return r.status();
    obj = *r;
  }
  QueryOptions narrowed = o;
  bool impossible = false;  // the pattern's relations and --type have nothing in common
  if (!is_var(terms[1])) {
    std::vector<RelationType> types;
    AG_RETURN_IF_ERROR(parse_relation_types(terms[1], types));
    if (!o.types.empty()) {
      std::vector<RelationType> both;
      for (RelationType t : types) {
        if (std::find(o.types.begin(), o.types.end(), t) != o.types.end()) both.push_back(t);
      }
      types = both;
    }
    if (types.empty()) impossible = true;
    narrowed.types = types;
  }
  // '?x P ?x' asks for relations of an actor with itself.
  const bool same = is_var(terms[0]) && terms[0].size() > 1 && terms[0] == terms[2];
  const Filter f(narrowed);

  std::vector<uint32_t> hits;
  auto consider = [&](uint32_t entry) {
    if (impossible || !f.pass(rec(entry))) return;
    if (subj != kNone && from(entry) != subj) return;
    if (obj != kNone && to(entry) != obj) return;
    if (same && from(entry) != to(entry)) return;
    hits.push_back(entry);
  };
  if (subj != kNone) {
    for (uint32_t i = out_off[subj]; i < out_off[subj + 1]; ++i)
      consider(out_adj[i]);
  } else if (obj != kNone) {
    for (uint32_t i = in_off[obj]; i < in_off[obj + 1]; ++i)
      consider(in_adj[i]);
  } else {
    for (uint32_t e = 0; e < rels.size(); ++e)
      consider(e);
  }
  std::sort(hits.begin(), hits.end(), [&](uint32_t x, uint32_t y) {
    return std::make_tuple(from(x), to(x), x & ~kReversed) <
           std::make_tuple(from(y), to(y), y & ~kReversed);
  });
  if (o.limit && hits.size() > o.limit) hits.resize(o.limit);

  Answer a;
  relation_columns(a.columns);
  DiagramBuilder d(a, o.diagram);
  if (subj != kNone) d.node(subj, *actors[subj], true);
  if (obj != kNone) d.node(obj, *actors[obj], true);
  for (uint32_t entry : hits) {
    std::vector<std::string> row;
    relation_cells(entry, row);
    a.rows.push_back(std::move(row));
    edge(entry, a, d);
  }
  if (hits.empty()) a.notes.push_back("no relation matches the pattern");
  return a;
}

// --- public API ---

QueryEngine::QueryEngine(const Graph& graph) : impl_(std::make_unique<Impl>(graph)) {}
QueryEngine::~QueryEngine() = default;

Result<std::string> QueryEngine::resolve(std::string_view name) const {
  auto r = impl_->resolve(name);
  if (!r.ok()) return r.status();
  return impl_->actors[*r]->id;
}

Result<Answer> QueryEngine::who_affects(std::string_view actor, const QueryOptions& o) const {
  auto a = impl_->chains(actor, o, true);
  if (a.ok()) a->question = "who-affects " + std::string(actor);
  return a;
}

Result<Answer> QueryEngine::affected_by(std::string_view actor, const QueryOptions& o) const {
  auto a = impl_->chains(actor, o, false);
  if (a.ok()) a->question = "affected-by " + std::string(actor);
  return a;
}

Result<Answer> QueryEngine::path(std::string_view from, std::string_view to,
                                 const QueryOptions& o) const {
  auto a = impl_->paths(from, to, o);
  if (a.ok()) a->question = "path " + std::string(from) + " " + std::string(to);
  return a;
}

Result<Answer> QueryEngine::rank(const QueryOptions& o) const {
  auto a = impl_->rank(o);
  if (a.ok()) a->question = "rank by " + o.rank_by;
  return a;
}

Result<Answer> QueryEngine::matrix(const std::vector<std::string>& actors,
                                   const QueryOptions& o) const {
  auto a = impl_->matrix(actors, o);
  if (a.ok()) a->question = actors.empty() ? "matrix" : "matrix " + join(actors, " ");
  return a;
}

Result<Answer> QueryEngine::match(std::string_view pattern, const QueryOptions& o) const {
  auto a = impl_->match(split_terms(pattern), o);
  if (a.ok()) a->question = "match " + std::string(pattern);
  return a;
}

Result<Answer> QueryEngine::ask(const std::vector<std::string>& q, const QueryOptions& o) const {
  static const char* kUsage =
      "ask who-affects ACTOR, affected-by ACTOR, path FROM TO, rank, matrix [ACTOR...] or "
      "match 'SUBJECT RELATION OBJECT'";
  if (q.empty()) return InvalidArgument(std::string("no question; ") + kUsage);
  std::string verb = fold(q[0]);
  std::vector<std::string> args(q.begin() + 1, q.end());
  // An actor name given as several words ("who-affects Veltrix Systems") is one name.
  auto one_name = [&](const char* what) -> Result<std::string> {
    if (args.empty()) return InvalidArgument(std::string(what) + " needs an actor name");
    return join(args, " ");
  };
  if (verb == "who affects" || verb == "affected by") {
    auto nm = one_name(q[0].c_str());
    if (!nm.ok()) return nm.status();
    return verb == "who affects" ? who_affects(*nm, o) : affected_by(*nm, o);
  }
  if (verb == "path") {
    if (args.size() != 2) {
      return InvalidArgument("path needs two actors, FROM and TO (quote names with spaces)");
    }
    return path(args[0], args[1], o);
  }
  if (verb == "rank") {
    if (!args.empty()) return InvalidArgument("rank takes no arguments (use --by and --limit)");
    return rank(o);
  }
  if (verb == "matrix") return matrix(args, o);
  if (verb == "match") {
    if (args.size() == 1) return match(args[0], o);
    if (args.size() == 3) {
      auto a = impl_->match(args, o);
      if (a.ok()) a->question = "match " + join(args, " ");
      return a;
    }
    return InvalidArgument("match needs one pattern 'SUBJECT RELATION OBJECT' (quote it)");
  }
  return InvalidArgument("unknown question '" + q[0] + "'; " + kUsage);
}

Result<AnswerFormat> parse_answer_format(std::string_view name) {
  if (name == "table") return AnswerFormat::kTable;
  if (name == "json") return AnswerFormat::kJson;
  if (name == "csv") return AnswerFormat::kCsv;
  if (name == "dot") return AnswerFormat::kDot;
  return InvalidArgument("unknown format '" + std::string(name) + "'; use table, json, csv or dot");
}

Status parse_relation_types(std::string_view list, std::vector<RelationType>& types) {
  std::size_t start = 0;
  bool any = false;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string item = fold(list.substr(start, comma - start));
    start = comma + 1;
    if (item.empty()) continue;
    auto t = parse_relation_type(item);
    if (!t) {
      std::vector<std::string> names;
      for (int i = 0; i < kRelationTypeCount; ++i) {
        names.emplace_back(to_string(static_cast<RelationType>(i)));
      }
      return InvalidArgument("unknown relation type '" + item + "'; use " + join(names, ", "));
    }
    if (std::find(types.begin(), types.end(), *t) == types.end()) types.push_back(*t);
    any = true;
  }
  if (!any) return InvalidArgument("empty relation type list");
  return {};
}

}  // namespace actorgraph
