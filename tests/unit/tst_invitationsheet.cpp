// The printable invitation sheet (DESIGN §5a), read back the way a person and a phone would:
// poppler's pdfinfo / pdftotext for the pages and the text, pdftoppm for pixels and ZXing
// for every QR code on them. poppler-utils comes with ./scripts/setup; without it this fails.

#include "credential.h"
#include "invitationsheet.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

// zxing-cpp 1.4: text() as UTF-8 std::string, the API of its later releases.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

using namespace zs;

namespace {

const QString kDutchInstruction
    = QStringLiteral("Open de Zorgstem-app, kies 'Ik heb een uitnodiging' en scan deze code.");
const QString kEnglishInstruction
    = QStringLiteral("Open the Zorgstem app, choose 'I have an invitation' and scan this code.");

/// Runs a poppler tool; its standard output, or nullopt with *why set.
std::optional<QByteArray> run(const QString &program, const QStringList &arguments, QString *why)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *why = QStringLiteral("%1 %2 failed: %3 %4")
                   .arg(program, arguments.join(u' '), process.errorString(),
                       QString::fromLocal8Bit(process.readAllStandardError()));
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

/// A QR code found on a rendered page.
struct FoundCode
{
    QString text;
    double widthMm = 0;
    double heightMm = 0;
};

/// Every QR code with error correction level M on a page rendered at `dpi`.
QList<FoundCode> decodeQrCodes(const QString &png, int dpi)
{
    const QImage page = QImage(png).convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(page.constBits(), page.width(), page.height(),
        ZXing::ImageFormat::Lum, int(page.bytesPerLine()));
    QList<FoundCode> found;
    for (const ZXing::Result &result :
        ZXing::ReadBarcodes(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode))) {
        if (!result.isValid() || result.ecLevel() != "M")
            continue;
        const ZXing::Position &at = result.position();
        const double mmPerPixel = 25.4 / dpi;
        found.append({ QString::fromStdString(result.text()),
            ZXing::distance(at.topLeft(), at.topRight()) * mmPerPixel,
            ZXing::distance(at.topLeft(), at.bottomLeft()) * mmPerPixel });
    }
    return found;
}

QString withoutSpaces(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

class TestInvitationSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const QString &tool :
            { QStringLiteral("pdfinfo"), QStringLiteral("pdftotext"), QStringLiteral("pdftoppm") })
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                qPrintable(tool
                    + QStringLiteral(" is missing: ./scripts/setup installs "
                                     "poppler-utils")));
        QVERIFY(m_dir.isValid());
        const QUrl collector(QStringLiteral("https://zorgstem.regio-west.example/v1"));
        for (int i = 0; i < 10; ++i) {
            const QString code = invitationcode::generate();
            m_cards.append({ code, invitationLink(code, collector) });
        }
        m_pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
        QString error;
        QVERIFY2(writeInvitationSheet(m_pdf, m_info, m_cards, &error), qPrintable(error));
    }

    void linkCarriesCodeAndCollector_data()
    {
        QTest::addColumn<QString>("collector");
        QTest::newRow("plain") << QStringLiteral("https://collector.example.nl");
        QTest::newRow("port and path") << QStringLiteral("https://zorg.example.nl:8443/regio/v1/");
        QTest::newRow("own query") << QStringLiteral("https://c.example/v1?a=1&b=x+y&c=%26");
        QTest::newRow("space and accent") << QStringLiteral("https://zörg.example/a b");
    }

    void linkCarriesCodeAndCollector()
    {
        QFETCH(QString, collector);
        const QUrl url(collector);
        const QString code = QStringLiteral("7KQ2-MX9D-4TB0");
        const QString link = invitationLink(code, url);
        QVERIFY2(link.startsWith(QLatin1String("zorgstem://invite?code=7KQ2-MX9D-4TB0&collector=")),
            qPrintable(link));
        // One separator, two keys: everything of the collector is percent-encoded.
        QCOMPARE(link.count(u'&'), 1);
        QCOMPARE(link.count(u'='), 2);
        for (const QChar c : { u'?', u'#', u' ', u'+', u'/', u':' })
            QVERIFY2(!link.section(u'=', 2).contains(c), qPrintable(link));
        const QUrl parsed(link, QUrl::StrictMode);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
        QCOMPARE(parsed.scheme(), QStringLiteral("zorgstem"));
        QCOMPARE(parsed.host(), QStringLiteral("invite"));
        const QUrlQuery query(parsed);
        QCOMPARE(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), code);
        QCOMPARE(QUrl(query.queryItemValue(QStringLiteral("collector"), QUrl::FullyDecoded)), url);
    }

    void sheetHasTwoA4Pages()
    {
        QString why;
        const std::optional<QByteArray> info = run(QStringLiteral("pdfinfo"), { m_pdf }, &why);
        QVERIFY2(info, qPrintable(why));
        const QString text = QString::fromUtf8(*info);
        QVERIFY2(text.contains(QRegularExpression(
                     QStringLiteral("^Pages:\\s+2$"), QRegularExpression::MultilineOption)),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("(A4)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Stichting Zorg Één")), qPrintable(text));
    }

    void textIsSearchable()
    {
        QString why;
        const std::optional<QByteArray> out
            = run(QStringLiteral("pdftotext"), { m_pdf, QStringLiteral("-") }, &why);
        QVERIFY2(out, qPrintable(why));
        const QString text = QString::fromUtf8(*out);
        for (const InvitationCard &card : std::as_const(m_cards))
            QVERIFY2(text.contains(card.code), qPrintable(card.code));
        // Lines wrap on a card, so compare without white space.
        const QString flat = withoutSpaces(text);
        for (const QString &expected : { m_info.employerName, kDutchInstruction,
                 kEnglishInstruction, QStringLiteral("Vertrekpeiling"),
                 QStringLiteral("Exit survey"), QStringLiteral("Geldig t/m 31 maart 2026"),
                 QStringLiteral("Valid until 31 March 2026") })
            QVERIFY2(flat.contains(withoutSpaces(expected)), qPrintable(expected));
        QCOMPARE(text.count(m_info.employerName.section(u' ', -1)), 10 + 2); // cards + footers
    }

    void everyQrCodeDecodesToItsLink()
    {
        QString why;
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        QVERIFY2(run(QStringLiteral("pdftoppm"),
                     { QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), m_pdf,
                         prefix },
                     &why),
            qPrintable(why));
        const QStringList pages
            = QDir(m_dir.path())
                  .entryList({ QStringLiteral("page-*.png") }, QDir::Files, QDir::Name);
        QCOMPARE(pages.size(), 2);
        QSet<QString> decoded;
        QList<qsizetype> perPage;
        for (const QString &png : pages) {
            const QList<FoundCode> found = decodeQrCodes(m_dir.filePath(png), 150);
            perPage.append(found.size());
            for (const FoundCode &code : found) {
                decoded.insert(code.text);
                // Big enough for a phone at arm's length, and square (within a pixel or two).
                QVERIFY2(code.widthMm >= 30 && qAbs(code.widthMm - code.heightMm) < 0.5,
                    qPrintable(QStringLiteral("%1 x %2 mm").arg(code.widthMm).arg(code.heightMm)));
            }
        }
        QCOMPARE(perPage, (QList<qsizetype> { 8, 2 }));
        QSet<QString> links;
        for (const InvitationCard &card : std::as_const(m_cards))
            links.insert(card.link);
        QCOMPARE(decoded, links);
    }

    void screenshotOfTheFirstPage()
    {
        // docs/screenshots/invitation-sheet.png is this picture (ZS_SCREENSHOT_DIR as for the UI
        // tests).
        const QString dir = qEnvironmentVariable(
            "ZS_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(dir));
        QString why;
        QVERIFY2(run(QStringLiteral("pdftoppm"),
                     { QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                         QStringLiteral("-singlefile"), QStringLiteral("-f"), QStringLiteral("1"),
                         m_pdf, dir + QStringLiteral("/invitation-sheet") },
                     &why),
            qPrintable(why));
        const QImage shot(dir + QStringLiteral("/invitation-sheet.png"));
        QCOMPARE(shot.size(), QSize(827, 1170)); // A4 at 100 dpi, rounded up
        // And the PDF beside it, to print or to look at more closely.
        const QString pdf = dir + QStringLiteral("/invitation-sheet.pdf");
        QFile::remove(pdf);
        QVERIFY(QFile::copy(m_pdf, pdf));
    }

    void retentionSheetWithALongName()
    {
        const SheetInfo info { QStringLiteral("Stichting Zorggroep Noord-Holland Midden, "
                                              "Kennemerland en de Zaanstreek (thuiszorg)"),
            QDate(2026, 1, 1), QStringLiteral("retention") };
        const QString pdf = m_dir.filePath(QStringLiteral("retention.pdf"));
        QString error;
        QVERIFY2(writeInvitationSheet(pdf, info, m_cards.first(3), &error), qPrintable(error));
        QString why;
        const std::optional<QByteArray> out
            = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }, &why);
        QVERIFY2(out, qPrintable(why));
        const QString flat = withoutSpaces(QString::fromUtf8(*out));
        for (const QString &expected : { info.employerName, QStringLiteral("Blijfpeiling"),
                 QStringLiteral("Retention survey"), QStringLiteral("Geldig t/m 1 januari 2026"),
                 QStringLiteral("Valid until 1 January 2026") })
            QVERIFY2(flat.contains(withoutSpaces(expected)), qPrintable(expected));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("employer");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<int>("cards");
        QTest::addColumn<QString>("message");
        const QString ok = QStringLiteral("refused.pdf");
        const QDate date(2026, 3, 31);
        const QString name = m_info.employerName;
        QTest::newRow("no employer") << QStringLiteral(" ") << ok << QStringLiteral("exit") << date
                                     << 3 << QStringLiteral("the employer's name must have");
        QTest::newRow("long employer") << QString(121, u'x') << ok << QStringLiteral("exit") << date
                                       << 3 << QStringLiteral("1 to 120 characters");
        QTest::newRow("no cards") << name << ok << QStringLiteral("exit") << date << 0
                                  << QStringLiteral("the list of cards is empty");
        QTest::newRow("unknown kind") << name << ok << QStringLiteral("panel") << date << 3
                                      << QStringLiteral("unknown survey kind \"panel\"");
        QTest::newRow("no date") << name << ok << QStringLiteral("retention") << QDate() << 3
                                 << QStringLiteral("expiry date");
        QTest::newRow("no folder")
            << name << QStringLiteral("missing/folder/refused.pdf") << QStringLiteral("exit")
            << date << 3 << QStringLiteral("cannot write ");
    }

    void refusals()
    {
        QFETCH(QString, employer);
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QFETCH(QDate, expires);
        QFETCH(int, cards);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(path);
        QString error;
        QVERIFY(
            !writeInvitationSheet(file, { employer, expires, kind }, m_cards.first(cards), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!QFile::exists(file));
    }

    void linkTooLongForAQrCode()
    {
        const QString file = m_dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        const InvitationCard card { m_cards.first().code, QString(8000, u'x') };
        QVERIFY(!writeInvitationSheet(file, m_info, { card }, &error));
        QVERIFY2(error.contains(QLatin1String("QR code")), qPrintable(error));
        QVERIFY(!QFile::exists(file));
    }

private:
    QTemporaryDir m_dir;
    const SheetInfo m_info { QStringLiteral("Stichting Zorg Één"), QDate(2026, 3, 31),
        QStringLiteral("exit") };
    QList<InvitationCard> m_cards;
    QString m_pdf;
};

QTEST_MAIN(TestInvitationSheet)
#include "tst_invitationsheet.moc"
