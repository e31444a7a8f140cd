#pragma once

// Shared pieces of the unit tests: a valid profile, valid answers for the built-in
// surveys (data/surveys/exit.json, retention.json) and a small reader for SQLite tables.

#include "database.h"
#include "profile.h"
#include "surveycatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace zs::test {

/// The catalog of the compiled-in surveys, parsed once.
inline const SurveyCatalog &catalog()
{
    static const SurveyCatalog c = SurveyCatalog::builtIn();
    return c;
}

inline const SurveyDefinition &exitSurvey()
{
    return *catalog().find(QStringLiteral("exit"), 1);
}

inline const SurveyDefinition &retentionSurvey()
{
    return *catalog().find(QStringLiteral("retention"), 1);
}

/// A complete profile made of reference ids.
inline Profile validProfile()
{
    return Profile { QStringLiteral("utrecht"), QStringLiteral("vvt"), QStringLiteral("vpk_mbo"),
        QStringLiteral("25-34"), QStringLiteral("3-5"), QStringLiteral("zorggroep-a") };
}

/// A complete, valid set of answers to the exit survey (return_condition shown: "maybe").
inline QJsonObject validExitAnswers()
{
    return QJsonObject {
        { QStringLiteral("reasons"),
            QJsonArray { QStringLiteral("workload"), QStringLiteral("pay") } },
        { QStringLiteral("main_reason"), QStringLiteral("pay") },
        { QStringLiteral("destination"), QStringLiteral("outside_care") },
        { QStringLiteral("kept"), QJsonArray { QStringLiteral("pay") } },
        { QStringLiteral("would_return"), QStringLiteral("maybe") },
        { QStringLiteral("return_condition"), QStringLiteral("Als het rooster beter wordt") },
        { QStringLiteral("enps"), 6 },
        { QStringLiteral("comment"), QStringLiteral("Te weinig collega's op de nachtdienst") },
    };
}

/// A complete, valid set of answers to the retention survey (extra_hours shown: "more").
inline QJsonObject validRetentionAnswers()
{
    QJsonObject themes;
    for (const char *item : { "workload", "leadership", "voice", "development", "rosters",
             "pay_appreciation", "team", "safety" })
        themes.insert(QLatin1String(item), 4);
    return QJsonObject {
        { QStringLiteral("stay_drivers"), QJsonArray { QStringLiteral("team") } },
        { QStringLiteral("themes"), themes },
        { QStringLiteral("hours_wish"), QStringLiteral("more") },
        { QStringLiteral("extra_hours"), 4 },
        { QStringLiteral("roster_say"), QStringLiteral("little") },
        { QStringLiteral("intent_to_leave"), QStringLiteral("no") },
        { QStringLiteral("enps"), 8 },
    };
}

/// Every row of a table as column -> value, in rowid order.
inline QList<QVariantMap> rows(Database &db, const QString &table)
{
    QList<QVariantMap> result;
    QSqlQuery q;
    if (!db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table), {}, &q))
        return result;
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), q.value(i));
        result.append(row);
    }
    return result;
}

/// The column names of a table, in declaration order.
inline QStringList columns(Database &db, const QString &table)
{
    QStringList names;
    QSqlQuery q;
    if (!db.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table), {}, &q))
        return names;
    while (q.next())
        names.append(q.value(1).toString());
    return names;
}

/// The names of the user tables.
inline QStringList tables(Database &db)
{
    QStringList names;
    QSqlQuery q;
    if (!db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                " AND name NOT LIKE 'sqlite_%' ORDER BY name"),
            {}, &q))
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace zs::test
