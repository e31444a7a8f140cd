// Invitations and one-time credentials against the real collector (issue 8, DESIGN §5a): codes by
// the command line and the endpoint, lookup, redemption with retry, used, expired and unknown
// codes, the credential rule on submissions (none, forged, another employer's, another survey
// kind's, spent, replayed), padding by uninvited posts, panel round credentials, a kill between
// issuance and answer, and what the store keeps.

#include "collectorprocess.h"
#include "credentials.h"
#include "http.h"
#include "regionalfixtures.h"
#include "sampledata.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace zs;
using namespace zs::test;

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    CollectorProcess m_collector;
    Http m_http;
    CredentialMaker m_maker { m_collector, m_http };
    QString m_tokenG; ///< employer zorg-g (groningen)
    QString m_tokenH; ///< employer zorg-h (groningen)

    QUrl url(const QString &path) const { return m_collector.url(path); }
    HttpReply submit(const QJsonObject &body)
    {
        return m_http.postJson(url(QStringLiteral("/v1/submissions")), body);
    }
    static QJsonObject withCredential(QJsonObject body, const Credential &c)
    {
        body.insert(QStringLiteral("credential"), c.toJson());
        return body;
    }
    qint64 employerRows(const QString &employer)
    {
        SqliteFile db(m_collector.dbPath());
        return db.count(
            QStringLiteral("submissions"), QStringLiteral("employer = ?"), { employer });
    }
    /// A blinding of a fresh token under the invitation's key, and that key.
    std::pair<blindrsa::PublicKey, blindrsa::Blinding> blindFor(
        const QString &code, QByteArray *token)
    {
        QString keyId, error;
        const auto key = m_maker.keyFor(code, &keyId, &error);
        if (!key)
            qFatal("no key: %s", qPrintable(error));
        *token = QByteArray(32, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(token->data()), 8);
        return { *key, *blindrsa::blind(*key, *token, nullptr) };
    }
    HttpReply redeemWith(const QString &code, const QByteArray &blinded)
    {
        CredentialRequest r;
        r.invitation = code;
        r.blindedMessage = blinded;
        return m_http.postJson(url(QStringLiteral("/v1/credentials")), r.toJson());
    }

private slots:
    void initTestCase()
    {
        m_tokenG = m_collector.addEmployer(
            QStringLiteral("groningen"), QStringLiteral("zorg-g"), QStringLiteral("Zorg G"));
        m_tokenH = m_collector.addEmployer(
            QStringLiteral("groningen"), QStringLiteral("zorg-h"), QStringLiteral("Zorg H"));
        QVERIFY(!m_tokenG.isEmpty() && !m_tokenH.isEmpty());
        // Padding sends hundreds of posts from one peer: the limits are tested elsewhere.
        QVERIFY2(m_collector.start({ QStringLiteral("--rate-limits"), QStringLiteral("off") }),
            qPrintable(m_collector.lastError()));
    }

    void codesFromTheCommandLine()
    {
        const auto r = CollectorProcess::run({ QStringLiteral("invitations"),
            QStringLiteral("create"), QStringLiteral("--db"), m_collector.dbPath(),
            QStringLiteral("--employer"), QStringLiteral("zorg-g"), QStringLiteral("--survey"),
            QStringLiteral("exit"), QStringLiteral("--count"), QStringLiteral("5") });
        QCOMPARE(r.exitCode, 0);
        const QStringList codes
            = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(codes.size(), 5);
        static const QRegularExpression written(
            QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"));
        for (const QString &code : codes) {
            QVERIFY2(written.match(code).hasMatch(), qPrintable(code));
            QCOMPARE(invitationcode::normalize(code), code.toUpper().remove(QLatin1Char('-')));
        }
        // Messages on stderr, codes alone on stdout.
        QVERIFY(r.err.contains("Zorg G"));
        QVERIFY(!r.err.contains(codes.first().toUtf8()));
        // Unknown employer, bad kind, bad count, a day in the past: refused, nothing made.
        SqliteFile db(m_collector.dbPath());
        const qint64 before = db.count(QStringLiteral("invitations"));
        const QStringList base { QStringLiteral("invitations"), QStringLiteral("create"),
            QStringLiteral("--db"), m_collector.dbPath() };
        QCOMPARE(CollectorProcess::run(base
                     + QStringList { QStringLiteral("--employer"), QStringLiteral("nope"),
                         QStringLiteral("--survey"), QStringLiteral("exit"),
                         QStringLiteral("--count"), QStringLiteral("1") })
                     .exitCode,
            4);
        QCOMPARE(CollectorProcess::run(base
                     + QStringList { QStringLiteral("--employer"), QStringLiteral("zorg-g"),
                         QStringLiteral("--survey"), QStringLiteral("pulse"),
                         QStringLiteral("--count"), QStringLiteral("1") })
                     .exitCode,
            2);
        QCOMPARE(CollectorProcess::run(base
                     + QStringList { QStringLiteral("--employer"), QStringLiteral("zorg-g"),
                         QStringLiteral("--survey"), QStringLiteral("exit"),
                         QStringLiteral("--count"), QStringLiteral("501") })
                     .exitCode,
            2);
        QCOMPARE(CollectorProcess::run(base
                     + QStringList { QStringLiteral("--employer"), QStringLiteral("zorg-g"),
                         QStringLiteral("--survey"), QStringLiteral("exit"),
                         QStringLiteral("--count"), QStringLiteral("1"),
                         QStringLiteral("--expires"), QStringLiteral("2020-01-01") })
                     .exitCode,
            2);
        QCOMPARE(db.count(QStringLiteral("invitations")), before);
        // Only hashes are stored: no code appears in the file.
        for (const QString &code : codes) {
            QCOMPARE(db.count(QStringLiteral("invitations"), QStringLiteral("code_hash = ?"),
                         { QVariant(code.toUtf8()) }),
                0);
        }
    }

    // --sheet writes a printable PDF with every code on it (read back with poppler's pdftotext).
    void sheetFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("invitations.pdf"));
        const QStringList codes
            = m_collector.invite(QStringLiteral("zorg-g"), QStringLiteral("exit"), 3,
                { QStringLiteral("--sheet"), pdf, QStringLiteral("--collector"),
                    QStringLiteral("https://collector.example.nl") });
        QVERIFY2(codes.size() == 3, qPrintable(m_collector.lastError()));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &code : codes)
            QVERIFY2(content.contains(code), qPrintable(code));
        QVERIFY(content.contains(QStringLiteral("Zorg G")));
        // A sheet that cannot be written still prints the codes it made, and says so.
        const auto failed = CollectorProcess::run({ QStringLiteral("invitations"),
            QStringLiteral("create"), QStringLiteral("--db"), m_collector.dbPath(),
            QStringLiteral("--employer"), QStringLiteral("zorg-g"), QStringLiteral("--survey"),
            QStringLiteral("exit"), QStringLiteral("--count"), QStringLiteral("2"),
            QStringLiteral("--sheet"), QStringLiteral("/nonexistent/dir/x.pdf") });
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(failed.out.count('\n'), 2);
        QVERIFY(failed.err.contains("could not write the sheet"));
    }

    void codesFromTheEndpoint()
    {
        const QUrl u = url(QStringLiteral("/v1/employers/zorg-g/invitations"));
        const QByteArray body = compact({ { QStringLiteral("survey"), QStringLiteral("retention") },
            { QStringLiteral("count"), 3 } });
        QCOMPARE(m_http.post(u, body).status, 401);
        QCOMPARE(m_http.post(u, body, "application/json", bearer(m_tokenH)).status, 403);
        const HttpReply made = m_http.post(u, body, "application/json", bearer(m_tokenG));
        QCOMPARE(made.status, 201);
        const QJsonArray codes = made.json().value(QLatin1String("invitations")).toArray();
        QCOMPARE(codes.size(), 3);
        QVERIFY(invitationcode::normalize(codes.at(0).toString()));
        // Wrong kinds and counts are 422 with their field.
        for (const auto &[bad, field] :
            { std::pair { QJsonObject { { QStringLiteral("survey"), QStringLiteral("pulse") },
                              { QStringLiteral("count"), 1 } },
                  QStringLiteral("survey") },
                std::pair { QJsonObject { { QStringLiteral("survey"), QStringLiteral("exit") },
                                { QStringLiteral("count"), 0 } },
                    QStringLiteral("count") },
                std::pair { QJsonObject { { QStringLiteral("survey"), QStringLiteral("exit") },
                                { QStringLiteral("count"), 2.5 } },
                    QStringLiteral("count") },
                std::pair { QJsonObject { { QStringLiteral("survey"), QStringLiteral("exit") },
                                { QStringLiteral("count"), 1 }, { QStringLiteral("extra"), 1 } },
                    QStringLiteral("extra") } }) {
            const HttpReply r = m_http.post(u, compact(bad), "application/json", bearer(m_tokenG));
            QCOMPARE(r.status, 422);
            QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("field")].toString(), field);
        }
    }

    void lookupDoesNotUseTheCodeUp()
    {
        const QString code
            = m_collector.invite(QStringLiteral("zorg-g"), QStringLiteral("exit")).value(0);
        QVERIFY(!code.isEmpty());
        for (int i = 0; i < 2; ++i) {
            const HttpReply info = m_http.get(url(QStringLiteral("/v1/invitations/") + code));
            QCOMPARE(info.status, 200);
            ProtocolError e;
            const auto parsed = InvitationInfo::fromJson(info.json(), &e);
            QVERIFY2(parsed, qPrintable(e.message));
            QCOMPARE(parsed->employer, QStringLiteral("zorg-g"));
            QCOMPARE(parsed->region, QStringLiteral("groningen"));
            QCOMPARE(parsed->survey, QStringLiteral("exit"));
            QCOMPARE(parsed->expires, QDate::currentDate().addDays(90).toString(Qt::ISODate));
        }
        // Typed sloppily: lower case, spaces, look-alikes.
        QString sloppy = code.toLower();
        sloppy.replace(QLatin1Char('-'), QLatin1Char(' '));
        sloppy.replace(QLatin1Char('0'), QLatin1Char('o'));
        QCOMPARE(m_http
                     .get(url(QStringLiteral("/v1/invitations/")
                         + QString::fromLatin1(QUrl::toPercentEncoding(sloppy))))
                     .status,
            200);
        // Unknown and mistyped codes are 404.
        const QString unknown = invitationcode::generate();
        QCOMPARE(m_http.get(url(QStringLiteral("/v1/invitations/") + unknown)).errorCode(),
            QStringLiteral("unknown_invitation"));
        QString typo = code;
        typo[0] = typo.at(0) == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        QCOMPARE(m_http.get(url(QStringLiteral("/v1/invitations/") + typo)).status, 404);
    }

    // The issuer's keys: one per employer, survey kind and year, the same for every batch.
    void keys()
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("employer"), QStringLiteral("zorg-g"));
        q.addQueryItem(QStringLiteral("survey"), QStringLiteral("exit"));
        const HttpReply r = m_http.get(url(QStringLiteral("/v1/keys?") + q.toString()));
        QCOMPARE(r.status, 200);
        const QJsonArray keys = r.json().value(QLatin1String("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        ProtocolError e;
        const auto key = IssuerKey::fromJson(keys.at(0), &e);
        QVERIFY2(key, qPrintable(e.message));
        const int year = QDate::currentDate().year();
        QCOMPARE(key->validFrom, QStringLiteral("%1-01").arg(year));
        QCOMPARE(key->validUntil, QStringLiteral("%1-12").arg(year + 1));
        const auto pk = blindrsa::PublicKey::fromSpki(key->spki);
        QVERIFY(pk);
        QCOMPARE(pk->modulusBytes(), 256);
        // Every invitation of this employer and kind names this key.
        const QString code
            = m_collector.invite(QStringLiteral("zorg-g"), QStringLiteral("exit")).value(0);
        QCOMPARE(m_http.get(url(QStringLiteral("/v1/invitations/") + code))
                     .json()
                     .value(QLatin1String("keyId"))
                     .toString(),
            key->keyId);
        // Retention has a key of its own; the other employer's is another again.
        q.removeAllQueryItems(QStringLiteral("survey"));
        q.addQueryItem(QStringLiteral("survey"), QStringLiteral("retention"));
        const QString retention = m_http.get(url(QStringLiteral("/v1/keys?") + q.toString()))
                                      .json()[QLatin1String("keys")][0][QLatin1String("keyId")]
                                      .toString();
        QVERIFY(!retention.isEmpty());
        QVERIFY(retention != key->keyId);
        // Refusals: unknown employer 404, no parameters 400, bad kind 422.
        QCOMPARE(m_http.get(url(QStringLiteral("/v1/keys?employer=nope&survey=exit"))).status, 404);
        QCOMPARE(m_http.get(url(QStringLiteral("/v1/keys"))).status, 400);
        QCOMPARE(
            m_http.get(url(QStringLiteral("/v1/keys?employer=zorg-g&survey=pulse"))).status, 422);
        // The private key is in no answer.
        QVERIFY(!r.body.contains("PRIVATE"));
    }

    void redeemRetryUsedExpiredUnknown()
    {
        const QStringList codes
            = m_collector.invite(QStringLiteral("zorg-g"), QStringLiteral("exit"), 2);
        QCOMPARE(codes.size(), 2);
        QByteArray token;
        const auto [key, blinding] = blindFor(codes.at(0), &token);
        const HttpReply first = redeemWith(codes.at(0), blinding.blindedMessage);
        QCOMPARE(first.status, 201);
        ProtocolError e;
        const auto grant = CredentialGrant::fromJson(first.json(), &e);
        QVERIFY2(grant, qPrintable(e.message));
        QCOMPARE(grant->employer, QStringLiteral("zorg-g"));
        QCOMPARE(grant->region, QStringLiteral("groningen"));
        QCOMPARE(grant->survey, QStringLiteral("exit"));
        // A retry after a lost answer: 200, the very same signature.
        const HttpReply retry = redeemWith(codes.at(0), blinding.blindedMessage);
        QCOMPARE(retry.status, 200);
        QCOMPARE(
            CredentialGrant::fromJson(retry.json(), &e)->blindSignature, grant->blindSignature);
        // It finalizes into a signature that verifies.
        const auto sig
            = blindrsa::finalize(key, token, grant->blindSignature, blinding.inverse, nullptr);
        QVERIFY(sig);
        // Another blinded message for the same code: used.
        QByteArray otherToken;
        const auto other = blindFor(codes.at(1), &otherToken).second;
        const HttpReply used = redeemWith(codes.at(0), other.blindedMessage);
        QCOMPARE(used.status, 410);
        QCOMPARE(used.errorCode(), QStringLiteral("invitation_used"));
        QCOMPARE(m_http.get(url(QStringLiteral("/v1/invitations/") + codes.at(0))).errorCode(),
            QStringLiteral("invitation_used"));
        // A blinded message that is no number below the modulus: 422, and the code is not burnt.
        const HttpReply tooBig = redeemWith(codes.at(1), QByteArray(256, '\xff'));
        QCOMPARE(tooBig.status, 422);
        QCOMPARE(tooBig.json()[QLatin1String("error")][QLatin1String("field")].toString(),
            QStringLiteral("blindedMessage"));
        QCOMPARE(redeemWith(codes.at(1), QByteArray(100, '\x01')).status, 422);
        QCOMPARE(m_http.get(url(QStringLiteral("/v1/invitations/") + codes.at(1))).status, 200);
        // Unknown: 404. Malformed bodies: 400/422.
        QCOMPARE(redeemWith(invitationcode::generate(), other.blindedMessage).status, 404);
        QCOMPARE(m_http.post(url(QStringLiteral("/v1/credentials")), "{").status, 400);
        QCOMPARE(
            m_http
                .postJson(url(QStringLiteral("/v1/credentials")),
                    { { QStringLiteral("invitation"), codes.at(1) },
                        { QStringLiteral("blindedMessage"), QStringLiteral("not base64url!") } })
                .status,
            422);
        // Expired: the operator's file says the last day was yesterday.
        {
            SqliteFile db(m_collector.dbPath());
            QVERIFY(db.isOpen());
            db.rows(QStringLiteral("UPDATE invitations SET expires = ? WHERE code_hash = ?"),
                { QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                    QCryptographicHash::hash(
                        "zorgstem-invitation:" + invitationcode::normalize(codes.at(1))->toLatin1(),
                        QCryptographicHash::Sha256) });
        }
        QCOMPARE(m_http.get(url(QStringLiteral("/v1/invitations/") + codes.at(1))).errorCode(),
            QStringLiteral("invitation_expired"));
        const HttpReply expired = redeemWith(codes.at(1), other.blindedMessage);
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.errorCode(), QStringLiteral("invitation_expired"));
    }

    // The credential rule on submissions, tried as an attacker would.
    void submissionsNeedAValidUnspentCredential()
    {
        const QJsonObject body = exitSubmission(QStringLiteral("zorg-g"));
        const qint64 before = employerRows(QStringLiteral("zorg-g"));
        // None.
        HttpReply r = submit(body);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("credential_required"));
        // Forged: a random token with a random "signature".
        const auto real = m_maker.forEmployer(QStringLiteral("zorg-g"), QStringLiteral("exit"));
        QVERIFY2(real, qPrintable(m_maker.lastError()));
        Credential forged = *real;
        forged.signature = QByteArray(256, '\x42');
        QCOMPARE(
            submit(withCredential(body, forged)).errorCode(), QStringLiteral("credential_invalid"));
        Credential swapped = *real;
        swapped.token = QByteArray(32, '\x07');
        QCOMPARE(submit(withCredential(body, swapped)).errorCode(),
            QStringLiteral("credential_invalid"));
        // Another employer's credential for zorg-g's answers.
        const auto ofH = m_maker.forEmployer(QStringLiteral("zorg-h"), QStringLiteral("exit"));
        QVERIFY(ofH);
        QCOMPARE(
            submit(withCredential(body, *ofH)).errorCode(), QStringLiteral("credential_invalid"));
        // A retention credential on an exit submission.
        const auto retention
            = m_maker.forEmployer(QStringLiteral("zorg-g"), QStringLiteral("retention"));
        QVERIFY(retention);
        QCOMPARE(submit(withCredential(body, *retention)).errorCode(),
            QStringLiteral("credential_invalid"));
        // A credential on an open response (no employer).
        QCOMPARE(submit(withCredential(exitSubmission(), *real)).errorCode(),
            QStringLiteral("credential_unexpected"));
        QCOMPARE(employerRows(QStringLiteral("zorg-g")), before);

        // The real one: stored once; the identical replay is a duplicate, a new submission with
        // the same credential is refused as spent.
        const QJsonObject good = withCredential(body, *real);
        QCOMPARE(submit(good).status, 201);
        QCOMPARE(submit(good).status, 200);
        QJsonObject again = withCredential(exitSubmission(QStringLiteral("zorg-g")), *real);
        r = submit(again);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("credential_spent"));
        // In one batch: the second use of a token is refused, the first stored.
        const auto fresh = m_maker.forEmployer(QStringLiteral("zorg-g"), QStringLiteral("exit"));
        QVERIFY(fresh);
        const QJsonArray batch { withCredential(exitSubmission(QStringLiteral("zorg-g")), *fresh),
            withCredential(exitSubmission(QStringLiteral("zorg-g")), *fresh) };
        const QJsonArray results
            = m_http.post(url(QStringLiteral("/v1/submissions")), batchBody(batch))
                  .json()
                  .value(QLatin1String("results"))
                  .toArray();
        QCOMPARE(results.at(0)[QLatin1String("status")].toInt(), 201);
        QCOMPARE(results.at(1)[QLatin1String("status")].toInt(), 409);
        QCOMPARE(employerRows(QStringLiteral("zorg-g")), before + 2);
    }

    // 300 uninvited posts and an employer padding with its own answers change nothing it sees.
    void uninvitedPostsAddNothing()
    {
        const qint64 before = employerRows(QStringLiteral("zorg-h"));
        QJsonArray batch;
        for (int i = 0; i < 300; ++i)
            batch.append(exitSubmission(
                QStringLiteral("zorg-h"), exitAnswers({ QStringLiteral("manager") }, 0)));
        const HttpReply r = m_http.post(url(QStringLiteral("/v1/submissions")), batchBody(batch));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &item : r.json().value(QLatin1String("results")).toArray())
            QCOMPARE(item[QLatin1String("status")].toInt(), 422);
        QCOMPARE(employerRows(QStringLiteral("zorg-h")), before);
        // Nothing reached a pool: even a cut makes no release for the employer, and the report
        // says nothing about what is pending (a scope is its releases and their total only).
        const auto cut = m_collector.cutReleases();
        QVERIFY2(cut.exitCode == 0, cut.err.constData());
        const HttpReply report
            = m_http.get(url(QStringLiteral("/v1/reports/exit?employer=zorg-h")), bearer(m_tokenH));
        QCOMPARE(report.status, 200);
        const QJsonArray scopes = report.json().value(QLatin1String("scopes")).toArray();
        QCOMPARE(scopes.size(), 2);
        const QJsonObject own = scopes.at(0).toObject();
        QCOMPARE(own.value(QLatin1String("scope")).toString(), QStringLiteral("employer"));
        QVERIFY(own.value(QLatin1String("releases")).toArray().isEmpty());
        QVERIFY(own.value(QLatin1String("total")).isNull());
        for (const QJsonValue &scope : scopes) {
            QStringList keys = scope.toObject().keys();
            keys.sort();
            QCOMPARE(keys,
                (QStringList { QStringLiteral("releases"), QStringLiteral("scope"),
                    QStringLiteral("total") }));
        }
        QVERIFY(!report.body.contains("pending") && !report.body.contains("pool"));
    }

    // Kill the collector between issuance and answer: the retry gets the same signature.
    void killBetweenIssuanceAndAnswer()
    {
        const QString code
            = m_collector.invite(QStringLiteral("zorg-g"), QStringLiteral("exit")).value(0);
        QByteArray token;
        const auto [key, blinding] = blindFor(code, &token);
        const HttpReply first = redeemWith(code, blinding.blindedMessage);
        QCOMPARE(first.status, 201);
        m_collector.kill();
        QVERIFY2(m_collector.restart(), qPrintable(m_collector.lastError()));
        const HttpReply retry = redeemWith(code, blinding.blindedMessage);
        QCOMPARE(retry.status, 200);
        ProtocolError e;
        const auto grant = CredentialGrant::fromJson(retry.json(), &e);
        QVERIFY(grant);
        QCOMPARE(
            grant->blindSignature, CredentialGrant::fromJson(first.json(), &e)->blindSignature);
        const auto sig
            = blindrsa::finalize(key, token, grant->blindSignature, blinding.inverse, nullptr);
        QVERIFY(sig);
        QCOMPARE(submit(withCredential(exitSubmission(QStringLiteral("zorg-g")),
                            Credential { grant->keyId, token, *sig }))
                     .status,
            201);
    }

    void panelRoundCredentialPerMember()
    {
        const QString coordinator = m_collector.addCoordinator(QStringLiteral("utrecht"));
        QVERIFY(!coordinator.isEmpty());
        const QString panel = QStringLiteral("jongraat-utrecht");
        QCOMPARE(m_http
                     .post(url(QStringLiteral("/v1/panels/%1/rounds").arg(panel)),
                         compact(validRound(QStringLiteral("jongraat-cred"), panel)),
                         "application/json", bearer(coordinator))
                     .status,
            201);
        const HttpReply joined
            = m_http.postJson(url(QStringLiteral("/v1/panels/%1/members").arg(panel)), joinBody());
        QCOMPARE(joined.status, 201);
        const QString secret = joined.json().value(QLatin1String("secret")).toString();

        QJsonObject answer
            = submission(QStringLiteral("jongraat-cred"), { { QStringLiteral("buddy"), 4 } });
        QJsonObject strata = answer.value(QLatin1String("strata")).toObject();
        strata.insert(QStringLiteral("region"), QStringLiteral("utrecht"));
        answer.insert(QStringLiteral("strata"), strata);
        QCOMPARE(submit(answer).errorCode(), QStringLiteral("credential_required"));

        const auto got = m_maker.forRound(panel, secret, QStringLiteral("jongraat-cred"));
        QVERIFY2(got.credential, qPrintable(got.error));
        QCOMPARE(got.reply.status, 201);
        // A second credential for the same member and round: refused.
        const auto second = m_maker.forRound(panel, secret, QStringLiteral("jongraat-cred"));
        QCOMPARE(second.reply.status, 410);
        QCOMPARE(second.reply.errorCode(), QStringLiteral("credential_issued"));
        // A wrong secret or round: 404.
        QCOMPARE(
            m_maker.forRound(panel, QStringLiteral("zsm_wrong"), QStringLiteral("jongraat-cred"))
                .reply.status,
            404);
        QCOMPARE(m_maker.forRound(panel, secret, QStringLiteral("exit")).reply.status, 404);
        // An employer credential does not answer a panel round; the round's does, once.
        const auto employerCred
            = m_maker.forEmployer(QStringLiteral("zorg-g"), QStringLiteral("exit"));
        QCOMPARE(submit(withCredential(answer, *employerCred)).errorCode(),
            QStringLiteral("credential_invalid"));
        QCOMPARE(submit(withCredential(answer, *got.credential)).status, 201);
        QJsonObject another = answer;
        another.insert(QStringLiteral("submissionId"), newSubmissionId());
        QCOMPARE(submit(withCredential(another, *got.credential)).errorCode(),
            QStringLiteral("credential_spent"));
        // Another member gets a credential of their own.
        const HttpReply joined2
            = m_http.postJson(url(QStringLiteral("/v1/panels/%1/members").arg(panel)),
                joinBody(QStringLiteral("Sanne Tweede"), QStringLiteral("sanne@example.nl")));
        const auto other
            = m_maker.forRound(panel, joined2.json().value(QLatin1String("secret")).toString(),
                QStringLiteral("jongraat-cred"));
        QVERIFY2(other.credential, qPrintable(other.error));
        QCOMPARE(submit(withCredential(another, *other.credential)).status, 201);
    }

    // Counts per month, never codes: by the command line and the employer's endpoint.
    void invitationCounts()
    {
        const HttpReply r
            = m_http.get(url(QStringLiteral("/v1/employers/zorg-g/invitations")), bearer(m_tokenG));
        QCOMPARE(r.status, 200);
        int issued = 0, redeemed = 0, expired = 0;
        for (const QJsonValue &m : r.json().value(QLatin1String("months")).toArray()) {
            issued += m[QLatin1String("issued")].toInt();
            redeemed += m[QLatin1String("redeemed")].toInt();
            expired += m[QLatin1String("expired")].toInt();
            QCOMPARE(m.toObject().keys(),
                (QStringList { QStringLiteral("expired"), QStringLiteral("issued"),
                    QStringLiteral("month"), QStringLiteral("redeemed"),
                    QStringLiteral("survey") }));
        }
        SqliteFile db(m_collector.dbPath());
        QCOMPARE(
            issued, db.count(QStringLiteral("invitations"), QStringLiteral("employer = 'zorg-g'")));
        QCOMPARE(redeemed,
            db.count(QStringLiteral("invitations"),
                QStringLiteral("employer = 'zorg-g' AND redeemed IS NOT NULL")));
        QCOMPARE(expired, 1);
        QVERIFY(redeemed >= 5);
        QCOMPARE(
            m_http.get(url(QStringLiteral("/v1/employers/zorg-g/invitations")), bearer(m_tokenH))
                .status,
            403);
        QCOMPARE(m_http.get(url(QStringLiteral("/v1/employers/zorg-g/invitations"))).status, 401);
        const auto cli = CollectorProcess::run(
            { QStringLiteral("invitations"), QStringLiteral("list"), QStringLiteral("--db"),
                m_collector.dbPath(), QStringLiteral("--employer"), QStringLiteral("zorg-g") });
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(cli.out.startsWith("month\tsurvey\tissued\tredeemed\texpired\n"));
        // An unknown employer, a missing file, a bad --collector: refused, nothing made.
        const qint64 invitations = db.count(QStringLiteral("invitations"));
        QCOMPARE(CollectorProcess::run({ QStringLiteral("invitations"), QStringLiteral("list"),
                                           QStringLiteral("--db"), m_collector.dbPath(),
                                           QStringLiteral("--employer"), QStringLiteral("nope") })
                     .exitCode,
            4);
        QCOMPARE(CollectorProcess::run(
                     { QStringLiteral("invitations"), QStringLiteral("list"),
                         QStringLiteral("--db"), m_collector.dbPath() + QStringLiteral(".nope"),
                         QStringLiteral("--employer"), QStringLiteral("zorg-g") })
                     .exitCode,
            2);
        const auto badUrl = CollectorProcess::run(
            { QStringLiteral("invitations"), QStringLiteral("create"), QStringLiteral("--db"),
                m_collector.dbPath(), QStringLiteral("--employer"), QStringLiteral("zorg-g"),
                QStringLiteral("--survey"), QStringLiteral("exit"), QStringLiteral("--count"),
                QStringLiteral("1"), QStringLiteral("--collector"), QStringLiteral("ftp://x") });
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY(badUrl.err.contains("--collector must be an http(s) address"));
        QCOMPARE(db.count(QStringLiteral("invitations")), invitations);
        QVERIFY(cli.out.contains(
            QDate::currentDate().toString(QStringLiteral("yyyy-MM")).toUtf8() + "\texit\t"));
    }

    // G3: nothing stored links a token to its invitation. The token, its signature and the
    // blind signature are nowhere in the files; spent tokens are bare hashes without order.
    void nothingLinksATokenToItsInvitation()
    {
        const QString code
            = m_collector.invite(QStringLiteral("zorg-h"), QStringLiteral("exit")).value(0);
        const auto got = m_maker.redeem(code);
        QVERIFY2(got.credential, qPrintable(got.error));
        QCOMPARE(submit(withCredential(exitSubmission(QStringLiteral("zorg-h")), *got.credential))
                     .status,
            201);
        SqliteFile db(m_collector.dbPath());
        QCOMPARE(db.columns(QStringLiteral("spent_tokens")),
            QStringList { QStringLiteral("token_hash") });
        QCOMPARE(
            db.strings(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'spent_tokens'"))
                .value(0)
                .contains(QStringLiteral("WITHOUT ROWID")),
            true);
        QVERIFY(!db.columns(QStringLiteral("submissions")).contains(QStringLiteral("credential")));
        QCOMPARE(db.columns(QStringLiteral("invitations")),
            (QStringList { QStringLiteral("code_hash"), QStringLiteral("employer"),
                QStringLiteral("survey"), QStringLiteral("key_id"), QStringLiteral("issued"),
                QStringLiteral("expires"), QStringLiteral("redeemed"),
                QStringLiteral("blinded_hash") }));
        const QByteArray tokenHash
            = QCryptographicHash::hash(got.credential->token, QCryptographicHash::Sha256);
        QCOMPARE(db.count(QStringLiteral("invitations"), QStringLiteral("blinded_hash = ?"),
                     { tokenHash }),
            0);
        QCOMPARE(db.count(QStringLiteral("spent_tokens"), QStringLiteral("token_hash = ?"),
                     { tokenHash }),
            1);
        const QByteArray blindSig
            = CredentialGrant::fromJson(got.reply.json(), nullptr)->blindSignature;
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile f(m_collector.dbPath() + suffix);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(got.credential->token));
            QVERIFY(!bytes.contains(got.credential->signature));
            QVERIFY(!bytes.contains(blindSig));
            QVERIFY(!bytes.contains(blindrsa::toBase64Url(got.credential->token).toLatin1()));
            QVERIFY(!bytes.contains(code.toLatin1()));
            QVERIFY(!bytes.contains(invitationcode::normalize(code)->toLatin1()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
