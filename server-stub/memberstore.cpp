#include "memberstore.h"

#include <QCryptographicHash>
#include <QDate>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace zs {

namespace {

QList<Migration> memberMigrations()
{
    return { { 1,
                 { QStringLiteral(
                     "CREATE TABLE members (secret_hash BLOB PRIMARY KEY, panel TEXT NOT NULL,"
                     " name TEXT NOT NULL, email TEXT, phone TEXT, occupation TEXT NOT NULL,"
                     " age_band TEXT NOT NULL, consent_version INTEGER NOT NULL,"
                     " joined TEXT NOT NULL)") } },
        // The day a member joined could be matched to a submission's received day: keep the month.
        { 2, { QStringLiteral("UPDATE members SET joined = substr(joined, 1, 7)") } } };
}

QByteArray secretHash(const QString &panel, const QString &secret)
{
    return QCryptographicHash::hash(
        (panel + QLatin1Char(':') + secret).toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

MemberStore::MemberStore(const QString &path)
    : m_db(path, memberMigrations())
{
    // Deleted rows are overwritten with zeros, so an erased member is gone from the file.
    if (m_db.isOpen() && !m_db.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        qWarning("could not enable secure_delete on the member store");
}

std::optional<QString> MemberStore::add(const Member &m)
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QString secret = QStringLiteral("zsm_") + QString::fromLatin1(raw.toHex());
    if (!m_db.exec(QStringLiteral(
                       "INSERT INTO members (secret_hash, panel, name, email, phone, occupation,"
                       " age_band, consent_version, joined) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { secretHash(m.panel, secret), m.panel, m.name,
                m.email.isEmpty() ? QVariant() : m.email, m.phone.isEmpty() ? QVariant() : m.phone,
                m.occupation, m.ageBand, m.consentVersion, m.joined }))
        return std::nullopt;
    return secret;
}

std::optional<Member> MemberStore::find(const QString &panel, const QString &secret)
{
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral(
                "SELECT panel, name, email, phone, occupation, age_band, consent_version, joined"
                " FROM members WHERE secret_hash = ?"),
            { secretHash(panel, secret) }, &q)
        || !q.next())
        return std::nullopt;
    return Member { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(),
        q.value(7).toString() };
}

bool MemberStore::erase(const QString &panel, const QString &secret)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("DELETE FROM members WHERE secret_hash = ?"),
            { secretHash(panel, secret) }, &q))
        return false;
    const bool erased = q.numRowsAffected() > 0;
    q.finish();
    // Move the change out of the write-ahead log into the (zeroed) main file and truncate the log.
    QSqlQuery checkpoint(m_db.connection());
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qWarning("could not checkpoint the member store");
    return erased;
}

int MemberStore::count(const QString &panel)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT COUNT(*) FROM members WHERE panel = ?"), { panel }, &q)
        || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace zs
