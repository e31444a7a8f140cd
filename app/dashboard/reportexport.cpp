#include "reportexport.h"

#include "reportpdf.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <memory>

namespace zs {

QString reportPath(const QString &kind, const QString &employer)
{
    return QStringLiteral("/v1/reports/%1?employer=%2")
        .arg(kind, QString::fromUtf8(QUrl::toPercentEncoding(employer)));
}

QString invitationsPath(const QString &employer)
{
    return QStringLiteral("/v1/employers/%1/invitations")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(employer)));
}

void fetchReport(const ReportSender &send, const QString &kind, const QString &employer,
    const std::function<void(const ReportFetch &)> &done)
{
    send("GET", reportPath(kind, employer), {}, QByteArrayLiteral("application/json"),
        [send, employer, done](const CollectorReply &reply) {
            ReportFetch fetch;
            if (reply.status != 200) {
                fetch.failure = reply;
                done(fetch);
                return;
            }
            ProtocolError error;
            auto report = Report::fromJson(reply.json(), &error);
            if (!report) {
                fetch.failure = reply;
                fetch.failure.status = 502; // a collector's answer we cannot read
                fetch.failure.errorMessage = error.message;
                done(fetch);
                return;
            }
            send("GET", invitationsPath(employer), {}, QByteArrayLiteral("application/json"),
                [report = std::move(*report), done](const CollectorReply &counts) {
                    ReportFetch f;
                    ProtocolError e;
                    const auto list = counts.status == 200
                        ? InvitationCounts::listFromJson(counts.json(), &e)
                        : std::nullopt;
                    if (!list) {
                        f.failure = counts;
                        if (counts.status == 200) {
                            f.failure.status = 502;
                            f.failure.errorMessage = e.message;
                        }
                        done(f);
                        return;
                    }
                    f.report = report;
                    f.invitations = *list;
                    done(f);
                });
        });
}

std::optional<ReportExport::Format> ReportExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

ReportExport::Result ReportExport::failureOf(const CollectorReply &reply)
{
    Result r;
    r.status = reply.status;
    r.detail = reply.errorMessage;
    if (reply.status == 0)
        r.failure = Failure::Unreachable;
    else if (reply.status == 401 || reply.status == 403)
        r.failure = Failure::Refused;
    else
        r.failure = Failure::Collector;
    return r;
}

void ReportExport::run(const ReportSender &send, const Request &request,
    const std::function<void(const Result &)> &done)
{
    const auto format = formatOf(request.path);
    if (!format) {
        done({ Failure::Write, 0,
            QStringLiteral("%1: the file must end in .pdf or .csv").arg(request.path) });
        return;
    }
    if (*format == Format::Csv) {
        send("GET", reportPath(request.kind, request.employer), {}, QByteArrayLiteral("text/csv"),
            [request, done](const CollectorReply &reply) {
                if (reply.status != 200) {
                    done(failureOf(reply));
                    return;
                }
                QSaveFile file(request.path);
                if (!file.open(QIODevice::WriteOnly) || file.write(reply.body) != reply.body.size()
                    || !file.commit()) {
                    done({ Failure::Write, 0,
                        QStringLiteral("cannot write %1: %2")
                            .arg(request.path, file.errorString()) });
                    return;
                }
                done({});
            });
        return;
    }
    fetchReport(send, request.kind, request.employer, [request, done](const ReportFetch &fetch) {
        if (!fetch.ok()) {
            done(failureOf(fetch.failure));
            return;
        }
        ReportDocument document { *fetch.report, fetch.invitations, request.language,
            request.today.isValid() ? request.today : QDate::currentDate() };
        QString error;
        if (!ReportPdf::write(request.path, document, &error)) {
            done({ Failure::Write, 0, error });
            return;
        }
        done({});
    });
}

} // namespace zs
