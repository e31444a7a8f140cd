#pragma once

// Shared pieces of the report tests (tst_reports, tst_privacy_releases): reading a report's
// scopes and releases, and a noise bound for comparing a noisy count with the real one.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace zs::test {

/// No noise draw this large is expected in a test run (P(|z| > 10) < 3e-5 per count at ε = 1).
constexpr int kNoiseBound = 10;

/// The scope called name in a report; empty when absent.
inline QJsonObject scopeNamed(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &s : report.value(QLatin1String("scopes")).toArray()) {
        if (s[QLatin1String("scope")].toString() == name)
            return s.toObject();
    }
    return {};
}

inline QStringList scopeNames(const QJsonObject &report)
{
    QStringList names;
    for (const QJsonValue &s : report.value(QLatin1String("scopes")).toArray())
        names.append(s[QLatin1String("scope")].toString());
    return names;
}

inline QJsonArray releasesOf(const QJsonObject &report, const QString &scope)
{
    return scopeNamed(report, scope).value(QLatin1String("releases")).toArray();
}

inline int respondents(const QJsonValue &release)
{
    return release[QLatin1String("respondents")][QLatin1String("count")].toInt(-1);
}

inline QJsonObject questionOf(const QJsonValue &release, const QString &id)
{
    for (const QJsonValue &q : release[QLatin1String("questions")].toArray()) {
        if (q[QLatin1String("id")].toString() == id)
            return q.toObject();
    }
    return {};
}

inline int optionCount(const QJsonObject &question, const QString &option)
{
    for (const QJsonValue &o : question.value(QLatin1String("options")).toArray()) {
        if (o[QLatin1String("option")].toString() == option)
            return o[QLatin1String("count")].toInt(-1);
    }
    return -1;
}

inline bool near(int noisy, int real)
{
    return noisy >= std::max(0, real - kNoiseBound) && noisy <= real + kNoiseBound;
}

} // namespace zs::test
