#include "demorunner.h"

#include "referencedata.h"
#include "surveyengine.h"

#include <QJsonArray>
#include <QSet>

namespace zs {

DemoRespondent::DemoRespondent(quint32 seed)
    : m_random(seed)
{ }

int DemoRespondent::weighted(int count)
{
    // Earlier options are likelier: the first few dominate, the tail stays small.
    const double r = m_random.generateDouble();
    return std::min(count - 1, int(count * r * r));
}

Profile DemoRespondent::profile(const QString &region, const QString &employer)
{
    const ReferenceData &ref = ReferenceData::instance();
    const auto pick = [&](const QList<ReferenceItem> &list) {
        return list.at(weighted(int(list.size()))).id;
    };
    return Profile { region, pick(ref.branches), pick(ref.occupations), pick(ref.ageBands),
        pick(ref.tenureBands), employer };
}

QJsonObject DemoRespondent::answer(const SurveyDefinition &definition)
{
    static const QStringList comments = {
        QStringLiteral("Te weinig collega's op de avonddienst, bel me gerust op 06-12345678."),
        QStringLiteral("Meer zeggenschap over het rooster had echt geholpen."),
        QStringLiteral(
            "Mijn teamleider Sanne luisterde wel, de organisatie niet. Mail: s.devries@example.nl"),
        QStringLiteral("Ik wil graag terugkomen als de werkdruk omlaag gaat."),
    };
    const SurveyEngine engine(definition);
    QJsonObject answers;
    for (const Question &q : definition.questions) {
        if (!engine.isVisible(q, answers))
            continue;
        const QList<Option> options = engine.availableOptions(q, answers);
        switch (q.type) {
        case Question::Type::Single:
            if (!options.isEmpty())
                answers.insert(q.id, options.at(weighted(int(options.size()))).id);
            break;
        case Question::Type::Multi: {
            const int n = q.min + int(m_random.bounded(q.max - q.min + 1));
            QSet<QString> picked;
            QJsonArray list;
            for (int tries = 0; list.size() < std::max(n, 1) && tries < 50; ++tries) {
                const Option &option = options.at(weighted(int(options.size())));
                if (picked.contains(option.id) || (option.exclusive && !list.isEmpty()))
                    continue;
                picked.insert(option.id);
                list.append(option.id);
                if (option.exclusive)
                    break; // "nothing" stands alone, as the survey engine requires
            }
            answers.insert(q.id, list);
            break;
        }
        case Question::Type::Likert: {
            QJsonObject items;
            for (const LikertItem &item : q.items)
                items.insert(item.id, 1 + int(m_random.bounded(5)));
            answers.insert(q.id, items);
            break;
        }
        case Question::Type::Scale:
        case Question::Type::Number:
            answers.insert(q.id, q.min + int(m_random.bounded(q.max - q.min + 1)));
            break;
        case Question::Type::Text:
            if (q.required || m_random.bounded(3) == 0)
                answers.insert(q.id, comments.at(int(m_random.bounded(int(comments.size())))));
            break;
        }
    }
    return answers;
}

QString formatReport(const QJsonObject &report, const QStringList &questionIds)
{
    const auto figure = [](const QJsonObject &f, const char *name) {
        return f.value(QLatin1String("suppressed")).toBool()
            ? QStringLiteral("suppressed (fewer than k)")
            : QString::number(f.value(QLatin1String(name)).toDouble());
    };
    QString out;
    const QJsonObject survey = report.value(QLatin1String("survey")).toObject();
    const QJsonObject employer = report.value(QLatin1String("employer")).toObject();
    out += QStringLiteral("%1 for %2 (%3), k = %4\n")
               .arg(survey[QLatin1String("title")][QLatin1String("en")].toString(),
                   employer[QLatin1String("name")].toString(),
                   employer[QLatin1String("region")].toString())
               .arg(report.value(QLatin1String("k")).toInt());
    out += QStringLiteral("  respondents: %1   (region: %2)\n")
               .arg(figure(report.value(QLatin1String("respondents")).toObject(), "count"),
                   figure(report.value(QLatin1String("regionRespondents")).toObject(), "count"));
    for (const QJsonValue &qv : report.value(QLatin1String("questions")).toArray()) {
        const QJsonObject q = qv.toObject();
        if (!questionIds.contains(q.value(QLatin1String("id")).toString()))
            continue;
        const QJsonObject own = q.value(QLatin1String("own")).toObject();
        const QJsonObject region = q.value(QLatin1String("region")).toObject();
        out += QStringLiteral("  %1\n").arg(
            q[QLatin1String("text")][QLatin1String("en")].toString());
        const auto cells = [&](const char *key, const char *labelKey) {
            const QJsonArray ownCells = own.value(QLatin1String(key)).toArray();
            const QJsonArray regionCells = region.value(QLatin1String(key)).toArray();
            for (qsizetype i = 0; i < ownCells.size(); ++i) {
                const QJsonObject c = ownCells.at(i).toObject();
                const QString label = c.value(QLatin1String(labelKey)).isObject()
                    ? c[QLatin1String(labelKey)][QLatin1String("en")].toString()
                    : c.value(QLatin1String(labelKey)).toString();
                out += QStringLiteral("    %1 %2  | region %3\n")
                           .arg(label + QLatin1Char(':'), -44)
                           .arg(figure(c, "count"), -26)
                           .arg(figure(regionCells.at(i).toObject(), "count"));
            }
        };
        cells("cells", "label");
        if (own.contains(QLatin1String("themes"))) {
            out += QStringLiteral("    -- national exit themes --\n");
            cells("themes", "label");
        }
        if (own.contains(QLatin1String("enps")))
            out += QStringLiteral("    eNPS: %1  | region %2\n")
                       .arg(figure(own.value(QLatin1String("enps")).toObject(), "value"),
                           figure(region.value(QLatin1String("enps")).toObject(), "value"));
        if (own.contains(QLatin1String("texts"))
            || own.contains(QLatin1String("textsSuppressed"))) {
            if (own.value(QLatin1String("textsSuppressed")).toBool())
                out += QStringLiteral("    comments: suppressed (fewer than k)\n");
            for (const QJsonValue &t : own.value(QLatin1String("texts")).toArray())
                out += QStringLiteral("    \"%1\"\n").arg(t.toString());
        }
    }
    return out;
}

} // namespace zs
