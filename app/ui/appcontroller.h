#pragma once

#include "appcontext.h"
#include "profile.h"
#include "rowmodel.h"
#include "theme.h"

#include <QLocale>
#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QUrl>

namespace zs {

/// The app's settings and shared lists for QML (singleton `App`, see qmlsingletons.h):
/// language and translator, collector address, the profile and its reference lists, the
/// surveys on the home page, the sync state, one-time notices and erasing everything on the
/// device. The object graph itself lives in AppContext.
class AppController : public QObject
{
    Q_OBJECT

    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(
        QString collectorUrl READ collectorUrl WRITE setCollectorUrl NOTIFY collectorUrlChanged)
    Q_PROPERTY(QString storageError READ storageError CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    /// Where a save dialog starts: the user's Documents folder.
    Q_PROPERTY(QUrl documentsFolder READ documentsFolder CONSTANT)
    Q_PROPERTY(bool profileComplete READ profileComplete NOTIFY profileChanged)
    Q_PROPERTY(zs::Profile profile READ profile NOTIFY profileChanged)
    Q_PROPERTY(zs::RowModel *regions READ regions CONSTANT)
    Q_PROPERTY(zs::RowModel *branches READ branches CONSTANT)
    Q_PROPERTY(zs::RowModel *occupations READ occupations CONSTANT)
    Q_PROPERTY(zs::RowModel *ageBands READ ageBands CONSTANT)
    Q_PROPERTY(zs::RowModel *tenureBands READ tenureBands CONSTANT)
    Q_PROPERTY(zs::RowModel *retentionThemes READ retentionThemes CONSTANT)
    Q_PROPERTY(zs::RowModel *actionLines READ actionLines CONSTANT)
    Q_PROPERTY(zs::RowModel *actionStatuses READ actionStatuses CONSTANT)
    Q_PROPERTY(bool employerNotice READ employerNotice NOTIFY noticesChanged)
    Q_PROPERTY(QString pendingInvitation READ pendingInvitation NOTIFY invitationRequested)
    Q_PROPERTY(zs::RowModel *surveys READ surveys CONSTANT)
    Q_PROPERTY(zs::RowModel *rejected READ rejected CONSTANT)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY syncChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY syncChanged)
    Q_PROPERTY(int sentCount READ sentCount NOTIFY syncChanged)
    Q_PROPERTY(QString syncState READ syncState NOTIFY syncChanged)
    Q_PROPERTY(QString syncMessage READ syncMessage NOTIFY syncChanged)
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY syncChanged)
    /// Panels this device is (or may be) a member of: erasing everything leaves them first.
    Q_PROPERTY(int panelMemberships READ panelMemberships NOTIFY eraseChanged)
    /// After deleting everything: panel leaves still waiting to reach the collector (0: done).
    Q_PROPERTY(int eraseWaiting READ eraseWaiting NOTIFY eraseChanged)

public:
    explicit AppController(AppContext &context, QObject *parent = nullptr);
    ~AppController() override;

    AppContext &context() { return m_context; }

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString collectorUrl() const { return m_context.collectorUrl().toString(); }
    void setCollectorUrl(const QString &url);
    QString storageError() const { return m_context.storageError(); }
    /// The app's version (the project's), for the settings page.
    static QString version();
    static QUrl documentsFolder();
    Theme *theme() { return &m_theme; }
    /// A month ("2026-12") in the current language: "december 2026"; other text unchanged.
    Q_INVOKABLE QString monthText(const QString &period) const;
    /// A day ("2026-11-22") in the current language: "22 november 2026"; other text unchanged.
    Q_INVOKABLE QString dayText(const QString &isoDate) const;
    QLocale locale() const;

    bool profileComplete() const { return m_profile.isComplete(); }
    Profile profile() const { return m_profile; }
    RowModel *regions() { return &m_regions; }
    RowModel *branches() { return &m_branches; }
    RowModel *occupations() { return &m_occupations; }
    RowModel *ageBands() { return &m_ageBands; }
    RowModel *tenureBands() { return &m_tenureBands; }
    RowModel *retentionThemes() { return &m_retentionThemes; }
    RowModel *actionLines() { return &m_actionLines; }
    RowModel *actionStatuses() { return &m_actionStatuses; }
    /// True once after the update that took the employer out of the profile.
    bool employerNotice() const { return m_employerNotice; }
    /// An invitation link handed to the app (command line, a second start) not yet shown.
    QString pendingInvitation() const { return m_pendingInvitation; }
    RowModel *surveys() { return &m_surveys; }
    RowModel *rejected() { return &m_rejected; }
    int pendingCount() const { return m_pendingCount; }
    int rejectedCount() const { return m_rejectedCount; }
    int sentCount() const { return m_sentCount; }
    QString syncState() const;
    QString syncMessage() const;
    QString lastSync() const;
    int panelMemberships();
    int eraseWaiting();

    /// Saves the profile; returns "" or a message naming what is missing.
    Q_INVOKABLE QString saveProfile(const QVariantMap &profile);
    /// What saveProfile would refuse, without saving: "" or a message naming what is missing.
    Q_INVOKABLE QString profileError(const QVariantMap &profile) const;
    /// The person read the notice that the employer left the profile: it is not shown again.
    Q_INVOKABLE void dismissEmployerNotice();
    /// Hands a zorgstem://invite link to the views (the one handler for every way one arrives).
    Q_INVOKABLE void openInvitation(const QString &link);
    /// The pending invitation link, cleared: the page that shows it calls this once.
    Q_INVOKABLE QString takePendingInvitation();
    /// Uploads waiting answers now.
    Q_INVOKABLE void syncNow();
    /// Removes a submission the collector refused for good.
    Q_INVOKABLE void discardRejected(const QString &submissionId);
    /// Erases everything on this device: profile, drafts, queue, receipts, settings. It first
    /// queues leaving every panel (DESIGN §5 rule 7); until those leaves reached the collector
    /// only they and their memberships' secrets stay (eraseWaiting), then they go too.
    Q_INVOKABLE bool deleteAllData();
    /// The label of a status of a regional action, in the current language.
    static QString actionStatusLabel(const QString &status);

    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    /// Adds a survey fetched from the collector (a panel round); ignored if already known.
    void addSurvey(const SurveyDefinition &definition);
    /// Called by a runner when a survey was finished and queued.
    void surveyQueued();

Q_SIGNALS:
    void languageChanged();
    void collectorUrlChanged();
    void profileChanged();
    void noticesChanged();
    /// An invitation link arrived: the window opens the invitation page.
    void invitationRequested();
    void syncChanged();
    /// Drafts, the queue or the catalog changed: the survey list was rebuilt.
    void surveysChanged();
    /// Everything on the device was erased.
    void dataErased();
    void eraseChanged();

private:
    void applyTranslator();
    void relabel();
    void refreshSurveys();
    void refreshSync();
    static QString refusalText(const OutboxItem &item);
    void finishErase();
    static Profile profileFrom(const QVariantMap &map);

    AppContext &m_context;
    QString m_language = QStringLiteral("nl");
    Profile m_profile;
    RowModel m_regions;
    RowModel m_branches;
    RowModel m_occupations;
    RowModel m_ageBands;
    RowModel m_tenureBands;
    RowModel m_retentionThemes;
    RowModel m_actionLines;
    RowModel m_actionStatuses;
    bool m_employerNotice = false;
    QString m_pendingInvitation;
    RowModel m_surveys;
    RowModel m_rejected;
    int m_pendingCount = 0;
    int m_rejectedCount = 0;
    int m_sentCount = 0;
    QTranslator m_translator;
    // Qt's own texts (dialog buttons, file dialogs) from the qt6-translations-l10n package.
    QTranslator m_qtTranslator;
    Theme m_theme;
    QQmlEngine *m_engine = nullptr;
};

} // namespace zs
