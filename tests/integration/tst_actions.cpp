// Regional actions against the real collector (docs/protocol.md "Regional actions"): the seeded
// examples, ETags, coordinators publishing and updating their own region's actions only (401,
// 403), strict validation that stores nothing on a refusal, and anonymous reactions counted once
// per device key and kind.
#include "regionalfixtures.h"

#include <QRegularExpression>
#include <QTest>

using namespace zs::test;

namespace {

/// A copy of o with the value at a dotted path ("target.date") set, or removed when undefined.
QJsonObject withPath(QJsonObject o, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            o.remove(path.first());
        else
            o.insert(path.first(), value);
        return o;
    }
    const QJsonValue child = o.value(path.first());
    if (child.isArray()) { // "progress.0.date"
        QJsonArray a = child.toArray();
        const int i = path.at(1).toInt();
        a[i] = withPath(a.at(i).toObject(), path.mid(2), value);
        o.insert(path.first(), a);
    } else {
        o.insert(path.first(), withPath(child.toObject(), path.mid(1), value));
    }
    return o;
}

} // namespace

class TestActions : public QObject
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

    void seededExamplesAreListed()
    {
        const HttpReply r = m_http.get(actionsUrl(QStringLiteral("utrecht")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("region")).toString(), QStringLiteral("utrecht"));
        const QJsonArray actions = r.json().value(QLatin1String("actions")).toArray();
        QVERIFY(actions.size() >= 3);
        static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        for (const QJsonValue &a : actions) {
            QCOMPARE(a[QLatin1String("region")].toString(), QStringLiteral("utrecht"));
            QVERIFY(a[QLatin1String("example")].toBool());
            QVERIFY(day.match(a[QLatin1String("updated")].toString()).hasMatch());
            QCOMPARE(a[QLatin1String("reactions")].toObject().keys(),
                (QStringList { QStringLiteral("help"), QStringLiteral("useful") }));
        }
        QVERIFY(ids(actions).contains(QStringLiteral("utrecht-jongraat-pilot")));
        QVERIFY(!ids(m_http.get(actionsUrl(QStringLiteral("rijnmond")))
                         .json()
                         .value(QLatin1String("actions"))
                         .toArray())
                     .contains(QStringLiteral("utrecht-jongraat-pilot")));
        QCOMPARE(m_http.get(actionsUrl(QStringLiteral("groningen")))
                     .json()
                     .value(QLatin1String("actions"))
                     .toArray()
                     .size(),
            0);
        QCOMPARE(m_http.get(actionsUrl(QStringLiteral("atlantis"))).status, 404);
    }

    void seedingIsOnceAndKeepsChanges()
    {
        // A restart seeds only ids that are absent: a coordinator's change survives it.
        QJsonObject a = m_http.get(actionsUrl(QStringLiteral("rijnmond")))
                            .json()
                            .value(QLatin1String("actions"))
                            .toArray()
                            .first()
                            .toObject();
        a.remove(QStringLiteral("updated"));
        a.remove(QStringLiteral("reactions"));
        a.insert(QStringLiteral("status"), QStringLiteral("stopped"));
        QCOMPARE(post(QStringLiteral("rijnmond"), a, m_rijnmond).status, 200);
        const qint64 before = actionCount();
        m_collector.kill();
        QVERIFY(m_collector.restart());
        QCOMPARE(actionCount(), before);
        const QJsonArray after = m_http.get(actionsUrl(QStringLiteral("rijnmond")))
                                     .json()
                                     .value(QLatin1String("actions"))
                                     .toArray();
        for (const QJsonValue &v : after) {
            if (v[QLatin1String("id")] == a.value(QLatin1String("id")))
                QCOMPARE(v[QLatin1String("status")].toString(), QStringLiteral("stopped"));
        }
    }

    void etagAnswers304UntilSomethingChanges()
    {
        const QUrl url = actionsUrl(QStringLiteral("utrecht"));
        const QByteArray etag = m_http.get(url).header("ETag");
        QVERIFY(!etag.isEmpty());
        const HttpReply same = m_http.get(url, { { "If-None-Match", etag } });
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());
        QCOMPARE(
            post(QStringLiteral("utrecht"),
                validAction(QStringLiteral("utrecht-etag"), QStringLiteral("utrecht")), m_utrecht)
                .status,
            201);
        const HttpReply changed = m_http.get(url, { { "If-None-Match", etag } });
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.header("ETag") != etag);
    }

    void createAndUpdateWithProgress()
    {
        QJsonObject a = validAction(QStringLiteral("utrecht-rosters"), QStringLiteral("utrecht"));
        const HttpReply created = post(QStringLiteral("utrecht"), a, m_utrecht);
        QCOMPARE(created.status, 201);
        const QJsonObject stored = created.json();
        QCOMPARE(stored.value(QLatin1String("id")).toString(), QStringLiteral("utrecht-rosters"));
        QCOMPARE(stored.value(QLatin1String("updated")).toString(),
            QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(stored.value(QLatin1String("reactions"))[QLatin1String("useful")].toInt(), 0);
        QVERIFY(!stored.value(QLatin1String("example")).toBool());

        a.insert(QStringLiteral("status"), QStringLiteral("running"));
        QJsonArray progress;
        for (const auto &[date, value] :
            { std::pair { "2026-09-01", 2 }, std::pair { "2026-11-01", 5 } })
            progress.append(QJsonObject { { QStringLiteral("date"), QLatin1String(date) },
                { QStringLiteral("value"), value },
                { QStringLiteral("note"),
                    label(QStringLiteral("Meer teams"), QStringLiteral("More teams")) } });
        a.insert(QStringLiteral("progress"), progress);
        const qint64 before = actionCount();
        const HttpReply updated = post(QStringLiteral("utrecht"), a, m_utrecht);
        QCOMPARE(updated.status, 200);
        QCOMPARE(actionCount(), before);
        const QJsonObject listed
            = find(QStringLiteral("utrecht"), QStringLiteral("utrecht-rosters"));
        QCOMPARE(listed.value(QLatin1String("status")).toString(), QStringLiteral("running"));
        QCOMPARE(listed.value(QLatin1String("progress")).toArray(), progress);
    }

    void anActionWithoutSourceIsPublishedAndTakesReactions()
    {
        // "source" is optional; a coordinator's own action counts reactions like an example,
        // and a repeat from the same device answers 200 with the count unchanged.
        QJsonObject a = validAction(QStringLiteral("utrecht-nosource"), QStringLiteral("utrecht"));
        a.remove(QStringLiteral("source"));
        const HttpReply created = post(QStringLiteral("utrecht"), a, m_utrecht);
        QVERIFY2(created.status == 201, created.describe());
        const QUrl url = reactionsUrl(QStringLiteral("utrecht-nosource"));
        const QJsonObject body { { QStringLiteral("kind"), QStringLiteral("help") },
            { QStringLiteral("key"), QStringLiteral("00112233445566778899aabbccddeeff") } };
        const HttpReply first = m_http.postJson(url, body);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json()[QLatin1String("reactions")][QLatin1String("help")].toInt(), 1);
        const HttpReply again = m_http.postJson(url, body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json()[QLatin1String("reactions")][QLatin1String("help")].toInt(), 1);
    }

    void authIsChecked()
    {
        const QJsonObject a
            = validAction(QStringLiteral("utrecht-auth"), QStringLiteral("utrecht"));
        const qint64 before = actionCount();
        QCOMPARE(post(QStringLiteral("utrecht"), a, {}).status, 401);
        QCOMPARE(post(QStringLiteral("utrecht"), a, QStringLiteral("zsc_nonsense")).status, 401);
        const QString employer = m_collector.addEmployer(
            QStringLiteral("utrecht"), QStringLiteral("zorg-utrecht"), QStringLiteral("Zorg U"));
        QVERIFY(!employer.isEmpty());
        QCOMPARE(post(QStringLiteral("utrecht"), a, employer).status, 401);
        const HttpReply other = post(QStringLiteral("utrecht"), a, m_rijnmond);
        QCOMPARE(other.status, 403);
        QCOMPARE(other.errorCode(), QStringLiteral("forbidden"));
        // Nor through its own region's path with another region's action id.
        QJsonObject hijack
            = validAction(QStringLiteral("utrecht-rosters"), QStringLiteral("rijnmond"));
        QCOMPARE(post(QStringLiteral("rijnmond"), hijack, m_rijnmond).status, 403);
        QCOMPARE(actionCount(), before);
        QCOMPARE(find(QStringLiteral("utrecht"), QStringLiteral("utrecht-rosters"))
                     .value(QLatin1String("region"))
                     .toString(),
            QStringLiteral("utrecht"));
        QCOMPARE(post(QStringLiteral("atlantis"), a, m_utrecht).status, 404);
    }

    void badActionsAreRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value"); // undefined: left out
        QTest::addColumn<QString>("expectedField");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("unknown field") << "ip" << QJsonValue(QStringLiteral("1.2.3.4")) << "ip";
        QTest::newRow("updated is the collector's")
            << "updated" << QJsonValue(QStringLiteral("2026-01-01")) << "updated";
        QTest::newRow("reactions are counted, not sent")
            << "reactions" << QJsonValue(QJsonObject {}) << "reactions";
        QTest::newRow("other region")
            << "region" << QJsonValue(QStringLiteral("rijnmond")) << "region";
        QTest::newRow("no title") << "title" << absent << "title";
        QTest::newRow("title not a label") << "title" << QJsonValue(QStringLiteral("x")) << "title";
        QTest::newRow("empty Dutch title") << "title.nl" << QJsonValue(QString()) << "title.nl";
        QTest::newRow("title too long")
            << "title.en" << QJsonValue(QString(121, QLatin1Char('t'))) << "title.en";
        QTest::newRow("description too long")
            << "description.nl" << QJsonValue(QString(2001, QLatin1Char('d'))) << "description.nl";
        QTest::newRow("unknown line") << "line" << QJsonValue(QStringLiteral("sideways")) << "line";
        QTest::newRow("no themes") << "themes" << QJsonValue(QJsonArray {}) << "themes";
        QTest::newRow("unknown theme")
            << "themes" << QJsonValue(QJsonArray { QStringLiteral("coffee") }) << "themes";
        QTest::newRow("4W without who") << "commitment.who" << absent << "commitment.who";
        QTest::newRow("target value as text")
            << "target.value" << QJsonValue(QStringLiteral("ten")) << "target.value";
        QTest::newRow("impossible target date")
            << "target.date" << QJsonValue(QStringLiteral("2027-13-01")) << "target.date";
        QTest::newRow("a time, not a day")
            << "target.date" << QJsonValue(QStringLiteral("2027-06-30T10:00:00")) << "target.date";
        QTest::newRow("bad progress date")
            << "progress.0.date" << QJsonValue(QStringLiteral("yesterday")) << "progress[0].date";
        QTest::newRow("extra progress field")
            << "progress.0.author" << QJsonValue(QStringLiteral("Jan")) << "progress[0].author";
        QTest::newRow("bad status") << "status" << QJsonValue(QStringLiteral("maybe")) << "status";
        QTest::newRow("bad id") << "id" << QJsonValue(QStringLiteral("Has Spaces")) << "id";
        QTest::newRow("http source")
            << "source" << QJsonValue(QStringLiteral("http://x.nl")) << "source";
        QTest::newRow("example as text")
            << "example" << QJsonValue(QStringLiteral("yes")) << "example";
    }

    void badActionsAreRefusedAndNothingStored()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedField);
        QJsonObject a = validAction(QStringLiteral("utrecht-bad"), QStringLiteral("utrecht"));
        a.insert(QStringLiteral("progress"),
            QJsonArray { QJsonObject { { QStringLiteral("date"), QStringLiteral("2026-10-01") },
                { QStringLiteral("value"), 1 },
                { QStringLiteral("note"),
                    label(QStringLiteral("Start"), QStringLiteral("Start")) } } });
        a = withPath(a, path.split(QLatin1Char('.')), value);
        const qint64 before = actionCount();
        const HttpReply r = post(QStringLiteral("utrecht"), a, m_utrecht);
        QVERIFY2(r.status == 422, r.describe());
        QCOMPARE(errorField(r), expectedField);
        QCOMPARE(actionCount(), before);
        QVERIFY(find(QStringLiteral("utrecht"), QStringLiteral("utrecht-bad")).isEmpty());
    }

    void malformedBodies()
    {
        const QUrl url = actionsUrl(QStringLiteral("utrecht"));
        const qint64 before = actionCount();
        QCOMPARE(m_http.post(url, "not json", "application/json", bearer(m_utrecht)).status, 400);
        QCOMPARE(m_http
                     .post(url,
                         compact(validAction(
                             QStringLiteral("utrecht-plain"), QStringLiteral("utrecht"))),
                         "text/plain", bearer(m_utrecht))
                     .status,
            415);
        QCOMPARE(actionCount(), before);
        QCOMPARE(send(m_http, "DELETE", url).status, 405);
    }

    void reactionsCountOncePerKeyAndKind()
    {
        const QUrl url = reactionsUrl(QStringLiteral("utrecht-jongraat-pilot"));
        const auto react = [&](const char *kind, const char *key) {
            return m_http.postJson(url,
                { { QStringLiteral("kind"), QLatin1String(kind) },
                    { QStringLiteral("key"), QLatin1String(key) } });
        };
        const char *device1 = "00112233445566778899aabbccddeeff";
        const char *device2 = "ffeeddccbbaa99887766554433221100";
        HttpReply r = react("useful", device1);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[QLatin1String("reactions")][QLatin1String("useful")].toInt(), 1);
        QCOMPARE(react("useful", device1).status, 200);
        QCOMPARE(react("help", device1).status, 201);
        r = react("useful", device2);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[QLatin1String("reactions")].toObject(),
            (QJsonObject { { QStringLiteral("useful"), 2 }, { QStringLiteral("help"), 1 } }));
        // The same key on another action is a different count: keys of actions are not linked.
        QCOMPARE(m_http
                     .postJson(reactionsUrl(QStringLiteral("utrecht-halve-outflow")),
                         { { QStringLiteral("kind"), QStringLiteral("useful") },
                             { QStringLiteral("key"), QLatin1String(device1) } })
                     .status,
            201);
        const QJsonObject listed
            = find(QStringLiteral("utrecht"), QStringLiteral("utrecht-jongraat-pilot"));
        QCOMPARE(listed.value(QLatin1String("reactions"))[QLatin1String("useful")].toInt(), 2);
        // Keys are stored hashed, never as sent (the bytes of an SQLite file; on PostgreSQL the
        // stored keys).
        if (usePostgres())
            QCOMPARE(SqliteFile(m_collector.dbPath())
                         .count(QStringLiteral("reactions"), QStringLiteral("key_hash = ?"),
                             { QByteArray(device1) }),
                0);
        else
            QVERIFY(!fileAndWal(m_collector.dbPath()).contains(device1));
    }

    void badReactions_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown kind")
            << QByteArray(R"({"kind":"like","key":"00112233445566778899aabbccddeeff"})") << 422;
        QTest::newRow("short key") << QByteArray(R"({"kind":"useful","key":"short"})") << 422;
        QTest::newRow("upper-case key")
            << QByteArray(R"({"kind":"useful","key":"00112233445566778899AABBCCDDEEFF"})") << 422;
        QTest::newRow("no key") << QByteArray(R"({"kind":"useful"})") << 422;
        QTest::newRow("extra field") << QByteArray(
            R"({"kind":"useful","key":"00112233445566778899aabbccddeeff","device":"x"})")
                                     << 422;
        QTest::newRow("not json") << QByteArray("useful") << 400;
    }

    void badReactions()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const qint64 before = SqliteFile(m_collector.dbPath()).count(QStringLiteral("reactions"));
        QCOMPARE(m_http.post(reactionsUrl(QStringLiteral("utrecht-jongraat-pilot")), body).status,
            status);
        QCOMPARE(SqliteFile(m_collector.dbPath()).count(QStringLiteral("reactions")), before);
    }

    void reactionToAnUnknownActionIs404()
    {
        const HttpReply r = m_http.postJson(reactionsUrl(QStringLiteral("nope")),
            { { QStringLiteral("kind"), QStringLiteral("useful") },
                { QStringLiteral("key"), QStringLiteral("00112233445566778899aabbccddeeff") } });
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("unknown_action"));
    }

private:
    QUrl actionsUrl(const QString &region) const
    {
        return m_collector.url(QStringLiteral("/v1/regions/%1/actions").arg(region));
    }
    QUrl reactionsUrl(const QString &id) const
    {
        return m_collector.url(QStringLiteral("/v1/actions/%1/reactions").arg(id));
    }
    HttpReply post(const QString &region, const QJsonObject &action, const QString &token)
    {
        return m_http.post(actionsUrl(region), compact(action), "application/json",
            token.isEmpty() ? Http::Headers {} : bearer(token));
    }
    QJsonObject find(const QString &region, const QString &id)
    {
        for (const QJsonValue &v :
            m_http.get(actionsUrl(region)).json().value(QLatin1String("actions")).toArray()) {
            if (v[QLatin1String("id")].toString() == id)
                return v.toObject();
        }
        return {};
    }
    qint64 actionCount() const
    {
        return SqliteFile(m_collector.dbPath()).count(QStringLiteral("actions"));
    }

    CollectorProcess m_collector;
    Http m_http;
    QString m_utrecht;
    QString m_rijnmond;
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
