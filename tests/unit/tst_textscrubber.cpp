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
        // Surnames after a first name, with and without prefixes.
        QTest::newRow("first name + de surname") << "Anja de Vries deed het rooster"
                                                 << "[naam] deed het rooster"
                                                 << "name";
        QTest::newRow("first name + surname") << "vraag het aan Sanne Jansen morgen"
                                              << "vraag het aan [naam] morgen"
                                              << "name";
        QTest::newRow("van der") << "Bram van der Berg is weg"
                                 << "[naam] is weg"
                                 << "name";
        QTest::newRow("van den") << "met Piet van den Broek gesproken"
                                 << "met [naam] gesproken"
                                 << "name";
        QTest::newRow("ter") << "Femke ter Horst, onze mentor"
                             << "[naam], onze mentor"
                             << "name";
        QTest::newRow("ten") << "Koen ten Cate belde"
                             << "[naam] belde"
                             << "name";
        QTest::newRow("van 't") << "Joke van 't Hof belde"
                                << "[naam] belde"
                                << "name";
        QTest::newRow("in 't") << "Gerda in 't Veld belde"
                               << "[naam] belde"
                               << "name";
        // Forms of address.
        QTest::newRow("mevrouw") << "mevrouw Bakker op kamer 12 valt vaak"
                                 << "mevrouw [naam] op kamer 12 valt vaak"
                                 << "name";
        QTest::newRow("Meneer at start") << "Meneer De Groot wil niet gewassen worden"
                                         << "Meneer [naam] wil niet gewassen worden"
                                         << "name";
        QTest::newRow("dhr.") << "dhr. van Dam is de teamleider"
                              << "dhr. [naam] is de teamleider"
                              << "name";
        QTest::newRow("mw. with initials") << "mw. J.P. de Boer heeft geklaagd"
                                           << "mw. [naam] heeft geklaagd"
                                           << "name";
        QTest::newRow("de heer") << "de heer Visser zei dat"
                                 << "de heer [naam] zei dat"
                                 << "name";
        // Cues before a name.
        QTest::newRow("ik ben") << "Hoi, ik ben Demi en ik werk hier"
                                << "Hoi, ik ben [naam] en ik werk hier"
                                << "name";
        QTest::newRow("Ik ben unknown name") << "Ik ben Shirley, verzorgende"
                                             << "Ik ben [naam], verzorgende"
                                             << "name";
        QTest::newRow("mijn naam is") << "mijn naam is Kübra Yilmaz"
                                      << "mijn naam is [naam]"
                                      << "name";
        QTest::newRow("collega") << "mijn collega Gonnie is ziek"
                                 << "mijn collega [naam] is ziek"
                                 << "name";
        QTest::newRow("collega's X en Y") << "de collega's Tessel en Wietske zijn weg"
                                          << "de collega's [naam] en [naam] zijn weg"
                                          << "name";
        QTest::newRow("collega surname") << "collega De Wit regelt dat"
                                         << "collega [naam] regelt dat"
                                         << "name";
        QTest::newRow("cliënt") << "cliënt Hendriks is agressief"
                                << "cliënt [naam] is agressief"
                                << "name";
        QTest::newRow("teamleider") << "teamleider Ricky luistert niet"
                                    << "teamleider [naam] luistert niet"
                                    << "name";
        // Wards and locations.
        QTest::newRow("afdeling De Linde") << "Ik werk op afdeling De Linde sinds 2020"
                                           << "Ik werk op afdeling [locatie] sinds 2020"
                                           << "place";
        QTest::newRow("afdeling code") << "op afdeling 3B is het te druk"
                                       << "op afdeling [locatie] is het te druk"
                                       << "place";
        QTest::newRow("locatie") << "de locatie Oosterpark gaat dicht"
                                 << "de locatie [locatie] gaat dicht"
                                 << "place";
        QTest::newRow("woongroep") << "Woongroep Zonneveld heeft te weinig mensen"
                                   << "Woongroep [locatie] heeft te weinig mensen"
                                   << "place";
        QTest::newRow("op De X") << "het is zwaar op De Kameleon"
                                 << "het is zwaar op [locatie]"
                                 << "place";
        QTest::newRow("bij Het X") << "ik werk bij Het Baken"
                                   << "ik werk bij [locatie]"
                                   << "place";
        QTest::newRow("listed ward at start") << "De Linde is altijd onderbezet"
                                              << "[locatie] is altijd onderbezet"
                                              << "place";
        QTest::newRow("ward ending") << "Het eten in De Rozenhof is koud"
                                     << "Het eten in [locatie] is koud"
                                     << "place";
        QTest::newRow("zorggroep") << "Zorggroep De Linde betaalt slecht"
                                   << "Zorggroep [locatie] betaalt slecht"
                                   << "place";
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
        // Sentence starts and ordinary capitalised words without a cue stay.
        QTest::newRow("sentence starts") << "Vandaag was het druk. Morgen weer. Gisteren ook";
        QTest::newRow("De at start") << "De werkdruk is hoog. Het rooster klopt niet";
        QTest::newRow("city after in") << "Ik woon in Amersfoort en werk in Utrecht";
        QTest::newRow("cue, lower case after") << "mijn collega is ziek en de cliënt is boos";
        QTest::newRow("ik ben, lower case") << "ik ben moe en ik ben op";
        QTest::newRow("title, lower case after") << "mevrouw vond het goed, meneer niet";
        QTest::newRow("cue then new sentence") << "Ik sprak een collega. Daarna ging ik";
        QTest::newRow("op de lower case") << "op de afdeling is het druk";
        QTest::newRow("afdeling lower case") << "de afdeling heeft te weinig mensen";
        QTest::newRow("prefix words") << "van de week ben ik ter plaatse geweest";
        QTest::newRow("name-like word lower case") << "het linde-blad en de roos in de tuin";
        QTest::newRow("Wil at start") << "Wil je dit rooster eens bekijken?";
        QTest::newRow("Ben at start") << "Ben je er morgen?";
        QTest::newRow("Lieve at start") << "Lieve collega's, bedankt";
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

    void namesAndPlacesTogether()
    {
        const ScrubResult result = TextScrubber().scrub(
            QStringLiteral("Anja de Vries van afdeling De Linde belde mevrouw Smit"));
        QCOMPARE(result.text, QStringLiteral("[naam] van afdeling [locatie] belde mevrouw [naam]"));
        QCOMPARE(result.replaced.value(QStringLiteral("name")), 2);
        QCOMPARE(result.replaced.value(QStringLiteral("place")), 1);
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
            = scrubber
                  .scrub(QStringLiteral("Mail Sanne de Wit op s@x.nl of 06-12345678, afdeling "
                                        "De Linde, mevrouw Jansen, collega Tessa"))
                  .text;
        const ScrubResult twice = scrubber.scrub(once);
        QCOMPARE(twice.text, once);
        QVERIFY(!twice.changed());
    }
};

QTEST_GUILESS_MAIN(TestTextScrubber)
#include "tst_textscrubber.moc"
