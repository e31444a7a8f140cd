// CollectorStore on a temporary file: idempotent storing on submissionId, the pools of each
// scope and releases of at least k, employer tokens kept as hashes, and a schema with no IP
// address, request time or arrival order.

#include "anonymiser.h"
#include "collectorstore.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace zs;

class TestCollectorStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<CollectorStore>(
            m_dir.filePath(QStringLiteral("collector-%1.sqlite").arg(++m_counter)));
        QVERIFY2(m_store->isOpen(), qPrintable(m_store->errorString()));
    }
    void cleanup() { m_store.reset(); }

    void storesIdempotently()
    {
        const Submission s = submission(QStringLiteral("zorggroep-a"));
        QCOMPARE(
            m_store->store({ s }, test::catalog()), QList<StoreOutcome> { StoreOutcome::Stored });
        QCOMPARE(m_store->store({ s }, test::catalog()),
            QList<StoreOutcome> { StoreOutcome::Duplicate });
        QCOMPARE(m_store->submissionCount(), 1);
        Submission changed = s;
        changed.answers.insert(QStringLiteral("enps"), 2);
        QCOMPARE(m_store->store({ changed }, test::catalog()),
            QList<StoreOutcome> { StoreOutcome::Conflict });
        QCOMPARE(m_store->submissionCount(), 1);
    }

    void batchItemsJudgedOnTheirOwn()
    {
        Submission unknown = submission({});
        unknown.surveyVersion = 9;
        const Submission a = submission({});
        const Submission b = submission({});
        QCOMPARE(m_store->store({ a, unknown, b }, test::catalog()),
            (QList<StoreOutcome> {
                StoreOutcome::Stored, StoreOutcome::Failed, StoreOutcome::Stored }));
        QCOMPARE(m_store->submissionCount(), 2);
    }

    // One group (issue 12): the second use of a credential is Spent and leaves nothing behind,
    // though no savepoint guards it; the same id twice is a duplicate, other content a conflict.
    void groupJudgesEachItem()
    {
        Submission a = submission(QStringLiteral("zorggroep-a"));
        a.credential = Credential { QStringLiteral("k1"), QByteArray(32, 'x'), {} };
        Submission b = submission(QStringLiteral("zorggroep-a"));
        b.credential = a.credential;
        const Submission c = submission({});
        Submission changed = c;
        changed.answers.insert(QStringLiteral("enps"), 2);
        QCOMPARE(m_store->store({ a, b, c, c, changed }, test::catalog()),
            (QList<StoreOutcome> { StoreOutcome::Stored, StoreOutcome::Spent, StoreOutcome::Stored,
                StoreOutcome::Duplicate, StoreOutcome::Conflict }));
        QCOMPARE(m_store->submissionCount(), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM spent_tokens")), 1);
        // Pools: a's employer and verified scope, c's open scope; answers of a and c only.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pool")), 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM answers WHERE submission NOT IN"
                                      " (SELECT id FROM submissions)")),
            0);
        const QList<PreparedSubmission> prepared { CollectorStore::prepare(a, test::exitSurvey()) };
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM answers")),
            2 * int(prepared.first().answers.size()));
    }

    // An item the store refuses (here a row breaking NOT NULL, which validation would never let
    // through) fails the group's one transaction; the group is then stored item by item, so only
    // that item fails and nothing of it stays.
    void groupFallsBackPerItem()
    {
        const Submission a = submission({});
        const Submission b = submission({});
        const Submission c = submission({});
        PreparedSubmission bad = CollectorStore::prepare(b, test::exitSurvey());
        bad.answers.append({ QString(), QStringLiteral(""), QStringLiteral(""), 1, QVariant() });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("NOT NULL")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("NOT NULL")));
        QCOMPARE(m_store->store(
                     QList<PreparedSubmission> { CollectorStore::prepare(a, test::exitSurvey()),
                         bad, CollectorStore::prepare(c, test::exitSurvey()) }),
            (QList<StoreOutcome> {
                StoreOutcome::Stored, StoreOutcome::Failed, StoreOutcome::Stored }));
        QCOMPARE(m_store->submissionCount(), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE submission_id = '")
                     + b.submissionId + QLatin1Char('\'')),
            0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pool")), 2);
        QCOMPARE(m_store->database().faults(), quint64(0));
    }

    void privacyRule4_noIpOrRequestTime()
    {
        QVERIFY(
            m_store->store({ submission(QStringLiteral("zorggroep-a")) }, test::catalog()).first()
            == StoreOutcome::Stored);
        Database &db = m_store->database();
        // Rule 4 is about what is kept with a submission: its own tables.
        QStringList all;
        for (const QString &table : { QStringLiteral("submissions"), QStringLiteral("answers") })
            all += test::columns(db, table);
        QVERIFY(all.contains(QStringLiteral("received_day")));
        for (const QString &column : all) {
            QVERIFY2(!column.contains(QLatin1String("ip"), Qt::CaseInsensitive)
                    && !column.contains(QLatin1String("time"), Qt::CaseInsensitive)
                    && !column.contains(QLatin1String("device"), Qt::CaseInsensitive)
                    && !column.contains(QLatin1String("agent"), Qt::CaseInsensitive),
                qPrintable(column));
        }
        const auto rows = test::rows(db, QStringLiteral("submissions"));
        QCOMPARE(rows.size(), 1);
        static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        QVERIFY(
            day.match(rows.first().value(QStringLiteral("received_day")).toString()).hasMatch());
    }

    // Each response waits in the pools of its scopes: an employer's and its region's verified
    // pool, or its region's open pool; never published, not even their size.
    void poolsPerScope()
    {
        QList<Submission> batch;
        for (int i = 0; i < 3; ++i)
            batch.append(submission(QStringLiteral("zorggroep-a")));
        batch.append(submission(QStringLiteral("zorggroep-b")));
        Submission twente = submission({});
        twente.strata.region = QStringLiteral("twente");
        batch.append(twente);
        for (const StoreOutcome o : m_store->store(batch, test::catalog()))
            QCOMPARE(o, StoreOutcome::Stored);
        const auto pool = [&](const QString &scopeName) {
            QSqlQuery q(m_store->database().connection());
            q.prepare(
                QStringLiteral("SELECT COUNT(*) FROM pool WHERE scope = ? AND survey = 'exit'"));
            q.addBindValue(scopeName);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(pool(scope::employer(QStringLiteral("zorggroep-a"))), 3);
        QCOMPARE(pool(scope::employer(QStringLiteral("zorggroep-b"))), 1);
        QCOMPARE(pool(scope::verified(QStringLiteral("utrecht"))), 4);
        QCOMPARE(pool(scope::open(QStringLiteral("twente"))), 1);
        QCOMPARE(pool(scope::open(QStringLiteral("utrecht"))), 0);
    }

    // A pool becomes a release only with at least k; then it is empty, and the release stays as
    // it was when later ones are cut.
    void releasesOfAtLeastK()
    {
        QList<Submission> batch;
        for (int i = 0; i < 9; ++i)
            batch.append(submission(QStringLiteral("zorggroep-a")));
        QVERIFY(!m_store->store(batch, test::catalog()).contains(StoreOutcome::Failed));
        ReleaseStore &r = m_store->releases();
        const releases::Parameters parameters { 10, 1.0 };
        QCOMPARE(r.cut(test::catalog(), parameters, releases::systemBits(), 24), 0);
        QCOMPARE(r.releases(scope::employer(QStringLiteral("zorggroep-a")), QStringLiteral("exit"))
                     ->size(),
            0);
        QVERIFY(!r.recorded());
        QVERIFY(
            m_store->store({ submission(QStringLiteral("zorggroep-a")) }, test::catalog()).first()
            == StoreOutcome::Stored);
        // The employer's and the region's verified pool both hold 10 now.
        QCOMPARE(r.cut(test::catalog(), parameters, releases::systemBits(), 24), 2);
        const auto first
            = r.releases(scope::employer(QStringLiteral("zorggroep-a")), QStringLiteral("exit"));
        QCOMPARE(first->size(), 1);
        QCOMPARE(first->first().seq, 1);
        QCOMPARE(first->first().firstMonth, QStringLiteral("2026-11"));
        QCOMPARE(first->first().k, 10);
        QCOMPARE(r.cut(test::catalog(), parameters, releases::systemBits(), 24), 0);
        for (int i = 0; i < 10; ++i)
            QVERIFY(m_store->store({ submission(QStringLiteral("zorggroep-a")) }, test::catalog())
                        .first()
                == StoreOutcome::Stored);
        QCOMPARE(r.cut(test::catalog(), parameters, releases::systemBits(), 24), 2);
        const auto both
            = r.releases(scope::employer(QStringLiteral("zorggroep-a")), QStringLiteral("exit"));
        QCOMPARE(both->size(), 2);
        QCOMPARE(both->at(1).seq, 2);
        QCOMPARE(both->at(0).figures, first->first().figures);
        // k and epsilon may now only be made stricter (rule 10).
        QCOMPARE(r.recorded()->k, 10);
        QVERIFY(!r.refusal({ 9, 1.0 }).isEmpty());
        QVERIFY(!r.refusal({ 10, 1.5 }).isEmpty());
        QVERIFY(r.refusal({ 12, 0.5 }).isEmpty());
    }

    // Raw answers of responses released in every scope go after the retention period; their
    // releases stay, and so does the key that answers a replay as a duplicate. A response still
    // waiting in a pool keeps its answers, however old.
    void rawAnswersOfReleasedResponsesExpire()
    {
        QList<Submission> released;
        for (int i = 0; i < 5; ++i)
            released.append(submission(QStringLiteral("zorggroep-a")));
        Submission waiting = submission({});
        waiting.strata.region = QStringLiteral("twente");
        QVERIFY(!m_store->store(released + QList<Submission> { waiting }, test::catalog())
                     .contains(StoreOutcome::Failed));
        QSqlQuery q(m_store->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE submissions SET received_day = '2020-01-15'")));
        const auto answersOf = [&](const QString &submissionId) {
            QSqlQuery a(m_store->database().connection());
            a.prepare(QStringLiteral("SELECT COUNT(*) FROM answers WHERE submission ="
                                     " (SELECT id FROM submissions WHERE submission_id = ?)"));
            a.addBindValue(submissionId);
            return a.exec() && a.next() ? a.value(0).toInt() : -1;
        };
        QVERIFY(answersOf(released.first().submissionId) > 0);
        // k = 5: zorggroep-a's pool and utrecht's verified pool are cut; twente's open pool of
        // one waits.
        QCOMPARE(
            m_store->releases().cut(test::catalog(), { 5, 1.0 }, releases::systemBits(), 24), 2);
        for (const Submission &s : released)
            QCOMPARE(answersOf(s.submissionId), 0);
        QVERIFY(answersOf(waiting.submissionId) > 0);
        QCOMPARE(
            m_store->releases()
                .releases(scope::employer(QStringLiteral("zorggroep-a")), QStringLiteral("exit"))
                ->size(),
            1);
        QCOMPARE(
            m_store->store({ released.first() }, test::catalog()).first(), StoreOutcome::Duplicate);
    }

    // Rule 4: no table or index keeps the order responses arrived in.
    void privacyRule4_noArrivalOrder()
    {
        QStringList arrived;
        for (int i = 0; i < 40; ++i) {
            const Submission s = submission(QStringLiteral("zorggroep-a"));
            arrived.append(s.submissionId);
            QVERIFY(m_store->store({ s }, test::catalog()).first() == StoreOutcome::Stored);
        }
        QSqlQuery q(m_store->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                      " AND sql NOT LIKE '%WITHOUT ROWID%' AND name IN"
                                      " ('submissions', 'answers', 'pool', 'spent_tokens')")));
        const bool withRowid = q.next();
        QVERIFY2(!withRowid, withRowid ? qPrintable(q.value(0).toString()) : "");
        // Read back in the table's own order and in each index's order.
        for (const QString &sql : { QStringLiteral("SELECT submission_id FROM submissions"),
                 QStringLiteral("SELECT submission_id FROM submissions INDEXED BY"
                                " submissions_by_employer WHERE survey_id = 'exit'"),
                 QStringLiteral(
                     "SELECT s.submission_id FROM pool p JOIN submissions s"
                     " ON s.id = p.submission WHERE p.scope = 'employer:zorggroep-a'") }) {
            QVERIFY2(q.exec(sql), qPrintable(sql));
            QStringList order;
            while (q.next())
                order.append(q.value(0).toString());
            QCOMPARE(order.size(), 40);
            QVERIFY2(order != arrived, qPrintable(sql));
        }
    }

    void employerTokens()
    {
        QString error;
        const auto token
            = m_store->addEmployer(Employer { QStringLiteral("zorggroep-a"),
                                       QStringLiteral("utrecht"), QStringLiteral("Zorggroep A") },
                &error);
        QVERIFY2(token, qPrintable(error));
        QVERIFY(token->startsWith(QLatin1String("zse_")));
        QCOMPARE(m_store->employerForToken(*token)->id, QStringLiteral("zorggroep-a"));
        QVERIFY(!m_store->employerForToken(QStringLiteral("zse_wrong")));
        QVERIFY(!m_store->employerForToken({}));
        QCOMPARE(m_store->employers(QStringLiteral("utrecht")).size(), 1);
        QVERIFY(m_store->employers(QStringLiteral("twente")).isEmpty());
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("UNIQUE constraint failed")));
        QVERIFY(!m_store->addEmployer(Employer { QStringLiteral("zorggroep-a"),
                                          QStringLiteral("utrecht"), QStringLiteral("Again") },
            &error));
        // Only the hash is stored.
        for (const QVariantMap &row :
            test::rows(m_store->database(), QStringLiteral("employers"))) {
            for (const QVariant &v : row)
                QVERIFY(!v.toString().contains(*token));
        }
    }

private:
    int count(const QString &sql)
    {
        QSqlQuery q(m_store->database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    Submission submission(const QString &employer) const
    {
        // The store's view: the route verified any credential before; here only the stratum.
        Submission s = Anonymiser().anonymise(test::exitSurvey(), test::validExitAnswers(),
            test::validProfile(), QDate(2026, 11, 23));
        s.strata.employer = employer;
        return s;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<CollectorStore> m_store;
};

QTEST_GUILESS_MAIN(TestCollectorStore)
#include "tst_collectorstore.moc"
