// CollectorClient against a fake network (tests/support/fakenetwork.h): the ETag goes out as
// If-None-Match and a 304 comes back as it is, the one error shape becomes errorMessage, the
// bearer token is sent and never logged, a timeout is status 0, and a base URL may carry a path.
#include "collectorclient.h"
#include "fakenetwork.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace zs;
using test::FakeNetwork;
using test::FakeResponse;
using test::RecordedRequest;

Q_LOGGING_CATEGORY(lcProbe, "zorgstem.test.probe", QtWarningMsg) // debug off by default

namespace {

/// Every message logged while a LogCapture lives (all categories, all levels).
QStringList *g_log = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->append(QString::fromUtf8(context.category ? context.category : "") + u' ' + message);
}

class LogCapture
{
public:
    LogCapture()
    {
        g_log = &m_messages;
        QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
        m_previous = qInstallMessageHandler(captureMessage);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        g_log = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;
    const QStringList &messages() const { return m_messages; }

private:
    QStringList m_messages;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestCollectorClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_network = std::make_unique<FakeNetwork>();
        m_client = std::make_unique<CollectorClient>(m_network.get());
        m_client->setCollector(QUrl(QStringLiteral("https://collector.test")));
        m_reply.reset();
        m_calls = 0;
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
    }

    void etagIsSentAndA304PassedThrough()
    {
        FakeResponse notModified;
        notModified.status = 304;
        notModified.headers = { { QByteArrayLiteral("ETag"), QByteArrayLiteral("\"v7\"") } };
        m_network->enqueue(notModified);
        send("GET", QStringLiteral("/v1/regions/utrecht/actions"), {}, "\"v7\"");
        QTRY_VERIFY_WITH_TIMEOUT(m_reply.has_value(), kWait);
        const RecordedRequest &r = m_network->requests().first();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.header("If-None-Match"), QByteArray("\"v7\""));
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        QCOMPARE(m_reply->status, 304);
        QVERIFY(m_reply->body.isEmpty());
        QCOMPARE(m_reply->etag, QByteArray("\"v7\""));
        QVERIFY(m_reply->errorMessage.isEmpty());
        QCOMPARE(m_calls, 1);
    }

    void aFreshAnswerCarriesItsEtag()
    {
        FakeResponse fresh
            = FakeResponse::json(200, { { QStringLiteral("actions"), QJsonArray {} } });
        fresh.headers.append({ QByteArrayLiteral("ETag"), QByteArrayLiteral("\"v8\"") });
        m_network->enqueue(fresh);
        send("GET", QStringLiteral("/v1/regions/utrecht/actions"), {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(m_reply.has_value(), kWait);
        // No ETag known yet: no If-None-Match at all.
        QVERIFY(!m_network->requests().first().hasHeader("If-None-Match"));
        QCOMPARE(m_reply->status, 200);
        QCOMPARE(m_reply->etag, QByteArray("\"v8\""));
        QCOMPARE(m_reply->json().value(QLatin1String("actions")).toArray(), QJsonArray {});
        QVERIFY(m_reply->errorMessage.isEmpty());
    }

    void theErrorShapeBecomesErrorMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("422 with the error shape")
            << 422
            << QByteArray(
                   R"({"error":{"code":"invalid","message":"De titel is te kort","field":"title"}})")
            << QStringLiteral("De titel is te kort");
        QTest::newRow("403 with the error shape")
            << 403
            << QByteArray(
                   R"({"error":{"code":"forbidden","message":"Not your region","field":""}})")
            << QStringLiteral("Not your region");
        QTest::newRow("502 from a proxy, not JSON")
            << 502 << QByteArray("<html>Bad Gateway</html>") << QStringLiteral("HTTP 502");
        QTest::newRow("404 without a body") << 404 << QByteArray() << QStringLiteral("HTTP 404");
    }

    void theErrorShapeBecomesErrorMessage()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        FakeResponse r;
        r.status = status;
        r.body = body;
        m_network->enqueue(r);
        send("POST", QStringLiteral("/v1/regions/utrecht/ideas"),
            { { QStringLiteral("title"), QStringLiteral("x") } }, {});
        QTRY_VERIFY_WITH_TIMEOUT(m_reply.has_value(), kWait);
        QCOMPARE(m_reply->status, status);
        QCOMPARE(m_reply->errorMessage, message);
        QCOMPARE(m_reply->body, body);
    }

    void aBodyIsSentAsCompactJson()
    {
        m_network->enqueue(
            FakeResponse::json(201, { { QStringLiteral("id"), QStringLiteral("i1") } }));
        const QJsonObject idea { { QStringLiteral("title"), QStringLiteral("Vaste maatjes") },
            { QStringLiteral("willHelp"), false } };
        send("POST", QStringLiteral("/v1/regions/utrecht/ideas"), idea, {});
        QTRY_VERIFY_WITH_TIMEOUT(m_reply.has_value(), kWait);
        const RecordedRequest &r = m_network->requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.json(), idea);
        QVERIFY(!r.body.contains('\n'));
        QCOMPARE(m_reply->status, 201);
        QVERIFY(m_reply->errorMessage.isEmpty());
    }

    void aRequestWithoutBodyHasNoContentType()
    {
        FakeResponse gone;
        gone.status = 204;
        m_network->enqueue(gone);
        send("DELETE", QStringLiteral("/v1/panels/jongraat-utrecht/members/zsm_x"), {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(m_reply.has_value(), kWait);
        const RecordedRequest &r = m_network->requests().first();
        QCOMPARE(r.method, QByteArray("DELETE"));
        QVERIFY(r.body.isEmpty());
        QVERIFY(!r.hasHeader("Content-Type"));
        QCOMPARE(m_reply->status, 204);
    }

    void theBearerTokenIsSentAndNeverLogged()
    {
        const QString token = QStringLiteral("zsc_0123456789abcdefSECRET");
        LogCapture log;
        // The capture sees even debug output of a category that is off by default.
        qCDebug(lcProbe) << "probe";
        QCOMPARE(log.messages().size(), 1);
        QVERIFY(log.messages().first().endsWith(QLatin1String("probe")));
        m_network->enqueue(FakeResponse::problem(
            401, QStringLiteral("unauthorized"), QStringLiteral("Unknown token")));
        send("GET", QStringLiteral("/v1/panels/jongraat-utrecht/stats"), {}, {}, token);
        QTRY_VERIFY_WITH_TIMEOUT(m_reply.has_value(), kWait);
        QCOMPARE(m_network->requests().first().header("Authorization"), "Bearer " + token.toUtf8());
        QCOMPARE(m_reply->errorMessage, QStringLiteral("Unknown token"));
        // Nothing that was logged (every category, every level) holds the token.
        for (const QString &line : log.messages())
            QVERIFY2(!line.contains(token), qPrintable(line));
        QVERIFY(!m_reply->errorMessage.contains(token));
    }

    void noTokenNoAuthorizationHeader()
    {
        m_network->enqueue(FakeResponse::json(200, {}));
        send("GET", QStringLiteral("/v1/regions/utrecht/ideas"), {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(m_reply.has_value(), kWait);
        QVERIFY(!m_network->requests().first().hasHeader("Authorization"));
    }

    void aTimeoutGivesStatusZero()
    {
        // The request carries a transfer timeout; when it runs out, Qt ends the reply with a
        // network error and no HTTP status, which the fake reply reproduces.
        FakeResponse timedOut = FakeResponse::networkError(QNetworkReply::TimeoutError);
        timedOut.errorString = QStringLiteral("Operation timed out");
        m_network->enqueue(timedOut);
        send("GET", QStringLiteral("/v1/regions/utrecht/panels"), {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(m_reply.has_value(), kWait);
        QVERIFY(m_network->requests().first().transferTimeout > 0);
        QCOMPARE(m_reply->status, 0);
        QCOMPARE(m_reply->errorMessage, QStringLiteral("Operation timed out"));
        QVERIFY(m_reply->body.isEmpty());
    }

    void offlineGivesStatusZero()
    {
        m_network->enqueue(FakeResponse::networkError());
        send("GET", QStringLiteral("/v1/regions/utrecht/panels"), {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(m_reply.has_value(), kWait);
        QCOMPARE(m_reply->status, 0);
        QVERIFY(!m_reply->errorMessage.isEmpty());
    }

    void aBaseUrlWithAPathPrefix_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no prefix") << "https://collector.test"
                                   << "/v1/surveys"
                                   << "https://collector.test/v1/surveys";
        QTest::newRow("root slash") << "https://collector.test/"
                                    << "/v1/surveys"
                                    << "https://collector.test/v1/surveys";
        QTest::newRow("prefix") << "https://example.org/zorgstem"
                                << "/v1/regions/utrecht/actions"
                                << "https://example.org/zorgstem/v1/regions/utrecht/actions";
        QTest::newRow("prefix with slashes") << "https://example.org/zorgstem//"
                                             << "/v1/surveys"
                                             << "https://example.org/zorgstem/v1/surveys";
        QTest::newRow("query in the path") << "http://127.0.0.1:8080/api/"
                                           << "/v1/surveys?region=utrecht"
                                           << "http://127.0.0.1:8080/api/v1/surveys?region=utrecht";
    }

    void aBaseUrlWithAPathPrefix()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(CollectorClient::endpoint(QUrl(base), path), QUrl(expected));
        m_client->setCollector(QUrl(base));
        m_network->enqueue(FakeResponse::json(200, {}));
        send("GET", path, {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(m_reply.has_value(), kWait);
        QCOMPARE(m_network->requests().first().url, QUrl(expected));
    }

    void employersOfARegion()
    {
        m_client->setCollector(QUrl(QStringLiteral("https://example.org/zorgstem/")));
        const QJsonArray employers { QJsonObject {
            { QStringLiteral("id"), QStringLiteral("zorg-a") },
            { QStringLiteral("name"), QStringLiteral("Zorg A") } } };
        m_network->enqueue(FakeResponse::json(200, { { QStringLiteral("employers"), employers } }));
        QSignalSpy received(m_client.get(), &CollectorClient::employersReceived);
        QSignalSpy failed(m_client.get(), &CollectorClient::failed);
        m_client->fetchEmployers(QStringLiteral("utrecht"));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, kWait);
        QCOMPARE(received.first().at(0).toString(), QStringLiteral("utrecht"));
        QCOMPARE(received.first().at(1).toJsonArray(), employers);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_network->requests().first().url,
            QUrl(QStringLiteral("https://example.org/zorgstem/v1/regions/utrecht/employers")));
        QVERIFY(m_network->requests().first().transferTimeout > 0);
    }

    void employersRefusedWithTheCollectorsMessage()
    {
        m_network->enqueue(FakeResponse::problem(
            404, QStringLiteral("unknown_region"), QStringLiteral("No such region: atlantis")));
        QSignalSpy received(m_client.get(), &CollectorClient::employersReceived);
        QSignalSpy failed(m_client.get(), &CollectorClient::failed);
        m_client->fetchEmployers(QStringLiteral("atlantis"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("No such region: atlantis"));
        QCOMPARE(received.size(), 0);
    }

    void everyRequestHasATimeoutAndFollowsNoRedirect()
    {
        // STYLE 11: a timeout and an explicit redirect policy on each request.
        m_network->setResponder([](const RecordedRequest &) {
            return FakeResponse::json(200, { { QStringLiteral("employers"), QJsonArray {} } });
        });
        QSignalSpy received(m_client.get(), &CollectorClient::employersReceived);
        send("GET", QStringLiteral("/v1/regions/utrecht/actions"), {}, {});
        m_client->fetchEmployers(QStringLiteral("utrecht"));
        QTRY_VERIFY_WITH_TIMEOUT(m_reply.has_value() && received.size() == 1, kWait);
        QCOMPARE(m_network->requestCount(), 2);
        for (const RecordedRequest &r : m_network->requests()) {
            QVERIFY2(r.transferTimeout > 0, r.url.toEncoded().constData());
            // Manual is 0, so an unset attribute would read as Manual: check it is set.
            const QVariant policy = r.request.attribute(QNetworkRequest::RedirectPolicyAttribute);
            QVERIFY2(policy.isValid(), r.url.toEncoded().constData());
            QCOMPARE(policy.toInt(), int(QNetworkRequest::ManualRedirectPolicy));
        }
    }

    void employersOfflineFails()
    {
        m_network->enqueue(FakeResponse::networkError());
        QSignalSpy received(m_client.get(), &CollectorClient::employersReceived);
        QSignalSpy failed(m_client.get(), &CollectorClient::failed);
        m_client->fetchEmployers(QStringLiteral("utrecht"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(received.size(), 0);
    }

private:
    static constexpr int kWait = 5000; // a bound, never a measured duration

    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
        const QByteArray &etag, const QString &token = {})
    {
        m_client->send(method, path, body, etag, token, [this](const CollectorReply &reply) {
            ++m_calls;
            m_reply = reply;
        });
    }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<CollectorClient> m_client;
    std::optional<CollectorReply> m_reply;
    int m_calls = 0;
};

QTEST_GUILESS_MAIN(TestCollectorClient)
#include "tst_collectorclient.moc"
