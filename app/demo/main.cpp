// Headless end-to-end demo: real core, anonymiser, outbox and sync client against a running
// collector, then the employer's report as the collector publishes it (zorgstem_demo).
#include "demorunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
            QStringLiteral("id") } });
    p.process(app);
    zs::DemoOptions options;
    options.collector = QUrl(p.value(QStringLiteral("collector")));
    options.region = p.value(QStringLiteral("region"));
    options.employer = p.value(QStringLiteral("employer"));
    options.token = p.value(QStringLiteral("token"));
    options.otherEmployer = p.value(QStringLiteral("other-employer"));
    if (!options.collector.isValid() || options.employer.isEmpty() || options.token.isEmpty()) {
        QTextStream(stdout) << "usage: zorgstem-demo --collector URL --employer ID --token TOKEN "
                               "[--other-employer ID]\n";
        return 2;
    }
    return zs::runDemo(options);
}
