// The collector's one route table (CollectorServer::routes()) against the real collector: every
// listed method and path reaches a handler, any other method on a listed path is 405, and a path
// the table does not list is 404.

#include "collectorprocess.h"
#include "collectorserver.h"
#include "regionalfixtures.h"
#include "testsupport.h"

#include <QMap>
#include <QSet>
#include <QTest>

using namespace zs;
using namespace zs::test;

namespace {

using Method = QHttpServerRequest::Method;

const QList<std::pair<Method, QByteArray>> kMethods = {
    { Method::Get, "GET" },
    { Method::Post, "POST" },
    { Method::Put, "PUT" },
    { Method::Delete, "DELETE" },
    { Method::Patch, "PATCH" },
};

QByteArray verbOf(Method method)
{
    for (const auto &[m, verb] : kMethods) {
        if (m == method)
            return verb;
    }
    qFatal("a route with a method this test does not know");
}

/// The path with every "<arg>" replaced by a segment.
QString concrete(QString path)
{
    return path.replace(QLatin1String("<arg>"), QLatin1String("x-1"));
}

/// path -> the methods the table lists for it.
QMap<QString, QSet<QByteArray>> methodsByPath()
{
    QMap<QString, QSet<QByteArray>> map;
    for (const Route &route : CollectorServer::routes())
        map[route.path].insert(verbOf(route.method));
    return map;
}

} // namespace

class TestRouteTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError())); }

    void theTableListsTheWholeApi()
    {
        const auto map = methodsByPath();
        QCOMPARE(CollectorServer::routes().size(), 30);
        QCOMPARE(map.size(), 25);
        QCOMPARE(map.value(QStringLiteral("/v1/panels/<arg>/members/<arg>")),
            (QSet<QByteArray> { "GET", "DELETE" }));
        // Issue 10: a coordinator removes actions, hides ideas, exports a panel's contacts and
        // reads the region's audit log.
        QCOMPARE(map.value(QStringLiteral("/v1/actions/<arg>")), (QSet<QByteArray> { "DELETE" }));
        QCOMPARE(map.value(QStringLiteral("/v1/ideas/<arg>/hide")), (QSet<QByteArray> { "POST" }));
        QCOMPARE(map.value(QStringLiteral("/v1/panels/<arg>/members")),
            (QSet<QByteArray> { "GET", "POST" }));
        QCOMPARE(
            map.value(QStringLiteral("/v1/regions/<arg>/audit")), (QSet<QByteArray> { "GET" }));
        // Issue 8: keys, invitations and credentials.
        QCOMPARE(map.value(QStringLiteral("/v1/keys")), (QSet<QByteArray> { "GET" }));
        QCOMPARE(map.value(QStringLiteral("/v1/invitations/<arg>")), (QSet<QByteArray> { "GET" }));
        QCOMPARE(map.value(QStringLiteral("/v1/credentials")), (QSet<QByteArray> { "POST" }));
        QCOMPARE(map.value(QStringLiteral("/v1/employers/<arg>/invitations")),
            (QSet<QByteArray> { "GET", "POST" }));
        // Issue 9: a panel round's report, built from its releases.
        QCOMPARE(map.value(QStringLiteral("/v1/panels/<arg>/rounds/<arg>/report")),
            (QSet<QByteArray> { "GET" }));
        // Issue 10: whom a token belongs to, for the dashboards' sign-in.
        QCOMPARE(map.value(QStringLiteral("/v1/session")), (QSet<QByteArray> { "GET" }));
        QVERIFY(CollectorServer::knowsPath(QStringLiteral("/v1/regions/utrecht/actions")));
        QVERIFY(!CollectorServer::knowsPath(QStringLiteral("/v1/regions/utrecht")));
        QVERIFY(!CollectorServer::knowsPath(QStringLiteral("/v1/regions//actions")));
    }

    void everyListedRouteReachesItsHandler_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        for (const Route &route : CollectorServer::routes())
            QTest::addRow("%s %s", verbOf(route.method).constData(), qPrintable(route.path))
                << verbOf(route.method) << concrete(route.path);
    }

    void everyListedRouteReachesItsHandler()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        const HttpReply r = send(m_http, verb, m_collector.url(path));
        QVERIFY2(r.status != 0, r.describe());
        QVERIFY2(r.status != 405, r.describe());
        QVERIFY2(r.errorCode() != QLatin1String("not_found")
                && r.errorCode() != QLatin1String("method_not_allowed"),
            r.describe());
    }

    void wrongMethodOnAKnownPathIs405_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        const auto map = methodsByPath();
        int rows = 0;
        for (auto it = map.begin(); it != map.end(); ++it) {
            for (const auto &[method, verb] : kMethods) {
                Q_UNUSED(method);
                if (it.value().contains(verb))
                    continue;
                QTest::addRow("%s %s", verb.constData(), qPrintable(it.key()))
                    << verb << concrete(it.key());
                ++rows;
            }
        }
        QVERIFY(rows >= 19 * 3);
    }

    void wrongMethodOnAKnownPathIs405()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        const HttpReply r = send(m_http, verb, m_collector.url(path));
        QVERIFY2(r.status == 405, r.describe());
        QCOMPARE(r.errorCode(), QStringLiteral("method_not_allowed"));
    }

    void unknownPathIs404_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        const char *paths[] = { "/", "/v1", "/v1/nope", "/v2/health", "/v1/health/x",
            "/v1/regions/utrecht", "/v1/regions/utrecht/panels/x", "/v1/regions/a/b/employers",
            "/v1/regions//actions", "/v1/panels/x", "/v1/panels/x/members/y/z", "/v1/actions/x/y",
            "/v1/ideas/x/supports", "/v1/reports", "/v1/reports/pulse", "/v1/keys/x",
            "/v1/invitations", "/v1/invitations/x/y", "/v1/credentials/x", "/v1/employers/x",
            "/v1/employers/x/invitations/y" };
        for (const char *path : paths) {
            for (const QByteArray &verb : { QByteArray("GET"), QByteArray("POST") })
                QTest::addRow("%s %s", verb.constData(), path) << verb << QString::fromLatin1(path);
        }
    }

    void unknownPathIs404()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QVERIFY(!CollectorServer::knowsPath(path));
        const HttpReply r = send(m_http, verb, m_collector.url(path));
        QVERIFY2(r.status == 404, r.describe());
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    }

private:
    CollectorProcess m_collector;
    Http m_http;
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_routetable.moc"
