#include "rounddraft.h"

#include <QJsonArray>
#include <QSet>

namespace zs {

namespace {

const QHash<QString, Question::Type> &typesByName()
{
    static const QHash<QString, Question::Type> types = {
        { QStringLiteral("single"), Question::Type::Single },
        { QStringLiteral("multi"), Question::Type::Multi },
        { QStringLiteral("likert"), Question::Type::Likert },
        { QStringLiteral("scale"), Question::Type::Scale },
        { QStringLiteral("number"), Question::Type::Number },
        { QStringLiteral("text"), Question::Type::Text },
    };
    return types;
}

/// The keys of a question of this type that the builder edits (all others are kept in extra).
QStringList ownedKeys(Question::Type type)
{
    QStringList keys = { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("text"),
        QStringLiteral("help"), QStringLiteral("required") };
    switch (type) {
    case Question::Type::Single:
        keys << QStringLiteral("options");
        break;
    case Question::Type::Multi:
        keys << QStringLiteral("options") << QStringLiteral("max");
        break;
    case Question::Type::Likert:
        keys << QStringLiteral("items");
        break;
    case Question::Type::Scale:
        keys << QStringLiteral("min") << QStringLiteral("max") << QStringLiteral("minLabel")
             << QStringLiteral("maxLabel");
        break;
    case Question::Type::Number:
        keys << QStringLiteral("min") << QStringLiteral("max") << QStringLiteral("unit");
        break;
    case Question::Type::Text:
        keys << QStringLiteral("maxLength");
        break;
    }
    return keys;
}

QJsonObject without(QJsonObject object, const QStringList &keys)
{
    for (const QString &key : keys)
        object.remove(key);
    return object;
}

QJsonObject textJson(const LocalizedText &text)
{
    return { { QStringLiteral("nl"), text.nl.trimmed() },
        { QStringLiteral("en"), text.en.trimmed() } };
}

bool isBlank(const LocalizedText &text)
{
    return text.nl.trimmed().isEmpty() && text.en.trimmed().isEmpty();
}

/// Reads {"nl", "en"} as far as it goes (a missing language stays empty).
LocalizedText textOf(const QJsonValue &value)
{
    return { value[QLatin1String("nl")].toString(), value[QLatin1String("en")].toString() };
}

QJsonArray choicesJson(const QList<DraftChoice> &choices)
{
    QJsonArray array;
    for (const DraftChoice &c : choices) {
        QJsonObject o = c.extra;
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("label"), textJson(c.label));
        array.append(o);
    }
    return array;
}

QString unique(const QString &base, const QSet<QString> &taken)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        QString candidate = base.left(56) + QStringLiteral("-%1").arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

void updateChoiceIds(QList<DraftChoice> &choices, const QString &fallback)
{
    QSet<QString> taken;
    for (const DraftChoice &c : std::as_const(choices)) {
        if (!c.idAuto)
            taken.insert(c.id);
    }
    for (qsizetype i = 0; i < choices.size(); ++i) {
        DraftChoice &c = choices[i];
        if (!c.idAuto)
            continue;
        const QString base
            = RoundDraft::slug(c.label.nl.isEmpty() ? c.label.en : c.label.nl, fallback.arg(i + 1));
        c.id = unique(base, taken);
        taken.insert(c.id);
    }
}

} // namespace

const DraftChoice *DraftQuestion::choice(int choiceUid) const
{
    for (const DraftChoice &c : options) {
        if (c.uid == choiceUid)
            return &c;
    }
    return nullptr;
}

DraftChoice RoundDraft::newChoice()
{
    DraftChoice c;
    c.uid = nextUid++;
    return c;
}

DraftQuestion RoundDraft::newQuestion(Question::Type type)
{
    DraftQuestion q;
    q.uid = nextUid++;
    q.type = type;
    switch (type) {
    case Question::Type::Single:
    case Question::Type::Multi:
        q.options = { newChoice(), newChoice() };
        break;
    case Question::Type::Likert:
        q.items = { newChoice(), newChoice() };
        break;
    case Question::Type::Scale:
        q.min = 1;
        q.max = 5;
        break;
    case Question::Type::Number:
        q.min = 0;
        q.max = 100;
        break;
    case Question::Type::Text:
        // Free text is usually a "tell us more": optional unless the coordinator says otherwise.
        q.required = false;
        break;
    }
    return q;
}

int RoundDraft::indexOf(int questionUid) const
{
    for (int i = 0; i < questions.size(); ++i) {
        if (questions.at(i).uid == questionUid)
            return i;
    }
    return -1;
}

DraftQuestion *RoundDraft::question(int questionUid)
{
    const int i = indexOf(questionUid);
    return i < 0 ? nullptr : &questions[i];
}

const DraftQuestion *RoundDraft::question(int questionUid) const
{
    const int i = indexOf(questionUid);
    return i < 0 ? nullptr : &questions.at(i);
}

bool RoundDraft::isEmpty() const
{
    return questions.isEmpty() && isBlank(title) && isBlank(intro) && idAuto && extra.isEmpty();
}

QString RoundDraft::slug(const QString &text, const QString &fallback)
{
    // Decomposed, so "één" keeps its letters and loses only the accents.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    bool gap = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (gap && !out.isEmpty())
                out += u'-';
            gap = false;
            out += c;
        } else {
            gap = true;
        }
    }
    if (out.size() > 40) {
        const qsizetype cut = out.lastIndexOf(u'-', 40);
        out = out.left(cut >= 12 ? cut : 40);
    }
    return out.isEmpty() ? fallback : out;
}

void RoundDraft::updateAutoIds()
{
    if (idAuto)
        id = slug(title.nl.isEmpty() ? title.en : title.nl, QStringLiteral("panelronde"));
    QSet<QString> taken;
    for (const DraftQuestion &q : std::as_const(questions)) {
        if (!q.idAuto)
            taken.insert(q.id);
    }
    for (qsizetype i = 0; i < questions.size(); ++i) {
        DraftQuestion &q = questions[i];
        if (q.idAuto) {
            const QString base = slug(
                q.text.nl.isEmpty() ? q.text.en : q.text.nl, QStringLiteral("vraag-%1").arg(i + 1));
            q.id = unique(base, taken);
            taken.insert(q.id);
        }
        updateChoiceIds(q.options, QStringLiteral("optie-%1"));
        updateChoiceIds(q.items, QStringLiteral("stelling-%1"));
    }
}

QJsonObject RoundDraft::toDefinition() const
{
    QJsonObject d = extra;
    d.insert(QStringLiteral("id"), id);
    d.insert(QStringLiteral("version"), version);
    d.insert(QStringLiteral("kind"), QStringLiteral("panel"));
    if (panel.isEmpty())
        d.remove(QStringLiteral("panel"));
    else
        d.insert(QStringLiteral("panel"), panel);
    d.insert(QStringLiteral("title"), textJson(title));
    d.insert(QStringLiteral("intro"), textJson(intro));
    QJsonArray list;
    for (const DraftQuestion &q : questions) {
        QJsonObject o = q.extra;
        o.insert(QStringLiteral("id"), q.id);
        o.insert(QStringLiteral("type"), Question::typeName(q.type));
        o.insert(QStringLiteral("text"), textJson(q.text));
        if (!isBlank(q.help))
            o.insert(QStringLiteral("help"), textJson(q.help));
        o.insert(QStringLiteral("required"), q.required);
        if (q.showIfQuestion != 0) {
            const DraftQuestion *source = question(q.showIfQuestion);
            const DraftChoice *option = source ? source->choice(q.showIfOption) : nullptr;
            const bool multi = source && source->type == Question::Type::Multi;
            o.insert(QStringLiteral("showIf"),
                QJsonObject { { QStringLiteral("question"), source ? source->id : QString() },
                    { multi ? QStringLiteral("includes") : QStringLiteral("equals"),
                        option ? option->id : QString() } });
        }
        switch (q.type) {
        case Question::Type::Single:
            // Options taken from an earlier multi (an imported optionsFrom) stay as they were.
            if (!q.options.isEmpty() || !o.contains(QLatin1String("optionsFrom"))) {
                o.insert(QStringLiteral("options"), choicesJson(q.options));
                o.remove(QStringLiteral("optionsFrom"));
            }
            break;
        case Question::Type::Multi:
            o.insert(QStringLiteral("options"), choicesJson(q.options));
            if (q.max > 0)
                o.insert(QStringLiteral("max"), q.max);
            break;
        case Question::Type::Likert:
            o.insert(QStringLiteral("items"), choicesJson(q.items));
            break;
        case Question::Type::Scale:
            o.insert(QStringLiteral("min"), q.min);
            o.insert(QStringLiteral("max"), q.max);
            if (!isBlank(q.minLabel))
                o.insert(QStringLiteral("minLabel"), textJson(q.minLabel));
            if (!isBlank(q.maxLabel))
                o.insert(QStringLiteral("maxLabel"), textJson(q.maxLabel));
            break;
        case Question::Type::Number:
            o.insert(QStringLiteral("min"), q.min);
            o.insert(QStringLiteral("max"), q.max);
            if (!isBlank(q.unit))
                o.insert(QStringLiteral("unit"), textJson(q.unit));
            break;
        case Question::Type::Text:
            o.insert(QStringLiteral("maxLength"), q.maxLength);
            break;
        }
        list.append(o);
    }
    d.insert(QStringLiteral("questions"), list);
    return d;
}

RoundDraft RoundDraft::fromDefinition(const QJsonObject &json)
{
    RoundDraft d;
    d.extra = without(json,
        { QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("kind"),
            QStringLiteral("panel"), QStringLiteral("title"), QStringLiteral("intro"),
            QStringLiteral("questions") });
    d.id = json.value(QLatin1String("id")).toString();
    d.idAuto = d.id.isEmpty();
    d.version = json.value(QLatin1String("version")).toInt(1);
    d.panel = json.value(QLatin1String("panel")).toString();
    d.title = textOf(json.value(QLatin1String("title")));
    d.intro = textOf(json.value(QLatin1String("intro")));
    const auto readChoices = [&d](const QJsonValue &list) {
        QList<DraftChoice> choices;
        for (const QJsonValue &v : list.toArray()) {
            DraftChoice c = d.newChoice();
            c.id = v[QLatin1String("id")].toString();
            c.idAuto = c.id.isEmpty();
            c.label = textOf(v[QLatin1String("label")]);
            c.extra = without(v.toObject(), { QStringLiteral("id"), QStringLiteral("label") });
            choices.append(c);
        }
        return choices;
    };
    QList<QJsonObject> conditions;
    for (const QJsonValue &v : json.value(QLatin1String("questions")).toArray()) {
        const QJsonObject o = v.toObject();
        DraftQuestion q;
        q.uid = d.nextUid++;
        q.id = o.value(QLatin1String("id")).toString();
        q.idAuto = q.id.isEmpty();
        q.type = typesByName().value(o.value(QLatin1String("type")).toString());
        q.text = textOf(o.value(QLatin1String("text")));
        q.help = textOf(o.value(QLatin1String("help")));
        q.required = o.value(QLatin1String("required")).toBool(false);
        q.options = readChoices(o.value(QLatin1String("options")));
        q.items = readChoices(o.value(QLatin1String("items")));
        const bool ranged = q.type == Question::Type::Scale || q.type == Question::Type::Number;
        q.min = o.value(QLatin1String("min")).toInt(q.type == Question::Type::Scale ? 1 : 0);
        q.max = o.value(QLatin1String("max")).toInt(ranged ? 5 : 0);
        q.minLabel = textOf(o.value(QLatin1String("minLabel")));
        q.maxLabel = textOf(o.value(QLatin1String("maxLabel")));
        q.unit = textOf(o.value(QLatin1String("unit")));
        q.maxLength = o.value(QLatin1String("maxLength")).toInt(1000);
        q.extra = without(o, ownedKeys(q.type));
        conditions.append(q.extra.value(QLatin1String("showIf")).toObject());
        d.questions.append(q);
    }
    // A show-if the builder can edit ("this option of that question") becomes uids; it may name a
    // later question, which RoundChecks then reports at the condition. Any other stays as it was.
    for (qsizetype i = 0; i < d.questions.size(); ++i) {
        const QJsonObject &c = conditions.at(i);
        const bool includes = c.contains(QLatin1String("includes"));
        const QJsonValue value
            = c.value(includes ? QLatin1String("includes") : QLatin1String("equals"));
        if (c.size() != 2 || !value.isString())
            continue;
        for (const DraftQuestion &source : std::as_const(d.questions)) {
            if (source.id != c.value(QLatin1String("question")).toString()
                || source.uid == d.questions.at(i).uid)
                continue;
            const bool fits = includes ? source.type == Question::Type::Multi
                                       : source.type == Question::Type::Single;
            for (const DraftChoice &o : source.options) {
                if (fits && o.id == value.toString()) {
                    d.questions[i].showIfQuestion = source.uid;
                    d.questions[i].showIfOption = o.uid;
                    d.questions[i].extra.remove(QStringLiteral("showIf"));
                }
            }
            break;
        }
    }
    return d;
}

QJsonObject RoundDraft::toStored() const
{
    QJsonArray flags;
    for (const DraftQuestion &q : questions) {
        QJsonArray options;
        QJsonArray items;
        for (const DraftChoice &c : q.options)
            options.append(c.idAuto);
        for (const DraftChoice &c : q.items)
            items.append(c.idAuto);
        flags.append(QJsonObject { { QStringLiteral("idAuto"), q.idAuto },
            { QStringLiteral("options"), options }, { QStringLiteral("items"), items } });
    }
    return { { QStringLiteral("definition"), toDefinition() }, { QStringLiteral("idAuto"), idAuto },
        { QStringLiteral("questions"), flags } };
}

RoundDraft RoundDraft::fromStored(const QJsonObject &stored)
{
    RoundDraft d = fromDefinition(stored.value(QLatin1String("definition")).toObject());
    d.idAuto = stored.value(QLatin1String("idAuto")).toBool(d.idAuto);
    const QJsonArray flags = stored.value(QLatin1String("questions")).toArray();
    for (qsizetype i = 0; i < d.questions.size() && i < flags.size(); ++i) {
        DraftQuestion &q = d.questions[i];
        const QJsonValue f = flags.at(i);
        q.idAuto = f[QLatin1String("idAuto")].toBool(q.idAuto);
        for (qsizetype j = 0; j < q.options.size(); ++j)
            q.options[j].idAuto = f[QLatin1String("options")][j].toBool(q.options[j].idAuto);
        for (qsizetype j = 0; j < q.items.size(); ++j)
            q.items[j].idAuto = f[QLatin1String("items")][j].toBool(q.items[j].idAuto);
    }
    return d;
}

} // namespace zs
