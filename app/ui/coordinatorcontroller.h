#pragma once

#include "collectorclient.h"
#include "protocolerror.h"
#include "regionpage.h"
#include "yousaidmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace zs {

/// Drives the desktop coordinator mode: with a coordinator token, publish, update, stop and
/// remove the region's actions and add progress; read, hide and follow up the region's ideas;
/// export a panel's contact list; set the region's top themes beside the actions that address
/// them ("you said, we did"); read the audit log. Panel rounds are built and published by
/// RoundBuilder.
///
/// It signs in the way the dashboards do: QML hands it the shared session (`session: Session`,
/// signed in with a coordinator token), its requests go through it with the token the session
/// keeps, and the region is the token's (GET /v1/session), not the care worker's profile.
///
/// Every answer is one message with the area of the page it belongs to (messageArea: action,
/// progress, ideas, export, audit, yousaid), so the page shows it next to the button that
/// asked; refusals of the action form go next to their field (fieldErrors).
class CoordinatorController : public zs::RegionPage
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString messageArea READ messageArea NOTIFY messageChanged)
    Q_PROPERTY(bool ok READ ok NOTIFY messageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)
    Q_PROPERTY(zs::RowModel *ideas READ ideas CONSTANT)
    Q_PROPERTY(zs::RowModel *stats READ stats CONSTANT)
    Q_PROPERTY(zs::RowModel *audit READ audit CONSTANT)
    Q_PROPERTY(zs::RowModel *employers READ employers CONSTANT)
    Q_PROPERTY(zs::YouSaidModel *youSaid READ youSaid CONSTANT)

public:
    explicit CoordinatorController(QObject *parent = nullptr);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString message() const { return m_message; }
    QString messageArea() const { return m_area; }
    bool ok() const { return m_ok; }
    bool busy() const { return m_busy > 0; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    RowModel *ideas() { return &m_ideas; }
    RowModel *stats() { return &m_stats; }
    RowModel *audit() { return &m_audit; }
    RowModel *employers() { return &m_employers; }
    YouSaidModel *youSaid() { return &m_youSaid; }

    /// The editable fields of an existing action (or empty ones for a new action).
    Q_INVOKABLE QVariantMap actionForm(const QString &actionId) const;
    /// Builds the action from the form and publishes it (create or update).
    Q_INVOKABLE void publishAction(const QVariantMap &form);
    /// Publishes the action again with status "stopped" (its progress kept).
    Q_INVOKABLE void stopAction(const QString &actionId);
    /// Removes the action and its reactions from the collector (answers with actionRemoved).
    Q_INVOKABLE void removeAction(const QString &actionId);
    /// Adds one progress update to an action and publishes it (answers with progressAdded).
    Q_INVOKABLE void addProgress(const QString &actionId, const QString &date,
        const QVariant &value, const QString &noteNl, const QString &noteEn);
    /// Forgets the errors shown next to the form's fields.
    Q_INVOKABLE void clearFieldErrors();
    /// Forgets the error of one field (the person changed it).
    Q_INVOKABLE void clearFieldError(const QString &field);
    /// Reads the region's ideas (with names and offers to help) and the panels' member counts.
    Q_INVOKABLE void refresh();
    /// Hides an idea for everyone (answers with ideaHidden).
    Q_INVOKABLE void hideIdea(const QString &ideaId);
    /// Saves the panel's contact list (CSV) to a file (a path or file URL; answers with exported).
    Q_INVOKABLE void exportMembers(const QString &panelId, const QString &fileUrl);
    /// Reads which employers of the region have a release of each survey (never their figures).
    Q_INVOKABLE void refreshEmployers();
    /// Reads the region's audit log.
    Q_INVOKABLE void refreshAudit();
    /// Reads the region's verified report of this kind (exit or retention) for "you said, we did".
    Q_INVOKABLE void refreshYouSaid(const QString &kind);

    /// The action JSON the form describes; *errors maps each wrong field to a message (pure).
    static QJsonObject buildAction(
        const QVariantMap &form, const QString &region, QVariantMap *errors);
    /// The coordinator's words for a refusal of Action::validate() (a field of the form).
    static QString fieldMessage(const ProtocolError &error);
    /// One audit entry in the coordinator's words: "Exported the members of … (12)".
    static QString auditText(const QString &action, const QString &subject, int count);
    /// Who did it: "Employer zorg-utrecht", "Coordinator 3".
    static QString auditActor(const QString &kind, const QString &actor);

Q_SIGNALS:
    void languageChanged();
    void messageChanged();
    void busyChanged();
    void fieldErrorsChanged();
    void published();
    void progressAdded();
    void actionRemoved();
    void ideaHidden();
    void exported(const QString &path);

private:
    void send(const QString &area, const QByteArray &method, const QString &path,
        const QJsonObject &body, const std::function<void(const CollectorReply &)> &done,
        const QByteArray &accept = QByteArrayLiteral("application/json"));
    void report(const QString &area, bool ok, const QString &message);
    void reportRefusal(const QString &area, const CollectorReply &reply);
    void setFieldErrors(const QVariantMap &errors);
    void publish(
        const QString &area, const QVariantMap &form, const std::function<void(int status)> &done);
    QJsonObject cachedAction(const QString &actionId) const;
    QJsonArray regionActions() const;
    void showYouSaid();

    QString regionId() const;

    QString m_language = QStringLiteral("nl");
    QString m_message;
    QString m_area;
    bool m_ok = true;
    int m_busy = 0;
    QVariantMap m_fieldErrors;
    RowModel m_ideas;
    RowModel m_stats;
    RowModel m_audit;
    RowModel m_employers;
    YouSaidModel m_youSaid;
    QJsonObject m_youSaidReport;
};

} // namespace zs
