#pragma once

#include "protocolerror.h"

#include <QJsonObject>
#include <optional>

namespace zs {

/// An idea a care worker sends to the region (POST /v1/regions/{region}/ideas).
///
/// Errors (field: wire code / reason):
///  - fromJson: malformed/wrong_type when not an object; <key> unknown_field; title,
///    description, name invalid / missing|wrong_type; theme unknown_value / missing|wrong_type;
///    willHelp wrong_type / missing|wrong_type; requestId invalid / wrong_type|invalid (not a
///    lower-case UUID v4).
///  - validate: title, description, name invalid / missing|too_short|too_long (limits
///    kIdea*); theme unknown_value / unknown_value.
struct Idea
{
    QString title;
    QString description;
    QString theme; ///< a retention theme id
    bool willHelp = false; ///< willing to help work it out
    std::optional<QString> name; ///< optional; only the coordinator sees it
    /// Made by the app for this idea (UUID v4): a repeat of the same request (the app sends it
    /// again after a lost answer) is the same idea, not a second one.
    std::optional<QString> requestId;

    /// Reads the shape: exactly the known fields with the right JSON types.
    static std::optional<Idea> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    /// Checks the content: lengths and a known theme.
    std::optional<ProtocolError> validate() const;
    /// The idea's id when the request carries requestId: the same for every repeat, and not
    /// the request id itself (which stays with the app).
    static QString idFor(const QString &requestId);
};

} // namespace zs
