#include "surveydefinition.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace zs {

namespace {

bool isIdentifier(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return d == static_cast<double>(static_cast<qint64>(d)) && d >= -1e9 && d <= 1e9;
}

/// "path.key", or just "key" at the top level of the document.
QString member(const QString &path, const char *key)
{
    return path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
}

/// Collects the first error with its JSON path.
class Parser
{
public:
    QString error;

    bool failAt(const QString &path, const QString &problem)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + problem;
        return false;
    }

    bool text(const QJsonObject &obj, const QString &path, const char *key, LocalizedText *out,
        bool required)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return true;
        if (!LocalizedText::fromJson(v, out))
            return failAt(
                member(path, key), QStringLiteral("must be {\"nl\": text, \"en\": text}"));
        return true;
    }

    bool integer(const QJsonObject &obj, const QString &path, const char *key, int *out,
        std::optional<int> fallback)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined() && fallback) {
            *out = *fallback;
            return true;
        }
        if (!isInteger(v))
            return failAt(member(path, key), QStringLiteral("must be an integer"));
        *out = v.toInt();
        return true;
    }

    bool options(const QJsonObject &obj, const QString &path, QList<Option> *out)
    {
        const QJsonValue v = obj.value(QLatin1String("options"));
        if (!v.isArray() || v.toArray().isEmpty())
            return failAt(
                path + QStringLiteral(".options"), QStringLiteral("must be a non-empty array"));
        if (v.toArray().size() > surveylimits::kMaxOptions)
            return failAt(path + QStringLiteral(".options"),
                QStringLiteral("at most %1 options").arg(surveylimits::kMaxOptions));
        QSet<QString> seen;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString optionPath = path + QStringLiteral(".options[%1]").arg(i);
            if (!array.at(i).isObject())
                return failAt(optionPath, QStringLiteral("must be an object"));
            const QJsonObject o = array.at(i).toObject();
            Option option;
            if (!isIdentifier(o.value(QLatin1String("id"))))
                return failAt(optionPath + QStringLiteral(".id"),
                    QStringLiteral("must be a lower-case identifier"));
            option.id = o.value(QLatin1String("id")).toString();
            if (seen.contains(option.id))
                return failAt(optionPath + QStringLiteral(".id"),
                    QStringLiteral("duplicate option id '%1'").arg(option.id));
            seen.insert(option.id);
            if (!text(o, optionPath, "label", &option.label, true))
                return false;
            const QJsonValue theme = o.value(QLatin1String("theme"));
            if (!theme.isUndefined()) {
                if (!isIdentifier(theme))
                    return failAt(optionPath + QStringLiteral(".theme"),
                        QStringLiteral("must be an identifier"));
                option.theme = theme.toString();
            }
            const QJsonValue exclusive = o.value(QLatin1String("exclusive"));
            if (!exclusive.isUndefined() && !exclusive.isBool())
                return failAt(optionPath + QStringLiteral(".exclusive"),
                    QStringLiteral("must be true or false"));
            option.exclusive = exclusive.toBool(false);
            out->append(option);
        }
        return true;
    }

    /// One node of a showIf. depth: the all/any groups around it; counted: the comparisons of this
    /// showIf so far (both bounded by surveylimits, checked before going deeper).
    bool condition(const QJsonValue &value, const QString &path,
        const QHash<QString, const Question *> &earlier, Condition *out, int depth, int *counted)
    {
        if (!value.isObject())
            return failAt(path, QStringLiteral("must be an object"));
        const QJsonObject obj = value.toObject();
        for (const auto &[key, kind] : { std::pair { "all", Condition::Kind::All },
                 std::pair { "any", Condition::Kind::Any } }) {
            const QJsonValue list = obj.value(QLatin1String(key));
            if (list.isUndefined())
                continue;
            const QString listPath = path + QLatin1Char('.') + QLatin1String(key);
            if (!list.isArray() || list.toArray().isEmpty())
                return failAt(listPath, QStringLiteral("must be a non-empty array"));
            if (depth + 1 > surveylimits::kMaxConditionDepth)
                return failAt(listPath,
                    QStringLiteral("all and any may be nested at most %1 deep")
                        .arg(surveylimits::kMaxConditionDepth));
            out->kind = kind;
            const QJsonArray array = list.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                Condition child;
                if (!condition(array.at(i), listPath + QStringLiteral("[%1]").arg(i), earlier,
                        &child, depth + 1, counted))
                    return false;
                out->children.append(child);
            }
            return true;
        }
        if (++*counted > surveylimits::kMaxConditions)
            return failAt(path,
                QStringLiteral("at most %1 comparisons in one showIf")
                    .arg(surveylimits::kMaxConditions));
        const QJsonValue q = obj.value(QLatin1String("question"));
        if (!q.isString() || !earlier.contains(q.toString()))
            return failAt(path + QStringLiteral(".question"),
                QStringLiteral("must name an earlier question"));
        out->question = q.toString();
        static const std::pair<const char *, Condition::Kind> comparisons[] = {
            { "equals", Condition::Kind::Equals },
            { "includes", Condition::Kind::Includes },
            { "atLeast", Condition::Kind::AtLeast },
            { "atMost", Condition::Kind::AtMost },
        };
        for (const auto &[key, kind] : comparisons) {
            const QJsonValue v = obj.value(QLatin1String(key));
            if (v.isUndefined())
                continue;
            if ((kind == Condition::Kind::AtLeast || kind == Condition::Kind::AtMost)
                && !isInteger(v))
                return failAt(path + QLatin1Char('.') + QLatin1String(key),
                    QStringLiteral("must be an integer"));
            if ((kind == Condition::Kind::Equals || kind == Condition::Kind::Includes)
                && !v.isString() && !isInteger(v))
                return failAt(path + QLatin1Char('.') + QLatin1String(key),
                    QStringLiteral("must be a string or an integer"));
            out->kind = kind;
            out->value = v;
            return true;
        }
        return failAt(
            path, QStringLiteral("needs one of equals, includes, atLeast, atMost, all, any"));
    }

    bool question(const QJsonValue &value, const QString &path,
        const QHash<QString, const Question *> &earlier, Question *q)
    {
        if (!value.isObject())
            return failAt(path, QStringLiteral("must be an object"));
        const QJsonObject obj = value.toObject();
        if (!isIdentifier(obj.value(QLatin1String("id"))))
            return failAt(
                path + QStringLiteral(".id"), QStringLiteral("must be a lower-case identifier"));
        q->id = obj.value(QLatin1String("id")).toString();
        if (earlier.contains(q->id))
            return failAt(path + QStringLiteral(".id"),
                QStringLiteral("duplicate question id '%1'").arg(q->id));
        static const QHash<QString, Question::Type> types = {
            { QStringLiteral("single"), Question::Type::Single },
            { QStringLiteral("multi"), Question::Type::Multi },
            { QStringLiteral("likert"), Question::Type::Likert },
            { QStringLiteral("scale"), Question::Type::Scale },
            { QStringLiteral("number"), Question::Type::Number },
            { QStringLiteral("text"), Question::Type::Text },
        };
        const QString typeName = obj.value(QLatin1String("type")).toString();
        if (!types.contains(typeName))
            return failAt(path + QStringLiteral(".type"),
                QStringLiteral("must be one of single, multi, likert, scale, number, text"));
        q->type = types.value(typeName);
        if (!text(obj, path, "text", &q->text, true) || !text(obj, path, "help", &q->help, false))
            return false;
        const QJsonValue required = obj.value(QLatin1String("required"));
        if (!required.isUndefined() && !required.isBool())
            return failAt(
                path + QStringLiteral(".required"), QStringLiteral("must be true or false"));
        q->required = required.toBool(false);
        if (obj.contains(QLatin1String("showIf"))) {
            Condition c;
            int comparisons = 0;
            if (!condition(obj.value(QLatin1String("showIf")), path + QStringLiteral(".showIf"),
                    earlier, &c, 0, &comparisons))
                return false;
            q->showIf = c;
        }
        switch (q->type) {
        case Question::Type::Single:
            if (obj.contains(QLatin1String("optionsFrom"))) {
                const QString from = obj.value(QLatin1String("optionsFrom")).toString();
                const Question *source = earlier.value(from);
                if (!source || source->type != Question::Type::Multi)
                    return failAt(path + QStringLiteral(".optionsFrom"),
                        QStringLiteral("must name an earlier multi question"));
                q->optionsFrom = from;
                q->options = source->options;
                return true;
            }
            return options(obj, path, &q->options);
        case Question::Type::Multi:
            if (!options(obj, path, &q->options))
                return false;
            if (!integer(obj, path, "min", &q->min, q->required ? 1 : 0)
                || !integer(obj, path, "max", &q->max, int(q->options.size())))
                return false;
            if (q->min < 0 || q->max < std::max(1, q->min) || q->max > q->options.size())
                return failAt(path + QStringLiteral(".max"),
                    QStringLiteral("needs 0 <= min <= max <= number of options"));
            return true;
        case Question::Type::Likert: {
            const QJsonValue items = obj.value(QLatin1String("items"));
            if (!items.isArray() || items.toArray().isEmpty())
                return failAt(
                    path + QStringLiteral(".items"), QStringLiteral("must be a non-empty array"));
            if (items.toArray().size() > surveylimits::kMaxLikertItems)
                return failAt(path + QStringLiteral(".items"),
                    QStringLiteral("at most %1 items").arg(surveylimits::kMaxLikertItems));
            QSet<QString> seen;
            const QJsonArray array = items.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString itemPath = path + QStringLiteral(".items[%1]").arg(i);
                const QJsonObject o = array.at(i).toObject();
                if (!isIdentifier(o.value(QLatin1String("id"))))
                    return failAt(itemPath + QStringLiteral(".id"),
                        QStringLiteral("must be a lower-case identifier"));
                LikertItem item { o.value(QLatin1String("id")).toString(), {} };
                if (seen.contains(item.id))
                    return failAt(
                        itemPath + QStringLiteral(".id"), QStringLiteral("duplicate item id"));
                seen.insert(item.id);
                if (!text(o, itemPath, "label", &item.label, true))
                    return false;
                q->items.append(item);
            }
            q->min = 1;
            q->max = 5;
            const QJsonValue labels = obj.value(QLatin1String("scaleLabels"));
            if (labels.isUndefined())
                return true;
            if (!labels.isArray() || labels.toArray().size() != 5)
                return failAt(path + QStringLiteral(".scaleLabels"),
                    QStringLiteral("must be an array of 5 labels"));
            for (qsizetype i = 0; i < 5; ++i) {
                LocalizedText label;
                if (!LocalizedText::fromJson(labels.toArray().at(i), &label))
                    return failAt(path + QStringLiteral(".scaleLabels[%1]").arg(i),
                        QStringLiteral("must be {\"nl\": text, \"en\": text}"));
                q->scaleLabels.append(label);
            }
            return true;
        }
        case Question::Type::Scale:
            if (!integer(obj, path, "min", &q->min, std::nullopt)
                || !integer(obj, path, "max", &q->max, std::nullopt))
                return false;
            if (q->max <= q->min || q->max - q->min > 20)
                return failAt(path + QStringLiteral(".max"),
                    QStringLiteral("must be above min, at most 20 steps"));
            return text(obj, path, "minLabel", &q->minLabel, false)
                && text(obj, path, "maxLabel", &q->maxLabel, false);
        case Question::Type::Number:
            if (!integer(obj, path, "min", &q->min, std::nullopt)
                || !integer(obj, path, "max", &q->max, std::nullopt))
                return false;
            if (q->max < q->min)
                return failAt(
                    path + QStringLiteral(".max"), QStringLiteral("must not be below min"));
            return text(obj, path, "unit", &q->unit, false);
        case Question::Type::Text:
            if (!integer(obj, path, "maxLength", &q->maxLength, 1000))
                return false;
            if (q->maxLength < 1 || q->maxLength > 5000)
                return failAt(path + QStringLiteral(".maxLength"),
                    QStringLiteral("must be between 1 and 5000"));
            return true;
        }
        return true;
    }
};

} // namespace

QString Question::typeName(Type type)
{
    switch (type) {
    case Type::Single:
        return QStringLiteral("single");
    case Type::Multi:
        return QStringLiteral("multi");
    case Type::Likert:
        return QStringLiteral("likert");
    case Type::Scale:
        return QStringLiteral("scale");
    case Type::Number:
        return QStringLiteral("number");
    case Type::Text:
        return QStringLiteral("text");
    }
    return {};
}

const Option *Question::option(const QString &optionId) const
{
    for (const Option &o : options) {
        if (o.id == optionId)
            return &o;
    }
    return nullptr;
}

const Question *SurveyDefinition::question(const QString &questionId) const
{
    const int i = indexOf(questionId);
    return i < 0 ? nullptr : &questions.at(i);
}

int SurveyDefinition::indexOf(const QString &questionId) const
{
    for (int i = 0; i < questions.size(); ++i) {
        if (questions.at(i).id == questionId)
            return i;
    }
    return -1;
}

std::optional<SurveyDefinition> SurveyDefinition::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("(document): not a JSON object (%1 at offset %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return parse(doc.object(), error);
}

std::optional<SurveyDefinition> SurveyDefinition::parse(const QJsonObject &json, QString *error)
{
    Parser p;
    SurveyDefinition def;
    const auto fail = [&]() -> std::optional<SurveyDefinition> {
        *error = p.error;
        return std::nullopt;
    };
    if (!isIdentifier(json.value(QLatin1String("id"))))
        return p.failAt(QStringLiteral("id"), QStringLiteral("must be a lower-case identifier")),
               fail();
    def.id = json.value(QLatin1String("id")).toString();
    if (!p.integer(json, QString(), "version", &def.version, std::nullopt))
        return fail();
    if (def.version < 1)
        return p.failAt(QStringLiteral("version"), QStringLiteral("must be at least 1")), fail();
    def.kind = json.value(QLatin1String("kind")).toString();
    static const QStringList kinds = { QStringLiteral("exit"), QStringLiteral("retention"),
        QStringLiteral("pulse"), QStringLiteral("panel") };
    if (!kinds.contains(def.kind))
        return p.failAt(QStringLiteral("kind"),
                   QStringLiteral("must be one of exit, retention, pulse, panel")),
               fail();
    if (!p.text(json, QString(), "title", &def.title, true)
        || !p.text(json, QString(), "intro", &def.intro, true))
        return fail();
    const QJsonValue region = json.value(QLatin1String("region"));
    if (!region.isUndefined()) {
        if (!isIdentifier(region))
            return p.failAt(QStringLiteral("region"), QStringLiteral("must be a region id")),
                   fail();
        def.region = region.toString();
    }
    const QJsonValue panel = json.value(QLatin1String("panel"));
    if (!panel.isUndefined()) {
        if (!isIdentifier(panel))
            return p.failAt(QStringLiteral("panel"), QStringLiteral("must be a panel id")), fail();
        def.panel = panel.toString();
    }
    if (def.kind == QLatin1String("panel") && def.panel.isEmpty())
        return p.failAt(QStringLiteral("panel"), QStringLiteral("a panel round names its panel")),
               fail();
    for (const auto &[key, out] :
        { std::pair { "opens", &def.opens }, std::pair { "closes", &def.closes } }) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!QDate::fromString(v.toString(), Qt::ISODate).isValid())
            return p.failAt(QLatin1String(key), QStringLiteral("must be a date YYYY-MM-DD")),
                   fail();
        *out = v.toString();
    }
    if (!def.opens.isEmpty() && !def.closes.isEmpty() && def.closes < def.opens)
        return p.failAt(QStringLiteral("closes"), QStringLiteral("must not be before opens")),
               fail();
    const QJsonValue questions = json.value(QLatin1String("questions"));
    if (!questions.isArray() || questions.toArray().isEmpty())
        return p.failAt(QStringLiteral("questions"), QStringLiteral("must be a non-empty array")),
               fail();
    if (questions.toArray().size() > surveylimits::kMaxQuestions)
        return p.failAt(QStringLiteral("questions"),
                   QStringLiteral("at most %1 questions").arg(surveylimits::kMaxQuestions)),
               fail();
    const QJsonArray array = questions.toArray();
    def.questions.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QHash<QString, const Question *> earlier;
        for (const Question &q : std::as_const(def.questions))
            earlier.insert(q.id, &q);
        Question q;
        if (!p.question(array.at(i), QStringLiteral("questions[%1]").arg(i), earlier, &q))
            return fail();
        def.questions.append(q);
    }
    def.source = json;
    return def;
}

} // namespace zs
