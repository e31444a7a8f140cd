#include "invitationsheet.h"

#include "a4pdf.h"
#include "qrmatrix.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QUrlQuery>

#include <cmath>
#include <optional>

namespace zs {

namespace {

// A4 portrait in millimetres: 2 x 4 cards of 95 x 69.25 mm inside a 10 mm margin.
constexpr int kColumns = 2;
constexpr int kRows = 4;
constexpr int kCardsPerPage = kColumns * kRows;
constexpr qreal kMarginMm = 10;
constexpr qreal kPaddingMm = 5;
constexpr qreal kGapMm = 4;
// The QR symbol at least ~30 mm wide, so a phone reads it from arm's length; its quiet zone
// of 4 white modules (as the QR standard asks) lies in the card's padding.
constexpr qreal kQrMm = 32;
constexpr int kQuietZone = 4;
constexpr int kDotsPerInch = 1200;
// Three lines at 10 pt; a longer name gets a smaller font.
constexpr qreal kEmployerMaxMm = 13.5;
constexpr int kEmployerMaxLength = 120;

const QColor kInk(0x20, 0x20, 0x20);
const QColor kSecondInk(0x55, 0x55, 0x55);
const QColor kCutLine(0x99, 0x99, 0x99);

/// The words every card of a sheet shares, Dutch first.
struct CardWords
{
    QString employer;
    QString surveyDutch;
    QString surveyEnglish;
    QString expiresDutch;
    QString expiresEnglish;
};

std::optional<CardWords> cardWords(const SheetInfo &info, QString *error)
{
    CardWords words;
    words.employer = info.employerName.simplified();
    if (info.surveyKind == QLatin1String("exit")) {
        words.surveyDutch = QStringLiteral("Vertrekpeiling");
        words.surveyEnglish = QStringLiteral("Exit survey");
    } else if (info.surveyKind == QLatin1String("retention")) {
        words.surveyDutch = QStringLiteral("Blijfpeiling");
        words.surveyEnglish = QStringLiteral("Retention survey");
    } else {
        *error = QStringLiteral("unknown survey kind \"%1\": expected exit or retention")
                     .arg(info.surveyKind);
        return std::nullopt;
    }
    if (words.employer.isEmpty() || words.employer.size() > kEmployerMaxLength) {
        *error = QStringLiteral("the employer's name must have 1 to %1 characters")
                     .arg(kEmployerMaxLength);
        return std::nullopt;
    }
    if (!info.expires.isValid()) {
        *error = QStringLiteral("the expiry date is missing or invalid");
        return std::nullopt;
    }
    const QString day = QStringLiteral("d MMMM yyyy");
    words.expiresDutch
        = QStringLiteral("Geldig t/m %1")
              .arg(QLocale(QLocale::Dutch, QLocale::Netherlands).toString(info.expires, day));
    words.expiresEnglish
        = QStringLiteral("Valid until %1")
              .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(info.expires, day));
    return words;
}

QFont font(qreal points, bool bold = false, bool monospace = false)
{
    QFont f(monospace ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    f.setStyleHint(monospace ? QFont::Monospace : QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

/// Draws with millimetres on a page whose device units are dots.
class PagePainter
{
public:
    explicit PagePainter(QPainter &painter)
        : m_painter(painter)
        , m_dotsPerMm(painter.device()->logicalDpiX() / 25.4)
    { }

    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }
    QRectF mm(qreal x, qreal y, qreal width, qreal height) const
    {
        return { mm(x), mm(y), mm(width), mm(height) };
    }

    /// Draws text wrapped at the width of `area` from its top; returns the height it took.
    qreal text(const QRectF &area, const QFont &f, const QColor &colour, const QString &s,
        Qt::Alignment align = Qt::AlignLeft)
    {
        m_painter.setFont(f);
        m_painter.setPen(colour);
        QRectF used;
        m_painter.drawText(area, int(align | Qt::AlignTop) | Qt::TextWordWrap, s, &used);
        return used.height();
    }

    /// The QR symbol with its top left corner at `topLeft`, inside a white quiet zone of at
    /// most `marginMm`; modules on whole dots so they stay square, and the dark modules one
    /// path, so no hairline seams show between them.
    void qrCode(const QrMatrix &qr, QPointF topLeft, qreal widthMm, qreal marginMm)
    {
        const qreal module
            = std::floor(std::min(mm(widthMm) / qr.size(), mm(marginMm) / kQuietZone));
        const qreal quiet = kQuietZone * module;
        const qreal side = qr.size() * module;
        m_painter.fillRect(
            QRectF(topLeft - QPointF(quiet, quiet), QSizeF(side + 2 * quiet, side + 2 * quiet)),
            Qt::white);
        QPainterPath dark;
        dark.setFillRule(Qt::WindingFill);
        for (int y = 0; y < qr.size(); ++y) {
            for (int x = 0; x < qr.size();) {
                if (!qr.isDark(x, y)) {
                    ++x;
                    continue;
                }
                const int start = x;
                while (x < qr.size() && qr.isDark(x, y))
                    ++x;
                dark.addRect(topLeft.x() + start * module, topLeft.y() + y * module,
                    (x - start) * module, module);
            }
        }
        m_painter.fillPath(dark, Qt::black);
    }

    /// The largest bold font from 10 pt down to 7 pt in which `s`, wrapped at the width of
    /// `area`, stays within `maxHeightMm`.
    QFont fitting(const QRectF &area, const QString &s, qreal maxHeightMm) const
    {
        QFont f;
        for (int halfPoints = 20; halfPoints >= 14; --halfPoints) {
            f = font(halfPoints / 2.0, true);
            const QRectF used = QFontMetricsF(f, m_painter.device())
                                    .boundingRect(area, Qt::AlignLeft | Qt::TextWordWrap, s);
            if (used.height() <= mm(maxHeightMm))
                break;
        }
        return f;
    }

    /// A dashed rectangle to cut along.
    void cutLines(const QRectF &rect)
    {
        QPen pen(kCutLine, mm(0.2), Qt::DashLine);
        m_painter.setPen(pen);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(rect);
    }

private:
    QPainter &m_painter;
    qreal m_dotsPerMm;
};

void drawCard(PagePainter &page, const QRectF &cell, const InvitationCard &card, const QrMatrix &qr,
    const CardWords &words)
{
    const QRectF inner = cell.adjusted(
        page.mm(kPaddingMm), page.mm(kPaddingMm), -page.mm(kPaddingMm), -page.mm(kPaddingMm));
    page.qrCode(qr, inner.topLeft(), kQrMm, kPaddingMm);
    page.cutLines(cell);

    // Beside the QR code: whose invitation it is, for which survey, until when.
    const qreal columnX = inner.left() + page.mm(kQrMm + kGapMm);
    QRectF column(columnX, inner.top(), inner.right() - columnX, inner.height());
    const auto next = [&column, &page](qreal used, qreal gapMm) {
        column.setTop(column.top() + used + page.mm(gapMm));
    };
    next(page.text(
             column, page.fitting(column, words.employer, kEmployerMaxMm), kInk, words.employer),
        2);
    next(page.text(column, font(8.5, true), kInk, words.surveyDutch), 0.3);
    next(page.text(column, font(8.5), kSecondInk, words.surveyEnglish), 2);
    next(page.text(column, font(8), kInk, words.expiresDutch), 0.3);
    page.text(column, font(8), kSecondInk, words.expiresEnglish);

    // Under it, across the card: the code to type, then what to do with it.
    QRectF below = inner.adjusted(0, page.mm(kQrMm + 4), 0, 0);
    below.setTop(below.top()
        + page.text(below, font(17, true, true), kInk, card.code, Qt::AlignHCenter) + page.mm(1.5));
    below.setTop(below.top()
        + page.text(below, font(7.5), kInk,
            QStringLiteral(
                "Open de Zorgstem-app, kies 'Ik heb een uitnodiging' en scan deze code."))
        + page.mm(0.8));
    page.text(below, font(7.5), kSecondInk,
        QStringLiteral("Open the Zorgstem app, choose 'I have an invitation' and scan this code."));
}

void drawPageNotes(
    PagePainter &page, const QRectF &paper, const CardWords &words, int pageNumber, int pages)
{
    const QRectF top = page.mm(kMarginMm, 4, paper.width() / page.mm(1) - 2 * kMarginMm, 5);
    page.text(top, font(7), kSecondInk,
        QStringLiteral("Knip langs de stippellijnen · Cut along the dashed lines"));
    const QRectF bottom = page.mm(kMarginMm, paper.height() / page.mm(1) - kMarginMm + 3,
        paper.width() / page.mm(1) - 2 * kMarginMm, 5);
    page.text(bottom, font(7), kSecondInk,
        QStringLiteral("Zorgstem · %1 · %2 / %3 · blad %4 van %5 / page %4 of %5")
            .arg(words.employer, words.surveyDutch, words.surveyEnglish.toLower())
            .arg(pageNumber)
            .arg(pages),
        Qt::AlignHCenter);
}

/// Every card, eight to a page, in reading order.
void drawSheet(QPdfWriter &writer, QPainter &painter, const CardWords &words,
    const QList<InvitationCard> &cards, const QList<QrMatrix> &codes)
{
    PagePainter page(painter);
    const QRectF paper(0, 0, writer.width(), writer.height());
    const QSizeF cardSize((paper.width() - 2 * page.mm(kMarginMm)) / kColumns,
        (paper.height() - 2 * page.mm(kMarginMm)) / kRows);
    const int pages = int((cards.size() + kCardsPerPage - 1) / kCardsPerPage);
    for (int i = 0; i < cards.size(); ++i) {
        const int slot = i % kCardsPerPage;
        if (slot == 0) {
            if (i > 0)
                writer.newPage();
            drawPageNotes(page, paper, words, i / kCardsPerPage + 1, pages);
        }
        const int row = slot / kColumns;
        const int column = slot % kColumns;
        const QPointF topLeft(page.mm(kMarginMm) + column * cardSize.width(),
            page.mm(kMarginMm) + row * cardSize.height());
        drawCard(page, QRectF(topLeft, cardSize), cards.at(i), codes.at(i), words);
    }
}

} // namespace

QString invitationLink(const QString &code, const QUrl &collector)
{
    // QUrlQuery leaves ':' '/' '?' '+' of a value as they are and treats '%' as already
    // encoded, so the values go in encoded in full and come out with FullyDecoded.
    const auto encoded = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), encoded(code));
    query.addQueryItem(
        QStringLiteral("collector"), encoded(collector.toString(QUrl::FullyEncoded)));
    QUrl link;
    link.setScheme(QStringLiteral("zorgstem"));
    link.setHost(QStringLiteral("invite"));
    link.setQuery(query);
    return link.toString(QUrl::FullyEncoded);
}

bool writeInvitationSheet(
    const QString &path, const SheetInfo &info, const QList<InvitationCard> &cards, QString *error)
{
    QString why;
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QStringLiteral("writing an invitation sheet needs a QGuiApplication for "
                                   "its fonts (the offscreen platform will do)"));
    if (cards.isEmpty())
        return fail(QStringLiteral("no invitations to print: the list of cards is empty"));
    const std::optional<CardWords> words = cardWords(info, &why);
    if (!words)
        return fail(why);
    // Every QR code first, so a bad card leaves no half-written sheet behind.
    QList<QrMatrix> codes;
    for (const InvitationCard &card : cards) {
        if (card.code.isEmpty() || card.link.isEmpty())
            return fail(
                QStringLiteral("invitation %1 has no code or no link").arg(codes.size() + 1));
        std::optional<QrMatrix> qr = QrMatrix::encode(card.link, &why);
        if (!qr)
            return fail(QStringLiteral("invitation %1: %2").arg(card.code, why));
        codes.append(*std::move(qr));
    }

    return writeA4Pdf(
        path, QStringLiteral("Zorgstem: uitnodigingen / invitations, %1").arg(words->employer),
        kDotsPerInch,
        [&](QPdfWriter &writer, QPainter &painter) {
            drawSheet(writer, painter, *words, cards, codes);
        },
        error);
}

} // namespace zs
