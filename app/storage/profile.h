#pragma once

#include <QObject>
#include <QString>

namespace zs {

/// The person's coarse profile: only values that become strata (DESIGN §5 rule 2). It holds no
/// employer: a response counts for an employer only through that employer's invitation (§5a).
struct Profile
{
    Q_GADGET
    Q_PROPERTY(QString region MEMBER region)
    Q_PROPERTY(QString branch MEMBER branch)
    Q_PROPERTY(QString occupation MEMBER occupation)
    Q_PROPERTY(QString ageBand MEMBER ageBand)
    Q_PROPERTY(QString tenureBand MEMBER tenureBand)
    Q_PROPERTY(bool complete READ isComplete)

public:
    QString region;
    QString branch;
    QString occupation;
    QString ageBand;
    QString tenureBand;

    /// Empty when every value is a known reference id; otherwise the first bad field.
    QString invalidField() const;
    bool isComplete() const { return invalidField().isEmpty(); }
    bool operator==(const Profile &) const = default;
};

} // namespace zs
