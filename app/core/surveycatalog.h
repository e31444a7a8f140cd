#pragma once

#include "surveydefinition.h"

#include <QList>
#include <QString>
#include <optional>

namespace zs {

/// The survey definitions a program knows: the built-in ones plus any loaded from a folder.
class SurveyCatalog
{
public:
    /// The definitions compiled in from data/surveys; aborts if one of them is broken.
    static SurveyCatalog builtIn();

    /// Adds a definition; refuses a second one with the same id and version.
    bool add(const SurveyDefinition &definition, QString *error);

    const QList<SurveyDefinition> &all() const { return m_surveys; }
    /// The exact version, or nullptr.
    const SurveyDefinition *find(const QString &id, int version) const;
    /// The highest version of an id, or nullptr.
    const SurveyDefinition *latest(const QString &id) const;
    /// The latest version of each survey that applies to a region (national or that region).
    QList<const SurveyDefinition *> forRegion(const QString &region) const;

private:
    QList<SurveyDefinition> m_surveys;
};

} // namespace zs
