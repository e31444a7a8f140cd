#include "ideacontroller.h"

#include "guarded.h"

#include "referencedata.h"

namespace zs {

IdeaController::IdeaController(QObject *parent)
    : QObject(parent)
{ }

void IdeaController::setRegion(RegionController *region)
{
    if (region == m_region)
        return;
    m_region = region;
    Q_EMIT regionChanged();
}

void IdeaController::send(const QVariantMap &form)
{
    if (!m_region)
        return;
    const QString title = form.value(QStringLiteral("title")).toString().trimmed();
    const QString description = form.value(QStringLiteral("description")).toString().trimmed();
    const QString theme = form.value(QStringLiteral("theme")).toString();
    const QString name = form.value(QStringLiteral("name")).toString().trimmed();
    Outcome problem;
    if (title.size() < 3 || title.size() > 120)
        problem = Outcome::failure(
            tr("Give your idea a title of 3 to 120 characters."), QStringLiteral("title"));
    else if (description.size() < 10 || description.size() > 2000)
        problem = Outcome::failure(
            tr("Describe your idea in 10 to 2000 characters."), QStringLiteral("description"));
    else if (!ReferenceData::contains(ReferenceData::instance().retentionThemes, theme))
        problem = Outcome::failure(tr("Choose a theme."), QStringLiteral("theme"));
    else if (name.size() > 100)
        problem = Outcome::failure(
            tr("Your name can be at most 100 characters."), QStringLiteral("name"));
    if (!problem.message.isEmpty()) {
        Q_EMIT ideaFinished(problem);
        return;
    }
    // Title and description are scrubbed like any free text; the name is given on purpose.
    QJsonObject body { { QStringLiteral("title"), m_region->scrubbed(title) },
        { QStringLiteral("description"), m_region->scrubbed(description) },
        { QStringLiteral("theme"), theme },
        { QStringLiteral("willHelp"), form.value(QStringLiteral("willHelp")).toBool() } };
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
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
