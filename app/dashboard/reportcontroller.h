#pragma once

#include "report.h"
#include "reportview.h"
#include "rowmodel.h"
#include "sessionmanager.h"

#include <QDate>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

namespace zs {

/// Drives one report page of the Organisation dashboard (issue 10): an employer's exit or stay
/// report from its releases, beside the region's benchmark. It fetches the report and the
/// invitation counts through the session, and feeds the page's models: the releases with
/// respondents and an approximate response rate, the sections of figures (each with a model of
/// its bars), a trend of a chosen figure over the releases, the comments of a chosen release,
/// and the regional actions that address the top themes. Export goes through ReportExport,
/// the same code as `zorgstem report`.
///
/// The coordinator's pages use it too (scope): a region's "verified" or "open" responses
/// (GET /v1/reports/{kind}?region=R) or a panel round's releases ("round", roundPath). Those
/// have no benchmark, no invitations and no export; the figures are drawn the same way.
class ReportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(
        zs::SessionManager *session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY kindChanged)
    Q_PROPERTY(QString roundPath READ roundPath WRITE setRoundPath NOTIFY kindChanged)
    Q_PROPERTY(bool hasBenchmark READ hasBenchmark NOTIFY kindChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QDate today READ today WRITE setToday NOTIFY reportChanged)
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(QString title READ title NOTIFY reportChanged)
    Q_PROPERTY(QString surveyTitle READ surveyTitle NOTIFY reportChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY reportChanged)
    Q_PROPERTY(QString regionName READ regionName NOTIFY reportChanged)
    Q_PROPERTY(int k READ k NOTIFY reportChanged)
    Q_PROPERTY(QString noiseNote READ noiseNote NOTIFY reportChanged)
    Q_PROPERTY(QString hiddenText READ hiddenText NOTIFY reportChanged)
    Q_PROPERTY(QString nextReleaseText READ nextReleaseText NOTIFY reportChanged)
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY reportChanged)
    Q_PROPERTY(QString benchmarkNote READ benchmarkNote NOTIFY reportChanged)
    Q_PROPERTY(zs::RowModel *releases READ releases CONSTANT)
    Q_PROPERTY(zs::RowModel *views READ views CONSTANT)
    Q_PROPERTY(int view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(zs::RowModel *sections READ sections CONSTANT)
    Q_PROPERTY(zs::RowModel *trendFigures READ trendFigures CONSTANT)
    Q_PROPERTY(QString trendFigure READ trendFigure WRITE setTrendFigure NOTIFY trendChanged)
    Q_PROPERTY(zs::RowModel *trend READ trend CONSTANT)
    Q_PROPERTY(double trendMin READ trendMin NOTIFY trendChanged)
    Q_PROPERTY(double trendMax READ trendMax NOTIFY trendChanged)
    Q_PROPERTY(bool trendHasBenchmark READ trendHasBenchmark NOTIFY trendChanged)
    Q_PROPERTY(double trendBenchmark READ trendBenchmark NOTIFY trendChanged)
    Q_PROPERTY(bool trendIsPercent READ trendIsPercent NOTIFY trendChanged)
    Q_PROPERTY(zs::RowModel *commentReleases READ commentReleases CONSTANT)
    Q_PROPERTY(
        int commentRelease READ commentRelease WRITE setCommentRelease NOTIFY commentsChanged)
    Q_PROPERTY(zs::RowModel *comments READ comments CONSTANT)
    Q_PROPERTY(QString topThemesText READ topThemesText NOTIFY actionsChanged)
    Q_PROPERTY(zs::RowModel *actions READ actions CONSTANT)
    Q_PROPERTY(QString actionsNote READ actionsNote NOTIFY actionsChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportChanged)
    Q_PROPERTY(bool exportOk READ exportOk NOTIFY exportChanged)
    Q_PROPERTY(QUrl exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportChanged)

public:
    explicit ReportController(QObject *parent = nullptr);
    ~ReportController() override;

    SessionManager *session() const { return m_session; }
    void setSession(SessionManager *session);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    /// The scope the page shows: "employer" (beside "region"), "verified", "open" or "round".
    QString scope() const { return m_scope; }
    void setScope(const QString &scope);
    /// The round's report (scope "round"): /v1/panels/{p}/rounds/{id}/report.
    QString roundPath() const { return m_roundPath; }
    void setRoundPath(const QString &path);
    /// An employer's page: figures beside the region's, invitations, export.
    bool hasBenchmark() const { return m_scope == QLatin1String("employer"); }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today);

    /// "idle" (not signed in), "loading", "ready", "empty" (no release yet), "error".
    QString state() const { return m_state; }
    QString message() const { return m_message; }
    QString title() const;
    QString surveyTitle() const;
    QString summary() const;
    QString regionName() const;
    int k() const { return m_report ? m_report->k : 10; }
    QString noiseNote() const { return ReportView::noiseNote(k()); }
    QString hiddenText() const { return ReportView::hiddenText(k()); }
    QString nextReleaseText() const;
    QString emptyText() const;
    QString benchmarkNote() const;
    RowModel *releases() { return &m_releases; }
    RowModel *views() { return &m_views; }
    int view() const { return m_view; }
    void setView(int seq);
    RowModel *sections() { return &m_sections; }
    RowModel *trendFigures() { return &m_trendFigures; }
    QString trendFigure() const { return m_trendFigure; }
    void setTrendFigure(const QString &key);
    RowModel *trend() { return &m_trend; }
    double trendMin() const { return m_trendMin; }
    double trendMax() const { return m_trendMax; }
    bool trendHasBenchmark() const { return m_trendBenchmark.has_value(); }
    double trendBenchmark() const { return m_trendBenchmark.value_or(0); }
    bool trendIsPercent() const;
    RowModel *commentReleases() { return &m_commentReleases; }
    int commentRelease() const { return m_commentRelease; }
    void setCommentRelease(int seq);
    RowModel *comments() { return &m_comments; }
    QString topThemesText() const { return m_topThemesText; }
    RowModel *actions() { return &m_actions; }
    QString actionsNote() const { return m_actionsNote; }
    bool exporting() const { return m_exporting; }
    QString exportMessage() const { return m_exportMessage; }
    bool exportOk() const { return m_exportOk; }
    /// Where the save dialog starts: the Documents folder, or where the last export went.
    QUrl exportFolder() const;
    void setExportFolder(const QUrl &folder);

    /// Fetches the report and the invitation counts again (and the region's actions).
    Q_INVOKABLE void reload();
    /// Writes the PDF or CSV (by the file's extension) to a file URL or path.
    Q_INVOKABLE void exportTo(const QUrl &file);
    /// The file the save dialog proposes: "zorg-utrecht-exit-2026-11-22.pdf" in exportFolder.
    Q_INVOKABLE QUrl suggestedFile(const QString &extension) const;
    /// The typed report, once loaded (tests).
    const std::optional<Report> &report() const { return m_report; }

Q_SIGNALS:
    void sessionChanged();
    void kindChanged();
    void languageChanged();
    void stateChanged();
    void reportChanged();
    void viewChanged();
    void trendChanged();
    void commentsChanged();
    void actionsChanged();
    void exportChanged();
    /// An export ended (ok or not): the page shows exportMessage.
    void exported();

private:
    void setState(const QString &state, const QString &message = {});
    void reloadCoordinator(int generation);
    void rebuild();
    void rebuildSections();
    void rebuildTrend();
    void rebuildComments();
    void rebuildActions();
    void loadActions();
    const ReportScope *own() const;
    const ReportScope *region() const;
    QString refusalText(const CollectorReply &reply) const;

    QPointer<SessionManager> m_session;
    QString m_kind = QStringLiteral("exit");
    QString m_scope = QStringLiteral("employer");
    QString m_roundPath;
    QString m_language = QStringLiteral("nl");
    QDate m_today;
    QString m_state = QStringLiteral("idle");
    QString m_message;
    std::optional<Report> m_report;
    QList<InvitationCounts> m_invitations;
    QJsonArray m_actionsJson;
    int m_generation = 0; ///< replies of an older reload are dropped
    RowModel m_releases;
    RowModel m_views;
    int m_view = 0;
    RowModel m_sections;
    QList<RowModel *> m_barModels; ///< children; the old ones go with deleteLater()
    RowModel m_trendFigures;
    QString m_trendFigure = QStringLiteral("respondents");
    RowModel m_trend;
    double m_trendMin = 0;
    double m_trendMax = 1;
    std::optional<double> m_trendBenchmark;
    RowModel m_commentReleases;
    int m_commentRelease = 0;
    RowModel m_comments;
    QString m_topThemesText;
    RowModel m_actions;
    QString m_actionsNote;
    bool m_exporting = false;
    QString m_exportMessage;
    bool m_exportOk = false;
    QUrl m_exportFolder;
};

} // namespace zs
