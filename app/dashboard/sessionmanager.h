#pragma once

#include "collectorclient.h"
#include "collectorsession.h"
#include "sessioninfo.h"
#include "tokenvault.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace zs {

class AppContext;

/// The dashboards' sign-in, for employers and coordinators alike (issue 10; singleton `Session`
/// in QML): a token pasted or from a zorgstem://signin link is checked with GET /v1/session,
/// which says whose it is (role, employer, region, name). "Remember on this computer" keeps it
/// in the system keychain (TokenVault); otherwise it lives in memory only; signing out forgets
/// it and deletes the keychain entry. The token never reaches QML: page controllers get this
/// object (`session: Session`) and send their requests through send(), which adds it. A 401 on
/// any of them means the token was rotated or revoked: the session ends and says so.
class SessionManager : public zs::CollectorSession
{
    Q_OBJECT
    Q_PROPERTY(QString employer READ employer NOTIFY changed)
    Q_PROPERTY(QString regionName READ regionName NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString collectorUrl READ collectorUrl NOTIFY changed)
    Q_PROPERTY(bool remembered READ remembered NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString keychainMessage READ keychainMessage NOTIFY messageChanged)
    Q_PROPERTY(bool hasLink READ hasLink NOTIFY linkChanged)
    Q_PROPERTY(QString linkCollector READ linkCollector NOTIFY linkChanged)

public:
    /// The keychain entry and the setting that says a token was remembered (and where for).
    static inline const QString kKeychainKey = QStringLiteral("dashboard-token");
    static inline const QString kCollectorSetting = QStringLiteral("dashboardCollector");

    /// vault: where remembered tokens go (tests pass one with a service of their own).
    SessionManager(AppContext &context, TokenVault *vault, QObject *parent = nullptr);

    bool signedIn() const override { return !m_token.isEmpty(); }
    QString role() const override { return m_info.role; }
    QString employer() const { return m_info.employer; }
    QString region() const override { return m_info.region; }
    /// The region's name (reference data), for "signed in as … (region …)".
    QString regionName() const;
    QString name() const { return m_info.name; }
    /// The collector of the session; before sign-in, the app's.
    QString collectorUrl() const;
    bool remembered() const { return m_remembered; }
    bool busy() const { return m_busy > 0; }
    QString message() const { return m_message; }
    QString keychainMessage() const { return m_keychainMessage; }
    bool hasLink() const { return !m_linkToken.isEmpty(); }
    QString linkCollector() const { return m_linkCollector.toDisplayString(); }
    const SessionInfo &info() const { return m_info; }
    /// For page controllers in C++ (never handed to QML).
    QString token() const { return m_token; }
    QUrl collector() const { return m_collector; }

    /// Checks the token (or a pasted zorgstem://signin link) at the collector (empty: the app's)
    /// and signs in; remember keeps it in the keychain.
    Q_INVOKABLE void signIn(const QString &token, const QString &collector, bool remember);
    /// A zorgstem://signin link arrived (command line, the desktop's handler, a paste): it waits
    /// for the person to confirm (signInWithLink) and linkReceived() opens the sign-in page.
    /// False for anything that is not such a link.
    Q_INVOKABLE bool openLink(const QString &link);
    /// Signs in with the waiting link.
    Q_INVOKABLE void signInWithLink(bool remember);
    /// Drops the waiting link.
    Q_INVOKABLE void cancelLink();
    /// Forgets the token here and in the keychain.
    Q_INVOKABLE void signOut();
    /// Signs in with the token remembered in the keychain, if there is one (at start).
    Q_INVOKABLE void restore();

    /// One request with the session's token at its collector; a 401 ends the session.
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
        const QByteArray &accept, const std::function<void(const CollectorReply &)> &done) override;

Q_SIGNALS:
    void busyChanged();
    void messageChanged();
    void linkChanged();
    /// A sign-in link waits: the window opens the sign-in page.
    void linkReceived();

private:
    /// GET /v1/session; done gets the info, or nullopt with the reply.
    void check(const QString &token, const QUrl &collector,
        const std::function<void(const std::optional<SessionInfo> &, const CollectorReply &)>
            &done);
    void start(const QString &token, const QUrl &collector, const SessionInfo &info);
    void keep(const QString &token);
    void forgetStored();
    void clear();
    void setMessage(const QString &message);
    void setBusy(bool on);
    /// The person's words for a sign-in that did not work.
    static QString refusal(const CollectorReply &reply, const QUrl &collector);

    AppContext &m_context;
    TokenVault *m_vault;
    CollectorClient m_client;
    QString m_token;
    QUrl m_collector;
    SessionInfo m_info;
    bool m_remembered = false;
    int m_busy = 0;
    QString m_message;
    QString m_keychainMessage;
    QString m_linkToken;
    QUrl m_linkCollector;
};

} // namespace zs
