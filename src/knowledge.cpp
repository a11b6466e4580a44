// PLACEHOLDER: loads nothing yet; the actors issue fills in the data files and tables.
#include "actorgraph/knowledge.hpp"

#include "knowledge_impl.hpp"

namespace actorgraph {

Result<std::shared_ptr<const Knowledge>> Knowledge::load(const std::string& catalog_path) {
  if (!catalog_path.empty()) return Unimplemented("--catalog is not implemented yet");
  return std::shared_ptr<const Knowledge>(new Knowledge(std::make_shared<const Impl>()));
}

}  // namespace actorgraph
