#pragma once

#include "anonymiser.h"
#include "profile.h"
#include "surveydefinition.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace zs {

/// Fills in a survey the way a person would (question by question, following showIf), with
/// plausible seeded random answers; used by the headless demo and the benchmarks.
class DemoRespondent
{
public:
    explicit DemoRespondent(quint32 seed);

    QJsonObject answer(const SurveyDefinition &definition);
    Profile profile(const QString &region, const QString &employer);

private:
    int weighted(int count);
    QRandomGenerator m_random;
};

/// Renders a report JSON as readable text: published figures and suppressed cells.
QString formatReport(const QJsonObject &report, const QStringList &questionIds);

} // namespace zs
