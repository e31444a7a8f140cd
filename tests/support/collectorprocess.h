#pragma once

#include "teststore.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace zs::test {

/// The real zorgstem-collector executable, run as a child process on an ephemeral port.
/// It owns a temporary folder with the collector's SQLite file (in the PostgreSQL variant of a
/// test: a fresh database, TestStore), so a test can kill it and start it again on the same
/// data (STYLE 14: fault tests kill and restart it).
class CollectorProcess
{
public:
    /// dbPath empty: a fresh store (a file in the process's own temporary folder, or a fresh
    /// PostgreSQL database); a path or URL: that store.
    explicit CollectorProcess(const QString &dbPath = {});
    ~CollectorProcess();
    CollectorProcess(const CollectorProcess &) = delete;
    CollectorProcess &operator=(const CollectorProcess &) = delete;

    /// Starts `serve` on 127.0.0.1:port (0 = any free port) and waits for its "listening" line.
    bool start(const QStringList &extraArgs = {}, quint16 port = 0);
    /// SIGKILL, as a crash would: no shutdown code runs.
    void kill();
    /// Starts again on the same file, on the previous port when it is still free.
    bool restart();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    int k() const { return m_k; }
    QUrl baseUrl() const;
    QUrl url(const QString &pathAndQuery) const;
    /// What --db is given: the SQLite file, or a postgresql:// URL.
    QString dbPath() const { return m_dbPath; }
    /// Why the last start failed (stderr and exit code), for QVERIFY2 messages.
    QString lastError() const { return m_lastError; }
    /// Everything the running process wrote to stdout and stderr since the last call.
    QByteArray takeOutput();

    /// `employer add` on this process's file; returns the API token, empty on failure.
    QString addEmployer(const QString &region, const QString &id, const QString &name);
    /// `coordinator add` on this process's file; returns the coordinator token, empty on failure.
    QString addCoordinator(const QString &region);

    /// `invitations create` on this process's file: the codes (written form), empty on failure.
    QStringList invite(const QString &employer, const QString &survey, int count = 1,
        const QStringList &extraArgs = {});

    /// Runs the executable once with these arguments and waits for it to end.
    struct Result
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList &args, int timeoutMs = 30000);
    /// `releases cut` on this process's file (beside a running serve, as an operator would):
    /// every pool of at least k becomes a release. out is the number of releases cut.
    Result cutReleases(const QStringList &extraArgs = {}) const;
    static QString executable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestStore> m_store; ///< when this process made its own store
    QString m_dbPath;
    std::unique_ptr<QProcess> m_process;
    QStringList m_extraArgs;
    quint16 m_port = 0;
    int m_k = 0;
    QString m_lastError;
};

} // namespace zs::test
