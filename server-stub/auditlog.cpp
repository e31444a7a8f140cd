#include "auditlog.h"

#include "httputil.h"

#include <QCryptographicHash>
#include <QDate>
#include <QSqlQuery>

namespace zs {

const QString AuditLog::kReportRead = QStringLiteral("report.read");
const QString AuditLog::kInvitationsMade = QStringLiteral("invitations.made");
const QString AuditLog::kMembersExported = QStringLiteral("members.exported");
const QString AuditLog::kActionPublished = QStringLiteral("action.published");
const QString AuditLog::kActionRemoved = QStringLiteral("action.removed");
const QString AuditLog::kRoundPublished = QStringLiteral("round.published");
const QString AuditLog::kIdeaHidden = QStringLiteral("idea.hidden");

AuditLog::AuditLog(Database &db)
    : m_db(db)
{ }

QStringList AuditLog::schema()
{
    // The id orders entries within a day; the log holds no respondent and no time, so its
    // order says nothing about any response (DESIGN §5a G3).
    return {
        QStringLiteral("CREATE TABLE audit (id INTEGER PRIMARY KEY, day TEXT NOT NULL,"
                       " region TEXT NOT NULL, actor_kind TEXT NOT NULL, actor TEXT NOT NULL,"
                       " action TEXT NOT NULL, subject TEXT NOT NULL, count INTEGER)"),
        QStringLiteral("CREATE INDEX audit_by_region ON audit (region, id)"),
    };
}

std::optional<AuditEntry> AuditLog::actor(const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    const QByteArray hash = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
    QSqlQuery q;
    if (m_db.exec(QStringLiteral("SELECT id, region FROM employers"
                                 " WHERE token_hash = ? AND active = 1"),
            { hash }, &q)
        && q.next())
        return AuditEntry { {}, q.value(1).toString(), QStringLiteral("employer"),
            q.value(0).toString(), {}, {}, std::nullopt };
    if (m_db.exec(QStringLiteral("SELECT id, region FROM coordinators"
                                 " WHERE token_hash = ? AND active = 1"),
            { hash }, &q)
        && q.next())
        return AuditEntry { {}, q.value(1).toString(), QStringLiteral("coordinator"),
            q.value(0).toString(), {}, {}, std::nullopt };
    return std::nullopt;
}

bool AuditLog::record(const QHttpServerRequest &request, const QString &action,
    const QString &subject, std::optional<int> count)
{
    auto entry = actor(http::bearerToken(request));
    if (!entry)
        return true;
    entry->action = action;
    entry->subject = subject;
    entry->count = count;
    return record(*entry);
}

bool AuditLog::record(const AuditEntry &entry)
{
    const QString day
        = entry.day.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : entry.day;
    return m_db.exec(QStringLiteral("INSERT INTO audit (day, region, actor_kind, actor, action,"
                                    " subject, count) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { day, entry.region, entry.actorKind, entry.actor, entry.action, entry.subject,
            entry.count ? QVariant(*entry.count) : QVariant() });
}

std::optional<QList<AuditEntry>> AuditLog::entries(const QString &region, int limit)
{
    QString sql = QStringLiteral(
        "SELECT day, region, actor_kind, actor, action, subject, count FROM audit");
    QVariantList binds;
    if (!region.isEmpty()) {
        sql += QStringLiteral(" WHERE region = ?");
        binds.append(region);
    }
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds.append(limit);
    }
    QSqlQuery q;
    if (!m_db.exec(sql, binds, &q))
        return std::nullopt;
    QList<AuditEntry> list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).isNull() ? std::nullopt : std::optional(q.value(6).toInt()) });
    if (!m_db.finished(q))
        return std::nullopt;
    return list;
}

} // namespace zs
