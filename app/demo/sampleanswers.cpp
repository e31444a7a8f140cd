#include "sampleanswers.h"

#include <QJsonArray>

namespace zs::sample {

ExitAnswers ExitAnswers::inFull()
{
    ExitAnswers a;
    a.wouldReturn = QStringLiteral("maybe");
    a.returnCondition = QStringLiteral("Als het rooster beter wordt");
    a.comment = QStringLiteral("Te weinig collega's op de nachtdienst");
    return a;
}

QJsonObject ExitAnswers::toJson() const
{
    QJsonObject o { { QStringLiteral("reasons"), QJsonArray::fromStringList(reasons) },
        { QStringLiteral("main_reason"),
            mainReason.isEmpty() && !reasons.isEmpty() ? reasons.last() : mainReason },
        { QStringLiteral("destination"), destination },
        { QStringLiteral("kept"), QJsonArray::fromStringList(kept) },
        { QStringLiteral("would_return"), wouldReturn }, { QStringLiteral("enps"), enps } };
    if (!returnCondition.isEmpty())
        o.insert(QStringLiteral("return_condition"), returnCondition);
    if (!comment.isEmpty())
        o.insert(QStringLiteral("comment"), comment);
    return o;
}

RetentionAnswers RetentionAnswers::inFull()
{
    RetentionAnswers a;
    a.hoursWish = QStringLiteral("more");
    return a;
}

QJsonObject RetentionAnswers::toJson() const
{
    QJsonObject themes;
    for (const char *item : { "workload", "leadership", "voice", "development", "rosters",
             "pay_appreciation", "team", "safety" })
        themes.insert(QLatin1String(item), themeScore);
    QJsonObject o { { QStringLiteral("stay_drivers"), QJsonArray::fromStringList(stayDrivers) },
        { QStringLiteral("themes"), themes }, { QStringLiteral("hours_wish"), hoursWish },
        { QStringLiteral("roster_say"), rosterSay },
        { QStringLiteral("intent_to_leave"), intentToLeave }, { QStringLiteral("enps"), enps } };
    if (hoursWish == QLatin1String("more"))
        o.insert(QStringLiteral("extra_hours"), extraHours);
    return o;
}

QJsonObject answers(const QString &surveyId)
{
    if (surveyId == QLatin1String("exit"))
        return ExitAnswers().toJson();
    if (surveyId == QLatin1String("retention"))
        return RetentionAnswers().toJson();
    return {};
}

QJsonObject answersInFull(const QString &surveyId)
{
    if (surveyId == QLatin1String("exit"))
        return ExitAnswers::inFull().toJson();
    if (surveyId == QLatin1String("retention"))
        return RetentionAnswers::inFull().toJson();
    return {};
}

Profile profile()
{
    return Profile { QStringLiteral("utrecht"), QStringLiteral("vvt"), QStringLiteral("vpk_mbo"),
        QStringLiteral("25-34"), QStringLiteral("3-5") };
}

} // namespace zs::sample
