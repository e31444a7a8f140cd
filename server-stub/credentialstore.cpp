#include "credentialstore.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSqlQuery>

namespace zs {

QString Issuer::key() const
{
    return (kind == Kind::Employer ? QStringLiteral("employer:") : QStringLiteral("panel:")) + id;
}

Issuer Issuer::employer(const QString &id, const QString &survey)
{
    return { Kind::Employer, id, survey };
}

Issuer Issuer::panel(const QString &id)
{
    return { Kind::Panel, id, QStringLiteral("panel") };
}

bool SigningKey::acceptsIn(const QString &month) const
{
    return month >= published.validFrom && month <= published.validUntil;
}

QStringList CredentialStore::schema()
{
    return {
        // One key pair per issuer, survey kind and year. A key signs in its year; credentials
        // under it are accepted to the end of the next year (invitations handed out in December
        // are answered in January).
        QStringLiteral("CREATE TABLE issuer_keys (key_id TEXT PRIMARY KEY, issuer TEXT NOT NULL,"
                       " survey TEXT NOT NULL, year INTEGER NOT NULL, spki BLOB NOT NULL,"
                       " private_key BLOB NOT NULL, UNIQUE (issuer, survey, year)) WITHOUT ROWID"),
        // Invitations by the hash of their code; months and a day, no times.
        QStringLiteral("CREATE TABLE invitations (code_hash BLOB PRIMARY KEY,"
                       " employer TEXT NOT NULL, survey TEXT NOT NULL, key_id TEXT NOT NULL,"
                       " issued TEXT NOT NULL, expires TEXT NOT NULL, redeemed TEXT,"
                       " blinded_hash BLOB) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX invitations_by_employer ON invitations (employer, issued)"),
        // Spent credentials: the token's hash only, no order, nothing else.
        QStringLiteral("CREATE TABLE spent_tokens (token_hash BLOB PRIMARY KEY) WITHOUT ROWID"),
    };
}

CredentialStore::CredentialStore(Database &db)
    : m_db(db)
{ }

QByteArray CredentialStore::hash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray CredentialStore::codeHash(const QString &canonicalCode)
{
    return hash(QByteArrayLiteral("zorgstem-invitation:") + canonicalCode.toLatin1());
}

std::optional<SigningKey> CredentialStore::load(const QString &where, const QVariantList &binds)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT key_id, issuer, survey, year, spki, private_key"
                                  " FROM issuer_keys WHERE ")
                + where,
            binds, &q)
        || !q.next())
        return std::nullopt;
    const QString keyId = q.value(0).toString();
    if (auto cached = m_cache.constFind(keyId); cached != m_cache.constEnd())
        return *cached;
    SigningKey k;
    k.issuer = q.value(1).toString();
    k.survey = q.value(2).toString();
    k.year = q.value(3).toInt();
    const auto pk = blindrsa::PublicKey::fromSpki(q.value(4).toByteArray());
    const auto sk = blindrsa::PrivateKey::fromPkcs8(q.value(5).toByteArray());
    if (!pk || !sk) {
        qWarning("issuer key %s cannot be read", qPrintable(keyId));
        return std::nullopt;
    }
    k.publicKey = *pk;
    k.privateKey = *sk;
    k.published = { keyId, q.value(4).toByteArray(), QStringLiteral("%1-01").arg(k.year),
        QStringLiteral("%1-12").arg(k.year + 1) };
    m_cache.insert(keyId, k);
    return k;
}

std::optional<SigningKey> CredentialStore::key(const QString &keyId)
{
    if (auto cached = m_cache.constFind(keyId); cached != m_cache.constEnd())
        return *cached;
    return load(QStringLiteral("key_id = ?"), { keyId });
}

std::optional<SigningKey> CredentialStore::keyFor(const Issuer &issuer, int year)
{
    const QVariantList binds { issuer.key(), issuer.survey, year };
    if (auto existing = load(QStringLiteral("issuer = ? AND survey = ? AND year = ?"), binds))
        return existing;
    const auto fresh = blindrsa::PrivateKey::generate();
    if (!fresh)
        return std::nullopt;
    const QByteArray spki = fresh->publicKey().spki();
    // ON CONFLICT DO NOTHING: a second collector on the same store may have made the year's
    // key meanwhile; then its key is the one (read back below).
    if (!m_db.exec(QStringLiteral("INSERT INTO issuer_keys (key_id, issuer, survey, year, spki,"
                                  " private_key) VALUES (?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT DO NOTHING"),
            { IssuerKey::idFor(spki), issuer.key(), issuer.survey, year, spki, fresh->pkcs8() }))
        return std::nullopt;
    return load(QStringLiteral("issuer = ? AND survey = ? AND year = ?"), binds);
}

QList<IssuerKey> CredentialStore::publishedKeys(const Issuer &issuer, const QString &month)
{
    QList<IssuerKey> keys;
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT key_id FROM issuer_keys WHERE issuer = ? AND survey = ?"
                                  " ORDER BY year"),
            { issuer.key(), issuer.survey }, &q))
        return keys;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    if (!m_db.finished(q))
        return keys;
    for (const QString &id : ids) {
        const auto k = key(id);
        if (k && k->acceptsIn(month))
            keys.append(k->published);
    }
    return keys;
}

std::optional<QStringList> CredentialStore::createInvitations(
    const QString &employer, const QString &survey, int count, const QDate &expires)
{
    const QDate today = QDate::currentDate();
    const auto signing = keyFor(Issuer::employer(employer, survey), today.year());
    if (!signing)
        return std::nullopt;
    QStringList codes;
    const bool ok = m_db.transaction([&] {
        for (int i = 0; i < count; ++i) {
            const QString written = invitationcode::generate();
            const QString code = *invitationcode::normalize(written);
            // A collision of 55 random bits is not expected; DO NOTHING keeps it harmless and
            // the code is simply drawn again.
            QSqlQuery q;
            if (!m_db.exec(QStringLiteral("INSERT INTO invitations (code_hash, employer, survey,"
                                          " key_id, issued, expires) VALUES (?, ?, ?, ?, ?, ?)"
                                          " ON CONFLICT DO NOTHING"),
                    { codeHash(code), employer, survey, signing->published.keyId,
                        today.toString(QStringLiteral("yyyy-MM")), expires.toString(Qt::ISODate) },
                    &q))
                return false;
            if (q.numRowsAffected() == 1)
                codes.append(written);
            else
                --i;
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    return codes;
}

std::optional<Invitation> CredentialStore::invitation(const QString &code)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT employer, survey, key_id, issued, expires, redeemed,"
                                  " blinded_hash FROM invitations WHERE code_hash = ?"),
            { codeHash(code) }, &q)
        || !q.next())
        return std::nullopt;
    return Invitation { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
        q.value(6).toByteArray() };
}

bool CredentialStore::redeem(
    const QString &code, const QByteArray &blindedHash, const QString &month)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("UPDATE invitations SET redeemed = ?, blinded_hash = ?"
                                  " WHERE code_hash = ? AND redeemed IS NULL"),
            { month, blindedHash, codeHash(code) }, &q))
        return false;
    return q.numRowsAffected() == 1;
}

std::optional<QList<InvitationMonth>> CredentialStore::invitationMonths(
    const QString &employer, const QDate &today)
{
    // Issued and expired count in the month of issue; redeemed in the month of redemption.
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT issued, survey, redeemed, expires < ? FROM invitations"
                                  " WHERE employer = ?"),
            { today.toString(Qt::ISODate), employer }, &q))
        return std::nullopt;
    QMap<std::pair<QString, QString>, InvitationMonth> months;
    const auto at = [&](const QString &month, const QString &survey) -> InvitationMonth & {
        InvitationMonth &m = months[{ month, survey }];
        m.month = month;
        m.survey = survey;
        return m;
    };
    while (q.next()) {
        const QString survey = q.value(1).toString();
        at(q.value(0).toString(), survey).issued += 1;
        if (!q.value(2).isNull())
            at(q.value(2).toString(), survey).redeemed += 1;
        else if (q.value(3).toBool())
            at(q.value(0).toString(), survey).expired += 1;
    }
    if (!m_db.finished(q))
        return std::nullopt;
    QList<InvitationMonth> list = months.values();
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace zs
