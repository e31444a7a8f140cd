#pragma once

#include <QString>

namespace zs {

/// The person's coarse profile: only values that become strata (DESIGN §5 rule 2).
struct Profile
{
    QString region;
    QString branch;
    QString occupation;
    QString ageBand;
    QString tenureBand;
    QString employer; ///< optional: a participating employer's id

    /// Empty when every value is a known reference id; otherwise the first bad field.
    QString invalidField() const;
    bool isComplete() const { return invalidField().isEmpty(); }
    bool operator==(const Profile &) const = default;
};

} // namespace zs
