#include "reportcontroller.h"

#include "appcontroller.h"
#include "guarded.h"
#include "referencedata.h"
#include "reportexport.h"
#include "reportpdf.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>
#include <cmath>

namespace zs {

namespace {

const QByteArrayList kReleaseRoles { "seq", "months", "respondents", "rateText", "issued" };
const QByteArrayList kViewRoles { "seq", "label" };
const QByteArrayList kSectionRoles { "sectionId", "kind", "heading", "question", "hidden",
    "answered", "bars", "benchmarkMissing", "hasEnps", "enpsScore", "promoters", "passives",
    "detractors", "benchmarkText", "meanText", "accessibleText" };
const QByteArrayList kBarRoles { "barId", "label", "count", "percent", "percentText",
    "hasBenchmark", "benchmark", "benchmarkText", "meanText", "accessibleText" };
const QByteArrayList kTrendFigureRoles { "key", "label" };
const QByteArrayList kTrendRoles { "seq", "label", "value", "shown", "valueText" };
const QByteArrayList kCommentRoles { "key", "heading", "text", "hidden", "first" };
const QByteArrayList kActionRoles { "actionId", "title", "statusLabel", "themes", "matched" };

QLocale localeOf(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QString themeLabel(const QString &id, const QString &language)
{
    const ReferenceItem *item = ReferenceData::find(ReferenceData::instance().retentionThemes, id);
    return item ? item->label.text(language) : id;
}

} // namespace

ReportController::ReportController(QObject *parent)
    : QObject(parent)
    , m_releases(kReleaseRoles)
    , m_views(kViewRoles)
    , m_sections(kSectionRoles)
    , m_trendFigures(kTrendFigureRoles)
    , m_trend(kTrendRoles)
    , m_commentReleases(kViewRoles)
    , m_comments(kCommentRoles)
    , m_actions(kActionRoles)
{ }

ReportController::~ReportController() = default;

void ReportController::setSession(SessionManager *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &SessionManager::changed, this, [this] {
            if (!m_session->signedIn()) {
                m_report.reset();
                setState(QStringLiteral("idle"));
                rebuild();
            }
        });
    Q_EMIT sessionChanged();
    reload();
}

void ReportController::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    reload();
}

void ReportController::setScope(const QString &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    Q_EMIT kindChanged();
    reload();
}

void ReportController::setRoundPath(const QString &path)
{
    if (path == m_roundPath)
        return;
    m_roundPath = path;
    Q_EMIT kindChanged();
    reload();
}

void ReportController::setLanguage(const QString &language)
{
    const QString lang
        = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    if (lang == m_language)
        return;
    m_language = lang;
    Q_EMIT languageChanged();
    rebuild();
}

void ReportController::setToday(const QDate &today)
{
    m_today = today;
    Q_EMIT reportChanged();
}

void ReportController::setState(const QString &state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged();
}

const ReportScope *ReportController::own() const
{
    return m_report ? m_report->scope(m_scope) : nullptr;
}

const ReportScope *ReportController::region() const
{
    return m_report && hasBenchmark() ? m_report->scope(QStringLiteral("region")) : nullptr;
}

QString ReportController::refusalText(const CollectorReply &reply) const
{
    if (reply.status == 0)
        return tr("No connection to the collector. Check your connection and try again.");
    if (reply.status == 401 || reply.status == 403)
        return tr("The collector no longer accepts your sign-in. Sign in again.");
    if (reply.status == 503)
        return tr("The collector cannot read its store right now. Try again in a few minutes.");
    return tr("The collector could not give the report (error %1). Try again later.")
        .arg(reply.status);
}

void ReportController::reload()
{
    const int generation = ++m_generation;
    if (!hasBenchmark()) {
        reloadCoordinator(generation);
        return;
    }
    if (!m_session || !m_session->signedIn() || !m_session->info().isEmployer()) {
        m_report.reset();
        setState(QStringLiteral("idle"));
        rebuild();
        return;
    }
    setState(QStringLiteral("loading"));
    SessionManager *session = m_session;
    const ReportSender send
        = [session](const QByteArray &method, const QString &path, const QJsonObject &body,
              const QByteArray &accept, const std::function<void(const CollectorReply &)> &done) {
              session->send(method, path, body, accept, done);
          };
    fetchReport(send, m_kind, m_session->employer(),
        guarded(this, [this, generation](const ReportFetch &fetch) {
            if (generation != m_generation)
                return;
            if (!fetch.ok()) {
                m_report.reset();
                rebuild();
                setState(QStringLiteral("error"), refusalText(fetch.failure));
                return;
            }
            m_report = fetch.report;
            m_invitations = fetch.invitations;
            const ReportScope *mine = own();
            m_view = 0;
            m_commentRelease = mine && !mine->releases.isEmpty() ? mine->releases.last().seq : 0;
            rebuild();
            setState(mine && mine->total ? QStringLiteral("ready") : QStringLiteral("empty"));
            loadActions();
        }));
}

void ReportController::reloadCoordinator(int generation)
{
    const bool round = m_scope == QLatin1String("round");
    if (!m_session || !m_session->coordinator() || (round && m_roundPath.isEmpty())) {
        m_report.reset();
        setState(QStringLiteral("idle"));
        rebuild();
        return;
    }
    setState(QStringLiteral("loading"));
    const QString path = round
        ? m_roundPath
        : QStringLiteral("/v1/reports/%1?region=%2")
              .arg(m_kind, QString::fromUtf8(QUrl::toPercentEncoding(m_session->region())));
    m_session->send("GET", path, {}, "application/json",
        guarded(this, [this, generation](const CollectorReply &reply) {
            if (generation != m_generation)
                return;
            ProtocolError error;
            auto report
                = reply.status == 200 ? Report::fromJson(reply.json(), &error) : std::nullopt;
            if (!report) {
                m_report.reset();
                m_invitations.clear();
                rebuild();
                CollectorReply failure = reply;
                if (reply.status == 200)
                    failure.status = 502; // a collector's answer we cannot read
                setState(QStringLiteral("error"), refusalText(failure));
                return;
            }
            m_report = std::move(report);
            m_invitations.clear();
            m_actionsJson = {};
            const ReportScope *mine = own();
            m_view = 0;
            m_commentRelease = mine && !mine->releases.isEmpty() ? mine->releases.last().seq : 0;
            rebuild();
            setState(mine && mine->total ? QStringLiteral("ready") : QStringLiteral("empty"));
        }));
}

void ReportController::loadActions()
{
    if (!m_session || !m_report || !hasBenchmark())
        return;
    const int generation = m_generation;
    m_session->send("GET", QStringLiteral("/v1/regions/%1/actions").arg(m_report->region), {},
        "application/json", guarded(this, [this, generation](const CollectorReply &reply) {
            if (generation != m_generation)
                return;
            m_actionsJson = reply.status == 200
                ? reply.json().value(QLatin1String("actions")).toArray()
                : QJsonArray();
            rebuildActions();
        }));
}

QString ReportController::title() const
{
    return ReportPdf::kindTitle(m_kind);
}

QString ReportController::surveyTitle() const
{
    return m_report ? m_report->title.text(m_language) : QString();
}

QString ReportController::regionName() const
{
    if (!m_report)
        return {};
    const ReferenceItem *item
        = ReferenceData::find(ReferenceData::instance().regions, m_report->region);
    return item ? item->label.text(m_language) : m_report->region;
}

QString ReportController::summary() const
{
    const ReportScope *mine = own();
    if (!mine || !mine->total)
        return {};
    return tr("%n release(s), %1, %2 respondents in all", "", int(mine->releases.size()))
        .arg(ReportView::monthsLabel(mine->total->firstMonth, mine->total->lastMonth, m_language))
        .arg(mine->total->respondents);
}

QString ReportController::nextReleaseText() const
{
    return ReportView::nextReleaseText(today(), k(), m_language);
}

QString ReportController::emptyText() const
{
    if (!hasBenchmark())
        return tr("Figures appear once at least %1 people have answered, at the start of a "
                  "month; until then nothing is shown, not even how many have answered.")
            .arg(k());
    int issued = 0;
    int redeemed = 0;
    for (const InvitationCounts &m : m_invitations) {
        if (m.survey == m_kind) {
            issued += m.issued;
            redeemed += m.redeemed;
        }
    }
    QString text = tr("Figures appear once at least %1 invited people have answered, at the "
                      "start of a month; until then nothing is shown, not even how many have "
                      "answered.")
                       .arg(k());
    if (issued > 0)
        text += QLatin1Char(' ')
            + tr("You have issued %1 invitations for this survey; %2 have been used.")
                  .arg(issued)
                  .arg(redeemed);
    else
        text += QLatin1Char(' ') + tr("Make invitations on the Invitations tab to start.");
    return text;
}

QString ReportController::benchmarkNote() const
{
    if (!hasBenchmark())
        return {};
    const ReportScope *r = region();
    if (!r || !r->total)
        return tr("The region has no release of its own yet, so there is nothing to compare with.");
    return tr("Beside each figure: the region (%1), from %2 verified respondents of all "
              "organisations there.")
        .arg(regionName())
        .arg(r->total->respondents);
}

void ReportController::setView(int seq)
{
    if (seq == m_view)
        return;
    m_view = seq;
    rebuildSections();
    Q_EMIT viewChanged();
}

void ReportController::setTrendFigure(const QString &key)
{
    if (key == m_trendFigure)
        return;
    m_trendFigure = key;
    rebuildTrend();
}

bool ReportController::trendIsPercent() const
{
    return m_trendFigure != QLatin1String("respondents") && m_trendFigure != QLatin1String("enps");
}

void ReportController::setCommentRelease(int seq)
{
    if (seq == m_commentRelease)
        return;
    m_commentRelease = seq;
    rebuildComments();
}

void ReportController::rebuild()
{
    const ReportScope *mine = own();
    QList<QVariantList> releases;
    QList<QVariantList> views { { 0, tr("All releases together") } };
    QList<QVariantList> commentReleases;
    if (mine) {
        for (const ReleaseFigures &r : mine->releases) {
            const QString months = ReportView::monthsLabel(r.firstMonth, r.lastMonth, m_language);
            const ResponseRate rate = ReportView::responseRate(r, m_invitations, m_kind);
            const QString rateText = !hasBenchmark() ? QString()
                : rate.percent                       ? tr("about %1 of %2 invited (approximate)")
                                     .arg(ReportView::percentText(*rate.percent, m_language))
                                     .arg(rate.issued)
                               : tr("no invitations issued in these months");
            releases.append({ r.seq, months, r.respondents, rateText, rate.issued });
            const QString label = tr("Release %1 · %2").arg(r.seq).arg(months);
            views.append({ r.seq, label });
            commentReleases.append({ r.seq, label });
        }
    }
    m_releases.setRows(releases);
    m_views.setRows(views);
    m_commentReleases.setRows(commentReleases);
    QList<QVariantList> figures;
    if (mine && mine->total) {
        for (const TrendFigure &f : ReportView::trendFigures(*mine->total, m_language))
            figures.append({ f.key, f.label });
    }
    m_trendFigures.setRows(figures);
    rebuildSections();
    rebuildTrend();
    rebuildComments();
    rebuildActions();
    Q_EMIT reportChanged();
}

void ReportController::rebuildSections()
{
    const ReportScope *mine = own();
    const ReportScope *reg = region();
    const ReleaseFigures *figures = nullptr;
    if (mine)
        figures = m_view == 0 ? (mine->total ? &*mine->total : nullptr) : mine->release(m_view);
    const ReleaseFigures *benchmark = reg && reg->total ? &*reg->total : nullptr;
    const QLocale locale = localeOf(m_language);
    const QList<RowModel *> old = std::exchange(m_barModels, {});
    QList<QVariantList> rows;
    if (figures) {
        for (const FigureSection &s : ReportView::sections(*figures, benchmark, m_language)) {
            if (s.kind == FigureSection::Kind::Texts)
                continue; // comments have their own list
            auto *bars = new RowModel(kBarRoles, this);
            QList<QVariantList> barRows;
            for (const FigureBar &b : s.bars) {
                const QString percent = ReportView::percentText(b.percent, m_language);
                const QString bench
                    = b.benchmark ? ReportView::percentText(*b.benchmark, m_language) : QString();
                const QString mean = b.mean
                    ? tr("average %1 of 5").arg(locale.toString(*b.mean, 'f', 1))
                    : QString();
                QString spoken = b.label + QStringLiteral(": ") + percent;
                if (!mean.isEmpty())
                    spoken += QStringLiteral(", ") + mean;
                if (b.benchmark)
                    spoken += QStringLiteral(", ") + tr("region %1").arg(bench);
                barRows.append({ b.id, b.label, b.count, std::clamp(b.percent, 0.0, 100.0), percent,
                    b.benchmark.has_value(), std::clamp(b.benchmark.value_or(0), 0.0, 100.0),
                    b.benchmark ? tr("region %1").arg(bench) : QString(), mean, spoken });
            }
            bars->setRows(barRows);
            m_barModels.append(bars);
            QString benchmarkText;
            if (s.kind == FigureSection::Kind::Enps && s.benchmarkEnps)
                benchmarkText = tr("Region: eNPS %1").arg(s.benchmarkEnps->score);
            else if (s.kind == FigureSection::Kind::Mean && s.benchmarkMean)
                benchmarkText = tr("Region: %1").arg(locale.toString(*s.benchmarkMean, 'f', 1));
            else if (s.benchmarkMissing && hasBenchmark())
                benchmarkText = tr("Region: no figure to compare with");
            const QString meanText = s.mean ? locale.toString(*s.mean, 'f', 1) : QString();
            QString spoken = s.heading + QStringLiteral(". ");
            if (s.hidden)
                spoken += ReportView::hiddenText(k());
            else if (s.enps)
                spoken += tr("eNPS %1: %2 promoters, %3 passives, %4 detractors")
                              .arg(s.enps->score)
                              .arg(s.enps->promoters)
                              .arg(s.enps->passives)
                              .arg(s.enps->detractors);
            else
                spoken += tr("%1 answered").arg(s.answered);
            rows.append({ s.id, s.kindName(), s.heading, s.question, s.hidden, s.answered,
                QVariant::fromValue<QObject *>(bars), s.benchmarkMissing && hasBenchmark(),
                s.enps.has_value(), s.enps ? s.enps->score : 0, s.enps ? s.enps->promoters : 0,
                s.enps ? s.enps->passives : 0, s.enps ? s.enps->detractors : 0, benchmarkText,
                meanText, spoken });
        }
    }
    m_sections.setRows(rows);
    for (RowModel *m : old)
        m->deleteLater();
}

void ReportController::rebuildTrend()
{
    const ReportScope *mine = own();
    const ReportScope *reg = region();
    const QLocale locale = localeOf(m_language);
    QList<QVariantList> rows;
    m_trendMin = 0;
    m_trendMax = trendIsPercent() ? 100 : 1;
    m_trendBenchmark.reset();
    if (mine) {
        for (const TrendPoint &p : ReportView::trend(mine->releases, m_trendFigure, m_language)) {
            // A noisy share can come out just over 100%: shown within 0-100%, as the bars are.
            const double v = trendIsPercent() ? std::clamp(p.value.value_or(0), 0.0, 100.0)
                                              : p.value.value_or(0);
            rows.append({ p.seq, p.label, v, p.value.has_value(),
                p.value ? (trendIsPercent() ? ReportView::percentText(v, m_language)
                                            : locale.toString(v, 'f', 0))
                        : ReportView::hiddenText(k()) });
            if (p.value) {
                m_trendMin = std::min(m_trendMin, v);
                m_trendMax = std::max(m_trendMax, v);
            }
        }
    }
    if (reg && reg->total && m_trendFigure != QLatin1String("respondents"))
        m_trendBenchmark = ReportView::value(*reg->total, m_trendFigure, m_language);
    if (m_trendBenchmark && trendIsPercent())
        m_trendBenchmark = std::clamp(*m_trendBenchmark, 0.0, 100.0);
    if (m_trendBenchmark) {
        m_trendMin = std::min(m_trendMin, *m_trendBenchmark);
        m_trendMax = std::max(m_trendMax, *m_trendBenchmark);
    }
    if (m_trendFigure == QLatin1String("enps")) {
        m_trendMin = -100;
        m_trendMax = 100;
    } else if (!trendIsPercent()) {
        m_trendMax = std::ceil(m_trendMax * 1.15);
    }
    m_trend.setRows(rows);
    Q_EMIT trendChanged();
}

void ReportController::rebuildComments()
{
    const ReportScope *mine = own();
    const ReleaseFigures *release = mine ? mine->release(m_commentRelease) : nullptr;
    QList<QVariantList> rows;
    if (release) {
        for (const FigureSection &s : ReportView::comments(*release, m_language)) {
            if (s.hidden) {
                rows.append({ s.id + QStringLiteral(":hidden"), s.heading,
                    ReportView::hiddenText(k()), true, true });
                continue;
            }
            for (qsizetype i = 0; i < s.texts.size(); ++i)
                rows.append({ s.id + QLatin1Char(':') + QString::number(i), s.heading,
                    s.texts.at(i), false, i == 0 });
        }
    }
    m_comments.setRows(rows);
    Q_EMIT commentsChanged();
}

void ReportController::rebuildActions()
{
    const ReportScope *mine = own();
    QStringList top;
    QStringList topLabels;
    if (mine && mine->total) {
        top = ReportView::topActionThemes(*mine->total, m_kind);
        topLabels = ReportView::topThemeLabels(*mine->total, m_kind, m_language);
    }
    m_topThemesText = topLabels.join(QStringLiteral(", "));
    QList<std::pair<int, QVariantList>> matches;
    for (const QJsonValue &v : std::as_const(m_actionsJson)) {
        const QJsonObject a = v.toObject();
        QStringList matched;
        QStringList all;
        for (const QJsonValue &t : a.value(QLatin1String("themes")).toArray()) {
            all.append(themeLabel(t.toString(), m_language));
            if (top.contains(t.toString()))
                matched.append(themeLabel(t.toString(), m_language));
        }
        if (matched.isEmpty())
            continue;
        LocalizedText title;
        LocalizedText::fromJson(a.value(QLatin1String("title")), &title);
        matches.append({ int(matched.size()),
            { a.value(QLatin1String("id")).toString(), title.text(m_language),
                AppController::actionStatusLabel(a.value(QLatin1String("status")).toString()),
                all.join(QStringLiteral(", ")), matched.join(QStringLiteral(", ")) } });
    }
    std::stable_sort(matches.begin(), matches.end(),
        [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<QVariantList> rows;
    for (const auto &m : matches)
        rows.append(m.second);
    m_actions.setRows(rows);
    if (top.isEmpty())
        m_actionsNote = tr("Once there is a release, the regional actions that address your top "
                           "themes appear here.");
    else if (rows.isEmpty())
        m_actionsNote = tr("No regional action addresses these themes yet. Your region's "
                           "coordinator can take them up.");
    else
        m_actionsNote.clear();
    Q_EMIT actionsChanged();
}

QUrl ReportController::exportFolder() const
{
    if (!m_exportFolder.isEmpty())
        return m_exportFolder;
    return AppController::documentsFolder();
}

void ReportController::setExportFolder(const QUrl &folder)
{
    m_exportFolder = folder;
    Q_EMIT exportChanged();
}

QUrl ReportController::suggestedFile(const QString &extension) const
{
    const QString who = m_session && !m_session->employer().isEmpty() ? m_session->employer()
                                                                      : QStringLiteral("zorgstem");
    const QString name
        = QStringLiteral("%1-%2-%3.%4").arg(who, m_kind, today().toString(Qt::ISODate), extension);
    return QUrl::fromLocalFile(QDir(exportFolder().toLocalFile()).filePath(name));
}

void ReportController::exportTo(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const auto finish = [this](bool ok, const QString &message) {
        m_exporting = false;
        m_exportOk = ok;
        m_exportMessage = message;
        Q_EMIT exportChanged();
        Q_EMIT exported();
    };
    if (!m_session || !m_session->signedIn()) {
        finish(false, tr("Sign in first."));
        return;
    }
    if (!ReportExport::formatOf(path)) {
        finish(false, tr("Choose a file name ending in .pdf or .csv."));
        return;
    }
    m_exporting = true;
    m_exportMessage.clear();
    Q_EMIT exportChanged();
    SessionManager *session = m_session;
    const ReportSender send
        = [session](const QByteArray &method, const QString &p, const QJsonObject &body,
              const QByteArray &accept, const std::function<void(const CollectorReply &)> &done) {
              session->send(method, p, body, accept, done);
          };
    ReportExport::run(send, { m_kind, m_session->employer(), path, m_language, today() },
        guarded(this, [this, path, finish](const ReportExport::Result &r) {
            switch (r.failure) {
            case ReportExport::Failure::None:
                m_exportFolder = QUrl::fromLocalFile(QFileInfo(path).absolutePath());
                finish(true, tr("Saved as %1.").arg(path));
                break;
            case ReportExport::Failure::Write:
                finish(false, tr("Could not save %1. Choose another folder or name.").arg(path));
                break;
            case ReportExport::Failure::Refused:
            case ReportExport::Failure::Unreachable:
            case ReportExport::Failure::Collector: {
                CollectorReply reply;
                reply.status = r.failure == ReportExport::Failure::Unreachable ? 0 : r.status;
                finish(false, refusalText(reply));
                break;
            }
            }
        }));
}

} // namespace zs
