// The collector's config file reader (cli::configArguments, cli::prepare): keys are the
// command's options, switches take true/false, a value with commas stays one value, the command
// line wins over the file, and an unknown key or a bad switch is an error naming the key.

#include "clisupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zs;

namespace {

/// A parser shaped like serve's: valued options and one switch.
void addServeLikeOptions(QCommandLineParser &p)
{
    p.addOptions({ { QStringLiteral("k"), QStringLiteral("k"), QStringLiteral("n") },
        { QStringLiteral("surveys"), QStringLiteral("dir"), QStringLiteral("dir") },
        { QStringLiteral("quiet"), QStringLiteral("a switch") } });
}

QString writeIni(const QTemporaryDir &dir, const QByteArray &text)
{
    QFile f(dir.filePath(QStringLiteral("c.ini")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        qFatal("cannot write the ini file");
    return f.fileName();
}

} // namespace

class TestCollectorCli : public QObject
{
    Q_OBJECT

private slots:
    void fileValuesAndSwitchesAreOptions()
    {
        QTemporaryDir dir;
        const QString ini = writeIni(dir, "k = 12\nsurveys = /a,b\nquiet = true\n");
        QCommandLineParser p;
        addServeLikeOptions(p);
        const QString program = QStringLiteral("zorgstem-collector");
        QCOMPARE(
            cli::prepare(p, { program, QStringLiteral("--config"), ini }, QStringLiteral("serve")),
            std::nullopt);
        QCOMPARE(p.value(QStringLiteral("k")), QStringLiteral("12"));
        QCOMPARE(p.value(QStringLiteral("surveys")), QStringLiteral("/a,b"));
        QVERIFY(p.isSet(QStringLiteral("quiet")));
    }

    void theCommandLineWins()
    {
        QTemporaryDir dir;
        const QString ini = writeIni(dir, "k = 12\nquiet = false\n");
        QCommandLineParser p;
        addServeLikeOptions(p);
        QCOMPARE(cli::prepare(p,
                     { QStringLiteral("zorgstem-collector"), QStringLiteral("--k"),
                         QStringLiteral("15"), QStringLiteral("--config"), ini },
                     QStringLiteral("serve")),
            std::nullopt);
        QCOMPARE(p.value(QStringLiteral("k")), QStringLiteral("15"));
        QVERIFY(!p.isSet(QStringLiteral("quiet")));
    }

    void badKeysAreNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown") << QByteArray("kk = 12\n") << QStringLiteral("unknown key 'kk'");
        QTest::addRow("section") << QByteArray("[net]\nk = 12\n")
                                 << QStringLiteral("unknown key 'net/k'");
        QTest::addRow("config") << QByteArray("config = other.ini\n")
                                << QStringLiteral("unknown key 'config'");
        QTest::addRow("help") << QByteArray("help = true\n")
                              << QStringLiteral("unknown key 'help'");
        QTest::addRow("switch") << QByteArray("quiet = maybe\n")
                                << QStringLiteral("'quiet' is a switch");
    }

    void badKeysAreNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString ini = writeIni(dir, text);
        QCommandLineParser p;
        addServeLikeOptions(p);
        p.addOption({ QStringLiteral("config"), QStringLiteral("c"), QStringLiteral("file") });
        p.addOption({ QStringLiteral("help"), QStringLiteral("h") });
        QStringList arguments;
        QString error;
        QVERIFY(!cli::configArguments(p, ini, &arguments, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.contains(ini));
    }

    void missingFileIsAnError()
    {
        QCommandLineParser p;
        addServeLikeOptions(p);
        QStringList arguments;
        QString error;
        QVERIFY(!cli::configArguments(p, QStringLiteral("/nonexistent/c.ini"), &arguments, &error));
        QVERIFY(error.contains(QLatin1String("cannot read the config file")));
    }
};

QTEST_GUILESS_MAIN(TestCollectorCli)
#include "tst_collectorcli.moc"
