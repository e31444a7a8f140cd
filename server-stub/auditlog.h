#pragma once

#include "database.h"

#include <QHttpServerRequest>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zs {

/// One entry of the audit log: who (an employer's id or a coordinator's number) did what on
/// which day. Never a respondent, a member or an address: the subject is the id of what was
/// acted on (a report kind, a panel, an action, an idea), and count a number of rows or codes.
struct AuditEntry
{
    QString day; ///< YYYY-MM-DD, never a time
    QString region; ///< the actor's region
    QString actorKind; ///< "employer" or "coordinator"
    QString actor; ///< the employer's id, or the coordinator's id as a number
    QString action; ///< one of the AuditLog::k… names
    QString subject;
    std::optional<int> count;
};

/// The collector's audit log (issue 10): what a token was used for, by day, in the responses
/// database. Routes add one line where an action succeeded; a failed write is a store fault, so
/// the request answers 503 and nothing is shown that was not logged.
class AuditLog
{
public:
    // The actions the log knows.
    static const QString kReportRead;
    static const QString kInvitationsMade;
    static const QString kMembersExported;
    static const QString kActionPublished;
    static const QString kActionRemoved;
    static const QString kRoundPublished;
    static const QString kIdeaHidden;

    explicit AuditLog(Database &db);

    /// The statements of the collector's migration that adds the log.
    static QStringList schema();

    /// Logs an action of the token the request carries (an employer's or a coordinator's);
    /// false on a store fault. A request without such a token logs nothing and is true.
    bool record(const QHttpServerRequest &request, const QString &action, const QString &subject,
        std::optional<int> count = std::nullopt);
    /// Logs an action of a known actor on today's day; false on a store fault.
    bool record(const AuditEntry &entry);
    /// The entries newest first, of one region or (empty) of all; at most limit (0: all).
    /// nullopt on a store fault.
    std::optional<QList<AuditEntry>> entries(const QString &region = {}, int limit = 0);

private:
    /// The actor of a token: kind, id and region; nullopt when the token is no active one.
    std::optional<AuditEntry> actor(const QString &token);

    Database &m_db;
};

} // namespace zs
