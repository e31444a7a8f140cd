#include "redemptionstore.h"

#include <QSqlQuery>

namespace zs {

namespace {

const char *const kStates[] = { "queued", "looked_up", "blinded", "signed", "refused" };

Redemption::State stateFrom(const QString &name)
{
    for (int i = 0; i < int(std::size(kStates)); ++i) {
        if (name == QLatin1String(kStates[i]))
            return Redemption::State(i);
    }
    return Redemption::State::Refused;
}

const QString kColumns = QStringLiteral(
    "id, state, code, employer, employer_name, region, survey, key_id, expires, spki, token,"
    " inverse, blinded, signature, error, kind, panel, round, member_secret");

} // namespace

QString Redemption::stateName(State state)
{
    return QLatin1String(kStates[int(state)]);
}

HeldCredential Redemption::held() const
{
    return { id, employer, employerName, region, survey, Credential { keyId, token, signature } };
}

RedemptionStore::RedemptionStore(Database &db)
    : m_db(db)
{
    // Codes, blindings and spent credentials are deleted: overwrite them, do not just unlink.
    if (!m_db.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        qWarning("redemptions: deleted codes may linger in free pages");
}

std::optional<qint64> RedemptionStore::add(const QString &code)
{
    std::optional<qint64> id;
    const bool ok = m_db.transaction([&] {
        QSqlQuery q;
        if (!m_db.exec(QStringLiteral("SELECT id FROM redemptions WHERE code = ?"), { code }, &q))
            return false;
        if (q.next()) {
            id = q.value(0).toLongLong();
            return true;
        }
        if (!m_db.exec(QStringLiteral("INSERT INTO redemptions (code) VALUES (?)"), { code }, &q))
            return false;
        id = q.lastInsertId().toLongLong();
        return true;
    });
    return ok ? id : std::nullopt;
}

QList<Redemption> RedemptionStore::select(const QString &where, const QVariantList &binds)
{
    QList<Redemption> list;
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT %1 FROM redemptions WHERE %2 ORDER BY id").arg(kColumns, where),
            binds, &q))
        return list;
    while (q.next()) {
        Redemption r;
        r.id = q.value(0).toLongLong();
        r.state = stateFrom(q.value(1).toString());
        r.code = q.value(2).toString();
        r.employer = q.value(3).toString();
        r.employerName = q.value(4).toString();
        r.region = q.value(5).toString();
        r.survey = q.value(6).toString();
        r.keyId = q.value(7).toString();
        r.expires = q.value(8).toString();
        r.spki = q.value(9).toByteArray();
        r.token = q.value(10).toByteArray();
        r.inverse = q.value(11).toByteArray();
        r.blindedMessage = q.value(12).toByteArray();
        r.signature = q.value(13).toByteArray();
        r.error = q.value(14).toString();
        r.kind = q.value(15).toString() == QLatin1String("round") ? Redemption::Kind::Round
                                                                  : Redemption::Kind::Invitation;
        r.round = { q.value(16).toString(), q.value(17).toString(), q.value(18).toString() };
        list.append(r);
    }
    if (!m_db.finished(q))
        list.clear();
    return list;
}

std::optional<Redemption> RedemptionStore::find(qint64 id)
{
    const QList<Redemption> list = select(QStringLiteral("id = ?"), { id });
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

QList<Redemption> RedemptionStore::unfinished()
{
    return select(QStringLiteral("state IN ('queued', 'looked_up', 'blinded')"), {});
}

QList<Redemption> RedemptionStore::all()
{
    return select(QStringLiteral("1"), {});
}

bool RedemptionStore::update(qint64 id, const QString &set, QVariantList binds)
{
    binds.append(id);
    QSqlQuery q;
    return m_db.exec(QStringLiteral("UPDATE redemptions SET %1 WHERE id = ?").arg(set), binds, &q)
        && q.numRowsAffected() == 1;
}

bool RedemptionStore::setLookedUp(qint64 id, const InvitationInfo &info)
{
    return update(id,
        QStringLiteral("state = 'looked_up', employer = ?, region = ?, survey = ?, key_id = ?,"
                       " expires = ?"),
        { info.employer, info.region, info.survey, info.keyId, info.expires });
}

bool RedemptionStore::setEmployerName(qint64 id, const QString &name)
{
    return update(id, QStringLiteral("employer_name = ?"), { name });
}

bool RedemptionStore::setBlinded(qint64 id, const QString &keyId, const QByteArray &spki,
    const QByteArray &token, const blindrsa::Blinding &blinding)
{
    return update(id,
        QStringLiteral(
            "state = 'blinded', key_id = ?, spki = ?, token = ?, inverse = ?, blinded = ?"),
        { keyId, spki, token, blinding.inverse, blinding.blindedMessage });
}

bool RedemptionStore::setSigned(qint64 id, const QByteArray &signature)
{
    // From here nothing on the device names the invitation the credential came from (rule 9).
    return update(id,
        QStringLiteral("state = 'signed', code = NULL, spki = NULL, inverse = NULL, blinded = NULL,"
                       " expires = NULL, member_secret = NULL, signature = ?"),
        { signature });
}

bool RedemptionStore::setRefused(qint64 id, const QString &error)
{
    // A refused invitation keeps no token or blinding: they can never be used.
    return update(id,
        QStringLiteral("state = 'refused', spki = NULL, token = NULL, inverse = NULL,"
                       " blinded = NULL, signature = NULL, member_secret = NULL, error = ?"),
        { error });
}

bool RedemptionStore::remove(qint64 id)
{
    return m_db.exec(QStringLiteral("DELETE FROM redemptions WHERE id = ?"), { id });
}

std::optional<HeldCredential> RedemptionStore::heldFor(const QString &survey)
{
    const QList<Redemption> list = select(
        QStringLiteral("kind = 'invitation' AND state = 'signed' AND survey = ?"), { survey });
    return list.isEmpty() ? std::nullopt : std::optional(list.first().held());
}

bool RedemptionStore::removePanel(const QString &panel)
{
    return m_db.transaction([&] {
        const QString rows
            = QStringLiteral("SELECT id FROM redemptions WHERE kind = 'round' AND panel = ?");
        return m_db.exec(
                   QStringLiteral("UPDATE outbox SET state = 'rejected', redemption_id = NULL,"
                                  " error = 'left the panel before the round''s credential"
                                  " came', error_code = 'membership_left'"
                                  " WHERE redemption_id IN (%1)")
                       .arg(rows),
                   { panel })
            && m_db.exec(
                QStringLiteral("DELETE FROM redemptions WHERE kind = 'round' AND panel = ?"),
                { panel });
    });
}

} // namespace zs
