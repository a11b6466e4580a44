// The lookup tables behind Knowledge, shared by the actor and relation stages.
#pragma once

#include "actorgraph/knowledge.hpp"

namespace actorgraph {

struct Knowledge::Impl {};

}  // namespace actorgraph
