#pragma once

// Blocking helpers for tests that talk to a real collector: HTTP requests over one
// QNetworkAccessManager, and a reader for an SQLite file another process may be writing.

#include "databaselocation.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace zs::test {

/// What came back from one request; status 0 means no HTTP answer at all.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString networkError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return json().value(QLatin1String("error"))[QLatin1String("code")].toString();
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    /// For QVERIFY2 messages.
    QByteArray describe() const
    {
        return "HTTP " + QByteArray::number(status) + " " + networkError.toUtf8() + " "
            + body.left(400);
    }
};

/// Blocking requests for tests: each call waits (generously) for its reply.
class Http
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    HttpReply get(const QUrl &url, const Headers &headers = {})
    {
        QNetworkRequest request = make(url, headers);
        return wait(m_network.get(request));
    }

    HttpReply post(const QUrl &url, const QByteArray &body,
        const QByteArray &contentType = QByteArrayLiteral("application/json"),
        const Headers &headers = {})
    {
        QNetworkRequest request = make(url, headers);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return wait(m_network.post(request, body));
    }

    HttpReply postJson(const QUrl &url, const QJsonObject &body)
    {
        return post(url, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    /// Any method (DELETE, PUT, PATCH...), with an optional JSON body.
    HttpReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
        const Headers &headers = {})
    {
        QNetworkRequest request = make(url, headers);
        if (!body.isEmpty())
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return wait(m_network.sendCustomRequest(request, verb, body));
    }

    QNetworkAccessManager *network() { return &m_network; }

private:
    static QNetworkRequest make(const QUrl &url, const Headers &headers)
    {
        QNetworkRequest request(url);
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(60000);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return request;
    }

    static HttpReply wait(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(90000);
        HttpReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        if (reply->error() != QNetworkReply::NoError)
            r.networkError = reply->errorString();
        reply->deleteLater();
        return r;
    }

    QNetworkAccessManager m_network;
};

/// Reads a collector store through its own short-lived connection (the collector may be
/// running): an SQLite file, or (a postgresql:// URL, the tests' PostgreSQL variant) the
/// schema of a PostgreSQL database. tables() and columns() list what SQLite's would: not the
/// schema_version table nor the rowid column that stand in for SQLite's own on PostgreSQL.
class SqliteFile
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    explicit SqliteFile(const QString &path, Mode mode = Mode::ReadWrite)
        : m_name(QStringLiteral("zs-test-read-%1").arg(counter().fetchAndAddRelaxed(1)))
    {
        QString error;
        const auto location = DatabaseLocation::parse(path, &error);
        m_postgres = location && location->isPostgres();
        if (m_postgres) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            location->applyTo(db);
            m_open = db.open()
                && QSqlQuery(db).exec(
                    QStringLiteral("SET search_path TO \"%1\"").arg(location->schemaName()));
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(mode == Mode::ReadOnly
                ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY")
                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_open = db.open();
    }
    ~SqliteFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    bool isOpen() const { return m_open; }

    /// Every row of a query as a list of values; empty on error.
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {}) const
    {
        QList<QVariantList> result;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql))
            return result;
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return result;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            result.append(row);
        }
        return result;
    }

    /// COUNT(*) of a table; -1 when it cannot be read.
    qint64 count(
        const QString &table, const QString &where = {}, const QVariantList &binds = {}) const
    {
        const auto r = rows(QStringLiteral("SELECT COUNT(*) FROM ") + table
                + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
            binds);
        return r.isEmpty() ? -1 : r.first().value(0).toLongLong();
    }

    QStringList tables() const
    {
        QStringList names;
        for (const QVariantList &row : rows(m_postgres
                     ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                      " WHERE table_schema = current_schema()"
                                      " AND table_name <> 'schema_version' ORDER BY table_name")
                     : QStringLiteral(
                         "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
            names.append(row.value(0).toString());
        return names;
    }

    QStringList columns(const QString &table) const
    {
        QStringList names;
        for (const QVariantList &row : rows(m_postgres
                     ? QStringLiteral("SELECT column_name FROM information_schema.columns"
                                      " WHERE table_schema = current_schema() AND table_name = ?"
                                      " AND column_name <> 'rowid' ORDER BY ordinal_position")
                     : QStringLiteral("SELECT name FROM pragma_table_info(?)"),
                 { table }))
            names.append(row.value(0).toString());
        return names;
    }

    /// Whether any stored value of any table contains these bytes (text as UTF-8). The logical
    /// check that a PostgreSQL store allows; on SQLite a scan of the file and its WAL
    /// (fileAndWal) also finds what free pages still hold.
    bool anyValueContains(const QByteArray &needle) const
    {
        for (const QString &table : tables()) {
            for (const QVariantList &row :
                rows(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                for (const QVariant &v : row) {
                    const QByteArray bytes = v.typeId() == QMetaType::QString
                        ? v.toString().toUtf8()
                        : v.toByteArray();
                    if (bytes.contains(needle))
                        return true;
                }
            }
        }
        return false;
    }

    QStringList strings(const QString &sql, const QVariantList &binds = {}) const
    {
        QStringList list;
        for (const QVariantList &row : rows(sql, binds))
            list.append(row.value(0).toString());
        return list;
    }

private:
    static QAtomicInt &counter()
    {
        static QAtomicInt c;
        return c;
    }
    QString m_name;
    bool m_open = false;
    bool m_postgres = false;
};

/// Number of stored submissions in a collector file; -1 when unreadable.
inline qint64 storedSubmissions(const QString &dbPath)
{
    return SqliteFile(dbPath).count(QStringLiteral("submissions"));
}

} // namespace zs::test
