#include "invitationbatchcontroller.h"

#include "appcontroller.h"
#include "credential.h"
#include "guarded.h"
#include "invitationsheet.h"
#include "reportexport.h"
#include "reportview.h"
#include "wirelimits.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace zs {

namespace {

const QByteArrayList kMonthRoles { "key", "month", "survey", "issued", "redeemed", "expired" };

QLocale localeOf(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

} // namespace

InvitationBatchController::InvitationBatchController(QObject *parent)
    : QObject(parent)
    , m_months(kMonthRoles)
{ }

int InvitationBatchController::maxCount()
{
    return protocol::limits::kMaxInvitationBatch;
}

void InvitationBatchController::setSession(SessionManager *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
    refresh();
}

void InvitationBatchController::setLanguage(const QString &language)
{
    const QString lang
        = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    if (lang == m_language)
        return;
    m_language = lang;
    Q_EMIT languageChanged();
    Q_EMIT batchChanged();
    refresh();
}

void InvitationBatchController::setSurvey(const QString &survey)
{
    if (survey == m_survey)
        return;
    m_survey = survey;
    Q_EMIT formChanged();
}

void InvitationBatchController::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    Q_EMIT formChanged();
}

void InvitationBatchController::say(bool ok, const QString &message)
{
    m_ok = ok;
    m_message = message;
    Q_EMIT messageChanged();
}

void InvitationBatchController::setBusy(bool on)
{
    m_busy += on ? 1 : -1;
    Q_EMIT busyChanged();
}

QString InvitationBatchController::surveyLabel(const QString &survey) const
{
    return survey == QLatin1String("retention") ? tr("Stay survey") : tr("Exit survey");
}

QString InvitationBatchController::expiresText() const
{
    return m_expires.isValid()
        ? localeOf(m_language).toString(m_expires, QStringLiteral("d MMMM yyyy"))
        : QString();
}

void InvitationBatchController::create()
{
    if (!m_session || !m_session->signedIn() || !m_session->info().isEmployer()) {
        say(false, tr("Sign in with your organisation's token first."));
        return;
    }
    // The collector's own reading of the request, so the page refuses what it would refuse.
    const InvitationBatchRequest request { m_survey, m_count, {} };
    ProtocolError error;
    if (!InvitationBatchRequest::fromJson(request.toJson(), &error)) {
        say(false,
            error.field == QLatin1String("count")
                ? tr("Choose a number from 1 to %1.").arg(maxCount())
                : tr("Choose the exit or the stay survey."));
        return;
    }
    if (!m_codes.isEmpty() && !m_sheetSaved) {
        // A new batch replaces the codes on screen: they would be gone for good.
        say(false,
            tr("Save the sheet of the %n invitation(s) you just made first: the codes are "
               "shown only once.",
                "", int(m_codes.size())));
        return;
    }
    setBusy(true);
    say(true, {});
    m_session->send("POST", invitationsPath(m_session->employer()), request.toJson(),
        "application/json", guarded(this, [this](const CollectorReply &reply) {
            setBusy(false);
            if (reply.status != 201) {
                say(false,
                    reply.status == 0
                        ? tr("No connection to the collector. Nothing was made; try again.")
                        : tr("The collector did not make the invitations (error %1). Nothing was "
                             "made.")
                              .arg(reply.status));
                return;
            }
            const QJsonObject o = reply.json();
            m_codes.clear();
            for (const QJsonValue &c : o.value(QLatin1String("invitations")).toArray())
                m_codes.append(c.toString());
            m_batchSurvey = o.value(QLatin1String("survey")).toString();
            m_expires
                = QDate::fromString(o.value(QLatin1String("expires")).toString(), Qt::ISODate);
            m_sheetSaved = false;
            Q_EMIT batchChanged();
            say(true,
                tr("%n invitation(s) made for the %1, valid until %2.", "", int(m_codes.size()))
                    .arg(surveyLabel(m_batchSurvey).toLower(), expiresText()));
            refresh();
        }));
}

bool InvitationBatchController::saveSheet(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (m_codes.isEmpty() || !m_session) {
        say(false, tr("Make invitations first."));
        return false;
    }
    QList<InvitationCard> cards;
    for (const QString &code : std::as_const(m_codes))
        cards.append({ code, invitationLink(code, m_session->collector()) });
    QString error;
    if (!writeInvitationSheet(
            path, { m_session->name(), m_expires, m_batchSurvey }, cards, &error)) {
        say(false, tr("Could not save the sheet as %1. Choose another folder or name.").arg(path));
        return false;
    }
    m_sheetSaved = true;
    m_sheetFolder = QUrl::fromLocalFile(QFileInfo(path).absolutePath());
    Q_EMIT batchChanged();
    say(true, tr("Sheet saved as %1: print it and hand out one card per person.").arg(path));
    return true;
}

QUrl InvitationBatchController::sheetFolder() const
{
    if (!m_sheetFolder.isEmpty())
        return m_sheetFolder;
    return AppController::documentsFolder();
}

void InvitationBatchController::setSheetFolder(const QUrl &folder)
{
    m_sheetFolder = folder;
    Q_EMIT batchChanged();
}

QUrl InvitationBatchController::suggestedSheet() const
{
    const QString name
        = QStringLiteral("%1-%2-%3.pdf")
              .arg(m_language == QLatin1String("en") ? QStringLiteral("invitations")
                                                     : QStringLiteral("uitnodigingen"),
                  m_batchSurvey.isEmpty() ? m_survey : m_batchSurvey,
                  QDate::currentDate().toString(Qt::ISODate));
    return QUrl::fromLocalFile(QDir(sheetFolder().toLocalFile()).filePath(name));
}

void InvitationBatchController::refresh()
{
    if (!m_session || !m_session->signedIn() || !m_session->info().isEmployer()) {
        m_months.setRows({});
        return;
    }
    setBusy(true);
    m_session->send("GET", invitationsPath(m_session->employer()), {}, "application/json",
        guarded(this, [this](const CollectorReply &reply) {
            setBusy(false);
            ProtocolError error;
            const auto list = reply.status == 200
                ? InvitationCounts::listFromJson(reply.json(), &error)
                : std::nullopt;
            if (!list) {
                if (reply.status != 401) // a 401 ends the session, which says so itself
                    say(false, tr("Could not read the invitation counts now. Try again later."));
                return;
            }
            QList<QVariantList> rows;
            for (const InvitationCounts &m : *list)
                rows.append({ m.month + QLatin1Char('|') + m.survey,
                    ReportView::monthsLabel(m.month, m.month, m_language), surveyLabel(m.survey),
                    m.issued, m.redeemed, m.expired });
            m_months.setRows(rows);
        }));
}

} // namespace zs
