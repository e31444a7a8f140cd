#include "report.h"

#include "wirejson.h"

#include <QJsonArray>

namespace zs {

namespace {

/// Reads JSON into the report types, remembering the first problem and where it was.
class Reader
{
public:
    explicit Reader(ProtocolError *error)
        : m_error(error)
    { }

    bool failed() const { return m_failed; }

    static QString join(const QString &path, QLatin1String key)
    {
        return path.isEmpty() ? QString(key) : path + QLatin1Char('.') + key;
    }

    /// A shape refusal at path: missing when absent, wrong_type otherwise.
    void fail(const QString &path, const QJsonValue &value)
    {
        if (m_failed)
            return;
        m_failed = true;
        *m_error = protocol::wire::refusal(path, QStringLiteral("not a report: bad %1").arg(path),
            QStringLiteral("malformed"), protocol::wire::shapeReason(value));
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, v);
        return v.toObject();
    }
    QJsonArray array(const QJsonValue &v, const QString &path)
    {
        if (!v.isArray())
            fail(path, v);
        return v.toArray();
    }
    /// An array that may be absent (then empty).
    QJsonArray optionalArray(const QJsonObject &o, QLatin1String key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        return v.isUndefined() ? QJsonArray() : array(v, join(path, key));
    }
    QString string(const QJsonObject &o, QLatin1String key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            fail(join(path, key), v);
        return v.toString();
    }
    double number(const QJsonObject &o, QLatin1String key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble())
            fail(join(path, key), v);
        return v.toDouble();
    }
    int integer(const QJsonObject &o, QLatin1String key, const QString &path)
    {
        return int(number(o, key, path));
    }
    /// A number that may be absent or null (a mean of nobody).
    std::optional<double> optionalNumber(const QJsonObject &o, QLatin1String key)
    {
        const QJsonValue v = o.value(key);
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    }
    /// A label {"nl", "en"}; an absent or empty one reads as the fallback in both languages.
    LocalizedText label(const QJsonObject &o, QLatin1String key, const QString &fallback)
    {
        LocalizedText text;
        if (!LocalizedText::fromJson(o.value(key), &text))
            text = { fallback, fallback };
        return text;
    }

    FigureCount count(const QJsonValue &v, const QString &path)
    {
        const QJsonObject o = object(v, path);
        FigureCount c;
        if (o.value(QLatin1String("suppressed")).toBool()) {
            c.suppressed = true;
            return c;
        }
        c.count = integer(o, QLatin1String("count"), path);
        c.percent = o.value(QLatin1String("percent")).toDouble();
        return c;
    }

    QList<FigureShare> shares(const QJsonArray &list, QLatin1String idKey, const QString &path)
    {
        QList<FigureShare> out;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = path + QStringLiteral("[%1]").arg(i);
            const QJsonObject o = object(list.at(i), at);
            FigureShare s;
            const QJsonValue id = o.value(idKey);
            if (id.isString())
                s.id = id.toString();
            else if (id.isDouble())
                s.id = QString::number(id.toInt());
            else
                fail(at + QLatin1Char('.') + idKey, id);
            s.label = label(o, QLatin1String("label"), s.id);
            s.count = integer(o, QLatin1String("count"), at);
            s.percent = o.value(QLatin1String("percent")).toDouble();
            out.append(s);
        }
        return out;
    }

    QuestionFigures question(const QJsonValue &v, const QString &path)
    {
        const QJsonObject o = object(v, path);
        QuestionFigures q;
        q.id = string(o, QLatin1String("id"), path);
        q.type = string(o, QLatin1String("type"), path);
        q.text = label(o, QLatin1String("text"), q.id);
        q.answered = count(o.value(QLatin1String("answered")), path + QStringLiteral(".answered"));
        if (q.answered.suppressed)
            return q;
        q.options = shares(optionalArray(o, QLatin1String("options"), path),
            QLatin1String("option"), path + QStringLiteral(".options"));
        q.themes = shares(optionalArray(o, QLatin1String("themes"), path), QLatin1String("theme"),
            path + QStringLiteral(".themes"));
        q.counts = shares(optionalArray(o, QLatin1String("counts"), path), QLatin1String("value"),
            path + QStringLiteral(".counts"));
        const QJsonArray items = optionalArray(o, QLatin1String("items"), path);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString at = path + QStringLiteral(".items[%1]").arg(i);
            const QJsonObject io = object(items.at(i), at);
            LikertFigures item;
            item.id = string(io, QLatin1String("item"), at);
            item.label = label(io, QLatin1String("label"), item.id);
            item.counts
                = shares(array(io.value(QLatin1String("counts")), at + QStringLiteral(".counts")),
                    QLatin1String("value"), at + QStringLiteral(".counts"));
            item.sum = io.value(QLatin1String("sum")).toDouble();
            item.n = io.value(QLatin1String("n")).toInt();
            item.mean = optionalNumber(io, QLatin1String("mean"));
            q.items.append(item);
        }
        q.min = o.value(QLatin1String("min")).toInt();
        q.max = o.value(QLatin1String("max")).toInt();
        q.sum = o.value(QLatin1String("sum")).toDouble();
        q.n = o.value(QLatin1String("n")).toInt();
        q.mean = optionalNumber(o, QLatin1String("mean"));
        if (o.contains(QLatin1String("enps"))) {
            const QString at = path + QStringLiteral(".enps");
            const QJsonObject e = object(o.value(QLatin1String("enps")), at);
            q.enps = EnpsFigures { integer(e, QLatin1String("score"), at),
                integer(e, QLatin1String("promoters"), at),
                integer(e, QLatin1String("passives"), at),
                integer(e, QLatin1String("detractors"), at) };
        }
        const QJsonArray texts = optionalArray(o, QLatin1String("texts"), path);
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (!texts.at(i).isString())
                fail(path + QStringLiteral(".texts[%1]").arg(i), texts.at(i));
            q.texts.append(texts.at(i).toString());
        }
        return q;
    }

    ReleaseFigures release(const QJsonValue &v, const QString &path, bool total)
    {
        const QJsonObject o = object(v, path);
        ReleaseFigures r;
        if (total)
            r.releases = integer(o, QLatin1String("releases"), path);
        else
            r.seq = integer(o, QLatin1String("seq"), path);
        if (!total && r.seq < 1)
            fail(path + QStringLiteral(".seq"), o.value(QLatin1String("seq")));
        const QJsonArray months
            = array(o.value(QLatin1String("months")), path + QStringLiteral(".months"));
        if (months.size() != 2 || !months.at(0).isString() || !months.at(1).isString())
            fail(path + QStringLiteral(".months"),
                months.isEmpty() ? QJsonValue() : QJsonValue(months));
        r.firstMonth = months.at(0).toString();
        r.lastMonth = months.at(1).toString();
        const QJsonObject respondents
            = object(o.value(QLatin1String("respondents")), path + QStringLiteral(".respondents"));
        r.respondents
            = integer(respondents, QLatin1String("count"), path + QStringLiteral(".respondents"));
        const QJsonArray questions
            = array(o.value(QLatin1String("questions")), path + QStringLiteral(".questions"));
        for (qsizetype i = 0; i < questions.size(); ++i)
            r.questions.append(
                question(questions.at(i), path + QStringLiteral(".questions[%1]").arg(i)));
        return r;
    }

private:
    ProtocolError *m_error;
    bool m_failed = false;
};

} // namespace

std::optional<double> LikertFigures::agreePercent() const
{
    if (n <= 0)
        return std::nullopt;
    int agree = 0;
    for (const FigureShare &c : counts) {
        if (c.id == QLatin1String("4") || c.id == QLatin1String("5"))
            agree += c.count;
    }
    return 100.0 * agree / n;
}

const FigureShare *QuestionFigures::option(const QString &optionId) const
{
    for (const FigureShare &o : options) {
        if (o.id == optionId)
            return &o;
    }
    return nullptr;
}

const FigureShare *QuestionFigures::theme(const QString &themeId) const
{
    for (const FigureShare &t : themes) {
        if (t.id == themeId)
            return &t;
    }
    return nullptr;
}

const LikertFigures *QuestionFigures::item(const QString &itemId) const
{
    for (const LikertFigures &i : items) {
        if (i.id == itemId)
            return &i;
    }
    return nullptr;
}

const QuestionFigures *ReleaseFigures::question(const QString &questionId) const
{
    for (const QuestionFigures &q : questions) {
        if (q.id == questionId)
            return &q;
    }
    return nullptr;
}

const ReleaseFigures *ReportScope::release(int seq) const
{
    for (const ReleaseFigures &r : releases) {
        if (r.seq == seq)
            return &r;
    }
    return nullptr;
}

const ReportScope *Report::scope(const QString &name) const
{
    for (const ReportScope &s : scopes) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

std::optional<Report> Report::fromJson(const QJsonValue &json, ProtocolError *error)
{
    if (!json.isObject()) {
        *error = protocol::wire::notAnObject(QStringLiteral("a report"));
        return std::nullopt;
    }
    Reader read(error);
    const QJsonObject o = json.toObject();
    Report report;
    const QJsonObject survey
        = read.object(o.value(QLatin1String("survey")), QStringLiteral("survey"));
    report.surveyId = read.string(survey, QLatin1String("id"), QStringLiteral("survey"));
    report.kind = read.string(survey, QLatin1String("kind"), QStringLiteral("survey"));
    report.title = read.label(survey, QLatin1String("title"), report.surveyId);
    report.k = read.integer(o, QLatin1String("k"), {});
    report.epsilon = o.value(QLatin1String("epsilon")).toDouble(1.0);
    if (o.value(QLatin1String("employer")).isObject()) {
        const QJsonObject e = o.value(QLatin1String("employer")).toObject();
        report.employerId = read.string(e, QLatin1String("id"), QStringLiteral("employer"));
        report.employerName = read.string(e, QLatin1String("name"), QStringLiteral("employer"));
        report.region = read.string(e, QLatin1String("region"), QStringLiteral("employer"));
    } else {
        report.region = o.value(QLatin1String("region")).toString();
        report.panel = o.value(QLatin1String("panel")).toString();
    }
    const QJsonArray scopes
        = read.array(o.value(QLatin1String("scopes")), QStringLiteral("scopes"));
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        const QString at = QStringLiteral("scopes[%1]").arg(i);
        const QJsonObject so = read.object(scopes.at(i), at);
        ReportScope scope;
        scope.name = read.string(so, QLatin1String("scope"), at);
        scope.unverified = so.value(QLatin1String("unverified")).toBool();
        const QJsonArray releases
            = read.array(so.value(QLatin1String("releases")), at + QStringLiteral(".releases"));
        for (qsizetype j = 0; j < releases.size(); ++j)
            scope.releases.append(
                read.release(releases.at(j), at + QStringLiteral(".releases[%1]").arg(j), false));
        const QJsonValue total = so.value(QLatin1String("total"));
        if (total.isObject())
            scope.total = read.release(total, at + QStringLiteral(".total"), true);
        else if (!total.isNull())
            read.fail(at + QStringLiteral(".total"), total);
        report.scopes.append(scope);
    }
    if (read.failed())
        return std::nullopt;
    return report;
}

std::optional<QList<InvitationCounts>> InvitationCounts::listFromJson(
    const QJsonValue &json, ProtocolError *error)
{
    if (!json.isObject()) {
        *error = protocol::wire::notAnObject(QStringLiteral("invitation counts"));
        return std::nullopt;
    }
    Reader read(error);
    const QJsonArray months
        = read.array(json.toObject().value(QLatin1String("months")), QStringLiteral("months"));
    QList<InvitationCounts> list;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const QString at = QStringLiteral("months[%1]").arg(i);
        const QJsonObject o = read.object(months.at(i), at);
        list.append({ read.string(o, QLatin1String("month"), at),
            read.string(o, QLatin1String("survey"), at),
            read.integer(o, QLatin1String("issued"), at),
            read.integer(o, QLatin1String("redeemed"), at),
            read.integer(o, QLatin1String("expired"), at) });
    }
    if (read.failed())
        return std::nullopt;
    return list;
}

} // namespace zs
