#pragma once

#include "heldcredential.h"
#include "profile.h"
#include "submission.h"
#include "surveydefinition.h"
#include "textscrubber.h"

#include <QDate>

namespace zs {

/// Turns a finished survey into a submission that can leave the device (DESIGN §5 rules 1–3):
/// strata only, the calendar month, a fresh random id, hidden answers dropped, text scrubbed.
/// The employer stratum comes only from an invitation's credential, never from the profile.
class Anonymiser
{
public:
    explicit Anonymiser(TextScrubber scrubber = TextScrubber());

    /// The submission of a finished survey; with a credential it counts for that employer.
    Submission anonymise(const SurveyDefinition &definition, const QJsonObject &answers,
        const Profile &profile, const QDate &today,
        const HeldCredential *credential = nullptr) const;
    /// The answers as they would be sent: the text answers scrubbed (for the review screen).
    QJsonObject scrubbedAnswers(
        const SurveyDefinition &definition, const QJsonObject &answers) const;

    const TextScrubber &scrubber() const { return m_scrubber; }

private:
    TextScrubber m_scrubber;
};

} // namespace zs
