#include "surveyengine.h"

#include "textcheck.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace zs {

namespace {

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return d == static_cast<double>(static_cast<qint64>(d)) && d >= -1e9 && d <= 1e9;
}

AnswerError error(const Question &q, const char *code, const QString &message)
{
    return AnswerError { q.id, QLatin1String(code), message };
}

} // namespace

SurveyEngine::SurveyEngine(const SurveyDefinition &definition)
    : m_definition(definition)
{
    m_index.reserve(m_definition.questions.size());
    for (int i = 0; i < m_definition.questions.size(); ++i)
        m_index.insert(m_definition.questions.at(i).id, i);
}

bool SurveyEngine::isEmptyAnswer(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull()
        || (value.isString() && value.toString().trimmed().isEmpty())
        || (value.isArray() && value.toArray().isEmpty())
        || (value.isObject() && value.toObject().isEmpty());
}

bool SurveyEngine::holds(
    const Condition &condition, const QJsonObject &answers, const QList<bool> &shown) const
{
    switch (condition.kind) {
    case Condition::Kind::All:
        for (const Condition &c : condition.children) {
            if (!holds(c, answers, shown))
                return false;
        }
        return true;
    case Condition::Kind::Any:
        for (const Condition &c : condition.children) {
            if (holds(c, answers, shown))
                return true;
        }
        return false;
    default:
        break;
    }
    ++m_comparisons;
    // A hidden question's answer opens nothing. parse() allows only earlier questions, whose
    // visibility is in shown already; anything else (unknown, not earlier) holds for no answer.
    const int source = m_index.value(condition.question, -1);
    if (source < 0 || source >= shown.size() || !shown.at(source))
        return false;
    const QJsonValue answer = answers.value(condition.question);
    if (isEmptyAnswer(answer))
        return false;
    switch (condition.kind) {
    case Condition::Kind::Equals:
        return answer == condition.value;
    case Condition::Kind::Includes: {
        if (!answer.isArray())
            return answer == condition.value;
        // A list longer than the question's options repeats or invents some, so it is no valid
        // answer and opens nothing; the bound keeps each comparison as cheap as the definition
        // allows, however long a list a submission sends.
        const QJsonArray picked = answer.toArray();
        return picked.size() <= m_definition.questions.at(source).options.size()
            && picked.contains(condition.value);
    }
    case Condition::Kind::AtLeast:
        return isInteger(answer) && answer.toInt() >= condition.value.toInt();
    case Condition::Kind::AtMost:
        return isInteger(answer) && answer.toInt() <= condition.value.toInt();
    default:
        return false;
    }
}

QList<bool> SurveyEngine::visibilityOf(const QJsonObject &answers, qsizetype count) const
{
    QList<bool> shown;
    shown.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Question &q = m_definition.questions.at(i);
        shown.append(!q.showIf || holds(*q.showIf, answers, shown));
    }
    return shown;
}

QList<bool> SurveyEngine::visibility(const QJsonObject &answers) const
{
    return visibilityOf(answers, m_definition.questions.size());
}

bool SurveyEngine::isVisible(const Question &question, const QJsonObject &answers) const
{
    if (!question.showIf)
        return true;
    // Its conditions name only questions before it; one not of this survey gets them all.
    const int index = m_index.value(question.id, -1);
    return holds(*question.showIf, answers,
        visibilityOf(answers, index < 0 ? m_definition.questions.size() : index));
}

int SurveyEngine::possibleCount(const QJsonObject &answers, int current) const
{
    const QList<bool> shown = visibility(answers);
    QList<bool> possible = shown;
    for (qsizetype i = current + 1; i < shown.size(); ++i) {
        // A condition on questions she has passed is settled (shown says how); one on the
        // current question, or on a later one that may still be shown, is not.
        const std::optional<Condition> &showIf = m_definition.questions.at(i).showIf;
        if (!shown.at(i) && showIf)
            possible[i] = namesOpen(*showIf, possible, current);
    }
    return int(possible.count(true));
}

bool SurveyEngine::namesOpen(
    const Condition &condition, const QList<bool> &possible, int current) const
{
    if (condition.kind == Condition::Kind::All || condition.kind == Condition::Kind::Any) {
        return std::any_of(condition.children.begin(), condition.children.end(),
            [&](const Condition &child) { return namesOpen(child, possible, current); });
    }
    const int named = m_index.value(condition.question, -1);
    return named >= current && possible.value(named);
}

QList<int> SurveyEngine::indexesShown(const QList<bool> &visibility)
{
    QList<int> result;
    for (int i = 0; i < visibility.size(); ++i) {
        if (visibility.at(i))
            result.append(i);
    }
    return result;
}

QList<int> SurveyEngine::visibleIndexes(const QJsonObject &answers) const
{
    return indexesShown(visibility(answers));
}

QList<Option> SurveyEngine::availableOptions(
    const Question &question, const QJsonObject &answers) const
{
    if (question.optionsFrom.isEmpty())
        return question.options;
    const QJsonArray picked = answers.value(question.optionsFrom).toArray();
    QList<Option> result;
    for (const Option &o : question.options) {
        if (picked.contains(QJsonValue(o.id)))
            result.append(o);
    }
    return result;
}

std::optional<AnswerError> SurveyEngine::checkAnswer(
    const Question &q, const QJsonValue &value, const QJsonObject &answers) const
{
    if (isEmptyAnswer(value)) {
        if (q.required)
            return error(q, "required", QStringLiteral("an answer is required"));
        return std::nullopt;
    }
    switch (q.type) {
    case Question::Type::Single: {
        if (!value.isString())
            return error(q, "wrong_type", QStringLiteral("must be an option id"));
        const QList<Option> options = availableOptions(q, answers);
        for (const Option &o : options) {
            if (o.id == value.toString())
                return std::nullopt;
        }
        return error(
            q, "not_an_option", QStringLiteral("'%1' is not an option").arg(value.toString()));
    }
    case Question::Type::Multi: {
        if (!value.isArray())
            return error(q, "wrong_type", QStringLiteral("must be a list of option ids"));
        QSet<QString> seen;
        for (const QJsonValue &v : value.toArray()) {
            if (!v.isString())
                return error(q, "wrong_type", QStringLiteral("must be a list of option ids"));
            if (!q.option(v.toString()))
                return error(
                    q, "not_an_option", QStringLiteral("'%1' is not an option").arg(v.toString()));
            if (seen.contains(v.toString()))
                return error(
                    q, "wrong_type", QStringLiteral("'%1' is listed twice").arg(v.toString()));
            seen.insert(v.toString());
        }
        if (seen.size() > 1) {
            for (const QString &id : std::as_const(seen)) {
                if (q.option(id)->exclusive)
                    return error(q, "exclusive",
                        QStringLiteral("'%1' cannot be combined with other options").arg(id));
            }
        }
        if (seen.size() < q.min)
            return error(q, "too_few", QStringLiteral("choose at least %1").arg(q.min));
        if (seen.size() > q.max)
            return error(q, "too_many", QStringLiteral("choose at most %1").arg(q.max));
        return std::nullopt;
    }
    case Question::Type::Likert: {
        if (!value.isObject())
            return error(q, "wrong_type", QStringLiteral("must map item ids to 1-5"));
        const QJsonObject obj = value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const bool known = std::any_of(q.items.begin(), q.items.end(),
                [&](const LikertItem &item) { return item.id == it.key(); });
            if (!known)
                return error(
                    q, "not_an_option", QStringLiteral("'%1' is not an item").arg(it.key()));
            if (!isInteger(it.value()) || it.value().toInt() < 1 || it.value().toInt() > 5)
                return error(
                    q, "out_of_range", QStringLiteral("'%1' must be 1 to 5").arg(it.key()));
        }
        if (q.required && obj.size() < q.items.size())
            return error(q, "required", QStringLiteral("every statement needs an answer"));
        return std::nullopt;
    }
    case Question::Type::Scale:
    case Question::Type::Number:
        if (!isInteger(value))
            return error(q, "wrong_type", QStringLiteral("must be a whole number"));
        if (value.toInt() < q.min || value.toInt() > q.max)
            return error(q, "out_of_range",
                QStringLiteral("must be between %1 and %2").arg(q.min).arg(q.max));
        return std::nullopt;
    case Question::Type::Text:
        if (!value.isString())
            return error(q, "wrong_type", QStringLiteral("must be text"));
        if (value.toString().size() > q.maxLength)
            return error(q, "too_long", QStringLiteral("at most %1 characters").arg(q.maxLength));
        if (!isCleanText(value.toString()))
            return error(q, "invalid_characters",
                QStringLiteral("contains a lone surrogate or a noncharacter"));
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<AnswerError> SurveyEngine::validate(const QJsonObject &answers) const
{
    const QList<bool> shown = visibility(answers);
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const int i = m_index.value(it.key(), -1);
        if (i < 0)
            return AnswerError { it.key(), QStringLiteral("unknown_question"),
                QStringLiteral("no question '%1' in this survey").arg(it.key()) };
        if (!shown.at(i) && !isEmptyAnswer(it.value()))
            return AnswerError { it.key(), QStringLiteral("hidden_question"),
                QStringLiteral("question '%1' is not shown for these answers").arg(it.key()) };
    }
    for (const int i : indexesShown(shown)) {
        const Question &q = m_definition.questions.at(i);
        if (auto e = checkAnswer(q, answers.value(q.id), answers))
            return e;
    }
    return std::nullopt;
}

QJsonObject SurveyEngine::pruned(const QJsonObject &answers) const
{
    QJsonObject result;
    for (const int i : visibleIndexes(answers)) {
        const Question &q = m_definition.questions.at(i);
        const QJsonValue v = answers.value(q.id);
        if (!isEmptyAnswer(v))
            result.insert(q.id, v);
    }
    return result;
}

} // namespace zs
