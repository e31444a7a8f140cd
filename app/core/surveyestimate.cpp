#include "surveyestimate.h"

#include <algorithm>

namespace zs {

int estimatedMinutes(const SurveyDefinition &definition)
{
    // Rough seconds on a phone (assumed, not measured): reading a question, then each option,
    // statement or kind of input. Free text counts as a short answer; it is often skipped.
    constexpr int kIntro = 20;
    constexpr int kQuestion = 8;
    constexpr int kPerOption = 2;
    constexpr int kPerMultiOption = 3;
    constexpr int kPerStatement = 6;
    constexpr int kScale = 5;
    constexpr int kNumber = 8;
    constexpr int kText = 20;
    int seconds = kIntro;
    for (const Question &q : definition.questions) {
        if (q.showIf)
            continue;
        seconds += kQuestion;
        switch (q.type) {
        case Question::Type::Single: {
            // Options from an earlier multi question: at most the picks allowed there.
            const Question *source
                = q.optionsFrom.isEmpty() ? nullptr : definition.question(q.optionsFrom);
            seconds += kPerOption * int(source ? source->max : q.options.size());
            break;
        }
        case Question::Type::Multi:
            seconds += kPerMultiOption * int(q.options.size());
            break;
        case Question::Type::Likert:
            seconds += kPerStatement * int(q.items.size());
            break;
        case Question::Type::Scale:
            seconds += kScale;
            break;
        case Question::Type::Number:
            seconds += kNumber;
            break;
        case Question::Type::Text:
            seconds += kText;
            break;
        }
    }
    return std::max(1, (seconds + 30) / 60);
}

} // namespace zs
