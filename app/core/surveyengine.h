#pragma once

#include "surveydefinition.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace zs {

/// Why an answer or a set of answers is not acceptable; code is stable, message is English.
struct AnswerError
{
    QString field; ///< question id, or "answers"
    QString code; ///< required, wrong_type, not_an_option, too_few, too_many, exclusive,
                  ///< out_of_range, too_long, unknown_question, hidden_question
    QString message;
};

/// Applies a definition's rules to answers: showIf branching, per-type checks, required.
class SurveyEngine
{
public:
    explicit SurveyEngine(const SurveyDefinition &definition);

    const SurveyDefinition &definition() const { return m_definition; }

    /// True when the question's showIf holds for these answers (or it has none).
    bool isVisible(const Question &question, const QJsonObject &answers) const;
    /// Indexes of the questions that are shown for these answers, in order.
    QList<int> visibleIndexes(const QJsonObject &answers) const;
    /// The options a person may choose now (optionsFrom narrows to earlier picks).
    QList<Option> availableOptions(const Question &question, const QJsonObject &answers) const;
    /// True when value counts as no answer (null, "", [], {}).
    static bool isEmptyAnswer(const QJsonValue &value);
    /// Checks one answer (empty allowed only when not required).
    std::optional<AnswerError> checkAnswer(
        const Question &question, const QJsonValue &value, const QJsonObject &answers) const;
    /// Checks a complete set: no unknown or hidden questions answered, every shown one valid.
    std::optional<AnswerError> validate(const QJsonObject &answers) const;
    /// The answers with hidden and empty ones removed, as they would be submitted.
    QJsonObject pruned(const QJsonObject &answers) const;

private:
    bool holds(const Condition &condition, const QJsonObject &answers) const;

    SurveyDefinition m_definition;
};

} // namespace zs
