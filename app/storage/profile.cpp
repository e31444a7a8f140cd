#include "profile.h"

#include "referencedata.h"

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
    return {};
}

} // namespace zs
