#pragma once

#include "collectorclient.h"
#include "report.h"

#include <QDate>
#include <QString>
#include <functional>
#include <optional>

namespace zs {

/// Sends one request with a token to a collector (the app's session, or the command line's
/// client): method, path, JSON body, Accept, and the callback for the reply.
using ReportSender
    = std::function<void(const QByteArray &method, const QString &path, const QJsonObject &body,
        const QByteArray &accept, const std::function<void(const CollectorReply &)> &done)>;

/// The paths of an employer's report resources (docs/protocol.md).
QString reportPath(const QString &kind, const QString &employer);
QString invitationsPath(const QString &employer);

/// An employer's report and its invitation counts, fetched together (the page and the PDF need
/// both): one callback with both, or the first refusal.
struct ReportFetch
{
    std::optional<Report> report;
    QList<InvitationCounts> invitations;
    CollectorReply failure; ///< the reply that failed (status 502: an answer not understood)
    bool ok() const { return report.has_value(); }
};
void fetchReport(const ReportSender &send, const QString &kind, const QString &employer,
    const std::function<void(const ReportFetch &)> &done);

/// The export of the Organisation page and of `zorgstem report`: one code path, so the button
/// and the command line write exactly the same (issue 10). A .csv is the collector's own CSV
/// (Accept: text/csv: a byte-order mark, a sep= line, one row per release and figure) written
/// as it came; a .pdf is ReportPdf of the report and the invitation counts.
class ReportExport
{
public:
    enum class Format { Pdf, Csv };
    /// Why an export did not work; the caller words it (the app translated, the CLI English).
    enum class Failure {
        None,
        Refused, ///< 401/403: the token is not (or no longer) valid for this report
        Unreachable, ///< no answer from the collector
        Collector, ///< the collector answered with another error (5xx, 404, a broken report)
        Write, ///< the file cannot be written
    };
    struct Request
    {
        QString kind; ///< exit | retention
        QString employer;
        QString path;
        QString language = QStringLiteral("nl");
        QDate today;
    };
    struct Result
    {
        Failure failure = Failure::None;
        int status = 0; ///< the collector's status when it refused
        QString detail; ///< the collector's message or the file error, in English
        bool ok() const { return failure == Failure::None; }
    };

    /// The format a file name asks for (by its extension, case-insensitive); nullopt for others.
    static std::optional<Format> formatOf(const QString &path);
    /// Fetches what the format needs and writes the file; done runs once.
    static void run(const ReportSender &send, const Request &request,
        const std::function<void(const Result &)> &done);
    /// The failure of a reply that was not 200.
    static Result failureOf(const CollectorReply &reply);
};

} // namespace zs
