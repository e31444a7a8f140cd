// The wire format (sync/protocol): parseSubmission refuses anything but the known fields
// (rule 1), validateSubmission accepts only band ids as strata (rule 2) and valid answers.

#include "submission.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace zs;

namespace {

QJsonObject validJson()
{
    return QJsonObject {
        { QStringLiteral("submissionId"), QStringLiteral("3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e6f") },
        { QStringLiteral("surveyId"), QStringLiteral("exit") },
        { QStringLiteral("surveyVersion"), 1 },
        { QStringLiteral("period"), QStringLiteral("2026-11") },
        { QStringLiteral("strata"),
            QJsonObject { { QStringLiteral("region"), QStringLiteral("utrecht") },
                { QStringLiteral("branch"), QStringLiteral("vvt") },
                { QStringLiteral("occupation"), QStringLiteral("vpk_mbo") },
                { QStringLiteral("ageBand"), QStringLiteral("25-34") },
                { QStringLiteral("tenureBand"), QStringLiteral("3-5") },
                { QStringLiteral("employer"), QStringLiteral("zorggroep-a") } } },
        { QStringLiteral("answers"), test::validExitAnswers() },
    };
}

/// validJson() with one field set (a "strata." prefix sets a stratum); an undefined value removes
/// it.
QJsonObject with(const QString &field, const QJsonValue &value)
{
    QJsonObject json = validJson();
    if (field.startsWith(QLatin1String("strata."))) {
        QJsonObject strata = json.value(QLatin1String("strata")).toObject();
        if (value.isUndefined())
            strata.remove(field.mid(7));
        else
            strata.insert(field.mid(7), value);
        json.insert(QStringLiteral("strata"), strata);
    } else if (value.isUndefined()) {
        json.remove(field);
    } else {
        json.insert(field, value);
    }
    return json;
}

Submission parsed(const QJsonObject &json)
{
    ProtocolError error;
    const auto s = protocol::parseSubmission(json, &error);
    if (!s)
        qFatal("test submission does not parse: %s", qPrintable(error.message));
    return *s;
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesValidSubmission()
    {
        ProtocolError error;
        const auto s = protocol::parseSubmission(validJson(), &error);
        QVERIFY2(s, qPrintable(error.message));
        QCOMPARE(s->surveyId, QStringLiteral("exit"));
        QCOMPARE(s->surveyVersion, 1);
        QCOMPARE(s->strata.ageBand, QStringLiteral("25-34"));
        QCOMPARE(s->strata.employer, QStringLiteral("zorggroep-a"));
        QCOMPARE(s->toJson(), validJson());
        QVERIFY(!protocol::validateSubmission(*s, test::catalog()));
    }

    void employerIsOptional()
    {
        ProtocolError error;
        const auto s = protocol::parseSubmission(
            with(QStringLiteral("strata.employer"), QJsonValue::Undefined), &error);
        QVERIFY2(s, qPrintable(error.message));
        QVERIFY(s->strata.employer.isEmpty());
        QVERIFY(!s->toJson()
                     .value(QLatin1String("strata"))
                     .toObject()
                     .contains(QLatin1String("employer")));
    }

    void privacyRule1_unknownFieldsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("deviceId") << "deviceId" << QJsonValue(QStringLiteral("a1b2c3"));
        QTest::newRow("installId") << "installId" << QJsonValue(QStringLiteral("x"));
        QTest::newRow("timestamp")
            << "timestamp" << QJsonValue(QStringLiteral("2026-11-23T10:15:00Z"));
        QTest::newRow("email") << "email" << QJsonValue(QStringLiteral("a@b.nl"));
        QTest::newRow("ip") << "ip" << QJsonValue(QStringLiteral("192.0.2.1"));
        QTest::newRow("panel member") << "panelMemberId" << QJsonValue(QStringLiteral("m1"));
        QTest::newRow("strata.birthDate")
            << "strata.birthDate" << QJsonValue(QStringLiteral("1990-04-01"));
        QTest::newRow("strata.name") << "strata.name" << QJsonValue(QStringLiteral("Anna"));
        QTest::newRow("strata.postcode")
            << "strata.postcode" << QJsonValue(QStringLiteral("1234AB"));
    }

    void privacyRule1_unknownFieldsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        ProtocolError error;
        QVERIFY(!protocol::parseSubmission(with(field, value), &error));
        QCOMPARE(error.code, QStringLiteral("unknown_field"));
        QCOMPARE(error.field, field);
        QCOMPARE(error.status, 422);
    }

    void privacyRule1_periodIsMonthOnly_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<bool>("valid");
        QTest::newRow("month") << "2026-11" << true;
        QTest::newRow("january") << "2027-01" << true;
        QTest::newRow("day") << "2026-11-23" << false;
        QTest::newRow("timestamp") << "2026-11-23T10:15:00Z" << false;
        QTest::newRow("month 13") << "2026-13" << false;
        QTest::newRow("month 00") << "2026-00" << false;
        QTest::newRow("short month") << "2026-1" << false;
        QTest::newRow("year only") << "2026" << false;
        QTest::newRow("other order") << "11-2026" << false;
    }

    void privacyRule1_periodIsMonthOnly()
    {
        QFETCH(QString, period);
        QFETCH(bool, valid);
        QCOMPARE(protocol::isPeriod(period), valid);
        ProtocolError error;
        const auto s = protocol::parseSubmission(with(QStringLiteral("period"), period), &error);
        QCOMPARE(bool(s), valid);
        if (!valid)
            QCOMPARE(error.field, QStringLiteral("period"));
    }

    void uuidV4_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("v4") << "3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e6f" << true;
        QTest::newRow("upper case") << "3F1C2A9E-7B4D-4E8A-9C1F-0A2B3C4D5E6F" << false;
        QTest::newRow("braces") << "{3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e6f}" << false;
        QTest::newRow("v1 (time based)") << "3f1c2a9e-7b4d-1e8a-9c1f-0a2b3c4d5e6f" << false;
        QTest::newRow("wrong variant") << "3f1c2a9e-7b4d-4e8a-cc1f-0a2b3c4d5e6f" << false;
        QTest::newRow("short") << "3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e6" << false;
        QTest::newRow("device id") << "android-1234" << false;
    }

    void uuidV4()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(protocol::isUuidV4(id), valid);
        ProtocolError error;
        QCOMPARE(bool(protocol::parseSubmission(with(QStringLiteral("submissionId"), id), &error)),
            valid);
    }

    void shapeErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("no submissionId")
            << "submissionId" << QJsonValue(QJsonValue::Undefined) << "submissionId";
        QTest::newRow("no surveyId")
            << "surveyId" << QJsonValue(QJsonValue::Undefined) << "surveyId";
        QTest::newRow("numeric surveyId") << "surveyId" << QJsonValue(7) << "surveyId";
        QTest::newRow("version text")
            << "surveyVersion" << QJsonValue(QStringLiteral("1")) << "surveyVersion";
        QTest::newRow("version 0") << "surveyVersion" << QJsonValue(0) << "surveyVersion";
        QTest::newRow("version fraction") << "surveyVersion" << QJsonValue(1.5) << "surveyVersion";
        QTest::newRow("strata list") << "strata" << QJsonValue(QJsonArray()) << "strata";
        QTest::newRow("no region")
            << "strata.region" << QJsonValue(QJsonValue::Undefined) << "strata.region";
        QTest::newRow("numeric age") << "strata.ageBand" << QJsonValue(34) << "strata.ageBand";
        QTest::newRow("long occupation")
            << "strata.occupation" << QJsonValue(QString(65, QLatin1Char('a')))
            << "strata.occupation";
        QTest::newRow("answers list") << "answers" << QJsonValue(QJsonArray()) << "answers";
    }

    void shapeErrors()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, errorField);
        ProtocolError error;
        QVERIFY(!protocol::parseSubmission(with(field, value), &error));
        QCOMPARE(error.field, errorField);
        QVERIFY(error.status == 422 || error.status == 400);
        QVERIFY(!error.message.isEmpty());
    }

    void notAnObject()
    {
        ProtocolError error;
        QVERIFY(!protocol::parseSubmission(QJsonArray { validJson() }, &error));
        QCOMPARE(error.status, 400);
        QCOMPARE(error.code, QStringLiteral("malformed"));
    }

    void privacyRule2_strataAreBandIds_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("exact age") << "strata.ageBand"
                                   << "34";
        QTest::newRow("birth year") << "strata.ageBand"
                                    << "1990";
        QTest::newRow("exact tenure") << "strata.tenureBand"
                                      << "7";
        QTest::newRow("region name") << "strata.region"
                                     << "Utrecht";
        QTest::newRow("branch free text") << "strata.branch"
                                          << "Huize Avondrood";
        QTest::newRow("occupation") << "strata.occupation"
                                    << "chirurg";
    }

    void privacyRule2_strataAreBandIds()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        const auto error
            = protocol::validateSubmission(parsed(with(field, value)), test::catalog());
        QVERIFY(error);
        QCOMPARE(error->code, QStringLiteral("unknown_value"));
        QCOMPARE(error->field, field);
        QCOMPARE(error->status, 422);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("unknown survey")
            << "surveyId" << QJsonValue(QStringLiteral("nope")) << 422 << "unknown_survey"
            << "surveyId";
        QTest::newRow("unknown version")
            << "surveyVersion" << QJsonValue(9) << 409 << "unknown_version"
            << "surveyVersion";
        QJsonObject tooMany = test::validExitAnswers();
        tooMany.insert(QStringLiteral("reasons"),
            QJsonArray { QStringLiteral("pay"), QStringLiteral("team"), QStringLiteral("voice"),
                QStringLiteral("health") });
        QTest::newRow("too many reasons") << "answers" << QJsonValue(tooMany) << 422 << "too_many"
                                          << "answers.reasons";
        QJsonObject hidden = test::validExitAnswers();
        hidden.insert(QStringLiteral("would_return"), QStringLiteral("yes"));
        QTest::newRow("hidden answer")
            << "answers" << QJsonValue(hidden) << 422 << "hidden_question"
            << "answers.return_condition";
        QJsonObject extra = test::validExitAnswers();
        extra.insert(QStringLiteral("name"), QStringLiteral("Anna"));
        QTest::newRow("unknown answer")
            << "answers" << QJsonValue(extra) << 422 << "unknown_question"
            << "answers.name";
        QTest::newRow("no answers") << "answers" << QJsonValue(QJsonObject()) << 422 << "required"
                                    << "answers.reasons";
    }

    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, errorField);
        const auto error
            = protocol::validateSubmission(parsed(with(field, value)), test::catalog());
        QVERIFY(error);
        QCOMPARE(error->status, status);
        QCOMPARE(error->code, code);
        QCOMPARE(error->field, errorField);
    }

    void regionalSurveyOnlyForItsRegion()
    {
        SurveyCatalog catalog;
        QJsonObject json = test::exitSurvey().source;
        json.insert(QStringLiteral("id"), QStringLiteral("exit-rijnmond"));
        json.insert(QStringLiteral("region"), QStringLiteral("rijnmond"));
        json.insert(QStringLiteral("version"), 1); // the version validSubmission() names
        QString problem;
        const auto def = SurveyDefinition::parse(json, &problem);
        QVERIFY2(def, qPrintable(problem));
        QVERIFY(catalog.add(*def, &problem));
        Submission s = parsed(with(QStringLiteral("surveyId"), QStringLiteral("exit-rijnmond")));
        const auto error = protocol::validateSubmission(s, catalog);
        QVERIFY(error);
        QCOMPARE(error->field, QStringLiteral("strata.region"));
        s.strata.region = QStringLiteral("rijnmond");
        QVERIFY(!protocol::validateSubmission(s, catalog));
    }

    void errorShapeRoundTrip()
    {
        const ProtocolError e { 409, QStringLiteral("unknown_version"), QStringLiteral("no"),
            QStringLiteral("surveyVersion") };
        const QJsonObject json = e.toJson();
        QCOMPARE(json.keys(), QStringList({ QStringLiteral("error") }));
        const auto back = ProtocolError::fromJson(json, 409);
        QVERIFY(back);
        QCOMPARE(back->code, e.code);
        QCOMPARE(back->message, e.message);
        QCOMPARE(back->field, e.field);
        QCOMPARE(back->status, 409);
        const ProtocolError noField { 400, QStringLiteral("malformed"), QStringLiteral("bad"), {} };
        QVERIFY(!noField.toJson()
                     .value(QLatin1String("error"))
                     .toObject()
                     .contains(QLatin1String("field")));
        QVERIFY(!ProtocolError::fromJson(QJsonObject { { QStringLiteral("status"), 1 } }, 400));
        QVERIFY(!ProtocolError::fromJson(
            QJsonObject { { QStringLiteral("error"), QStringLiteral("text") } }, 400));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
