// ProfileStore, DraftStore and Profile validation on the app database; reference data.
// A draft survives closing and reopening the database file.

#include "appschema.h"
#include "draftstore.h"
#include "profilestore.h"
#include "referencedata.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace zs;

class TestStores : public QObject
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

    void referenceData()
    {
        const ReferenceData &ref = ReferenceData::instance();
        QCOMPARE(ref.regions.size(), 28);
        QCOMPARE(ref.ageBands.size(), 5);
        QCOMPARE(ref.tenureBands.size(), 5);
        QVERIFY(ReferenceData::contains(ref.regions, QStringLiteral("rijnmond")));
        QVERIFY(ReferenceData::contains(ref.branches, QStringLiteral("ggz")));
        QVERIFY(ReferenceData::contains(ref.occupations, QStringLiteral("student")));
        QVERIFY(!ReferenceData::contains(ref.regions, QStringLiteral("Rijnmond")));
        QVERIFY(!ReferenceData::contains(ref.ageBands, QStringLiteral("34")));
        const ReferenceItem *utrecht = ReferenceData::find(ref.regions, QStringLiteral("utrecht"));
        QVERIFY(utrecht);
        QCOMPARE(utrecht->organisation, QStringLiteral("Utrechtzorg"));
        QCOMPARE(utrecht->label.text(QStringLiteral("en")), utrecht->label.nl);
        const ReferenceItem *ggz = ReferenceData::find(ref.branches, QStringLiteral("ggz"));
        QCOMPARE(ggz->label.text(QStringLiteral("en")), QStringLiteral("Mental health care"));
        QCOMPARE(ggz->label.text(QStringLiteral("de")), ggz->label.nl);
    }

    void profileValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("invalid");
        QTest::newRow("complete") << ""
                                  << ""
                                  << "";
        QTest::newRow("region name") << "region"
                                     << "Utrecht"
                                     << "region";
        QTest::newRow("region empty") << "region"
                                      << ""
                                      << "region";
        QTest::newRow("branch") << "branch"
                                << "hospital"
                                << "branch";
        QTest::newRow("occupation") << "occupation"
                                    << "doctor"
                                    << "occupation";
        QTest::newRow("exact age") << "ageBand"
                                   << "34"
                                   << "ageBand";
        QTest::newRow("exact tenure") << "tenureBand"
                                      << "7"
                                      << "tenureBand";
    }

    void profileValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, invalid);
        Profile p = test::validProfile();
        QString *fields[] = { &p.region, &p.branch, &p.occupation, &p.ageBand, &p.tenureBand };
        const QStringList names { QStringLiteral("region"), QStringLiteral("branch"),
            QStringLiteral("occupation"), QStringLiteral("ageBand"), QStringLiteral("tenureBand") };
        if (!field.isEmpty())
            *fields[names.indexOf(field)] = value;
        QCOMPARE(p.invalidField(), invalid);
        QCOMPARE(p.isComplete(), invalid.isEmpty());
    }

    void profileRoundTripAndOverwrite()
    {
        ProfileStore store(m_app->db());
        QCOMPARE(store.profile(), Profile());
        QVERIFY(!store.profile().isComplete());
        const Profile p = test::validProfile();
        QVERIFY(store.saveProfile(p));
        QCOMPARE(store.profile(), p);
        Profile changed = p;
        changed.region = QStringLiteral("twente");
        changed.branch = QStringLiteral("ggz");
        QVERIFY(store.saveProfile(changed));
        QCOMPARE(store.profile(), changed);
    }

    void profileSurvivesReopen()
    {
        QVERIFY(ProfileStore(m_app->db()).saveProfile(test::validProfile()));
        reopen();
        QCOMPARE(ProfileStore(m_app->db()).profile(), test::validProfile());
    }

    void migrationDropsTheProfileEmployer_data()
    {
        QTest::addColumn<QString>("employer");
        QTest::addColumn<bool>("notice");
        QTest::newRow("employer saved") << "zorggroep-a" << true;
        QTest::newRow("none saved") << "" << false;
    }

    void migrationDropsTheProfileEmployer()
    {
        // A file as schema 2 left it: an employer in the profile, its cached employer list, and a
        // queued submission (and a refused one) carrying the employer.
        QFETCH(QString, employer);
        QFETCH(bool, notice);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const QByteArray withEmployer
            = R"({"submissionId":"a","strata":{"region":"utrecht","employer":"zorggroep-a"}})";
        {
            Database old(path, appMigrations().mid(0, 2));
            QVERIFY2(old.isOpen(), qPrintable(old.errorString()));
            ProfileStore store(old);
            QVERIFY(store.setSetting(QStringLiteral("profile.region"), QStringLiteral("utrecht")));
            QVERIFY(store.setSetting(QStringLiteral("profile.employer"), employer));
            QVERIFY(store.setSetting(QStringLiteral("employers.utrecht"), QStringLiteral("[]")));
            for (const char *state : { "pending", "rejected" })
                QVERIFY(old.exec(QStringLiteral("INSERT INTO outbox (submission_id, survey_id,"
                                                " period, payload, state) VALUES (?, 'exit',"
                                                " '2026-11', ?, ?)"),
                    { QLatin1String(state), QString::fromUtf8(withEmployer),
                        QLatin1String(state) }));
        }
        Database db(path, appMigrations());
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ProfileStore store(db);
        QCOMPARE(store.profile().region, QStringLiteral("utrecht"));
        QVERIFY(
            store.setting(QStringLiteral("profile.employer"), QStringLiteral("gone")) == u"gone");
        QVERIFY(
            store.setting(QStringLiteral("employers.utrecht"), QStringLiteral("gone")) == u"gone");
        QCOMPARE(!store.setting(QStringLiteral("notice.employerRemoved")).isEmpty(), notice);
        // The queued one goes as an open answer of the region; the refused one stays as shown.
        const QList<QVariantMap> outbox = test::rows(db, QStringLiteral("outbox"));
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outbox.at(0).value(QStringLiteral("payload")).toString(),
            QStringLiteral(R"({"submissionId":"a","strata":{"region":"utrecht"}})"));
        QCOMPARE(outbox.at(1).value(QStringLiteral("payload")).toByteArray(), withEmployer);
    }

    void settings()
    {
        ProfileStore store(m_app->db());
        QCOMPARE(
            store.setting(QStringLiteral("language"), QStringLiteral("nl")), QStringLiteral("nl"));
        QVERIFY(store.setSetting(QStringLiteral("language"), QStringLiteral("en")));
        QCOMPARE(
            store.setting(QStringLiteral("language"), QStringLiteral("nl")), QStringLiteral("en"));
        QVERIFY(store.setSetting(QStringLiteral("language"), QStringLiteral("nl")));
        QCOMPARE(store.setting(QStringLiteral("language")), QStringLiteral("nl"));
        QCOMPARE(test::rows(m_app->db(), QStringLiteral("settings")).size(), 1);
    }

    void draftSaveLoadReplace()
    {
        DraftStore drafts(m_app->db());
        QVERIFY(!drafts.load(QStringLiteral("exit")));
        Draft d { QStringLiteral("exit"), 1,
            QJsonObject { { QStringLiteral("reasons"), QJsonArray { QStringLiteral("pay") } } },
            1 };
        QVERIFY(drafts.save(d));
        auto loaded = drafts.load(QStringLiteral("exit"));
        QVERIFY(loaded);
        QCOMPARE(loaded->surveyVersion, 1);
        QCOMPARE(loaded->answers, d.answers);
        QCOMPARE(loaded->position, 1);

        d.answers.insert(QStringLiteral("main_reason"), QStringLiteral("pay"));
        d.position = 2;
        QVERIFY(drafts.save(d));
        loaded = drafts.load(QStringLiteral("exit"));
        QCOMPARE(loaded->answers.size(), 2);
        QCOMPARE(loaded->position, 2);
        QCOMPARE(test::rows(m_app->db(), QStringLiteral("drafts")).size(), 1); // one row per survey
    }

    void draftsPerSurveyAndRemove()
    {
        DraftStore drafts(m_app->db());
        QVERIFY(drafts.save(Draft { QStringLiteral("retention"), 1, {}, 0 }));
        QVERIFY(drafts.save(Draft { QStringLiteral("exit"), 1, {}, 0 }));
        QCOMPARE(drafts.surveysWithDraft(),
            QStringList({ QStringLiteral("exit"), QStringLiteral("retention") }));
        QVERIFY(drafts.remove(QStringLiteral("exit")));
        QVERIFY(!drafts.load(QStringLiteral("exit")));
        QVERIFY(drafts.load(QStringLiteral("retention")));
        QCOMPARE(drafts.surveysWithDraft(), QStringList({ QStringLiteral("retention") }));
        QVERIFY(drafts.remove(QStringLiteral("exit"))); // removing nothing is fine
    }

    void closingAndReopeningResumesTheDraft()
    {
        const Draft draft { QStringLiteral("exit"), 1, test::validExitAnswers(), 5 };
        QVERIFY(DraftStore(m_app->db()).save(draft));
        reopen();
        const auto resumed = DraftStore(m_app->db()).load(QStringLiteral("exit"));
        QVERIFY(resumed);
        QCOMPARE(resumed->surveyId, draft.surveyId);
        QCOMPARE(resumed->surveyVersion, draft.surveyVersion);
        QCOMPARE(resumed->answers, draft.answers);
        QCOMPARE(resumed->position, 5);
    }

    void draftKeepsUnicode()
    {
        const QString text = QStringLiteral("Cliënten én collega's — “zwaar” 😊");
        QVERIFY(DraftStore(m_app->db())
                    .save(Draft {
                        QStringLiteral("exit"), 1, { { QStringLiteral("comment"), text } }, 0 }));
        reopen();
        QCOMPARE(DraftStore(m_app->db())
                     .load(QStringLiteral("exit"))
                     ->answers.value(QLatin1String("comment"))
                     .toString(),
            text);
    }

private:
    void reopen() { QVERIFY2(m_app->reopen(), qPrintable(m_app->errorString())); }

    std::unique_ptr<test::TempAppDatabase> m_app;
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
