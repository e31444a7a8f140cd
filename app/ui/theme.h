#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QString>

namespace zs {

class ProfileStore;

/// The app's colours and text sizes (QML singleton `Theme`, owned by AppController): light or
/// dark, following the system or the person's choice (saved as setting "theme"), and text sizes
/// that follow the system font up to twice the normal size. Every text/background pair the
/// pages use is listed in textPairs(), so a test can check its contrast.
class Theme : public QObject
{
    Q_OBJECT

    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    Q_PROPERTY(QColor background READ background NOTIFY changed)
    Q_PROPERTY(QColor surface READ surface NOTIFY changed)
    Q_PROPERTY(QColor pressed READ pressed NOTIFY changed)
    Q_PROPERTY(QColor notice READ notice NOTIFY changed)
    Q_PROPERTY(QColor border READ border NOTIFY changed)
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor muted READ muted NOTIFY changed)
    Q_PROPERTY(QColor primary READ primary NOTIFY changed)
    Q_PROPERTY(QColor onPrimary READ onPrimary NOTIFY changed)
    Q_PROPERTY(QColor primaryText READ primaryText NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    Q_PROPERTY(QColor accentText READ accentText NOTIFY changed)
    Q_PROPERTY(QColor benchmark READ benchmark NOTIFY changed)
    Q_PROPERTY(QColor error READ error NOTIFY changed)
    Q_PROPERTY(QColor bar READ bar NOTIFY changed)
    Q_PROPERTY(QColor barBackground READ barBackground NOTIFY changed)
    Q_PROPERTY(QColor placeholder READ placeholder NOTIFY changed)
    Q_PROPERTY(qreal textScale READ textScale NOTIFY fontChanged)
    Q_PROPERTY(int fontSize READ fontSize NOTIFY fontChanged)
    Q_PROPERTY(int smallSize READ smallSize NOTIFY fontChanged)
    Q_PROPERTY(int mediumSize READ mediumSize NOTIFY fontChanged)
    Q_PROPERTY(int largeSize READ largeSize NOTIFY fontChanged)
    Q_PROPERTY(int titleSize READ titleSize NOTIFY fontChanged)
    Q_PROPERTY(int displaySize READ displaySize NOTIFY fontChanged)

public:
    /// One theme's colours. Text colours sit on the backgrounds textPairs() names.
    struct Palette
    {
        QColor background; ///< the page
        QColor surface; ///< cards, fields, dialogs
        QColor pressed; ///< a pressed or selected card
        QColor notice; ///< a notice's or warning's card
        QColor border; ///< card outlines (not text)
        QColor text;
        QColor muted; ///< secondary text (no opacity: it keeps its contrast)
        QColor primary; ///< tool bar, filled buttons
        QColor onPrimary; ///< text on primary and on accent
        QColor primaryText; ///< text in the primary colour: saved, links, good news
        QColor accent; ///< highlighted buttons
        QColor accentText; ///< text in the accent colour: the region's benchmark
        QColor benchmark; ///< the benchmark's lines and marks (not text)
        QColor error;
        QColor bar; ///< chart bars (not text)
        QColor barBackground; ///< the empty part of a bar
        /// A text field's hint (placeholderTextColor): text, so 4.5:1 (WCAG 1.4.3). Material's
        /// own hint grey (38 % black, 30 % white) reaches only about 2.6:1.
        QColor placeholder;
    };
    /// A foreground colour on a background, by Palette member name, for contrast checks.
    struct Pair
    {
        const char *foreground;
        const char *background;
    };

    explicit Theme(ProfileStore &store, QObject *parent = nullptr);

    /// "system" (default), "light" or "dark".
    QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    bool dark() const { return m_dark; }

    static const Palette &palette(bool dark);
    /// Every foreground/background pair the pages draw text with.
    static QList<Pair> textPairs();
    /// A palette colour by member name ("text", "surface", ...); invalid for an unknown name.
    static QColor colour(const Palette &palette, const QString &name);
    /// True when the platform's palette (the system's theme) is dark: Qt 6.4 has no
    /// QStyleHints::colorScheme, and Material.System decides the same way.
    static bool systemIsDark();

    QColor background() const { return current().background; }
    QColor surface() const { return current().surface; }
    QColor pressed() const { return current().pressed; }
    QColor notice() const { return current().notice; }
    QColor border() const { return current().border; }
    QColor text() const { return current().text; }
    QColor muted() const { return current().muted; }
    QColor primary() const { return current().primary; }
    QColor onPrimary() const { return current().onPrimary; }
    QColor primaryText() const { return current().primaryText; }
    QColor accent() const { return current().accent; }
    QColor accentText() const { return current().accentText; }
    QColor benchmark() const { return current().benchmark; }
    QColor error() const { return current().error; }
    QColor bar() const { return current().bar; }
    QColor barBackground() const { return current().barBackground; }
    QColor placeholder() const { return current().placeholder; }

    /// The system font's size against a normal one (1 to 2).
    qreal textScale() const { return m_scale; }
    /// Body text in pixels, and the other sizes from it.
    int fontSize() const { return size(14); }
    int smallSize() const { return size(12); }
    int mediumSize() const { return size(16); }
    int largeSize() const { return size(18); }
    int titleSize() const { return size(20); }
    int displaySize() const { return size(22); }

Q_SIGNALS:
    void modeChanged();
    void changed();
    void fontChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Palette &current() const { return palette(m_dark); }
    int size(int normalPixels) const { return qRound(normalPixels * m_scale); }
    void update();

    ProfileStore &m_store;
    QString m_mode = QStringLiteral("system");
    bool m_dark = false;
    qreal m_scale = 1.0;
};

} // namespace zs
