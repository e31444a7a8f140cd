#include "reportview.h"

#include "report.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>

namespace zs {

namespace {

QLocale localeOf(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

/// National exit theme -> the action themes that address it (data/reference/exit-themes.json).
const QHash<QString, QStringList> &actionThemesOfExitThemes()
{
    static const QHash<QString, QStringList> map = [] {
        QHash<QString, QStringList> m;
        QFile f(QStringLiteral(":/data/reference/exit-themes.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("reference data exit-themes.json is missing");
        const QJsonArray themes = QJsonDocument::fromJson(f.readAll())
                                      .object()
                                      .value(QLatin1String("themes"))
                                      .toArray();
        for (const QJsonValue &t : themes) {
            QStringList list;
            for (const QJsonValue &a : t[QLatin1String("actionThemes")].toArray())
                list.append(a.toString());
            m.insert(t[QLatin1String("id")].toString(), list);
        }
        return m;
    }();
    return map;
}

/// The shares sorted by count, biggest first (a stable sort keeps the survey's order on ties).
QList<FigureShare> byCount(QList<FigureShare> shares)
{
    std::stable_sort(shares.begin(), shares.end(),
        [](const FigureShare &a, const FigureShare &b) { return a.count > b.count; });
    return shares;
}

/// The question a trend or bar key names ("reasons", "reasons.themes") and whether it is the
/// themes roll-up.
std::pair<QString, bool> questionOfKey(const QString &section)
{
    if (section.endsWith(QLatin1String(".themes")))
        return { section.chopped(7), true };
    return { section, false };
}

} // namespace

QString FigureSection::kindName() const
{
    switch (kind) {
    case Kind::Bars:
        return QStringLiteral("bars");
    case Kind::Likert:
        return QStringLiteral("likert");
    case Kind::Enps:
        return QStringLiteral("enps");
    case Kind::Mean:
        return QStringLiteral("mean");
    case Kind::Texts:
        return QStringLiteral("texts");
    }
    return {};
}

QString ReportView::heading(const QuestionFigures &q, bool themes, const QString &language)
{
    if (themes)
        return q.id == QLatin1String("reasons")
            ? tr("The ten national themes")
            : tr("%1, by national theme").arg(heading(q, false, language));
    static const QHash<QString, const char *> known = {
        { QStringLiteral("reasons"), QT_TR_NOOP("Leaving reasons") },
        { QStringLiteral("main_reason"), QT_TR_NOOP("The most important reason") },
        { QStringLiteral("destination"), QT_TR_NOOP("Where they go") },
        { QStringLiteral("kept"), QT_TR_NOOP("What could have kept them") },
        { QStringLiteral("would_return"), QT_TR_NOOP("Would they come back") },
        { QStringLiteral("return_condition"), QT_TR_NOOP("What would bring them back") },
        { QStringLiteral("enps"), QT_TR_NOOP("Would they recommend you as an employer (eNPS)") },
        { QStringLiteral("comment"), QT_TR_NOOP("Comments") },
        { QStringLiteral("stay_drivers"), QT_TR_NOOP("What keeps them here") },
        { QStringLiteral("themes"), QT_TR_NOOP("How they rate their work (agree or fully agree)") },
        { QStringLiteral("hours_wish"), QT_TR_NOOP("Contract hours they want") },
        { QStringLiteral("extra_hours"), QT_TR_NOOP("Extra hours a week they would like to work") },
        { QStringLiteral("roster_say"), QT_TR_NOOP("Say over their own roster") },
        { QStringLiteral("intent_to_leave"), QT_TR_NOOP("Intent to leave") },
        { QStringLiteral("leave_where"), QT_TR_NOOP("Where they would go") },
    };
    const auto it = known.constFind(q.id);
    return it == known.constEnd() ? q.text.text(language) : tr(*it);
}

QList<FigureSection> ReportView::sections(
    const ReleaseFigures &figures, const ReleaseFigures *benchmark, const QString &language)
{
    QList<FigureSection> out;
    for (const QuestionFigures &q : figures.questions) {
        const QuestionFigures *b = benchmark ? benchmark->question(q.id) : nullptr;
        const bool benchShown = b && !b->hidden();
        FigureSection s;
        s.id = q.id;
        s.heading = heading(q, false, language);
        s.question = q.text.text(language);
        s.hidden = q.hidden();
        s.answered = q.answered.count;
        s.benchmarkMissing = !benchShown;
        if (q.type == QLatin1String("single") || q.type == QLatin1String("multi")) {
            s.kind = FigureSection::Kind::Bars;
            const QList<FigureShare> options
                = q.type == QLatin1String("multi") ? byCount(q.options) : q.options;
            for (const FigureShare &o : options) {
                const FigureShare *bo = benchShown ? b->option(o.id) : nullptr;
                s.bars.append({ o.id, o.label.text(language), o.count, o.percent,
                    bo ? std::optional<double>(bo->percent) : std::nullopt, std::nullopt });
            }
            out.append(s);
            if (!q.themes.isEmpty() || (q.hidden() && q.id == QLatin1String("reasons"))) {
                FigureSection t = s;
                t.id = q.id + QStringLiteral(".themes");
                t.heading = heading(q, true, language);
                t.bars.clear();
                for (const FigureShare &th : byCount(q.themes)) {
                    const FigureShare *bt = benchShown ? b->theme(th.id) : nullptr;
                    t.bars.append({ th.id, th.label.text(language), th.count, th.percent,
                        bt ? std::optional<double>(bt->percent) : std::nullopt, std::nullopt });
                }
                out.append(t);
            }
        } else if (q.type == QLatin1String("likert")) {
            s.kind = FigureSection::Kind::Likert;
            for (const LikertFigures &item : q.items) {
                const LikertFigures *bi = benchShown ? b->item(item.id) : nullptr;
                s.bars.append(
                    { item.id, item.label.text(language), item.n, item.agreePercent().value_or(0),
                        bi ? bi->agreePercent() : std::nullopt, item.mean });
            }
            out.append(s);
        } else if (q.type == QLatin1String("scale") && (q.enps || q.id == QLatin1String("enps"))) {
            s.kind = FigureSection::Kind::Enps;
            s.enps = q.enps;
            s.benchmarkEnps = benchShown ? b->enps : std::nullopt;
            s.mean = q.mean;
            s.benchmarkMean = benchShown ? b->mean : std::nullopt;
            out.append(s);
        } else if (q.type == QLatin1String("scale") || q.type == QLatin1String("number")) {
            s.kind = FigureSection::Kind::Mean;
            s.mean = q.mean;
            s.benchmarkMean = benchShown ? b->mean : std::nullopt;
            out.append(s);
        } else if (q.type == QLatin1String("text") && !figures.isTotal()) {
            s.kind = FigureSection::Kind::Texts;
            s.texts = q.texts;
            s.benchmarkMissing = true; // a region's comments are not the employer's to read
            out.append(s);
        }
    }
    return out;
}

QList<FigureSection> ReportView::comments(const ReleaseFigures &release, const QString &language)
{
    QList<FigureSection> list;
    for (const FigureSection &s : sections(release, nullptr, language)) {
        if (s.kind == FigureSection::Kind::Texts)
            list.append(s);
    }
    return list;
}

QList<TrendFigure> ReportView::trendFigures(const ReleaseFigures &total, const QString &language)
{
    QList<TrendFigure> list { { QStringLiteral("respondents"), tr("Respondents") } };
    for (const FigureSection &s : sections(total, nullptr, language)) {
        if (s.hidden)
            continue;
        if (s.kind == FigureSection::Kind::Enps)
            list.append({ QStringLiteral("enps"), tr("eNPS score") });
        if (s.kind != FigureSection::Kind::Bars && s.kind != FigureSection::Kind::Likert)
            continue;
        for (const FigureBar &bar : s.bars)
            list.append(
                { s.id + QLatin1Char(':') + bar.id, s.heading + QStringLiteral(": ") + bar.label });
    }
    return list;
}

std::optional<double> ReportView::value(
    const ReleaseFigures &figures, const QString &key, const QString &language)
{
    Q_UNUSED(language)
    if (key == QLatin1String("respondents"))
        return figures.respondents;
    if (key == QLatin1String("enps")) {
        for (const QuestionFigures &q : figures.questions) {
            if (q.enps && !q.hidden())
                return q.enps->score;
        }
        return std::nullopt;
    }
    const auto [questionId, themes] = questionOfKey(key.section(QLatin1Char(':'), 0, 0));
    const QString barId = key.section(QLatin1Char(':'), 1);
    const QuestionFigures *q = figures.question(questionId);
    if (!q || q->hidden())
        return std::nullopt;
    if (themes) {
        const FigureShare *t = q->theme(barId);
        return t ? std::optional<double>(t->percent) : std::nullopt;
    }
    if (const FigureShare *o = q->option(barId))
        return o->percent;
    if (const LikertFigures *i = q->item(barId))
        return i->agreePercent();
    return std::nullopt;
}

QList<TrendPoint> ReportView::trend(
    const QList<ReleaseFigures> &releases, const QString &key, const QString &language)
{
    QList<TrendPoint> points;
    for (const ReleaseFigures &r : releases)
        points.append(
            { r.seq, monthsLabel(r.firstMonth, r.lastMonth, language), value(r, key, language) });
    return points;
}

ResponseRate ReportView::responseRate(const ReleaseFigures &release,
    const QList<InvitationCounts> &invitations, const QString &survey)
{
    ResponseRate rate;
    for (const InvitationCounts &m : invitations) {
        // Months are YYYY-MM, so their text order is their time order.
        if (m.survey == survey && m.month >= release.firstMonth && m.month <= release.lastMonth)
            rate.issued += m.issued;
    }
    if (rate.issued > 0)
        rate.percent = 100.0 * release.respondents / rate.issued;
    return rate;
}

QStringList ReportView::topActionThemes(const ReleaseFigures &total, const QString &kind, int count)
{
    QStringList themes;
    const auto add = [&](const QStringList &list) {
        for (const QString &t : list) {
            if (!themes.contains(t))
                themes.append(t);
        }
    };
    if (kind == QLatin1String("exit")) {
        const QuestionFigures *q = total.question(QStringLiteral("reasons"));
        if (!q || q->hidden())
            return {};
        const QList<FigureShare> top = byCount(q->themes).mid(0, count);
        for (const FigureShare &t : top)
            add(actionThemesOfExitThemes().value(t.id));
    } else {
        const QuestionFigures *q = total.question(QStringLiteral("stay_drivers"));
        if (!q || q->hidden())
            return {};
        for (const FigureShare &o : byCount(q->options).mid(0, count))
            add({ o.id });
    }
    return themes;
}

QStringList ReportView::topThemeLabels(
    const ReleaseFigures &total, const QString &kind, const QString &language, int count)
{
    const bool exit = kind == QLatin1String("exit");
    const QuestionFigures *q
        = total.question(exit ? QStringLiteral("reasons") : QStringLiteral("stay_drivers"));
    if (!q || q->hidden())
        return {};
    QStringList labels;
    for (const FigureShare &s : byCount(exit ? q->themes : q->options).mid(0, count))
        labels.append(s.label.text(language));
    return labels;
}

QString ReportView::monthsLabel(const QString &first, const QString &last, const QString &language)
{
    const QLocale locale = localeOf(language);
    const auto month = [&](const QString &m) {
        const QDate d = QDate::fromString(m + QStringLiteral("-01"), Qt::ISODate);
        return d.isValid() ? locale.toString(d, QStringLiteral("MMM yyyy")) : m;
    };
    if (first == last)
        return month(first);
    return month(first) + QStringLiteral(" – ") + month(last);
}

QDate ReportView::nextReleaseDay(const QDate &today)
{
    return QDate(today.year(), today.month(), 1).addMonths(1);
}

QString ReportView::hiddenText(int k)
{
    return tr("Fewer than %1 people: hidden to protect them.").arg(k);
}

QString ReportView::nextReleaseText(const QDate &today, int k, const QString &language)
{
    return tr("The next release can come on %1 at the earliest, once at least %2 more people "
              "have answered.")
        .arg(localeOf(language).toString(nextReleaseDay(today), QStringLiteral("d MMMM yyyy")))
        .arg(k);
}

QString ReportView::noiseNote(int k)
{
    return tr("Every number here carries a little deliberate noise: a few people more or less. "
              "That way no one can work out what one person answered, even if you know who "
              "took part and when. Figures are published in releases of at least %1 people, once a "
              "month at most, and do not change afterwards.")
        .arg(k);
}

QString ReportView::percentText(double percent, const QString &language)
{
    Q_UNUSED(language)
    // Noisy counts can put a share just over 100% (or a count under the group's size); a share
    // is shown within 0-100%, which the noise note explains.
    return QString::number(qRound(std::clamp(percent, 0.0, 100.0))) + QLatin1Char('%');
}

} // namespace zs
