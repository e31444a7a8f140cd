#include "memberstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace zs {

namespace {

/// The panels of the collector's data (data/panels.json) that have an age rule: a membership of
/// one of them stored before version 4 met that rule at join (a join outside it was refused).
QStringList panelsWithAgeRule()
{
    QFile f(QStringLiteral(":/data/panels.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList ids;
    const QJsonArray panels
        = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("panels")).toArray();
    for (const QJsonValue &p : panels) {
        if (!p[QLatin1String("ageBands")].toArray().isEmpty())
            ids.append(p[QLatin1String("id")].toString());
    }
    return ids;
}

/// Version 4: the members file keeps no stratum a response carries (DESIGN §5 rule 7). The
/// occupation group and age band go, and with them the month joined, which equals a response's
/// period: the year stays. The age band is checked at join; only whether a rule was met is kept.
QStringList withoutStrata()
{
    QStringList statements {
        // Set again by the store after the migrations; it must hold while they run, so the
        // dropped values are overwritten in the file, not only unlinked.
        QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("ALTER TABLE members DROP COLUMN occupation"),
        QStringLiteral("ALTER TABLE members DROP COLUMN age_band"),
        QStringLiteral("ALTER TABLE members ADD COLUMN age_rule_met INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE members SET joined = substr(joined, 1, 4)"),
    };
    QStringList quoted;
    for (QString id : panelsWithAgeRule())
        quoted.append(QLatin1Char('\'') + id.replace(QLatin1Char('\''), QStringLiteral("''"))
            + QLatin1Char('\''));
    if (!quoted.isEmpty())
        statements.append(QStringLiteral("UPDATE members SET age_rule_met = 1 WHERE panel IN (%1)")
                              .arg(quoted.join(QLatin1Char(','))));
    return statements;
}

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
                             " PRIMARY KEY (secret_hash, round)) WITHOUT ROWID") } },
        { 4, withoutStrata() },
        // Version 5: a round credential's row no longer says whose it is or for which round (a
        // round's id is every answer's survey id): both keys are keyed hashes of the member's
        // secret, which the file does not keep. Older rows cannot be rekeyed without the secret:
        // they wait in a table of their own until their member comes back (MemberStore).
        { 5,
            { QStringLiteral("PRAGMA secure_delete = ON"),
                QStringLiteral("ALTER TABLE round_credentials RENAME TO round_credentials_v3"),
                QStringLiteral("CREATE TABLE round_credentials (member_key BLOB NOT NULL,"
                               " round_key BLOB NOT NULL, round_blinding BLOB NOT NULL,"
                               " PRIMARY KEY (member_key, round_key)) WITHOUT ROWID") } } };
}

QByteArray secretHash(const QString &panel, const QString &secret)
{
    return QCryptographicHash::hash(
        (panel + QLatin1Char(':') + secret).toUtf8(), QCryptographicHash::Sha256);
}

/// HMAC-SHA-256 under the member's secret: only someone holding the secret can make it, and it
/// cannot be told apart from, or matched to, the members row's secret_hash.
QByteArray secretKeyed(const QString &secret, const QString &message)
{
    return QMessageAuthenticationCode::hash(
        message.toUtf8(), secret.toUtf8(), QCryptographicHash::Sha256);
}

/// A member's rounds: the key all of their round credential rows share (to erase them).
QByteArray memberKey(const QString &panel, const QString &secret)
{
    return secretKeyed(secret, QStringLiteral("zs-member-rounds\n") + panel);
}

/// One round of a member's: without the secret it says neither which member nor which round.
QByteArray roundKey(const QString &panel, const QString &secret, const QString &round)
{
    return secretKeyed(secret, QStringLiteral("zs-round\n%1\n%2").arg(panel, round));
}

} // namespace

MemberStore::MemberStore(const QString &path)
    : MemberStore(DatabaseLocation::sqliteFile(path))
{ }

MemberStore::MemberStore(const DatabaseLocation &location)
    : m_db(location, memberMigrations())
{
    if (!m_db.isOpen())
        return;
    // Deleted rows are overwritten with zeros, so an erased member is gone from the file.
    if (!m_db.overwriteDeleted())
        qWarning("could not enable secure_delete on the member store");
    m_legacyRounds = legacyRoundsLeft();
    // What a migration removed is still in the main file's old pages until the log is written
    // back: do it now, and empty the log.
    checkpoint();
}

bool MemberStore::legacyRoundsLeft()
{
    QSqlQuery q;
    const auto ask = [&](const QString &sql) -> std::optional<bool> {
        if (!m_db.exec(sql, {}, &q) || !q.next())
            return std::nullopt;
        const bool answer = q.value(0).toBool();
        q.finish();
        return answer;
    };
    const auto table = m_db.hasTable(QStringLiteral("round_credentials_v3"));
    if (table == false)
        return false;
    const auto rows = table
        ? ask(QStringLiteral("SELECT EXISTS (SELECT 1 FROM round_credentials_v3)"))
        : std::nullopt;
    // After a read fault keep asking the table: a fault then shows where it matters.
    if (rows != false)
        return true;
    return !m_db.exec(QStringLiteral("DROP TABLE round_credentials_v3"));
}

void MemberStore::checkpoint()
{
    if (!m_db.checkpoint({ QStringLiteral("members"), QStringLiteral("round_credentials") }))
        qWarning("could not checkpoint the member store");
}

std::optional<QString> MemberStore::add(const Member &m, const QString &given)
{
    QString secret = given;
    if (secret.isEmpty()) {
        QByteArray raw(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(
            reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
        secret = QStringLiteral("zsm_") + QString::fromLatin1(raw.toHex());
    }
    if (!m_db.exec(QStringLiteral("INSERT INTO members (secret_hash, panel, name, email, phone,"
                                  " consent_version, joined, age_rule_met)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { secretHash(m.panel, secret), m.panel, m.name,
                m.email.isEmpty() ? QVariant() : m.email, m.phone.isEmpty() ? QVariant() : m.phone,
                m.consentVersion, m.joined, m.ageRuleMet ? 1 : 0 }))
        return std::nullopt;
    return secret;
}

std::optional<Member> MemberStore::find(const QString &panel, const QString &secret)
{
    QSqlQuery q;
    if (!m_db.exec(
            QStringLiteral("SELECT panel, name, email, phone, consent_version, joined, age_rule_met"
                           " FROM members WHERE secret_hash = ?"),
            { secretHash(panel, secret) }, &q)
        || !q.next())
        return std::nullopt;
    return Member { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toInt(), q.value(5).toString(), q.value(6).toInt() != 0 };
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
            if (m_legacyRounds
                && !m_db.exec(
                    QStringLiteral("DELETE FROM round_credentials_v3 WHERE secret_hash = ?"),
                    { hash }))
                return false;
            return m_db.exec(QStringLiteral("DELETE FROM round_credentials WHERE member_key = ?"),
                { memberKey(panel, secret) });
        }))
        return false;
    q.finish();
    // Move the change out of the write-ahead log into the (zeroed) main file and truncate the log.
    checkpoint();
    return erased;
}

std::optional<QByteArray> MemberStore::roundCredential(
    const QString &panel, const QString &secret, const QString &round)
{
    const QByteArray member = memberKey(panel, secret);
    const QByteArray key = roundKey(panel, secret, round);
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT round_blinding FROM round_credentials"
                                  " WHERE member_key = ? AND round_key = ?"),
            { member, key }, &q))
        return std::nullopt;
    if (q.next())
        return q.value(0).toByteArray();
    if (!m_legacyRounds)
        return QByteArray();
    // A row from before version 5: now that the secret is here, rekey it.
    const QByteArray hash = secretHash(panel, secret);
    if (!m_db.exec(QStringLiteral("SELECT round_blinding FROM round_credentials_v3"
                                  " WHERE secret_hash = ? AND round = ?"),
            { hash, round }, &q))
        return std::nullopt;
    if (!q.next())
        return QByteArray();
    const QByteArray blinding = q.value(0).toByteArray();
    q.finish();
    if (!m_db.transaction([&] {
            return m_db.exec(QStringLiteral("INSERT INTO round_credentials (member_key,"
                                            " round_key, round_blinding) VALUES (?, ?, ?)"
                                            " ON CONFLICT DO NOTHING"),
                       { member, key, blinding })
                && m_db.exec(QStringLiteral("DELETE FROM round_credentials_v3"
                                            " WHERE secret_hash = ? AND round = ?"),
                    { hash, round });
        }))
        return std::nullopt;
    return blinding;
}

bool MemberStore::recordRoundCredential(const QString &panel, const QString &secret,
    const QString &round, const QByteArray &blindedHash)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("INSERT INTO round_credentials (member_key, round_key,"
                                  " round_blinding) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
            { memberKey(panel, secret), roundKey(panel, secret, round), blindedHash }, &q))
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
                                  " ORDER BY lower(name), email, phone"),
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
