#pragma once

#include <QSortFilterProxyModel>
#include <qqmlintegration.h>

namespace zs {

/// The region's actions as the Actions page shows them: filtered by action line, theme, status
/// and a search text over title and description (an empty filter lets everything through).
class ActionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString line READ line WRITE setLine NOTIFY filterChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY filterChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit ActionFilterModel(QObject *parent = nullptr);

    QString line() const { return m_line; }
    void setLine(const QString &line);
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    int count() const { return rowCount(); }
    /// One visible row as a map of role name to value, for scripts and tests.
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void filterChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void apply(QString *field, const QString &value);

    QString m_line;
    QString m_theme;
    QString m_status;
    QString m_search;
};

} // namespace zs
