#include "rowmodel.h"

namespace zs {

RowModel::RowModel(QByteArrayList roles, QObject *parent)
    : QAbstractListModel(parent)
    , m_roles(std::move(roles))
{
    Q_ASSERT(!m_roles.isEmpty());
}

int RowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = role == Qt::DisplayRole ? 0 : role - (Qt::UserRole + 1);
    const QVariantList &row = m_rows.at(index.row());
    return column >= 0 && column < row.size() ? row.at(column) : QVariant();
}

QHash<int, QByteArray> RowModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles.at(i));
    return names;
}

void RowModel::setRows(QList<QVariantList> rows)
{
    const bool sameKeys = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
            [](const QVariantList &a, const QVariantList &b) { return a.value(0) == b.value(0); });
    if (sameKeys) {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i) == m_rows.at(i))
                continue;
            m_rows[i] = std::move(rows[i]);
            Q_EMIT dataChanged(index(i), index(i));
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

int RowModel::indexOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(0).toString() == key)
            return i;
    }
    return -1;
}

QVariantMap RowModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_rows.size())
        return map;
    for (int i = 0; i < m_roles.size(); ++i)
        map.insert(QString::fromLatin1(m_roles.at(i)), m_rows.at(row).value(i));
    return map;
}

int RowModel::role(const QByteArray &name) const
{
    const qsizetype column = m_roles.indexOf(name);
    return column < 0 ? -1 : Qt::UserRole + 1 + int(column);
}

QVariant RowModel::value(int row, const QByteArray &name) const
{
    const qsizetype column = m_roles.indexOf(name);
    if (row < 0 || row >= m_rows.size() || column < 0)
        return {};
    return m_rows.at(row).value(column);
}

} // namespace zs
