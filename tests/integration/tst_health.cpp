// Honest health and one writer (issue 7), against the real collector: a damaged file is refused
// at start, a read-only file and a full disk answer 503 (health and writes) and recover without a
// restart, and a second collector on the same file exits while the first keeps serving.

#include "collectorprocess.h"
#include "credentials.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace zs::test;

namespace {

// serve's documented exit codes (README, `zorgstem-collector` usage).
constexpr int kExitCorruptStore = 3;
constexpr int kExitLocked = 4;

/// Runs a system tool; true when it exits 0. *output gets stderr for skip reasons.
bool tool(const QString &program, const QStringList &args, QString *output = nullptr)
{
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        if (output)
            *output = program + QStringLiteral(" is not installed");
        return false;
    }
    QProcess p;
    p.start(program, args);
    const bool ok
        = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return ok;
}

/// Makes files immutable (chattr +i) for as long as it lives, so even root cannot write them.
/// Not the -shm file: the collector maps it, and a write to a mapped immutable page is SIGBUS.
class Immutable
{
public:
    explicit Immutable(QStringList files)
        : m_files(std::move(files))
    { }
    ~Immutable() { clear(); }
    Immutable(const Immutable &) = delete;
    Immutable &operator=(const Immutable &) = delete;

    bool set(QString *why)
    {
        return m_set
            = tool(QStringLiteral("chattr"), QStringList { QStringLiteral("+i") } + m_files, why);
    }
    void clear()
    {
        if (m_set)
            tool(QStringLiteral("chattr"), QStringList { QStringLiteral("-i") } + m_files);
        m_set = false;
    }

private:
    QStringList m_files;
    bool m_set = false;
};

/// A small tmpfs mounted on a temporary folder, unmounted when it goes (also when a test fails).
class SmallDisk
{
public:
    SmallDisk() = default;
    ~SmallDisk()
    {
        if (m_mounted && !tool(QStringLiteral("umount"), { path() }))
            tool(QStringLiteral("umount"), { QStringLiteral("-l"), path() });
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool mount(QString *why)
    {
        if (!m_dir.isValid()) {
            *why = QStringLiteral("no temporary folder");
            return false;
        }
        m_mounted = tool(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=2m"), QStringLiteral("tmpfs"), path() },
            why);
        return m_mounted;
    }
    QString path() const { return m_dir.path(); }

    /// Writes a filler file until the disk is full; bounded (the disk is 2 MB).
    bool fill()
    {
        QFile filler(fillerPath());
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray chunk(qsizetype(16) * 1024, 'x');
        for (int i = 0; i < 1024; ++i) {
            if (filler.write(chunk) != chunk.size() || !filler.flush())
                return true;
        }
        return false;
    }
    bool free() { return QFile::remove(fillerPath()); }

private:
    QString fillerPath() const { return m_dir.filePath(QStringLiteral("filler")); }
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

QByteArray storeUnavailable()
{
    return QByteArrayLiteral("store_unavailable");
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private slots:
    void healthIsOkOnASoundStore();
    void corruptPagesAreRefusedAtStart();
    void pagesDamagedWhileServingAnswer503NotSuppressed();
    void readOnlyFileAnswers503AndRecovers();
    void fullDiskAnswers503AndRecovers();
    void secondCollectorOnTheSameFileExits();
    void staleLockOfAKilledCollectorIsTakenOver();

private:
    Http m_http;
};

void TestHealth::healthIsOkOnASoundStore()
{
    CollectorProcess collector;
    QVERIFY2(collector.start(), qPrintable(collector.lastError()));
    const HttpReply health = m_http.get(collector.url(QStringLiteral("/v1/health")));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
}

void TestHealth::corruptPagesAreRefusedAtStart()
{
    CollectorProcess collector;
    QVERIFY2(collector.start(), qPrintable(collector.lastError()));
    QJsonArray items;
    for (int i = 0; i < 300; ++i)
        items.append(retentionSubmission());
    QCOMPARE(m_http.post(collector.url(QStringLiteral("/v1/submissions")), batchBody(items)).status,
        200);
    collector.kill();
    {
        // Move everything from the log into the main file, so the copy is the whole store.
        SqliteFile file(collector.dbPath());
        QVERIFY(file.isOpen());
        file.rows(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("damaged.db"));
    QVERIFY(QFile::copy(collector.dbPath(), copy));
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY2(size > qint64(64) * 4096, "the store should span many pages");
    // Garbage over four whole pages in the middle: their b-tree headers become nonsense.
    QVERIFY(f.seek((size / 2 / 4096) * 4096));
    QByteArray garbage(qsizetype(4) * 4096, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 131 + 7) % 251);
    QCOMPARE(f.write(garbage), garbage.size());
    f.close();

    const auto r = CollectorProcess::run({ QStringLiteral("serve"), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), copy });
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, kExitCorruptStore);
    QVERIFY2(r.err.contains("is damaged"), r.err.constData());
    QVERIFY2(!r.out.contains("listening"), r.out.constData());

    // Garbage over the file's first page (its header and schema): refused the same way.
    const QString header = dir.filePath(QStringLiteral("header.db"));
    QVERIFY(QFile::copy(collector.dbPath(), header));
    QFile h(header);
    QVERIFY(h.open(QIODevice::ReadWrite));
    QCOMPARE(h.write(garbage.left(4096)), 4096);
    h.close();
    const auto headerRun
        = CollectorProcess::run({ QStringLiteral("serve"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), header });
    QCOMPARE(headerRun.exitCode, kExitCorruptStore);
    QVERIFY2(headerRun.err.contains("is damaged"), headerRun.err.constData());
}

void TestHealth::pagesDamagedWhileServingAnswer503NotSuppressed()
{
    CollectorProcess collector;
    QVERIFY2(collector.start(), qPrintable(collector.lastError()));
    const QString token = collector.addEmployer(
        QStringLiteral("groningen"), QStringLiteral("zorg-g"), QStringLiteral("Zorg G"));
    QVERIFY2(!token.isEmpty(), qPrintable(collector.lastError()));
    // 300 responses for the employer, each with its one-time credential, so the file has pages
    // all over; the release cut from them is written last.
    CredentialMaker credentials(collector, m_http);
    QJsonArray items;
    for (int i = 0; i < 300; ++i) {
        items.append(credentials.credentialed(exitSubmission(QStringLiteral("zorg-g"))));
        QVERIFY2(items.last()[QLatin1String("credential")].isObject(),
            qPrintable(credentials.lastError()));
    }
    const HttpReply posted
        = m_http.post(collector.url(QStringLiteral("/v1/submissions")), batchBody(items));
    QCOMPARE(posted.status, 200);
    for (const QJsonValue &result : posted.json().value(QLatin1String("results")).toArray())
        QCOMPARE(result[QLatin1String("status")].toInt(), 201);
    const QUrl report = collector.url(QStringLiteral("/v1/reports/exit?employer=zorg-g"));
    const Http::Headers auth { { QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8() } };
    // The report is built from a release, so the cut comes first.
    const auto cut = collector.cutReleases();
    QVERIFY2(cut.exitCode == 0, cut.err.constData());
    QVERIFY(cut.out.trimmed().toInt() >= 1);
    const HttpReply before = m_http.get(report, auth);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.json()
                 .value(QLatin1String("scopes"))
                 .toArray()
                 .at(0)[QLatin1String("releases")]
                 .toArray()
                 .size(),
        1);
    {
        // Everything into the main file (the collector reads it from there from now on) ...
        SqliteFile file(collector.dbPath());
        QVERIFY(file.isOpen());
        file.rows(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    // ... and then garbage over the second half of it, as a failing disk would leave it.
    QFile f(collector.dbPath());
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    QVERIFY(f.seek((pages / 2) * 4096));
    QByteArray garbage((pages - pages / 2) * 4096, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 131 + 7) % 251);
    QCOMPARE(f.write(garbage), garbage.size());
    f.close();

    const HttpReply damaged = m_http.get(report, auth);
    QVERIFY2(damaged.status == 503, damaged.describe().constData());
    QCOMPARE(damaged.errorCode().toUtf8(), storeUnavailable());
    QVERIFY(!damaged.body.contains("suppressed"));
    QVERIFY(collector.isRunning());
}

void TestHealth::readOnlyFileAnswers503AndRecovers()
{
    if (geteuid() != 0)
        QSKIP("needs root for chattr +i: permission bits do not stop a process that has the file "
              "open already, so a read-only store cannot be made for a running collector");
    CollectorProcess collector;
    QVERIFY2(collector.start(), qPrintable(collector.lastError()));
    const QUrl submissions = collector.url(QStringLiteral("/v1/submissions"));
    const QUrl health = collector.url(QStringLiteral("/v1/health"));
    QCOMPARE(m_http.postJson(submissions, retentionSubmission()).status, 201);
    QVERIFY(QFile::exists(collector.dbPath() + QStringLiteral("-wal")));

    const QJsonObject refused = retentionSubmission();
    {
        Immutable readOnly({ collector.dbPath(), collector.dbPath() + QStringLiteral("-wal") });
        QString why;
        if (!readOnly.set(&why))
            QSKIP(qPrintable(QStringLiteral("chattr +i does not work here: ") + why));
        const HttpReply h = m_http.get(health);
        QCOMPARE(h.status, 503);
        QCOMPARE(h.errorCode().toUtf8(), storeUnavailable());
        const HttpReply w = m_http.postJson(submissions, refused);
        QVERIFY2(w.status == 503, w.describe().constData());
        QCOMPARE(w.errorCode().toUtf8(), storeUnavailable());
        QCOMPARE(m_http.get(health).status, 503);
    }
    // Writable again: the next requests succeed without a restart, and nothing was half-stored.
    QCOMPARE(m_http.get(health).status, 200);
    const HttpReply again = m_http.postJson(submissions, refused);
    QVERIFY2(again.status == 201, again.describe().constData());
    QCOMPARE(storedSubmissions(collector.dbPath()), 2);
    QVERIFY(collector.isRunning());
}

void TestHealth::fullDiskAnswers503AndRecovers()
{
    if (geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs that can be filled up");
    SmallDisk disk;
    QString why;
    if (!disk.mount(&why))
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") + why));
    CollectorProcess collector(disk.path() + QStringLiteral("/collector.db"));
    QVERIFY2(collector.start(), qPrintable(collector.lastError()));
    const QUrl submissions = collector.url(QStringLiteral("/v1/submissions"));
    const QUrl health = collector.url(QStringLiteral("/v1/health"));
    QCOMPARE(m_http.get(health).status, 200);
    QCOMPARE(m_http.postJson(submissions, retentionSubmission()).status, 201);

    QJsonArray batch;
    for (int i = 0; i < 50; ++i)
        batch.append(retentionSubmission());
    QVERIFY(disk.fill());
    const HttpReply h = m_http.get(health);
    QCOMPARE(h.status, 503);
    QCOMPARE(h.errorCode().toUtf8(), storeUnavailable());
    const HttpReply w = m_http.post(submissions, batchBody(batch));
    QVERIFY2(w.status == 503, w.describe().constData());
    QCOMPARE(w.errorCode().toUtf8(), storeUnavailable());

    // Space freed: the same batch is stored whole (201 each: none of it was stored before).
    QVERIFY(disk.free());
    QCOMPARE(m_http.get(health).status, 200);
    const HttpReply again = m_http.post(submissions, batchBody(batch));
    QVERIFY2(again.status == 200, again.describe().constData());
    for (const QJsonValue &result : again.json().value(QLatin1String("results")).toArray())
        QCOMPARE(result[QLatin1String("status")].toInt(), 201);
    QCOMPARE(storedSubmissions(collector.dbPath()), 51);
    collector.kill();
}

void TestHealth::secondCollectorOnTheSameFileExits()
{
    CollectorProcess first;
    QVERIFY2(first.start(), qPrintable(first.lastError()));
    const auto second = CollectorProcess::run({ QStringLiteral("serve"), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), first.dbPath() });
    QVERIFY(!second.crashed);
    QCOMPARE(second.exitCode, kExitLocked);
    QVERIFY2(second.err.contains("another collector"), second.err.constData());
    QVERIFY2(!second.out.contains("listening"), second.out.constData());

    QVERIFY(first.isRunning());
    QCOMPARE(m_http.get(first.url(QStringLiteral("/v1/health"))).status, 200);
    QCOMPARE(
        m_http.postJson(first.url(QStringLiteral("/v1/submissions")), retentionSubmission()).status,
        201);
}

void TestHealth::staleLockOfAKilledCollectorIsTakenOver()
{
    CollectorProcess collector;
    QVERIFY2(collector.start(), qPrintable(collector.lastError()));
    QCOMPARE(
        m_http.postJson(collector.url(QStringLiteral("/v1/submissions")), retentionSubmission())
            .status,
        201);
    collector.kill(); // SIGKILL: the lock file stays behind
    QVERIFY(QFile::exists(collector.dbPath() + QStringLiteral(".lock")));
    QVERIFY2(collector.restart(), qPrintable(collector.lastError()));
    QCOMPARE(m_http.get(collector.url(QStringLiteral("/v1/health"))).status, 200);
    QCOMPARE(storedSubmissions(collector.dbPath()), 1);
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
