// `explain`: a human-readable account of what each stage found in each sentence.
#include <sstream>

#include "actorgraph/input.hpp"
#include "actorgraph/pipeline.hpp"
#include "actorgraph/text.hpp"

namespace actorgraph {

std::string format_explanation(const Document& doc, const Extraction& ex) {
  std::ostringstream out;
  out << "document " << doc.id << " (" << doc.text.size() << " bytes, " << ex.text.sentences.size()
      << " sentences, " << ex.actors.size() << " actors, " << ex.relations.size()
      << " relations)\n";
  std::size_t m = 0, r = 0, d = 0;
  for (const Sentence& s : ex.text.sentences) {
    out << "\n[" << s.index << "] " << s.span.begin << "-" << s.span.end
        << (s.headline ? " (headline)" : "") << "\n    "
        << normalize_for_display(sentence_text(doc.text, s)) << "\n";
    for (; m < ex.mentions.size() && ex.mentions[m].sentence <= s.index; ++m) {
      const Mention& mention = ex.mentions[m];
      if (mention.sentence != s.index) continue;
      out << "    mention " << mention.span.begin << "-" << mention.span.end << " \""
          << mention.surface << "\" -> ";
      if (mention.actor >= 0 && static_cast<std::size_t>(mention.actor) < ex.actors.size()) {
        const Actor& a = ex.actors[static_cast<std::size_t>(mention.actor)];
        out << a.id << " (" << to_string(a.type) << ")";
      } else {
        out << "(unresolved)";
      }
      out << "\n";
    }
    for (; r < ex.relations.size() && ex.relations[r].evidence.sentence_index <= s.index; ++r) {
      const Relation& rel = ex.relations[r];
      if (rel.evidence.sentence_index != s.index) continue;
      out << "    relation " << rel.agent << " " << to_string(rel.type) << " " << rel.object;
      if (!rel.product.empty()) out << " product=" << rel.product;
      if (!rel.via.empty()) out << " via=" << rel.via;
      if (rel.negated) out << " NEGATED";
      if (rel.hedged) out << " HEDGED";
      out << " confidence=" << rel.confidence << " rule=" << rel.evidence.rule << "\n";
    }
    for (; d < ex.diagnostics.size() && ex.diagnostics[d].sentence <= s.index; ++d) {
      const Diagnostic& diag = ex.diagnostics[d];
      if (diag.sentence != s.index) continue;
      out << "    no relation from \"" << diag.trigger << "\": " << diag.reason << "\n";
    }
  }
  return out.str();
}

Status explain(const std::vector<std::string>& inputs, const std::string& catalog_path,
               std::ostream& out) {
  auto files = expand_inputs(inputs);
  if (!files.ok()) return files.status();
  auto extractor = Extractor::create(catalog_path);
  if (!extractor.ok()) return extractor.status();
  auto stream = DocumentStream::open(std::move(files).value());
  if (!stream.ok()) return stream.status();
  Document doc;
  bool first = true;
  for (;;) {
    Result<bool> more = stream->next(&doc);
    if (!more.ok()) return more.status();
    if (!*more) break;
    if (!first) out << "\n";
    first = false;
    out << format_explanation(doc, extractor->extract(doc));
  }
  return {};
}

}  // namespace actorgraph
