// Headless end-to-end demo: real core, anonymiser, outbox and sync client against a running
// collector, then the employer's report as the collector publishes it (zorgstem_demo).
#include "demorunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Zorgstem headless end-to-end demo"));
    p.addHelpOption();
    p.addOptions({ { QStringLiteral("collector"), QStringLiteral("collector URL"),
                       QStringLiteral("url") },
        { QStringLiteral("region"), QStringLiteral("region id"), QStringLiteral("region"),
            QStringLiteral("utrecht") },
        { QStringLiteral("employer"), QStringLiteral("sample employer id"), QStringLiteral("id") },
        { QStringLiteral("token"), QStringLiteral("the sample employer's token"),
            QStringLiteral("token") },
        { QStringLiteral("other-employer"), QStringLiteral("a second employer in the region"),
            QStringLiteral("id") },
        { QStringLiteral("other-token"),
            QStringLiteral("the second employer's token (for its invitations)"),
            QStringLiteral("token") },
        { QStringLiteral("collector-db"),
            QStringLiteral("the collector's database file: after the upload the demo cuts the "
                           "releases on it (zorgstem-collector releases cut), as at a month "
                           "boundary"),
            QStringLiteral("file") },
        { QStringLiteral("collector-bin"), QStringLiteral("the zorgstem-collector executable"),
            QStringLiteral("path"), QStringLiteral("zorgstem-collector") },
        { QStringLiteral("ca-file"),
            QStringLiteral("also trust the CA certificates in this PEM file (an https:// "
                           "collector with a private CA)"),
            QStringLiteral("file") } });
    p.process(app);
    zs::DemoOptions options;
    options.collector = QUrl(p.value(QStringLiteral("collector")));
    options.region = p.value(QStringLiteral("region"));
    options.employer = p.value(QStringLiteral("employer"));
    options.token = p.value(QStringLiteral("token"));
    options.otherEmployer = p.value(QStringLiteral("other-employer"));
    options.otherToken = p.value(QStringLiteral("other-token"));
    options.collectorDb = p.value(QStringLiteral("collector-db"));
    options.collectorBin = p.value(QStringLiteral("collector-bin"));
    if (!options.collector.isValid() || options.employer.isEmpty() || options.token.isEmpty()) {
        QTextStream(stdout) << "usage: zorgstem-demo --collector URL --employer ID --token TOKEN "
                               "[--other-employer ID [--other-token TOKEN]] [--collector-db FILE "
                               "[--collector-bin PATH]] [--ca-file FILE]\n";
        return 2;
    }
    if (p.isSet(QStringLiteral("ca-file"))) {
        // Every request of the demo uses the default TLS configuration: it gains the extra CA.
        const QList<QSslCertificate> cas
            = QSslCertificate::fromPath(p.value(QStringLiteral("ca-file")), QSsl::Pem);
        if (cas.isEmpty()) {
            QTextStream(stdout) << "demo: --ca-file " << p.value(QStringLiteral("ca-file"))
                                << " holds no PEM certificate\n";
            return 2;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificates(cas);
        QSslConfiguration::setDefaultConfiguration(config);
    }
    return zs::runDemo(options);
}
