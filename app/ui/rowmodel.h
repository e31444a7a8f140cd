#pragma once

#include <QAbstractListModel>
#include <QByteArrayList>
#include <QVariantList>
#include <qqmlintegration.h>

namespace zs {

/// A list model whose rows are fixed role columns, filled by the owner in one call. The first
/// role is the row's key: setRows() updates rows in place when the keys stay the same, so views
/// keep their delegates, scroll position and focus; otherwise the model is reset.
class RowModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    /// roles: the role names in column order; the first one is the key.
    explicit RowModel(QByteArrayList roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    /// Replaces every row; each row holds one value per role, in the order of the roles.
    void setRows(QList<QVariantList> rows);
    /// The row whose key is key, or -1.
    Q_INVOKABLE int indexOf(const QString &key) const;
    /// One row as a map of role name to value, for scripts and tests (empty when out of range).
    Q_INVOKABLE QVariantMap get(int row) const;
    /// One value by row and role name (an invalid QVariant when out of range).
    QVariant value(int row, const QByteArray &role) const;
    /// The role id of a role name, or -1.
    int role(const QByteArray &name) const;

Q_SIGNALS:
    void countChanged();

private:
    QByteArrayList m_roles;
    QList<QVariantList> m_rows;
};

} // namespace zs
