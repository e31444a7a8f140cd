#pragma once

#include "collectorclient.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <functional>

namespace zs {

/// A signed-in dashboard session as the regional pages see it (the dashboards' SessionManager
/// is one; QML hands it over as `session: Session`): whose it is, and a way to send a request
/// with its token. The token itself never leaves it, so coordinator mode and the round builder
/// keep no token of their own.
class CollectorSession : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(QString role READ role NOTIFY changed)
    Q_PROPERTY(QString region READ region NOTIFY changed)

public:
    explicit CollectorSession(QObject *parent = nullptr)
        : QObject(parent)
    { }

    virtual bool signedIn() const = 0;
    /// "employer" or "coordinator".
    virtual QString role() const = 0;
    /// The region of the token (a coordinator's region, an employer's).
    virtual QString region() const = 0;
    /// True when signed in with a coordinator token.
    bool coordinator() const { return signedIn() && role() == QLatin1String("coordinator"); }

    /// One request with the session's token at its collector; a 401 ends the session.
    virtual void send(const QByteArray &method, const QString &path, const QJsonObject &body,
        const QByteArray &accept, const std::function<void(const CollectorReply &)> &done)
        = 0;

Q_SIGNALS:
    /// Signed in, out, or as someone else.
    void changed();
    /// The collector refused the token of a signed-in session (rotated or revoked).
    void expired();
};

} // namespace zs
