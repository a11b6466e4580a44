// Reading whole files with the errors users should see (missing, a directory, unreadable).
#pragma once

#include <string>

#include "actorgraph/status.hpp"

namespace actorgraph {

/// Reads the regular file at PATH into a string; fails with "PATH: no such file", "PATH: is a
/// directory" or "PATH: cannot read (reason)".
Result<std::string> read_whole_file(const std::string& path);

}  // namespace actorgraph
