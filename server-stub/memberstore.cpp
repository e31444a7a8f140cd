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
        { 2, { QStringLiteral("UPDATE members SET joined = substr(joined, 1, 7)") } },
        // One credential per member and panel round (issue 8): which member took one, and the
        // hash of the blinded message (for a retry), never the token or its signature.
        { 3,
            { QStringLiteral("CREATE TABLE round_credentials (secret_hash BLOB NOT NULL,"
                             " round TEXT NOT NULL, round_blinding BLOB NOT NULL,"
                             " PRIMARY KEY (secret_hash, round)) WITHOUT ROWID") } } };
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
    bool erased = false;
    const QByteArray hash = secretHash(panel, secret);
    if (!m_db.transaction([&] {
            if (!m_db.exec(
                    QStringLiteral("DELETE FROM members WHERE secret_hash = ?"), { hash }, &q))
                return false;
            erased = q.numRowsAffected() > 0;
            return m_db.exec(
                QStringLiteral("DELETE FROM round_credentials WHERE secret_hash = ?"), { hash });
        }))
        return false;
    q.finish();
    // Move the change out of the write-ahead log into the (zeroed) main file and truncate the log.
    QSqlQuery checkpoint(m_db.connection());
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qWarning("could not checkpoint the member store");
    return erased;
}

std::optional<QByteArray> MemberStore::roundCredential(
    const QString &panel, const QString &secret, const QString &round)
{
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral(
                "SELECT round_blinding FROM round_credentials WHERE secret_hash = ? AND round = ?"),
            { secretHash(panel, secret), round }, &q))
        return std::nullopt;
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool MemberStore::recordRoundCredential(const QString &panel, const QString &secret,
    const QString &round, const QByteArray &blindedHash)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("INSERT OR IGNORE INTO round_credentials (secret_hash, round,"
                                  " round_blinding) VALUES (?, ?, ?)"),
            { secretHash(panel, secret), round, blindedHash }, &q))
        return false;
    return q.numRowsAffected() == 1;
}

int MemberStore::count(const QString &panel)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT COUNT(*) FROM members WHERE panel = ?"), { panel }, &q)
        || !q.next())
        return -1;
    return q.value(0).toInt();
}

std::optional<QList<Member>> MemberStore::contacts(const QString &panel)
{
    // Only the contact fields: a coordinator's export for invitations needs nothing else.
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT name, email, phone, joined FROM members WHERE panel = ?"
                                  " ORDER BY name COLLATE NOCASE, email, phone"),
            { panel }, &q))
        return std::nullopt;
    QList<Member> list;
    while (q.next()) {
        Member m;
        m.panel = panel;
        m.name = q.value(0).toString();
        m.email = q.value(1).toString();
        m.phone = q.value(2).toString();
        m.joined = q.value(3).toString();
        list.append(m);
    }
    if (!m_db.finished(q))
        return std::nullopt;
    return list;
}

} // namespace zs
