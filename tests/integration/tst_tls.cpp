// HTTPS end to end: a private CA and a server certificate made with the openssl command line,
// the collector serving with them, and a client that trusts that CA explicitly; without the CA
// the same request fails verification.

#include "collectorchild.h"
#include "collectorprocess.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTest>

using namespace zs::test;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripTrustingTheCa();
    void withoutTheCaVerificationFails();
    void plainHttpToTheTlsPortGetsNoAnswer();
    void badKeyFileIsAClearError();
    void demoTrustsTheCaWithCaFile();

private:
    bool openssl(const QStringList &args);
    HttpReply get(const QUrl &url, const QList<QSslCertificate> &extraCas);

    QTemporaryDir m_dir;
    CollectorChild m_collector;
    QList<QSslCertificate> m_ca;
};

bool TestTls::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))),
            p.readAllStandardError().constData());
        return false;
    }
    return true;
}

void TestTls::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("the openssl command line is not installed (Debian package openssl)");
    QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
              "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    ext.close();
    const QString ec = QStringLiteral("ec_paramgen_curve:prime256v1");
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("ec"), QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"),
        QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
        QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
        QStringLiteral("-subj"), QStringLiteral("/CN=Zorgstem Test CA"), QStringLiteral("-addext"),
        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") }));
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"), QStringLiteral("-keyout"),
        QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
        QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") }));
    QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
        QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
        QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
        QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
        QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext") }));
    m_ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca.pem")));
    QCOMPARE(m_ca.size(), 1);
    QVERIFY2(m_collector.start(CollectorProcess::executable(),
                 { QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("server.pem")),
                     QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("server.key")) }),
        qPrintable(m_collector.lastError()));
    QCOMPARE(m_collector.url(QString()).scheme(), QStringLiteral("https"));
}

HttpReply TestTls::get(const QUrl &url, const QList<QSslCertificate> &extraCas)
{
    Http http;
    // The same way the app's and the demo's --ca-file work: the manager's default TLS
    // configuration gains the CA, on top of the system's.
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(extraCas);
    QNetworkRequest request(url);
    request.setSslConfiguration(config);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = http.network()->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

void TestTls::roundTripTrustingTheCa()
{
    const HttpReply health = get(m_collector.url(QStringLiteral("/v1/health")), m_ca);
    QVERIFY2(health.status == 200, health.describe().constData());
    QCOMPARE(health.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));

    // A submission over TLS is stored like any other.
    Http http;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(m_ca);
    QNetworkRequest request(m_collector.url(QStringLiteral("/v1/submissions")));
    request.setSslConfiguration(config);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = http.network()->post(request, compact(exitSubmission()));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    reply->deleteLater();
    QCOMPARE(storedSubmissions(m_collector.dbPath()), qint64(1));
}

void TestTls::withoutTheCaVerificationFails()
{
    const HttpReply r = get(m_collector.url(QStringLiteral("/v1/health")), {});
    QCOMPARE(r.status, 0);
    QVERIFY2(!r.networkError.isEmpty(), "an unknown CA must fail verification");
}

void TestTls::plainHttpToTheTlsPortGetsNoAnswer()
{
    const RawExchange r = rawExchange(
        m_collector.port(), "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 3000);
    QCOMPARE(r.status(), 0);
    // And the collector still serves TLS clients.
    QCOMPARE(get(m_collector.url(QStringLiteral("/v1/health")), m_ca).status, 200);
}

void TestTls::badKeyFileIsAClearError()
{
    const CollectorProcess::Result r = CollectorProcess::run(
        { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--db"), m_dir.filePath(QStringLiteral("other.db")),
            QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("server.pem")),
            QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("server.ext")) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--tls-key"), r.err.constData());
}

void TestTls::demoTrustsTheCaWithCaFile()
{
    // The demo is built next to the collector; its whole run goes over HTTPS.
    const QString demo
        = QFileInfo(CollectorProcess::executable()).dir().filePath(QStringLiteral("zorgstem-demo"));
    if (!QFileInfo::exists(demo))
        QSKIP("zorgstem-demo is not built");
    const CollectorProcess::Result added = CollectorProcess::run({ QStringLiteral("employer"),
        QStringLiteral("add"), QStringLiteral("--db"), m_collector.dbPath(),
        QStringLiteral("--region"), QStringLiteral("utrecht"), QStringLiteral("--id"),
        QStringLiteral("zorg-tls"), QStringLiteral("--name"), QStringLiteral("Zorg TLS") });
    QCOMPARE(added.exitCode, 0);
    const QString token = QString::fromUtf8(added.out).trimmed();
    const QStringList args { QStringLiteral("--collector"), m_collector.url(QString()).toString(),
        QStringLiteral("--employer"), QStringLiteral("zorg-tls"), QStringLiteral("--token"),
        token };
    QProcess run;
    run.start(demo,
        args
            + QStringList {
                QStringLiteral("--ca-file"), m_dir.filePath(QStringLiteral("ca.pem")) });
    QVERIFY(run.waitForFinished(120000));
    QVERIFY2(run.exitCode() == 0, run.readAll().right(400).constData());
    // Without the CA the upload fails verification and the demo says so.
    QProcess refused;
    refused.start(demo, args);
    QVERIFY(refused.waitForFinished(120000));
    QCOMPARE(refused.exitCode(), 1);
    QVERIFY(refused.readAllStandardOutput().contains("SSL handshake failed"));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
