#include "reportbuilder.h"

#include "referencedata.h"
#include "suppression.h"

#include <QJsonArray>
#include <QMap>

namespace zs {

namespace {

QJsonObject label(const LocalizedText &text)
{
    return { { QStringLiteral("nl"), text.nl }, { QStringLiteral("en"), text.en } };
}

/// A figure as published: {"count": n} or {"suppressed": true}, never a 0 for a hidden cell.
QJsonObject figure(const char *name, const QJsonValue &value, bool suppressed)
{
    if (suppressed)
        return { { QStringLiteral("suppressed"), true } };
    return { { QLatin1String(name), value } };
}

QJsonArray cellsJson(const QList<Cell> &cells, const QHash<QString, QJsonObject> &extra)
{
    QJsonArray array;
    for (const Cell &cell : cells) {
        QJsonObject o = extra.value(cell.key);
        const QJsonObject f = figure("count", cell.count, cell.suppressed);
        for (auto it = f.begin(); it != f.end(); ++it)
            o.insert(it.key(), it.value());
        array.append(o);
    }
    return array;
}

} // namespace

ReportBuilder::ReportBuilder(const SurveyDefinition &definition, int k)
    : m_definition(definition)
    , m_k(std::max(k, suppression::kMinimumK))
{ }

QJsonObject ReportBuilder::build(
    const Employer &employer, const ReportCounts &own, const ReportCounts &region) const
{
    QJsonArray questions;
    for (const Question &q : m_definition.questions)
        questions.append(question(q, own, region));
    const bool ownShown = suppression::publishable(own.respondents, m_k);
    const bool regionShown
        = suppression::benchmarkPublishable(region.respondents, own.respondents, m_k);
    return {
        { QStringLiteral("survey"),
            QJsonObject { { QStringLiteral("id"), m_definition.id },
                { QStringLiteral("kind"), m_definition.kind },
                { QStringLiteral("title"), label(m_definition.title) } } },
        { QStringLiteral("employer"),
            QJsonObject { { QStringLiteral("id"), employer.id },
                { QStringLiteral("name"), employer.name },
                { QStringLiteral("region"), employer.region } } },
        { QStringLiteral("k"), m_k },
        { QStringLiteral("respondents"), figure("count", own.respondents, !ownShown) },
        { QStringLiteral("regionRespondents"), figure("count", region.respondents, !regionShown) },
        { QStringLiteral("questions"), questions },
    };
}

QJsonObject ReportBuilder::question(
    const Question &q, const ReportCounts &own, const ReportCounts &region) const
{
    QJsonObject o {
        { QStringLiteral("id"), q.id },
        { QStringLiteral("type"), Question::typeName(q.type) },
        { QStringLiteral("text"), label(q.text) },
        { QStringLiteral("own"), scope(q, own, nullptr) },
    };
    if (q.type != Question::Type::Text)
        o.insert(QStringLiteral("region"), scope(q, region, &own));
    return o;
}

QJsonObject ReportBuilder::scope(
    const Question &q, const ReportCounts &counts, const ReportCounts *own) const
{
    const int answered = counts.answered.value(q.id);
    const int ownAnswered = own ? own->answered.value(q.id) : 0;
    const auto shown = [&](int count, int ownCount) {
        return own ? suppression::benchmarkPublishable(count, ownCount, m_k)
                   : suppression::publishable(count, m_k);
    };
    const bool answeredShown = shown(answered, ownAnswered);
    QJsonObject result { { QStringLiteral("answered"),
        figure("count", answered, !answeredShown) } };

    switch (q.type) {
    case Question::Type::Single:
    case Question::Type::Multi: {
        QList<Cell> cells;
        QHash<QString, QJsonObject> extra;
        QHash<QString, int> ownCells;
        for (const Option &option : q.options) {
            const QString key = ReportCounts::key(q.id, {}, option.id, {});
            cells.append(Cell { key, counts.cells.value(key), false });
            extra.insert(key,
                { { QStringLiteral("option"), option.id },
                    { QStringLiteral("label"), label(option.label) } });
            if (own)
                ownCells.insert(key, own->cells.value(key));
        }
        suppression::primary(cells, m_k);
        if (own)
            suppression::againstOwn(cells, ownCells, m_k);
        if (q.type == Question::Type::Single)
            suppression::complementary(cells, m_k);
        result.insert(QStringLiteral("cells"), cellsJson(cells, extra));

        // Single choices whose options map onto national themes also report per theme, as a
        // roll-up that can never reveal a hidden option (rule 5, overlapping tables).
        const bool themed = std::any_of(
            q.options.begin(), q.options.end(), [](const Option &o) { return !o.theme.isEmpty(); });
        if (q.type == Question::Type::Single && themed) {
            QMap<QString, int> themeCounts;
            QHash<QString, QString> themeOfOption;
            for (const Option &option : q.options) {
                const QString key = ReportCounts::key(q.id, {}, option.id, {});
                themeCounts[option.theme] += counts.cells.value(key);
                themeOfOption.insert(key, option.theme);
            }
            QList<Cell> themeCells;
            QHash<QString, QJsonObject> themeExtra;
            for (auto it = themeCounts.begin(); it != themeCounts.end(); ++it) {
                themeCells.append(Cell { it.key(), it.value(), false });
                const ReferenceItem *theme
                    = ReferenceData::find(ReferenceData::instance().exitThemes, it.key());
                QJsonObject extraTheme { { QStringLiteral("theme"), it.key() } };
                if (theme)
                    extraTheme.insert(QStringLiteral("label"), label(theme->label));
                themeExtra.insert(it.key(), extraTheme);
            }
            suppression::primary(themeCells, m_k);
            suppression::rollup(themeCells, cells, themeOfOption);
            result.insert(QStringLiteral("themes"), cellsJson(themeCells, themeExtra));
        }
        break;
    }
    case Question::Type::Scale:
    case Question::Type::Number: {
        qint64 sum = 0;
        int n = 0, promoters = 0, detractors = 0;
        for (int v = q.min; v <= q.max && q.max - q.min <= 1000; ++v) {
            const int c = counts.cells.value(ReportCounts::key(q.id, {}, {}, v));
            sum += qint64(c) * v;
            n += c;
            if (v >= 9)
                promoters += c;
            else if (v <= 6)
                detractors += c;
        }
        if (q.max - q.min > 1000) {
            // Wide number ranges: sum over the stored values instead of every possible one.
            sum = 0;
            n = 0;
            const QString prefix = q.id + QStringLiteral("|||");
            for (auto it = counts.cells.begin(); it != counts.cells.end(); ++it) {
                if (it.key().startsWith(prefix)) {
                    sum += qint64(it.value()) * it.key().mid(prefix.size()).toInt();
                    n += it.value();
                }
            }
        }
        const bool statShown = answeredShown && n > 0;
        result.insert(QStringLiteral("mean"),
            figure("value", statShown ? std::round(10.0 * sum / n) / 10.0 : 0.0, !statShown));
        if (q.type == Question::Type::Scale && q.min == 0 && q.max == 10) {
            const double enps = statShown ? std::round(100.0 * (promoters - detractors) / n) : 0;
            result.insert(QStringLiteral("enps"), figure("value", enps, !statShown));
        }
        break;
    }
    case Question::Type::Likert: {
        QJsonArray items;
        for (const LikertItem &item : q.items) {
            int n = 0, sum = 0, ownN = 0;
            for (int v = 1; v <= 5; ++v) {
                const int c = counts.cells.value(ReportCounts::key(q.id, item.id, {}, v));
                n += c;
                sum += c * v;
                if (own)
                    ownN += own->cells.value(ReportCounts::key(q.id, item.id, {}, v));
            }
            const bool itemShown = shown(n, ownN) && n > 0;
            QJsonObject o { { QStringLiteral("item"), item.id },
                { QStringLiteral("label"), label(item.label) } };
            const QJsonObject f
                = figure("mean", itemShown ? std::round(10.0 * sum / n) / 10.0 : 0.0, !itemShown);
            for (auto it = f.begin(); it != f.end(); ++it)
                o.insert(it.key(), it.value());
            items.append(o);
        }
        result.insert(QStringLiteral("items"), items);
        break;
    }
    case Question::Type::Text: {
        // Free text only when its group has at least k answers (rule 6), in sorted order.
        // Capped and paged (issue 7): one answer carries at most m_textLimit texts of a question
        // and scope, from m_textFrom on; textsTotal and textsNext tell what else there is.
        QJsonArray texts;
        if (answeredShown) {
            const QStringList all = counts.texts.value(q.id);
            for (qsizetype i = m_textFrom; i < all.size() && texts.size() < m_textLimit; ++i)
                texts.append(all.at(i));
            result.insert(QStringLiteral("textsTotal"), int(all.size()));
            if (m_textFrom + texts.size() < all.size())
                result.insert(QStringLiteral("textsNext"), int(m_textFrom + texts.size()));
        }
        result.insert(QStringLiteral("texts"), answeredShown ? QJsonValue(texts) : QJsonValue());
        if (!answeredShown)
            result.insert(QStringLiteral("textsSuppressed"), true);
        else
            result.remove(QStringLiteral("textsSuppressed"));
        break;
    }
    }
    return result;
}

QString ReportBuilder::csvSafe(const QString &cell)
{
    // A spreadsheet runs a cell that starts with one of these as a formula (CSV injection);
    // a leading single quote makes it text (OWASP). Figures never pass here: a negative eNPS
    // stays a number.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

QByteArray ReportBuilder::toCsv(const QJsonObject &report)
{
    const auto quote = [](const QString &s) {
        QString q = csvSafe(s);
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    };
    const auto value = [](const QJsonObject &f, const char *name) {
        if (f.value(QLatin1String("suppressed")).toBool())
            return QStringLiteral("suppressed");
        return QString::number(f.value(QLatin1String(name)).toDouble());
    };
    QStringList lines { QStringLiteral("scope,question,type,key,label_nl,label_en,measure,value") };
    const auto row
        = [&](const QString &scope, const QString &qid, const QString &type, const QString &key,
              const QJsonObject &lbl, const QString &measure, const QString &v) {
              lines.append(QStringList { scope, csvSafe(qid), csvSafe(type), csvSafe(key),
                  quote(lbl.value(QLatin1String("nl")).toString()),
                  quote(lbl.value(QLatin1String("en")).toString()), measure, v }
                               .join(QLatin1Char(',')));
          };
    row(QStringLiteral("employer"), {}, {}, {}, {}, QStringLiteral("respondents"),
        value(report.value(QLatin1String("respondents")).toObject(), "count"));
    row(QStringLiteral("region"), {}, {}, {}, {}, QStringLiteral("respondents"),
        value(report.value(QLatin1String("regionRespondents")).toObject(), "count"));
    for (const QJsonValue &qv : report.value(QLatin1String("questions")).toArray()) {
        const QJsonObject q = qv.toObject();
        const QString id = q.value(QLatin1String("id")).toString();
        const QString type = q.value(QLatin1String("type")).toString();
        for (const char *scopeName : { "own", "region" }) {
            if (!q.contains(QLatin1String(scopeName)))
                continue;
            const QJsonObject s = q.value(QLatin1String(scopeName)).toObject();
            const QString scope = QLatin1String(scopeName) == QLatin1String("own")
                ? QStringLiteral("employer")
                : QStringLiteral("region");
            row(scope, id, type, {}, q.value(QLatin1String("text")).toObject(),
                QStringLiteral("answered"),
                value(s.value(QLatin1String("answered")).toObject(), "count"));
            for (const QJsonValue &c : s.value(QLatin1String("cells")).toArray())
                row(scope, id, type, c[QLatin1String("option")].toString(),
                    c[QLatin1String("label")].toObject(), QStringLiteral("count"),
                    value(c.toObject(), "count"));
            for (const QJsonValue &c : s.value(QLatin1String("themes")).toArray())
                row(scope, id, type, c[QLatin1String("theme")].toString(), {},
                    QStringLiteral("theme_count"), value(c.toObject(), "count"));
            for (const QJsonValue &c : s.value(QLatin1String("items")).toArray())
                row(scope, id, type, c[QLatin1String("item")].toString(),
                    c[QLatin1String("label")].toObject(), QStringLiteral("mean"),
                    value(c.toObject(), "mean"));
            for (const char *m : { "mean", "enps" }) {
                if (s.contains(QLatin1String(m)))
                    row(scope, id, type, {}, {}, QLatin1String(m),
                        value(s.value(QLatin1String(m)).toObject(), "value"));
            }
            if (type == QLatin1String("text")) {
                const bool hidden = s.value(QLatin1String("textsSuppressed")).toBool();
                if (hidden)
                    row(scope, id, type, {}, {}, QStringLiteral("text"),
                        QStringLiteral("suppressed"));
                for (const QJsonValue &t : s.value(QLatin1String("texts")).toArray())
                    row(scope, id, type, {}, {}, QStringLiteral("text"), quote(t.toString()));
            }
        }
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace zs
