#pragma once

#include "auditlog.h"
#include "credentialstore.h"
#include "database.h"
#include "releasestore.h"
#include "submission.h"
#include "surveycatalog.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace zs {

class TextScrubber;

/// A participating employer as the collector knows it (the token is stored only as a hash).
struct Employer
{
    QString id;
    QString region;
    QString name;
};

/// An employer as the operator lists it: whether its token is active, never the token.
struct EmployerAccount
{
    Employer employer;
    bool active = true;
};

/// What storing one submission came to.
/// Spent: the submission's credential was spent by another submission (409 credential_spent).
enum class StoreOutcome { Stored, Duplicate, Conflict, Spent, Failed };

/// One answers row as stored: a chosen option, a likert item's value, a number or a text.
struct AnswerRow
{
    QString question;
    QString item; ///< "" when none (part of the row's key, never NULL)
    QString option; ///< "" when none
    QVariant value;
    QVariant text;
};

/// A validated submission made ready for the store off the writer's path: its content hash,
/// answers rows (texts scrubbed again, rule 3), credential hash and scopes, each computed once.
struct PreparedSubmission
{
    Submission submission;
    QByteArray contentHash;
    QByteArray tokenHash; ///< of its credential; empty without one
    QList<AnswerRow> answers;
    QStringList scopes;
};

/// The collector's store (an SQLite file or a PostgreSQL schema): anonymous submissions and
/// participating employers. It holds no IP address and no request time; receipt dates are whole
/// days (rule 4).
class CollectorStore
{
public:
    /// An SQLite file.
    explicit CollectorStore(const QString &path);
    explicit CollectorStore(const DatabaseLocation &location);

    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_db.errorString(); }
    Database &database() { return m_db; }
    /// Keys, invitations and credentials, in the same file.
    CredentialStore &credentials() { return m_credentials; }
    /// Pools and releases, in the same file.
    ReleaseStore &releases() { return m_releases; }
    /// The audit log (what tokens were used for), in the same file.
    AuditLog &audit() { return m_audit; }

    /// Stores each validated submission whole or not at all, in one transaction for the batch.
    /// A submission's credential (verified by the caller) is spent in the same transaction: its
    /// token's hash goes into spent_tokens, and a second use is StoreOutcome::Spent.
    QList<StoreOutcome> store(const QList<Submission> &submissions, const SurveyCatalog &catalog);
    /// The same for prepared submissions (the writer's group commit): one transaction and no
    /// per-item savepoint; only when the group fails on one item's data (not a store fault) is
    /// it stored again item by item, so the others are still stored.
    QList<StoreOutcome> store(const QList<PreparedSubmission> &items);
    /// What store() writes for one validated submission, computed without the store.
    static PreparedSubmission prepare(
        const Submission &submission, const SurveyDefinition &definition);
    qint64 submissionCount();

    /// Registers an employer and returns its new API token (shown once, stored as a hash).
    std::optional<QString> addEmployer(const Employer &employer, QString *error);
    std::optional<Employer> employer(const QString &id);
    /// The employer whose token this is, if any.
    std::optional<Employer> employerForToken(const QString &token);
    QList<Employer> employers(const QString &region);
    /// Every employer with whether its token is active, by id (for the operator's list).
    QList<EmployerAccount> allEmployers();
    /// A new token for this employer (the old one stops at once); nullopt when no such employer.
    std::optional<QString> rotateEmployerToken(const QString &id);
    /// The employer's token stops at once; it stays a participating employer for submissions.
    bool revokeEmployer(const QString &id);

    /// Writes the tables that hold responses again in key order (PostgreSQL; nothing to do on
    /// SQLite, whose WITHOUT ROWID tables are already in key order), so nothing in them keeps
    /// the order the responses arrived in (DESIGN §5 rule 4). Under the release cut's lock, so
    /// never during a cut of another collector process; ingest waits meanwhile. Run after each
    /// cut and once a day by serve, and by `releases cut`.
    bool forgetArrivalOrder();
    /// A release cut (ReleaseStore::cut, with the system's random bits), then
    /// forgetArrivalOrder(): what serve's cuts and `releases cut` do. The number of releases
    /// made, nullopt on a store fault. A cut whose rewrite then fails still counts (the next cut
    /// or day tries again): *rewritten says so, or, when rewritten is null, a warning is logged.
    std::optional<int> cutReleases(const SurveyCatalog &catalog,
        const releases::Parameters &parameters, int retentionMonths, bool *rewritten = nullptr);

    static QByteArray contentHash(const Submission &submission);
    static QByteArray tokenHash(const QString &token);
    /// A fresh random API token: the prefix and 64 hex digits (256 bits).
    static QString newToken(QLatin1String prefix);

private:
    static const TextScrubber &scrubber();
    /// The answers and pool rows of stored submissions, written together by insertPending().
    struct PendingRows
    {
        QVariantList answers; // 6 values per row
        QVariantList pool; // 3 values per row
        /// The answers and pools of one stored submission under its key.
        void add(const PreparedSubmission &item, const QByteArray &key);
    };
    bool insertPending(PendingRows *pending);
    /// The whole group with a few statements of many rows (RETURNING tells which were new):
    /// every item's outcome, in order; nullopt when a statement failed (storeEach() then
    /// calls it item by item, each in a savepoint).
    /// A submission whose id is stored already: an identical replay (Duplicate) or other
    /// answers under that id (Conflict); Failed on a fault.
    StoreOutcome judgeNotNew(const PreparedSubmission &item);
    /// Takes a submission row out again (its credential was spent).
    bool removeSubmission(const QByteArray &key);
    std::optional<QList<StoreOutcome>> storeGroup(
        const QList<PreparedSubmission> &items, const QString &day);
    /// The fallback of store(): each item in its own savepoint.
    QList<StoreOutcome> storeEach(const QList<PreparedSubmission> &items, const QString &day);
    Database m_db;
    CredentialStore m_credentials { m_db };
    ReleaseStore m_releases { m_db };
    AuditLog m_audit { m_db };
};

} // namespace zs
