#pragma once

#include "profile.h"
#include "surveydefinition.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

namespace zs {

/// Fills in a survey the way a person would (question by question, following showIf), with
/// plausible seeded random answers; used by the headless demo and the benchmarks.
class DemoRespondent
{
public:
    explicit DemoRespondent(quint32 seed);

    QJsonObject answer(const SurveyDefinition &definition);
    Profile profile(const QString &region);

private:
    int weighted(int count);
    QRandomGenerator m_random;
};

/// What the headless demo talks to: the collector and the sample employers in one region.
struct DemoOptions
{
    QUrl collector;
    QString region;
    QString employer;
    QString token; ///< the employer's API token, for its report
    QString otherEmployer; ///< empty: only one employer answers
    QString otherToken; ///< its token; empty: its people answer without invitations (openly)
    QString collectorDb; ///< the collector's file: the demo cuts releases on it; empty: no cut
    QString collectorBin; ///< the zorgstem-collector executable for the cut
};

/// Runs the headless end-to-end demo and prints what happens; returns the exit code.
int runDemo(const DemoOptions &options);

/// Renders a report JSON as readable text: published figures and suppressed cells.
QString formatReport(const QJsonObject &report, const QStringList &questionIds);

} // namespace zs
