#include "ideacontroller.h"

#include "guarded.h"

#include "idea.h"
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

IdeaController::IdeaController(QObject *parent)
    : RegionPage(parent)
{ }

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
    const QJsonObject body = idea.toJson();
    m_busy = true;
    Q_EMIT busyChanged();
    m_region->context().collector().send("POST",
        QStringLiteral("/v1/regions/%1/ideas").arg(m_region->region()), body, {}, {},
        guarded(this, [this](const CollectorReply &reply) {
            m_busy = false;
            Q_EMIT busyChanged();
            if (reply.status != 201) {
                Q_EMIT ideaFinished(Outcome::failure(reply.status == 0
                        ? tr("No connection: your idea was not sent. Try again later.")
                        : tr("The region did not accept this idea (%1).").arg(reply.status)));
                return;
            }
            if (m_region)
                m_region->refreshIdeas();
            Q_EMIT ideaFinished(Outcome::success());
        }));
}

} // namespace zs
