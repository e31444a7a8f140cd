#include "appcontroller.h"

#include "appschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace zs {

namespace {
AppController *s_instance = nullptr;
}

AppController::AppController(const QString &dataDir, const QUrl &collector, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_db(std::make_unique<Database>(
          QDir(dataDir).filePath(QStringLiteral("zorgstem.db")), appMigrations()))
    , m_profileStore(std::make_unique<ProfileStore>(*m_db))
    , m_drafts(std::make_unique<DraftStore>(*m_db))
    , m_outbox(std::make_unique<Outbox>(*m_db))
    , m_catalog(SurveyCatalog::builtIn())
{
    s_instance = this;
    const QString savedUrl = m_profileStore->setting(QStringLiteral("collectorUrl"));
    m_collector = collector.isValid() && !collector.isEmpty() ? collector : QUrl(savedUrl);
    if (m_collector.isEmpty())
        m_collector = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    m_language = m_profileStore->setting(QStringLiteral("language"), QStringLiteral("nl"));

    m_sync = new SyncClient(*m_outbox, &m_network, this);
    m_sync->setCollector(m_collector);
    connect(m_sync, &SyncClient::stateChanged, this, &AppController::syncChanged);
    connect(m_sync, &SyncClient::outboxChanged, this, &AppController::syncChanged);
    connect(m_sync, &SyncClient::outboxChanged, this, &AppController::surveysChanged);

    m_collectorClient = new CollectorClient(&m_network, this);
    m_collectorClient->setCollector(m_collector);
    connect(m_collectorClient, &CollectorClient::employersReceived, this,
        [this](const QString &region, const QJsonArray &list) {
            if (!m_profileStore->setSetting(QStringLiteral("employers.") + region,
                    QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))))
                qWarning("could not cache the employer list");
            m_employers = list.toVariantList();
            m_employersStatus
                = list.isEmpty() ? tr("No participating employers in this region yet.") : QString();
            Q_EMIT employersChanged();
        });
    connect(m_collectorClient, &CollectorClient::failed, this, [this](const QString &) {
        m_employersStatus = tr("Could not reach the collector; showing the saved list.");
        Q_EMIT employersChanged();
    });
    applyTranslator();
}

AppController::~AppController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppController *AppController::instance()
{
    return s_instance;
}

AppController *AppController::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "AppController::create", "build the AppController before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->setEngine(engine);
    return s_instance;
}

QString AppController::storageError() const
{
    return m_db->isOpen() ? QString() : m_db->errorString();
}

void AppController::setLanguage(const QString &language)
{
    const QString lang
        = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    if (lang == m_language)
        return;
    m_language = lang;
    if (!m_profileStore->setSetting(QStringLiteral("language"), lang))
        qWarning("could not save the language");
    applyTranslator();
    Q_EMIT languageChanged();
    Q_EMIT surveysChanged();
    Q_EMIT syncChanged();
}

void AppController::applyTranslator()
{
    QCoreApplication::removeTranslator(&m_translator);
    // Source strings are English; Dutch comes from the nl catalogue, and the en catalogue holds
    // the English plural forms ("1 answer set", "2 answer sets").
    if (m_translator.load(QStringLiteral(":/i18n/zorgstem_%1.qm").arg(m_language)))
        QCoreApplication::installTranslator(&m_translator);
    if (m_engine)
        m_engine->retranslate();
}

void AppController::setCollectorUrl(const QString &url)
{
    const QUrl parsed = QUrl::fromUserInput(url.trimmed());
    if (!parsed.isValid()
        || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        || parsed == m_collector)
        return;
    m_collector = parsed;
    if (!m_profileStore->setSetting(QStringLiteral("collectorUrl"), parsed.toString()))
        qWarning("could not save the collector address");
    m_sync->setCollector(parsed);
    m_collectorClient->setCollector(parsed);
    Q_EMIT collectorUrlChanged();
}

bool AppController::profileComplete()
{
    return m_profileStore->profile().isComplete();
}

QVariantMap AppController::profile()
{
    const Profile p = m_profileStore->profile();
    return { { QStringLiteral("region"), p.region }, { QStringLiteral("branch"), p.branch },
        { QStringLiteral("occupation"), p.occupation }, { QStringLiteral("ageBand"), p.ageBand },
        { QStringLiteral("tenureBand"), p.tenureBand },
        { QStringLiteral("employer"), p.employer } };
}

QVariantList AppController::items(const QList<ReferenceItem> &list) const
{
    QVariantList result;
    for (const ReferenceItem &item : list)
        result.append(QVariantMap { { QStringLiteral("id"), item.id },
            { QStringLiteral("label"), item.label.text(m_language) } });
    return result;
}

QVariantList AppController::regions() const
{
    return items(ReferenceData::instance().regions);
}
QVariantList AppController::branches() const
{
    return items(ReferenceData::instance().branches);
}
QVariantList AppController::occupations() const
{
    return items(ReferenceData::instance().occupations);
}
QVariantList AppController::ageBands() const
{
    return items(ReferenceData::instance().ageBands);
}
QVariantList AppController::tenureBands() const
{
    return items(ReferenceData::instance().tenureBands);
}

QString AppController::saveProfile(const QVariantMap &map)
{
    Profile p;
    p.region = map.value(QStringLiteral("region")).toString();
    p.branch = map.value(QStringLiteral("branch")).toString();
    p.occupation = map.value(QStringLiteral("occupation")).toString();
    p.ageBand = map.value(QStringLiteral("ageBand")).toString();
    p.tenureBand = map.value(QStringLiteral("tenureBand")).toString();
    p.employer = map.value(QStringLiteral("employer")).toString();
    const QString bad = p.invalidField();
    if (!bad.isEmpty()) {
        static const QHash<QString, const char *> names = {
            { QStringLiteral("region"), QT_TR_NOOP("Choose your region.") },
            { QStringLiteral("branch"), QT_TR_NOOP("Choose your branch.") },
            { QStringLiteral("occupation"), QT_TR_NOOP("Choose your occupation group.") },
            { QStringLiteral("ageBand"), QT_TR_NOOP("Choose your age group.") },
            { QStringLiteral("tenureBand"),
                QT_TR_NOOP("Choose how long you have worked in care.") },
            { QStringLiteral("employer"), QT_TR_NOOP("Choose an employer from the list.") },
        };
        return tr(names.value(bad));
    }
    if (!m_profileStore->saveProfile(p))
        return tr("Your profile could not be saved: %1").arg(m_db->errorString());
    Q_EMIT profileChanged();
    Q_EMIT surveysChanged();
    return {};
}

void AppController::loadEmployers(const QString &region)
{
    const QString cached = m_profileStore->setting(QStringLiteral("employers.") + region);
    m_employers = QJsonDocument::fromJson(cached.toUtf8()).array().toVariantList();
    m_employersStatus = tr("Loading employers…");
    Q_EMIT employersChanged();
    m_collectorClient->fetchEmployers(region);
}

QVariantList AppController::surveys()
{
    QVariantList list;
    const Profile p = m_profileStore->profile();
    const QStringList drafts = m_drafts->surveysWithDraft();
    const auto receipts = m_outbox->receipts();
    QSqlQuery q;
    QHash<QString, int> queued;
    if (m_db->exec(
            QStringLiteral("SELECT survey_id, COUNT(*) FROM outbox GROUP BY survey_id"), {}, &q)) {
        while (q.next())
            queued.insert(q.value(0).toString(), q.value(1).toInt());
    }
    for (const SurveyDefinition *s : m_catalog.forRegion(p.region)) {
        QString lastSent;
        for (const auto &[surveyId, period] : receipts) {
            if (surveyId == s->id) {
                lastSent = period;
                break;
            }
        }
        list.append(QVariantMap {
            { QStringLiteral("id"), s->id },
            { QStringLiteral("kind"), s->kind },
            { QStringLiteral("title"), s->title.text(m_language) },
            { QStringLiteral("intro"), s->intro.text(m_language) },
            { QStringLiteral("questionCount"), int(s->questions.size()) },
            { QStringLiteral("hasDraft"), drafts.contains(s->id) },
            { QStringLiteral("queued"), queued.value(s->id) },
            { QStringLiteral("lastSent"), lastSent },
        });
    }
    return list;
}

int AppController::pendingCount()
{
    return m_outbox->pendingCount();
}

int AppController::rejectedCount()
{
    return m_outbox->rejectedCount();
}

QVariantList AppController::rejected()
{
    QVariantList list;
    for (const OutboxItem &item : m_outbox->rejected()) {
        const SurveyDefinition *def = m_catalog.latest(item.surveyId);
        list.append(QVariantMap { { QStringLiteral("submissionId"), item.submissionId },
            { QStringLiteral("title"), def ? def->title.text(m_language) : item.surveyId },
            { QStringLiteral("period"), item.period }, { QStringLiteral("error"), item.error } });
    }
    return list;
}

int AppController::sentCount()
{
    return int(m_outbox->receipts().size());
}

QString AppController::syncState() const
{
    switch (m_sync->state()) {
    case SyncClient::State::Idle:
        return QStringLiteral("idle");
    case SyncClient::State::Sending:
        return QStringLiteral("sending");
    case SyncClient::State::Waiting:
        return QStringLiteral("waiting");
    }
    return {};
}

QString AppController::syncMessage()
{
    const int pending = pendingCount();
    switch (m_sync->state()) {
    case SyncClient::State::Sending:
        return tr("Sending %n answer set(s)…", "", pending);
    case SyncClient::State::Waiting:
        return tr(
            "%n answer set(s) waiting to be sent. No connection to the collector; trying again "
            "automatically.",
            "", pending);
    case SyncClient::State::Idle:
        break;
    }
    if (pending > 0)
        return tr("%n answer set(s) waiting to be sent.", "", pending);
    return tr("Everything has been sent.");
}

QString AppController::lastSync() const
{
    const QDateTime t = m_sync->lastSuccess();
    if (!t.isValid())
        return {};
    // Shown on this device only; never part of a submission.
    return QLocale(m_language == QLatin1String("en") ? QLocale::English : QLocale::Dutch)
        .toString(t.toLocalTime(), QLocale::ShortFormat);
}

void AppController::syncNow()
{
    m_sync->syncNow();
    Q_EMIT syncChanged();
}

void AppController::discardRejected(const QString &submissionId)
{
    if (!m_outbox->discard(submissionId))
        qWarning("could not discard a refused submission");
    Q_EMIT syncChanged();
    Q_EMIT surveysChanged();
}

bool AppController::deleteAllData()
{
    const bool ok = m_db->transaction([this] {
        for (const char *table : { "settings", "drafts", "outbox", "receipts", "cache",
                 "anonymous_keys", "reactions", "memberships" }) {
            if (!m_db->exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
                return false;
        }
        return true;
    });
    if (ok) {
        // Reclaim the freed pages so deleted answers do not linger in the file.
        if (!m_db->exec(QStringLiteral("VACUUM")))
            qWarning("could not vacuum the database");
        m_employers.clear();
        m_employersStatus.clear();
        Q_EMIT profileChanged();
        Q_EMIT surveysChanged();
        Q_EMIT syncChanged();
        Q_EMIT employersChanged();
        Q_EMIT collectorUrlChanged();
    }
    return ok;
}

void AppController::addSurvey(const SurveyDefinition &definition)
{
    QString error;
    if (m_catalog.find(definition.id, definition.version) || !m_catalog.add(definition, &error))
        return;
    Q_EMIT surveysChanged();
}

void AppController::surveyQueued()
{
    Q_EMIT surveysChanged();
    Q_EMIT syncChanged();
    m_sync->syncNow();
}

} // namespace zs
