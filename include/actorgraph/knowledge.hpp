// General knowledge for the actor stage, loaded once from the data files shipped in data/
// (embedded in the library at build time) and from the user's catalog (--catalog).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "actorgraph/model.hpp"
#include "actorgraph/status.hpp"

namespace actorgraph {

/// Countries, state words, roles, organisation cues, leaders and catalog actors.
class Knowledge {
 public:
  /// Loads the shipped data files and, when CATALOG_PATH is not empty, the user's catalog.
  /// A malformed catalog fails with the file and the JSON pointer or offset of the problem.
  static Result<std::shared_ptr<const Knowledge>> load(const std::string& catalog_path);

  struct Impl;  // defined in knowledge.cpp
  /// Gives the library's stages access to the lookup tables.
  const Impl& impl() const { return *impl_; }

 private:
  explicit Knowledge(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace actorgraph
