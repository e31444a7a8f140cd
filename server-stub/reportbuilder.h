#pragma once

#include "collectorstore.h"
#include "surveydefinition.h"
#include "wirelimits.h"

#include <QJsonObject>

namespace zs {

/// Builds the aggregated report of one survey for one employer, with its region as the
/// benchmark, applying the small-cell rules (DESIGN §5 rules 5 and 6).
class ReportBuilder
{
public:
    ReportBuilder(const SurveyDefinition &definition, int k);

    /// own: the employer's counts; region: the whole region's counts (the employer included).
    QJsonObject build(
        const Employer &employer, const ReportCounts &own, const ReportCounts &region) const;
    /// Which free texts a text question shows per scope: at most limit, from the from-th on.
    void setTextPage(int from, int limit)
    {
        m_textFrom = std::max(0, from);
        m_textLimit = std::max(1, limit);
    }
    /// The same report as CSV: one row per figure, "suppressed" where a figure is hidden.
    static QByteArray toCsv(const QJsonObject &report);
    /// A text cell made safe for a spreadsheet: "=…", "+…", "-…", "@…", tab or CR get a quote.
    static QString csvSafe(const QString &cell);

private:
    QJsonObject question(
        const Question &q, const ReportCounts &own, const ReportCounts &region) const;
    QJsonObject scope(const Question &q, const ReportCounts &counts, const ReportCounts *own) const;

    SurveyDefinition m_definition;
    int m_k;
    int m_textFrom = 0;
    int m_textLimit = protocol::limits::kReportTextsDefault;
};

} // namespace zs
