#include "theme.h"

#include "profilestore.h"

#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <algorithm>

namespace zs {

namespace {

const QString kSetting = QStringLiteral("theme");
// The size of a normal system font: desktops use 9 to 10 pt. Larger fonts scale the text.
constexpr qreal kNormalPointSize = 10.0;
constexpr qreal kMaxScale = 2.0;

// Material's own light page colour (#fafafa) and white cards.
const Theme::Palette kLight = {
    QColor(0xfa, 0xfa, 0xfa), // background
    QColor(0xff, 0xff, 0xff), // surface
    QColor(0xe3, 0xec, 0xf0), // pressed
    QColor(0xff, 0xf4, 0xe0), // notice
    QColor(0x8a, 0x96, 0x9e), // border
    QColor(0x1b, 0x1f, 0x23), // text
    QColor(0x4f, 0x5b, 0x62), // muted
    QColor(0x00, 0x58, 0x7a), // primary
    QColor(0xff, 0xff, 0xff), // onPrimary
    QColor(0x00, 0x58, 0x7a), // primaryText
    QColor(0xb4, 0x47, 0x1d), // accent
    QColor(0xb4, 0x47, 0x1d), // accentText
    QColor(0xe0, 0x66, 0x3a), // benchmark
    QColor(0xb0, 0x00, 0x20), // error
    QColor(0x00, 0x58, 0x7a), // bar
    QColor(0xe6, 0xea, 0xed), // barBackground
    QColor(0x66, 0x71, 0x7a), // placeholder
};

// Material's own dark page (#303030) and dialog (#424242) colours, so that pages, popups and
// dialogs the style draws match the palette the contrast test checks.
const Theme::Palette kDark = {
    QColor(0x30, 0x30, 0x30), // background
    QColor(0x42, 0x42, 0x42), // surface
    QColor(0x3a, 0x47, 0x50), // pressed
    QColor(0x4a, 0x3b, 0x22), // notice
    QColor(0x8a, 0x96, 0x9e), // border
    QColor(0xe8, 0xea, 0xed), // text
    QColor(0xc4, 0xcc, 0xd2), // muted
    QColor(0x00, 0x58, 0x7a), // primary
    QColor(0xff, 0xff, 0xff), // onPrimary
    QColor(0x7c, 0xc8, 0xe8), // primaryText
    QColor(0xb4, 0x47, 0x1d), // accent
    QColor(0xf4, 0xa5, 0x82), // accentText
    QColor(0xf0, 0x8a, 0x5d), // benchmark
    QColor(0xff, 0x9e, 0x96), // error
    QColor(0x4f, 0xa8, 0xcc), // bar
    QColor(0x4a, 0x52, 0x58), // barBackground
    QColor(0xb0, 0xb8, 0xbe), // placeholder
};

} // namespace

Theme::Theme(ProfileStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    const QString saved = m_store.setting(kSetting, QStringLiteral("system"));
    if (saved == QLatin1String("light") || saved == QLatin1String("dark"))
        m_mode = saved;
    // The system's palette and font changes reach the application object.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
    update();
}

void Theme::setMode(const QString &mode)
{
    const QString next = mode == QLatin1String("light") || mode == QLatin1String("dark")
        ? mode
        : QStringLiteral("system");
    if (next == m_mode)
        return;
    m_mode = next;
    if (!m_store.setSetting(kSetting, m_mode))
        qWarning("could not save the theme");
    update();
    Q_EMIT modeChanged();
}

const Theme::Palette &Theme::palette(bool dark)
{
    return dark ? kDark : kLight;
}

QList<Theme::Pair> Theme::textPairs()
{
    return {
        { "text", "background" },
        { "text", "surface" },
        { "text", "pressed" },
        { "text", "notice" },
        { "muted", "background" },
        { "muted", "surface" },
        { "muted", "pressed" },
        { "muted", "notice" },
        { "primaryText", "background" },
        { "primaryText", "surface" },
        { "accentText", "background" },
        { "accentText", "surface" },
        { "error", "background" },
        { "error", "surface" },
        { "error", "notice" },
        { "onPrimary", "primary" },
        { "onPrimary", "accent" },
        { "placeholder", "background" },
        { "placeholder", "surface" },
    };
}

QColor Theme::colour(const Palette &p, const QString &name)
{
    const QHash<QString, QColor> colours = {
        { QStringLiteral("background"), p.background },
        { QStringLiteral("surface"), p.surface },
        { QStringLiteral("pressed"), p.pressed },
        { QStringLiteral("notice"), p.notice },
        { QStringLiteral("border"), p.border },
        { QStringLiteral("text"), p.text },
        { QStringLiteral("muted"), p.muted },
        { QStringLiteral("primary"), p.primary },
        { QStringLiteral("onPrimary"), p.onPrimary },
        { QStringLiteral("primaryText"), p.primaryText },
        { QStringLiteral("accent"), p.accent },
        { QStringLiteral("accentText"), p.accentText },
        { QStringLiteral("benchmark"), p.benchmark },
        { QStringLiteral("error"), p.error },
        { QStringLiteral("bar"), p.bar },
        { QStringLiteral("barBackground"), p.barBackground },
        { QStringLiteral("placeholder"), p.placeholder },
    };
    return colours.value(name);
}

bool Theme::systemIsDark()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    // The platform theme's palette: a light window text means a dark system theme.
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::WindowText).lightness()
        > palette.color(QPalette::Window).lightness();
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance()
        && (event->type() == QEvent::ApplicationPaletteChange
            || event->type() == QEvent::ApplicationFontChange))
        update();
    return QObject::eventFilter(watched, event);
}

void Theme::update()
{
    const bool dark
        = m_mode == QLatin1String("dark") || (m_mode == QLatin1String("system") && systemIsDark());
    if (dark != m_dark) {
        m_dark = dark;
        Q_EMIT changed();
    }
    // Without a QGuiApplication (headless tests) there is no system font: normal size.
    qreal scale = 1.0;
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        const QFont font = QGuiApplication::font();
        const qreal points
            = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 72.0 / 96;
        scale = std::clamp(points / kNormalPointSize, 1.0, kMaxScale);
    }
    if (!qFuzzyCompare(scale, m_scale)) {
        m_scale = scale;
        Q_EMIT fontChanged();
    }
}

} // namespace zs
