#include "membershipcontroller.h"

#include "guarded.h"
#include "referencedata.h"

#include "joinrequest.h"
#include "panel.h"
#include "wirelimits.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

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
{
    connect(this, &RegionPage::regionChanged, this, &MembershipController::setRegionConnections);
}

void MembershipController::setPanelId(const QString &panelId)
{
    if (panelId == m_panelId)
        return;
    m_panelId = panelId;
    m_exported = {};
    m_exportedJson.clear();
    m_savedFile.clear();
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

void MembershipController::setRegionConnections()
{
    if (!m_region)
        return;
    connect(m_region, &RegionController::requestDone, this,
        [this](qint64 id, bool ok, int status, const QString &code) {
            if (id == 0 || id != m_pending)
                return;
            m_pending = 0;
            setBusy(false);
            if (m_pendingKind == Pending::Join) {
                ProtocolError error { status, code, {}, {} };
                Q_EMIT joinFinished(ok   ? Outcome::success()
                        : code.isEmpty() ? Outcome::failure(
                              tr("The panel did not accept this request (%1).").arg(status))
                                         : Outcome::failure(message(error)));
            } else {
                if (ok) {
                    m_exported = {};
                    m_exportedJson.clear();
                    Q_EMIT exportedChanged();
                }
                Q_EMIT leaveFinished(ok
                        ? Outcome::success()
                        : Outcome::failure(
                            tr("The panel did not accept this request (%1).").arg(status)));
            }
        });
    connect(m_region, &RegionController::requestsWaiting, this, [this] {
        if (m_pending == 0)
            return;
        // Saved in the outbox: it goes as soon as there is a connection (the panels page says so).
        m_pending = 0;
        setBusy(false);
        if (m_pendingKind == Pending::Join)
            Q_EMIT joinFinished(Outcome::success());
        else
            Q_EMIT leaveFinished(Outcome::success());
    });
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
    // Through the outbox: offline it waits, and a repeat is the same membership (request id).
    const auto id = m_region->context().regionRequests().join(m_panelId, request);
    if (!id) {
        Q_EMIT joinFinished(
            Outcome::failure(tr("Your request could not be saved on this device.")));
        return;
    }
    m_pending = *id;
    m_pendingKind = Pending::Join;
    setBusy(true);
    m_region->requestQueued();
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
                        ? tr("No connection: what the panel stores can be shown once there is "
                             "one.")
                        : tr("The panel could not show your membership (%1).").arg(reply.status)));
                return;
            }
            m_exported = reply.json();
            m_exportedJson
                = QString::fromUtf8(QJsonDocument(m_exported).toJson(QJsonDocument::Indented));
            Q_EMIT exportedChanged();
            Q_EMIT exportFinished(Outcome::success());
        }));
}

QVariantList MembershipController::details() const
{
    QVariantList rows;
    if (m_exported.isEmpty() || !m_region)
        return rows;
    const QString lang = m_region->language();
    const ReferenceData &ref = ReferenceData::instance();
    const auto add = [&rows](const QString &label, const QString &value) {
        rows.append(
            QVariantMap { { QStringLiteral("label"), label }, { QStringLiteral("value"), value } });
    };
    const QString panelName = m_region->panel(m_panelId).value(QStringLiteral("name")).toString();
    add(tr("Panel"),
        panelName.isEmpty() ? m_exported.value(QLatin1String("panel")).toString() : panelName);
    add(tr("Name"), m_exported.value(QLatin1String("name")).toString());
    if (m_exported.contains(QLatin1String("email")))
        add(tr("E-mail address"), m_exported.value(QLatin1String("email")).toString());
    if (m_exported.contains(QLatin1String("phone")))
        add(tr("Phone number"), m_exported.value(QLatin1String("phone")).toString());
    add(tr("Consent"),
        tr("You agreed to version %1 of the consent text.")
            .arg(m_exported.value(QLatin1String("consentVersion")).toInt()));
    add(tr("Member since"), m_exported.value(QLatin1String("joined")).toString());
    if (m_exported.value(QLatin1String("ageRuleMet")).toBool())
        add(tr("Age limit"),
            tr("Your age group fitted the panel's age limit when you joined. The age group itself "
               "is not kept."));
    // A collector of an older version may still keep these: shown by their labels, not codes.
    const auto label = [&lang](const QList<ReferenceItem> &items, const QString &id) {
        const ReferenceItem *item = ReferenceData::find(items, id);
        return item ? item->label.text(lang) : id;
    };
    if (m_exported.contains(QLatin1String("ageBand")))
        add(tr("Age group"),
            label(ref.ageBands, m_exported.value(QLatin1String("ageBand")).toString()));
    if (m_exported.contains(QLatin1String("occupation")))
        add(tr("Occupation group"),
            label(ref.occupations, m_exported.value(QLatin1String("occupation")).toString()));
    return rows;
}

QString MembershipController::readableText() const
{
    QString text = tr("What the panel stores about you") + QStringLiteral("\n\n");
    for (const QVariant &row : details()) {
        const QVariantMap r = row.toMap();
        text += r.value(QStringLiteral("label")).toString() + QStringLiteral(": ")
            + r.value(QStringLiteral("value")).toString() + QLatin1Char('\n');
    }
    return text;
}

void MembershipController::saveExport(const QString &fileUrl)
{
    const QUrl url(fileUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : fileUrl;
    if (m_exported.isEmpty() || path.isEmpty()) {
        Q_EMIT saveFinished(Outcome::failure(tr("There is nothing to save yet.")));
        return;
    }
    // A .txt file gets the readable words; anything else the panel's JSON as it was sent.
    const QByteArray bytes = path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)
        ? readableText().toUtf8()
        : QJsonDocument(m_exported).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Q_EMIT saveFinished(
            Outcome::failure(tr("Cannot write %1: %2").arg(path, file.errorString())));
        return;
    }
    // The file is hers: it stays where she saved it, also after she leaves the panel.
    m_savedFile = path;
    Q_EMIT exportedChanged();
    Q_EMIT saveFinished(Outcome::success());
}

void MembershipController::leave()
{
    if (!m_region)
        return;
    RegionStore &store = m_region->context().regionStore();
    if (!store.membership(m_panelId)) {
        Q_EMIT leaveFinished(Outcome::failure(tr("You are not a member of this panel.")));
        return;
    }
    // Through the outbox: offline it waits and goes later; the membership stays until then.
    const auto id = m_region->context().regionRequests().leave(m_panelId);
    if (!id) {
        Q_EMIT leaveFinished(
            Outcome::failure(tr("Your request could not be saved on this device.")));
        return;
    }
    m_pending = *id;
    m_pendingKind = Pending::Leave;
    setBusy(true);
    m_region->requestQueued();
}

} // namespace zs
