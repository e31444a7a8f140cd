#pragma once

#include "localizedtext.h"

#include <QList>
#include <QString>

namespace zs {

/// An id with a label, as regions, branches, occupations and bands are listed.
struct ReferenceItem
{
    QString id;
    LocalizedText label;
    QString organisation; ///< regions only: the regional employer organisation
    /// Retention themes only: the national exit theme (exitThemes) it belongs to, so an action's
    /// themes can be set beside a report's national-theme roll-up ("you said, we did").
    QString nationalTheme;
};

/// The reference lists from data/reference (compiled in); the single source for valid strata.
class ReferenceData
{
public:
    /// The built-in lists, loaded once; aborts loudly if the compiled-in data is broken.
    static const ReferenceData &instance();

    QList<ReferenceItem> regions;
    QList<ReferenceItem> branches;
    QList<ReferenceItem> occupations;
    QList<ReferenceItem> ageBands;
    QList<ReferenceItem> tenureBands;
    QList<ReferenceItem> exitThemes;
    QList<ReferenceItem> retentionThemes; ///< themes of regional actions and ideas
    QList<ReferenceItem> actionLines; ///< meer_kiezen, beter_leren, anders_werken

    static bool contains(const QList<ReferenceItem> &list, const QString &id);
    static const ReferenceItem *find(const QList<ReferenceItem> &list, const QString &id);
};

} // namespace zs
