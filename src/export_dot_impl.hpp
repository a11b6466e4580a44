// Private: DOT helpers shared by the DOT/SVG/PNG exporters and their tests.
#pragma once

#include <string>
#include <string_view>

#include "actorgraph/model.hpp"

namespace actorgraph {

/// Returns TEXT as the value of a DOT label: backslashes doubled, line breaks as \n, other
/// control characters as spaces (cgraph escapes the double quotes when it writes).
std::string escape_dot_label(std::string_view text);
/// Returns the colour of a relation type's family: conflict, cooperation or other.
const char* relation_colour(RelationType type);

}  // namespace actorgraph
