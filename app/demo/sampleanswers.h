#pragma once

// The one set of valid answers to the built-in surveys (data/surveys/exit.json and
// retention.json, version 1), shared by the demo, the unit tests and the integration tests, so
// they cannot drift apart. Each field is one question; the defaults answer what is required.

#include "profile.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace zs::sample {

/// Answers to the exit survey; the defaults are the canonical valid set.
struct ExitAnswers
{
    QStringList reasons { QStringLiteral("workload"), QStringLiteral("pay") };
    QString mainReason; ///< empty: the last of reasons
    QString destination = QStringLiteral("outside_care");
    QStringList kept { QStringLiteral("less_workload"), QStringLiteral("pay") };
    QString wouldReturn = QStringLiteral("no");
    QString returnCondition; ///< asked only when wouldReturn is "maybe"; empty: not answered
    int enps = 6;
    QString comment; ///< empty: not answered

    /// Every question shown answered: "maybe" with its condition, and a comment.
    static ExitAnswers inFull();
    /// The answers object as the survey engine and the wire format expect it.
    QJsonObject toJson() const;
};

/// Answers to the retention survey; the defaults are the canonical valid set.
struct RetentionAnswers
{
    QStringList stayDrivers { QStringLiteral("team"), QStringLiteral("meaning") };
    int themeScore = 3; ///< the same score for each of the eight themes
    QString hoursWish = QStringLiteral("same");
    int extraHours = 4; ///< sent only when hoursWish is "more"
    QString rosterSay = QStringLiteral("enough");
    QString intentToLeave = QStringLiteral("no");
    int enps = 8;

    /// Every question shown answered: "more" hours, so the extra hours are asked too.
    static RetentionAnswers inFull();
    QJsonObject toJson() const;
};

/// The canonical required-only answers of a built-in survey ("exit", "retention"); empty else.
QJsonObject answers(const QString &surveyId);
/// The canonical answers with every shown question answered; empty for other surveys.
QJsonObject answersInFull(const QString &surveyId);
/// A complete profile made of reference ids (region utrecht).
Profile profile();

} // namespace zs::sample
