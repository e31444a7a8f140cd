#include "profile.h"

#include "referencedata.h"

#include <QRegularExpression>

namespace zs {

QString Profile::invalidField() const
{
    const ReferenceData &ref = ReferenceData::instance();
    if (!ReferenceData::contains(ref.regions, region))
        return QStringLiteral("region");
    if (!ReferenceData::contains(ref.branches, branch))
        return QStringLiteral("branch");
    if (!ReferenceData::contains(ref.occupations, occupation))
        return QStringLiteral("occupation");
    if (!ReferenceData::contains(ref.ageBands, ageBand))
        return QStringLiteral("ageBand");
    if (!ReferenceData::contains(ref.tenureBands, tenureBand))
        return QStringLiteral("tenureBand");
    static const QRegularExpression employerId(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    if (!employer.isEmpty() && !employerId.match(employer).hasMatch())
        return QStringLiteral("employer");
    return {};
}

} // namespace zs
