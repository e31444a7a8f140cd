#pragma once

#include "surveydefinition.h"

#include <QHash>
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
///
/// Visibility is computed in one pass in definition order: a showIf may name only an earlier
/// question (SurveyDefinition::parse), so each comparison reads the visibility already computed
/// for its question instead of evaluating that question's showIf again. Checking a set of
/// answers costs one evaluation of every comparison, however the conditions are chained.
class SurveyEngine
{
public:
    explicit SurveyEngine(const SurveyDefinition &definition);

    const SurveyDefinition &definition() const { return m_definition; }

    /// Whether each question is shown for these answers, by index in definition order.
    QList<bool> visibility(const QJsonObject &answers) const;
    /// True when the question's showIf holds for these answers (or it has none). Computes the
    /// visibility of the questions up to this one; to ask about several, use visibility().
    bool isVisible(const Question &question, const QJsonObject &answers) const;
    /// Indexes of the questions that are shown for these answers, in order.
    QList<int> visibleIndexes(const QJsonObject &answers) const;
    /// How many questions there are for a person at question current (an index): those shown
    /// now, and every later one whose showIf names the current question or a later one that
    /// may itself still be shown, as an answer not given yet can show it. It only falls as she
    /// answers, so "question 3 of 8" never turns into "4 of 9" (a total that grows reads as a
    /// survey without end).
    int possibleCount(const QJsonObject &answers, int current) const;
    /// The indexes that are true in a visibility() result, in order.
    static QList<int> indexesShown(const QList<bool> &visibility);
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

    /// How many comparisons (equals, includes, atLeast, atMost) this engine has evaluated so
    /// far: lets a test prove the cost is linear by counting instead of timing.
    qint64 comparisonCount() const { return m_comparisons; }

private:
    /// The visibility of the first count questions.
    QList<bool> visibilityOf(const QJsonObject &answers, qsizetype count) const;
    /// Evaluates a showIf; shown holds the visibility of every earlier question.
    bool holds(
        const Condition &condition, const QJsonObject &answers, const QList<bool> &shown) const;
    /// True when the condition names a question at or after current that may still be shown
    /// (possible, by index), so an answer still to come can change whether it holds.
    bool namesOpen(const Condition &condition, const QList<bool> &possible, int current) const;

    SurveyDefinition m_definition;
    QHash<QString, int> m_index; ///< question id -> index
    mutable qint64 m_comparisons = 0; ///< a diagnostic, so a plain counter (one thread per engine)
};

} // namespace zs
