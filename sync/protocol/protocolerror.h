#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace zs {

/// A refusal in the wire format's one error shape, with its HTTP status.
///
/// `code` and `field` travel ({"error": {"code", "message", "field"}}); `code` is the wire code
/// API users see and it never changes for a case. `reason` does not travel: it is the finer,
/// stable cause a validate() found (missing, too_short, too_long, wrong_type, invalid,
/// unknown_field, unknown_value, ...), so the app can map (field, reason) to its own translated
/// message even where the wire code is the general "invalid".
struct ProtocolError
{
    int status = 400;
    QString code;
    QString message;
    QString field;
    QString reason = {}; ///< empty: the same as code

    /// The finer cause; falls back to the wire code.
    QString why() const { return reason.isEmpty() ? code : reason; }
    QJsonObject toJson() const;
    /// Reads {"error": {...}}; nullopt when the shape is not an error.
    static std::optional<ProtocolError> fromJson(const QJsonObject &json, int status);
};

} // namespace zs
