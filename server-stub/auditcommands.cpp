#include "auditcommands.h"

#include "auditlog.h"
#include "clisupport.h"
#include "collectorstore.h"
#include "referencedata.h"

#include <QTextStream>

namespace zs::cli {

int auditList(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(storeOptions());
    p.addOption({ QStringLiteral("region"),
        QStringLiteral("Only this region's entries, e.g. utrecht."), QStringLiteral("region") });
    if (const auto done = prepare(p, args, QStringLiteral("audit")))
        return *done;
    int exitCode = kExitOk;
    const auto location = storeLocation(p, StoreMustExist::Yes, &exitCode);
    if (!location)
        return exitCode;
    const QString region = p.value(QStringLiteral("region"));
    if (p.isSet(QStringLiteral("region"))
        && !ReferenceData::contains(ReferenceData::instance().regions, region))
        return usage(QStringLiteral("unknown region '%1'").arg(region));
    CollectorStore store(*location);
    if (!store.isOpen())
        return fail(kExitFailed, store.errorString());
    const auto entries = store.audit().entries(region);
    if (!entries)
        return fail(kExitFailed,
            QStringLiteral("could not read the audit log: %1").arg(store.errorString()));
    QTextStream out(stdout);
    out << "day\tregion\tactor\taction\tsubject\tcount\n";
    for (const AuditEntry &e : *entries)
        out << e.day << '\t' << e.region << '\t' << e.actorKind << ' ' << e.actor << '\t'
            << e.action << '\t' << e.subject << '\t'
            << (e.count ? QString::number(*e.count) : QString()) << '\n';
    return kExitOk;
}

} // namespace zs::cli
