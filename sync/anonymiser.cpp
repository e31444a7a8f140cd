#include "anonymiser.h"

#include "surveyengine.h"

#include <QUuid>

namespace zs {

Anonymiser::Anonymiser(TextScrubber scrubber)
    : m_scrubber(std::move(scrubber))
{ }

QJsonObject Anonymiser::scrubbedAnswers(
    const SurveyDefinition &definition, const QJsonObject &answers) const
{
    QJsonObject result = SurveyEngine(definition).pruned(answers);
    for (const Question &q : definition.questions) {
        if (q.type == Question::Type::Text && result.contains(q.id))
            result.insert(q.id, m_scrubber.scrub(result.value(q.id).toString()).text);
    }
    return result;
}

Submission Anonymiser::anonymise(const SurveyDefinition &definition, const QJsonObject &answers,
    const Profile &profile, const QDate &today, const HeldCredential *credential) const
{
    Submission s;
    // QUuid::createUuid() is a random (version 4) UUID: no device, time or sequence in it.
    s.submissionId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
    s.surveyId = definition.id;
    s.surveyVersion = definition.version;
    s.period = today.toString(QStringLiteral("yyyy-MM"));
    s.strata = Strata { profile.region, profile.branch, profile.occupation, profile.ageBand,
        profile.tenureBand, credential ? credential->employer : QString() };
    // An employer's answers count in its own region, whichever the profile names.
    if (credential && !credential->region.isEmpty())
        s.strata.region = credential->region;
    if (credential)
        s.credential = credential->credential;
    s.answers = scrubbedAnswers(definition, answers);
    return s;
}

} // namespace zs
