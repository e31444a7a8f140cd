#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <qqmlintegration.h>

namespace zs {

/// One theme of "you said, we did": its share in the region's verified releases and the
/// region's actions that address it.
struct YouSaidTheme
{
    QString theme;
    QString label;
    double percent = -1; ///< of those who answered, in the verified total (0–100); -1: none
    QStringList actionIds;
    QStringList actionTitles;
};

/// "You said, we did" (issue 10): the themes of a region's verified releases, biggest share
/// first, each beside the region's actions that address it, and (`unaddressed`) the themes no
/// action addresses yet. An exit report gives the national themes of the leaving reasons (their
/// roll-up); an action addresses one when one of its retention themes belongs to it
/// (ReferenceItem::nationalTheme). A retention report gives the reasons to stay, which are the
/// retention themes actions carry. A stopped action addresses nothing.
class YouSaidModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the coordinator controller owns it")
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    Q_PROPERTY(bool hasFigures READ hasFigures NOTIFY changed)
    Q_PROPERTY(int respondents READ respondents NOTIFY changed)
    Q_PROPERTY(int releases READ releases NOTIFY changed)
    Q_PROPERTY(QString firstMonth READ firstMonth NOTIFY changed)
    Q_PROPERTY(QString lastMonth READ lastMonth NOTIFY changed)
    Q_PROPERTY(QAbstractItemModel *unaddressed READ unaddressed CONSTANT)

public:
    enum Role {
        ThemeRole = Qt::UserRole + 1,
        LabelRole,
        PercentRole,
        ActionIdsRole,
        ActionTitlesRole,
        AddressedRole,
    };

    explicit YouSaidModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    /// One row as a map of role name to value, for scripts and tests (empty when out of range).
    Q_INVOKABLE QVariantMap get(int row) const;
    QString kind() const { return m_kind; }
    bool hasFigures() const { return m_respondents >= 0; }
    int respondents() const { return m_respondents; }
    int releases() const { return m_releases; }
    QString firstMonth() const { return m_firstMonth; }
    QString lastMonth() const { return m_lastMonth; }
    QAbstractItemModel *unaddressed() { return &m_unaddressed; }

    /// Rebuilds from a regional report (GET /v1/reports/{kind}?region=R; its "verified" scope's
    /// total) and the region's actions as the collector sent them, labelled in language.
    void set(const QJsonObject &report, const QJsonArray &actions, const QString &language);
    /// Empties the model (no report read yet).
    void clear();

    /// The themes of a report and the actions that address them, biggest share first, then the
    /// themes without a figure in the order of the reference list (pure, for tests).
    static QList<YouSaidTheme> themes(
        const QJsonObject &report, const QJsonArray &actions, const QString &language);

Q_SIGNALS:
    void changed();

private:
    QList<YouSaidTheme> m_rows;
    QString m_kind;
    int m_respondents = -1;
    int m_releases = 0;
    QString m_firstMonth;
    QString m_lastMonth;
    QSortFilterProxyModel m_unaddressed;
};

} // namespace zs
