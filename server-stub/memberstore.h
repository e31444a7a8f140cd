#pragma once

#include "database.h"

#include <QJsonObject>
#include <optional>

namespace zs {

/// One panel member as stored: identified data, by consent, for the panel only. On the wire
/// it is a Membership (membership.h); empty email or phone: none given. No stratum a response
/// carries (DESIGN §5 rule 7): not the occupation group or age band, and the year joined, which
/// no submission's period equals.
struct Member
{
    QString panel;
    QString name;
    QString email;
    QString phone;
    int consentVersion = 0;
    QString joined; ///< year (YYYY), never finer
    bool ageRuleMet = false; ///< the panel had an age rule at join and the age band met it
};

/// Panel membership in its own SQLite file, or its own PostgreSQL schema (DESIGN §5 rule 7): no
/// column or id shared with responses and no foreign key to them, so nothing can join a member
/// to a submission. Erasure leaves no trace in the SQLite file. Migrations that drop data
/// (version 4: the strata) overwrite it in the file too. On PostgreSQL an erased row is
/// VACUUMed at once; its bytes stay in the server's free space until reused.
class MemberStore
{
public:
    /// An SQLite file.
    explicit MemberStore(const QString &path);
    explicit MemberStore(const DatabaseLocation &location);

    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_db.errorString(); }
    /// The connection, for the server's fault check and health probe.
    Database &database() { return m_db; }

    /// Stores the member and returns the secret that lets them export or erase it (shown once);
    /// a random one unless the join brought its own (JoinRequest::secretFor).
    std::optional<QString> add(const Member &member, const QString &secret = {});
    std::optional<Member> find(const QString &panel, const QString &secret);
    /// Erases the member; false when the secret is unknown.
    bool erase(const QString &panel, const QString &secret);
    int count(const QString &panel);
    /// The contact fields members consented to share for invitations (name, e-mail, phone, joined),
    /// of every member of the panel, by name; nullopt on a store fault.
    std::optional<QList<Member>> contacts(const QString &panel);
    /// The hash of the blinded message this member got a round's credential for: empty when
    /// none yet, nullopt on a store fault. The row is found by keys only the secret makes: the
    /// file says neither whose nor which round's credential a row is.
    std::optional<QByteArray> roundCredential(
        const QString &panel, const QString &secret, const QString &round);
    /// Records that this member got the round's credential; false when one was recorded already.
    bool recordRoundCredential(const QString &panel, const QString &secret, const QString &round,
        const QByteArray &blindedHash);

private:
    /// Writes the log back into the main file and empties it (secure_delete zeroed what went).
    void checkpoint();
    /// Whether round credentials from before version 5 (naming member and round) are left, to
    /// be rekeyed when their member comes back; their table is dropped once it is empty.
    bool legacyRoundsLeft();

    Database m_db;
    bool m_legacyRounds = false; ///< round credentials from before version 5 are left
};

} // namespace zs
