// TextScrubber (DESIGN §5 rule 3): direct identifiers go, ordinary text stays as written.

#include "textscrubber.h"

#include <QStandardPaths>
#include <QTest>

using namespace zs;

class TestTextScrubber : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void privacyRule3_scrubsIdentifiers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("kind");

        QTest::newRow("e-mail") << "Mail me op piet.de-vries+zorg@example.nl graag"
                                << "Mail me op [e-mail] graag"
                                << "email";
        QTest::newRow("https url") << "zie https://intranet.zorggroep.nl/rooster?id=12 voor meer"
                                   << "zie [link] voor meer"
                                   << "url";
        QTest::newRow("www url") << "kijk op www.zorggroep.nl"
                                 << "kijk op [link]"
                                 << "url";
        QTest::newRow("mobile dash") << "bel 06-12345678 even"
                                     << "bel [telefoon] even"
                                     << "phone";
        QTest::newRow("mobile plain") << "bel 0612345678"
                                      << "bel [telefoon]"
                                      << "phone";
        QTest::newRow("mobile international") << "bel +31 6 1234 5678 even"
                                              << "bel [telefoon] even"
                                              << "phone";
        QTest::newRow("mobile 0031") << "bel 0031612345678"
                                     << "bel [telefoon]"
                                     << "phone";
        QTest::newRow("mobile pairs") << "nummer 06 12 34 56 78."
                                      << "nummer [telefoon]."
                                      << "phone";
        QTest::newRow("landline") << "afdeling: 020-1234567"
                                  << "afdeling: [telefoon]"
                                  << "phone";
        QTest::newRow("landline spaced") << "afdeling 030 123 45 67"
                                         << "afdeling [telefoon]"
                                         << "phone";
        QTest::newRow("landline (0)") << "bel +31 (0)20 1234567"
                                      << "bel [telefoon]"
                                      << "phone";
        QTest::newRow("area code in brackets") << "bel (020) 123 4567 op werkdagen"
                                               << "bel [telefoon] op werkdagen"
                                               << "phone";
        QTest::newRow("mobile spaced dash") << "bel 06 - 12345678"
                                            << "bel [telefoon]"
                                            << "phone";
        QTest::newRow("mobile split") << "bel 06-1234 5678"
                                      << "bel [telefoon]"
                                      << "phone";
        QTest::newRow("bsn spaced") << "bsn 123 456 782"
                                    << "bsn [nummer]"
                                    << "number";
        QTest::newRow("bsn") << "mijn BSN is 123456782."
                             << "mijn BSN is [nummer]."
                             << "number";
        QTest::newRow("bsn dotted") << "bsn 123.456.782"
                                    << "bsn [nummer]"
                                    << "number";
        QTest::newRow("bsn leading zero") << "nr 012345678"
                                          << "nr [nummer]"
                                          << "number";
        QTest::newRow("postcode spaced") << "ik woon in 1234 AB Amsterdam"
                                         << "ik woon in [postcode] Amsterdam"
                                         << "postcode";
        QTest::newRow("postcode tight") << "postcode 1234AB."
                                        << "postcode [postcode]."
                                        << "postcode";
        QTest::newRow("postcode lower") << "postcode 3512jk"
                                        << "postcode [postcode]"
                                        << "postcode";
        QTest::newRow("first name") << "Mijn leidinggevende Saskia luistert niet"
                                    << "Mijn leidinggevende [naam] luistert niet"
                                    << "name";
        QTest::newRow("name at start") << "Henk deed het rooster"
                                       << "[naam] deed het rooster"
                                       << "name";
        QTest::newRow("two names") << "collega Zeynep en Youssef"
                                   << "collega [naam] en [naam]"
                                   << "name";
        QTest::newRow("possessive name") << "Ik werkte in Anna's team"
                                         << "Ik werkte in [naam]'s team"
                                         << "name";
    }

    void privacyRule3_scrubsIdentifiers()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, kind);
        const ScrubResult result = TextScrubber().scrub(input);
        QCOMPARE(result.text, expected);
        QVERIFY(result.changed());
        QVERIFY2(result.replaced.value(kind) >= 1,
            qPrintable(result.replaced.keys().join(QLatin1Char(','))));
    }

    void privacyRule3_keepsOrdinaryText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("years") << "in 2024 en 2025 werd het drukker";
        QTest::newRow("night shifts") << "3 nachtdiensten per week, 36 uur contract";
        QTest::newRow("times") << "van 07:00 tot 15:30, soms tot 23.00 uur";
        QTest::newRow("date") << "sinds 01-03-2019 in dienst";
        QTest::newRow("money") << "€ 2.850 bruto, 8% eindejaarsuitkering";
        QTest::newRow("percent and counts") << "op 1 van de 4 afdelingen 12 vacatures";
        QTest::newRow("words with capitals") << "De Zorg in Utrecht en het UMC";
        QTest::newRow("lower-case name-like word") << "ik kan het niet meer aan, anna";
        QTest::newRow("year range") << "periode 2020-2023";
        QTest::newRow("ten digits") << "referentie 1234567890";
        QTest::newRow("empty") << "";
        QTest::newRow("unicode") << "Cliënten én collega's — “zwaar”";
    }

    void privacyRule3_keepsOrdinaryText()
    {
        QFETCH(QString, input);
        const ScrubResult result = TextScrubber().scrub(input);
        QCOMPARE(result.text, input);
        QVERIFY(!result.changed());
        QVERIFY(result.replaced.isEmpty());
    }

    void countsEachKind()
    {
        const ScrubResult result = TextScrubber().scrub(
            QStringLiteral("Anna (anna@x.nl, 06-12345678) en Bram (bram@x.nl) uit 1234 AB"));
        QCOMPARE(result.replaced.value(QStringLiteral("email")), 2);
        QCOMPARE(result.replaced.value(QStringLiteral("phone")), 1);
        QCOMPARE(result.replaced.value(QStringLiteral("name")), 2);
        QCOMPARE(result.replaced.value(QStringLiteral("postcode")), 1);
        QCOMPARE(result.text,
            QStringLiteral("[naam] ([e-mail], [telefoon]) en [naam] ([e-mail]) uit [postcode]"));
    }

    void customNameList()
    {
        const TextScrubber scrubber(QStringList { QStringLiteral("Gerrit") });
        QCOMPARE(scrubber.scrub(QStringLiteral("Gerrit en Anna")).text,
            QStringLiteral("[naam] en Anna"));
        const TextScrubber noNames(QStringList {});
        QCOMPARE(noNames.scrub(QStringLiteral("Anna belt 0612345678")).text,
            QStringLiteral("Anna belt [telefoon]"));
    }

    void scrubbingIsIdempotent()
    {
        const TextScrubber scrubber;
        const QString once
            = scrubber.scrub(QStringLiteral("Mail Sanne op s@x.nl of 06-12345678")).text;
        const ScrubResult twice = scrubber.scrub(once);
        QCOMPARE(twice.text, once);
        QVERIFY(!twice.changed());
    }
};

QTEST_GUILESS_MAIN(TestTextScrubber)
#include "tst_textscrubber.moc"
