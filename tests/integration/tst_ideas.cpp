// Ideas against the real collector (docs/protocol.md "Ideas"): anyone sends one; the public list
// shows no names nor offers to help, the region's coordinator sees both; supports are counted
// once per device key; bad bodies are refused and store nothing.
#include "idea.h"
#include "regionalfixtures.h"

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace zs::test;

namespace {

QJsonObject idea(const QString &title = QStringLiteral("Vaste maatjes"))
{
    return { { QStringLiteral("title"), title },
        { QStringLiteral("description"),
            QStringLiteral("Elke starter krijgt een vaste collega als maatje.") },
        { QStringLiteral("theme"), QStringLiteral("onboarding") },
        { QStringLiteral("willHelp"), true },
        { QStringLiteral("name"), QStringLiteral("Kees Idee") } };
}

QJsonObject findIdea(const QJsonArray &ideas, const QString &id)
{
    for (const QJsonValue &v : ideas) {
        if (v[QLatin1String("id")].toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestIdeas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
        m_utrecht = m_collector.addCoordinator(QStringLiteral("utrecht"));
        m_rijnmond = m_collector.addCoordinator(QStringLiteral("rijnmond"));
        QVERIFY(!m_utrecht.isEmpty() && !m_rijnmond.isEmpty());
    }

    void sendAndListWithoutNames()
    {
        const HttpReply sent = m_http.postJson(ideasUrl(QStringLiteral("utrecht")), idea());
        QCOMPARE(sent.status, 201);
        m_idea = sent.json().value(QLatin1String("id")).toString();
        QVERIFY(!m_idea.isEmpty());
        QJsonObject anonymous = idea(QStringLiteral("Minder formulieren"));
        anonymous.remove(QStringLiteral("name"));
        anonymous.insert(QStringLiteral("willHelp"), false);
        anonymous.insert(QStringLiteral("theme"), QStringLiteral("red_tape"));
        const HttpReply second = m_http.postJson(ideasUrl(QStringLiteral("utrecht")), anonymous);
        QCOMPARE(second.status, 201);
        const QString anonymousId = second.json().value(QLatin1String("id")).toString();

        const HttpReply list = m_http.get(ideasUrl(QStringLiteral("utrecht")));
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains("Kees Idee"));
        const QJsonObject shown
            = findIdea(list.json().value(QLatin1String("ideas")).toArray(), m_idea);
        QCOMPARE(shown.keys(),
            (QStringList { QStringLiteral("created"), QStringLiteral("description"),
                QStringLiteral("id"), QStringLiteral("supports"), QStringLiteral("theme"),
                QStringLiteral("title") }));
        QCOMPARE(shown.value(QLatin1String("title")).toString(), QStringLiteral("Vaste maatjes"));
        QCOMPARE(shown.value(QLatin1String("supports")).toInt(), 0);
        static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        QVERIFY(day.match(shown.value(QLatin1String("created")).toString()).hasMatch());
        QVERIFY(
            !findIdea(list.json().value(QLatin1String("ideas")).toArray(), anonymousId).isEmpty());
        // Ideas belong to their region.
        QVERIFY(findIdea(m_http.get(ideasUrl(QStringLiteral("rijnmond")))
                             .json()
                             .value(QLatin1String("ideas"))
                             .toArray(),
            m_idea)
                    .isEmpty());
    }

    void theCoordinatorSeesNamesAndOffers()
    {
        const HttpReply r = m_http.get(ideasUrl(QStringLiteral("utrecht")), bearer(m_utrecht));
        QCOMPARE(r.status, 200);
        const QJsonArray ideas = r.json().value(QLatin1String("ideas")).toArray();
        const QJsonObject named = findIdea(ideas, m_idea);
        QCOMPARE(named.value(QLatin1String("name")).toString(), QStringLiteral("Kees Idee"));
        QCOMPARE(named.value(QLatin1String("willHelp")).toBool(), true);
        for (const QJsonValue &v : ideas) {
            if (v[QLatin1String("id")].toString() != m_idea) {
                QVERIFY(!v.toObject().contains(QLatin1String("name")));
                QCOMPARE(v[QLatin1String("willHelp")].toBool(), false);
            }
        }
        const HttpReply other = m_http.get(ideasUrl(QStringLiteral("utrecht")), bearer(m_rijnmond));
        QCOMPARE(other.status, 403);
        QVERIFY(!other.body.contains("Kees Idee"));
        QCOMPARE(
            m_http.get(ideasUrl(QStringLiteral("utrecht")), bearer(QStringLiteral("zsc_x"))).status,
            401);
        QCOMPARE(m_http.get(ideasUrl(QStringLiteral("rijnmond")), bearer(m_rijnmond)).status, 200);
    }

    void supportIsCountedOncePerKey()
    {
        const QUrl url = m_collector.url(QStringLiteral("/v1/ideas/%1/support").arg(m_idea));
        const auto support = [&](const char *key) {
            return m_http.postJson(url, { { QStringLiteral("key"), QLatin1String(key) } });
        };
        HttpReply r = support("ffeeddccbbaa99887766554433221100");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1String("supports")).toInt(), 1);
        r = support("ffeeddccbbaa99887766554433221100");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("supports")).toInt(), 1);
        r = support("0123456789abcdef0123456789abcdef");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1String("supports")).toInt(), 2);
        QCOMPARE(findIdea(m_http.get(ideasUrl(QStringLiteral("utrecht")))
                              .json()
                              .value(QLatin1String("ideas"))
                              .toArray(),
                     m_idea)
                     .value(QLatin1String("supports"))
                     .toInt(),
            2);

        const qint64 before = supportCount();
        QCOMPARE(support("short").status, 422);
        QCOMPARE(
            m_http
                .postJson(url,
                    { { QStringLiteral("key"), QStringLiteral("00112233445566778899aabbccddeeff") },
                        { QStringLiteral("kind"), QStringLiteral("useful") } })
                .status,
            422);
        QCOMPARE(m_http.post(url, "[]").status, 400);
        QCOMPARE(supportCount(), before);
        const HttpReply unknown
            = m_http.postJson(m_collector.url(QStringLiteral("/v1/ideas/nope/support")),
                { { QStringLiteral("key"), QStringLiteral("00112233445566778899aabbccddeeff") } });
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("unknown_idea"));
        QCOMPARE(m_http.get(url).status, 405);
    }

    // Issue 11: the app's outbox sends an idea again when the answer was lost; with the same
    // request id it is the same idea (200, the same id), never a second one.
    void aRepeatWithTheSameRequestIdIsTheSameIdea()
    {
        QJsonObject body = idea(QStringLiteral("Eén keer, ook na een herhaling"));
        body.insert(
            QStringLiteral("requestId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        const qint64 before = ideaCount();
        const HttpReply first = m_http.postJson(ideasUrl(QStringLiteral("utrecht")), body);
        QCOMPARE(first.status, 201);
        const QString id = first.json().value(QLatin1String("id")).toString();
        QCOMPARE(id, zs::Idea::idFor(body.value(QLatin1String("requestId")).toString()));
        const HttpReply again = m_http.postJson(ideasUrl(QStringLiteral("utrecht")), body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QLatin1String("id")).toString(), id);
        QCOMPARE(ideaCount(), before + 1);
        // The request id itself is not kept.
        const QByteArray requestId = body.value(QLatin1String("requestId")).toString().toLatin1();
        const SqliteFile store(m_collector.dbPath());
        QVERIFY(store.anyValueContains("Eén keer, ook na een herhaling")); // the scan finds rows
        QVERIFY(!store.anyValueContains(requestId));
        if (!usePostgres()) // the bytes of an SQLite file and its WAL (PostgreSQL has no such file)
            QVERIFY(!fileAndWal(m_collector.dbPath()).contains(requestId));
        // Another request id is another idea, also with the same words.
        body.insert(
            QStringLiteral("requestId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(m_http.postJson(ideasUrl(QStringLiteral("utrecht")), body).status, 201);
        QCOMPARE(ideaCount(), before + 2);
        body.insert(QStringLiteral("requestId"), QStringLiteral("not-a-uuid"));
        const HttpReply bad = m_http.postJson(ideasUrl(QStringLiteral("utrecht")), body);
        QCOMPARE(bad.status, 422);
        QCOMPARE(errorField(bad), QStringLiteral("requestId"));
        QCOMPARE(ideaCount(), before + 2);
    }

    void badIdeasAreRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined: left out
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("title too short") << "title" << QJsonValue(QStringLiteral("ab"));
        QTest::newRow("title too long") << "title" << QJsonValue(QString(121, QLatin1Char('t')));
        QTest::newRow("no title") << "title" << absent;
        QTest::newRow("description too long")
            << "description" << QJsonValue(QString(2001, QLatin1Char('d')));
        QTest::newRow("description as number") << "description" << QJsonValue(12);
        QTest::newRow("unknown theme") << "theme" << QJsonValue(QStringLiteral("coffee"));
        QTest::newRow("no willHelp") << "willHelp" << absent;
        QTest::newRow("willHelp as text") << "willHelp" << QJsonValue(QStringLiteral("yes"));
        QTest::newRow("name too long") << "name" << QJsonValue(QString(101, QLatin1Char('n')));
        QTest::newRow("empty name") << "name" << QJsonValue(QString());
        QTest::newRow("extra field") << "email" << QJsonValue(QStringLiteral("kees@example.nl"));
    }

    void badIdeasAreRefusedAndNothingStored()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject body = idea();
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        const qint64 before = ideaCount();
        const HttpReply r = m_http.postJson(ideasUrl(QStringLiteral("utrecht")), body);
        QVERIFY2(r.status == 422, r.describe());
        QCOMPARE(errorField(r), field);
        QCOMPARE(ideaCount(), before);
    }

    void malformedAndUnknownRegion()
    {
        const qint64 before = ideaCount();
        QCOMPARE(
            m_http.post(ideasUrl(QStringLiteral("utrecht")), compact(idea()), "text/plain").status,
            415);
        QCOMPARE(m_http.post(ideasUrl(QStringLiteral("utrecht")), "{").status, 400);
        QCOMPARE(m_http.postJson(ideasUrl(QStringLiteral("atlantis")), idea()).status, 404);
        QCOMPARE(m_http.get(ideasUrl(QStringLiteral("atlantis"))).status, 404);
        QCOMPARE(ideaCount(), before);
        QCOMPARE(send(m_http, "DELETE", ideasUrl(QStringLiteral("utrecht"))).status, 405);
    }

private:
    QUrl ideasUrl(const QString &region) const
    {
        return m_collector.url(QStringLiteral("/v1/regions/%1/ideas").arg(region));
    }
    qint64 ideaCount() const
    {
        return SqliteFile(m_collector.dbPath()).count(QStringLiteral("ideas"));
    }
    qint64 supportCount() const
    {
        return SqliteFile(m_collector.dbPath()).count(QStringLiteral("idea_supports"));
    }

    CollectorProcess m_collector;
    Http m_http;
    QString m_utrecht;
    QString m_rijnmond;
    QString m_idea;
};

QTEST_GUILESS_MAIN(TestIdeas)
#include "tst_ideas.moc"
