#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace zs {

/// Everything the board's PDF is made of: the report, the invitation counts for the response
/// rates, the language, and the day it is made (for the cover and the next release).
struct ReportDocument
{
    Report report;
    QList<InvitationCounts> invitations;
    QString language = QStringLiteral("nl");
    QDate today;
};

/// The employer's report as an A4 PDF for the board (issue 10): a cover with the organisation
/// and the survey, the releases with respondents and response rates, every figure of the page
/// as a bar chart beside the region's benchmark, the comments of each release, and the method
/// and privacy note. Real text throughout (searchable, copyable), drawn with QPainter on
/// QPdfWriter; needs a QGuiApplication (fonts), which the command line makes offscreen.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    /// Writes the PDF to path, replacing it atomically; false with *error (English) when it
    /// cannot be written.
    static bool write(const QString &path, const ReportDocument &document, QString *error);
    /// The kind of report in words ("Exit report"), for the cover and the file's title.
    static QString kindTitle(const QString &kind);
};

} // namespace zs
