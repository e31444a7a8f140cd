#include "membershipcontroller.h"

#include "guarded.h"

#include "joinrequest.h"
#include "panel.h"
#include "wirelimits.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace zs {

QString MembershipController::message(const ProtocolError &error)
{
    const QString &field = error.field;
    if (field == QLatin1String("name"))
        return tr("Enter your name (at most %1 characters).").arg(protocol::limits::kMemberNameMax);
    if (error.why() == QLatin1String("contact_required"))
        return tr("Enter an e-mail address or a phone number so the panel can reach you.");
    if (field == QLatin1String("email"))
        return tr("This e-mail address does not look right.");
    if (field == QLatin1String("phone"))
        return tr("This phone number does not look right.");
    if (field == QLatin1String("consent"))
        return tr("Please read the consent text and agree to it to join.");
    if (error.why() == QLatin1String("consent_outdated"))
        return tr("The panel has changed its consent text. Go back and read it again.");
    if (error.why() == QLatin1String("not_eligible"))
        return tr("This panel is for young care professionals; your age group does not fit its "
                  "rule.");
    if (field == QLatin1String("ageBand"))
        return tr("Complete your profile in Settings first.");
    return tr("This request cannot be sent as it is.");
}

MembershipController::MembershipController(QObject *parent)
    : RegionPage(parent)
{ }

void MembershipController::setPanelId(const QString &panelId)
{
    if (panelId == m_panelId)
        return;
    m_panelId = panelId;
    m_exportedJson.clear();
    m_exportFile.clear();
    Q_EMIT panelIdChanged();
    Q_EMIT exportedChanged();
}

void MembershipController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

QString MembershipController::exportPath() const
{
    return QDir(m_region->context().dataDir())
        .filePath(QStringLiteral("membership-%1.json").arg(m_panelId));
}

void MembershipController::join(const QVariantMap &form)
{
    if (!m_region)
        return;
    ProtocolError panelError;
    const auto panel = Panel::fromJson(m_region->rawPanel(m_panelId), &panelError);
    if (!panel) {
        Q_EMIT joinFinished(Outcome::failure(tr("This panel is not available.")));
        return;
    }
    // The collector's own check, on the device first, in the person's words and language.
    const Profile profile = m_region->context().profiles().profile();
    JoinRequest request;
    request.name = form.value(QStringLiteral("name")).toString().trimmed();
    const QString email = form.value(QStringLiteral("email")).toString().trimmed();
    const QString phone = form.value(QStringLiteral("phone")).toString().trimmed();
    if (!email.isEmpty())
        request.email = email;
    if (!phone.isEmpty())
        request.phone = phone;
    // The age band goes only to a panel with an age rule, which checks it and does not keep it.
    if (!panel->ageBands.isEmpty())
        request.ageBand = profile.ageBand;
    request.consentVersion = panel->consentVersion;
    request.consent = form.value(QStringLiteral("consent")).toBool();
    if (const auto error = request.validate(*panel)) {
        Q_EMIT joinFinished(Outcome::failure(message(*error), error->field));
        return;
    }
    const QJsonObject body = request.toJson();
    setBusy(true);
    const QString panelId = m_panelId;
    m_region->context().collector().send("POST",
        QStringLiteral("/v1/panels/%1/members").arg(panelId), body, {}, {},
        guarded(this, [this, panelId](const CollectorReply &reply) {
            setBusy(false);
            if (reply.status != 201) {
                Q_EMIT joinFinished(Outcome::failure(reply.status == 0
                        ? tr("No connection: joining needs the collector. Try again later.")
                        : tr("The panel did not accept this request (%1).").arg(reply.status)));
                return;
            }
            const QJsonObject answer = reply.json();
            const DeviceMembership m { panelId, answer.value(QLatin1String("secret")).toString(),
                answer.value(QLatin1String("joined")).toString() };
            if (m.secret.isEmpty() || !m_region->context().regionStore().addMembership(m)) {
                Q_EMIT joinFinished(
                    Outcome::failure(tr("Joined, but this device could not save the membership.")));
                return;
            }
            m_region->membershipsChanged();
            Q_EMIT joinFinished(Outcome::success());
        }));
}

void MembershipController::exportMembership()
{
    if (!m_region)
        return;
    const auto m = m_region->context().regionStore().membership(m_panelId);
    if (!m) {
        Q_EMIT exportFinished(Outcome::failure(tr("You are not a member of this panel.")));
        return;
    }
    setBusy(true);
    m_region->context().collector().send("GET",
        QStringLiteral("/v1/panels/%1/members/%2").arg(m_panelId, m->secret), {}, {}, {},
        guarded(this, [this](const CollectorReply &reply) {
            setBusy(false);
            if (reply.status != 200) {
                Q_EMIT exportFinished(Outcome::failure(reply.status == 0
                        ? tr("No connection: try again later.")
                        : tr("The panel could not show your membership (%1).").arg(reply.status)));
                return;
            }
            const QByteArray pretty
                = QJsonDocument::fromJson(reply.body).toJson(QJsonDocument::Indented);
            QFile out(exportPath());
            const bool saved = out.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && out.write(pretty) == pretty.size();
            m_exportedJson = QString::fromUtf8(pretty);
            m_exportFile = saved ? out.fileName() : QString();
            Q_EMIT exportedChanged();
            Q_EMIT exportFinished(Outcome::success());
        }));
}

void MembershipController::leave()
{
    if (!m_region)
        return;
    const auto m = m_region->context().regionStore().membership(m_panelId);
    if (!m) {
        Q_EMIT leaveFinished(Outcome::failure(tr("You are not a member of this panel.")));
        return;
    }
    setBusy(true);
    const QString panelId = m_panelId;
    m_region->context().collector().send("DELETE",
        QStringLiteral("/v1/panels/%1/members/%2").arg(panelId, m->secret), {}, {}, {},
        guarded(this, [this, panelId](const CollectorReply &reply) {
            setBusy(false);
            // 404: the panel no longer knows the member; the local secret is useless either way.
            if (reply.status != 204 && reply.status != 200 && reply.status != 404) {
                Q_EMIT leaveFinished(Outcome::failure(reply.status == 0
                        ? tr("No connection: leaving needs the collector. Try again later.")
                        : tr("The panel did not accept this request (%1).").arg(reply.status)));
                return;
            }
            if (!m_region->context().regionStore().removeMembership(panelId))
                qWarning("could not remove the membership");
            // Its secret is gone: so are the rounds' credential requests that named it.
            if (!m_region->context().credentials().forgetPanel(panelId))
                qWarning("could not remove the panel's round credentials");
            QFile::remove(exportPath());
            m_exportedJson.clear();
            m_exportFile.clear();
            Q_EMIT exportedChanged();
            m_region->membershipsChanged();
            Q_EMIT leaveFinished(Outcome::success());
        }));
}

} // namespace zs
