// The graph: a Boost.Graph bidirectional adjacency list (graph_impl.hpp) plus hash indexes by
// actor id and relation id. Every merge rule is commutative (sums, maxima, set unions, votes
// with lexicographic tie-breaks), so the result does not depend on the order of the input.
#include <algorithm>
#include <array>
#include <iterator>
#include <tuple>
#include <unordered_set>

#include "actorgraph/graph.hpp"
#include "graph_impl.hpp"

namespace actorgraph {
namespace {

// Keeps the smaller non-empty value, so that conflicting links resolve the same way whatever
// the order in which they arrive.
void fill_link(std::string& have, const std::string& give) {
  if (give.empty()) return;
  if (have.empty() || give < have) have = give;
}

// Decides name and type from the votes: the highest total wins; ties go to the smallest name
// (map order) and the first type.
void apply_votes(ActorVertex& v) {
  uint64_t best = 0;
  for (const auto& [name, votes] : v.name_votes) {
    if (votes > best) {
      best = votes;
      v.actor.name = name;
    }
  }
  uint64_t best_type = 0;
  for (std::size_t t = 0; t < v.type_votes.size(); ++t) {
    if (v.type_votes[t] > best_type) {
      best_type = v.type_votes[t];
      v.actor.type = static_cast<ActorType>(t);
    }
  }
}

auto evidence_key(const Evidence& e) {
  return std::tie(e.document, e.sentence_index);
}
auto evidence_full(const Evidence& e) {
  return std::tie(e.document, e.sentence_index, e.span.begin, e.span.end, e.rule, e.text);
}

// Sorts evidence by sentence and keeps, of two for the same sentence, the smaller one, so the
// result does not depend on the order of arrival.
void normalize_evidence(std::vector<Evidence>& list) {
  std::sort(list.begin(), list.end(), [](const Evidence& a, const Evidence& b) {
    return evidence_full(a) < evidence_full(b);
  });
  list.erase(std::unique(list.begin(), list.end(),
                         [](const Evidence& a, const Evidence& b) {
                           return evidence_key(a) == evidence_key(b);
                         }),
             list.end());
}

// Merges ADD into INTO, both sorted and unique by sentence, with the same tie rule as
// normalize_evidence. Linear, so settling a graph costs O(n log n) overall instead of the
// O(n^2) of inserting each sentence in place (minutes for a relation stated a million times).
void merge_sorted_evidence(std::vector<Evidence>& into, std::vector<Evidence>&& add) {
  if (add.empty()) return;
  if (into.empty()) {
    into = std::move(add);
    return;
  }
  std::vector<Evidence> out;
  out.reserve(into.size() + add.size());
  auto a = into.begin();
  auto b = add.begin();
  while (a != into.end() && b != add.end()) {
    if (evidence_key(*a) < evidence_key(*b)) {
      out.push_back(std::move(*a++));
    } else if (evidence_key(*b) < evidence_key(*a)) {
      out.push_back(std::move(*b++));
    } else {
      out.push_back(evidence_full(*b) < evidence_full(*a) ? std::move(*b) : std::move(*a));
      ++a;
      ++b;
    }
  }
  std::move(a, into.end(), std::back_inserter(out));
  std::move(b, add.end(), std::back_inserter(out));
  into = std::move(out);
}

void merge_via(std::vector<std::string>& list, const std::string& id) {
  if (id.empty()) return;
  auto it = std::lower_bound(list.begin(), list.end(), id);
  if (it == list.end() || *it != id) list.insert(it, id);
}

ActorVertexId ensure_actor(Graph::Impl& impl, const std::string& id) {
  auto it = impl.actor_index.find(id);
  if (it != impl.actor_index.end()) return it->second;
  ActorVertex v;
  v.actor.id = id;
  v.actor.name = id;
  // add_vertex(g) then a move: add_vertex(property, g) copies the bundle and, through Boost's
  // named-graph lookup, trips GCC's -Wuninitialized in sanitized builds.
  ActorVertexId vid = boost::add_vertex(impl.g);
  impl.g[vid] = std::move(v);
  impl.actor_index.emplace(id, vid);
  return vid;
}

// Finds or creates the record for a key; both actors get a vertex if they have none yet.
RelationEdgeId ensure_relation(Graph::Impl& impl, const std::string& agent, RelationType type,
                               const std::string& object, const std::string& product, bool negated,
                               bool hedged) {
  std::string id = Graph::relation_id(agent, type, object, product, negated, hedged);
  auto it = impl.relation_index.find(id);
  if (it != impl.relation_index.end()) return it->second;
  ActorVertexId a = ensure_actor(impl, agent);
  ActorVertexId o = ensure_actor(impl, object);
  if (!product.empty()) ensure_actor(impl, product);
  RelationEdge edge;
  edge.record.id = std::move(id);
  edge.record.agent = agent;
  edge.record.type = type;
  edge.record.object = object;
  edge.record.product = product;
  edge.record.negated = negated;
  edge.record.hedged = hedged;
  RelationEdgeId e = boost::add_edge(a, o, std::move(edge), impl.g).first;
  impl.relation_index.emplace(std::string_view(impl.g[e].record.id), e);
  return e;
}

// Queues evidence on an edge; settle() sorts it into the record before anyone reads it.
void add_pending(Graph::Impl& impl, RelationEdgeId e, Evidence evidence) {
  std::vector<Evidence>& pending = impl.g[e].pending;
  if (pending.empty()) impl.unsettled.push_back(e);
  pending.push_back(std::move(evidence));
}

std::vector<const RelationRecord*> sorted(std::vector<const RelationRecord*> v) {
  std::sort(v.begin(), v.end(),
            [](const RelationRecord* a, const RelationRecord* b) { return a->id < b->id; });
  return v;
}

}  // namespace

Graph::Graph() : impl_(std::make_unique<Impl>()) {}
Graph::~Graph() = default;
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;

void Graph::add(const Extraction& ex) {
  std::unordered_set<std::string_view> used;
  for (const Relation& r : ex.relations) {
    used.insert(r.agent);
    used.insert(r.object);
    if (!r.product.empty()) used.insert(r.product);
    if (!r.via.empty()) used.insert(r.via);
  }
  for (const Actor& a : ex.actors) {
    if (!a.forms.empty() || used.count(a.id) != 0) add_actor(a);
  }
  for (const Relation& r : ex.relations)
    add_relation(r);
}

void Graph::add_actor(const Actor& actor) {
  ActorVertex& v = impl_->g[ensure_actor(*impl_, actor.id)];
  uint64_t weight = 0;
  for (const auto& [form, n] : actor.forms) {
    v.actor.forms[form] += n;
    weight += n;
  }
  weight = std::max<uint64_t>(weight, 1);
  v.name_votes[actor.name.empty() ? actor.id : actor.name] += weight;
  v.type_votes[static_cast<std::size_t>(actor.type)] += weight;
  fill_link(v.actor.works_for, actor.works_for);
  fill_link(v.actor.manufacturer, actor.manufacturer);
  fill_link(v.actor.area_served, actor.area_served);
  v.placeholder = false;
  apply_votes(v);
}

void Graph::add_relation(const Relation& r) {
  if (!r.via.empty()) ensure_actor(*impl_, r.via);
  RelationEdgeId e =
      ensure_relation(*impl_, r.agent, r.type, r.object, r.product, r.negated, r.hedged);
  RelationRecord& rec = impl_->g[e].record;
  merge_via(rec.via, r.via);
  rec.confidence = std::max(rec.confidence, r.confidence);
  add_pending(*impl_, e, r.evidence);
}

void Graph::add_record(const RelationRecord& in) {
  for (const std::string& p : in.via)
    ensure_actor(*impl_, p);
  RelationEdgeId e =
      ensure_relation(*impl_, in.agent, in.type, in.object, in.product, in.negated, in.hedged);
  RelationRecord& rec = impl_->g[e].record;
  for (const std::string& p : in.via)
    merge_via(rec.via, p);
  rec.confidence = std::max(rec.confidence, in.confidence);
  for (const Evidence& ev : in.evidence)
    add_pending(*impl_, e, ev);
  rec.mentions = std::max(rec.mentions, in.mentions);
}

void Graph::Impl::settle() {
  std::lock_guard<std::mutex> lock(settle_mutex);
  for (RelationEdgeId e : unsettled) {
    RelationEdge& edge = g[e];
    normalize_evidence(edge.pending);
    merge_sorted_evidence(edge.record.evidence, std::move(edge.pending));
    std::vector<Evidence>().swap(edge.pending);
    edge.record.mentions =
        std::max(edge.record.mentions, static_cast<uint32_t>(edge.record.evidence.size()));
  }
  unsettled.clear();
}

Graph::Impl& Graph::impl() {
  impl_->settle();
  return *impl_;
}

const Graph::Impl& Graph::impl() const {
  impl_->settle();
  return *impl_;
}

void reserve_graph(Graph& graph, std::size_t actors, std::size_t relations) {
  Graph::Impl& impl = graph.impl();
  impl.actor_index.reserve(actors);
  impl.relation_index.reserve(relations);
  impl.g.m_vertices.reserve(actors);
}

void add_record_moved(Graph& graph, RelationRecord&& in) {
  Graph::Impl& impl = graph.impl();
  std::string id =
      Graph::relation_id(in.agent, in.type, in.object, in.product, in.negated, in.hedged);
  if (auto found = impl.relation_index.find(id); found != impl.relation_index.end()) {
    // An existing key: the same merge as add_record, with the evidence moved, not copied.
    const RelationEdgeId e = found->second;
    for (const std::string& p : in.via)
      ensure_actor(impl, p);
    RelationRecord& rec = impl.g[e].record;
    for (const std::string& p : in.via)
      merge_via(rec.via, p);
    rec.confidence = std::max(rec.confidence, in.confidence);
    rec.mentions = std::max(rec.mentions, in.mentions);
    for (Evidence& ev : in.evidence)
      add_pending(impl, e, std::move(ev));
    return;
  }
  // A new key: bring the record into the shape the merge rules keep (sorted, unique), then
  // move it into a fresh edge instead of copying every string.
  normalize_evidence(in.evidence);
  std::vector<std::string> via;
  for (const std::string& p : in.via)
    merge_via(via, p);
  in.via = std::move(via);
  for (const std::string& p : in.via)
    ensure_actor(impl, p);
  if (!in.product.empty()) ensure_actor(impl, in.product);
  in.mentions = std::max(in.mentions, static_cast<uint32_t>(in.evidence.size()));
  in.id = std::move(id);
  ActorVertexId a = ensure_actor(impl, in.agent);
  ActorVertexId o = ensure_actor(impl, in.object);
  RelationEdge edge;
  edge.record = std::move(in);
  RelationEdgeId e = boost::add_edge(a, o, std::move(edge), impl.g).first;
  RelationRecord& rec = impl.g[e].record;
  impl.relation_index.emplace(std::string_view(rec.id), e);
}

void Graph::merge(const Graph& other) {
  merge_actors(other);
  const ActorGraphModel& og = other.impl().g;
  for (auto [it, end] = boost::edges(og); it != end; ++it)
    add_record(og[*it].record);
}

void Graph::merge(Graph&& other) {
  merge_actors(other);
  // Moving the records hands over every evidence string instead of copying it, so merging the
  // workers' graphs at the end of a build does not hold all evidence twice.
  ActorGraphModel& og = other.impl().g;
  for (auto [it, end] = boost::edges(og); it != end; ++it)
    add_record_moved(*this, std::move(og[*it].record));
  // What is left is freed by whoever owns OTHER (the build does it on a thread of its own);
  // its relation index viewed the moved ids, so it goes now and OTHER holds no relations.
  other.impl_->relation_index.clear();
  boost::remove_edge_if([](const RelationEdgeId&) { return true; }, og);
}

void Graph::merge_actors(const Graph& other) {
  const ActorGraphModel& og = other.impl().g;
  for (auto [it, end] = boost::vertices(og); it != end; ++it) {
    const ActorVertex& from = og[*it];
    ActorVertex& to = impl_->g[ensure_actor(*impl_, from.actor.id)];
    for (const auto& [form, n] : from.actor.forms)
      to.actor.forms[form] += n;
    for (const auto& [name, n] : from.name_votes)
      to.name_votes[name] += n;
    for (std::size_t t = 0; t < to.type_votes.size(); ++t)
      to.type_votes[t] += from.type_votes[t];
    fill_link(to.actor.works_for, from.actor.works_for);
    fill_link(to.actor.manufacturer, from.actor.manufacturer);
    fill_link(to.actor.area_served, from.actor.area_served);
    to.placeholder = to.placeholder && from.placeholder;
    apply_votes(to);
  }
}

std::size_t Graph::actor_count() const {
  return boost::num_vertices(impl_->g);
}
std::size_t Graph::relation_count() const {
  return boost::num_edges(impl_->g);
}

std::vector<const Actor*> Graph::actors() const {
  std::vector<const Actor*> v;
  v.reserve(actor_count());
  for (auto [it, end] = boost::vertices(impl_->g); it != end; ++it) {
    v.push_back(&impl_->g[*it].actor);
  }
  std::sort(v.begin(), v.end(), [](const Actor* a, const Actor* b) { return a->id < b->id; });
  return v;
}

std::vector<const RelationRecord*> Graph::relations() const {
  impl_->settle();
  // Comparing ids through the record pointers misses the cache on every step (seconds for a
  // million relations); the first 24 bytes of each id, packed big-endian into a contiguous
  // array, decide almost every comparison without touching the records.
  struct Keyed {
    std::array<uint64_t, 3> prefix;
    const RelationRecord* record;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(relation_count());
  for (auto [it, end] = boost::edges(impl_->g); it != end; ++it) {
    const RelationRecord& r = impl_->g[*it].record;
    Keyed k{{0, 0, 0}, &r};
    for (std::size_t i = 0; i < 24 && i < r.id.size(); ++i) {
      k.prefix[i / 8] |= uint64_t{static_cast<unsigned char>(r.id[i])} << (56 - 8 * (i % 8));
    }
    keyed.push_back(k);
  }
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    return a.record->id < b.record->id;
  });
  std::vector<const RelationRecord*> v;
  v.reserve(keyed.size());
  for (const Keyed& k : keyed)
    v.push_back(k.record);
  return v;
}

const Actor* Graph::find_actor(std::string_view id) const {
  auto it = impl_->actor_index.find(std::string(id));
  return it == impl_->actor_index.end() ? nullptr : &impl_->g[it->second].actor;
}

std::vector<const RelationRecord*> Graph::out_relations(std::string_view actor_id) const {
  impl_->settle();
  std::vector<const RelationRecord*> v;
  auto it = impl_->actor_index.find(std::string(actor_id));
  if (it == impl_->actor_index.end()) return v;
  for (auto [e, end] = boost::out_edges(it->second, impl_->g); e != end; ++e) {
    v.push_back(&impl_->g[*e].record);
  }
  return sorted(std::move(v));
}

std::vector<const RelationRecord*> Graph::in_relations(std::string_view actor_id) const {
  impl_->settle();
  std::vector<const RelationRecord*> v;
  auto it = impl_->actor_index.find(std::string(actor_id));
  if (it == impl_->actor_index.end()) return v;
  for (auto [e, end] = boost::in_edges(it->second, impl_->g); e != end; ++e) {
    v.push_back(&impl_->g[*e].record);
  }
  return sorted(std::move(v));
}

std::string Graph::relation_id(std::string_view agent, RelationType type, std::string_view object,
                               std::string_view product, bool negated, bool hedged) {
  std::string_view t = to_string(type);
  std::string id;
  id.reserve(agent.size() + t.size() + object.size() + product.size() + 20);
  id.append(agent).append("--").append(t).append("--").append(object);
  if (!product.empty()) id.append("--").append(product);
  if (negated) id.append("--not");
  if (hedged) id.append("--hedged");
  return id;
}

}  // namespace actorgraph
