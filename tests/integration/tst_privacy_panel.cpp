// DESIGN §5 rule 7 against the real collector: panel membership (identified) is stored apart
// from responses and cannot be joined to them. The members file and the main file share no
// linking column, no member value reaches the main file, a submission has no field for a member,
// the membership keeps no stratum a response carries and no time finer than the year. The member
// answers a round with their one-time credential of it (DESIGN §5a): what the members file keeps
// of that (a row keyed by hashes only the member's secret makes, naming neither the member nor
// the round) and what the main file keeps (the spent token's hash) share nothing.
#include "regionalfixtures.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace zs::test;

namespace {

const QString kRound = QStringLiteral("jongraat-privacy");

/// An answer to the round from a member's device, with the strata of the same profile the member
/// joined with (the age band 25-34 of joinBody(); before version 4 of the members file the join
/// also sent, and the file kept, the occupation group vpk_hbo).
QJsonObject roundAnswer(int buddy)
{
    QJsonObject answer = submission(kRound, { { QStringLiteral("buddy"), buddy } });
    QJsonObject s = strata({}, QStringLiteral("utrecht"));
    s.insert(QStringLiteral("occupation"), QStringLiteral("vpk_hbo"));
    s.insert(QStringLiteral("ageBand"), QStringLiteral("25-34"));
    answer.insert(QStringLiteral("strata"), s);
    return answer;
}

/// A stored value as bytes: text as UTF-8, a blob as it is, a number in decimal; NULL: empty.
QByteArray bytesOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray();
    return value.toString().toUtf8();
}

/// Every column name of every table in a SQLite file.
QSet<QString> allColumns(const QString &path)
{
    const SqliteFile file(path);
    QSet<QString> columns;
    for (const QString &table : file.tables()) {
        for (const QString &column : file.columns(table))
            columns.insert(column);
    }
    return columns;
}

} // namespace

class TestPrivacyPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
        m_coordinator = m_collector.addCoordinator(QStringLiteral("utrecht"));
        QVERIFY(!m_coordinator.isEmpty());

        // A member joins, a round is published and answered, as it would happen in use.
        QJsonObject body = joinBody(
            QStringLiteral("Zwaantje Privacyproef"), QStringLiteral("zwaantje.privacy@example.nl"));
        body.insert(QStringLiteral("phone"), QStringLiteral("06-98765432"));
        const HttpReply joined = m_http.postJson(
            m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/members")), body);
        QVERIFY2(joined.status == 201, joined.describe());
        m_joinAnswer = joined.json();
        m_secret = m_joinAnswer.value(QLatin1String("secret")).toString();
        const HttpReply round
            = m_http.post(m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/rounds")),
                compact(validRound(kRound, QStringLiteral("jongraat-utrecht"))), "application/json",
                bearer(m_coordinator));
        QVERIFY2(round.status == 201, round.describe());
        QString error;
        const QJsonObject answer = withRoundCredential(
            m_credentials, QStringLiteral("jongraat-utrecht"), m_secret, roundAnswer(5), &error);
        QVERIFY2(answer.contains(QLatin1String("credential")), qPrintable(error));
        QCOMPARE(m_http.postJson(m_collector.url(QStringLiteral("/v1/submissions")), answer).status,
            201);
    }

    void theFilesShareNoLinkingColumn()
    {
        const QSet<QString> members = allColumns(membersPath(m_collector));
        const QSet<QString> main = allColumns(m_collector.dbPath());
        QVERIFY(members.contains(QStringLiteral("name")));
        QVERIFY(main.contains(QStringLiteral("submission_id")));
        // Shared names that carry no key: the public panel id (rounds name their panel) and
        // "name" (of employers and of ideas, never of a member). A member's round credential
        // keeps the hash of its blinded message as "round_blinding", a name no table of the
        // main file has. No stratum: the members file has no occupation group or age band.
        const QSet<QString> generic = { QStringLiteral("panel"), QStringLiteral("name") };
        QSet<QString> shared = members;
        shared.intersect(main);
        QVERIFY2(generic.contains(shared),
            qPrintable(QStringList(shared.begin(), shared.end()).join(QLatin1Char(' '))));
        const SqliteFile mainFile(m_collector.dbPath());
        for (const QString &table : { QStringLiteral("submissions"), QStringLiteral("answers"),
                 QStringLiteral("spent_tokens") }) {
            const QStringList columns = mainFile.columns(table);
            QVERIFY2(!columns.isEmpty(), qPrintable(table));
            for (const QString &column : columns)
                QVERIFY2(!members.contains(column), qPrintable(table + QLatin1Char('.') + column));
        }
        // No id, hash, survey or time column on the member side that a response also has.
        for (const QString &column : members) {
            QVERIFY2(!column.contains(QLatin1String("submission")), qPrintable(column));
            QVERIFY2(!column.contains(QLatin1String("survey")), qPrintable(column));
            QVERIFY2(column != QLatin1String("id") && column != QLatin1String("rowid"),
                qPrintable(column));
            QVERIFY2(!column.contains(QLatin1String("day")), qPrintable(column));
            QVERIFY2(!column.contains(QLatin1String("period")), qPrintable(column));
        }
        for (const char *column : { "secret_hash", "email", "phone", "consent_version", "joined" })
            QVERIFY2(!main.contains(QLatin1String(column)), column);
        // Nor, by name, any of a response's identifying or linking columns.
        for (const char *column :
            { "submission_id", "content_hash", "survey_id", "period", "employer", "received_day",
                "region", "branch", "occupation", "age_band", "tenure_band", "id" })
            QVERIFY2(!members.contains(QLatin1String(column)), column);
    }

    void noMemberValueReachesTheMainFile()
    {
        const SqliteFile members(membersPath(m_collector));
        const QList<QVariantList> rows
            = members.rows(QStringLiteral("SELECT name, email, phone, secret_hash FROM members"));
        QCOMPARE(rows.size(), 1);
        const QByteArray main = fileAndWal(m_collector.dbPath());
        QVERIFY(!main.isEmpty());
        QVERIFY(main.contains("jongraat-privacy")); // the round is there, so the scan reads data
        for (const QVariant &value : rows.first()) {
            const QByteArray bytes = value.typeId() == QMetaType::QByteArray
                ? value.toByteArray()
                : value.toString().toUtf8();
            QVERIFY(!bytes.isEmpty());
            QVERIFY2(!main.contains(bytes), bytes.constData());
        }
        QVERIFY(!main.contains(m_secret.toUtf8()));
        QVERIFY(!main.contains("Zwaantje"));
        // The round credential the member took and the token it spent are on opposite sides,
        // with nothing in common. The members file's row names neither the member (its keys are
        // not the member's secret_hash) nor the round.
        const QList<QVariantList> taken = members.rows(
            QStringLiteral("SELECT member_key, round_key, round_blinding FROM round_credentials"));
        QCOMPARE(taken.size(), 1);
        for (const QVariant &value : taken.first()) {
            QCOMPARE(value.typeId(), QMetaType::QByteArray);
            QCOMPARE(value.toByteArray().size(), 32);
            QVERIFY(!main.contains(value.toByteArray()));
            QVERIFY(value != rows.first().value(3)); // the member's secret_hash
        }
        QVERIFY(!fileAndWal(membersPath(m_collector)).contains("jongraat-privacy"));
        const QList<QVariantList> spent
            = SqliteFile(m_collector.dbPath())
                  .rows(QStringLiteral("SELECT token_hash FROM spent_tokens"));
        QCOMPARE(spent.size(), 1);
        QVERIFY(
            !fileAndWal(membersPath(m_collector)).contains(spent.first().value(0).toByteArray()));
        // The secret itself is nowhere, not even in the members file (only its hash).
        QVERIFY(!fileAndWal(membersPath(m_collector)).contains(m_secret.toUtf8()));
    }

    // "It keeps no stratum that a response also carries": no text or byte string anywhere in the
    // members file equals any value of the round's stored answers, each file read straight from
    // disk. Before version 4 the file kept three such values for every member: the occupation
    // group, the age band and the month joined (the period of the answers given that month).
    void privacyRule7_membersFileSharesNoValueWithRoundAnswers()
    {
        // Two more members answer the round, as members do.
        for (const int buddy : { 4, 2 }) {
            QString error;
            const QJsonObject answer = fromNewMember(m_http, m_collector, m_credentials,
                QStringLiteral("jongraat-utrecht"), roundAnswer(buddy), &error);
            QVERIFY2(answer.contains(QLatin1String("credential")), qPrintable(error));
            const HttpReply sent
                = m_http.postJson(m_collector.url(QStringLiteral("/v1/submissions")), answer);
            QVERIFY2(sent.status == 201, sent.describe());
        }
        const SqliteFile members(membersPath(m_collector), SqliteFile::Mode::ReadOnly);
        const SqliteFile responses(m_collector.dbPath(), SqliteFile::Mode::ReadOnly);
        QVERIFY(members.isOpen() && responses.isOpen());

        // Every value of every column of the round's submissions and of their answers.
        QSet<QByteArray> answered;
        const QList<QVariantList> submissions = responses.rows(
            QStringLiteral("SELECT * FROM submissions WHERE survey_id = ?"), { kRound });
        const QList<QVariantList> answers
            = responses.rows(QStringLiteral("SELECT a.* FROM answers a JOIN submissions s"
                                            " ON s.id = a.submission WHERE s.survey_id = ?"),
                { kRound });
        QCOMPARE(submissions.size(), 3);
        QCOMPARE(answers.size(), 3);
        QCOMPARE(
            submissions.first().size(), responses.columns(QStringLiteral("submissions")).size());
        for (const QList<QVariantList> *rows : { &submissions, &answers }) {
            for (const QVariantList &row : *rows) {
                for (const QVariant &value : row)
                    answered.insert(bytesOf(value));
            }
        }
        // What the members file kept before version 4 is among them: the old file fails here.
        for (const QByteArray &old :
            { QByteArray("vpk_hbo"), QByteArray("25-34"), thisPeriod().toUtf8() })
            QVERIFY2(answered.contains(old), old.constData());

        // Every text and byte string of every row of every table of the members file. (Numbers
        // are left out: a consent version or the age rule's 1 equals many a scale answer and
        // names nothing.)
        const QStringList tables = members.tables();
        QVERIFY(tables.contains(QStringLiteral("members")));
        QVERIFY(tables.contains(QStringLiteral("round_credentials")));
        int texts = 0;
        int blobs = 0;
        for (const QString &table : tables) {
            for (const QVariantList &row :
                members.rows(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                for (const QVariant &value : row) {
                    if (value.isNull()
                        || (value.typeId() != QMetaType::QString
                            && value.typeId() != QMetaType::QByteArray))
                        continue;
                    ++(value.typeId() == QMetaType::QString ? texts : blobs);
                    QVERIFY2(!answered.contains(bytesOf(value)),
                        qPrintable(table + QStringLiteral(": ") + value.toString()));
                }
            }
        }
        // Three members (panel, name, e-mail, year joined; one also a phone) and three round
        // credentials (two keys and the blinded message's hash each) were compared.
        QCOMPARE(texts, 3 * 4 + 1);
        QCOMPARE(blobs, 3 + 3 * 3);
        // And no column for a stratum.
        const QStringList columns = members.columns(QStringLiteral("members"));
        for (const char *stratum : { "occupation", "age_band", "region", "branch", "tenure_band" })
            QVERIFY2(!columns.contains(QLatin1String(stratum)), stratum);
    }

    void aSubmissionHasNoFieldForAMember_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *field : { "memberId", "memberSecret", "panel", "name", "email", "phone",
                 "deviceId", "receivedAt" })
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void aSubmissionHasNoFieldForAMember()
    {
        QFETCH(QString, field);
        const QUrl url = m_collector.url(QStringLiteral("/v1/submissions"));
        const qint64 before = storedSubmissions(m_collector.dbPath());
        QJsonObject answer
            = submission(QStringLiteral("jongraat-privacy"), { { QStringLiteral("buddy"), 3 } });
        answer.insert(QStringLiteral("strata"), strata({}, QStringLiteral("utrecht")));
        answer.insert(field, m_secret);
        HttpReply r = m_http.postJson(url, answer);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("unknown_field"));
        // Nor inside the strata.
        answer.remove(field);
        QJsonObject s = answer.value(QLatin1String("strata")).toObject();
        s.insert(field, m_secret);
        answer.insert(QStringLiteral("strata"), s);
        r = m_http.postJson(url, answer);
        QCOMPARE(r.status, 422);
        // Nor in a built-in survey's submission.
        QJsonObject exit = exitSubmission();
        exit.insert(field, m_secret);
        r = m_http.postJson(url, exit);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("unknown_field"));
        QCOMPARE(storedSubmissions(m_collector.dbPath()), before);
    }

    void theMembershipKeepsNoTimeFinerThanTheYear()
    {
        // A month would equal the period of the member's own round answers.
        static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
        QVERIFY(year.match(m_joinAnswer.value(QLatin1String("joined")).toString()).hasMatch());
        const HttpReply exported = m_http.get(
            m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/members/") + m_secret));
        QCOMPARE(exported.status, 200);
        static const QRegularExpression timeLike(
            QStringLiteral("\\d{4}-\\d{2}|\\d{1,2}:\\d{2}|T\\d{2}"));
        const QJsonObject membership = exported.json();
        for (auto it = membership.begin(); it != membership.end(); ++it) {
            if (it.key() == QLatin1String("phone"))
                continue; // digits, not a time
            QVERIFY2(!timeLike.match(it.value().toVariant().toString()).hasMatch(),
                qPrintable(it.key()));
        }
        QVERIFY(year.match(membership.value(QLatin1String("joined")).toString()).hasMatch());
        for (const QString &joined : SqliteFile(membersPath(m_collector))
                                         .strings(QStringLiteral("SELECT joined FROM members")))
            QVERIFY2(year.match(joined).hasMatch(), qPrintable(joined));
        // What the file keeps beside it: no column of a time type or name.
        for (const QString &column : allColumns(membersPath(m_collector)))
            QVERIFY2(!column.contains(QLatin1String("time"))
                    && !column.endsWith(QLatin1String("_at"))
                    && !column.contains(QLatin1String("day")),
                qPrintable(column));
    }

    void coordinatorsSeeCountsNeverDetails()
    {
        const HttpReply stats
            = m_http.get(m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/stats")),
                bearer(m_coordinator));
        QCOMPARE(stats.status, 200);
        QVERIFY(!stats.body.contains("Zwaantje"));
        QVERIFY(!stats.body.contains("example.nl"));
    }

    void leavingErasesFromTheFileAndItsLog()
    {
        const QUrl url
            = m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/members/") + m_secret);
        QVERIFY(fileAndWal(membersPath(m_collector)).contains("Zwaantje Privacyproef"));
        const qint64 credentials
            = SqliteFile(membersPath(m_collector)).count(QStringLiteral("round_credentials"));
        QVERIFY(credentials >= 1);
        QCOMPARE(send(m_http, "DELETE", url).status, 204);
        QCOMPARE(m_http.get(url).status, 404);
        const QByteArray bytes = fileAndWal(membersPath(m_collector));
        for (const char *value :
            { "Zwaantje Privacyproef", "zwaantje.privacy@example.nl", "06-98765432" })
            QVERIFY2(!bytes.contains(value), value);
        // The record of the round credential the member took goes with them, and only theirs.
        QCOMPARE(SqliteFile(membersPath(m_collector)).count(QStringLiteral("round_credentials")),
            credentials - 1);
        // And after a crash and restart, still gone.
        m_collector.kill();
        QVERIFY(m_collector.restart());
        QCOMPARE(m_http.get(url).status, 404);
        QVERIFY(!fileAndWal(membersPath(m_collector)).contains("Zwaantje"));
    }

private:
    CollectorProcess m_collector;
    Http m_http;
    CredentialMaker m_credentials { m_collector, m_http };
    QString m_coordinator;
    QString m_secret;
    QJsonObject m_joinAnswer;
};

QTEST_GUILESS_MAIN(TestPrivacyPanel)
#include "tst_privacy_panel.moc"
