#pragma once

#include "credential.h"

#include <QString>

namespace zs {

/// A finalized credential kept on the device until its survey is sent (DESIGN §5a): the
/// one-time token and signature, and for whom the answers will count. The invitation code that
/// bought it is not kept (rule 9).
struct HeldCredential
{
    qint64 id = 0; ///< its row in the redemption queue
    QString employer;
    QString employerName; ///< as the collector lists it; empty when it could not be fetched
    QString region;
    QString survey; ///< the survey kind it is for: exit | retention
    Credential credential;
};

} // namespace zs
