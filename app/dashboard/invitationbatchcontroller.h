#pragma once

#include "rowmodel.h"
#include "sessionmanager.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

namespace zs {

/// Drives the Organisation dashboard's Invitations page (issue 10): makes a batch of one-time
/// invitation codes for the exit or the stay survey (POST /v1/employers/{id}/invitations), saves
/// them as the printable QR sheet (zorgstem_sheet: the codes come back once, so the sheet is the
/// way to keep them), and lists the counts per month: issued, redeemed, expired.
class InvitationBatchController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(
        zs::SessionManager *session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString survey READ survey WRITE setSurvey NOTIFY formChanged)
    Q_PROPERTY(int count READ count WRITE setCount NOTIFY formChanged)
    Q_PROPERTY(int maxCount READ maxCount CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool ok READ ok NOTIFY messageChanged)
    Q_PROPERTY(int codeCount READ codeCount NOTIFY batchChanged)
    Q_PROPERTY(QString codesText READ codesText NOTIFY batchChanged)
    Q_PROPERTY(QString batchSurvey READ batchSurvey NOTIFY batchChanged)
    Q_PROPERTY(QString expiresText READ expiresText NOTIFY batchChanged)
    Q_PROPERTY(bool sheetSaved READ sheetSaved NOTIFY batchChanged)
    Q_PROPERTY(zs::RowModel *months READ months CONSTANT)
    Q_PROPERTY(QUrl sheetFolder READ sheetFolder WRITE setSheetFolder NOTIFY batchChanged)

public:
    explicit InvitationBatchController(QObject *parent = nullptr);

    SessionManager *session() const { return m_session; }
    void setSession(SessionManager *session);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString survey() const { return m_survey; }
    void setSurvey(const QString &survey);
    int count() const { return m_count; }
    void setCount(int count);
    static int maxCount();
    bool busy() const { return m_busy > 0; }
    QString message() const { return m_message; }
    bool ok() const { return m_ok; }
    int codeCount() const { return int(m_codes.size()); }
    QString codesText() const { return m_codes.join(QLatin1Char('\n')); }
    QString batchSurvey() const { return m_batchSurvey; }
    QString expiresText() const;
    bool sheetSaved() const { return m_sheetSaved; }
    RowModel *months() { return &m_months; }
    /// Where the save dialog starts: the Documents folder, or where the last sheet went.
    QUrl sheetFolder() const;
    void setSheetFolder(const QUrl &folder);

    /// Makes count invitations for the survey; the codes stay in memory until the page closes.
    Q_INVOKABLE void create();
    /// Writes the QR sheet of the last batch to a file URL or path (A4 PDF); false with message.
    Q_INVOKABLE bool saveSheet(const QUrl &file);
    /// The file the save dialog proposes: "uitnodigingen-exit-2026-11-22.pdf" in sheetFolder.
    Q_INVOKABLE QUrl suggestedSheet() const;
    /// Reads the counts per month again.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void sessionChanged();
    void languageChanged();
    void formChanged();
    void busyChanged();
    void messageChanged();
    void batchChanged();

private:
    void say(bool ok, const QString &message);
    void setBusy(bool on);
    QString surveyLabel(const QString &survey) const;

    QPointer<SessionManager> m_session;
    QString m_language = QStringLiteral("nl");
    QString m_survey = QStringLiteral("exit");
    int m_count = 25;
    int m_busy = 0;
    QString m_message;
    bool m_ok = true;
    QStringList m_codes;
    QString m_batchSurvey;
    QDate m_expires;
    bool m_sheetSaved = false;
    RowModel m_months;
    QUrl m_sheetFolder;
};

} // namespace zs
