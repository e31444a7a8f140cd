#pragma once

#include "submission.h"
#include "surveycatalog.h"

#include <QJsonObject>
#include <optional>

namespace zs::regional {

/// Checks a published action: exactly the known fields, labels in nl and en, known line,
/// themes and status, a target with numbers and a date, progress entries. Unknown fields are
/// refused. The region must be the one in the path.
std::optional<ProtocolError> validateAction(const QJsonObject &action, const QString &region);
/// Checks a join request against the panel (consent version, age rule).
std::optional<ProtocolError> validateJoin(const QJsonObject &body, const QJsonObject &panel);
/// Checks an idea: title 3–120, description 10–2000, a retention theme, willHelp, optional name.
std::optional<ProtocolError> validateIdea(const QJsonObject &idea);
/// Checks {"kind"?, "key": 32 hex}; kinds are given by the caller (empty: no kind field).
std::optional<ProtocolError> validateKeyed(const QJsonObject &body, const QStringList &kinds);

/// Checks a parsed panel round against its panel: kind "panel", this panel, a region the panel
/// serves (if any), and an id that no built-in survey or other panel's round uses already.
std::optional<ProtocolError> validateRound(const SurveyDefinition &round, const QString &panel,
    const QStringList &servedRegions, const SurveyCatalog &catalog);

} // namespace zs::regional
