// PLACEHOLDER graph: maps only; the graph issue replaces it with the Boost.Graph model.
#include "actorgraph/graph.hpp"

#include <map>

namespace actorgraph {

struct Graph::Impl {
  std::map<std::string, Actor, std::less<>> actors;
  std::map<std::string, RelationRecord, std::less<>> relations;
};

Graph::Graph() : impl_(std::make_unique<Impl>()) {}
Graph::~Graph() = default;
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;

void Graph::add(const Extraction& ex) {
  for (const Actor& a : ex.actors) add_actor(a);
  for (const Relation& r : ex.relations) add_relation(r);
}

void Graph::add_actor(const Actor& actor) {
  auto [it, inserted] = impl_->actors.emplace(actor.id, actor);
  if (!inserted) {
    for (const auto& [form, n] : actor.forms) it->second.forms[form] += n;
  }
}

void Graph::add_relation(const Relation& r) {
  std::string id = relation_id(r.agent, r.type, r.object, r.product, r.negated, r.hedged);
  RelationRecord& rec = impl_->relations[id];
  rec.id = id;
  rec.agent = r.agent;
  rec.type = r.type;
  rec.object = r.object;
  rec.product = r.product;
  rec.negated = r.negated;
  rec.hedged = r.hedged;
  if (!r.via.empty()) rec.via.push_back(r.via);
  rec.confidence = std::max(rec.confidence, r.confidence);
  rec.mentions++;
  rec.evidence.push_back(r.evidence);
}

void Graph::add_record(const RelationRecord& record) { impl_->relations[record.id] = record; }

void Graph::merge(const Graph& other) {
  for (const auto& [id, a] : other.impl_->actors) add_actor(a);
  for (const auto& [id, r] : other.impl_->relations) add_record(r);
}

std::size_t Graph::actor_count() const { return impl_->actors.size(); }
std::size_t Graph::relation_count() const { return impl_->relations.size(); }

std::vector<const Actor*> Graph::actors() const {
  std::vector<const Actor*> v;
  for (const auto& [id, a] : impl_->actors) v.push_back(&a);
  return v;
}

std::vector<const RelationRecord*> Graph::relations() const {
  std::vector<const RelationRecord*> v;
  for (const auto& [id, r] : impl_->relations) v.push_back(&r);
  return v;
}

const Actor* Graph::find_actor(std::string_view id) const {
  auto it = impl_->actors.find(id);
  return it == impl_->actors.end() ? nullptr : &it->second;
}

std::vector<const RelationRecord*> Graph::out_relations(std::string_view actor_id) const {
  std::vector<const RelationRecord*> v;
  for (const auto& [id, r] : impl_->relations)
    if (r.agent == actor_id) v.push_back(&r);
  return v;
}

std::vector<const RelationRecord*> Graph::in_relations(std::string_view actor_id) const {
  std::vector<const RelationRecord*> v;
  for (const auto& [id, r] : impl_->relations)
    if (r.object == actor_id) v.push_back(&r);
  return v;
}

std::string Graph::relation_id(std::string_view agent, RelationType type, std::string_view object,
                               std::string_view product, bool negated, bool hedged) {
  std::string id = std::string(agent) + "--" + std::string(to_string(type)) + "--" +
                   std::string(object);
  if (!product.empty()) id += "--" + std::string(product);
  if (negated) id += "--not";
  if (hedged) id += "--hedged";
  return id;
}

}  // namespace actorgraph
