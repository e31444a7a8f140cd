#include "reportcommand.h"

#include "appcontext.h"
#include "collectorclient.h"
#include "reportexport.h"
#include "sessioninfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTranslator>

namespace zs {

namespace {

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "zorgstem report: " << message << "\n";
    return code;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Writes an employer's exit or stay report as the Organisation page's export does: a PDF "
        "for the board, or the collector's CSV. Needs no display.\n"
        "Exit codes: 0 written, 1 the collector failed, 2 bad usage, 3 the token was refused, "
        "4 the collector cannot be reached, 5 the file cannot be written."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), QStringLiteral("The command."));
    parser.addOptions({
        { QStringLiteral("collector"), QStringLiteral("The collector's base URL (https://…)."),
            QStringLiteral("url") },
        { QStringLiteral("token"),
            QStringLiteral("The employer's token (or set ZORGSTEM_TOKEN, which keeps it out of "
                           "the process list)."),
            QStringLiteral("token") },
        { QStringLiteral("kind"), QStringLiteral("exit or retention."), QStringLiteral("kind") },
        { QStringLiteral("out"), QStringLiteral("The file to write: FILE.pdf or FILE.csv."),
            QStringLiteral("file") },
        { QStringLiteral("lang"), QStringLiteral("Language of the PDF: nl (default) or en."),
            QStringLiteral("lang") },
        { QStringLiteral("ca-file"),
            QStringLiteral("Also trust the CA certificates in this PEM file (private CA)."),
            QStringLiteral("file") },
    });
}

/// Runs one request and waits for its reply.
CollectorReply wait(CollectorClient &client, const QString &token, const QByteArray &method,
    const QString &path, const QJsonObject &body, const QByteArray &accept)
{
    CollectorReply result;
    QEventLoop loop;
    client.send(method, path, body, {}, token, accept, [&](const CollectorReply &reply) {
        result = reply;
        loop.quit();
    });
    loop.exec();
    return result;
}

int exitCodeOf(const ReportExport::Result &r)
{
    switch (r.failure) {
    case ReportExport::Failure::None:
        return ReportCommand::Written;
    case ReportExport::Failure::Refused:
        return ReportCommand::Refused;
    case ReportExport::Failure::Unreachable:
        return ReportCommand::Unreachable;
    case ReportExport::Failure::Collector:
        return ReportCommand::CollectorFailed;
    case ReportExport::Failure::Write:
        return ReportCommand::Unwritable;
    }
    return ReportCommand::CollectorFailed;
}

QString describe(const ReportExport::Result &r, const QUrl &collector)
{
    switch (r.failure) {
    case ReportExport::Failure::None:
        return {};
    case ReportExport::Failure::Refused:
        return QStringLiteral("the collector refused the token (HTTP %1: %2); ask its operator for "
                              "a new one")
            .arg(r.status)
            .arg(r.detail);
    case ReportExport::Failure::Unreachable:
        return QStringLiteral("cannot reach the collector at %1: %2")
            .arg(collector.toDisplayString(), r.detail);
    case ReportExport::Failure::Collector:
        return QStringLiteral("the collector could not give the report (HTTP %1: %2)")
            .arg(r.status)
            .arg(r.detail);
    case ReportExport::Failure::Write:
        return r.detail;
    }
    return r.detail;
}

} // namespace

bool ReportCommand::matches(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("report");
}

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Written;
    }
    const QUrl collector = QUrl::fromUserInput(parser.value(QStringLiteral("collector")));
    QString token = parser.value(QStringLiteral("token"));
    if (token.isEmpty())
        token = qEnvironmentVariable("ZORGSTEM_TOKEN");
    const QString kind = parser.value(QStringLiteral("kind"));
    const QString out = parser.value(QStringLiteral("out"));
    const QString lang = parser.value(QStringLiteral("lang")).isEmpty()
        ? QStringLiteral("nl")
        : parser.value(QStringLiteral("lang"));
    if (!parser.isSet(QStringLiteral("collector")) || collector.host().isEmpty()
        || (collector.scheme() != QLatin1String("https")
            && collector.scheme() != QLatin1String("http")))
        return fail(Usage, QStringLiteral("--collector must be the collector's http(s) address"));
    if (token.trimmed().isEmpty())
        return fail(
            Usage, QStringLiteral("give the employer's token with --token or ZORGSTEM_TOKEN"));
    if (kind != QLatin1String("exit") && kind != QLatin1String("retention"))
        return fail(Usage, QStringLiteral("--kind must be exit or retention, not '%1'").arg(kind));
    if (out.isEmpty() || !ReportExport::formatOf(out))
        return fail(Usage, QStringLiteral("--out must name a .pdf or .csv file"));
    if (lang != QLatin1String("nl") && lang != QLatin1String("en"))
        return fail(Usage, QStringLiteral("--lang must be nl or en"));
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString problem = AppContext::trustCaFile(parser.value(QStringLiteral("ca-file")));
        if (!problem.isEmpty())
            return fail(Usage, QStringLiteral("--ca-file: ") + problem);
    }

    // The PDF's words: Dutch from the nl catalogue, English plural forms from the en one.
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/zorgstem_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&translator);

    QNetworkAccessManager network;
    CollectorClient client(&network);
    client.setCollector(collector);
    token = token.trimmed();

    // Whose token is it? The report's path names the employer.
    const CollectorReply who
        = wait(client, token, "GET", QStringLiteral("/v1/session"), {}, "application/json");
    if (who.status != 200) {
        const auto r = ReportExport::failureOf(who);
        return fail(exitCodeOf(r), describe(r, collector));
    }
    ProtocolError error;
    const auto info = SessionInfo::fromJson(who.json(), &error);
    if (!info || info->validate())
        return fail(CollectorFailed,
            QStringLiteral("%1 does not answer like a Zorgstem collector (GET /v1/session)")
                .arg(collector.toDisplayString()));
    if (!info->isEmployer())
        return fail(Refused,
            QStringLiteral("this is a coordinator's token (region %1); the report command is for "
                           "an employer's token")
                .arg(info->region));

    ReportExport::Result result;
    QEventLoop loop;
    const ReportSender send
        = [&client, token](const QByteArray &method, const QString &path, const QJsonObject &body,
              const QByteArray &accept, const std::function<void(const CollectorReply &)> &done) {
              client.send(method, path, body, {}, token, accept, done);
          };
    ReportExport::run(send, { kind, info->employer, out, lang, QDate::currentDate() },
        [&](const ReportExport::Result &r) {
            result = r;
            loop.quit();
        });
    loop.exec();
    if (!result.ok())
        return fail(exitCodeOf(result), describe(result, collector));
    QTextStream(stderr) << "zorgstem report: wrote " << out << " (" << info->name << ", " << kind
                        << ")\n";
    return Written;
}

} // namespace zs
