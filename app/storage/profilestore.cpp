#include "profilestore.h"

#include <QSqlQuery>
#include <iterator>

namespace zs {

namespace {
const char *const kProfileKeys[] = { "profile.region", "profile.branch", "profile.occupation",
    "profile.ageBand", "profile.tenureBand" };
constexpr int kFields = int(std::size(kProfileKeys));
} // namespace

ProfileStore::ProfileStore(Database &db)
    : m_db(db)
{ }

Profile ProfileStore::profile()
{
    Profile p;
    QString *fields[] = { &p.region, &p.branch, &p.occupation, &p.ageBand, &p.tenureBand };
    for (int i = 0; i < kFields; ++i)
        *fields[i] = setting(QLatin1String(kProfileKeys[i]));
    return p;
}

bool ProfileStore::saveProfile(const Profile &p)
{
    const QString fields[] = { p.region, p.branch, p.occupation, p.ageBand, p.tenureBand };
    return m_db.transaction([&] {
        for (int i = 0; i < kFields; ++i) {
            if (!setSetting(QLatin1String(kProfileKeys[i]), fields[i]))
                return false;
        }
        return true;
    });
}

QString ProfileStore::setting(const QString &key, const QString &fallback)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key }, &q)
        || !q.next())
        return fallback;
    return q.value(0).toString();
}

bool ProfileStore::setSetting(const QString &key, const QString &value)
{
    return m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        // A null QString binds as SQL NULL; an unset value is stored as "".
        { key, value.isNull() ? QStringLiteral("") : value });
}

} // namespace zs
