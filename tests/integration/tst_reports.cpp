// Employer reports from the real collector (DESIGN §5 rules 5 and 6) with k = 10: two employers
// in one region, 12 exit responses for A and 3 for B, so some cells are publishable and some not,
// and the regional benchmark can reveal B by subtraction unless it is hidden. Every response
// carries a one-time credential of its employer (DESIGN §5a), redeemed from an invitation.

#include "collectorprocess.h"
#include "credentials.h"
#include "testsupport.h"

#include <QTest>

using namespace zs::test;

namespace {

/// The scope object ("own" or "region") of a question in a report.
QJsonObject scopeOf(const QJsonObject &report, const QString &question, const QString &scope)
{
    for (const QJsonValue &q : report.value(QLatin1String("questions")).toArray()) {
        if (q[QLatin1String("id")].toString() == question)
            return q[scope].toObject();
    }
    return {};
}

/// The cell of an option in a scope; empty when absent.
QJsonObject cellOf(const QJsonObject &scope, const QString &option)
{
    for (const QJsonValue &c : scope.value(QLatin1String("cells")).toArray()) {
        if (c[QLatin1String("option")].toString() == option)
            return c.toObject();
    }
    return {};
}

bool isSuppressed(const QJsonObject &figure)
{
    return figure.value(QLatin1String("suppressed")).toBool()
        && !figure.contains(QLatin1String("count")) && !figure.contains(QLatin1String("value"))
        && !figure.contains(QLatin1String("mean"));
}

/// Every published count rests on at least k responses; every hidden figure carries no number.
void checkInvariants(
    const QJsonValue &value, int k, QStringList *problems, const QString &path = {})
{
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            checkInvariants(a.at(i), k, problems, path + QStringLiteral("[%1]").arg(i));
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    if (o.contains(QLatin1String("suppressed"))) {
        if (!isSuppressed(o))
            problems->append(path + QStringLiteral(": hidden figure with a number"));
    }
    if (o.contains(QLatin1String("count")) && o.value(QLatin1String("count")).toInt() < k)
        problems->append(path
            + QStringLiteral(": count %1 below k").arg(o.value(QLatin1String("count")).toInt()));
    for (auto it = o.begin(); it != o.end(); ++it)
        checkInvariants(it.value(), k, problems, path + QLatin1Char('.') + it.key());
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void invariantsHold_data();
    void invariantsHold();
    void ownCountsFromK();
    void benchmarkHidesTheRestOfTheRegion();
    void freeTextOnlyFromK();
    void smallEmployerSeesNoOwnFigures();
    void emptySurveyIsAllSuppressed();
    void csvExport();

private:
    QJsonObject report(const QString &kind, const QString &employer, const QString &token);

    CollectorProcess m_collector;
    Http m_http;
    CredentialMaker m_credentials { m_collector, m_http };
    QString m_tokenA;
    QString m_tokenB;
    QJsonObject m_reportA;
    QJsonObject m_reportB;
};

QJsonObject TestReports::report(const QString &kind, const QString &employer, const QString &token)
{
    const HttpReply r = m_http.get(
        m_collector.url(QStringLiteral("/v1/reports/%1?employer=%2").arg(kind, employer)),
        { { "Authorization", "Bearer " + token.toLatin1() } });
    if (r.status != 200)
        qWarning() << r.describe();
    return r.json();
}

void TestReports::initTestCase()
{
    m_tokenA = m_collector.addEmployer(
        QStringLiteral("groningen"), QStringLiteral("zorg-a"), QStringLiteral("Zorggroep A"));
    m_tokenB = m_collector.addEmployer(
        QStringLiteral("groningen"), QStringLiteral("zorg-b"), QStringLiteral("Thuiszorg B"));
    QVERIFY2(!m_tokenA.isEmpty() && !m_tokenB.isEmpty(), qPrintable(m_collector.lastError()));
    QVERIFY2(m_collector.start({ QStringLiteral("--k"), QStringLiteral("10") }),
        qPrintable(m_collector.lastError()));
    QCOMPARE(m_collector.k(), 10);

    // A: 12 leavers. All name workload, 10 also pay, 2 also team; 3 might return and say when.
    // B: 3 leavers, all for pay.
    QJsonArray items;
    for (int i = 0; i < 12; ++i) {
        QJsonObject answers = exitAnswers(
            { QStringLiteral("workload"), i < 10 ? QStringLiteral("pay") : QStringLiteral("team") },
            9);
        answers.insert(QStringLiteral("comment"),
            QStringLiteral("Opmerking A%1").arg(i, 2, 10, QLatin1Char('0')));
        if (i < 3) {
            answers.insert(QStringLiteral("would_return"), QStringLiteral("maybe"));
            answers.insert(
                QStringLiteral("return_condition"), QStringLiteral("Voorwaarde A%1").arg(i));
        }
        items.append(m_credentials.credentialed(exitSubmission(QStringLiteral("zorg-a"), answers)));
        QVERIFY2(items.last()[QLatin1String("credential")].isObject(),
            qPrintable(m_credentials.lastError()));
    }
    for (int i = 0; i < 3; ++i) {
        QJsonObject answers = exitAnswers({ QStringLiteral("pay") }, 2);
        answers.insert(QStringLiteral("comment"), QStringLiteral("Opmerking B%1").arg(i));
        items.append(m_credentials.credentialed(exitSubmission(QStringLiteral("zorg-b"), answers)));
        QVERIFY2(items.last()[QLatin1String("credential")].isObject(),
            qPrintable(m_credentials.lastError()));
    }
    const HttpReply r
        = m_http.post(m_collector.url(QStringLiteral("/v1/submissions")), batchBody(items));
    QVERIFY2(r.status == 200, r.describe());
    for (const QJsonValue &result : r.json().value(QLatin1String("results")).toArray())
        QVERIFY2(
            result[QLatin1String("status")].toInt() == 201, compact(result.toObject()).constData());
    QCOMPARE(storedSubmissions(m_collector.dbPath()), 15);

    m_reportA = report(QStringLiteral("exit"), QStringLiteral("zorg-a"), m_tokenA);
    m_reportB = report(QStringLiteral("exit"), QStringLiteral("zorg-b"), m_tokenB);
    QVERIFY(!m_reportA.isEmpty());
    QVERIFY(!m_reportB.isEmpty());
}

void TestReports::cleanupTestCase()
{
    m_collector.kill();
}

void TestReports::invariantsHold_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("A exit") << "A";
    QTest::newRow("B exit") << "B";
    QTest::newRow("A retention") << "A-retention";
}

void TestReports::invariantsHold()
{
    QFETCH(QString, which);
    const QJsonObject r = which == QLatin1String("A") ? m_reportA
        : which == QLatin1String("B")
        ? m_reportB
        : report(QStringLiteral("retention"), QStringLiteral("zorg-a"), m_tokenA);
    QCOMPARE(r.value(QLatin1String("k")).toInt(), 10);
    QStringList problems;
    checkInvariants(r, 10, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestReports::ownCountsFromK()
{
    QCOMPARE(m_reportA.value(QLatin1String("employer"))[QLatin1String("id")].toString(),
        QStringLiteral("zorg-a"));
    QCOMPARE(m_reportA.value(QLatin1String("respondents")).toObject(),
        (QJsonObject { { QStringLiteral("count"), 12 } }));

    const QJsonObject reasons
        = scopeOf(m_reportA, QStringLiteral("reasons"), QStringLiteral("own"));
    QCOMPARE(reasons.value(QLatin1String("answered"))[QLatin1String("count")].toInt(), 12);
    QCOMPARE(cellOf(reasons, QStringLiteral("workload")).value(QLatin1String("count")).toInt(), 12);
    QCOMPARE(cellOf(reasons, QStringLiteral("pay")).value(QLatin1String("count")).toInt(), 10);
    // 2 and 0 look the same: suppressed, no count, never a 0.
    const QJsonObject team = cellOf(reasons, QStringLiteral("team"));
    const QJsonObject aggression = cellOf(reasons, QStringLiteral("aggression"));
    QVERIFY2(isSuppressed(team), compact(team).constData());
    QVERIFY2(isSuppressed(aggression), compact(aggression).constData());
    QCOMPARE(team.keys(), aggression.keys());

    const QJsonObject enps = scopeOf(m_reportA, QStringLiteral("enps"), QStringLiteral("own"));
    QCOMPARE(enps.value(QLatin1String("mean"))[QLatin1String("value")].toDouble(), 9.0);
    QCOMPARE(enps.value(QLatin1String("enps"))[QLatin1String("value")].toDouble(), 100.0);
}

void TestReports::benchmarkHidesTheRestOfTheRegion()
{
    // Region = A (12) + B (3): showing 15 beside A's 12 would reveal B's 3.
    QVERIFY(isSuppressed(m_reportA.value(QLatin1String("regionRespondents")).toObject()));
    const QJsonObject region
        = scopeOf(m_reportA, QStringLiteral("reasons"), QStringLiteral("region"));
    QVERIFY(isSuppressed(region.value(QLatin1String("answered")).toObject()));
    // pay: region 13 - A 10 = 3 -> hidden.
    QVERIFY2(isSuppressed(cellOf(region, QStringLiteral("pay"))), compact(region).constData());
    // workload: region 12 - A 12 = 0 -> nothing of anyone else is revealed, so it is shown.
    QCOMPARE(cellOf(region, QStringLiteral("workload")).value(QLatin1String("count")).toInt(), 12);
    // enps: the region's mean rests on B's answers too.
    const QJsonObject enps = scopeOf(m_reportA, QStringLiteral("enps"), QStringLiteral("region"));
    QVERIFY(isSuppressed(enps.value(QLatin1String("mean")).toObject()));
    QVERIFY(isSuppressed(enps.value(QLatin1String("enps")).toObject()));

    // For B the rest of the region is A's 12 (>= k), so the benchmark may be shown.
    QCOMPARE(
        m_reportB.value(QLatin1String("regionRespondents"))[QLatin1String("count")].toInt(), 15);
    const QJsonObject regionB
        = scopeOf(m_reportB, QStringLiteral("reasons"), QStringLiteral("region"));
    QCOMPARE(cellOf(regionB, QStringLiteral("pay")).value(QLatin1String("count")).toInt(), 13);
}

void TestReports::freeTextOnlyFromK()
{
    const QJsonObject comment
        = scopeOf(m_reportA, QStringLiteral("comment"), QStringLiteral("own"));
    QCOMPARE(comment.value(QLatin1String("answered"))[QLatin1String("count")].toInt(), 12);
    const QJsonArray texts = comment.value(QLatin1String("texts")).toArray();
    QCOMPARE(texts.size(), 12);
    QCOMPARE(
        texts.first().toString(), QStringLiteral("Opmerking A00")); // sorted, not in arrival order
    QVERIFY(!comment.value(QLatin1String("textsSuppressed")).toBool());

    // Only 3 answered return_condition: hidden.
    const QJsonObject condition
        = scopeOf(m_reportA, QStringLiteral("return_condition"), QStringLiteral("own"));
    QVERIFY(condition.value(QLatin1String("textsSuppressed")).toBool());
    QVERIFY(condition.value(QLatin1String("texts")).toArray().isEmpty());
    QVERIFY(isSuppressed(condition.value(QLatin1String("answered")).toObject()));
    const QByteArray body = compact(m_reportA);
    QVERIFY(!body.contains("Voorwaarde"));
    // Other employers' texts never appear, and text questions have no regional part.
    QVERIFY(!body.contains("Opmerking B"));
    for (const QJsonValue &q : m_reportA.value(QLatin1String("questions")).toArray()) {
        if (q[QLatin1String("type")].toString() == QLatin1String("text"))
            QVERIFY(!q.toObject().contains(QLatin1String("region")));
    }
}

void TestReports::smallEmployerSeesNoOwnFigures()
{
    QVERIFY(isSuppressed(m_reportB.value(QLatin1String("respondents")).toObject()));
    const QJsonObject reasons
        = scopeOf(m_reportB, QStringLiteral("reasons"), QStringLiteral("own"));
    QVERIFY(isSuppressed(reasons.value(QLatin1String("answered")).toObject()));
    for (const QJsonValue &c : reasons.value(QLatin1String("cells")).toArray())
        QVERIFY2(isSuppressed(c.toObject()), compact(c.toObject()).constData());
    const QJsonObject comment
        = scopeOf(m_reportB, QStringLiteral("comment"), QStringLiteral("own"));
    QVERIFY(comment.value(QLatin1String("textsSuppressed")).toBool());
    QVERIFY(!compact(m_reportB).contains("Opmerking"));
}

void TestReports::emptySurveyIsAllSuppressed()
{
    const QJsonObject r = report(QStringLiteral("retention"), QStringLiteral("zorg-a"), m_tokenA);
    QVERIFY(isSuppressed(r.value(QLatin1String("respondents")).toObject()));
    QVERIFY(isSuppressed(r.value(QLatin1String("regionRespondents")).toObject()));
    QVERIFY(!r.value(QLatin1String("questions")).toArray().isEmpty());
    QVERIFY(!compact(r).contains("\"count\":0"));
}

void TestReports::csvExport()
{
    const HttpReply r
        = m_http.get(m_collector.url(QStringLiteral("/v1/reports/exit?employer=zorg-a")),
            { { "Authorization", "Bearer " + m_tokenA.toLatin1() }, { "Accept", "text/csv" } });
    QVERIFY2(r.status == 200, r.describe());
    QVERIFY(r.header("Content-Type").startsWith("text/csv"));
    const QStringList lines
        = QString::fromUtf8(r.body).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    QCOMPARE(
        lines.first(), QStringLiteral("scope,question,type,key,label_nl,label_en,measure,value"));
    QVERIFY(lines.contains(QStringLiteral("employer,,,,\"\",\"\",respondents,12")));
    QVERIFY(lines.contains(QStringLiteral("region,,,,\"\",\"\",respondents,suppressed")));
    const auto line = [&](const QString &prefix) {
        for (const QString &l : lines) {
            if (l.startsWith(prefix))
                return l;
        }
        return QString();
    };
    QVERIFY(line(QStringLiteral("employer,reasons,multi,workload,"))
                .endsWith(QLatin1String(",count,12")));
    QVERIFY(line(QStringLiteral("employer,reasons,multi,team,"))
                .endsWith(QLatin1String(",count,suppressed")));
    QVERIFY(line(QStringLiteral("region,reasons,multi,pay,"))
                .endsWith(QLatin1String(",count,suppressed")));
    QVERIFY(lines.contains(
        QStringLiteral("employer,return_condition,text,,\"\",\"\",text,suppressed")));
    QVERIFY(
        lines.contains(QStringLiteral("employer,comment,text,,\"\",\"\",text,\"Opmerking A05\"")));
    QVERIFY(!r.body.contains("Voorwaarde"));
    QVERIFY(!r.body.contains("Opmerking B"));
    for (const QString &l : lines)
        QCOMPARE(l.count(QLatin1Char(',')) >= 7, true);
    // A hidden figure is "suppressed", never an empty or 0 value.
    QVERIFY(!r.body.contains(",count,0\n"));
    QVERIFY(!r.body.contains(",count,\n"));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
