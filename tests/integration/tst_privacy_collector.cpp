// DESIGN §5 rule 4 (the collector stores no IP address and no request time; receipt dates at day
// precision at most) and rule 1 (a submission carries no direct identifier: extra fields are
// refused, not stored), checked on the collector's real SQLite file, its invitation, key and
// spent-token tables included. Submissions for an employer carry real one-time credentials.

#include "collectorprocess.h"
#include "credentials.h"
#include "testsupport.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace zs::test;

class TestPrivacyCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void noColumnForAddressesOrTimes();
    void noStoredValueHoldsTheClientAddressOrATime();
    void receivedDayIsAWholeDay();
    void logsHoldNoClientAddress();
    void identifierFieldsAreRefused_data();
    void identifierFieldsAreRefused();
    void identifierInABatchItemIsRefusedAlone();

private:
    CollectorProcess m_collector;
    Http m_http;
    CredentialMaker m_credentials { m_collector, m_http };
};

void TestPrivacyCollector::initTestCase()
{
    QVERIFY(!m_collector
                 .addEmployer(QStringLiteral("groningen"), QStringLiteral("zorg-a"),
                     QStringLiteral("Zorggroep A"))
                 .isEmpty());
    QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
    m_collector.takeOutput();

    // Single posts and a batch, with and without employer (then with a credential), with free
    // text.
    for (int i = 0; i < 3; ++i) {
        QJsonObject answers = exitAnswers();
        answers.insert(QStringLiteral("comment"), QStringLiteral("Te veel diensten achter elkaar"));
        const QJsonObject s = m_credentials.credentialed(
            exitSubmission(i == 0 ? QString() : QStringLiteral("zorg-a"), answers));
        QVERIFY2(i == 0 || s.contains(QLatin1String("credential")),
            qPrintable(m_credentials.lastError()));
        const HttpReply r = m_http.postJson(m_collector.url(QStringLiteral("/v1/submissions")), s);
        QVERIFY2(r.status == 201, r.describe());
    }
    const QJsonObject forEmployer
        = m_credentials.credentialed(retentionSubmission(QStringLiteral("zorg-a")));
    QVERIFY2(
        forEmployer.contains(QLatin1String("credential")), qPrintable(m_credentials.lastError()));
    const HttpReply batch = m_http.post(m_collector.url(QStringLiteral("/v1/submissions")),
        batchBody({ retentionSubmission(), forEmployer, exitSubmission() }));
    QVERIFY2(batch.status == 200, batch.describe());
    for (const QJsonValue &result : batch.json().value(QLatin1String("results")).toArray())
        QVERIFY2(
            result[QLatin1String("status")].toInt() == 201, compact(result.toObject()).constData());
    QCOMPARE(storedSubmissions(m_collector.dbPath()), 6);
}

void TestPrivacyCollector::cleanupTestCase()
{
    m_collector.kill();
}

void TestPrivacyCollector::noColumnForAddressesOrTimes()
{
    const SqliteFile db(m_collector.dbPath());
    QVERIFY(db.isOpen());
    const QStringList tables = db.tables();
    QVERIFY(tables.contains(QStringLiteral("submissions")));
    QVERIFY(tables.contains(QStringLiteral("answers")));
    // "ip" as a word part (ip, ip_address, client_ip), not inside words such as "description".
    static const QRegularExpression forbidden(
        QStringLiteral(
            "(^|_)ip(v4|v6|addr|address)?($|_)|addr|time|user_?agent|remote|peer|host|port|created|"
            "updated|device|install"),
        QRegularExpression::CaseInsensitiveOption);
    // Rule 4 is about what is kept with a submission: its own tables. The regional tables
    // (actions, ideas) keep day-precision dates by design; their values are checked below.
    QStringList offending;
    for (const QString &table : { QStringLiteral("submissions"), QStringLiteral("answers") }) {
        const QStringList columns = db.columns(table);
        QVERIFY2(!columns.isEmpty(), qPrintable(table));
        if (forbidden.match(table).hasMatch())
            offending.append(table);
        for (const QString &column : columns) {
            if (forbidden.match(column).hasMatch())
                offending.append(table + QLatin1Char('.') + column);
        }
    }
    QVERIFY2(offending.isEmpty(), qPrintable(offending.join(QStringLiteral(", "))));
}

void TestPrivacyCollector::noStoredValueHoldsTheClientAddressOrATime()
{
    const SqliteFile db(m_collector.dbPath());
    static const QRegularExpression clockTime(QStringLiteral("\\d{1,2}:\\d{2}"));
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    QStringList offending;
    int values = 0;
    for (const QString &table : db.tables()) {
        for (const QVariantList &row : db.rows(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
            for (const QVariant &v : row) {
                ++values;
                const QByteArray raw
                    = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
                if (raw.contains("127.0.0.1") || raw.contains("::1") || raw.contains("localhost"))
                    offending.append(table + QStringLiteral(": address ") + QString::fromUtf8(raw));
                if (v.typeId() != QMetaType::QByteArray && clockTime.match(v.toString()).hasMatch())
                    offending.append(table + QStringLiteral(": clock time ") + v.toString());
                // An integer within a week of now, in seconds or milliseconds, is a timestamp.
                bool isNumber = false;
                const qint64 n = v.toLongLong(&isNumber);
                if (isNumber && v.typeId() != QMetaType::QString
                    && (std::abs(n - nowSecs) < qint64(7) * 86400
                        || std::abs(n / 1000 - nowSecs) < qint64(7) * 86400))
                    offending.append(
                        table + QStringLiteral(": timestamp-like ") + QString::number(n));
            }
        }
    }
    QVERIFY(values > 50);
    QVERIFY2(offending.isEmpty(), qPrintable(offending.join(QLatin1Char('\n'))));
}

void TestPrivacyCollector::receivedDayIsAWholeDay()
{
    const SqliteFile db(m_collector.dbPath());
    const QStringList days = db.strings(QStringLiteral("SELECT received_day FROM submissions"));
    QCOMPARE(days.size(), 6);
    static const QRegularExpression dayPattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate today = QDate::currentDate();
    for (const QString &day : days) {
        QVERIFY2(dayPattern.match(day).hasMatch(), qPrintable(day));
        const QDate d = QDate::fromString(day, Qt::ISODate);
        QVERIFY2(d.isValid() && std::abs(d.daysTo(today)) <= 1, qPrintable(day));
    }
    // The stored period is the month the device sent, nothing finer.
    for (const QString &period : db.strings(QStringLiteral("SELECT period FROM submissions")))
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}$")).match(period).hasMatch(),
            qPrintable(period));
}

void TestPrivacyCollector::logsHoldNoClientAddress()
{
    // The listening line (read at start) names the server's own address; nothing after it may
    // name the client's.
    QCOMPARE(m_http.get(m_collector.url(QStringLiteral("/v1/health"))).status, 200);
    QCOMPARE(m_http.post(m_collector.url(QStringLiteral("/v1/submissions")), "{bad").status, 400);
    const QByteArray output = m_collector.takeOutput();
    QVERIFY2(!output.contains("127.0.0.1"), output.constData());
}

void TestPrivacyCollector::identifierFieldsAreRefused_data()
{
    QTest::addColumn<QString>("where"); // "", "strata" or "answers"
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    for (const char *field : { "deviceId", "installId", "ip", "ipAddress", "timestamp",
             "submittedAt", "email", "name", "phone", "panelMemberId", "userAgent" }) {
        QTest::addRow("top-level %s", field)
            << QString() << QString::fromLatin1(field) << "unknown_field";
        QTest::addRow("strata.%s", field)
            << QStringLiteral("strata") << QString::fromLatin1(field) << "unknown_field";
    }
    QTest::newRow("answers.deviceId")
        << QStringLiteral("answers") << QStringLiteral("deviceId") << "unknown_question";
    QTest::newRow("answers.email")
        << QStringLiteral("answers") << QStringLiteral("email") << "unknown_question";
}

void TestPrivacyCollector::identifierFieldsAreRefused()
{
    QFETCH(QString, where);
    QFETCH(QString, field);
    QFETCH(QString, code);

    const QString marker = QStringLiteral("marker-") + newSubmissionId();
    // Valid in every other way, a credential included: the identifier alone is refused.
    QJsonObject s = m_credentials.credentialed(exitSubmission(QStringLiteral("zorg-a")));
    QVERIFY2(s.contains(QLatin1String("credential")), qPrintable(m_credentials.lastError()));
    if (where.isEmpty()) {
        s.insert(field, marker);
    } else {
        QJsonObject inner = s.value(where).toObject();
        inner.insert(field, marker);
        s.insert(where, inner);
    }
    const SqliteFile db(m_collector.dbPath());
    const qint64 before = db.count(QStringLiteral("submissions"));
    const qint64 answersBefore = db.count(QStringLiteral("answers"));

    const HttpReply r = m_http.postJson(m_collector.url(QStringLiteral("/v1/submissions")), s);
    QVERIFY2(r.status == 422, r.describe());
    QCOMPARE(r.errorCode(), code);
    QVERIFY(
        r.json().value(QLatin1String("error"))[QLatin1String("field")].toString().contains(field));
    QCOMPARE(db.count(QStringLiteral("submissions")), before);
    QCOMPARE(db.count(QStringLiteral("answers")), answersBefore);
    QCOMPARE(db.count(QStringLiteral("submissions"), QStringLiteral("submission_id = ?"),
                 { s.value(QLatin1String("submissionId")).toString() }),
        0);
    QCOMPARE(db.count(QStringLiteral("answers"), QStringLiteral("text = ? OR option = ?"),
                 { marker, marker }),
        0);
}

void TestPrivacyCollector::identifierInABatchItemIsRefusedAlone()
{
    const qint64 before = storedSubmissions(m_collector.dbPath());
    QJsonObject withDevice = exitSubmission();
    withDevice.insert(QStringLiteral("deviceId"), QStringLiteral("device-123"));
    const QJsonObject clean = exitSubmission();
    const HttpReply r = m_http.post(
        m_collector.url(QStringLiteral("/v1/submissions")), batchBody({ withDevice, clean }));
    QVERIFY2(r.status == 200, r.describe());
    const QJsonArray results = r.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0)[QLatin1String("status")].toInt(), 422);
    QCOMPARE(results.at(0)[QLatin1String("error")][QLatin1String("code")].toString(),
        QStringLiteral("unknown_field"));
    QCOMPARE(results.at(1)[QLatin1String("status")].toInt(), 201);
    QCOMPARE(storedSubmissions(m_collector.dbPath()), before + 1);
    QCOMPARE(SqliteFile(m_collector.dbPath())
                 .count(QStringLiteral("submissions"), QStringLiteral("submission_id = ?"),
                     { withDevice.value(QLatin1String("submissionId")).toString() }),
        0);
}

QTEST_GUILESS_MAIN(TestPrivacyCollector)
#include "tst_privacy_collector.moc"
