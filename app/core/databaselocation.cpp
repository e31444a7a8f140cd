#include "databaselocation.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace zs {

namespace {

const QLatin1String kSqliteScheme("sqlite://");
const QLatin1String kPostgresSchemes[]
    = { QLatin1String("postgresql://"), QLatin1String("postgres://") };

bool validIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

std::optional<DatabaseLocation> parsePostgres(const QString &rest, QString *error)
{
    // [user[:password]@][host][:port]/database[?query]; parsed by hand because QUrl refuses an
    // empty host with a user (postgresql://me@/db?host=/run/postgresql) and a socket folder.
    DatabaseLocation l;
    l.backend = DatabaseLocation::Backend::Postgres;
    QString text = rest;
    QString query;
    if (const qsizetype q = text.indexOf(QLatin1Char('?')); q >= 0) {
        query = text.mid(q + 1);
        text.truncate(q);
    }
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0 || slash == text.size() - 1) {
        *error = QStringLiteral("a PostgreSQL URL names its database: postgresql://user@host/db");
        return std::nullopt;
    }
    l.database = QUrl::fromPercentEncoding(text.mid(slash + 1).toUtf8());
    QString authority = text.left(slash);
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        l.user = QUrl::fromPercentEncoding(userInfo.left(colon).toUtf8());
        if (colon >= 0)
            l.password = QUrl::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
    }
    QString portText;
    if (const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        colon >= 0 && !authority.endsWith(QLatin1Char(']'))) {
        portText = authority.mid(colon + 1);
        authority.truncate(colon);
    }
    l.host = QUrl::fromPercentEncoding(authority.toUtf8());
    const QUrlQuery items(query);
    for (const auto &[key, value] : items.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            l.host = value;
        else if (key == QLatin1String("port"))
            portText = value;
        else if (key == QLatin1String("schema"))
            l.schema = value;
        else if (key == QLatin1String("user"))
            l.user = value;
        else {
            *error = QStringLiteral("unknown PostgreSQL URL parameter '%1' (known: host, port, "
                                    "user, schema)")
                         .arg(key);
            return std::nullopt;
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        l.port = portText.toInt(&ok);
        if (!ok || l.port <= 0 || l.port > 65535) {
            *error = QStringLiteral("'%1' is not a port number").arg(portText);
            return std::nullopt;
        }
    }
    if (!l.schema.isEmpty() && !validIdentifier(l.schema)) {
        *error = QStringLiteral("schema '%1': lower-case letters, digits and _ only").arg(l.schema);
        return std::nullopt;
    }
    return l;
}

} // namespace

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation l;
    l.path = path;
    return l;
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    for (const QLatin1String scheme : kPostgresSchemes) {
        if (text.startsWith(scheme))
            return parsePostgres(text.mid(scheme.size()), error);
    }
    if (text.startsWith(kSqliteScheme)) {
        // sqlite:///abs/path (an empty authority), as SQLAlchemy and others write it.
        const QString path = QUrl::fromPercentEncoding(text.mid(kSqliteScheme.size()).toUtf8());
        if (!path.startsWith(QLatin1Char('/'))) {
            *error = QStringLiteral("an SQLite URL is sqlite:///absolute/path");
            return std::nullopt;
        }
        return sqliteFile(path);
    }
    if (text.contains(QLatin1String("://"))) {
        *error = QStringLiteral("'%1': a database is a file, sqlite:///path or postgresql://...")
                     .arg(text.left(text.indexOf(QLatin1String("://")) + 3));
        return std::nullopt;
    }
    if (text.isEmpty()) {
        *error = QStringLiteral("no database given");
        return std::nullopt;
    }
    return sqliteFile(text);
}

QString DatabaseLocation::schemaName() const
{
    return schema.isEmpty() ? QStringLiteral("public") : schema;
}

DatabaseLocation DatabaseLocation::withSchema(const QString &name) const
{
    DatabaseLocation l = *this;
    l.schema = name;
    return l;
}

QString DatabaseLocation::toString() const
{
    if (!isPostgres())
        return path;
    const auto enc = [](const QString &s) {
        return QString::fromUtf8(QUrl::toPercentEncoding(s));
    };
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += enc(user) + QLatin1Char('@');
    QStringList query;
    if (host.startsWith(QLatin1Char('/')))
        query.append(QStringLiteral("host=") + enc(host));
    else
        text += host;
    if (port > 0 && !host.startsWith(QLatin1Char('/')))
        text += QLatin1Char(':') + QString::number(port);
    else if (port > 0)
        query.append(QStringLiteral("port=%1").arg(port));
    text += QLatin1Char('/') + enc(database);
    if (!schema.isEmpty())
        query.append(QStringLiteral("schema=") + schema);
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

void DatabaseLocation::applyTo(QSqlDatabase &db) const
{
    if (!isPostgres()) {
        db.setDatabaseName(path);
        return;
    }
    db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database);
}

} // namespace zs
