#include "appcontroller.h"

#include "appschema.h"
#include "referencedata.h"
#include "surveyestimate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

namespace zs {

namespace {

const QByteArrayList kReferenceRoles = { "id", "label" };
const char *const kStatuses[] = { "planned", "running", "done", "stopped" };
// Set by app migration 3 when it removed an employer from the profile.
const QString kEmployerNotice = QStringLiteral("notice.employerRemoved");
// Set while erasing everything waits for panel leaves to reach the collector.
const QString kErasePending = QStringLiteral("erase.pending");

} // namespace

AppController::AppController(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_regions(kReferenceRoles)
    , m_branches(kReferenceRoles)
    , m_occupations(kReferenceRoles)
    , m_ageBands(kReferenceRoles)
    , m_tenureBands(kReferenceRoles)
    , m_retentionThemes(kReferenceRoles)
    , m_actionLines(kReferenceRoles)
    , m_actionStatuses(kReferenceRoles)
    , m_surveys({ "surveyId", "kind", "title", "intro", "questionCount", "hasDraft", "queued",
          "lastSent", "minutes", "lastSentMonth", "askFirst" })
    , m_rejected({ "submissionId", "title", "period", "error" })
    , m_theme(context.profiles())
{
    m_language = m_context.profiles().setting(QStringLiteral("language"), QStringLiteral("nl"));
    m_profile = m_context.profiles().profile();
    m_employerNotice = !m_context.profiles().setting(kEmployerNotice).isEmpty();

    SyncClient &sync = m_context.sync();
    connect(&sync, &SyncClient::stateChanged, this, &AppController::syncChanged);
    connect(&sync, &SyncClient::outboxChanged, this, [this] {
        refreshSync();
        refreshSurveys();
    });
    connect(&sync, &SyncClient::requestFinished, this, [this](const OutboxRequest &r) {
        if (r.kind == QLatin1String("join") || r.kind == QLatin1String("leave"))
            Q_EMIT eraseChanged();
        if (r.kind == QLatin1String("leave") && eraseWaiting() == 0
            && !m_context.profiles().setting(kErasePending).isEmpty())
            finishErase();
    });
    // A panel round's answers got their credential, were refused, or wait for the network.
    CredentialManager &credentials = m_context.credentials();
    connect(&credentials, &CredentialManager::outboxChanged, this, [this] {
        refreshSync();
        refreshSurveys();
    });
    connect(&credentials, &CredentialManager::waiting, this, &AppController::syncChanged);
    connect(&credentials, &CredentialManager::idle, this, &AppController::syncChanged);
    connect(
        &m_context, &AppContext::collectorUrlChanged, this, &AppController::collectorUrlChanged);
    applyTranslator();
    relabel();
    refreshSurveys();
    refreshSync();
    // Deleting everything waited for panel leaves (the app was closed meanwhile): try them now,
    // even without a profile.
    if (eraseWaiting() > 0)
        QTimer::singleShot(0, this, &AppController::syncNow);
}

AppController::~AppController() = default;

void AppController::setLanguage(const QString &language)
{
    const QString lang
        = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    if (lang == m_language)
        return;
    m_language = lang;
    if (!m_context.profiles().setSetting(QStringLiteral("language"), lang))
        qWarning("could not save the language");
    applyTranslator();
    relabel();
    refreshSurveys();
    Q_EMIT languageChanged();
    Q_EMIT syncChanged();
}

void AppController::applyTranslator()
{
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // Qt's own words ("Yes", "No" on dialog buttons); the English source needs none.
    if (m_language != QLatin1String("en")
        && m_qtTranslator.load(
            QStringLiteral("qt_") + m_language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // Source strings are English; Dutch comes from the nl catalogue, and the en catalogue holds
    // the English plural forms ("1 answer set", "2 answer sets").
    if (m_translator.load(QStringLiteral(":/i18n/zorgstem_%1.qm").arg(m_language)))
        QCoreApplication::installTranslator(&m_translator);
    if (m_engine)
        m_engine->retranslate();
}

void AppController::relabel()
{
    const auto rows = [this](const QList<ReferenceItem> &items) {
        QList<QVariantList> list;
        list.reserve(items.size());
        for (const ReferenceItem &item : items)
            list.append({ item.id, item.label.text(m_language) });
        return list;
    };
    const ReferenceData &ref = ReferenceData::instance();
    m_regions.setRows(rows(ref.regions));
    m_branches.setRows(rows(ref.branches));
    m_occupations.setRows(rows(ref.occupations));
    m_ageBands.setRows(rows(ref.ageBands));
    m_tenureBands.setRows(rows(ref.tenureBands));
    m_retentionThemes.setRows(rows(ref.retentionThemes));
    m_actionLines.setRows(rows(ref.actionLines));
    QList<QVariantList> statuses;
    for (const char *s : kStatuses)
        statuses.append({ QLatin1String(s), actionStatusLabel(QLatin1String(s)) });
    m_actionStatuses.setRows(statuses);
}

QString AppController::actionStatusLabel(const QString &status)
{
    if (status == QLatin1String("planned"))
        return tr("Planned");
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("done"))
        return tr("Done");
    if (status == QLatin1String("stopped"))
        return tr("Stopped");
    return status;
}

void AppController::setCollectorUrl(const QString &url)
{
    if (!m_context.setCollectorUrl(QUrl::fromUserInput(url.trimmed())))
        qWarning("not a collector address: %s", qPrintable(url));
}

Profile AppController::profileFrom(const QVariantMap &map)
{
    Profile p;
    p.region = map.value(QStringLiteral("region")).toString();
    p.branch = map.value(QStringLiteral("branch")).toString();
    p.occupation = map.value(QStringLiteral("occupation")).toString();
    p.ageBand = map.value(QStringLiteral("ageBand")).toString();
    p.tenureBand = map.value(QStringLiteral("tenureBand")).toString();
    return p;
}

QString AppController::profileError(const QVariantMap &map) const
{
    const QString bad = profileFrom(map).invalidField();
    if (bad.isEmpty())
        return {};
    static const QHash<QString, const char *> names = {
        { QStringLiteral("region"), QT_TR_NOOP("Choose your region.") },
        { QStringLiteral("branch"), QT_TR_NOOP("Choose your branch.") },
        { QStringLiteral("occupation"), QT_TR_NOOP("Choose your occupation group.") },
        { QStringLiteral("ageBand"), QT_TR_NOOP("Choose your age group.") },
        { QStringLiteral("tenureBand"), QT_TR_NOOP("Choose how long you have worked in care.") },
    };
    return tr(names.value(bad));
}

QString AppController::saveProfile(const QVariantMap &map)
{
    QString error = profileError(map);
    if (!error.isEmpty())
        return error;
    const Profile p = profileFrom(map);
    if (!m_context.profiles().saveProfile(p))
        return tr("Your profile could not be saved: %1").arg(m_context.database().errorString());
    m_profile = p;
    refreshSurveys();
    Q_EMIT profileChanged();
    return {};
}

void AppController::openInvitation(const QString &link)
{
    m_pendingInvitation = link;
    Q_EMIT invitationRequested();
}

QString AppController::takePendingInvitation()
{
    return std::exchange(m_pendingInvitation, QString());
}

void AppController::dismissEmployerNotice()
{
    if (!m_employerNotice)
        return;
    // Deleted, not set to "0": after erasing everything nothing of the old profile remains.
    if (!m_context.database().exec(
            QStringLiteral("DELETE FROM settings WHERE key = ?"), { kEmployerNotice }))
        qWarning("could not save that the notice was read");
    m_employerNotice = false;
    Q_EMIT noticesChanged();
}

void AppController::refreshSurveys()
{
    const QStringList drafts = m_context.drafts().surveysWithDraft();
    const auto receipts = m_context.outbox().receipts();
    const QHash<QString, int> queued = m_context.outbox().queuedBySurvey();
    const QString thisPeriod = m_context.today().toString(QStringLiteral("yyyy-MM"));
    QList<QVariantList> rows;
    for (const SurveyDefinition *s : m_context.catalog().forRegion(m_profile.region)) {
        QString lastPeriod; // "2026-12": compared with this period below
        for (const auto &[surveyId, period] : receipts) {
            if (surveyId == s->id) {
                lastPeriod = period;
                break;
            }
        }
        const QString lastSent = monthText(lastPeriod); // "december 2026", not "2026-12"
        // Starting again asks first: answers finished and waiting, answers sent this month, or
        // any earlier exit survey (one leaves once). A draft means she chose to start already.
        const bool hasDraft = drafts.contains(s->id);
        const bool askFirst = !hasDraft
            && (queued.value(s->id) > 0 || lastPeriod == thisPeriod
                || (s->kind == QLatin1String("exit") && !lastPeriod.isEmpty()));
        rows.append({ s->id, s->kind, s->title.text(m_language), s->intro.text(m_language),
            int(s->questions.size()), hasDraft, queued.value(s->id), lastSent, estimatedMinutes(*s),
            lastSent, askFirst });
    }
    m_surveys.setRows(rows);
    Q_EMIT surveysChanged();
}

void AppController::refreshSync()
{
    Outbox &outbox = m_context.outbox();
    m_pendingCount = outbox.pendingCount();
    m_rejectedCount = outbox.rejectedCount();
    m_sentCount = int(outbox.receipts().size());
    QList<QVariantList> rows;
    for (const OutboxItem &item : outbox.rejected()) {
        const SurveyDefinition *def = m_context.catalog().latest(item.surveyId);
        rows.append({ item.submissionId, def ? def->title.text(m_language) : item.surveyId,
            monthText(item.period), refusalText(item) });
    }
    m_rejected.setRows(rows);
    Q_EMIT syncChanged();
}

QString AppController::refusalText(const OutboxItem &item)
{
    // The collector's own message is English and technical; the known cases get words.
    if (item.errorCode == QLatin1String("credential_spent"))
        return tr("The one-time code from your invitation was already used for other answers, so "
                  "these were not counted. Ask your employer for a new invitation.");
    if (item.errorCode == QLatin1String("credential_invalid"))
        return tr("The one-time code from your invitation was not accepted, so these answers were "
                  "not counted. Ask your employer for a new invitation.");
    if (item.errorCode == QLatin1String("credential_required"))
        return tr("Answers for an employer need an invitation from that employer.");
    // A panel round's credential (one per member and round) was refused.
    if (item.errorCode == QLatin1String("credential_issued"))
        return tr("You already answered this panel round, on this device or another one. Only one "
                  "set of answers per member counts, so these were not counted.");
    if (item.errorCode == QLatin1String("round_closed"))
        return tr("This panel round closed before your answers could be counted.");
    if (item.errorCode == QLatin1String("unknown_round"))
        return tr("The panel no longer holds this round, so these answers were not counted.");
    if (item.errorCode == QLatin1String("unknown_member")
        || item.errorCode == QLatin1String("membership_left"))
        return tr("You are no longer a member of this panel, so these answers were not counted.");
    return item.error;
}

QString AppController::syncState() const
{
    // A panel round's answers waiting for their credential wait like any queued answers.
    if (m_context.credentials().isWaiting() && m_context.outbox().waitingCount() > 0)
        return QStringLiteral("waiting");
    switch (m_context.sync().state()) {
    case SyncClient::State::Idle:
        return QStringLiteral("idle");
    case SyncClient::State::Sending:
        return QStringLiteral("sending");
    case SyncClient::State::Waiting:
        return QStringLiteral("waiting");
    }
    return {};
}

QString AppController::syncMessage() const
{
    const int pending = m_pendingCount;
    const bool credentialWaits
        = m_context.credentials().isWaiting() && m_context.outbox().waitingCount() > 0;
    // Reactions, ideas and panel requests wait in the outbox too; they are no answer sets.
    const int requests = pending > 0 ? 0 : int(m_context.outbox().requests().size());
    switch (credentialWaits ? SyncClient::State::Waiting : m_context.sync().state()) {
    case SyncClient::State::Sending:
        if (pending == 0)
            return tr("Sending…");
        return tr("Sending %n answer set(s)…", "", pending);
    case SyncClient::State::Waiting:
        if (pending == 0 && requests > 0)
            return tr("No connection to the server: %n reaction(s) or request(s) wait and are "
                      "sent automatically.",
                "", requests);
        if (pending == 0)
            return tr("No connection to the server; trying again automatically.");
        return tr("%n answer set(s) waiting to be sent. No connection to the server; trying again "
                  "automatically.",
            "", pending);
    case SyncClient::State::Idle:
        break;
    }
    if (pending > 0)
        return tr("%n answer set(s) waiting to be sent.", "", pending);
    return tr("Everything has been sent.");
}

QString AppController::version()
{
    return QStringLiteral(ZORGSTEM_VERSION);
}

QUrl AppController::documentsFolder()
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

QLocale AppController::locale() const
{
    return m_language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                             : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QString AppController::monthText(const QString &period) const
{
    const QDate month = QDate::fromString(period, QStringLiteral("yyyy-MM"));
    return month.isValid() ? locale().toString(month, QStringLiteral("MMMM yyyy")) : period;
}

QString AppController::dayText(const QString &isoDate) const
{
    const QDate day = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return day.isValid() ? locale().toString(day, QStringLiteral("d MMMM yyyy")) : isoDate;
}

QString AppController::lastSync() const
{
    const QDateTime t = m_context.sync().lastSuccess();
    if (!t.isValid())
        return {};
    // Shown on this device only; never part of a submission.
    return locale().toString(t.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"));
}

void AppController::syncNow()
{
    m_context.sync().syncNow();
    m_context.credentials().resume();
    Q_EMIT syncChanged();
}

void AppController::discardRejected(const QString &submissionId)
{
    if (!m_context.outbox().discard(submissionId))
        qWarning("could not discard a refused submission");
    refreshSync();
    refreshSurveys();
}

int AppController::panelMemberships()
{
    QStringList panels;
    for (const DeviceMembership &m : m_context.regionStore().memberships())
        panels.append(m.panel);
    for (const OutboxRequest &r : m_context.outbox().requests(QStringLiteral("join")))
        panels.append(r.target);
    panels.removeDuplicates();
    return int(panels.size());
}

int AppController::eraseWaiting()
{
    if (m_context.profiles().setting(kErasePending).isEmpty())
        return 0;
    return int(m_context.outbox().requests(QStringLiteral("leave")).size());
}

void AppController::finishErase()
{
    // The leaves are through and their secrets went with them: the freed pages are cleared.
    if (!m_context.database().exec(
            QStringLiteral("DELETE FROM settings WHERE key = ?"), { kErasePending })
        || !m_context.database().exec(QStringLiteral("VACUUM"))
        || !m_context.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qWarning("could not finish erasing the device");
    Q_EMIT eraseChanged();
}

bool AppController::deleteAllData()
{
    // Panels first (DESIGN §5 rule 7): she must never be left on a panel she can no longer
    // export or erase. Offline, the leaves wait in the outbox with the collector's address.
    const auto panels = m_context.regionRequests().leaveEveryPanel();
    if (!panels)
        return false;
    const bool leaving = !panels->isEmpty();
    if (leaving && !m_context.profiles().setSetting(kErasePending, QStringLiteral("1")))
        return false;
    if (!eraseAppData(m_context.database(),
            leaving ? QStringList { QStringLiteral("collectorUrl"), kErasePending }
                    : QStringList()))
        return false;
    m_profile = {};
    m_employerNotice = false;
    refreshSurveys();
    refreshSync();
    Q_EMIT profileChanged();
    Q_EMIT noticesChanged();
    Q_EMIT collectorUrlChanged();
    Q_EMIT dataErased();
    Q_EMIT eraseChanged();
    if (leaving)
        m_context.sync().syncNow();
    return true;
}

void AppController::addSurvey(const SurveyDefinition &definition)
{
    QString error;
    if (m_context.catalog().find(definition.id, definition.version)
        || !m_context.catalog().add(definition, &error))
        return;
    refreshSurveys();
}

void AppController::surveyQueued()
{
    refreshSurveys();
    refreshSync();
    m_context.sync().syncNow();
}

} // namespace zs
