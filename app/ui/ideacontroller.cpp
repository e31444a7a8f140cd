#include "ideacontroller.h"

#include "idea.h"
#include "syncclient.h"
#include "wirelimits.h"

namespace zs {

QString IdeaController::message(const ProtocolError &error)
{
    using namespace protocol::limits;
    if (error.field == QLatin1String("title"))
        return tr("Give your idea a title of %1 to %2 characters.")
            .arg(kIdeaTitleMin)
            .arg(kIdeaTitleMax);
    if (error.field == QLatin1String("description"))
        return tr("Describe your idea in %1 to %2 characters.")
            .arg(kIdeaDescriptionMin)
            .arg(kIdeaDescriptionMax);
    if (error.field == QLatin1String("theme"))
        return tr("Choose a theme.");
    if (error.field == QLatin1String("name"))
        return tr("Your name can be at most %1 characters.").arg(kIdeaNameMax);
    return tr("This idea cannot be sent as it is.");
}

QString IdeaController::scrubbedMessage(const ProtocolError &error)
{
    using namespace protocol::limits;
    // Only length grows by scrubbing ("a@b.nl" becomes "[e-mail]"): the form's own check passed.
    if (error.field == QLatin1String("title"))
        return tr("The app puts a word in square brackets, such as [e-mail], in place of names, "
                  "e-mail addresses and numbers. That makes your title too long: at most %1 "
                  "characters. Make it a little shorter.")
            .arg(kIdeaTitleMax);
    if (error.field == QLatin1String("description"))
        return tr("The app puts a word in square brackets, such as [e-mail], in place of names, "
                  "e-mail addresses and numbers. That makes your idea too long: at most %1 "
                  "characters. Make it a little shorter.")
            .arg(kIdeaDescriptionMax);
    return message(error);
}

IdeaController::IdeaController(QObject *parent)
    : RegionPage(parent)
{
    connect(this, &RegionPage::regionChanged, this, &IdeaController::setRegionConnections);
}

void IdeaController::send(const QVariantMap &form)
{
    if (!m_region)
        return;
    // The collector's own check, on the device first: the person gets our words, in her
    // language, for the field that is off.
    Idea idea;
    idea.title = form.value(QStringLiteral("title")).toString().trimmed();
    idea.description = form.value(QStringLiteral("description")).toString().trimmed();
    idea.theme = form.value(QStringLiteral("theme")).toString();
    idea.willHelp = form.value(QStringLiteral("willHelp")).toBool();
    const QString name = form.value(QStringLiteral("name")).toString().trimmed();
    if (!name.isEmpty())
        idea.name = name;
    if (const auto error = idea.validate()) {
        Q_EMIT ideaFinished(Outcome::failure(message(*error), error->field));
        return;
    }
    // Title and description are scrubbed like any free text; the name is given on purpose.
    idea.title = m_region->scrubbed(idea.title);
    idea.description = m_region->scrubbed(idea.description);
    // What leaves the device must pass too: the collector would refuse it, and offline she
    // would learn that only after the page has closed. Her words stay in the form.
    if (const auto error = idea.validate()) {
        Q_EMIT ideaFinished(Outcome::failure(scrubbedMessage(*error), error->field));
        return;
    }
    // Through the outbox: offline it waits and goes later, and a repeat is the same idea.
    const auto id = m_region->context().regionRequests().sendIdea(m_region->region(), idea);
    if (!id) {
        Q_EMIT ideaFinished(Outcome::failure(tr("Your idea could not be saved on this device.")));
        return;
    }
    m_pending = *id;
    m_busy = true;
    Q_EMIT busyChanged();
    m_region->requestQueued();
}

void IdeaController::setRegionConnections()
{
    if (!m_region)
        return;
    // The collector's answer, with the field it refused: her words for it, and the page (with
    // what she typed) stays open.
    connect(&m_region->context().sync(), &SyncClient::requestFinished, this,
        [this](const OutboxRequest &request, bool ok, const QJsonObject &answer, int status,
            const QString &) {
            if (request.id != m_pending)
                return;
            if (ok) {
                finish(Outcome::success());
                return;
            }
            const auto error = ProtocolError::fromJson(answer, status);
            finish(
                Outcome::failure(tr("The region did not accept this idea. %1")
                                     .arg(error ? message(*error) : tr("Please try again later.")),
                    error ? error->field : QString()));
        });
    connect(m_region, &RegionController::requestsWaiting, this, [this] {
        // Saved in the outbox: it goes as soon as there is a connection (the panels page says so).
        if (m_pending != 0)
            finish(Outcome::success());
    });
}

void IdeaController::finish(const Outcome &outcome)
{
    m_pending = 0;
    m_busy = false;
    Q_EMIT busyChanged();
    Q_EMIT ideaFinished(outcome);
}

} // namespace zs
