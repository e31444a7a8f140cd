#include "invitationcontroller.h"

#include "invitationlink.h"
#include "referencedata.h"

namespace zs {

namespace {

/// The symbols of a code as typed, without the separators people write between groups.
QString symbols(const QString &text)
{
    QString s = text;
    s.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    return s;
}

} // namespace

InvitationController::InvitationController(QObject *parent)
    : QObject(parent)
{ }

void InvitationController::setApp(AppController *app)
{
    if (app == m_app)
        return;
    if (m_app) {
        disconnect(m_app, nullptr, this, nullptr);
        disconnect(&m_app->context().credentials(), nullptr, this, nullptr);
    }
    m_app = app;
    if (m_app) {
        CredentialManager &credentials = m_app->context().credentials();
        connect(&credentials, &CredentialManager::changed, this, [this](qint64 id) {
            if (id == m_id)
                refresh();
        });
        connect(&credentials, &CredentialManager::waiting, this, [this](qint64 id) {
            if (id == m_id)
                refresh();
        });
        connect(m_app, &AppController::languageChanged, this, [this] {
            refresh();
            Q_EMIT codeHintChanged();
        });
    }
    Q_EMIT appChanged();
}

void InvitationController::check(const QString &text)
{
    const QString typed = symbols(text.trimmed());
    QString hint;
    bool valid = false;
    if (InvitationLink::looksLikeLink(text)) {
        const auto link = InvitationLink::parse(text);
        valid = link && invitationcode::normalize(link->code).has_value();
        if (!valid)
            hint = tr("This is not a Zorgstem invitation link.");
    } else if (typed.size() >= invitationcode::kRandomSymbols + 1) {
        valid = invitationcode::normalize(typed).has_value();
        if (!valid)
            hint = tr("This code is not right; please check it again.");
    }
    if (hint == m_codeHint && valid == m_codeValid)
        return;
    m_codeHint = hint;
    m_codeValid = valid;
    Q_EMIT codeHintChanged();
}

bool InvitationController::submit(const QString &text)
{
    if (InvitationLink::looksLikeLink(text))
        return openLink(text);
    if (!m_app)
        return false;
    const std::optional<qint64> id = m_app->context().credentials().redeem(text);
    if (!id) {
        m_codeHint = tr("This code is not right; please check it again.");
        m_codeValid = false;
        Q_EMIT codeHintChanged();
        return false;
    }
    follow(*id);
    return true;
}

bool InvitationController::openLink(const QString &text)
{
    const auto link = InvitationLink::parse(text);
    if (!link) {
        m_codeHint = tr("This is not a Zorgstem invitation link.");
        m_codeValid = false;
        Q_EMIT codeHintChanged();
        return false;
    }
    // The app only ever talks to the collector in its settings; a link cannot change that.
    const QUrl mine = m_app ? m_app->context().collectorUrl() : QUrl();
    m_linkNote = !link->collector.isEmpty()
            && link->collector.adjusted(QUrl::StripTrailingSlash)
                != mine.adjusted(QUrl::StripTrailingSlash)
        ? tr("This invitation names another collector (%1). Zorgstem uses the one in your "
             "settings (%2); if the code is not known there, ask your employer.")
              .arg(link->collector.toDisplayString(), mine.toDisplayString())
        : QString();
    const bool ok = submit(link->code);
    Q_EMIT changed();
    return ok;
}

void InvitationController::reset()
{
    m_id = 0;
    m_stage = QStringLiteral("enter");
    m_message.clear();
    m_linkNote.clear();
    m_employerName.clear();
    m_surveyId.clear();
    m_surveyKind.clear();
    m_regionNote.clear();
    m_codeHint.clear();
    m_codeValid = false;
    Q_EMIT codeHintChanged();
    Q_EMIT changed();
}

void InvitationController::follow(qint64 id)
{
    m_id = id;
    m_codeHint.clear();
    Q_EMIT codeHintChanged();
    refresh();
}

QString InvitationController::refusal(const QString &error) const
{
    if (error == QLatin1String("invitation_used"))
        return tr("This invitation has already been used. Each invitation counts once; ask your "
                  "employer for a new one if you think this is a mistake.");
    if (error == QLatin1String("invitation_expired"))
        return tr("This invitation has expired. Ask your employer for a new one.");
    if (error == QLatin1String("not_found") || error == QLatin1String("invitation_unknown"))
        return tr("The collector does not know this code. Check it, or ask your employer.");
    return tr("This invitation could not be used (%1). Ask your employer for a new one.")
        .arg(error);
}

void InvitationController::refresh()
{
    if (!m_app || m_id == 0)
        return;
    AppContext &context = m_app->context();
    const std::optional<Redemption> r = context.redemptions().find(m_id);
    if (!r) {
        // Used meanwhile for a survey (it left the queue with the submission).
        reset();
        return;
    }
    m_employerName = r->employerName.isEmpty() ? r->employer : r->employerName;
    m_surveyKind = r->survey;
    const SurveyDefinition *survey = context.catalog().latest(r->survey);
    m_surveyId = survey ? survey->id : QString();
    const QString lang = m_app->language();
    const Profile profile = m_app->profile();
    const ReferenceItem *region = ReferenceData::find(ReferenceData::instance().regions, r->region);
    m_regionNote = !r->region.isEmpty() && profile.region != r->region && region
        ? tr("This employer is in the region %1: these answers are counted there.")
              .arg(region->label.text(lang))
        : QString();
    m_message.clear();
    switch (r->state) {
    case Redemption::State::Signed:
        m_stage = QStringLiteral("ready");
        break;
    case Redemption::State::Refused:
        m_stage = QStringLiteral("refused");
        m_message = refusal(r->error);
        break;
    case Redemption::State::Queued:
    case Redemption::State::LookedUp:
    case Redemption::State::Blinded:
        if (context.credentials().isWaiting()) {
            m_stage = QStringLiteral("waiting");
            m_message = tr("No connection to the collector. Your code is saved on this device and "
                           "is used as soon as there is a connection; you can close this page.");
        } else {
            m_stage = QStringLiteral("working");
        }
        break;
    }
    Q_EMIT changed();
}

QString InvitationController::countsFor() const
{
    if (m_employerName.isEmpty())
        return {};
    const QString kind = m_surveyKind == QLatin1String("exit") ? tr("exit survey")
        : m_surveyKind == QLatin1String("retention")           ? tr("stay survey")
                                                               : m_surveyKind;
    //: %1 is the employer's name, %2 the kind of survey ("exit survey")
    return tr("Your answers count for %1 — %2").arg(m_employerName, kind);
}

} // namespace zs
