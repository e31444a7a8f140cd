#include "actionfiltermodel.h"

#include "rowmodel.h"

namespace zs {

ActionFilterModel::ActionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    for (const auto signal :
        { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(this, signal, this, &ActionFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ActionFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ActionFilterModel::countChanged);
}

void ActionFilterModel::apply(QString *field, const QString &value)
{
    if (*field == value)
        return;
    *field = value;
    invalidateFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

void ActionFilterModel::setLine(const QString &line)
{
    apply(&m_line, line);
}

void ActionFilterModel::setTheme(const QString &theme)
{
    apply(&m_theme, theme);
}

void ActionFilterModel::setStatus(const QString &status)
{
    apply(&m_status, status);
}

void ActionFilterModel::setSearch(const QString &search)
{
    apply(&m_search, search.trimmed());
}

QVariantMap ActionFilterModel::get(int row) const
{
    const auto *rows = qobject_cast<const RowModel *>(sourceModel());
    if (!rows || row < 0 || row >= rowCount())
        return {};
    return rows->get(mapToSource(index(row, 0)).row());
}

bool ActionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *rows = qobject_cast<const RowModel *>(sourceModel());
    if (!rows)
        return true;
    if (!m_line.isEmpty() && rows->value(sourceRow, "line").toString() != m_line)
        return false;
    if (!m_status.isEmpty() && rows->value(sourceRow, "status").toString() != m_status)
        return false;
    if (!m_theme.isEmpty() && !rows->value(sourceRow, "themeIds").toStringList().contains(m_theme))
        return false;
    if (!m_search.isEmpty()) {
        const QString text = rows->value(sourceRow, "title").toString() + QLatin1Char(' ')
            + rows->value(sourceRow, "description").toString();
        if (!text.contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace zs
