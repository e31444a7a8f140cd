#include "appcontext.h"

#include "appschema.h"

#include <QDir>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace zs {

namespace {
const QUrl kDefaultCollector(QStringLiteral("http://127.0.0.1:8080"));
}

AppContext::AppContext(const QString &dataDir, const QUrl &collector, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_db(std::make_unique<Database>(
          QDir(dataDir).filePath(QStringLiteral("zorgstem.db")), appMigrations()))
    , m_profiles(std::make_unique<ProfileStore>(*m_db))
    , m_drafts(std::make_unique<DraftStore>(*m_db))
    , m_outbox(std::make_unique<Outbox>(*m_db))
    , m_regionStore(std::make_unique<RegionStore>(*m_db))
    , m_redemptions(std::make_unique<RedemptionStore>(*m_db))
    , m_regionRequests(
          std::make_unique<RegionRequests>(*m_db, *m_outbox, *m_regionStore, *m_redemptions))
    , m_catalog(SurveyCatalog::builtIn())
    , m_collector(new CollectorClient(&m_network, this))
    , m_sync(new SyncClient(*m_outbox, &m_network, this))
    , m_credentials(new CredentialManager(*m_redemptions, *m_collector, this))
{
    // Reactions, supports, ideas and panel joins and leaves wait in the outbox too (issue 11).
    m_sync->setRequests(m_regionRequests.get());
    // Panel rounds' answers wait in the outbox for their credential, and go once it came.
    m_credentials->setOutbox(m_outbox.get());
    connect(m_credentials, &CredentialManager::outboxChanged, m_sync, &SyncClient::syncNow);
    // The collector answered the outbox: the network is back for invitations waiting too.
    connect(m_sync, &SyncClient::finished, m_credentials, [this](bool ok) {
        if (ok && m_credentials->isWaiting())
            m_credentials->resume();
    });
    const QUrl saved(m_profiles->setting(QStringLiteral("collectorUrl")));
    m_collectorUrl = collector.isValid() && !collector.isEmpty() ? collector : saved;
    if (m_collectorUrl.isEmpty())
        m_collectorUrl = kDefaultCollector;
    m_collector->setCollector(m_collectorUrl);
    m_sync->setCollector(m_collectorUrl);
}

AppContext::~AppContext() = default;

QString AppContext::trustCaFile(const QString &caFile)
{
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (cas.isEmpty())
        return QStringLiteral("%1 holds no PEM certificate").arg(caFile);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(cas);
    QSslConfiguration::setDefaultConfiguration(config);
    return {};
}

QString AppContext::storageError() const
{
    return m_db->isOpen() ? QString() : m_db->errorString();
}

bool AppContext::setCollectorUrl(const QUrl &url)
{
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return false;
    if (url == m_collectorUrl)
        return true;
    m_collectorUrl = url;
    if (!m_profiles->setSetting(QStringLiteral("collectorUrl"), url.toString()))
        qWarning("could not save the collector address");
    m_collector->setCollector(url);
    m_sync->setCollector(url);
    Q_EMIT collectorUrlChanged();
    return true;
}

} // namespace zs
