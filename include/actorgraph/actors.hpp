// Actor stage: finds the mentions of actors in a document's sentences, types them, and
// resolves them (names, state organs, nominals, pronouns) to one Actor each, using the general
// knowledge of knowledge.hpp (which includes the user's catalog).
#pragma once

#include <memory>

#include "actorgraph/knowledge.hpp"
#include "actorgraph/model.hpp"
#include "actorgraph/status.hpp"

namespace actorgraph {

/// Finds and resolves actor mentions.
class ActorFinder {
 public:
  /// Creates a finder over shared KNOWLEDGE.
  static Result<ActorFinder> create(std::shared_ptr<const Knowledge> knowledge);

  /// Fills EX->mentions and EX->actors for DOC; EX->text must hold DOC's text analysis.
  void find(const Document& doc, Extraction* ex) const;

  struct Impl;  // defined in actors.cpp

 private:
  explicit ActorFinder(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace actorgraph
