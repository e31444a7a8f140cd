#include "membershipcontroller.h"

#include "guarded.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace zs {

MembershipController::MembershipController(QObject *parent)
    : QObject(parent)
{ }

void MembershipController::setRegion(RegionController *region)
{
    if (region == m_region)
        return;
    m_region = region;
    Q_EMIT regionChanged();
}

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
    const QJsonObject panel = m_region->rawPanel(m_panelId);
    const QString name = form.value(QStringLiteral("name")).toString().trimmed();
    const QString email = form.value(QStringLiteral("email")).toString().trimmed();
    const QString phone = form.value(QStringLiteral("phone")).toString().trimmed();
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phoneShape(QStringLiteral("^\\+?[0-9 ()-]{8,20}$"));
    Outcome problem;
    if (panel.isEmpty())
        problem = Outcome::failure(tr("This panel is not available."));
    else if (name.isEmpty() || name.size() > 100)
        problem = Outcome::failure(
            tr("Enter your name (at most 100 characters)."), QStringLiteral("name"));
    else if (email.isEmpty() && phone.isEmpty())
        problem = Outcome::failure(
            tr("Enter an e-mail address or a phone number so the panel can reach you."),
            QStringLiteral("email"));
    else if (!email.isEmpty() && !emailShape.match(email).hasMatch())
        problem = Outcome::failure(
            tr("This e-mail address does not look right."), QStringLiteral("email"));
    else if (!phone.isEmpty() && !phoneShape.match(phone).hasMatch())
        problem = Outcome::failure(
            tr("This phone number does not look right."), QStringLiteral("phone"));
    else if (!form.value(QStringLiteral("consent")).toBool())
        problem = Outcome::failure(
            tr("Please read the consent text and agree to it to join."), QStringLiteral("consent"));
    if (!problem.message.isEmpty()) {
        Q_EMIT joinFinished(problem);
        return;
    }
    const Profile profile = m_region->context().profiles().profile();
    QJsonObject body { { QStringLiteral("name"), name },
        { QStringLiteral("occupation"), profile.occupation },
        { QStringLiteral("ageBand"), profile.ageBand },
        { QStringLiteral("consentVersion"), panel.value(QLatin1String("consentVersion")).toInt() },
        { QStringLiteral("consent"), true } };
    if (!email.isEmpty())
        body.insert(QStringLiteral("email"), email);
    if (!phone.isEmpty())
        body.insert(QStringLiteral("phone"), phone);
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
            QFile::remove(exportPath());
            m_exportedJson.clear();
            m_exportFile.clear();
            Q_EMIT exportedChanged();
            m_region->membershipsChanged();
            Q_EMIT leaveFinished(Outcome::success());
        }));
}

} // namespace zs
