// PLACEHOLDER: extracts no relations yet; the relations issue replaces this file.
#include "actorgraph/relations.hpp"

namespace actorgraph {

struct RelationExtractor::Impl {
  std::shared_ptr<const Knowledge> knowledge;
};

Result<RelationExtractor> RelationExtractor::create(std::shared_ptr<const Knowledge> knowledge) {
  auto impl = std::make_shared<Impl>();
  impl->knowledge = std::move(knowledge);
  return RelationExtractor(std::move(impl));
}

void RelationExtractor::extract(const Document& /*doc*/, Extraction* /*ex*/) const {}

}  // namespace actorgraph
