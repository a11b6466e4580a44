// Access to the data files compiled into the library (cmake/Embed.cmake).
#pragma once

#include <string_view>

namespace actorgraph {

/// Returns the content of an embedded data file ("data/countries.json",
/// "schemas/graph.schema.json"), or an empty view when there is none.
std::string_view embedded_file(std::string_view name);

}  // namespace actorgraph
