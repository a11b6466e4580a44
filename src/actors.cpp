// PLACEHOLDER: finds no actors yet; the actors issue replaces this file.
#include "actorgraph/actors.hpp"

namespace actorgraph {

struct ActorFinder::Impl {
  std::shared_ptr<const Knowledge> knowledge;
};

Result<ActorFinder> ActorFinder::create(std::shared_ptr<const Knowledge> knowledge) {
  auto impl = std::make_shared<Impl>();
  impl->knowledge = std::move(knowledge);
  return ActorFinder(std::move(impl));
}

void ActorFinder::find(const Document& /*doc*/, Extraction* /*ex*/) const {}

}  // namespace actorgraph
