#pragma once

#include "anonymiser.h"
#include "collectorclient.h"
#include "credentialmanager.h"
#include "database.h"
#include "draftstore.h"
#include "outbox.h"
#include "profilestore.h"
#include "redemptionstore.h"
#include "regionrequests.h"
#include "regionstore.h"
#include "surveycatalog.h"
#include "syncclient.h"

#include <QDate>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <memory>

namespace zs {

/// The app's object graph, one per process: the local database and its stores, the survey
/// catalog, the anonymiser, the one QNetworkAccessManager, the one collector client, the sync
/// client and the credential manager that redeems invitations. Built by main.cpp (or a test) and
/// handed to the controllers.
class AppContext : public QObject
{
    Q_OBJECT
public:
    /// Opens (creates) the database in dataDir; check storageError(). An empty collector URL
    /// means the one saved in the settings (or the local default).
    AppContext(const QString &dataDir, const QUrl &collector, QObject *parent = nullptr);
    ~AppContext() override;

    /// Empty when the database is usable; otherwise why not.
    QString storageError() const;
    /// Trusts the PEM CA certificates in caFile for every HTTPS request of this process (the
    /// default TLS configuration the QNetworkAccessManager uses), besides the system CAs; for
    /// a collector with a private CA. Empty when done; otherwise why not.
    static QString trustCaFile(const QString &caFile);
    QString dataDir() const { return m_dataDir; }

    QUrl collectorUrl() const { return m_collectorUrl; }
    /// Points both clients at another collector and saves it; false for a URL that is not http(s).
    bool setCollectorUrl(const QUrl &url);

    /// The date used for a submission's month; settable so tests do not depend on today.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today) { m_today = today; }
    /// The time the lists' ages are measured against; settable so tests can let time pass.
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    void setNow(const QDateTime &now)
    {
        m_now = now;
        Q_EMIT clockChanged();
    }

    Database &database() { return *m_db; }
    ProfileStore &profiles() { return *m_profiles; }
    DraftStore &drafts() { return *m_drafts; }
    Outbox &outbox() { return *m_outbox; }
    RegionStore &regionStore() { return *m_regionStore; }
    SurveyCatalog &catalog() { return m_catalog; }
    const Anonymiser &anonymiser() const { return m_anonymiser; }
    QNetworkAccessManager &network() { return m_network; }
    CollectorClient &collector() { return *m_collector; }
    SyncClient &sync() { return *m_sync; }
    RedemptionStore &redemptions() { return *m_redemptions; }
    CredentialManager &credentials() { return *m_credentials; }
    RegionRequests &regionRequests() { return *m_regionRequests; }

Q_SIGNALS:
    void collectorUrlChanged();
    void clockChanged();

private:
    QString m_dataDir;
    QUrl m_collectorUrl;
    QDate m_today;
    QDateTime m_now;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<RegionStore> m_regionStore;
    std::unique_ptr<RedemptionStore> m_redemptions;
    std::unique_ptr<RegionRequests> m_regionRequests;
    SurveyCatalog m_catalog;
    Anonymiser m_anonymiser;
    QNetworkAccessManager m_network;
    CollectorClient *m_collector = nullptr;
    SyncClient *m_sync = nullptr;
    CredentialManager *m_credentials = nullptr;
};

} // namespace zs
