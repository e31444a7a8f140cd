#pragma once

#include "protocolerror.h"
#include "surveycatalog.h"

#include <optional>

namespace zs::regional {

// Panel rounds are survey definitions (SurveyDefinition::parse checks their shape); what needs the
// panel and the catalog is checked here. The collector runs it on every published round, and the
// app's round builder runs the same function before it sends one.

/// Checks a parsed panel round against its panel: kind "panel", this panel, a region the panel
/// serves (if any), an id that no built-in survey or other panel's round uses already (409
/// id_taken), and a version the catalog does not hold yet (409 version_exists).
std::optional<ProtocolError> validateRound(const SurveyDefinition &round, const QString &panel,
    const QStringList &servedRegions, const SurveyCatalog &catalog);

} // namespace zs::regional
