#pragma once

#include "protocolerror.h"
#include "surveycatalog.h"

#include <optional>

namespace zs::regional {

// Panel rounds are survey definitions (SurveyDefinition::parse checks their shape); what needs the
// panel and the catalog is checked here, in the collector.

/// Checks a parsed panel round against its panel: kind "panel", this panel, a region the panel
/// serves (if any), and an id that no built-in survey or other panel's round uses already.
std::optional<ProtocolError> validateRound(const SurveyDefinition &round, const QString &panel,
    const QStringList &servedRegions, const SurveyCatalog &catalog);

} // namespace zs::regional
