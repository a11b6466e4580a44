#include "actorgraph/model.hpp"

#include <array>

namespace actorgraph {
namespace {

constexpr std::array<std::string_view, kRelationTypeCount> kRelationNames = {
    "approves", "bans",     "investigates", "competes", "taxes",  "pressures",
    "lobbies",  "supplies", "supports",     "accuses",  "denies",
};

struct ActorTypeName {
  ActorType type;
  std::string_view schema_name;
};
constexpr std::array<ActorTypeName, 6> kActorTypeNames = {{
    {ActorType::kGovernment, "GovernmentOrganization"},
    {ActorType::kCorporation, "Corporation"},
    {ActorType::kOrganization, "Organization"},
    {ActorType::kPerson, "Person"},
    {ActorType::kCountry, "Country"},
    {ActorType::kProduct, "Product"},
}};

// Short names accepted in catalogs and on the command line besides the schema.org names.
struct ActorTypeAlias {
  std::string_view alias;
  ActorType type;
};
constexpr std::array<ActorTypeAlias, 8> kActorTypeAliases = {{
    {"government", ActorType::kGovernment},
    {"company", ActorType::kCorporation},
    {"corporation", ActorType::kCorporation},
    {"organization", ActorType::kOrganization},
    {"organisation", ActorType::kOrganization},
    {"person", ActorType::kPerson},
    {"country", ActorType::kCountry},
    {"product", ActorType::kProduct},
}};

}  // namespace

std::string_view to_string(RelationType type) {
  return kRelationNames[static_cast<std::size_t>(type)];
}

std::optional<RelationType> parse_relation_type(std::string_view name) {
  for (std::size_t i = 0; i < kRelationNames.size(); ++i) {
    if (kRelationNames[i] == name) return static_cast<RelationType>(i);
  }
  return std::nullopt;
}

std::string_view to_string(ActorType type) {
  for (const auto& n : kActorTypeNames) {
    if (n.type == type) return n.schema_name;
  }
  return "Organization";
}

std::optional<ActorType> parse_actor_type(std::string_view name) {
  for (const auto& n : kActorTypeNames) {
    if (n.schema_name == name) return n.type;
  }
  for (const auto& a : kActorTypeAliases) {
    if (a.alias == name) return a.type;
  }
  return std::nullopt;
}

}  // namespace actorgraph
