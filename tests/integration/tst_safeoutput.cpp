// Safe output against the real collector (issue 7): CSV cells that a spreadsheet would run as a
// formula are neutralised; free text with a lone surrogate or a noncharacter is refused with 422
// naming the field and stores nothing; the idea list is paged, and walking the pages returns each
// idea once. A report's free texts come only inside a release (issue 9), so the report's
// responses carry one-time credentials of their employer and are cut into a release first.
#include "credentials.h"
#include "regionalfixtures.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace zs::test;

namespace {

QByteArray ideaBody(const QByteArray &title, const QByteArray &description = "Een beschrijving.")
{
    // Raw JSON text, so escapes like \ud800 reach the collector exactly as written.
    return "{\"title\":\"" + title + "\",\"description\":\"" + description
        + "\",\"theme\":\"onboarding\",\"willHelp\":false}";
}

} // namespace

class TestSafeOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_token = m_collector.addEmployer(
            QStringLiteral("groningen"), QStringLiteral("zorg-a"), QStringLiteral("Zorggroep A"));
        QVERIFY(!m_token.isEmpty());
        QVERIFY2(m_collector.start({ QStringLiteral("--k"), QStringLiteral("5") }),
            qPrintable(m_collector.lastError()));
        QJsonArray items;
        for (const QString &comment : m_comments) {
            QJsonObject answers = exitAnswers();
            answers.insert(QStringLiteral("comment"), comment);
            items.append(
                m_credentials.credentialed(exitSubmission(QStringLiteral("zorg-a"), answers)));
            QVERIFY2(items.last()[QLatin1String("credential")].isObject(),
                qPrintable(m_credentials.lastError()));
        }
        const HttpReply r
            = m_http.post(m_collector.url(QStringLiteral("/v1/submissions")), batchBody(items));
        QVERIFY2(r.status == 200, r.describe().constData());
        for (const QJsonValue &result : r.json().value(QLatin1String("results")).toArray())
            QCOMPARE(result[QLatin1String("status")].toInt(), 201);
        const auto cut = m_collector.cutReleases({ QStringLiteral("--k"), QStringLiteral("5") });
        QVERIFY2(cut.exitCode == 0, cut.err.constData());
    }

    void csvNeutralisesFormulas()
    {
        const HttpReply r
            = m_http.get(m_collector.url(QStringLiteral("/v1/reports/exit?employer=zorg-a")),
                { { "Authorization", "Bearer " + m_token.toLatin1() }, { "Accept", "text/csv" } });
        QVERIFY2(r.status == 200, r.describe().constData());
        const QString csv = QString::fromUtf8(r.body);
        QVERIFY2(
            csv.contains(QStringLiteral(",text,\"'=HYPERLINK(\"\"#A1\"\";\"\"klik\"\")\"\r\n")),
            qPrintable(csv.right(600)));
        QVERIFY(csv.contains(QStringLiteral(",text,'+1 erbij\r\n")));
        QVERIFY(csv.contains(QStringLiteral(",text,'-1 eraf\r\n")));
        QVERIFY(csv.contains(QStringLiteral(",text,'@team\r\n")));
        QVERIFY(csv.contains(QStringLiteral(",text,Gewoon een opmerking\r\n")));
        QVERIFY(!csv.contains(QStringLiteral(",=")) && !csv.contains(QStringLiteral(",\"=")));
        QVERIFY(!csv.contains(QStringLiteral(",+")) && !csv.contains(QStringLiteral(",@")));
        // Figures stay numbers: a negative one (an eNPS of answers of 6) is not quoted away.
        static const QRegularExpression enps(
            QStringLiteral("^employer,1,[0-9-]+,[0-9-]+,enps,enps\\.score,(-?[0-9]+)\r$"),
            QRegularExpression::MultilineOption);
        const auto m = enps.match(csv);
        QVERIFY2(m.hasMatch(), qPrintable(csv));
        QVERIFY(m.captured(1).toInt() < 0);
        // Every text cell but the quoted formula starts with its apostrophe or a letter.
        for (const QString &line : csv.split(QStringLiteral("\r\n"))) {
            const qsizetype at = line.indexOf(QStringLiteral(",text,"));
            if (at < 0)
                continue;
            const QChar first = line.at(at + 6);
            QVERIFY2(first == QLatin1Char('\'') || first == QLatin1Char('"') || first.isLetter(),
                qPrintable(line));
        }
    }

    void reportTextsComeInsideARelease()
    {
        const HttpReply r = m_http.get(
            m_collector.url(QStringLiteral("/v1/reports/exit?employer=zorg-a")), bearer(m_token));
        QVERIFY2(r.status == 200, r.describe().constData());
        const QJsonObject own = r.json().value(QLatin1String("scopes")).toArray().at(0).toObject();
        QCOMPARE(own.value(QLatin1String("scope")).toString(), QStringLiteral("employer"));
        const QJsonArray releases = own.value(QLatin1String("releases")).toArray();
        QCOMPARE(releases.size(), 1);
        QStringList texts;
        for (const QJsonValue &q : releases.at(0)[QLatin1String("questions")].toArray()) {
            if (q[QLatin1String("id")].toString() == QLatin1String("comment")) {
                for (const QJsonValue &t : q[QLatin1String("texts")].toArray())
                    texts.append(t.toString());
            }
        }
        // Each answer once, as written (nothing in them for the scrubber).
        QStringList expected = m_comments;
        expected.sort();
        texts.sort();
        QCOMPARE(texts, expected);
        // A total carries no texts.
        for (const QJsonValue &q :
            own.value(QLatin1String("total"))[QLatin1String("questions")].toArray())
            QVERIFY(!q.toObject().contains(QLatin1String("texts")));
    }

    void badCharactersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("lone high surrogate in title")
            << ideaBody("Idee \\ud800 los") << QStringLiteral("title");
        QTest::newRow("lone low surrogate in description")
            << ideaBody("Idee", "Een \\udc00 beschrijving") << QStringLiteral("description");
        QTest::newRow("noncharacter U+FDD0") << ideaBody("Idee \\ufdd0") << QStringLiteral("title");
        QTest::newRow("noncharacter U+FFFE")
            << ideaBody("Idee", "Een beschrijving \\ufffe") << QStringLiteral("description");
        QTest::newRow("noncharacter U+1FFFF (a pair)")
            << ideaBody("Idee \\ud83f\\udfff") << QStringLiteral("title");
    }

    void badCharactersAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const qint64 before = SqliteFile(m_collector.dbPath()).count(QStringLiteral("ideas"));
        const HttpReply r = m_http.post(ideasUrl(), body);
        QCOMPARE(r.status, 422);
        QCOMPARE(errorField(r), field);
        QCOMPARE(SqliteFile(m_collector.dbPath()).count(QStringLiteral("ideas")), before);
    }

    void loneSurrogateInATextAnswerIsRefused()
    {
        const qint64 before = storedSubmissions(m_collector.dbPath());
        QByteArray body = compact(exitSubmission());
        body.replace("\"enps\":6", "\"enps\":6,\"comment\":\"kapot \\ud800 teken\"");
        QVERIFY(body.contains("ud800"));
        const HttpReply r = m_http.post(m_collector.url(QStringLiteral("/v1/submissions")), body);
        QCOMPARE(r.status, 422);
        QCOMPARE(errorField(r), QStringLiteral("answers.comment"));
        QCOMPARE(storedSubmissions(m_collector.dbPath()), before);
    }

    void realCharactersAreKept()
    {
        // A pair that makes a real character (an emoji) and ordinary accents pass unchanged.
        const HttpReply r = m_http.post(ideasUrl(), ideaBody("Idee \\ud83d\\ude00 café"));
        QCOMPARE(r.status, 201);
        const QString id = r.json().value(QLatin1String("id")).toString();
        const HttpReply list = m_http.get(ideasUrl());
        bool found = false;
        for (const QJsonValue &i : list.json().value(QLatin1String("ideas")).toArray()) {
            if (i[QLatin1String("id")].toString() == id) {
                QCOMPARE(i[QLatin1String("title")].toString(),
                    QString::fromUtf8("Idee \xF0\x9F\x98\x80 caf\xC3\xA9"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void ideaPagingWalksEveryIdeaOnce()
    {
        CollectorProcess collector;
        QVERIFY2(collector.start(), qPrintable(collector.lastError()));
        const QUrl url = collector.url(QStringLiteral("/v1/regions/utrecht/ideas"));
        QSet<QString> sent;
        for (int i = 0; i < 25; ++i) {
            const HttpReply r = m_http.post(url, ideaBody("Idee " + QByteArray::number(i)));
            QCOMPARE(r.status, 201);
            sent.insert(r.json().value(QLatin1String("id")).toString());
        }
        QStringList walked;
        QString after;
        int pages = 0;
        for (; pages < 20; ++pages) {
            QString query = QStringLiteral("?limit=7");
            if (!after.isEmpty())
                query += QStringLiteral("&after=") + after;
            const HttpReply r = m_http.get(QUrl(url.toString() + query));
            QVERIFY2(r.status == 200, r.describe().constData());
            const QJsonArray ideas = r.json().value(QLatin1String("ideas")).toArray();
            QVERIFY(ideas.size() <= 7);
            for (const QJsonValue &i : ideas)
                walked.append(i[QLatin1String("id")].toString());
            after = r.json().value(QLatin1String("next")).toString();
            if (after.isEmpty()) {
                ++pages;
                break;
            }
            QCOMPARE(ideas.size(), 7);
        }
        QCOMPARE(pages, 4);
        QCOMPARE(walked.size(), 25);
        QCOMPARE(QSet<QString>(walked.begin(), walked.end()), sent);

        // Without parameters: the first page of the default size, with an ETag that works.
        const HttpReply first = m_http.get(url);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QLatin1String("limit")).toInt(), 50);
        QCOMPARE(first.json().value(QLatin1String("ideas")).toArray().size(), 25);
        QVERIFY(!first.json().contains(QLatin1String("next")));
        const QByteArray etag = first.header("ETag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(m_http.get(url, { { "If-None-Match", etag } }).status, 304);

        for (const char *bad : { "?limit=0", "?limit=201", "?limit=x" }) {
            const HttpReply r = m_http.get(QUrl(url.toString() + QLatin1String(bad)));
            QCOMPARE(r.status, 400);
            QCOMPARE(errorField(r), QStringLiteral("limit"));
        }
        const HttpReply unknown = m_http.get(QUrl(url.toString() + QStringLiteral("?after=nope")));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(errorField(unknown), QStringLiteral("after"));
    }

private:
    QUrl ideasUrl() const { return m_collector.url(QStringLiteral("/v1/regions/utrecht/ideas")); }

    /// Twenty answers, so the comment group (optional) is far above k = 5 however it is noised.
    static QStringList comments()
    {
        QStringList list { QStringLiteral("=HYPERLINK(\"#A1\";\"klik\")"),
            QStringLiteral("+1 erbij"), QStringLiteral("-1 eraf"), QStringLiteral("@team"),
            QStringLiteral("Gewoon een opmerking") };
        while (list.size() < 20)
            list.append(QStringLiteral("Nog een opmerking, de %1e").arg(list.size()));
        return list;
    }
    const QStringList m_comments = comments();
    CollectorProcess m_collector;
    Http m_http;
    CredentialMaker m_credentials { m_collector, m_http };
    QString m_token;
};

QTEST_GUILESS_MAIN(TestSafeOutput)
#include "tst_safeoutput.moc"
