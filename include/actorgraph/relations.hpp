// Relation stage: finds triggers of the relation lexicon (schemas/relations.json) in each
// sentence and assigns agent, object and product by voice and frame, with negation, hedging,
// confidence and evidence.
#pragma once

#include <memory>

#include "actorgraph/knowledge.hpp"
#include "actorgraph/model.hpp"
#include "actorgraph/status.hpp"

namespace actorgraph {

/// Extracts typed, directed relations between resolved actors.
class RelationExtractor {
 public:
  /// Loads the relation lexicon and creates an extractor over shared KNOWLEDGE.
  static Result<RelationExtractor> create(std::shared_ptr<const Knowledge> knowledge);

  /// Fills EX->relations and EX->diagnostics for DOC; EX must hold its text, mentions, actors.
  void extract(const Document& doc, Extraction* ex) const;

  struct Impl;  // defined in relations.cpp

 private:
  explicit RelationExtractor(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace actorgraph
