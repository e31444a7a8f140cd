// RoundBuilder's requests to the collector: publish the round, the panel's member count and the
// round's report. The editing half of the class is in roundbuilder.cpp.
#include "roundbuilder.h"

#include "guarded.h"

namespace zs {

void RoundBuilder::send(const QByteArray &method, const QString &path, const QJsonObject &body,
    const std::function<void(const CollectorReply &)> &done)
{
    if (!signedIn())
        return;
    ++m_busy;
    Q_EMIT busyChanged();
    m_session->send(method, path, body, QByteArrayLiteral("application/json"),
        guarded(this, [this, done](const CollectorReply &reply) {
            --m_busy;
            Q_EMIT busyChanged();
            done(reply);
        }));
}

void RoundBuilder::refused(const CollectorReply &reply)
{
    switch (reply.status) {
    case 0:
        report(false, tr("No connection to the collector. Nothing was sent; try again later."));
        return;
    case 401:
        report(false, tr("The collector no longer accepts your coordinator token: sign in again."));
        return;
    case 403:
        report(false, tr("Your coordinator token is for another region than this panel's."));
        return;
    case 404:
        report(false, tr("The collector does not know this panel or round."));
        return;
    case 413:
        report(false, tr("The round is too large to send."));
        return;
    case 429:
        report(false, tr("Too many attempts. Wait a minute and try again."));
        return;
    case 409:
    case 422: {
        // The collector names the field: mark it in the builder, in our own words.
        const auto e = ProtocolError::fromJson(reply.json(), reply.status);
        m_refusals = { RoundChecks::fromProtocol(
            e.value_or(ProtocolError { reply.status, reply.errorCode, {}, {} }), m_draft) };
        revalidate();
        report(false, tr("The collector did not accept the round: see the marked field."));
        return;
    }
    default:
        report(false,
            tr("The collector could not take this now (error %1). Try again later.")
                .arg(reply.status));
    }
}

void RoundBuilder::publish()
{
    m_attempted = true;
    revalidate();
    if (!m_errors.isEmpty()) {
        report(false, tr("Nothing was published: fill in or fix the marked fields first."));
        return;
    }
    if (!signedIn()) {
        report(false, tr("Sign in with your coordinator token first."));
        return;
    }
    const QString id = m_draft.id;
    const QString title = m_app ? m_draft.title.text(m_app->language()) : m_draft.title.nl;
    send("POST", QStringLiteral("/v1/panels/%1/rounds").arg(m_draft.panel), m_draft.toDefinition(),
        [this, id, title](const CollectorReply &reply) {
            if (reply.status != 201) {
                refused(reply);
                return;
            }
            m_publishedId = id;
            Q_EMIT publishedChanged();
            report(true,
                tr("Published: the members of %1 find \"%2\" in their app.")
                    .arg(panelName(), title));
            Q_EMIT published();
        });
}

void RoundBuilder::refreshMembers()
{
    if (m_memberCount != -1) {
        m_memberCount = -1;
        Q_EMIT memberCountChanged();
    }
    if (!signedIn() || m_draft.panel.isEmpty())
        return;
    const QString panel = m_draft.panel;
    send("GET", QStringLiteral("/v1/panels/%1/stats").arg(panel), {},
        [this, panel](const CollectorReply &reply) {
            if (panel != m_draft.panel) // another panel was chosen meanwhile
                return;
            if (reply.status != 200) {
                refused(reply);
                return;
            }
            m_memberCount = reply.json().value(QLatin1String("members")).toInt(-1);
            Q_EMIT memberCountChanged();
        });
}

void RoundBuilder::loadReport()
{
    const QString id = m_publishedId.isEmpty() ? m_draft.id : m_publishedId;
    if (!signedIn() || m_draft.panel.isEmpty() || id.isEmpty()) {
        report(false, tr("Choose the panel and sign in with your coordinator token first."));
        return;
    }
    send("GET", QStringLiteral("/v1/panels/%1/rounds/%2/report").arg(m_draft.panel, id), {},
        [this](const CollectorReply &reply) {
            if (reply.status != 200) {
                refused(reply);
                return;
            }
            m_report = reply.json().toVariantMap();
            Q_EMIT reportChanged();
        });
}

} // namespace zs
