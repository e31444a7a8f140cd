#pragma once

#include "protocolerror.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace zs {

/// The small anonymous body of a reaction ({"kind", "key"}, POST /v1/actions/{id}/reactions)
/// or a support ({"key"}, POST /v1/ideas/{id}/support). The key is random per device and
/// target, so a second reaction counts once and nothing links it to a person.
///
/// Errors (field: wire code / reason):
///  - fromJson: malformed/wrong_type when not an object; <key> unknown_field; key invalid /
///    missing|wrong_type; kind invalid / wrong_type.
///  - validate: kind unknown_field / unknown_field (a support has no kind); key invalid /
///    invalid (limits::kKeyPattern); kind invalid / missing|unknown_value.
struct KeyedReaction
{
    std::optional<QString> kind; ///< a reaction's kind (limits::kReactionKinds); none for a support
    QString key; ///< 32 lower-case hex digits

    /// Reads the shape: "key" and, optionally, "kind"; nothing else.
    static std::optional<KeyedReaction> fromJson(const QJsonValue &json, ProtocolError *error);
    QJsonObject toJson() const;
    /// Checks the content; kinds: the allowed kinds, empty for a support (then no kind at all).
    std::optional<ProtocolError> validate(const QStringList &kinds) const;
    /// The kinds of a reaction to an action (limits::kReactionKinds).
    static QStringList reactionKinds();
};

} // namespace zs
