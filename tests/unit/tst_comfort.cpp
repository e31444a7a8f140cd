// Comfort (issue 11): the theme's colours keep WCAG contrast in light and dark, dark follows
// the system or the person's choice, text follows the system font up to 200 %, months and days
// read as words in the person's language, and Qt's own words (dialog buttons) are Dutch too.
#include "anonymiser.h"
#include "appcontext.h"
#include "appcontroller.h"
#include "testsupport.h"
#include "theme.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace zs;

namespace {

// WCAG 2.x relative luminance and contrast ratio, computed here from the colours alone.
double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestComfort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void contrastOfEveryTextPair_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void contrastOfEveryTextPair()
    {
        QFETCH(bool, dark);
        const Theme::Palette &p = Theme::palette(dark);
        const QList<Theme::Pair> pairs = Theme::textPairs();
        QVERIFY(pairs.size() >= 10);
        for (const Theme::Pair &pair : pairs) {
            const QColor fg = Theme::colour(p, QLatin1String(pair.foreground));
            const QColor bg = Theme::colour(p, QLatin1String(pair.background));
            QVERIFY2(fg.isValid() && bg.isValid(), pair.foreground);
            QVERIFY(fg.alpha() == 255 && bg.alpha() == 255); // no see-through text
            const double ratio = contrast(fg, bg);
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("%1 on %2: %3:1")
                               .arg(QLatin1String(pair.foreground), QLatin1String(pair.background))
                               .arg(ratio, 0, 'f', 2)));
        }
        // The pairs cover every text colour and every background of the palette.
        for (const char *name :
            { "text", "muted", "primaryText", "accentText", "error", "onPrimary", "placeholder" }) {
            const auto used = std::count_if(pairs.cbegin(), pairs.cend(),
                [name](const Theme::Pair &pair) { return qstrcmp(pair.foreground, name) == 0; });
            QVERIFY2(used > 0, name);
        }
        for (const char *name : { "background", "surface", "pressed", "notice" }) {
            const auto used = std::count_if(pairs.cbegin(), pairs.cend(),
                [name](const Theme::Pair &pair) { return qstrcmp(pair.background, name) == 0; });
            QVERIFY2(used > 0, name);
        }
    }

    // Material 6.4 draws placeholders and disabled text in its hint grey (hintTextColor: #60000000
    // light, #4CFFFFFF dark), which the app cannot change globally. WCAG 1.4.3 exempts text of an
    // inactive (disabled) control, but not a placeholder: it is text she reads to know what to
    // type. So every placeholder uses Theme.placeholder (checked above at 4.5:1; ui_tst_comfort
    // checks the fields use it), and disabled text keeps Material's grey, measured here.
    void materialGreysOnTheThemesBackgrounds_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void materialGreysOnTheThemesBackgrounds()
    {
        QFETCH(bool, dark);
        const Theme::Palette &p = Theme::palette(dark);
        const QColor hint = dark ? QColor::fromRgba(0x4CFFFFFF) : QColor::fromRgba(0x60000000);
        for (const QColor &bg : { p.background, p.surface }) {
            // The grey as drawn: blended over the background.
            const double a = hint.alphaF();
            const QColor drawn = QColor::fromRgbF(hint.redF() * a + bg.redF() * (1 - a),
                hint.greenF() * a + bg.greenF() * (1 - a), hint.blueF() * a + bg.blueF() * (1 - a));
            const double material = contrast(drawn, bg);
            // Too faint for a placeholder: hence the theme's own.
            QVERIFY2(material < 4.5, qPrintable(QString::number(material)));
            QVERIFY(contrast(p.placeholder, bg) >= 4.5);
            // The placeholder still reads as a hint, not as typed text.
            QVERIFY(contrast(p.placeholder, bg) < contrast(p.text, bg));
            qInfo("disabled text (Material's grey, exempt under WCAG 1.4.3): %.2f:1", material);
        }
    }

    void contrastCheckItselfCanFail()
    {
        // The formula: black on white is 21:1, and Material's old orange accent under white
        // text (#e0663a) was below 4.5:1.
        QCOMPARE(qRound(contrast(Qt::black, Qt::white)), 21);
        QVERIFY(contrast(Qt::white, QColor(0xe0, 0x66, 0x3a)) < 4.5);
    }

    void darkFollowsTheSystemOrTheChoice()
    {
        QTemporaryDir dir;
        AppContext context(dir.path(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        const QPalette original = QGuiApplication::palette();
        {
            AppController app(context);
            Theme &theme = *app.theme();
            QCOMPARE(theme.mode(), QStringLiteral("system"));
            QVERIFY(!theme.dark()); // the offscreen platform's palette is light
            QSignalSpy changed(&theme, &Theme::changed);
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
            dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            QGuiApplication::setPalette(dark);
            QVERIFY(theme.dark()); // the system went dark
            QCOMPARE(changed.count(), 1);
            QCOMPARE(theme.background(), Theme::palette(true).background);
            theme.setMode(QStringLiteral("light"));
            QVERIFY(!theme.dark()); // the person's choice wins
            QGuiApplication::setPalette(original);
            theme.setMode(QStringLiteral("dark"));
            QVERIFY(theme.dark());
        }
        // The choice is kept in the settings.
        AppController again(context);
        QCOMPARE(again.theme()->mode(), QStringLiteral("dark"));
        QVERIFY(again.theme()->dark());
        again.theme()->setMode(QStringLiteral("nonsense"));
        QCOMPARE(again.theme()->mode(), QStringLiteral("system"));
    }

    void textFollowsTheSystemFontUpToTwice()
    {
        QTemporaryDir dir;
        AppContext context(dir.path(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        AppController app(context);
        Theme &theme = *app.theme();
        const QFont original = QGuiApplication::font();
        QFont font = original;
        font.setPointSizeF(10);
        QGuiApplication::setFont(font);
        QCOMPARE(theme.fontSize(), 14);
        QCOMPARE(theme.smallSize(), 12);
        font.setPointSizeF(15); // 150 %
        QGuiApplication::setFont(font);
        QCOMPARE(theme.textScale(), 1.5);
        QCOMPARE(theme.fontSize(), 21);
        QCOMPARE(theme.smallSize(), 18);
        font.setPointSizeF(30); // 300 %: at most twice
        QGuiApplication::setFont(font);
        QCOMPARE(theme.fontSize(), 28);
        font.setPointSizeF(7); // smaller than normal: never smaller than the design
        QGuiApplication::setFont(font);
        QCOMPARE(theme.fontSize(), 14);
        QGuiApplication::setFont(original);
    }

    void monthsAndDaysInWords()
    {
        QTemporaryDir dir;
        AppContext context(dir.path(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        // One set of answers sent in December 2026: its receipt is the month.
        Outbox &outbox = context.outbox();
        const Submission s = Anonymiser().anonymise(test::retentionSurvey(),
            test::validRetentionAnswers(), test::validProfile(), QDate(2026, 12, 1));
        QVERIFY(outbox.enqueue(s));
        QVERIFY(outbox.acknowledge({ s.submissionId }));
        QVERIFY(context.profiles().saveProfile(test::validProfile()));
        AppController app(context);
        QCOMPARE(app.language(), QStringLiteral("nl"));
        QCOMPARE(app.monthText(QStringLiteral("2026-12")), QStringLiteral("december 2026"));
        QCOMPARE(app.dayText(QStringLiteral("2026-03-05")), QStringLiteral("5 maart 2026"));
        QCOMPARE(app.monthText(QStringLiteral("not a month")), QStringLiteral("not a month"));
        const auto lastSent = [&app] {
            RowModel *surveys = app.surveys();
            const int row = surveys->indexOf(QStringLiteral("retention"));
            return surveys->get(row).value(QStringLiteral("lastSent")).toString();
        };
        QCOMPARE(lastSent(), QStringLiteral("december 2026"));
        app.setLanguage(QStringLiteral("en"));
        QCOMPARE(lastSent(), QStringLiteral("December 2026"));
        QCOMPARE(app.dayText(QStringLiteral("2026-03-05")), QStringLiteral("5 March 2026"));
    }

    void qtsOwnWordsAreDutch()
    {
        // Dialog buttons ("Yes", "No") are Qt's own words, from the qt6-translations-l10n
        // catalogue that the app loads beside its own.
        QTemporaryDir dir;
        AppContext context(dir.path(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        AppController app(context);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Ja"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&No"), QStringLiteral("&Nee"));
        app.setLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Yes"));
    }
};

QTEST_MAIN(TestComfort)

#include "tst_comfort.moc"
