#pragma once

#include "anonymiser.h"
#include "collectorclient.h"
#include "database.h"
#include "draftstore.h"
#include "outbox.h"
#include "profilestore.h"
#include "referencedata.h"
#include "surveycatalog.h"
#include "syncclient.h"

#include <QDate>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>
#include <memory>

namespace zs {

/// The app's root object, one per process: owns storage, sync and settings, and exposes
/// them to QML as the singleton `App`. Built in main.cpp (or a test) before QML loads.
class AppController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON

    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(
        QString collectorUrl READ collectorUrl WRITE setCollectorUrl NOTIFY collectorUrlChanged)
    Q_PROPERTY(QString storageError READ storageError CONSTANT)
    Q_PROPERTY(bool profileComplete READ profileComplete NOTIFY profileChanged)
    Q_PROPERTY(QVariantMap profile READ profile NOTIFY profileChanged)
    Q_PROPERTY(QVariantList regions READ regions NOTIFY languageChanged)
    Q_PROPERTY(QVariantList branches READ branches NOTIFY languageChanged)
    Q_PROPERTY(QVariantList occupations READ occupations NOTIFY languageChanged)
    Q_PROPERTY(QVariantList ageBands READ ageBands NOTIFY languageChanged)
    Q_PROPERTY(QVariantList tenureBands READ tenureBands NOTIFY languageChanged)
    Q_PROPERTY(QVariantList employers READ employers NOTIFY employersChanged)
    Q_PROPERTY(QString employersStatus READ employersStatus NOTIFY employersChanged)
    Q_PROPERTY(QVariantList surveys READ surveys NOTIFY surveysChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY syncChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY syncChanged)
    Q_PROPERTY(QVariantList rejected READ rejected NOTIFY syncChanged)
    Q_PROPERTY(int sentCount READ sentCount NOTIFY syncChanged)
    Q_PROPERTY(QString syncState READ syncState NOTIFY syncChanged)
    Q_PROPERTY(QString syncMessage READ syncMessage NOTIFY syncChanged)
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY syncChanged)

public:
    /// Opens (creates) the database in dataDir; check storageError().
    AppController(const QString &dataDir, const QUrl &collector, QObject *parent = nullptr);
    ~AppController() override;

    /// The instance QML gets as `App`; set by whoever built it.
    static AppController *instance();
    static AppController *create(QQmlEngine *engine, QJSEngine *);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString collectorUrl() const { return m_collector.toString(); }
    void setCollectorUrl(const QString &url);
    QString storageError() const;

    bool profileComplete();
    QVariantMap profile();
    QVariantList regions() const;
    QVariantList branches() const;
    QVariantList occupations() const;
    QVariantList ageBands() const;
    QVariantList tenureBands() const;
    QVariantList employers() const { return m_employers; }
    QString employersStatus() const { return m_employersStatus; }
    QVariantList surveys();
    int pendingCount();
    int rejectedCount();
    QVariantList rejected();
    int sentCount();
    QString syncState() const;
    QString syncMessage();
    QString lastSync() const;

    /// Saves the profile; returns "" or a message naming what is missing.
    Q_INVOKABLE QString saveProfile(const QVariantMap &profile);
    /// Asks the collector for the region's participating employers (cached for offline use).
    Q_INVOKABLE void loadEmployers(const QString &region);
    /// Uploads waiting answers now.
    Q_INVOKABLE void syncNow();
    /// Removes a submission the collector refused for good.
    Q_INVOKABLE void discardRejected(const QString &submissionId);
    /// Erases everything on this device: profile, drafts, queue, receipts, settings.
    Q_INVOKABLE bool deleteAllData();

    /// The date used for the submission's month; settable so tests are independent of today.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    Database &database() { return *m_db; }
    DraftStore &drafts() { return *m_drafts; }
    Outbox &outbox() { return *m_outbox; }
    ProfileStore &profileStore() { return *m_profileStore; }
    const SurveyCatalog &catalog() const { return m_catalog; }
    const Anonymiser &anonymiser() const { return m_anonymiser; }
    SyncClient &syncClient() { return *m_sync; }
    QNetworkAccessManager &network() { return m_network; }
    QString dataDir() const { return m_dataDir; }
    /// Adds a survey fetched from the collector (a panel round); ignored if already known.
    void addSurvey(const SurveyDefinition &definition);
    /// Called by a runner when a survey was finished and queued.
    void surveyQueued();

Q_SIGNALS:
    void languageChanged();
    void collectorUrlChanged();
    void profileChanged();
    void employersChanged();
    void surveysChanged();
    void syncChanged();

private:
    QVariantList items(const QList<ReferenceItem> &list) const;
    void applyTranslator();

    QString m_dataDir;
    QUrl m_collector;
    QString m_language = QStringLiteral("nl");
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_profileStore;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<Outbox> m_outbox;
    SurveyCatalog m_catalog;
    Anonymiser m_anonymiser;
    QNetworkAccessManager m_network;
    SyncClient *m_sync = nullptr;
    CollectorClient *m_collectorClient = nullptr;
    QVariantList m_employers;
    QString m_employersStatus;
    QTranslator m_translator;
    QQmlEngine *m_engine = nullptr;
    QDate m_today;
};

} // namespace zs
