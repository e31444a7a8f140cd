// GET /v1/session against the real collector (issue 10): an employer's and a coordinator's token
// say whom they belong to (role, employer, region, name) in the shape SessionInfo reads; a wrong,
// missing, rotated or revoked token is 401 and counts towards the failed-authentication limit
// like every token route; other methods are 405.

#include "regionalfixtures.h"
#include "sessioninfo.h"

#include <QTest>

using namespace zs;
using namespace zs::test;

class TestSession : public QObject
{
    Q_OBJECT

private:
    /// GET /v1/session with this token, read as SessionInfo (which must also validate).
    std::optional<SessionInfo> session(const QString &token, HttpReply *reply = nullptr)
    {
        const HttpReply r = m_http.get(m_collector.url(QStringLiteral("/v1/session")),
            token.isEmpty() ? Http::Headers {} : bearer(token));
        if (reply)
            *reply = r;
        if (r.status != 200)
            return std::nullopt;
        ProtocolError error;
        auto info = SessionInfo::fromJson(r.json(), &error);
        if (!info)
            qWarning() << "not a session:" << error.field << error.message << r.body;
        else if (auto invalid = info->validate())
            qWarning() << "invalid session:" << invalid->field << invalid->message << r.body;
        return info && !info->validate() ? info : std::nullopt;
    }

    CollectorProcess::Result operatorCommand(const QStringList &args)
    {
        return CollectorProcess::run(
            args + QStringList { QStringLiteral("--db"), m_collector.dbPath() });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_employerToken = m_collector.addEmployer(QStringLiteral("utrecht"),
            QStringLiteral("zorg-utrecht"), QStringLiteral("Zorg Utrecht"));
        QVERIFY2(!m_employerToken.isEmpty(), qPrintable(m_collector.lastError()));
        m_coordinatorToken = m_collector.addCoordinator(QStringLiteral("utrecht"));
        QVERIFY2(!m_coordinatorToken.isEmpty(), qPrintable(m_collector.lastError()));
        // A small failed-authentication burst keeps the limit test short.
        QVERIFY2(m_collector.start({ QStringLiteral("--auth-burst"), QStringLiteral("5") }),
            qPrintable(m_collector.lastError()));
    }

    void employerTokenNamesItsEmployer()
    {
        HttpReply reply;
        const auto info = session(m_employerToken, &reply);
        QVERIFY2(info, reply.describe().constData());
        QCOMPARE(info->role, QStringLiteral("employer"));
        QVERIFY(info->isEmployer());
        QCOMPARE(info->employer, QStringLiteral("zorg-utrecht"));
        QCOMPARE(info->region, QStringLiteral("utrecht"));
        QCOMPARE(info->name, QStringLiteral("Zorg Utrecht"));
        // Exactly these fields, nothing of the token.
        QCOMPARE(reply.json().keys(),
            (QStringList { QStringLiteral("employer"), QStringLiteral("name"),
                QStringLiteral("region"), QStringLiteral("role") }));
        QVERIFY(!reply.body.contains(m_employerToken.toLatin1()));
    }

    void coordinatorTokenNamesItsRegion()
    {
        HttpReply reply;
        const auto info = session(m_coordinatorToken, &reply);
        QVERIFY2(info, reply.describe().constData());
        QVERIFY(info->isCoordinator());
        QVERIFY(info->employer.isEmpty());
        QVERIFY(!reply.json().contains(QLatin1String("employer")));
        QCOMPARE(info->region, QStringLiteral("utrecht"));
        QCOMPARE(info->name, QStringLiteral("Utrecht en omgeving"));
    }

    void noTokenIsUnauthorized()
    {
        HttpReply reply;
        QVERIFY(!session({}, &reply));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
    }

    void rotatedAndRevokedTokensAreUnauthorized()
    {
        const QString token = m_collector.addEmployer(
            QStringLiteral("rijnmond"), QStringLiteral("zorg-rot"), QStringLiteral("Zorg Rot"));
        QVERIFY(session(token));
        const auto rotated = operatorCommand({ QStringLiteral("employer"),
            QStringLiteral("rotate-token"), QStringLiteral("--id"), QStringLiteral("zorg-rot") });
        QCOMPARE(rotated.exitCode, 0);
        const QString fresh = QString::fromUtf8(rotated.out).trimmed();
        HttpReply reply;
        QVERIFY(!session(token, &reply));
        QCOMPARE(reply.status, 401);
        const auto info = session(fresh);
        QVERIFY(info);
        QCOMPARE(info->region, QStringLiteral("rijnmond"));
        QCOMPARE(operatorCommand({ QStringLiteral("employer"), QStringLiteral("revoke"),
                                     QStringLiteral("--id"), QStringLiteral("zorg-rot") })
                     .exitCode,
            0);
        QVERIFY(!session(fresh, &reply));
        QCOMPARE(reply.status, 401);
    }

    void otherMethodsAreNotAllowed()
    {
        const HttpReply r
            = m_http.send(QByteArrayLiteral("POST"), m_collector.url(QStringLiteral("/v1/session")),
                QByteArrayLiteral("{}"), bearer(m_employerToken));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.errorCode(), QStringLiteral("method_not_allowed"));
    }

    // Last: it uses up the peer's failed-authentication burst. Two wrong tokens were already
    // sent above (rotated, revoked), so three more reach the burst of 5.
    void wrongTokensCountTowardsTheLimit()
    {
        int unauthorized = 0;
        HttpReply limited;
        for (int i = 0; i < 20; ++i) {
            HttpReply r;
            session(QStringLiteral("zse_wrong-%1").arg(i), &r);
            if (r.status == 401) {
                ++unauthorized;
                continue;
            }
            limited = r;
            break;
        }
        QCOMPARE(unauthorized, 3);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        // The right token waits too: a guesser cannot tell a hit.
        HttpReply reply;
        QVERIFY(!session(m_employerToken, &reply));
        QCOMPARE(reply.status, 429);
    }

private:
    CollectorProcess m_collector;
    Http m_http;
    QString m_employerToken;
    QString m_coordinatorToken;
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
