#pragma once

#include "localizedtext.h"
#include "protocolerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace zs {

/// One meeting a panel announces.
struct PanelMeeting
{
    QString date; ///< YYYY-MM-DD
    LocalizedText title;
    QString place;
};

/// A regional panel as data/panels.json and GET /v1/regions/{region}/panels carry it.
///
/// Errors (field: wire code / reason):
///  - fromJson: malformed/wrong_type when not an object; <key> unknown_field (also
///    meetings[i].<key>); any listed field missing or of the wrong JSON type: invalid /
///    missing|wrong_type (labels: wrong_type at the label, invalid at <label>.nl|en).
///  - validate: id invalid / invalid; name, description, consentText, shares, howItWorks[i],
///    meetings[i].title (.nl|.en): invalid / missing|too_long; organiser, meetings[i].place:
///    invalid / missing|too_long; regions, ageBands: invalid / missing (empty regions) or
///    unknown_value; style invalid / unknown_value; consentVersion invalid / invalid (below 1);
///    meetings[i].date invalid / invalid.
struct Panel
{
    QString id;
    LocalizedText name;
    QStringList regions; ///< the regions it serves
    QString organiser;
    QString style; ///< limits::kPanelStyles
    QStringList ageBands; ///< empty: every age (the field is then left out)
    LocalizedText description;
    QList<LocalizedText> howItWorks;
    QList<PanelMeeting> meetings;
    int consentVersion = 0;
    LocalizedText consentText;
    LocalizedText shares; ///< what joining shares with the panel

    /// Reads the shape: exactly the known fields with the right JSON types.
    static std::optional<Panel> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    /// Checks the content: known regions and age bands, lengths, a consent version of 1 or more.
    std::optional<ProtocolError> validate() const;
};

} // namespace zs
