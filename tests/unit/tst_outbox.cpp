// Outbox (DESIGN §6, §5 rule 8): persist before send, the draft goes in the same transaction,
// acknowledgement leaves only a (survey, period) receipt.

#include "anonymiser.h"
#include "draftstore.h"
#include "outbox.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace zs;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_app = std::make_unique<test::TempAppDatabase>();
        QVERIFY2(m_app->isOpen(), qPrintable(m_app->errorString()));
    }
    void cleanup() { m_app.reset(); }

    void enqueueRemovesDraftInSameTransaction()
    {
        DraftStore drafts(m_app->db());
        Outbox outbox(m_app->db());
        QVERIFY(drafts.save(Draft { QStringLiteral("exit"), 1, test::validExitAnswers(), 7 }));
        QVERIFY(drafts.save(Draft { QStringLiteral("retention"), 1, {}, 0 }));
        const Submission s = exitSubmission();
        QVERIFY2(outbox.enqueue(s), qPrintable(m_app->db().errorString()));
        QVERIFY(!drafts.load(QStringLiteral("exit")));
        QVERIFY(drafts.load(QStringLiteral("retention"))); // another survey's draft stays
        QCOMPARE(outbox.pendingCount(), 1);

        // When queueing fails, the draft is not lost: both happen or neither.
        QVERIFY(drafts.save(Draft { QStringLiteral("exit"), 1, test::validExitAnswers(), 7 }));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("UNIQUE constraint failed")));
        QVERIFY(!outbox.enqueue(s)); // same submissionId: refused by the UNIQUE constraint
        QVERIFY(!m_app->db().errorString().isEmpty());
        QVERIFY(drafts.load(QStringLiteral("exit")));
        QCOMPARE(outbox.pendingCount(), 1);
    }

    void payloadIsTheSubmissionAsSent()
    {
        Outbox outbox(m_app->db());
        const Submission s = exitSubmission();
        QVERIFY(outbox.enqueue(s));
        const QList<OutboxItem> items = outbox.pending(10);
        QCOMPARE(items.size(), 1);
        const OutboxItem &item = items.first();
        QCOMPARE(item.submissionId, s.submissionId);
        QCOMPARE(item.surveyId, QStringLiteral("exit"));
        QCOMPARE(item.period, QStringLiteral("2026-11"));
        QCOMPARE(item.attempts, 0);
        QVERIFY(item.error.isEmpty());
        QCOMPARE(item.payload, test::compact(s.toJson()));
        ProtocolError error;
        const auto back
            = protocol::parseSubmission(QJsonDocument::fromJson(item.payload).object(), &error);
        QVERIFY2(back, qPrintable(error.message));
        QCOMPARE(*back, s);
    }

    void pendingInOrderWithLimit()
    {
        Outbox outbox(m_app->db());
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            const Submission s = i % 2 ? retentionSubmission() : exitSubmission();
            ids.append(s.submissionId);
            QVERIFY(outbox.enqueue(s));
        }
        QCOMPARE(submissionIds(outbox.pending(100)), ids);
        QCOMPARE(submissionIds(outbox.pending(2)), ids.mid(0, 2));
        QVERIFY(outbox.acknowledge({ ids.at(0) }));
        QVERIFY(outbox.reject(ids.at(1), QStringLiteral("unknown_version")));
        QCOMPARE(submissionIds(outbox.pending(2)), ids.mid(2, 2));
        QCOMPARE(outbox.pendingCount(), 3);
    }

    void outboxSurvivesRestart()
    {
        QStringList ids;
        {
            Outbox outbox(m_app->db());
            for (int i = 0; i < 3; ++i) {
                const Submission s = exitSubmission();
                ids.append(s.submissionId);
                QVERIFY(outbox.enqueue(s));
            }
            QVERIFY(outbox.countAttempt({ ids.at(1) }));
        }
        reopen();
        Outbox outbox(m_app->db());
        const QList<OutboxItem> items = outbox.pending(10);
        QCOMPARE(submissionIds(items), ids);
        QCOMPARE(items.at(0).attempts, 0);
        QCOMPARE(items.at(1).attempts, 1);
    }

    // Issue 11: regional writes wait in the same database, oldest first, across a restart,
    // with their attempts, until they are removed after the collector's answer.
    void regionalRequestsSurviveRestartInOrder()
    {
        {
            Outbox outbox(m_app->db());
            QVERIFY(
                outbox.enqueueRequest(QStringLiteral("join"), QStringLiteral("jongraat-utrecht"),
                    { { QStringLiteral("name"), QStringLiteral("Sanne") } }));
            const auto leave = outbox.enqueueRequest(
                QStringLiteral("leave"), QStringLiteral("jongraat-utrecht"), {});
            QVERIFY(leave);
            QVERIFY(outbox.enqueueRequest(QStringLiteral("reaction"), QStringLiteral("a1"),
                { { QStringLiteral("kind"), QStringLiteral("useful") } }));
            QVERIFY(outbox.countRequestAttempt(*leave));
            QVERIFY(
                !outbox.enqueueRequest(QStringLiteral("unknown-kind"), QStringLiteral("x"), {}));
        }
        reopen();
        Outbox outbox(m_app->db());
        const QList<OutboxRequest> all = outbox.requests();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).kind, QStringLiteral("join"));
        QCOMPARE(all.at(0).body.value(QLatin1String("name")).toString(), QStringLiteral("Sanne"));
        QCOMPARE(all.at(1).kind, QStringLiteral("leave"));
        QCOMPARE(all.at(1).attempts, 1);
        QCOMPARE(all.at(2).target, QStringLiteral("a1"));
        QCOMPARE(outbox.requests(QStringLiteral("reaction")).size(), 1);
        QVERIFY(outbox.removeRequest(all.at(0).id));
        QCOMPARE(outbox.requests().constFirst().kind, QStringLiteral("leave"));
        // Answers are counted apart from regional writes.
        QCOMPARE(outbox.pendingCount(), 0);
    }

    void countAttempt()
    {
        Outbox outbox(m_app->db());
        const Submission a = exitSubmission();
        const Submission b = retentionSubmission();
        QVERIFY(outbox.enqueue(a));
        QVERIFY(outbox.enqueue(b));
        QVERIFY(outbox.countAttempt({ a.submissionId, b.submissionId }));
        QVERIFY(outbox.countAttempt({ b.submissionId }));
        const QList<OutboxItem> items = outbox.pending(10);
        QCOMPARE(items.at(0).attempts, 1);
        QCOMPARE(items.at(1).attempts, 2);
    }

    void privacyRule8_acknowledgeKeepsOnlyReceipt()
    {
        DraftStore drafts(m_app->db());
        Outbox outbox(m_app->db());
        QJsonObject answers = test::validExitAnswers();
        answers.insert(
            QStringLiteral("comment"), QStringLiteral("Unieke tekst 7f3a over de nachtdienst"));
        QVERIFY(drafts.save(Draft { QStringLiteral("exit"), 1, answers, 7 }));
        const Submission exit = Anonymiser().anonymise(
            test::exitSurvey(), answers, test::validProfile(), QDate(2026, 11, 23));
        const Submission retention = retentionSubmission();
        QVERIFY(outbox.enqueue(exit));
        QVERIFY(outbox.enqueue(retention));

        QVERIFY2(outbox.acknowledge({ exit.submissionId }), qPrintable(m_app->db().errorString()));
        QCOMPARE(outbox.pendingCount(), 1);
        QCOMPARE(outbox.pending(10).first().submissionId, retention.submissionId);
        QCOMPARE(outbox.receipts(),
            (QList<std::pair<QString, QString>> {
                { QStringLiteral("exit"), QStringLiteral("2026-11") } }));

        QVERIFY(outbox.acknowledge({ retention.submissionId }));
        // Nothing of the answers or the submission is left in any table.
        QCOMPARE(test::rows(m_app->db(), QStringLiteral("outbox")).size(), 0);
        QCOMPARE(test::rows(m_app->db(), QStringLiteral("drafts")).size(), 0);
        const QStringList secrets { exit.submissionId, retention.submissionId,
            QStringLiteral("7f3a"), QStringLiteral("nachtdienst"), QStringLiteral("outside_care"),
            QStringLiteral("utrecht"), QStringLiteral("25-34") };
        for (const QString &table : test::tables(m_app->db())) {
            for (const QVariantMap &row : test::rows(m_app->db(), table)) {
                for (auto it = row.begin(); it != row.end(); ++it) {
                    for (const QString &secret : secrets)
                        QVERIFY2(!it.value().toString().contains(secret),
                            qPrintable(
                                QStringLiteral("%1.%2 holds %3").arg(table, it.key(), secret)));
                }
            }
        }
        // The receipts table can hold nothing but which survey and which month.
        QCOMPARE(test::columns(m_app->db(), QStringLiteral("receipts")),
            QStringList(
                { QStringLiteral("id"), QStringLiteral("survey_id"), QStringLiteral("period") }));
        const auto receipts = test::rows(m_app->db(), QStringLiteral("receipts"));
        QCOMPARE(receipts.size(), 2);
        for (const QVariantMap &r : receipts) {
            QVERIFY(protocol::isPeriod(r.value(QStringLiteral("period")).toString()));
            QVERIFY(test::catalog().latest(r.value(QStringLiteral("survey_id")).toString()));
        }
        // Newest first.
        QCOMPARE(outbox.receipts().first().first, QStringLiteral("retention"));
    }

    void acknowledgeUnknownIdLeavesNoReceipt()
    {
        Outbox outbox(m_app->db());
        const Submission s = exitSubmission();
        QVERIFY(outbox.enqueue(s));
        QVERIFY(outbox.acknowledge({ QStringLiteral("00000000-0000-4000-8000-000000000000") }));
        QVERIFY(outbox.receipts().isEmpty());
        QCOMPARE(outbox.pendingCount(), 1);
        // Acknowledging twice (a repeat after a crash) keeps one receipt.
        QVERIFY(outbox.acknowledge({ s.submissionId }));
        QVERIFY(outbox.acknowledge({ s.submissionId }));
        QCOMPARE(outbox.receipts().size(), 1);
    }

    void rejectKeepsAndShows()
    {
        Outbox outbox(m_app->db());
        const Submission a = exitSubmission();
        const Submission b = retentionSubmission();
        QVERIFY(outbox.enqueue(a));
        QVERIFY(outbox.enqueue(b));
        QVERIFY(outbox.reject(
            a.submissionId, QStringLiteral("unknown_version: survey 'exit' has no version 1")));
        QCOMPARE(outbox.pendingCount(), 1);
        QCOMPARE(outbox.rejectedCount(), 1);
        QCOMPARE(submissionIds(outbox.pending(10)), QStringList { b.submissionId });
        const QList<OutboxItem> rejected = outbox.rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().submissionId, a.submissionId);
        QVERIFY(rejected.first().error.startsWith(QLatin1String("unknown_version")));
        QVERIFY(outbox.receipts().isEmpty());

        // Only a refused item can be discarded by the person.
        QVERIFY(outbox.discard(b.submissionId));
        QCOMPARE(outbox.pendingCount(), 1);
        QVERIFY(outbox.discard(a.submissionId));
        QCOMPARE(outbox.rejectedCount(), 0);
        QCOMPARE(test::rows(m_app->db(), QStringLiteral("outbox")).size(), 1);
    }

private:
    Submission exitSubmission() const
    {
        return Anonymiser().anonymise(test::exitSurvey(), test::validExitAnswers(),
            test::validProfile(), QDate(2026, 11, 23));
    }
    Submission retentionSubmission() const
    {
        return Anonymiser().anonymise(test::retentionSurvey(), test::validRetentionAnswers(),
            test::validProfile(), QDate(2026, 12, 1));
    }
    static QStringList submissionIds(const QList<OutboxItem> &items)
    {
        QStringList ids;
        for (const OutboxItem &item : items)
            ids.append(item.submissionId);
        return ids;
    }
    void reopen() { QVERIFY2(m_app->reopen(), qPrintable(m_app->errorString())); }

    std::unique_ptr<test::TempAppDatabase> m_app;
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
