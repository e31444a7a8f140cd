// The redemption queue (DESIGN §5a) against a fake collector on FakeNetwork that really signs
// (blindrsa with a test key): the state machine queued -> looked_up -> blinded -> signed, every
// step stored before the next request; a lost answer retried with the same blinded message
// (the collector answers 200 with the same signature); a crash after blinding resumed; 404 and
// 410 refused for good; offline waits and resumes. Then the credential in the outbox: attached
// to one submission, and gone from the device once the receipt came (rules 8, 9). A panel
// round's row (the member's secret for an invitation) goes through the same queue: its answers
// wait in the outbox, get the credential in one step, or are refused with the collector's reason.
#include "anonymiser.h"
#include "credentialmanager.h"
#include "fakenetwork.h"
#include "outbox.h"
#include "redemptionstore.h"
#include "syncclient.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace zs;
using test::FakeNetwork;
using test::FakeResponse;
using test::RecordedRequest;

namespace {

const QString kEmployer = QStringLiteral("zorggroep-a");
const QString kPanel = QStringLiteral("jongraat-utrecht");
const QString kRound = QStringLiteral("jongraat-starters");
const QString kSecret = QStringLiteral("member-secret-of-this-device");

/// A collector that knows one invitation code and signs blinded messages with its key; it
/// answers a repeated blinded message with the same signature, as the real one does.
struct FakeIssuer
{
    blindrsa::PrivateKey key;
    QString code;
    QString keyId;
    QString survey = QStringLiteral("exit");
    QHash<QByteArray, QByteArray> signedMessages;

    FakeResponse answer(const RecordedRequest &request)
    {
        const QString path = request.url.path();
        if (path == QLatin1String("/v1/invitations/") + code)
            return FakeResponse::json(200,
                InvitationInfo { kEmployer, QStringLiteral("utrecht"), survey, keyId,
                    QStringLiteral("2027-01-31") }
                    .toJson());
        if (path.startsWith(QLatin1String("/v1/invitations/")))
            return FakeResponse::problem(404, QStringLiteral("not_found"), QStringLiteral("no"));
        if (path == QLatin1String("/v1/regions/utrecht/employers"))
            return FakeResponse::json(200,
                { { QStringLiteral("employers"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), kEmployer },
                        { QStringLiteral("name"), QStringLiteral("Zorggroep A") } } } } });
        if (path == QLatin1String("/v1/keys"))
            return FakeResponse::json(200,
                { { QStringLiteral("keys"),
                    QJsonArray { IssuerKey { keyId, key.publicKey().spki(),
                        QStringLiteral("2026-01"), QStringLiteral("2027-12") }
                                     .toJson() } } });
        if (path == QLatin1String("/v1/credentials")) {
            ProtocolError error;
            const auto r = CredentialRequest::fromJson(request.json(), &error);
            if (r && r->isPanelRound())
                return round(*r);
            if (!r || r->invitation != code)
                return FakeResponse::problem(
                    404, QStringLiteral("not_found"), QStringLiteral("no"));
            if (!signedMessages.isEmpty() && !signedMessages.contains(r->blindedMessage))
                return FakeResponse::problem(
                    410, QStringLiteral("invitation_used"), QStringLiteral("used"));
            const bool again = signedMessages.contains(r->blindedMessage);
            blindrsa::Error e = blindrsa::Error::None;
            const QByteArray s
                = blindrsa::blindSign(key, r->blindedMessage, &e).value_or(QByteArray());
            signedMessages.insert(r->blindedMessage, s);
            return FakeResponse::json(again ? 200 : 201,
                CredentialGrant { keyId, s, kEmployer, QStringLiteral("utrecht"), survey, {} }
                    .toJson());
        }
        return FakeResponse::problem(404, QStringLiteral("not_found"), QStringLiteral("no"));
    }

    /// One credential per member and round, as the collector gives it: the same blinded message
    /// again gets the same signature (200), another one 410 credential_issued.
    FakeResponse round(const CredentialRequest &r)
    {
        if (r.panel != kPanel || r.round != kRound)
            return FakeResponse::problem(
                404, QStringLiteral("unknown_round"), QStringLiteral("no"));
        if (r.memberSecret != kSecret)
            return FakeResponse::problem(
                404, QStringLiteral("unknown_member"), QStringLiteral("no"));
        if (!roundMessages.isEmpty() && !roundMessages.contains(r.blindedMessage))
            return FakeResponse::problem(
                410, QStringLiteral("credential_issued"), QStringLiteral("issued"));
        const bool again = roundMessages.contains(r.blindedMessage);
        blindrsa::Error e = blindrsa::Error::None;
        const QByteArray s = blindrsa::blindSign(key, r.blindedMessage, &e).value_or(QByteArray());
        roundMessages.insert(r.blindedMessage, s);
        return FakeResponse::json(again ? 200 : 201,
            CredentialGrant { keyId, s, {}, QStringLiteral("utrecht"), kRound, kPanel }.toJson());
    }

    QHash<QByteArray, QByteArray> roundMessages;
};

int count(const FakeNetwork &network, const QString &path)
{
    int n = 0;
    for (const RecordedRequest &r : network.requests())
        n += r.url.path() == path;
    return n;
}

} // namespace

class TestRedemption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto key = blindrsa::PrivateKey::generate();
        QVERIFY(key);
        m_key = *key;
    }

    void init()
    {
        m_app = std::make_unique<test::TempAppDatabase>();
        QVERIFY2(m_app->isOpen(), qPrintable(m_app->errorString()));
        m_issuer = FakeIssuer {};
        m_issuer.key = m_key;
        m_issuer.code = *invitationcode::normalize(invitationcode::generate());
        m_issuer.keyId = IssuerKey::idFor(m_key.publicKey().spki());
        m_network = std::make_unique<FakeNetwork>();
        m_network->setResponder([this](const RecordedRequest &r) { return m_issuer.answer(r); });
        startApp();
    }

    void cleanup()
    {
        m_manager.reset();
        m_client.reset();
        m_outbox.reset();
        m_store.reset();
        m_network.reset();
        m_app.reset();
    }

    void redeemsATypedCode()
    {
        // Typed as a person would: lower case, spaces, look-alikes are fine.
        const QString typed = invitationcode::format(m_issuer.code).toLower();
        const auto id = m_manager->redeem(typed);
        QVERIFY(id);
        QTRY_VERIFY(state(*id) == Redemption::State::Signed);
        const Redemption r = *m_store->find(*id);
        QCOMPARE(r.employer, kEmployer);
        QCOMPARE(r.employerName, QStringLiteral("Zorggroep A"));
        QCOMPARE(r.survey, QStringLiteral("exit"));
        QCOMPARE(r.keyId, m_issuer.keyId);
        QCOMPARE(r.token.size(), 32);
        QVERIFY(blindrsa::verify(m_key.publicKey(), r.token, r.signature));
        // The code, the blinding and the key are gone once signed (rule 9).
        const QVariantMap row = test::rows(m_app->db(), QStringLiteral("redemptions")).first();
        for (const char *column : { "code", "inverse", "blinded", "spki", "expires" })
            QVERIFY2(row.value(QLatin1String(column)).isNull(), column);
        // What the collector saw: the code and a blinded message, never the token.
        const RecordedRequest &post = m_network->requests().last();
        QCOMPARE(post.url.path(), QStringLiteral("/v1/credentials"));
        QCOMPARE(post.json().value(QLatin1String("invitation")).toString(), m_issuer.code);
        for (const RecordedRequest &request : m_network->requests()) {
            QVERIFY(!request.body.contains(blindrsa::toBase64Url(r.token).toLatin1()));
            QVERIFY(!request.body.contains(blindrsa::toBase64Url(r.signature).toLatin1()));
        }
        const auto held = m_store->heldFor(QStringLiteral("exit"));
        QVERIFY(held);
        QCOMPARE(held->credential.token, r.token);
        QVERIFY(!m_store->heldFor(QStringLiteral("retention")));
    }

    void aWrongCheckSymbolIsRefusedAtOnce()
    {
        QString typed = m_issuer.code;
        typed[typed.size() - 1]
            = typed.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QVERIFY(!m_manager->redeem(typed));
        QVERIFY(!m_manager->redeem(QStringLiteral("ABC")));
        QCOMPARE(m_network->requestCount(), 0);
        QVERIFY(m_store->all().isEmpty());
    }

    void theSameCodeTwiceIsOneRedemption()
    {
        const auto first = m_manager->redeem(m_issuer.code);
        const auto second = m_manager->redeem(invitationcode::format(m_issuer.code));
        QCOMPARE(first, second);
        QTRY_VERIFY(state(*first) == Redemption::State::Signed);
        QCOMPARE(count(*m_network, QStringLiteral("/v1/credentials")), 1);
    }

    void lostAnswerIsRetriedWithTheSameBlindedMessage()
    {
        // The collector signs, but the answer never arrives; the retry gets 200, same signature.
        int posts = 0;
        m_network->setResponder([this, &posts](const RecordedRequest &r) {
            FakeResponse answer = m_issuer.answer(r);
            if (r.url.path() == QLatin1String("/v1/credentials") && posts++ == 0)
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            return answer;
        });
        const auto id = m_manager->redeem(m_issuer.code);
        QTRY_VERIFY(state(*id) == Redemption::State::Signed);
        QList<QByteArray> bodies;
        for (const RecordedRequest &r : m_network->requests()) {
            if (r.url.path() == QLatin1String("/v1/credentials"))
                bodies.append(r.body);
        }
        QCOMPARE(bodies.size(), 2);
        QCOMPARE(bodies.at(0), bodies.at(1));
        QCOMPARE(m_issuer.signedMessages.size(), 1);
        QVERIFY(blindrsa::verify(
            m_key.publicKey(), m_store->find(*id)->token, m_store->find(*id)->signature));
    }

    void crashAfterBlindingResumesWithTheSameMessage()
    {
        // Offline right when the blinded message is to go out; then the app dies.
        m_network->setResponder([this](const RecordedRequest &r) {
            if (r.url.path() == QLatin1String("/v1/credentials"))
                return FakeResponse::networkError();
            return m_issuer.answer(r);
        });
        const auto id = m_manager->redeem(m_issuer.code);
        QTRY_VERIFY(state(*id) == Redemption::State::Blinded);
        QTRY_VERIFY(m_manager->isWaiting());
        const Redemption before = *m_store->find(*id);
        QVERIFY(!before.blindedMessage.isEmpty());
        QVERIFY(!before.inverse.isEmpty());
        QCOMPARE(before.code, m_issuer.code);

        restartApp();
        m_network->setResponder([this](const RecordedRequest &r) { return m_issuer.answer(r); });
        m_manager->resume();
        QTRY_VERIFY(state(*id) == Redemption::State::Signed);
        // Only the credential request went out again: no second lookup or blinding.
        QCOMPARE(m_network->requestCount(), 1);
        QCOMPARE(CredentialRequest::fromJson(m_network->requests().first().json(), nullptr)
                     ->blindedMessage,
            before.blindedMessage);
        const Redemption after = *m_store->find(*id);
        QCOMPARE(after.token, before.token);
        QVERIFY(blindrsa::verify(m_key.publicKey(), after.token, after.signature));
    }

    void offlineWaitsAndResumes()
    {
        m_network->setResponder(
            [](const RecordedRequest &) { return FakeResponse::networkError(); });
        QSignalSpy waiting(m_manager.get(), &CredentialManager::waiting);
        const auto id = m_manager->redeem(m_issuer.code);
        QVERIFY(id);
        QTRY_VERIFY(waiting.size() >= 2); // retried with backoff, not given up
        QCOMPARE(state(*id), Redemption::State::Queued);
        QVERIFY(m_manager->isWaiting());
        // The network returns; the next planned retry (or a resume) finishes it.
        m_network->setResponder([this](const RecordedRequest &r) { return m_issuer.answer(r); });
        QTRY_VERIFY(state(*id) == Redemption::State::Signed);
    }

    void refusedForGood_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("state");
        QTest::newRow("unknown code")
            << "/v1/invitations/" << 404 << "not_found" << int(Redemption::State::Queued);
        QTest::newRow("used") << "/v1/invitations/" << 410 << "invitation_used"
                              << int(Redemption::State::Queued);
        QTest::newRow("expired") << "/v1/invitations/" << 410 << "invitation_expired"
                                 << int(Redemption::State::Queued);
        QTest::newRow("used meanwhile with another message")
            << "/v1/credentials" << 410 << "invitation_used" << int(Redemption::State::Blinded);
        QTest::newRow("expired before the request")
            << "/v1/credentials" << 410 << "invitation_expired" << int(Redemption::State::Blinded);
    }

    void refusedForGood()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, code);
        m_network->setResponder([this, path, status, code](const RecordedRequest &r) {
            if (r.url.path().startsWith(path))
                return FakeResponse::problem(status, code, QStringLiteral("refused"));
            return m_issuer.answer(r);
        });
        QSignalSpy idle(m_manager.get(), &CredentialManager::idle);
        const auto id = m_manager->redeem(m_issuer.code);
        QTRY_VERIFY(state(*id) == Redemption::State::Refused);
        const Redemption r = *m_store->find(*id);
        QCOMPARE(r.error, code);
        QVERIFY(r.token.isEmpty() && r.inverse.isEmpty() && r.blindedMessage.isEmpty());
        QTRY_VERIFY(!idle.isEmpty());
        // Not retried: no request after the refusal.
        const int requests = m_network->requestCount();
        QTest::qWait(150);
        QCOMPARE(m_network->requestCount(), requests);
        QVERIFY(!m_manager->isWaiting());
        QVERIFY(!m_store->heldFor(QStringLiteral("exit")));
    }

    void aKeyThatIsNotTheInvitationsIsRefused()
    {
        m_issuer.keyId = IssuerKey::idFor(QByteArrayLiteral("another key"));
        const auto id = m_manager->redeem(m_issuer.code);
        QTRY_VERIFY(state(*id) == Redemption::State::Refused);
        QCOMPARE(m_store->find(*id)->error, QStringLiteral("key_unknown"));
        QCOMPARE(count(*m_network, QStringLiteral("/v1/credentials")), 0);
    }

    void aSignatureThatDoesNotVerifyIsRefused()
    {
        m_network->setResponder([this](const RecordedRequest &r) {
            FakeResponse answer = m_issuer.answer(r);
            if (r.url.path() == QLatin1String("/v1/credentials")) {
                QByteArray junk(256, '\x01');
                answer = FakeResponse::json(201,
                    CredentialGrant { m_issuer.keyId, junk, kEmployer, QStringLiteral("utrecht"),
                        QStringLiteral("exit"), {} }
                        .toJson());
            }
            return answer;
        });
        const auto id = m_manager->redeem(m_issuer.code);
        QTRY_VERIFY(state(*id) == Redemption::State::Refused);
        QCOMPARE(m_store->find(*id)->error, QStringLiteral("signature_invalid"));
    }

    void credentialGoesWithOneSubmissionAndLeavesNoCopy()
    {
        const auto id = m_manager->redeem(m_issuer.code);
        QTRY_VERIFY(state(*id) == Redemption::State::Signed);
        const HeldCredential held = *m_store->heldFor(QStringLiteral("exit"));
        const QString token = blindrsa::toBase64Url(held.credential.token);

        Outbox outbox(m_app->db());
        const Submission s = Anonymiser().anonymise(test::exitSurvey(), test::validExitAnswers(),
            test::validProfile(), QDate(2026, 11, 23), &held);
        QCOMPARE(s.strata.employer, kEmployer); // from the invitation, not from the profile
        QVERIFY2(outbox.enqueue(s, &held), qPrintable(m_app->db().errorString()));
        // The payload carries it; the queue does not any more, so it cannot go twice.
        const QJsonObject payload
            = QJsonDocument::fromJson(outbox.pending(1).first().payload).object();
        QCOMPARE(payload.value(QLatin1String("credential")).toObject(), held.credential.toJson());
        QCOMPARE(payload.value(QLatin1String("strata"))[QLatin1String("employer")].toString(),
            kEmployer);
        QVERIFY(!m_store->find(*id));
        const Submission again = Anonymiser().anonymise(test::exitSurvey(),
            test::validExitAnswers(), test::validProfile(), QDate(2026, 11, 23), &held);
        QVERIFY(!outbox.enqueue(again, &held));
        QCOMPARE(outbox.pendingCount(), 1);

        // The receipt comes: no table holds the token or the signature any more.
        QVERIFY(outbox.acknowledge({ s.submissionId }));
        for (const QString &table : test::tables(m_app->db())) {
            for (const QVariantMap &row : test::rows(m_app->db(), table)) {
                for (const QVariant &value : row) {
                    QVERIFY2(!value.toString().contains(token), qPrintable(table));
                    QVERIFY2(
                        !value.toByteArray().contains(held.credential.token), qPrintable(table));
                }
            }
        }
        // Nor does the file: secure_delete overwrote the rows, the checkpoint emptied the log.
        QVERIFY(m_app->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile file(m_app->path() + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(token.toLatin1()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(held.credential.token), qPrintable(file.fileName()));
        }
    }

    void spentOrInvalidCredentialIsRefusedNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("spent") << 409 << "credential_spent";
        QTest::newRow("invalid") << 422 << "credential_invalid";
    }

    void spentOrInvalidCredentialIsRefusedNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto id = m_manager->redeem(m_issuer.code);
        QTRY_VERIFY(state(*id) == Redemption::State::Signed);
        const HeldCredential held = *m_store->heldFor(QStringLiteral("exit"));
        Outbox outbox(m_app->db());
        const Submission s = Anonymiser().anonymise(test::exitSurvey(), test::validExitAnswers(),
            test::validProfile(), QDate(2026, 11, 23), &held);
        QVERIFY(outbox.enqueue(s, &held));

        // The batch answer judges each item on its own.
        m_network->setResponder([status, code](const RecordedRequest &) {
            const QJsonObject item { { QStringLiteral("status"), status },
                { QStringLiteral("error"),
                    QJsonObject { { QStringLiteral("code"), code },
                        { QStringLiteral("message"), QStringLiteral("refused") },
                        { QStringLiteral("field"), QStringLiteral("credential") } } } };
            return FakeResponse::json(200, { { QStringLiteral("results"), QJsonArray { item } } });
        });
        SyncClient sync(outbox, m_network.get());
        sync.setCollector(QUrl(QStringLiteral("https://collector.test")));
        QSignalSpy finished(&sync, &SyncClient::finished);
        sync.syncNow();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(outbox.pendingCount(), 0);
        const QList<OutboxItem> rejected = outbox.rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().errorCode, code);
        // The person removes it; then nothing of the credential is left.
        QVERIFY(outbox.discard(s.submissionId));
        QVERIFY(test::rows(m_app->db(), QStringLiteral("outbox")).isEmpty());
    }

    void roundCredentialGoesIntoTheWaitingAnswers()
    {
        const Submission s = roundSubmission();
        const auto id = m_outbox->enqueueForRound(s, { kPanel, kRound, kSecret });
        QVERIFY2(id, qPrintable(m_app->db().errorString()));
        // Queued, but not to be sent: without the credential the collector would refuse it.
        QCOMPARE(m_outbox->pendingCount(), 1);
        QCOMPARE(m_outbox->waitingCount(), 1);
        QVERIFY(m_outbox->pending(10).isEmpty());
        QSignalSpy outboxChanged(m_manager.get(), &CredentialManager::outboxChanged);
        m_manager->resume();
        QTRY_COMPARE(m_outbox->pending(10).size(), 1);
        QCOMPARE(outboxChanged.size(), 1);
        QCOMPARE(m_outbox->waitingCount(), 0);

        // The answers carry a credential that verifies under the panel's key, and no employer.
        const QJsonObject payload
            = QJsonDocument::fromJson(m_outbox->pending(1).first().payload).object();
        const auto credential
            = Credential::fromJson(payload.value(QLatin1String("credential")), nullptr);
        QVERIFY(credential);
        QCOMPARE(credential->keyId, m_issuer.keyId);
        QVERIFY(blindrsa::verify(m_key.publicKey(), credential->token, credential->signature));
        QVERIFY(
            !payload.value(QLatin1String("strata")).toObject().contains(QLatin1String("employer")));
        QCOMPARE(payload.value(QLatin1String("submissionId")).toString(), s.submissionId);
        // The row (with the secret) is gone: the credential exists only in the answers.
        QVERIFY(!m_store->find(*id));
        QVERIFY(test::rows(m_app->db(), QStringLiteral("redemptions")).isEmpty());

        // What the collector saw: the panel's keys, then the secret with a blinded message only.
        QCOMPARE(m_network->requests().first().url.path(), QStringLiteral("/v1/keys"));
        QCOMPARE(m_network->requests().first().url.query(), QStringLiteral("panel=") + kPanel);
        QCOMPARE(count(*m_network, QStringLiteral("/v1/credentials")), 1);
        const QJsonObject post = m_network->requests().last().json();
        QCOMPARE(post.value(QLatin1String("panel")).toString(), kPanel);
        QCOMPARE(post.value(QLatin1String("round")).toString(), kRound);
        QCOMPARE(post.value(QLatin1String("memberSecret")).toString(), kSecret);
        QVERIFY(!post.contains(QLatin1String("invitation")));
        for (const RecordedRequest &r : m_network->requests()) {
            QVERIFY(!r.body.contains(blindrsa::toBase64Url(credential->token).toLatin1()));
            QVERIFY(!r.body.contains(s.submissionId.toLatin1()));
        }
        // The secret never goes into the answers.
        QVERIFY(!m_outbox->pending(1).first().payload.contains(kSecret.toLatin1()));
    }

    void roundLostAnswerIsRetriedWithTheSameBlindedMessage()
    {
        int posts = 0;
        m_network->setResponder([this, &posts](const RecordedRequest &r) {
            FakeResponse answer = m_issuer.answer(r);
            if (r.url.path() == QLatin1String("/v1/credentials") && posts++ == 0)
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            return answer;
        });
        QVERIFY(m_outbox->enqueueForRound(roundSubmission(), { kPanel, kRound, kSecret }));
        m_manager->resume();
        QTRY_COMPARE(m_outbox->pending(10).size(), 1);
        QList<QByteArray> bodies;
        for (const RecordedRequest &r : m_network->requests()) {
            if (r.url.path() == QLatin1String("/v1/credentials"))
                bodies.append(r.body);
        }
        QCOMPARE(bodies.size(), 2);
        QCOMPARE(bodies.at(0), bodies.at(1));
        // The collector signed once and answered the retry (200) with the same signature.
        QCOMPARE(m_issuer.roundMessages.size(), 1);
        const auto credential
            = Credential::fromJson(QJsonDocument::fromJson(m_outbox->pending(1).first().payload)
                                       .object()
                                       .value(QLatin1String("credential")),
                nullptr);
        QVERIFY(credential);
        QVERIFY(blindrsa::verify(m_key.publicKey(), credential->token, credential->signature));
    }

    void roundRefusedForGood_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("issued (another device)") << 410 << "credential_issued";
        QTest::newRow("closed") << 410 << "round_closed";
        QTest::newRow("unknown round") << 404 << "unknown_round";
        QTest::newRow("unknown member") << 404 << "unknown_member";
    }

    void roundRefusedForGood()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        if (code == QLatin1String("credential_issued")) {
            // The real answer: this member already took the round's credential elsewhere.
            m_issuer.roundMessages.insert(QByteArrayLiteral("another blinded message"), {});
        } else {
            m_network->setResponder([this, status, code](const RecordedRequest &r) {
                if (r.url.path() == QLatin1String("/v1/credentials"))
                    return FakeResponse::problem(status, code, QStringLiteral("refused"));
                return m_issuer.answer(r);
            });
        }
        const Submission s = roundSubmission();
        const auto id = m_outbox->enqueueForRound(s, { kPanel, kRound, kSecret });
        QVERIFY(id);
        m_manager->resume();
        QTRY_COMPARE(m_outbox->rejectedCount(), 1);
        const OutboxItem rejected = m_outbox->rejected().first();
        QCOMPARE(rejected.submissionId, s.submissionId);
        QCOMPARE(rejected.errorCode, code);
        QCOMPARE(m_outbox->pendingCount(), 0);
        // Its row, the secret and the blinding with it, is gone; nothing is retried.
        QVERIFY(!m_store->find(*id));
        const int requests = m_network->requestCount();
        QTest::qWait(150);
        QCOMPARE(m_network->requestCount(), requests);
        QVERIFY(!m_manager->isWaiting());
    }

    void roundOfflineWaitsThenResumesAfterACrash()
    {
        // Offline from the start: the row waits, retried with backoff, not given up.
        m_network->setResponder(
            [](const RecordedRequest &) { return FakeResponse::networkError(); });
        QSignalSpy waiting(m_manager.get(), &CredentialManager::waiting);
        const auto id = m_outbox->enqueueForRound(roundSubmission(), { kPanel, kRound, kSecret });
        QVERIFY(id);
        m_manager->resume();
        QTRY_VERIFY(waiting.size() >= 2);
        QCOMPARE(state(*id), Redemption::State::Queued);
        QVERIFY(m_manager->isWaiting());
        QCOMPARE(m_outbox->waitingCount(), 1);

        // The keys come, the credential request is lost; then the app dies.
        m_network->setResponder([this](const RecordedRequest &r) {
            if (r.url.path() == QLatin1String("/v1/credentials"))
                return FakeResponse::networkError();
            return m_issuer.answer(r);
        });
        m_manager->resume();
        QTRY_VERIFY(state(*id) == Redemption::State::Blinded);
        QTRY_VERIFY(m_manager->isWaiting());
        const Redemption before = *m_store->find(*id);
        QCOMPARE(before.round.memberSecret, kSecret);
        QCOMPARE(before.keyId, m_issuer.keyId);

        restartApp();
        m_network->setResponder([this](const RecordedRequest &r) { return m_issuer.answer(r); });
        m_manager->resume();
        QTRY_COMPARE(m_outbox->pending(10).size(), 1);
        // Only the credential request went out again, with the very same blinded message.
        QCOMPARE(m_network->requestCount(), 1);
        QCOMPARE(CredentialRequest::fromJson(m_network->requests().first().json(), nullptr)
                     ->blindedMessage,
            before.blindedMessage);
        const auto credential
            = Credential::fromJson(QJsonDocument::fromJson(m_outbox->pending(1).first().payload)
                                       .object()
                                       .value(QLatin1String("credential")),
                nullptr);
        QVERIFY(credential);
        QCOMPARE(credential->token, before.token);
        QVERIFY(!m_store->find(*id));
    }

    void leavingThePanelForgetsItsRounds()
    {
        m_network->setResponder(
            [](const RecordedRequest &) { return FakeResponse::networkError(); });
        const auto id = m_outbox->enqueueForRound(roundSubmission(), { kPanel, kRound, kSecret });
        QVERIFY(id);
        // A held round credential (no answers waited for it) goes too.
        QVERIFY(m_app->db().exec(
            QStringLiteral("INSERT INTO redemptions (kind, state, panel, round, token, signature)"
                           " VALUES ('round', 'signed', ?, 'other-round', x'01', x'02')"),
            { kPanel }));
        QSignalSpy outboxChanged(m_manager.get(), &CredentialManager::outboxChanged);
        QVERIFY(m_manager->forgetPanel(kPanel));
        QCOMPARE(outboxChanged.size(), 1);
        QVERIFY(test::rows(m_app->db(), QStringLiteral("redemptions")).isEmpty());
        QCOMPARE(m_outbox->pendingCount(), 0);
        QCOMPARE(m_outbox->rejected().first().errorCode, QStringLiteral("membership_left"));
    }

private:
    Submission roundSubmission() const
    {
        Submission s = Anonymiser().anonymise(test::exitSurvey(), test::validExitAnswers(),
            test::validProfile(), QDate(2026, 11, 23));
        s.surveyId = kRound;
        return s;
    }

    void startApp()
    {
        m_store = std::make_unique<RedemptionStore>(m_app->db());
        m_outbox = std::make_unique<Outbox>(m_app->db());
        m_client = std::make_unique<CollectorClient>(m_network.get());
        m_client->setCollector(QUrl(QStringLiteral("https://collector.test")));
        m_manager = std::make_unique<CredentialManager>(*m_store, *m_client);
        m_manager->setOutbox(m_outbox.get());
        m_manager->setBackoff(
            Backoff(std::chrono::milliseconds(20), std::chrono::milliseconds(80), 1));
    }

    /// The app dies and starts again on the same file; the network's record starts afresh.
    void restartApp()
    {
        m_manager.reset();
        m_client.reset();
        m_outbox.reset();
        m_store.reset();
        QVERIFY(m_app->reopen());
        m_network = std::make_unique<FakeNetwork>();
        startApp();
    }

    Redemption::State state(qint64 id)
    {
        const auto r = m_store->find(id);
        return r ? r->state : Redemption::State::Refused;
    }

    blindrsa::PrivateKey m_key;
    FakeIssuer m_issuer;
    std::unique_ptr<test::TempAppDatabase> m_app;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<RedemptionStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<CollectorClient> m_client;
    std::unique_ptr<CredentialManager> m_manager;
};

QTEST_GUILESS_MAIN(TestRedemption)

#include "tst_redemption.moc"
