#include "yousaidmodel.h"

#include "referencedata.h"

#include <QHash>
#include <algorithm>

namespace zs {

namespace {

/// The verified scope's total of a regional report, or an empty object (no release yet).
QJsonObject verifiedTotal(const QJsonObject &report)
{
    for (const QJsonValue &scope : report.value(QLatin1String("scopes")).toArray()) {
        if (scope[QLatin1String("scope")].toString() == QLatin1String("verified"))
            return scope[QLatin1String("total")].toObject();
    }
    return {};
}

/// theme id → percent: for an exit report the national themes of the first question that rolls
/// its options up into themes; for a retention report the options of the first question whose
/// options are all retention themes (the reasons to stay).
QHash<QString, double> shares(const QJsonObject &total, bool exit)
{
    const ReferenceData &ref = ReferenceData::instance();
    QHash<QString, double> result;
    for (const QJsonValue &q : total.value(QLatin1String("questions")).toArray()) {
        const QJsonArray list = q[QLatin1String(exit ? "themes" : "options")].toArray();
        const char *key = exit ? "theme" : "option";
        if (list.isEmpty())
            continue;
        if (!exit && !std::all_of(list.begin(), list.end(), [&](const QJsonValue &o) {
                return ReferenceData::contains(
                    ref.retentionThemes, o[QLatin1String(key)].toString());
            }))
            continue;
        for (const QJsonValue &o : list)
            // A share of noisy counts over a noisy group can pass 100: shown as at most 100.
            result.insert(o[QLatin1String(key)].toString(),
                std::clamp(o[QLatin1String("percent")].toDouble(), 0.0, 100.0));
        break;
    }
    return result;
}

QString localized(const QJsonValue &label, const QString &language)
{
    const QString text = label[language].toString();
    return text.isEmpty() ? label[QLatin1String("nl")].toString() : text;
}

} // namespace

YouSaidModel::YouSaidModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_unaddressed.setSourceModel(this);
    m_unaddressed.setFilterRole(AddressedRole);
    m_unaddressed.setFilterFixedString(QStringLiteral("false"));
}

int YouSaidModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant YouSaidModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const YouSaidTheme &row = m_rows.at(index.row());
    switch (role) {
    case ThemeRole:
        return row.theme;
    case LabelRole:
    case Qt::DisplayRole:
        return row.label;
    case PercentRole:
        return row.percent;
    case ActionIdsRole:
        return row.actionIds;
    case ActionTitlesRole:
        return row.actionTitles;
    case AddressedRole:
        return !row.actionIds.isEmpty();
    default:
        return {};
    }
}

QVariantMap YouSaidModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_rows.size())
        return map;
    const auto names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

QHash<int, QByteArray> YouSaidModel::roleNames() const
{
    return { { ThemeRole, "theme" }, { LabelRole, "label" }, { PercentRole, "percent" },
        { ActionIdsRole, "actionIds" }, { ActionTitlesRole, "actionTitles" },
        { AddressedRole, "addressed" } };
}

QList<YouSaidTheme> YouSaidModel::themes(
    const QJsonObject &report, const QJsonArray &actions, const QString &language)
{
    const ReferenceData &ref = ReferenceData::instance();
    const bool exit = report[QLatin1String("survey")][QLatin1String("kind")].toString()
        == QLatin1String("exit");
    const QHash<QString, double> share = shares(verifiedTotal(report), exit);
    QList<YouSaidTheme> rows;
    for (const ReferenceItem &item : exit ? ref.exitThemes : ref.retentionThemes)
        rows.append({ item.id, item.label.text(language), share.value(item.id, -1), {}, {} });
    for (const QJsonValue &a : actions) {
        if (a[QLatin1String("status")].toString() == QLatin1String("stopped"))
            continue;
        for (YouSaidTheme &row : rows) {
            const QJsonArray themes = a[QLatin1String("themes")].toArray();
            const bool addresses
                = std::any_of(themes.begin(), themes.end(), [&](const QJsonValue &t) {
                      if (!exit)
                          return t.toString() == row.theme;
                      const ReferenceItem *theme
                          = ReferenceData::find(ref.retentionThemes, t.toString());
                      return theme && theme->nationalTheme == row.theme;
                  });
            if (addresses) {
                row.actionIds.append(a[QLatin1String("id")].toString());
                row.actionTitles.append(localized(a[QLatin1String("title")], language));
            }
        }
    }
    // Biggest share first; themes without a figure keep the reference order after them.
    std::stable_sort(rows.begin(), rows.end(),
        [](const YouSaidTheme &a, const YouSaidTheme &b) { return a.percent > b.percent; });
    return rows;
}

void YouSaidModel::set(
    const QJsonObject &report, const QJsonArray &actions, const QString &language)
{
    beginResetModel();
    m_rows = themes(report, actions, language);
    m_kind = report[QLatin1String("survey")][QLatin1String("kind")].toString();
    const QJsonObject total = verifiedTotal(report);
    m_respondents = total.isEmpty()
        ? -1
        : total[QLatin1String("respondents")][QLatin1String("count")].toInt();
    m_releases = total[QLatin1String("releases")].toInt();
    const QJsonArray months = total[QLatin1String("months")].toArray();
    m_firstMonth = months.at(0).toString();
    m_lastMonth = months.at(1).toString();
    endResetModel();
    Q_EMIT changed();
}

void YouSaidModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_kind.clear();
    m_respondents = -1;
    m_releases = 0;
    m_firstMonth.clear();
    m_lastMonth.clear();
    endResetModel();
    Q_EMIT changed();
}

} // namespace zs
