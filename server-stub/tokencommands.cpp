#include "tokencommands.h"

#include "clisupport.h"
#include "collectorstore.h"
#include "referencedata.h"
#include "regionalstore.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace zs::cli {

namespace {

QCommandLineOption regionOption()
{
    return { QStringLiteral("region"), QStringLiteral("Region id, e.g. utrecht (required)."),
        QStringLiteral("region") };
}

QCommandLineOption employerIdOption()
{
    return { QStringLiteral("id"),
        QStringLiteral("Employer id: lower-case letters, digits, - or _ (required)."),
        QStringLiteral("id") };
}

QCommandLineOption coordinatorIdOption()
{
    return { QStringLiteral("id"),
        QStringLiteral("Coordinator id, as 'coordinator list' shows it (required)."),
        QStringLiteral("n") };
}

/// Parses and checks the common options and finds the store (*location); a value is the exit
/// code to end with.
std::optional<int> parse(QCommandLineParser &p, const QStringList &args, const QString &name,
    const QStringList &required, DatabaseLocation *location)
{
    if (const auto done = prepare(p, args, name))
        return done;
    if (const auto done = requireOptions(p, required))
        return done;
    int exitCode = kExitOk;
    const auto found = storeLocation(p, StoreMustExist::No, &exitCode);
    if (!found)
        return exitCode;
    *location = *found;
    return std::nullopt;
}

/// Only add creates a database: list, rotate and revoke on a mistyped path must not.
std::optional<int> requireExistingFile(const DatabaseLocation &location)
{
    if (!location.isPostgres() && !QFileInfo(location.path).isFile())
        return usage(QStringLiteral("no database file %1").arg(location.path));
    return std::nullopt;
}

std::optional<int> requireKnownRegion(const QString &region)
{
    if (!ReferenceData::contains(ReferenceData::instance().regions, region))
        return usage(QStringLiteral("unknown region '%1'").arg(region));
    return std::nullopt;
}

/// The token alone on stdout (scripts read it), the message on stderr.
int printToken(const QString &token, const QString &message)
{
    QTextStream(stderr) << message << "\n";
    QTextStream(stdout) << token << "\n";
    return kExitOk;
}

/// The coordinator id of --id: a positive whole number.
std::optional<qint64> coordinatorId(const QCommandLineParser &p)
{
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<CoordinatorAccount> findCoordinator(RegionalStore &regional, qint64 id)
{
    for (const CoordinatorAccount &c : regional.coordinators()) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

} // namespace

int employerAdd(const QStringList &args)
{
    QCommandLineParser p;
    DatabaseLocation location;
    p.addOptions(storeOptions());
    p.addOptions({ regionOption(), employerIdOption(),
        { QStringLiteral("name"), QStringLiteral("Employer name, shown in reports (required)."),
            QStringLiteral("name") } });
    if (const auto done = parse(p, args, QStringLiteral("employer add"),
            { QStringLiteral("region"), QStringLiteral("id"), QStringLiteral("name") }, &location))
        return *done;
    const QString region = p.value(QStringLiteral("region"));
    if (const auto done = requireKnownRegion(region))
        return *done;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    const QString id = p.value(QStringLiteral("id"));
    if (!idPattern.match(id).hasMatch())
        return usage(QStringLiteral("--id must be lower-case letters, digits, - or _"));
    CollectorStore store(location);
    if (!store.isOpen())
        return fail(kExitFailed, store.errorString());
    if (const auto existing = store.employer(id))
        return fail(kExitExists,
            QStringLiteral("employer '%1' already exists (region %2); nothing changed. "
                           "'employer rotate-token --id %1' gives it a new token")
                .arg(id, existing->region));
    QString error;
    const auto token = store.addEmployer(
        Employer { id, region, p.value(QStringLiteral("name")).left(200) }, &error);
    if (!token)
        return fail(kExitFailed, QStringLiteral("could not add employer '%1': %2").arg(id, error));
    QTextStream(stdout) << *token << "\n";
    return kExitOk;
}

int employerList(const QStringList &args)
{
    QCommandLineParser p;
    DatabaseLocation location;
    p.addOptions(storeOptions());
    if (const auto done = parse(p, args, QStringLiteral("employer list"), {}, &location))
        return *done;
    if (const auto done = requireExistingFile(location))
        return *done;
    CollectorStore store(location);
    if (!store.isOpen())
        return fail(kExitFailed, store.errorString());
    QTextStream out(stdout);
    out << "id\tregion\tname\ttoken\n";
    for (const EmployerAccount &a : store.allEmployers())
        out << a.employer.id << '\t' << a.employer.region << '\t' << a.employer.name << '\t'
            << (a.active ? "active" : "revoked") << '\n';
    return kExitOk;
}

namespace {

/// rotate-token and revoke for an employer: the same checks, then change(store, id).
int changeEmployer(const QStringList &args, const QString &name,
    const std::function<int(CollectorStore &, const QString &)> &change)
{
    QCommandLineParser p;
    DatabaseLocation location;
    p.addOptions(storeOptions());
    p.addOptions({ employerIdOption() });
    if (const auto done = parse(p, args, name, { QStringLiteral("id") }, &location))
        return *done;
    if (const auto done = requireExistingFile(location))
        return *done;
    CollectorStore store(location);
    if (!store.isOpen())
        return fail(kExitFailed, store.errorString());
    const QString id = p.value(QStringLiteral("id"));
    if (!store.employer(id))
        return fail(kExitNotFound, QStringLiteral("no employer '%1'").arg(id));
    return change(store, id);
}

} // namespace

int employerRotate(const QStringList &args)
{
    return changeEmployer(args, QStringLiteral("employer rotate-token"),
        [](CollectorStore &store, const QString &id) {
            const auto token = store.rotateEmployerToken(id);
            if (!token)
                return fail(kExitFailed,
                    QStringLiteral("could not rotate the token: %1").arg(store.errorString()));
            return printToken(*token,
                QStringLiteral("new token for employer '%1'; the old one no longer works").arg(id));
        });
}

int employerRevoke(const QStringList &args)
{
    return changeEmployer(
        args, QStringLiteral("employer revoke"), [](CollectorStore &store, const QString &id) {
            if (!store.revokeEmployer(id))
                return fail(kExitFailed,
                    QStringLiteral("could not revoke the token: %1").arg(store.errorString()));
            QTextStream(stderr) << "the token of employer '" << id << "' is revoked\n";
            return kExitOk;
        });
}

int coordinatorAdd(const QStringList &args)
{
    QCommandLineParser p;
    DatabaseLocation location;
    p.addOptions(storeOptions());
    p.addOptions({ regionOption() });
    if (const auto done = parse(
            p, args, QStringLiteral("coordinator add"), { QStringLiteral("region") }, &location))
        return *done;
    const QString region = p.value(QStringLiteral("region"));
    if (const auto done = requireKnownRegion(region))
        return *done;
    CollectorStore store(location);
    if (!store.isOpen())
        return fail(kExitFailed, store.errorString());
    RegionalStore regional(store.database());
    qint64 id = 0;
    const auto token = regional.addCoordinator(region, &id);
    if (!token)
        return fail(kExitFailed,
            QStringLiteral("could not add the coordinator: %1").arg(regional.errorString()));
    return printToken(*token, QStringLiteral("coordinator %1 for region %2").arg(id).arg(region));
}

int coordinatorList(const QStringList &args)
{
    QCommandLineParser p;
    DatabaseLocation location;
    p.addOptions(storeOptions());
    if (const auto done = parse(p, args, QStringLiteral("coordinator list"), {}, &location))
        return *done;
    if (const auto done = requireExistingFile(location))
        return *done;
    CollectorStore store(location);
    if (!store.isOpen())
        return fail(kExitFailed, store.errorString());
    RegionalStore regional(store.database());
    QTextStream out(stdout);
    out << "id\tregion\ttoken\n";
    for (const CoordinatorAccount &c : regional.coordinators())
        out << c.id << '\t' << c.region << '\t' << (c.active ? "active" : "revoked") << '\n';
    return kExitOk;
}

namespace {

/// rotate-token and revoke for a coordinator: the same checks, then change(regional, id).
int changeCoordinator(const QStringList &args, const QString &name,
    const std::function<int(RegionalStore &, qint64)> &change)
{
    QCommandLineParser p;
    DatabaseLocation location;
    p.addOptions(storeOptions());
    p.addOptions({ coordinatorIdOption() });
    if (const auto done = parse(p, args, name, { QStringLiteral("id") }, &location))
        return *done;
    const auto id = coordinatorId(p);
    if (!id)
        return usage(QStringLiteral("--id must be a coordinator id (a positive whole number)"));
    if (const auto done = requireExistingFile(location))
        return *done;
    CollectorStore store(location);
    if (!store.isOpen())
        return fail(kExitFailed, store.errorString());
    RegionalStore regional(store.database());
    if (!findCoordinator(regional, *id))
        return fail(kExitNotFound, QStringLiteral("no coordinator %1").arg(*id));
    return change(regional, *id);
}

} // namespace

int coordinatorRotate(const QStringList &args)
{
    return changeCoordinator(
        args, QStringLiteral("coordinator rotate-token"), [](RegionalStore &regional, qint64 id) {
            const auto token = regional.rotateCoordinatorToken(id);
            if (!token)
                return fail(kExitFailed,
                    QStringLiteral("could not rotate the token: %1").arg(regional.errorString()));
            return printToken(*token,
                QStringLiteral("new token for coordinator %1; the old one no longer works")
                    .arg(id));
        });
}

int coordinatorRevoke(const QStringList &args)
{
    return changeCoordinator(
        args, QStringLiteral("coordinator revoke"), [](RegionalStore &regional, qint64 id) {
            if (!regional.revokeCoordinator(id))
                return fail(kExitFailed,
                    QStringLiteral("could not revoke the token: %1").arg(regional.errorString()));
            QTextStream(stderr) << "the token of coordinator " << id << " is revoked\n";
            return kExitOk;
        });
}

} // namespace zs::cli
