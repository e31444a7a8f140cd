#include "referencedata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zs {

namespace {

QJsonObject readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("reference data %s is missing", qPrintable(path));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        qFatal("reference data %s is not a JSON object", qPrintable(path));
    return doc.object();
}

QList<ReferenceItem> readList(const QJsonObject &obj, const char *key)
{
    QList<ReferenceItem> items;
    const QJsonArray array = obj.value(QLatin1String(key)).toArray();
    for (const QJsonValue &v : array) {
        ReferenceItem item;
        item.id = v[QLatin1String("id")].toString();
        if (v[QLatin1String("label")].isObject()) {
            if (!LocalizedText::fromJson(v[QLatin1String("label")], &item.label))
                qFatal("reference item %s has a broken label", qPrintable(item.id));
        } else {
            // Region names are proper names, the same in both languages.
            item.label.nl = item.label.en = v[QLatin1String("name")].toString();
        }
        item.organisation = v[QLatin1String("organisation")].toString();
        item.nationalTheme = v[QLatin1String("nationalTheme")].toString();
        if (item.id.isEmpty() || item.label.isEmpty())
            qFatal("reference list %s has an item without id or label", key);
        items.append(item);
    }
    if (items.isEmpty())
        qFatal("reference list %s is empty", key);
    return items;
}

} // namespace

const ReferenceData &ReferenceData::instance()
{
    static const ReferenceData data = [] {
        ReferenceData d;
        d.regions
            = readList(readResource(QStringLiteral(":/data/reference/regions.json")), "regions");
        d.branches
            = readList(readResource(QStringLiteral(":/data/reference/branches.json")), "branches");
        d.occupations = readList(
            readResource(QStringLiteral(":/data/reference/occupations.json")), "occupations");
        const QJsonObject bands = readResource(QStringLiteral(":/data/reference/bands.json"));
        d.ageBands = readList(bands, "ageBands");
        d.tenureBands = readList(bands, "tenureBands");
        d.exitThemes
            = readList(readResource(QStringLiteral(":/data/reference/exit-themes.json")), "themes");
        d.retentionThemes = readList(
            readResource(QStringLiteral(":/data/reference/retention-themes.json")), "themes");
        d.actionLines
            = readList(readResource(QStringLiteral(":/data/reference/action-lines.json")), "lines");
        for (const ReferenceItem &theme : std::as_const(d.retentionThemes)) {
            if (!contains(d.exitThemes, theme.nationalTheme))
                qFatal("retention theme %s names no national theme", qPrintable(theme.id));
        }
        return d;
    }();
    return data;
}

bool ReferenceData::contains(const QList<ReferenceItem> &list, const QString &id)
{
    return find(list, id) != nullptr;
}

const ReferenceItem *ReferenceData::find(const QList<ReferenceItem> &list, const QString &id)
{
    for (const ReferenceItem &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace zs
