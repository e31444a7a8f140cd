#pragma once

#include "localizedtext.h"
#include "protocolerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace zs {

/// The regional commitment of an action in 4W: what, who, who does what, with what.
struct ActionCommitment
{
    LocalizedText what;
    LocalizedText who;
    LocalizedText whoDoesWhat;
    LocalizedText withWhat;
};

/// The measurable target of an action.
struct ActionTarget
{
    LocalizedText metric;
    double baseline = 0;
    double value = 0;
    LocalizedText unit;
    QString date; ///< YYYY-MM-DD
};

/// One progress update of an action.
struct ActionProgress
{
    QString date; ///< YYYY-MM-DD
    double value = 0;
    LocalizedText note;
};

/// A regional action as a coordinator publishes it (POST /v1/regions/{region}/actions) and as
/// data/actions/*.json carries it; the collector adds "updated" and "reactions" when it answers.
///
/// Errors (field: wire code / reason):
///  - fromJson: (none) malformed/wrong_type when not an object; <key> unknown_field for any key
///    not listed below (also commitment.<key>, target.<key>, progress[i].<key>);
///    id, region, line, status, source: invalid / missing|wrong_type;
///    title, description, commitment.{what,who,whoDoesWhat,withWhat}, target.metric,
///    target.unit, progress[i].note: wrong_type / missing|wrong_type when not a label,
///    <label>.nl, <label>.en invalid / missing|wrong_type;
///    themes: wrong_type / missing|wrong_type, invalid / wrong_type for a non-text theme;
///    commitment, target, progress, progress[i]: wrong_type / missing|wrong_type;
///    target.baseline, target.value, progress[i].value: wrong_type / missing|wrong_type;
///    target.date, progress[i].date: invalid / missing|wrong_type; example: wrong_type.
///  - validate: id invalid / invalid (pattern limits::kIdPattern); region invalid / invalid
///    (not the path's region or unknown); <label>.nl|en invalid / missing|too_long; line invalid
///    / unknown_value; themes wrong_type / too_short|too_long, invalid / unknown_value;
///    target.date, progress[i].date invalid / invalid; progress wrong_type / too_long;
///    status invalid / unknown_value; source invalid / invalid|too_long.
struct Action
{
    QString id;
    QString region;
    LocalizedText title;
    LocalizedText description;
    QString line; ///< meer_kiezen, beter_leren or anders_werken
    QStringList themes; ///< retention theme ids
    ActionCommitment commitment;
    ActionTarget target;
    QList<ActionProgress> progress;
    QString status; ///< limits::kActionStatuses
    std::optional<QString> source; ///< an https:// link
    std::optional<bool> example; ///< true for the illustrative examples the collector seeds

    /// Reads the shape: exactly the known fields with the right JSON types.
    static std::optional<Action> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    /// Checks the content; region is the region of the request path.
    std::optional<ProtocolError> validate(const QString &region) const;
};

} // namespace zs
