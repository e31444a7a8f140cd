#include "roundchecks.h"

#include <QHash>
#include <QRegularExpression>

namespace zs {

namespace {

bool isIdentifier(const QString &id)
{
    // The same pattern as SurveyDefinition::parse.
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

/// Which languages of a text are empty.
struct Gaps
{
    bool nl;
    bool en;
    bool both() const { return nl && en; }
    bool any() const { return nl || en; }
};

Gaps gaps(const LocalizedText &t)
{
    return { t.nl.trimmed().isEmpty(), t.en.trimmed().isEmpty() };
}

/// The path of a question's field.
QString at(int question, const QString &field)
{
    return QStringLiteral("questions[%1].%2").arg(question).arg(field);
}

} // namespace

QList<FieldError> RoundChecks::check(const RoundDraft &draft)
{
    QList<FieldError> errors;
    const auto add = [&errors](const QString &field, const QString &message, bool missing = false) {
        errors.append({ field, message, missing });
    };
    if (draft.panel.isEmpty())
        add(QStringLiteral("panel"), tr("Choose the panel whose members get this round."), true);
    if (!isIdentifier(draft.id))
        add(QStringLiteral("id"),
            tr("The id may hold only lower-case letters, digits, - and _ (at most 64), and "
               "starts with a letter or a digit."));
    if (draft.version < 1)
        add(QStringLiteral("version"), tr("The version is 1 or more."));
    if (const Gaps g = gaps(draft.title); g.both())
        add(QStringLiteral("title"), tr("Give the round a title in Dutch and in English."), true);
    else if (g.any())
        add(QStringLiteral("title"),
            g.nl ? tr("The Dutch title is missing.") : tr("The English title is missing."));
    if (const Gaps g = gaps(draft.intro); g.both())
        add(QStringLiteral("intro"),
            tr("Write a short introduction in Dutch and in English: members read it first."), true);
    else if (g.any())
        add(QStringLiteral("intro"),
            g.nl ? tr("The Dutch introduction is missing.")
                 : tr("The English introduction is missing."));
    if (draft.questions.isEmpty())
        add(QStringLiteral("questions"), tr("Add at least one question."), true);
    if (draft.questions.size() > surveylimits::kMaxQuestions)
        add(QStringLiteral("questions"),
            tr("A round has at most %1 questions.").arg(surveylimits::kMaxQuestions));

    QHash<QString, int> questionIds; // id -> number of the first question with it
    for (int i = 0; i < draft.questions.size(); ++i) {
        const DraftQuestion &q = draft.questions.at(i);
        if (!isIdentifier(q.id))
            add(at(i, QStringLiteral("id")),
                tr("The id may hold only lower-case letters, digits, - and _ (at most 64), and "
                   "starts with a letter or a digit."));
        else if (questionIds.contains(q.id))
            add(at(i, QStringLiteral("id")),
                tr("Question %1 already has the id \"%2\".")
                    .arg(questionIds.value(q.id))
                    .arg(q.id));
        questionIds.insert(q.id, questionIds.value(q.id, i + 1));
        if (const Gaps g = gaps(q.text); g.both())
            add(at(i, QStringLiteral("text")), tr("Write the question in Dutch and in English."),
                true);
        else if (g.any())
            add(at(i, QStringLiteral("text")),
                g.nl ? tr("The Dutch question is missing.")
                     : tr("The English question is missing."));
        if (gaps(q.help).any() && !gaps(q.help).both())
            add(at(i, QStringLiteral("help")),
                tr("Give the explanation in both languages, or leave both empty."));

        const bool isLikert = q.type == Question::Type::Likert;
        const QList<DraftChoice> &choices = isLikert ? q.items : q.options;
        const QString list = isLikert ? QStringLiteral("items") : QStringLiteral("options");
        const bool fromEarlier = q.type == Question::Type::Single && q.options.isEmpty()
            && q.extra.contains(QLatin1String("optionsFrom"));
        if ((q.hasOptions() || isLikert) && !fromEarlier) {
            const int limit = isLikert ? surveylimits::kMaxLikertItems : surveylimits::kMaxOptions;
            if (choices.isEmpty())
                add(at(i, list),
                    isLikert ? tr("Add at least one statement.") : tr("Add at least one option."),
                    true);
            else if (choices.size() > limit)
                add(at(i, list),
                    isLikert ? tr("A question has at most %1 statements.").arg(limit)
                             : tr("A question has at most %1 options.").arg(limit));
            QHash<QString, int> ids;
            for (int j = 0; j < choices.size(); ++j) {
                const DraftChoice &c = choices.at(j);
                const QString path = at(i, QStringLiteral("%1[%2]").arg(list).arg(j));
                if (!isIdentifier(c.id))
                    add(path + QStringLiteral(".id"),
                        tr("The id may hold only lower-case letters, digits, - and _ (at most "
                           "64), and starts with a letter or a digit."));
                else if (ids.contains(c.id))
                    add(path + QStringLiteral(".id"),
                        tr("Number %1 already has the id \"%2\".").arg(ids.value(c.id)).arg(c.id));
                ids.insert(c.id, ids.value(c.id, j + 1));
                if (const Gaps g = gaps(c.label); g.both())
                    add(path + QStringLiteral(".label"),
                        isLikert ? tr("Write statement %1 in Dutch and in English.").arg(j + 1)
                                 : tr("Give option %1 a label in Dutch and in English.").arg(j + 1),
                        true);
                else if (g.any())
                    add(path + QStringLiteral(".label"),
                        g.nl ? tr("Number %1 has no Dutch text.").arg(j + 1)
                             : tr("Number %1 has no English text.").arg(j + 1));
            }
        }
        switch (q.type) {
        case Question::Type::Multi: {
            const int min = q.extra.value(QLatin1String("min")).toInt(q.required ? 1 : 0);
            const int max = q.max > 0 ? q.max : int(q.options.size());
            if (!q.options.isEmpty()
                && (min < 0 || max > q.options.size() || max < std::max(1, min)))
                add(at(i, QStringLiteral("max")),
                    tr("Allow from %1 to %2 choices: the question has %2 options.")
                        .arg(std::max(1, min))
                        .arg(q.options.size()));
            break;
        }
        case Question::Type::Scale:
            if (q.max <= q.min)
                add(at(i, QStringLiteral("max")),
                    tr("The highest value must be above the lowest."));
            else if (q.max - q.min > 20)
                add(at(i, QStringLiteral("max")), tr("A scale has at most 21 steps."));
            if (gaps(q.minLabel).any() && !gaps(q.minLabel).both())
                add(at(i, QStringLiteral("minLabel")),
                    tr("Give the label of the lowest value in both languages, or leave both "
                       "empty."));
            if (gaps(q.maxLabel).any() && !gaps(q.maxLabel).both())
                add(at(i, QStringLiteral("maxLabel")),
                    tr("Give the label of the highest value in both languages, or leave both "
                       "empty."));
            break;
        case Question::Type::Number:
            if (q.max < q.min)
                add(at(i, QStringLiteral("max")),
                    tr("The highest number must not be below the lowest."));
            if (gaps(q.unit).any() && !gaps(q.unit).both())
                add(at(i, QStringLiteral("unit")),
                    tr("Give the unit in both languages, or leave both empty."));
            break;
        case Question::Type::Text:
            if (q.maxLength < 1 || q.maxLength > 5000)
                add(at(i, QStringLiteral("maxLength")), tr("Allow from 1 to 5000 characters."));
            break;
        case Question::Type::Single:
        case Question::Type::Likert:
            break;
        }

        if (q.showIfQuestion == 0)
            continue;
        // A show-if names an earlier question with options, and one of them (DESIGN §3).
        const int source = draft.indexOf(q.showIfQuestion);
        const DraftQuestion *s = source < 0 ? nullptr : &draft.questions.at(source);
        const QString path = at(i, QStringLiteral("showIf"));
        if (!s)
            add(path,
                tr("The question this one depends on was removed: choose another one, or show "
                   "this question always."));
        else if (source >= i)
            add(path,
                tr("This question depends on question %1, which now comes after it: move it "
                   "below question %1, or choose another condition.")
                    .arg(source + 1));
        else if (!s->hasOptions())
            add(path,
                tr("Question %1 has no options any more: choose another condition.")
                    .arg(source + 1));
        else if (q.showIfOption == 0)
            add(path, tr("Choose the answer that shows this question."), true);
        else if (!s->choice(q.showIfOption))
            add(path,
                tr("The answer this question depends on was removed from question %1: choose "
                   "another one.")
                    .arg(source + 1));
    }
    return errors;
}

FieldError RoundChecks::fromParser(const QString &parserError)
{
    const QString path = parserError.section(QStringLiteral(": "), 0, 0);
    return { path, messageForPath(path), false };
}

FieldError RoundChecks::fromProtocol(const ProtocolError &error, const RoundDraft &draft)
{
    if (error.code == QLatin1String("id_taken"))
        return { QStringLiteral("id"),
            tr("The id \"%1\" belongs to another survey: choose another id.").arg(draft.id) };
    if (error.code == QLatin1String("version_exists"))
        return { QStringLiteral("version"),
            tr("Version %1 of \"%2\" is published already. To publish a changed round, raise "
               "the version.")
                .arg(draft.version)
                .arg(draft.id) };
    return { error.field.isEmpty() ? QStringLiteral("document") : error.field,
        messageForPath(error.field) };
}

QString RoundChecks::messageForPath(const QString &path)
{
    // The last named part of the path says what the field is ("questions[1].options[0].label").
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    const QStringList parts = QString(path).remove(index).split(u'.');
    const QString last = parts.value(parts.size() - 1);
    const bool inQuestion = path.startsWith(QLatin1String("questions["));
    const bool inChoice
        = path.contains(QLatin1String(".options[")) || path.contains(QLatin1String(".items["));
    if (last == QLatin1String("region"))
        return tr("The panel does not serve the region this round names. Remove \"region\" from "
                  "the file, or choose a region the panel serves.");
    if (last == QLatin1String("panel"))
        return tr("Choose the panel whose members get this round.");
    if (last == QLatin1String("kind"))
        return tr("This is not a panel round.");
    if (last == QLatin1String("opens") || last == QLatin1String("closes"))
        return tr("The opening and closing dates must be dates like 2027-03-31, closing not "
                  "before opening.");
    if (last == QLatin1String("version"))
        return tr("The version is 1 or more.");
    if (last == QLatin1String("id"))
        return tr("The id may hold only lower-case letters, digits, - and _ (at most 64), and "
                  "starts with a letter or a digit, once in its list.");
    if (last == QLatin1String("title"))
        return tr("Give the round a title in Dutch and in English.");
    if (last == QLatin1String("intro"))
        return tr("Write a short introduction in Dutch and in English: members read it first.");
    if (last == QLatin1String("label"))
        return tr("Give every option and statement a text in Dutch and in English.");
    if (inChoice)
        return tr("This option or statement is not valid.");
    if (!inQuestion)
        return tr("The round is not valid here (%1).").arg(path);
    if (parts.contains(QLatin1String("showIf")))
        return tr("This condition must name an earlier question and one of its answers.");
    if (last == QLatin1String("text"))
        return tr("Write the question in Dutch and in English.");
    if (last == QLatin1String("help"))
        return tr("Give the explanation in both languages, or leave both empty.");
    if (last == QLatin1String("options"))
        return tr("Add at least one option (at most %1).").arg(surveylimits::kMaxOptions);
    if (last == QLatin1String("items"))
        return tr("Add at least one statement (at most %1).").arg(surveylimits::kMaxLikertItems);
    if (last == QLatin1String("min") || last == QLatin1String("max"))
        return tr("Check the lowest and highest values.");
    if (last == QLatin1String("maxLength"))
        return tr("Allow from 1 to 5000 characters.");
    if (last == QLatin1String("optionsFrom"))
        return tr("The options must come from an earlier multiple-choice question.");
    return tr("This question is not valid as it is (%1).").arg(last);
}

} // namespace zs
