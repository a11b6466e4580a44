// Private: the exporters registered in the factory, and the IRI and number conventions that
// the JSON-LD writer, its reader and the other exporters share.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "actorgraph/exporters.hpp"

namespace actorgraph {

/// Prefix of actor IRIs.
inline constexpr std::string_view kActorIriBase = "https://w3id.org/actorgraph/id/";
/// Prefix of relation IRIs.
inline constexpr std::string_view kRelationIriBase = "https://w3id.org/actorgraph/relation/";
/// Prefix of evidence IRIs.
inline constexpr std::string_view kEvidenceIriBase = "https://w3id.org/actorgraph/evidence/";

/// Returns BASE followed by ID with every byte outside [A-Za-z0-9-._~] percent-encoded.
std::string make_iri(std::string_view base, std::string_view id);
/// Appends make_iri(BASE, ID) to OUT.
void append_iri(std::string* out, std::string_view base, std::string_view id);
/// Returns the id of an IRI made by make_iri with BASE, or false when IRI is not one.
bool parse_iri(std::string_view iri, std::string_view base, std::string* id);
/// Returns the evidence IRI: a stable hash of the relation id, document and sentence index.
std::string evidence_iri(std::string_view relation_id, std::string_view document,
                         uint32_t sentence_index);
/// Formats a confidence with three decimals, clamped to [0, 1] ("0.850").
std::string format_confidence(double confidence);

/// Creates the JSON-LD exporter (CONTRACT.md section 2).
std::unique_ptr<Exporter> make_jsonld_exporter();
/// Creates the Graphviz DOT exporter.
std::unique_ptr<Exporter> make_dot_exporter();
/// Creates the SVG exporter (Graphviz laid out in-process).
std::unique_ptr<Exporter> make_svg_exporter();
/// Creates the PNG exporter (Graphviz laid out in-process).
std::unique_ptr<Exporter> make_png_exporter();
/// Creates the GraphML exporter.
std::unique_ptr<Exporter> make_graphml_exporter();

}  // namespace actorgraph
