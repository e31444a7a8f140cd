// Invitation codes (DESIGN §5a): 11 random Crockford base32 symbols and a mod-37 check
// symbol. The expected check symbols come from a reference computed here another way: the
// code's value as a decimal big number, then reduced mod 37 digit by digit.

#include "credential.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace zs;

namespace {

const QString kSymbols = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
const QString kCheckSymbols = kSymbols + QStringLiteral("*~$=U");

/// The check symbol by the book: value = sum of digit * 32^position as a decimal big number,
/// then that number mod 37.
QChar referenceCheckSymbol(const QString &symbols)
{
    QList<int> decimal { 0 }; // least significant digit first
    for (const QChar c : symbols) {
        int carry = int(kSymbols.indexOf(c));
        Q_ASSERT(carry >= 0);
        for (int &d : decimal) {
            const int v = d * 32 + carry;
            d = v % 10;
            carry = v / 10;
        }
        for (; carry > 0; carry /= 10)
            decimal.append(carry % 10);
    }
    int remainder = 0;
    for (qsizetype i = decimal.size() - 1; i >= 0; --i) // most significant digit first
        remainder = (remainder * 10 + decimal.at(i)) % 37;
    return kCheckSymbols.at(remainder);
}

QString randomSymbols(int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s.append(kSymbols.at(QRandomGenerator::global()->bounded(32)));
    return s;
}

/// A canonical code whose random part is `random`, checked by the reference.
QString withCheck(const QString &random)
{
    return random + referenceCheckSymbol(random);
}

/// A canonical code whose check symbol is `check` (one of * ~ $ = U for the tests below).
QString codeWithCheck(QChar check)
{
    for (;;) {
        QString code = withCheck(randomSymbols(invitationcode::kRandomSymbols));
        if (code.back() == check)
            return code;
    }
}

/// normalize() as text, so QCOMPARE can print it.
QString normalized(const QString &typed)
{
    return invitationcode::normalize(typed).value_or(QStringLiteral("<refused>"));
}

QList<QString> sampleCodes(int count)
{
    QList<QString> codes;
    for (int i = 0; i < count; ++i)
        codes.append(*invitationcode::normalize(invitationcode::generate()));
    return codes;
}

} // namespace

class TestInvitationCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void checkSymbolKnown_data()
    {
        QTest::addColumn<QString>("symbols");
        QTest::addColumn<QChar>("check");
        // Small values worked by hand: "1x" is 32 + x.
        QTest::newRow("zero") << QStringLiteral("0") << QChar(u'0');
        QTest::newRow("31") << QStringLiteral("Z") << QChar(u'Z');
        QTest::newRow("32 is *") << QStringLiteral("10") << QChar(u'*');
        QTest::newRow("33 is ~") << QStringLiteral("11") << QChar(u'~');
        QTest::newRow("34 is $") << QStringLiteral("12") << QChar(u'$');
        QTest::newRow("35 is =") << QStringLiteral("13") << QChar(u'=');
        QTest::newRow("36 is U") << QStringLiteral("14") << QChar(u'U');
        QTest::newRow("37 wraps") << QStringLiteral("15") << QChar(u'0');
        QTest::newRow("1024 = 27*37 + 25") << QStringLiteral("100") << QChar(u'S');
        // 2^55 - 1; 2^36 = 1 (mod 37), so 2^55 = 2^19 = 524288 = 14169*37 + 35, less 1: 34.
        QTest::newRow("largest random part") << QStringLiteral("ZZZZZZZZZZZ") << QChar(u'$');
        for (const QString &code : { QStringLiteral("7KQ2MX9D4TB"), QStringLiteral("00000000001"),
                 QStringLiteral("HJKMNPQRSTV") }) {
            QTest::newRow(qPrintable(code)) << code << referenceCheckSymbol(code);
        }
    }

    void checkSymbolKnown()
    {
        QFETCH(QString, symbols);
        QFETCH(QChar, check);
        QCOMPARE(referenceCheckSymbol(symbols), check);
        QCOMPARE(invitationcode::checkSymbol(symbols), check);
    }

    void checkSymbolMatchesReference()
    {
        for (int i = 0; i < 2000; ++i) {
            const QString symbols = randomSymbols(1 + i % 24);
            QCOMPARE(invitationcode::checkSymbol(symbols), referenceCheckSymbol(symbols));
        }
    }

    void checkSymbolOfNonSymbolsIsNull()
    {
        QVERIFY(invitationcode::checkSymbol(QStringLiteral("ABCU")).isNull());
        QVERIFY(invitationcode::checkSymbol(QStringLiteral("abc")).isNull());
    }

    void generatedCodesAreWrittenInGroups()
    {
        static const QRegularExpression written(
            QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"));
        QSet<QString> seen;
        for (int i = 0; i < 10000; ++i) {
            const QString code = invitationcode::generate();
            QVERIFY2(written.match(code).hasMatch(), qPrintable(code));
            for (const QChar c : { u'*', u'~', u'$', u'=', u'U' })
                QVERIFY2(!code.contains(c), qPrintable(code));
            const std::optional<QString> canonical = invitationcode::normalize(code);
            QVERIFY2(canonical.has_value(), qPrintable(code));
            QCOMPARE(*canonical, QString(code).remove(u'-'));
            QCOMPARE(canonical->back(), referenceCheckSymbol(canonical->first(11)));
            QCOMPARE(invitationcode::format(*canonical), code);
            seen.insert(*canonical);
        }
        QCOMPARE(seen.size(), 10000);
    }

    void normalizeUndoesFormat()
    {
        for (const QString &code : sampleCodes(200))
            QCOMPARE(normalized(invitationcode::format(code)), code);
        const QString withStar = codeWithCheck(u'*');
        QCOMPARE(normalized(invitationcode::format(withStar)), withStar);
    }

    void everySingleSymbolTypoIsRejected()
    {
        for (const QString &code : sampleCodes(100)) {
            for (int i = 0; i < code.size(); ++i) {
                // In the random part * ~ $ = U are refused too, whatever the check says.
                for (const QChar c : kCheckSymbols) {
                    if (c == code.at(i))
                        continue;
                    QString typo = code;
                    typo[i] = c;
                    QVERIFY2(!invitationcode::normalize(typo), qPrintable(typo));
                }
            }
        }
    }

    void everyAdjacentTranspositionIsRejected()
    {
        QList<QString> codes = sampleCodes(300);
        for (const QChar check : { u'*', u'~', u'$', u'=', u'U' })
            codes.append(codeWithCheck(check));
        for (const QString &code : codes) {
            for (int i = 0; i + 1 < code.size(); ++i) {
                if (code.at(i) == code.at(i + 1))
                    continue;
                QString swapped = code;
                std::swap(swapped[i], swapped[i + 1]);
                QVERIFY2(!invitationcode::normalize(swapped),
                    qPrintable(code + QStringLiteral(" -> ") + swapped));
            }
        }
    }

    void lookAlikesAndSeparatorsAccepted_data()
    {
        const QString canonical = withCheck(QStringLiteral("01010KQ2MX9"));
        const QString check = canonical.last(1);
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("canonical") << canonical << canonical;
        QTest::newRow("written") << invitationcode::format(canonical) << canonical;
        QTest::newRow("lower case") << invitationcode::format(canonical).toLower() << canonical;
        QTest::newRow("O and I") << QStringLiteral("OIOIOKQ2MX9") + check << canonical;
        QTest::newRow("o, i, L, l") << QStringLiteral("oiOLokq2mx9") + check.toLower() << canonical;
        QTest::newRow("spaces") << QStringLiteral(" 0101 0KQ2 MX9") + check + QStringLiteral(" ")
                                << canonical;
        QTest::newRow("tab and stray hyphens")
            << QStringLiteral("01-010-KQ2\tMX9-") + check << canonical;
        const QString u = codeWithCheck(u'U');
        QTest::newRow("U as the check symbol") << u << u;
        QTest::newRow("u as the check symbol") << u.toLower() << u;
    }

    void lookAlikesAndSeparatorsAccepted()
    {
        QFETCH(QString, typed);
        QFETCH(QString, canonical);
        QCOMPARE(normalized(typed), canonical);
    }

    void malformedRejected_data()
    {
        const QString code = withCheck(QStringLiteral("7KQ2MX9D4TB"));
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("only separators") << QStringLiteral(" - -");
        QTest::newRow("check symbol missing") << code.first(11);
        QTest::newRow("one symbol short") << code.first(10) + code.back();
        QTest::newRow("one symbol extra") << code + QStringLiteral("0");
        QTest::newRow("twice") << code + code;
        QTest::newRow("wrong check") << code.first(11) + QStringLiteral("*");
        QTest::newRow("U in the random part") << QStringLiteral("U") + code.mid(1);
        QTest::newRow("* in the random part") << QStringLiteral("7KQ*MX9D4TB") + code.back();
        QTest::newRow("underscore") << QStringLiteral("7KQ2_MX9D_4TB") + code.back();
        QTest::newRow("dot") << QStringLiteral("7KQ2.MX9D.4TB") + code.back();
        QTest::newRow("non-ASCII") << QStringLiteral("7KQ2MX9D4TÉ") + code.back();
        QTest::newRow("full-width digit") << QString(code).replace(2, 1, QChar(0xFF12));
    }

    void malformedRejected()
    {
        QFETCH(QString, typed);
        QVERIFY2(!invitationcode::normalize(typed), qPrintable(normalized(typed)));
    }
};

QTEST_GUILESS_MAIN(TestInvitationCode)
#include "tst_invitationcode.moc"
