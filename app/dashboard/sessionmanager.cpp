#include "sessionmanager.h"

#include "appcontext.h"
#include "referencedata.h"
#include "signinlink.h"

namespace zs {

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

SessionManager::SessionManager(AppContext &context, TokenVault *vault, QObject *parent)
    : CollectorSession(parent)
    , m_context(context)
    , m_vault(vault)
    , m_client(&context.network())
{ }

QString SessionManager::regionName() const
{
    const ReferenceItem *item
        = ReferenceData::find(ReferenceData::instance().regions, m_info.region);
    return item ? item->label.nl : m_info.region;
}

QString SessionManager::collectorUrl() const
{
    return (signedIn() ? m_collector : m_context.collectorUrl()).toDisplayString();
}

void SessionManager::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

void SessionManager::setBusy(bool on)
{
    m_busy += on ? 1 : -1;
    Q_EMIT busyChanged();
}

QString SessionManager::refusal(const CollectorReply &reply, const QUrl &collector)
{
    switch (reply.status) {
    case 0:
        return tr("No connection to the collector at %1. Check the address and your connection.")
            .arg(collector.toDisplayString());
    case 401:
    case 403:
        return tr("The collector does not accept this token. Check that you pasted all of it; a "
                  "token that was replaced or revoked no longer works. Ask the collector's "
                  "operator for a new one.");
    case 404:
        return tr("%1 does not answer like a Zorgstem collector. Check the address.")
            .arg(collector.toDisplayString());
    case 429:
        return tr("Too many wrong tokens were sent from this network. Wait a while, then try "
                  "again.");
    default:
        return tr("The collector could not check the token now (error %1). Try again later.")
            .arg(reply.status);
    }
}

void SessionManager::check(const QString &token, const QUrl &collector,
    const std::function<void(const std::optional<SessionInfo> &, const CollectorReply &)> &done)
{
    m_client.setCollector(collector);
    setBusy(true);
    m_client.send("GET", QStringLiteral("/v1/session"), {}, {}, token,
        [this, done](const CollectorReply &reply) {
            setBusy(false);
            std::optional<SessionInfo> info;
            if (reply.status == 200) {
                ProtocolError error;
                info = SessionInfo::fromJson(reply.json(), &error);
                if (info && info->validate())
                    info.reset();
            }
            done(info, reply);
        });
}

void SessionManager::signIn(const QString &token, const QString &collector, bool remember)
{
    QString typed = token.trimmed();
    QUrl where = QUrl::fromUserInput(collector.trimmed());
    if (SigninLink::looksLikeLink(typed)) {
        const auto link = SigninLink::parse(typed);
        if (!link) {
            setMessage(tr("This sign-in link is not complete. Copy the whole link, or paste the "
                          "token alone."));
            return;
        }
        typed = link->token;
        if (!link->collector.isEmpty())
            where = link->collector;
    }
    if (typed.isEmpty()) {
        setMessage(tr("Paste the token you were given (it starts with zse_ for an employer or "
                      "zsc_ for a coordinator)."));
        return;
    }
    if (collector.trimmed().isEmpty() && where.isEmpty())
        where = m_context.collectorUrl();
    if (!isWebUrl(where)) {
        setMessage(tr("The collector address must start with https:// (or http:// on this "
                      "computer's own network)."));
        return;
    }
    setMessage({});
    check(typed, where, [this, typed, where, remember](const auto &info, const auto &reply) {
        if (!info) {
            setMessage(refusal(reply, where));
            return;
        }
        start(typed, where, *info);
        if (remember)
            keep(typed);
        else
            forgetStored();
    });
}

bool SessionManager::openLink(const QString &text)
{
    const auto link = SigninLink::parse(text);
    if (!link)
        return false;
    m_linkToken = link->token;
    m_linkCollector = link->collector.isEmpty() ? m_context.collectorUrl() : link->collector;
    Q_EMIT linkChanged();
    Q_EMIT linkReceived();
    return true;
}

void SessionManager::signInWithLink(bool remember)
{
    if (!hasLink())
        return;
    const QString token = std::exchange(m_linkToken, QString());
    const QUrl collector = m_linkCollector;
    Q_EMIT linkChanged();
    signIn(token, collector.toString(), remember);
}

void SessionManager::cancelLink()
{
    m_linkToken.clear();
    m_linkCollector.clear();
    Q_EMIT linkChanged();
}

void SessionManager::start(const QString &token, const QUrl &collector, const SessionInfo &info)
{
    m_token = token;
    m_collector = collector;
    m_info = info;
    m_remembered = false;
    m_keychainMessage.clear();
    setMessage({});
    Q_EMIT changed();
}

void SessionManager::keep(const QString &token)
{
    setBusy(true);
    m_vault->save(kKeychainKey, token, [this, token](const TokenVault::Result &r) {
        setBusy(false);
        if (token != m_token)
            return; // signed out meanwhile
        if (r.ok && m_context.profiles().setSetting(kCollectorSetting, m_collector.toString())) {
            m_remembered = true;
            m_keychainMessage = tr("Remembered on this computer, in its keychain. Sign out to "
                                   "forget it.");
        } else {
            if (r.ok)
                m_vault->remove(kKeychainKey, [](const TokenVault::Result &) {});
            m_keychainMessage = tr("This computer has no keychain Zorgstem can use (%1), so the "
                                   "token is kept in memory only: you will need it again when "
                                   "you start Zorgstem next time.")
                                    .arg(r.detail.isEmpty() ? tr("no answer") : r.detail);
        }
        Q_EMIT changed();
        Q_EMIT messageChanged();
    });
}

void SessionManager::forgetStored()
{
    const bool stored = !m_context.profiles().setting(kCollectorSetting).isEmpty();
    if (!m_context.profiles().setSetting(kCollectorSetting, QString()))
        qWarning("could not clear the remembered sign-in");
    if (stored || m_remembered)
        m_vault->remove(kKeychainKey, [](const TokenVault::Result &r) {
            if (!r.ok)
                qWarning("could not delete the keychain entry: %s", qPrintable(r.detail));
        });
    m_remembered = false;
}

void SessionManager::clear()
{
    m_token.clear();
    m_collector.clear();
    m_info = {};
    m_remembered = false;
    m_keychainMessage.clear();
}

void SessionManager::signOut()
{
    forgetStored();
    clear();
    setMessage({});
    Q_EMIT changed();
}

void SessionManager::restore()
{
    const QUrl collector(m_context.profiles().setting(kCollectorSetting));
    if (collector.isEmpty() || signedIn())
        return;
    setBusy(true);
    m_vault->load(kKeychainKey, [this, collector](const TokenVault::Result &r) {
        setBusy(false);
        if (!r.ok || r.token.isEmpty()) {
            if (r.notFound) {
                // The entry went (deleted by hand): nothing is remembered any more.
                forgetStored();
            } else {
                setMessage(tr("Zorgstem could not read the remembered sign-in from this "
                              "computer's keychain (%1). Sign in again, or try later.")
                               .arg(r.detail));
            }
            return;
        }
        check(r.token, collector,
            [this, token = r.token, collector](const auto &info, const auto &reply) {
                if (!info) {
                    if (reply.status == 401 || reply.status == 403) {
                        forgetStored();
                        setMessage(tr("The remembered sign-in no longer works (the token was "
                                      "replaced or revoked) and has been forgotten. Sign in with "
                                      "the new token."));
                    } else {
                        setMessage(refusal(reply, collector));
                    }
                    return;
                }
                start(token, collector, *info);
                m_remembered = true;
                m_keychainMessage = tr("Remembered on this computer, in its keychain. Sign out to "
                                       "forget it.");
                Q_EMIT changed();
                Q_EMIT messageChanged();
            });
    });
}

void SessionManager::send(const QByteArray &method, const QString &path, const QJsonObject &body,
    const QByteArray &accept, const std::function<void(const CollectorReply &)> &done)
{
    if (!signedIn()) {
        CollectorReply none;
        none.status = 401;
        none.errorCode = QStringLiteral("unauthorized");
        done(none);
        return;
    }
    m_client.setCollector(m_collector);
    const QString token = m_token;
    m_client.send(
        method, path, body, {}, token, accept, [this, token, done](const CollectorReply &reply) {
            if (reply.status == 401 && token == m_token) {
                forgetStored();
                clear();
                setMessage(tr("Your sign-in is no longer valid: the token was replaced or "
                              "revoked. Sign in with the new token."));
                Q_EMIT changed();
                Q_EMIT expired();
            }
            done(reply);
        });
}

} // namespace zs
