#include "reportpdf.h"

#include "a4pdf.h"
#include "referencedata.h"
#include "reportview.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace zs {

namespace {

constexpr int kDotsPerInch = 300;
constexpr qreal kPageWidth = 595.3; // A4 in points
constexpr qreal kPageHeight = 841.9;
constexpr qreal kMargin = 56;
const QColor kInk(0x1d, 0x26, 0x2d);
const QColor kMuted(0x5a, 0x66, 0x70);
const QColor kBar(0x00, 0x58, 0x7a);
const QColor kBenchmark(0xe0, 0x66, 0x3a);
const QColor kTrack(0xe6, 0xea, 0xed);
const QColor kDetractor(0x9e, 0x2a, 0x2f);

QFont font(qreal points, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // No ligatures: "fi" stays two letters, so the PDF's text is found by a search for "figure".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QString regionName(const QString &region)
{
    const ReferenceItem *item = ReferenceData::find(ReferenceData::instance().regions, region);
    return item ? item->label.nl : region;
}

/// Lays out a report top to bottom in points, starting a new page when the next block does not
/// fit; the device works in dots.
class Layout
{
public:
    Layout(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_scale(kDotsPerInch / 72.0)
    { }

    qreal y() const { return m_y; }
    qreal width() const { return kPageWidth - 2 * kMargin; }

    void newPage()
    {
        m_writer.newPage();
        m_y = kMargin;
    }
    /// Starts a new page unless height points still fit.
    void need(qreal height)
    {
        if (m_y + height > kPageHeight - kMargin)
            newPage();
    }
    void skip(qreal points) { m_y += points; }

    /// The height wrapped text takes at this width.
    qreal measure(const QString &text, const QFont &f, qreal width) const
    {
        const QFontMetricsF metrics(f, &m_writer);
        return metrics.boundingRect(QRectF(0, 0, width * m_scale, 1e6), Qt::TextWordWrap, text)
                   .height()
            / m_scale;
    }
    /// Draws wrapped text at x (points from the margin) and returns its height; moves down
    /// unless stay.
    qreal text(const QString &text, const QFont &f, const QColor &colour, qreal x = 0,
        qreal width = -1, bool stay = false, Qt::Alignment align = Qt::AlignLeft)
    {
        if (width < 0)
            width = this->width() - x;
        const qreal height = measure(text, f, width);
        if (!stay)
            need(height);
        m_painter.setFont(f);
        m_painter.setPen(colour);
        m_painter.drawText(
            rect(x, m_y, width, height + 2), int(align | Qt::AlignTop) | Qt::TextWordWrap, text);
        if (!stay)
            m_y += height;
        return height;
    }
    void fill(qreal x, qreal y, qreal w, qreal h, const QColor &colour)
    {
        m_painter.fillRect(rect(x, y, w, h), colour);
    }
    void line(qreal x1, qreal y1, qreal x2, qreal y2, const QColor &colour, qreal width)
    {
        m_painter.setPen(QPen(colour, width * m_scale));
        m_painter.drawLine(QPointF((kMargin + x1) * m_scale, y1 * m_scale),
            QPointF((kMargin + x2) * m_scale, y2 * m_scale));
    }

private:
    QRectF rect(qreal x, qreal y, qreal w, qreal h) const
    {
        return { (kMargin + x) * m_scale, y * m_scale, w * m_scale, h * m_scale };
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    qreal m_scale;
    qreal m_y = kMargin;
};

/// Draws one report into the layout.
class Drawing
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    Drawing(Layout &layout, const ReportDocument &document)
        : m_l(layout)
        , m_doc(document)
        , m_lang(document.language)
        , m_locale(m_lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                 : QLocale(QLocale::Dutch, QLocale::Netherlands))
    { }

    void draw()
    {
        cover();
        const ReportScope *own = m_doc.report.scope(QStringLiteral("employer"));
        const ReportScope *region = m_doc.report.scope(QStringLiteral("region"));
        if (!own || !own->total) {
            m_l.skip(18);
            m_l.text(tr("There is no release yet, so this report has no figures."), font(12, true),
                kInk);
            m_l.text(
                ReportView::nextReleaseText(m_doc.today, m_doc.report.k, m_lang), font(10), kInk);
            method();
            return;
        }
        releases(*own);
        m_l.newPage();
        heading(tr("All releases together"));
        m_l.text(tr("Each figure: your organisation (blue bar) beside the region's verified "
                    "responses (orange mark), as a share of those who answered."),
            font(9), kMuted);
        m_l.skip(8);
        const ReleaseFigures *benchmark = region && region->total ? &*region->total : nullptr;
        for (const FigureSection &s : ReportView::sections(*own->total, benchmark, m_lang))
            section(s);
        comments(*own);
        method();
    }

private:
    void heading(const QString &text)
    {
        m_l.need(60);
        m_l.text(text, font(15, true), kInk);
        m_l.skip(6);
    }

    void cover()
    {
        const Report &r = m_doc.report;
        m_l.skip(120);
        m_l.text(ReportPdf::kindTitle(r.kind), font(13), kMuted);
        m_l.skip(6);
        m_l.text(
            r.employerName.isEmpty() ? regionName(r.region) : r.employerName, font(28, true), kInk);
        m_l.skip(10);
        m_l.text(tr("Survey: %1").arg(r.title.text(m_lang)), font(13), kInk);
        m_l.text(tr("Region: %1").arg(regionName(r.region)), font(13), kInk);
        m_l.skip(18);
        const ReportScope *own = r.scope(QStringLiteral("employer"));
        if (own && own->total) {
            m_l.text(tr("%n release(s), %1, %2 respondents in all", "", int(own->releases.size()))
                         .arg(ReportView::monthsLabel(
                             own->total->firstMonth, own->total->lastMonth, m_lang))
                         .arg(own->total->respondents),
                font(11), kInk);
        }
        m_l.text(tr("Made on %1 with Zorgstem")
                     .arg(m_locale.toString(m_doc.today, QStringLiteral("d MMMM yyyy"))),
            font(11), kMuted);
        m_l.skip(40);
        m_l.text(tr("How to read this report"), font(12, true), kInk);
        m_l.skip(4);
        m_l.text(ReportView::noiseNote(r.k), font(10), kInk);
        m_l.skip(6);
        m_l.text(tr("A group of fewer than %1 people is never shown, not even as 0: it says "
                    "\"hidden\".")
                     .arg(r.k),
            font(10), kInk);
    }

    void releases(const ReportScope &own)
    {
        m_l.skip(30);
        heading(tr("Releases"));
        m_l.text(tr("Response rate: respondents per invitation issued in the months a release "
                    "covers. Approximate: respondents carry noise, and people answer later "
                    "than they were invited."),
            font(9), kMuted);
        m_l.skip(6);
        const qreal cols[] = { 0, 70, 250, 350 };
        const auto row = [&](const QStringList &cells, bool bold) {
            m_l.need(16);
            qreal h = 0;
            for (int i = 0; i < cells.size(); ++i)
                h = std::max(h,
                    m_l.text(cells.at(i), font(10, bold), kInk, cols[i],
                        i + 1 < 4 ? cols[i + 1] - cols[i] - 6 : -1, true));
            m_l.skip(h + 4);
        };
        row({ tr("Release"), tr("Months"), tr("Respondents"), tr("Response rate (approx.)") },
            true);
        for (const ReleaseFigures &rel : own.releases) {
            const ResponseRate rate
                = ReportView::responseRate(rel, m_doc.invitations, m_doc.report.kind);
            row({ QString::number(rel.seq),
                    ReportView::monthsLabel(rel.firstMonth, rel.lastMonth, m_lang),
                    QString::number(rel.respondents),
                    rate.percent ? tr("about %1 of %2 invited")
                                       .arg(ReportView::percentText(*rate.percent, m_lang))
                                       .arg(rate.issued)
                                 : tr("no invitations in these months") },
                false);
        }
        m_l.skip(6);
        m_l.text(ReportView::nextReleaseText(m_doc.today, m_doc.report.k, m_lang), font(9), kMuted);
    }

    void benchmarkLegend(const FigureSection &s)
    {
        if (s.benchmarkMissing)
            m_l.text(tr("Region: no figure (no release there yet, or hidden there too)."),
                font(8, false, true), kMuted);
    }

    void section(const FigureSection &s)
    {
        if (s.kind == FigureSection::Kind::Texts)
            return;
        m_l.need(70);
        m_l.skip(10);
        m_l.text(s.heading, font(12, true), kInk);
        m_l.text(s.question, font(8.5, false, true), kMuted);
        m_l.skip(4);
        if (s.hidden) {
            m_l.text(ReportView::hiddenText(m_doc.report.k), font(10, false, true), kInk);
            return;
        }
        m_l.text(tr("%1 answered").arg(s.answered), font(8.5), kMuted);
        m_l.skip(3);
        switch (s.kind) {
        case FigureSection::Kind::Bars:
        case FigureSection::Kind::Likert:
            for (const FigureBar &b : s.bars)
                bar(b, s.kind == FigureSection::Kind::Likert);
            break;
        case FigureSection::Kind::Enps:
            enps(s);
            break;
        case FigureSection::Kind::Mean:
            m_l.text(tr("Average: %1")
                         .arg(s.mean ? m_locale.toString(*s.mean, 'f', 1) : QStringLiteral("–")),
                font(11, true), kBar);
            if (s.benchmarkMean)
                m_l.text(tr("Region: %1").arg(m_locale.toString(*s.benchmarkMean, 'f', 1)),
                    font(10), kBenchmark);
            break;
        case FigureSection::Kind::Texts:
            break;
        }
        benchmarkLegend(s);
    }

    void bar(const FigureBar &b, bool likert)
    {
        const qreal labelWidth = 190;
        const qreal barX = labelWidth + 8;
        const qreal barWidth = 190;
        const qreal valueX = barX + barWidth + 8;
        const qreal h = std::max<qreal>(13, m_l.measure(b.label, font(9), labelWidth));
        m_l.need(h + 4);
        const qreal top = m_l.y();
        m_l.text(b.label, font(9), kInk, 0, labelWidth, true);
        m_l.fill(barX, top + 2, barWidth, 9, kTrack);
        m_l.fill(barX, top + 2, barWidth * std::clamp(b.percent, 0.0, 100.0) / 100.0, 9, kBar);
        if (b.benchmark) {
            const qreal x = barX + barWidth * std::clamp(*b.benchmark, 0.0, 100.0) / 100.0;
            m_l.line(x, top, x, top + 13, kBenchmark, 2);
        }
        QString value = ReportView::percentText(b.percent, m_lang);
        if (likert && b.mean)
            value += QStringLiteral(" · ") + tr("avg %1").arg(m_locale.toString(*b.mean, 'f', 1));
        if (b.benchmark)
            value += QStringLiteral("  ")
                + tr("region %1").arg(ReportView::percentText(*b.benchmark, m_lang));
        m_l.text(value, font(8.5), kInk, valueX, -1, true);
        m_l.skip(h + 4);
    }

    void enps(const FigureSection &s)
    {
        if (!s.enps) {
            m_l.text(tr("No eNPS in this release."), font(10), kMuted);
            return;
        }
        const EnpsFigures &e = *s.enps;
        m_l.text(tr("eNPS %1").arg(e.score), font(16, true), kBar);
        if (s.benchmarkEnps)
            m_l.text(tr("Region: eNPS %1").arg(s.benchmarkEnps->score), font(10), kBenchmark);
        m_l.skip(4);
        const int total = std::max(1, e.total());
        const qreal w = m_l.width();
        m_l.need(30);
        const qreal top = m_l.y();
        const qreal p = w * e.promoters / total;
        const qreal pa = w * e.passives / total;
        m_l.fill(0, top, p, 12, kBar);
        m_l.fill(p, top, pa, 12, kMuted);
        m_l.fill(p + pa, top, w - p - pa, 12, kDetractor);
        m_l.skip(16);
        m_l.text(tr("Promoters (9–10): %1 · passives (7–8): %2 · detractors (0–6): %3")
                     .arg(e.promoters)
                     .arg(e.passives)
                     .arg(e.detractors),
            font(9), kInk);
        m_l.text(tr("eNPS = % promoters − % detractors, from −100 to 100."), font(8.5), kMuted);
    }

    void comments(const ReportScope &own)
    {
        bool any = false;
        for (const ReleaseFigures &rel : own.releases) {
            for (const FigureSection &s : ReportView::comments(rel, m_lang)) {
                if (!any) {
                    m_l.newPage();
                    heading(tr("Comments"));
                    m_l.text(tr("In the respondents' own words, with names, numbers and "
                                "addresses taken out, in random order. Comments are published "
                                "only inside a release."),
                        font(9), kMuted);
                    any = true;
                }
                m_l.need(50);
                m_l.skip(8);
                m_l.text(tr("Release %1 (%2): %3")
                             .arg(rel.seq)
                             .arg(ReportView::monthsLabel(rel.firstMonth, rel.lastMonth, m_lang),
                                 s.heading),
                    font(11, true), kInk);
                m_l.skip(3);
                if (s.hidden) {
                    m_l.text(ReportView::hiddenText(m_doc.report.k), font(9.5, false, true), kInk);
                    continue;
                }
                for (const QString &t : s.texts) {
                    m_l.text(QStringLiteral("“%1”").arg(t), font(9.5), kInk, 10);
                    m_l.skip(4);
                }
            }
        }
    }

    void method()
    {
        m_l.newPage();
        heading(tr("Method and privacy"));
        const QStringList paragraphs = {
            tr("Who answers: only people your organisation invited with a one-time code count "
               "for it. The code gives a one-time credential that cannot be traced back to the "
               "invitation, so nobody, not even the collector, can tell who answered."),
            tr("Releases: new answers wait until at least %1 people have answered. Then, at a "
               "month boundary, they are published together as one release; nothing about "
               "the answers still waiting is published. A release never changes afterwards.")
                .arg(m_doc.report.k),
            tr("Noise: every count carries a small random amount added once, on purpose "
               "(ε = %1 per count), so that no figure, alone or combined with others, shows what "
               "one person answered. Percentages come from the noisy counts; small "
               "differences between figures mean little.")
                .arg(m_locale.toString(m_doc.report.epsilon, 'f', 1)),
            tr("Hidden groups: a question answered by fewer than %1 people is shown as hidden, "
               "never as 0.")
                .arg(m_doc.report.k),
            tr("Benchmark: the region's verified responses (people invited by any organisation "
               "in the region), published the same way."),
            tr("Comments are scrubbed of what the scrubber recognises (e-mail addresses, phone "
               "numbers, postcodes, links and many names of people, wards and locations) "
               "before they leave the respondent's phone, and again by the collector. It does "
               "not find every name."),
        };
        for (const QString &p : paragraphs) {
            m_l.text(p, font(10), kInk);
            m_l.skip(8);
        }
    }

    Layout &m_l;
    const ReportDocument &m_doc;
    QString m_lang;
    QLocale m_locale;
};

} // namespace

QString ReportPdf::kindTitle(const QString &kind)
{
    if (kind == QLatin1String("exit"))
        return tr("Exit report");
    if (kind == QLatin1String("retention"))
        return tr("Stay report");
    return tr("Report");
}

bool ReportPdf::write(const QString &path, const ReportDocument &document, QString *error)
{
    const Report &r = document.report;
    const QString title = QStringLiteral("%1: %2 (%3)")
                              .arg(r.employerName.isEmpty() ? r.region : r.employerName,
                                  r.title.text(document.language), kindTitle(r.kind));
    return writeA4Pdf(
        path, title, kDotsPerInch,
        [&document](QPdfWriter &writer, QPainter &painter) {
            Layout layout(writer, painter);
            Drawing(layout, document).draw();
        },
        error);
}

} // namespace zs
