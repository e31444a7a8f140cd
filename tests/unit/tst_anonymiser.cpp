// Anonymiser (DESIGN §5 rules 1–3): what a finished survey looks like when it leaves the
// device: only coarse strata, the calendar month, a fresh random id, scrubbed text, no
// answers to questions the person never saw.

#include "anonymiser.h"
#include "blindrsa.h"
#include "submission.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace zs;

namespace {

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestAnonymiser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void privacyRule1_noDirectIdentifiers()
    {
        const Profile profile = test::validProfile();
        HeldCredential credential;
        credential.employer = QStringLiteral("zorggroep-a");
        // The shape of a real one (the anonymiser does not check signatures; the collector does).
        credential.credential = Credential { blindrsa::toBase64Url(QByteArray(16, 'k')),
            QByteArray(32, 't'), QByteArray(256, 's') };
        const Submission s = Anonymiser().anonymise(test::exitSurvey(), test::validExitAnswers(),
            profile, QDate(2026, 11, 23), &credential);
        const QJsonObject json = s.toJson();
        QCOMPARE(sortedKeys(json),
            sorted({ QStringLiteral("submissionId"), QStringLiteral("surveyId"),
                QStringLiteral("surveyVersion"), QStringLiteral("period"), QStringLiteral("strata"),
                QStringLiteral("answers"), QStringLiteral("credential") }));
        QCOMPARE(sortedKeys(json.value(QLatin1String("strata")).toObject()),
            sorted({ QStringLiteral("region"), QStringLiteral("branch"),
                QStringLiteral("occupation"), QStringLiteral("ageBand"),
                QStringLiteral("tenureBand"), QStringLiteral("employer") }));
        QCOMPARE(s.strata.employer, QStringLiteral("zorggroep-a"));
        // Without an invitation's credential there is no employer: the key is left out.
        const QJsonObject national = Anonymiser()
                                         .anonymise(test::exitSurvey(), test::validExitAnswers(),
                                             profile, QDate(2026, 11, 23))
                                         .toJson();
        QCOMPARE(sortedKeys(national.value(QLatin1String("strata")).toObject()),
            sorted(
                { QStringLiteral("region"), QStringLiteral("branch"), QStringLiteral("occupation"),
                    QStringLiteral("ageBand"), QStringLiteral("tenureBand") }));
        QVERIFY(!national.contains(QLatin1String("credential")));
        // The answers are keyed by question ids of the survey only.
        for (const QString &key : json.value(QLatin1String("answers")).toObject().keys())
            QVERIFY2(test::exitSurvey().question(key), qPrintable(key));
        // The JSON round-trips through the wire parser, which refuses any extra field.
        ProtocolError error;
        const auto parsed = protocol::parseSubmission(json, &error);
        QVERIFY2(parsed, qPrintable(error.message));
        QCOMPARE(*parsed, s);
        QVERIFY2(
            !protocol::validateSubmission(s, test::catalog()), "a fresh submission must validate");
    }

    void privacyRule1_submissionIdIsFreshUuidV4()
    {
        const Anonymiser anonymiser;
        QSet<QString> ids;
        for (int i = 0; i < 20; ++i) {
            const Submission s = anonymiser.anonymise(test::exitSurvey(), test::validExitAnswers(),
                test::validProfile(), QDate(2026, 11, 23));
            QVERIFY2(protocol::isUuidV4(s.submissionId), qPrintable(s.submissionId));
            static const QRegularExpression v4(QStringLiteral(
                "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
            QVERIFY(v4.match(s.submissionId).hasMatch());
            ids.insert(s.submissionId);
        }
        QCOMPARE(ids.size(), 20); // differs between calls, even for the same answers
    }

    void privacyRule1_periodIsCalendarMonth_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("period");
        QTest::newRow("november") << QDate(2026, 11, 23) << "2026-11";
        QTest::newRow("first of month") << QDate(2027, 1, 1) << "2027-01";
        QTest::newRow("last of year") << QDate(2026, 12, 31) << "2026-12";
    }

    void privacyRule1_periodIsCalendarMonth()
    {
        QFETCH(QDate, today);
        QFETCH(QString, period);
        const Submission s = Anonymiser().anonymise(
            test::exitSurvey(), test::validExitAnswers(), test::validProfile(), today);
        QCOMPARE(s.period, period);
        QVERIFY(protocol::isPeriod(s.period));
        // No day, time or date anywhere in the JSON.
        const QByteArray bytes = test::compact(s.toJson());
        QVERIFY(!bytes.contains(today.toString(Qt::ISODate).toUtf8()));
    }

    void privacyRule2_strataAreProfileBands()
    {
        const Profile p = test::validProfile();
        const Submission s = Anonymiser().anonymise(
            test::retentionSurvey(), test::validRetentionAnswers(), p, QDate(2026, 11, 2));
        QCOMPARE(
            s.strata, (Strata { p.region, p.branch, p.occupation, p.ageBand, p.tenureBand, {} }));
        QCOMPARE(s.surveyId, QStringLiteral("retention"));
        QCOMPARE(s.surveyVersion, test::retentionSurvey().version);
    }

    void privacyRule3_textAnswersScrubbed()
    {
        QJsonObject answers = test::validExitAnswers();
        answers.insert(QStringLiteral("comment"),
            QStringLiteral("Vraag Saskia (saskia@zorg.nl, 06-12345678) maar, in 2024 en 2025 3 "
                           "nachtdiensten"));
        answers.insert(
            QStringLiteral("return_condition"), QStringLiteral("Bel me: +31 6 1234 5678"));
        const Submission s = Anonymiser().anonymise(
            test::exitSurvey(), answers, test::validProfile(), QDate(2026, 11, 23));
        QCOMPARE(s.answers.value(QLatin1String("comment")).toString(),
            QStringLiteral(
                "Vraag [naam] ([e-mail], [telefoon]) maar, in 2024 en 2025 3 nachtdiensten"));
        QCOMPARE(s.answers.value(QLatin1String("return_condition")).toString(),
            QStringLiteral("Bel me: [telefoon]"));
        const QByteArray bytes = test::compact(s.toJson());
        for (const char *secret : { "Saskia", "saskia@zorg.nl", "12345678", "1234 5678" })
            QVERIFY2(!bytes.contains(secret), secret);
        // Choice answers are not text and are left alone.
        QCOMPARE(s.answers.value(QLatin1String("main_reason")).toString(), QStringLiteral("pay"));
        // The review screen shows exactly what is sent.
        QCOMPARE(Anonymiser().scrubbedAnswers(test::exitSurvey(), answers), s.answers);
    }

    void privacyRule3_namesOfPeopleAndWardsScrubbed()
    {
        QJsonObject answers = test::validExitAnswers();
        answers.insert(QStringLiteral("comment"),
            QStringLiteral("Anja de Vries van afdeling De Linde en mevrouw Jansen, collega Tessa"));
        const Submission s = Anonymiser().anonymise(
            test::exitSurvey(), answers, test::validProfile(), QDate(2026, 11, 23));
        QCOMPARE(s.answers.value(QLatin1String("comment")).toString(),
            QStringLiteral("[naam] van afdeling [locatie] en mevrouw [naam], collega [naam]"));
        const QByteArray bytes = test::compact(s.toJson());
        for (const char *secret : { "Anja", "Vries", "Linde", "Jansen", "Tessa" })
            QVERIFY2(!bytes.contains(secret), secret);
    }

    void privacyRule3_hiddenAnswersDropped()
    {
        QJsonObject answers = test::validExitAnswers();
        // The person first said "maybe" and wrote a condition, then changed to "no".
        answers.insert(QStringLiteral("would_return"), QStringLiteral("no"));
        answers.insert(
            QStringLiteral("return_condition"), QStringLiteral("Meer salaris voor Henk"));
        answers.insert(QStringLiteral("deviceId"), QStringLiteral("a1b2c3"));
        answers.insert(QStringLiteral("comment"), QString());
        const Submission s = Anonymiser().anonymise(
            test::exitSurvey(), answers, test::validProfile(), QDate(2026, 11, 23));
        QVERIFY(!s.answers.contains(QLatin1String("return_condition")));
        QVERIFY(!s.answers.contains(QLatin1String("deviceId")));
        QVERIFY(!s.answers.contains(QLatin1String("comment")));
        QCOMPARE(s.answers.value(QLatin1String("would_return")).toString(), QStringLiteral("no"));
        QVERIFY(!test::compact(s.toJson()).contains("Henk"));
        QVERIFY(!protocol::validateSubmission(s, test::catalog()));
    }

    void customScrubber()
    {
        const Anonymiser anonymiser(TextScrubber(QStringList { QStringLiteral("Gerrit") }));
        QJsonObject answers = test::validExitAnswers();
        answers.insert(QStringLiteral("comment"), QStringLiteral("Gerrit en Anna"));
        QCOMPARE(anonymiser.scrubbedAnswers(test::exitSurvey(), answers)
                     .value(QLatin1String("comment"))
                     .toString(),
            QStringLiteral("[naam] en Anna"));
    }
};

QTEST_GUILESS_MAIN(TestAnonymiser)
#include "tst_anonymiser.moc"
