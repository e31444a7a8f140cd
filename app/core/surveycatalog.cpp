#include "surveycatalog.h"

#include <QDir>
#include <QFile>

namespace zs {

SurveyCatalog SurveyCatalog::builtIn()
{
    SurveyCatalog catalog;
    const QDir dir(QStringLiteral(":/data/surveys"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read built-in survey %s", qPrintable(name));
        QString error;
        const auto def = SurveyDefinition::parse(file.readAll(), &error);
        if (!def || !catalog.add(*def, &error))
            qFatal("built-in survey %s is broken: %s", qPrintable(name), qPrintable(error));
    }
    return catalog;
}

bool SurveyCatalog::add(const SurveyDefinition &definition, QString *error)
{
    if (find(definition.id, definition.version)) {
        *error = QStringLiteral("survey %1 version %2 exists already")
                     .arg(definition.id)
                     .arg(definition.version);
        return false;
    }
    m_surveys.append(definition);
    return true;
}

const SurveyDefinition *SurveyCatalog::find(const QString &id, int version) const
{
    for (const SurveyDefinition &s : m_surveys) {
        if (s.id == id && s.version == version)
            return &s;
    }
    return nullptr;
}

const SurveyDefinition *SurveyCatalog::latest(const QString &id) const
{
    const SurveyDefinition *best = nullptr;
    for (const SurveyDefinition &s : m_surveys) {
        if (s.id == id && (!best || s.version > best->version))
            best = &s;
    }
    return best;
}

QList<const SurveyDefinition *> SurveyCatalog::forRegion(const QString &region) const
{
    QList<const SurveyDefinition *> result;
    for (const SurveyDefinition &s : m_surveys) {
        if (!s.region.isEmpty() && s.region != region)
            continue;
        if (!s.servedRegions.isEmpty() && !s.servedRegions.contains(region))
            continue;
        if (latest(s.id) == &s)
            result.append(&s);
    }
    return result;
}

} // namespace zs
