// CollectorStore on a temporary file: idempotent storing on submissionId, counts per employer
// and region, employer tokens kept as hashes, and a schema with no IP address or request time.

#include "anonymiser.h"
#include "collectorstore.h"
#include "reportbuilder.h"
#include "testsupport.h"

#include <QRegularExpression>
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

    void countsPerEmployerAndRegion()
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

        const ReportCounts own
            = m_store->counts(QStringLiteral("exit"), QStringLiteral("zorggroep-a"), {}, true);
        QCOMPARE(own.respondents, 3);
        QCOMPARE(own.answered.value(QStringLiteral("reasons")), 3);
        QCOMPARE(own.cells.value(
                     ReportCounts::key(QStringLiteral("reasons"), {}, QStringLiteral("pay"), {})),
            3);
        QCOMPARE(own.cells.value(ReportCounts::key(QStringLiteral("enps"), {}, {}, 6)), 3);
        QCOMPARE(own.texts.value(QStringLiteral("comment")).size(), 3);
        QCOMPARE(own.answered.value(QStringLiteral("comment")), 3);

        const ReportCounts region
            = m_store->counts(QStringLiteral("exit"), {}, QStringLiteral("utrecht"), false);
        QCOMPARE(region.respondents, 4);
        QVERIFY(region.texts.isEmpty());
        QCOMPARE(m_store->counts(QStringLiteral("retention"), {}, QStringLiteral("utrecht"), true)
                     .respondents,
            0);
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

    void reportFromStoredCounts()
    {
        QList<Submission> batch;
        for (int i = 0; i < 9; ++i)
            batch.append(submission(QStringLiteral("zorggroep-a")));
        QVERIFY(!m_store->store(batch, test::catalog()).contains(StoreOutcome::Failed));
        const Employer employer { QStringLiteral("zorggroep-a"), QStringLiteral("utrecht"),
            QStringLiteral("A") };
        const auto build = [&] {
            return ReportBuilder(test::exitSurvey(), 10)
                .build(employer, m_store->counts(QStringLiteral("exit"), employer.id, {}, true),
                    m_store->counts(QStringLiteral("exit"), {}, employer.region, false));
        };
        QByteArray json = test::compact(build());
        QVERIFY(!json.contains("nachtdienst"));
        QVERIFY(json.contains("\"respondents\":{\"suppressed\":true}"));
        QVERIFY(
            m_store->store({ submission(QStringLiteral("zorggroep-a")) }, test::catalog()).first()
            == StoreOutcome::Stored);
        json = test::compact(build());
        QVERIFY(json.contains("nachtdienst"));
        QVERIFY(json.contains("\"respondents\":{\"count\":10}"));
    }

private:
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
