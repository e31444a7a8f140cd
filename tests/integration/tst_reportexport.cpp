// The employer's report against the real collector with seeded releases (issue 10): the
// collector's JSON reads as the typed Report (scopes, releases, hidden and shown groups, texts),
// and `zorgstem report` (the app binary's subcommand, no display) writes the board's PDF (A4,
// searchable text naming the employer and the survey) and the collector's CSV (byte-order mark,
// sep line, rows that parse as seven columns), with clear errors and exit codes otherwise.

#include "regionalfixtures.h"
#include "releaseseeder.h"
#include "report.h"
#include "reportview.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;
using namespace zs::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

/// The app binary with these arguments and environment changes; waits for it.
Run app(const QStringList &args,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ZS_APP_BIN), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return { -1, QStringLiteral("timed out") };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardError()) };
}

std::optional<QString> tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Splits one CSV line (RFC 4180: quoted cells may hold commas and doubled quotes).
QStringList csvCells(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size()
                && line.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            cells.append(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell);
    return cells;
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private:
    QStringList reportArgs(const QString &kind, const QString &out, const QString &token)
    {
        return { QStringLiteral("report"), QStringLiteral("--collector"),
            m_collector.baseUrl().toString(), QStringLiteral("--token"), token,
            QStringLiteral("--kind"), kind, QStringLiteral("--out"), out };
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_token = m_collector.addEmployer(QStringLiteral("utrecht"), QStringLiteral("zorg-utrecht"),
            QStringLiteral("Zorg Utrecht"));
        QVERIFY(!m_token.isEmpty());
        QVERIFY(!m_collector
                     .addEmployer(QStringLiteral("utrecht"), QStringLiteral("zorg-ander"),
                         QStringLiteral("Zorg Ander"))
                     .isEmpty());
        m_coordinator = m_collector.addCoordinator(QStringLiteral("utrecht"));
        QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
        ReleaseSeeder seed(m_collector, m_http);
        const QString last = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        const QString now = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
        QVERIFY2(
            seed.exitResponses(QStringLiteral("zorg-utrecht"), QStringLiteral("utrecht"), 20, last),
            qPrintable(seed.lastError()));
        QVERIFY2(seed.cut() >= 1, qPrintable(seed.lastError()));
        QVERIFY2(seed.exitResponses(QStringLiteral("zorg-utrecht"), QStringLiteral("utrecht"), 20,
                     now, QStringLiteral("Tweede ronde, \"met\" komma's, ")),
            qPrintable(seed.lastError()));
        QVERIFY2(
            seed.exitResponses(QStringLiteral("zorg-ander"), QStringLiteral("utrecht"), 20, now),
            qPrintable(seed.lastError()));
        QVERIFY2(seed.cut() >= 1, qPrintable(seed.lastError()));
    }

    void reportReadsAsTyped()
    {
        const HttpReply r
            = m_http.get(m_collector.url(QStringLiteral("/v1/reports/exit?employer=zorg-utrecht")),
                bearer(m_token));
        QCOMPARE(r.status, 200);
        ProtocolError error;
        const auto report = Report::fromJson(r.json(), &error);
        QVERIFY2(report, qPrintable(error.field + QLatin1Char(' ') + error.message));
        QCOMPARE(report->kind, QStringLiteral("exit"));
        QCOMPARE(report->employerName, QStringLiteral("Zorg Utrecht"));
        QCOMPARE(report->region, QStringLiteral("utrecht"));
        const ReportScope *own = report->scope(QStringLiteral("employer"));
        const ReportScope *region = report->scope(QStringLiteral("region"));
        QVERIFY(own && region);
        QCOMPARE(own->releases.size(), 2);
        QCOMPARE(own->releases.at(0).seq, 1);
        QCOMPARE(own->releases.at(1).seq, 2);
        QVERIFY(std::abs(own->releases.at(0).respondents - 20) <= 10); // noisy
        QVERIFY(own->total);
        QCOMPARE(own->total->releases, 2);
        QVERIFY(region->total);
        // Nobody answered the return condition: hidden, never 0. Everyone commented: shown,
        // inside the release only.
        const ReleaseFigures &first = own->releases.at(0);
        QVERIFY(first.question(QStringLiteral("return_condition"))->hidden());
        QVERIFY(first.question(QStringLiteral("return_condition"))->texts.isEmpty());
        const QuestionFigures *comment = first.question(QStringLiteral("comment"));
        QVERIFY(!comment->hidden());
        QCOMPARE(comment->texts.size(), 20);
        QVERIFY(comment->texts.contains(QStringLiteral("Opmerking 7")));
        QVERIFY(own->total->question(QStringLiteral("comment"))->texts.isEmpty());
        // Workload was everyone's reason: the top bar and, through its theme, the top themes.
        const auto sections
            = ReportView::sections(*own->total, &*region->total, QStringLiteral("en"));
        QCOMPARE(sections.at(0).id, QStringLiteral("reasons"));
        QCOMPARE(sections.at(0).bars.at(0).id, QStringLiteral("workload"));
        QVERIFY(sections.at(0).bars.at(0).benchmark);
        QCOMPARE(sections.at(1).id, QStringLiteral("reasons.themes"));
        QCOMPARE(sections.at(1).bars.at(0).id, QStringLiteral("workload_terms"));
        QVERIFY(ReportView::topActionThemes(*own->total, QStringLiteral("exit"))
                    .startsWith(QStringLiteral("workload")));
    }

    void commandWritesThePdf()
    {
        const QString pdf = file(QStringLiteral("vertrek.pdf"));
        const Run r = app(reportArgs(QStringLiteral("exit"), pdf, m_token));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("wrote")));
        const auto info = tool(QStringLiteral("pdfinfo"), { pdf });
        QVERIFY(info);
        QVERIFY2(info->contains(QLatin1String("(A4)")), qPrintable(*info));
        const QRegularExpressionMatch pages = QRegularExpression(
            QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
                                                  .match(*info);
        QVERIFY2(pages.hasMatch() && pages.captured(1).toInt() >= 3, qPrintable(*info));
        const auto text = tool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text);
        QVERIFY(text->contains(QLatin1String("Zorg Utrecht")));
        QVERIFY2(text->contains(QStringLiteral("Vertrekpeiling")), qPrintable(text->left(600)));
        // Dutch by default: the translated words, the comments, the hidden group's reason.
        QVERIFY2(text->contains(QStringLiteral("Vertrekredenen")), qPrintable(text->left(2000)));
        QVERIFY(text->contains(QLatin1String("Opmerking 7")));
        QVERIFY(text->contains(QStringLiteral("verborgen")));
    }

    void commandWritesTheCollectorsCsv()
    {
        const QString csv = file(QStringLiteral("vertrek.csv"));
        const Run r = app(reportArgs(QStringLiteral("exit"), csv, m_token));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        Http::Headers headers = bearer(m_token);
        headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("text/csv") });
        const HttpReply direct = m_http.get(
            m_collector.url(QStringLiteral("/v1/reports/exit?employer=zorg-utrecht")), headers);
        QCOMPARE(bytes, direct.body); // exactly the collector's CSV
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFsep=,\r\n"));
        const QStringList lines
            = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(1),
            QStringLiteral("scope,release,first_month,last_month,question,figure,value"));
        bool quotedComma = false;
        for (qsizetype i = 2; i < lines.size(); ++i) {
            const QStringList cells = csvCells(lines.at(i));
            QVERIFY2(cells.size() == 7, qPrintable(lines.at(i)));
            QVERIFY(
                cells.at(0) == QLatin1String("employer") || cells.at(0) == QLatin1String("region"));
            if (cells.at(5) == QLatin1String("text") && cells.at(6).contains(QLatin1Char(',')))
                quotedComma = true;
        }
        QVERIFY2(quotedComma, "a comment with commas and quotes stays one cell");
    }

    void retentionWithoutReleasesStillWrites()
    {
        // No retention release yet: the PDF says so, the CSV is its header.
        const QString pdf = file(QStringLiteral("blijf.pdf"));
        const Run r = app(reportArgs(QStringLiteral("retention"), pdf, m_token)
            + QStringList { QStringLiteral("--lang"), QStringLiteral("en") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto text = tool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text && text->contains(QLatin1String("no release yet")));
        QVERIFY(text->contains(QLatin1String("Stay report")));
    }

    void errorsSayWhatAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString out = QStringLiteral("OUT/niet.pdf");
        QTest::newRow("wrong token")
            << reportArgs(QStringLiteral("exit"), out, QStringLiteral("zse_wrong")) << 3
            << QStringLiteral("refused the token");
        QTest::newRow("coordinator token") << reportArgs(QStringLiteral("exit"), out,
            QStringLiteral("COORD")) << 3 << QStringLiteral("coordinator");
        QTest::newRow("unknown kind") << reportArgs(QStringLiteral("panel"), out, m_token) << 2
                                      << QStringLiteral("--kind must be exit or retention");
        QTest::newRow("not pdf or csv")
            << reportArgs(QStringLiteral("exit"), QStringLiteral("OUT/x.txt"), m_token) << 2
            << QStringLiteral(".pdf or .csv");
        QTest::newRow("no token") << QStringList { QStringLiteral("report"),
            QStringLiteral("--collector"), m_collector.baseUrl().toString(),
            QStringLiteral("--kind"), QStringLiteral("exit"), QStringLiteral("--out"), out }
                                  << 2 << QStringLiteral("token");
        QStringList unreachable = reportArgs(QStringLiteral("exit"), out, m_token);
        unreachable[2] = QStringLiteral("http://127.0.0.1:9");
        QTest::newRow("unreachable")
            << unreachable << 4 << QStringLiteral("cannot reach the collector");
        QTest::newRow("unwritable")
            << reportArgs(QStringLiteral("exit"), QStringLiteral("/nonexistent-dir/x.pdf"), m_token)
            << 5 << QStringLiteral("cannot write /nonexistent-dir/x.pdf");
        QTest::newRow("unwritable csv")
            << reportArgs(QStringLiteral("exit"), QStringLiteral("/nonexistent-dir/x.csv"), m_token)
            << 5 << QStringLiteral("cannot write /nonexistent-dir/x.csv");
    }

    void errorsSayWhatAndChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        for (QString &a : args) {
            a.replace(QLatin1String("OUT"), m_dir.path());
            if (a == QLatin1String("COORD"))
                a = m_coordinator;
        }
        const Run r = app(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!r.err.contains(m_token)); // never the token in a message
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("niet.pdf"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.txt"))));
    }

    void commandNeedsNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        const QString pdf = file(QStringLiteral("zonder-scherm.pdf"));
        const Run r = app(reportArgs(QStringLiteral("exit"), pdf, m_token), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(pdf));
    }

    // ZS_KEEP_REPORTS=DIR copies the written files there, for people to look at.
    void cleanupTestCase()
    {
        const QString keep = qEnvironmentVariable("ZS_KEEP_REPORTS");
        if (keep.isEmpty())
            return;
        QDir().mkpath(keep);
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::copy(m_dir.filePath(name), QDir(keep).filePath(name));
    }

private:
    CollectorProcess m_collector;
    Http m_http;
    QTemporaryDir m_dir;
    QString m_token;
    QString m_coordinator;
};

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_reportexport.moc"
