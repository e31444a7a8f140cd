#include "collectorcli.h"

#include "clisupport.h"
#include "collectorserver.h"
#include "collectorstore.h"
#include "memberstore.h"
#include "referencedata.h"
#include "suppression.h"
#include "tokencommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>

namespace zs {

using namespace cli;

namespace {

bool loadExtraSurveys(const QString &dir, SurveyCatalog *catalog, QString *error)
{
    const QDir d(dir);
    if (!d.exists()) {
        *error = QStringLiteral("surveys folder %1 does not exist").arg(dir);
        return false;
    }
    for (const QString &name : d.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(f.fileName());
            return false;
        }
        QString problem;
        const auto def = SurveyDefinition::parse(f.readAll(), &problem);
        if (!def || !catalog->add(*def, &problem)) {
            *error = QStringLiteral("%1: %2").arg(name, problem);
            return false;
        }
    }
    return true;
}

int serve(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({ { QStringLiteral("listen"),
                       QStringLiteral("HOST:PORT to listen on (port 0: any free port)"),
                       QStringLiteral("address") },
        { QStringLiteral("db"), QStringLiteral("SQLite file"), QStringLiteral("file") },
        { QStringLiteral("k"),
            QStringLiteral("smallest group a report shows (default 10, at least 5)"),
            QStringLiteral("n") },
        { QStringLiteral("surveys"), QStringLiteral("extra survey definitions"),
            QStringLiteral("dir") },
        { QStringLiteral("members-db"),
            QStringLiteral("SQLite file for panel membership (default: the --db file + .members)"),
            QStringLiteral("file") } });
    if (const auto done = prepare(p, args, QStringLiteral("serve")))
        return *done;
    if (!p.isSet(QStringLiteral("db")))
        return usage(QStringLiteral("--db is required"));
    const QString listen = p.value(QStringLiteral("listen")).isEmpty()
        ? QStringLiteral("127.0.0.1:8080")
        : p.value(QStringLiteral("listen"));
    static const QRegularExpression hostPort(QStringLiteral("^(.+):(\\d{1,5})$"));
    const auto match = hostPort.match(listen);
    const QHostAddress address(match.captured(1));
    const int port = match.captured(2).toInt();
    if (!match.hasMatch() || address.isNull() || port > 65535)
        return usage(
            QStringLiteral("--listen must be HOST:PORT with a numeric host, e.g. 127.0.0.1:8080"));
    int k = suppression::kDefaultK;
    if (p.isSet(QStringLiteral("k"))) {
        bool ok = false;
        k = p.value(QStringLiteral("k")).toInt(&ok);
        if (!ok || k < suppression::kMinimumK)
            return usage(QStringLiteral("--k must be a whole number of at least %1")
                             .arg(suppression::kMinimumK));
    }
    SurveyCatalog catalog = SurveyCatalog::builtIn();
    QString error;
    if (p.isSet(QStringLiteral("surveys"))
        && !loadExtraSurveys(p.value(QStringLiteral("surveys")), &catalog, &error))
        return usage(error);
    CollectorStore store(p.value(QStringLiteral("db")));
    if (!store.isOpen())
        return usage(store.errorString());
    // Panel membership is identified data: it lives in its own file (DESIGN §5 rule 7).
    const QString membersPath = p.isSet(QStringLiteral("members-db"))
        ? p.value(QStringLiteral("members-db"))
        : p.value(QStringLiteral("db")) + QStringLiteral(".members");
    MemberStore members(membersPath);
    if (!members.isOpen())
        return usage(members.errorString());
    CollectorServer server(store, members, catalog, k);
    if (!server.load(&error))
        return usage(error);
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0)
        return usage(QStringLiteral("cannot listen on %1").arg(listen));
    // Tests and scripts read this line to learn the port.
    std::printf("zorgstem-collector listening on http://%s:%u (k=%d)\n",
        qPrintable(address.toString()), unsigned(bound), k);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

/// Prints the help of one command, as `COMMAND --help` would.
void printHelp(const cli::Command &command)
{
    command.run({ QStringLiteral("zorgstem-collector"), QStringLiteral("--help") });
}

/// `--help`, `help` and `help COMMAND` (or a group such as `help employer`).
int help(const QStringList &words)
{
    const QString wanted = words.join(QLatin1Char(' '));
    QTextStream out(stdout);
    if (wanted.isEmpty()) {
        out << "zorgstem-collector: the Zorgstem collector (API v1) and its operator commands\n\n"
               "usage: zorgstem-collector COMMAND [options]\n"
               "       zorgstem-collector help COMMAND\n\ncommands:\n";
        for (const cli::Command &c : cli::commands())
            out << "  " << c.name.leftJustified(26) << c.summary << "\n";
        out << "\nexit codes: 0 done, 1 the store failed, 2 bad usage, 3 already exists, "
               "4 not found\n";
    }
    bool found = false;
    for (const cli::Command &c : cli::commands()) {
        if (wanted.isEmpty() || c.name == wanted || c.name.startsWith(wanted + QLatin1Char(' '))) {
            if (wanted.isEmpty() || found)
                out << "\n"; // a blank line between commands
            out.flush();
            printHelp(c);
            found = true;
        }
    }
    if (!found)
        return usage(QStringLiteral("no command '%1'").arg(wanted));
    return cli::kExitOk;
}

} // namespace

namespace cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        { QStringLiteral("serve"), QStringLiteral("Serve API v1 over HTTP."), serve },
        { QStringLiteral("employer add"),
            QStringLiteral("Register a participating employer; prints its report token."),
            employerAdd },
        { QStringLiteral("employer list"),
            QStringLiteral("List employers and whether their token is active (never a token)."),
            employerList },
        { QStringLiteral("employer rotate-token"),
            QStringLiteral("Print a new token for an employer; the old one stops at once."),
            employerRotate },
        { QStringLiteral("employer revoke"),
            QStringLiteral(
                "Revoke an employer's token at once (submissions naming it still count)."),
            employerRevoke },
        { QStringLiteral("coordinator add"),
            QStringLiteral("Add a coordinator for a region; prints its token (its id on stderr)."),
            coordinatorAdd },
        { QStringLiteral("coordinator list"),
            QStringLiteral("List coordinators: id, region and whether the token is active."),
            coordinatorList },
        { QStringLiteral("coordinator rotate-token"),
            QStringLiteral("Print a new token for a coordinator; the old one stops at once."),
            coordinatorRotate },
        { QStringLiteral("coordinator revoke"),
            QStringLiteral("Revoke a coordinator's token at once."), coordinatorRevoke },
    };
    return list;
}

} // namespace cli

int runCollectorCli(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    const QString first = args.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h"))
        return help({});
    if (first == QLatin1String("help"))
        return help(args.mid(1));
    // The longest command name that the words start with: "employer add" before "employer".
    for (const int words : { 2, 1 }) {
        const QString name = args.mid(0, words).join(QLatin1Char(' '));
        for (const cli::Command &c : cli::commands()) {
            if (args.size() >= words && c.name == name)
                return c.run(QStringList { arguments.value(0) } + args.mid(words));
        }
    }
    return usage(args.isEmpty()
            ? QStringLiteral("no command given")
            : QStringLiteral("unknown command '%1'").arg(args.mid(0, 2).join(QLatin1Char(' '))));
}

} // namespace zs
