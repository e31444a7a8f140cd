#include "invitationcommands.h"

#include "clisupport.h"
#include "collectorstore.h"
#include "invitationsheet.h"
#include "wirelimits.h"

#include <QDate>
#include <QTextStream>
#include <QUrl>

namespace zs::cli {

namespace {

constexpr int kDefaultExpiryDays = 90;
constexpr int kMaxExpiryDays = 366;

QCommandLineOption employerOption()
{
    return { QStringLiteral("employer"), QStringLiteral("The employer's id (required)."),
        QStringLiteral("id") };
}

/// Opens an existing store and checks the employer; a value is the exit code to end with.
std::optional<int> openFor(const QCommandLineParser &p, std::unique_ptr<CollectorStore> *store,
    std::optional<Employer> *employer)
{
    int exitCode = kExitOk;
    const auto location = storeLocation(p, StoreMustExist::Yes, &exitCode);
    if (!location)
        return exitCode;
    *store = std::make_unique<CollectorStore>(*location);
    if (!(*store)->isOpen())
        return fail(kExitFailed, (*store)->errorString());
    const QString id = p.value(QStringLiteral("employer"));
    *employer = (*store)->employer(id);
    if (!*employer)
        return fail(kExitNotFound, QStringLiteral("no employer '%1'").arg(id));
    return std::nullopt;
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("invitations")
        && arguments.value(2) == QLatin1String("create")
        && std::any_of(arguments.begin(), arguments.end(), [](const QString &a) {
               return a == QLatin1String("--sheet") || a.startsWith(QLatin1String("--sheet="));
           });
}

int invitationsCreate(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(storeOptions());
    p.addOptions({ employerOption(),
        { QStringLiteral("survey"), QStringLiteral("exit (for leavers) or retention (required)."),
            QStringLiteral("kind") },
        { QStringLiteral("count"),
            QStringLiteral("How many codes, 1 to %1 (required).")
                .arg(protocol::limits::kMaxInvitationBatch),
            QStringLiteral("n") },
        { QStringLiteral("expires"),
            QStringLiteral("Last day a code can be redeemed (default: %1 days from today).")
                .arg(kDefaultExpiryDays),
            QStringLiteral("YYYY-MM-DD") },
        { QStringLiteral("sheet"),
            QStringLiteral("Also write a printable PDF: one card per code with its QR code."),
            QStringLiteral("file.pdf") },
        { QStringLiteral("collector"),
            QStringLiteral("The collector address the app should use, put in the QR links "
                           "(default: none, the app uses its own)."),
            QStringLiteral("url") } });
    if (const auto done = prepare(p, args, QStringLiteral("invitations create")))
        return *done;
    if (const auto done = requireOptions(
            p, { QStringLiteral("employer"), QStringLiteral("survey"), QStringLiteral("count") }))
        return *done;
    const QString survey = p.value(QStringLiteral("survey"));
    if (survey != QLatin1String("exit") && survey != QLatin1String("retention"))
        return usage(QStringLiteral("--survey must be exit or retention"));
    bool ok = false;
    const int count = p.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > protocol::limits::kMaxInvitationBatch)
        return usage(QStringLiteral("--count must be a whole number from 1 to %1")
                         .arg(protocol::limits::kMaxInvitationBatch));
    const QDate today = QDate::currentDate();
    QDate expires = today.addDays(kDefaultExpiryDays);
    if (p.isSet(QStringLiteral("expires"))) {
        expires = QDate::fromString(p.value(QStringLiteral("expires")), Qt::ISODate);
        if (!expires.isValid() || expires < today || expires > today.addDays(kMaxExpiryDays))
            return usage(QStringLiteral("--expires must be a day YYYY-MM-DD from today to %1 days "
                                        "ahead")
                             .arg(kMaxExpiryDays));
    }
    const QUrl collector(p.value(QStringLiteral("collector")), QUrl::StrictMode);
    if (p.isSet(QStringLiteral("collector"))
        && (!collector.isValid()
            || (collector.scheme() != QLatin1String("https")
                && collector.scheme() != QLatin1String("http"))
            || collector.host().isEmpty()))
        return usage(QStringLiteral("--collector must be an http(s) address"));

    std::unique_ptr<CollectorStore> store;
    std::optional<Employer> employer;
    if (const auto done = openFor(p, &store, &employer))
        return *done;
    const auto codes = store->credentials().createInvitations(employer->id, survey, count, expires);
    if (!codes)
        return fail(kExitFailed,
            QStringLiteral("could not make the invitations: %1").arg(store->errorString()));
    if (p.isSet(QStringLiteral("sheet"))) {
        QList<InvitationCard> cards;
        for (const QString &code : *codes)
            cards.append({ code, invitationLink(code, collector) });
        QString error;
        // The codes are stored already; if the sheet fails they still print below, so none is
        // lost, and the message says so.
        if (!writeInvitationSheet(p.value(QStringLiteral("sheet")),
                { employer->name, expires, survey }, cards, &error)) {
            QTextStream(stderr) << "could not write the sheet: " << error
                                << "; the codes are made and printed below\n";
            QTextStream out(stdout);
            for (const QString &code : *codes)
                out << code << '\n';
            return kExitFailed;
        }
    }
    QTextStream(stderr) << codes->size() << " invitation(s) for " << employer->name << " ("
                        << survey << "), valid to " << expires.toString(Qt::ISODate)
                        << "; only their hashes are stored, so keep this list\n";
    QTextStream out(stdout);
    for (const QString &code : *codes)
        out << code << '\n';
    return kExitOk;
}

int invitationsList(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(storeOptions());
    p.addOptions({ employerOption() });
    if (const auto done = prepare(p, args, QStringLiteral("invitations list")))
        return *done;
    if (const auto done = requireOptions(p, { QStringLiteral("employer") }))
        return *done;
    std::unique_ptr<CollectorStore> store;
    std::optional<Employer> employer;
    if (const auto done = openFor(p, &store, &employer))
        return *done;
    const auto months = store->credentials().invitationMonths(employer->id, QDate::currentDate());
    if (!months)
        return fail(kExitFailed, store->errorString());
    QTextStream out(stdout);
    out << "month\tsurvey\tissued\tredeemed\texpired\n";
    for (const InvitationMonth &m : *months)
        out << m.month << '\t' << m.survey << '\t' << m.issued << '\t' << m.redeemed << '\t'
            << m.expired << '\n';
    return kExitOk;
}

} // namespace zs::cli
