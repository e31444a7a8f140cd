#pragma once

#include "appcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace zs {

/// Drives the invitation page: a typed code (checked as the person types), a pasted or opened
/// zorgstem://invite link, or a scanned QR code goes to the credential manager; the page then
/// says for whom the answers will count and which survey to start (DESIGN §5a).
class InvitationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(zs::AppController *app READ app WRITE setApp NOTIFY appChanged REQUIRED)
    /// enter | working | waiting | ready | refused
    Q_PROPERTY(QString stage READ stage NOTIFY changed)
    Q_PROPERTY(QString codeHint READ codeHint NOTIFY codeHintChanged)
    Q_PROPERTY(bool codeValid READ codeValid NOTIFY codeHintChanged)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString linkNote READ linkNote NOTIFY changed)
    Q_PROPERTY(QString employerName READ employerName NOTIFY changed)
    Q_PROPERTY(QString surveyId READ surveyId NOTIFY changed)
    Q_PROPERTY(QString countsFor READ countsFor NOTIFY changed)
    Q_PROPERTY(QString regionNote READ regionNote NOTIFY changed)

public:
    explicit InvitationController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    QString stage() const { return m_stage; }
    QString codeHint() const { return m_codeHint; }
    bool codeValid() const { return m_codeValid; }
    QString message() const { return m_message; }
    QString linkNote() const { return m_linkNote; }
    QString employerName() const { return m_employerName; }
    QString surveyId() const { return m_surveyId; }
    QString countsFor() const;
    QString regionNote() const { return m_regionNote; }

    /// Checks the text as it is typed: a wrong check symbol is said at once, a short code not yet.
    Q_INVOKABLE void check(const QString &text);
    /// Redeems a typed code or a pasted link; false (with codeHint) when it is not one.
    Q_INVOKABLE bool submit(const QString &text);
    /// Opens a zorgstem://invite link (command line, desktop handler, paste, QR code).
    Q_INVOKABLE bool openLink(const QString &link);
    /// Back to typing a code (after a refusal, or to enter another one).
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void appChanged();
    void changed();
    void codeHintChanged();

private:
    void follow(qint64 id);
    void refresh();
    QString refusal(const QString &error) const;

    QPointer<AppController> m_app;
    qint64 m_id = 0;
    QString m_stage = QStringLiteral("enter");
    QString m_codeHint;
    bool m_codeValid = false;
    QString m_message;
    QString m_linkNote;
    QString m_employerName;
    QString m_surveyKind;
    QString m_surveyId;
    QString m_regionNote;
};

} // namespace zs
