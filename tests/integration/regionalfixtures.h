#pragma once

// Shared pieces of the regional API tests (tst_panels, tst_actions, tst_ideas,
// tst_privacy_panel): valid bodies from docs/protocol.md, any HTTP method, and the raw bytes
// of a SQLite file and its write-ahead log. Coordinator tokens: CollectorProcess::addCoordinator.
// A panel round's answers carry the member's credential of the round: withRoundCredential().

#include "collectorprocess.h"
#include "credentials.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace zs::test {

inline QJsonObject label(const QString &nl, const QString &en)
{
    return { { QStringLiteral("nl"), nl }, { QStringLiteral("en"), en } };
}

/// A valid action for POST /v1/regions/{region}/actions (no "updated", no "reactions").
inline QJsonObject validAction(const QString &id, const QString &region)
{
    const auto l = [](const char *nl, const char *en) {
        return label(QString::fromUtf8(nl), QString::fromUtf8(en));
    };
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("region"), region },
        { QStringLiteral("title"), l("Roosters samen maken", "Rosters made together") },
        { QStringLiteral("description"),
            l("Teams maken hun rooster zelf.", "Teams make their own roster.") },
        { QStringLiteral("line"), QStringLiteral("anders_werken") },
        { QStringLiteral("themes"),
            QJsonArray { QStringLiteral("rosters"), QStringLiteral("voice") } },
        { QStringLiteral("commitment"),
            QJsonObject { { QStringLiteral("what"), l("Zeggenschap", "Say over rosters") },
                { QStringLiteral("who"), l("Teams", "Teams") },
                { QStringLiteral("whoDoesWhat"), l("Teams roosteren", "Teams roster") },
                { QStringLiteral("withWhat"), l("Een app", "An app") } } },
        { QStringLiteral("target"),
            QJsonObject { { QStringLiteral("metric"), l("Teams", "Teams") },
                { QStringLiteral("baseline"), 0 }, { QStringLiteral("value"), 10 },
                { QStringLiteral("unit"), l("teams", "teams") },
                { QStringLiteral("date"), QStringLiteral("2027-06-30") } } },
        { QStringLiteral("progress"), QJsonArray {} },
        { QStringLiteral("status"), QStringLiteral("planned") },
        { QStringLiteral("source"), QStringLiteral("https://example.nl/roosters") },
    };
}

/// A valid join body for jongraat-utrecht (age rule u25 / 25-34, consent version 2): the age
/// band only for that rule, no occupation group.
inline QJsonObject joinBody(const QString &name = QStringLiteral("Marloes Testpersoon"),
    const QString &email = QStringLiteral("marloes.test@example.nl"))
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("email"), email },
        { QStringLiteral("ageBand"), QStringLiteral("25-34") },
        { QStringLiteral("consentVersion"), 2 }, { QStringLiteral("consent"), true } };
}

/// A valid panel round (kind "panel") with one required scale question 1–5.
inline QJsonObject validRound(const QString &id, const QString &panel, int version = 1)
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("version"), version },
        { QStringLiteral("kind"), QStringLiteral("panel") },
        { QStringLiteral("panel"), panel },
        { QStringLiteral("title"), label(QStringLiteral("Starters"), QStringLiteral("Starters")) },
        { QStringLiteral("intro"),
            label(QStringLiteral("Korte ronde"), QStringLiteral("Short round")) },
        { QStringLiteral("questions"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("buddy") },
                { QStringLiteral("type"), QStringLiteral("scale") },
                { QStringLiteral("text"),
                    label(QStringLiteral("Hoe nuttig?"), QStringLiteral("How useful?")) },
                { QStringLiteral("required"), true }, { QStringLiteral("min"), 1 },
                { QStringLiteral("max"), 5 } } } },
    };
}

inline Http::Headers bearer(const QString &token)
{
    return { { "Authorization", "Bearer " + token.toUtf8() } };
}

/// Any method (DELETE, PUT, PATCH…), with an optional JSON body, waiting for the answer.
inline HttpReply send(Http &http, const QByteArray &verb, const QUrl &url,
    const QByteArray &body = {}, const Http::Headers &headers = {})
{
    return http.send(verb, url, body, headers);
}

/// The raw bytes of a SQLite file together with its write-ahead log (what a disk holds).
inline QByteArray fileAndWal(const QString &path)
{
    // No vacuous pass: a PostgreSQL store has no file to read (such checks run on SQLite only).
    if (path.startsWith(QLatin1String("postgresql://")))
        qFatal("fileAndWal(%s): the bytes of an SQLite file only", qPrintable(path));
    QByteArray bytes;
    for (const QString &p : { path, path + QStringLiteral("-wal") }) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

inline QString membersPath(const CollectorProcess &collector)
{
    return TestStore::membersOf(collector.dbPath());
}

/// The error's field of a refusal.
inline QString errorField(const HttpReply &r)
{
    return r.json().value(QLatin1String("error"))[QLatin1String("field")].toString();
}

/// The answer (to a round of the panel) with the round's one-time credential of the member whose
/// secret this is (POST /v1/credentials with the member secret); unchanged, with *error set,
/// when a step fails.
inline QJsonObject withRoundCredential(CredentialMaker &credentials, const QString &panel,
    const QString &memberSecret, QJsonObject answer, QString *error)
{
    const auto r = credentials.forRound(
        panel, memberSecret, answer.value(QLatin1String("surveyId")).toString());
    if (!r.credential) {
        *error = r.error;
        return answer;
    }
    answer.insert(QStringLiteral("credential"), r.credential->toJson());
    return answer;
}

/// As withRoundCredential, from a new member of the panel (joinBody() with a numbered name and
/// e-mail), for tests that need many respondents.
inline QJsonObject fromNewMember(Http &http, const CollectorProcess &collector,
    CredentialMaker &credentials, const QString &panel, const QJsonObject &answer, QString *error)
{
    static int members = 0;
    ++members;
    const HttpReply joined
        = http.postJson(collector.url(QStringLiteral("/v1/panels/%1/members").arg(panel)),
            joinBody(QStringLiteral("Deelnemer %1").arg(members),
                QStringLiteral("deelnemer%1@example.nl").arg(members)));
    if (joined.status != 201) {
        *error = QStringLiteral("join: ") + QString::fromUtf8(joined.describe());
        return answer;
    }
    return withRoundCredential(
        credentials, panel, joined.json().value(QLatin1String("secret")).toString(), answer, error);
}

/// Ids of an array of objects in an answer ({"actions": [...]} and the like).
inline QStringList ids(const QJsonArray &list)
{
    QStringList result;
    for (const QJsonValue &v : list)
        result.append(v[QLatin1String("id")].toString());
    return result;
}

} // namespace zs::test
