// The audit log against the real collector (docs/protocol.md "Audit log"): reading a report,
// making invitations, publishing an action or a round, removing an action, hiding an idea and
// exporting members each leave one entry naming the token's employer or coordinator, the action
// and the day; refusals leave none. A coordinator reads its own region's entries
// (GET /v1/regions/{r}/audit), the operator all of them (`zorgstem-collector audit`). No entry
// holds a respondent, a member, an address or a time.
#include "regionalfixtures.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace zs::test;

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_employer = m_collector.addEmployer(
            QStringLiteral("utrecht"), QStringLiteral("zorg-audit"), QStringLiteral("Zorg Audit"));
        m_utrecht = m_collector.addCoordinator(QStringLiteral("utrecht"));
        m_rijnmond = m_collector.addCoordinator(QStringLiteral("rijnmond"));
        QVERIFY(!m_employer.isEmpty() && !m_utrecht.isEmpty() && !m_rijnmond.isEmpty());
        QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
    }

    void refusalsLeaveNoEntry()
    {
        QCOMPARE(
            m_http.get(url(QStringLiteral("/v1/reports/exit?employer=zorg-audit"))).status, 401);
        QCOMPARE(
            m_http
                .get(url(QStringLiteral("/v1/reports/exit?employer=zorg-audit")), bearer(m_utrecht))
                .status,
            401);
        QCOMPARE(
            m_http.get(url(QStringLiteral("/v1/reports/exit?region=utrecht")), bearer(m_rijnmond))
                .status,
            403);
        QCOMPARE(m_http
                     .post(url(QStringLiteral("/v1/employers/zorg-audit/invitations")),
                         compact({ { QStringLiteral("survey"), QStringLiteral("pulse") },
                             { QStringLiteral("count"), 1 } }),
                         "application/json", bearer(m_employer))
                     .status,
            422);
        QCOMPARE(auditRows(), 0);
    }

    void everyActionLeavesOneEntry()
    {
        // An employer reads its report (JSON and CSV) and makes invitations.
        QCOMPARE(m_http
                     .get(url(QStringLiteral("/v1/reports/exit?employer=zorg-audit")),
                         bearer(m_employer))
                     .status,
            200);
        QCOMPARE(m_http
                     .get(url(QStringLiteral("/v1/reports/retention?employer=zorg-audit")),
                         Http::Headers { { "Accept", "text/csv" } } + bearer(m_employer))
                     .status,
            200);
        QCOMPARE(m_http
                     .post(url(QStringLiteral("/v1/employers/zorg-audit/invitations")),
                         compact({ { QStringLiteral("survey"), QStringLiteral("exit") },
                             { QStringLiteral("count"), 7 } }),
                         "application/json", bearer(m_employer))
                     .status,
            201);
        // The coordinator reads the regional picture, publishes and removes an action, publishes
        // a round, hides an idea and exports a panel.
        QCOMPARE(
            m_http.get(url(QStringLiteral("/v1/reports/exit?region=utrecht")), bearer(m_utrecht))
                .status,
            200);
        const QString actionId = QStringLiteral("utrecht-audit-actie");
        QCOMPARE(m_http
                     .post(url(QStringLiteral("/v1/regions/utrecht/actions")),
                         compact(validAction(actionId, QStringLiteral("utrecht"))),
                         "application/json", bearer(m_utrecht))
                     .status,
            201);
        QCOMPARE(send(m_http, "DELETE", url(QStringLiteral("/v1/actions/") + actionId), {},
                     bearer(m_utrecht))
                     .status,
            204);
        QCOMPARE(m_http
                     .post(url(QStringLiteral("/v1/panels/jongraat-utrecht/rounds")),
                         compact(validRound(
                             QStringLiteral("audit-ronde"), QStringLiteral("jongraat-utrecht"))),
                         "application/json", bearer(m_utrecht))
                     .status,
            201);
        const HttpReply idea = m_http.postJson(url(QStringLiteral("/v1/regions/utrecht/ideas")),
            { { QStringLiteral("title"), QStringLiteral("Niet hier") },
                { QStringLiteral("description"), QStringLiteral("Dit idee hoort hier niet.") },
                { QStringLiteral("theme"), QStringLiteral("team") },
                { QStringLiteral("willHelp"), true },
                { QStringLiteral("name"), QStringLiteral("Bert Bedenker") } });
        QCOMPARE(idea.status, 201);
        const QString ideaId = idea.json().value(QLatin1String("id")).toString();
        QCOMPARE(send(m_http, "POST", url(QStringLiteral("/v1/ideas/%1/hide").arg(ideaId)), {},
                     bearer(m_utrecht))
                     .status,
            200);
        QCOMPARE(m_http
                     .postJson(url(QStringLiteral("/v1/panels/jongraat-utrecht/members")),
                         joinBody(QStringLiteral("Mila Lid"), QStringLiteral("mila@example.nl")))
                     .status,
            201);
        QCOMPARE(m_http
                     .get(url(QStringLiteral("/v1/panels/jongraat-utrecht/members")),
                         Http::Headers { { "Accept", "text/csv" } } + bearer(m_utrecht))
                     .status,
            200);
        // Rijnmond's coordinator reads its own picture: an entry of another region.
        QCOMPARE(
            m_http.get(url(QStringLiteral("/v1/reports/exit?region=rijnmond")), bearer(m_rijnmond))
                .status,
            200);

        const HttpReply log
            = m_http.get(url(QStringLiteral("/v1/regions/utrecht/audit")), bearer(m_utrecht));
        QVERIFY2(log.status == 200, log.describe());
        const QJsonArray entries = log.json().value(QLatin1String("entries")).toArray();
        QStringList lines;
        for (const QJsonValue &e : entries)
            lines.append(e[QLatin1String("actorKind")].toString() + QLatin1Char(' ')
                + e[QLatin1String("actor")].toString() + QLatin1Char(' ')
                + e[QLatin1String("action")].toString() + QLatin1Char(' ')
                + e[QLatin1String("subject")].toString()
                + (e.toObject().contains(QLatin1String("count"))
                        ? QLatin1Char(' ') + QString::number(e[QLatin1String("count")].toInt())
                        : QString()));
        // Newest first; the coordinator is number 1 (the first added), the employer by its id.
        const QStringList expected {
            QStringLiteral("coordinator 1 members.exported jongraat-utrecht 1"),
            QStringLiteral("coordinator 1 idea.hidden ") + ideaId,
            QStringLiteral("coordinator 1 round.published audit-ronde"),
            QStringLiteral("coordinator 1 action.removed utrecht-audit-actie"),
            QStringLiteral("coordinator 1 action.published utrecht-audit-actie"),
            QStringLiteral("coordinator 1 report.read exit"),
            QStringLiteral("employer zorg-audit invitations.made exit 7"),
            QStringLiteral("employer zorg-audit report.read retention"),
            QStringLiteral("employer zorg-audit report.read exit"),
        };
        QCOMPARE(lines, expected);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        for (const QJsonValue &e : entries) {
            QCOMPARE(e[QLatin1String("day")].toString(), today);
            QCOMPARE(
                e.toObject().keys().size(), e.toObject().contains(QLatin1String("count")) ? 6 : 5);
        }
        QCOMPARE(log.json().value(QLatin1String("limit")).toInt(), 100);
        const HttpReply one = m_http.get(
            url(QStringLiteral("/v1/regions/utrecht/audit?limit=1")), bearer(m_utrecht));
        QCOMPARE(one.json().value(QLatin1String("entries")).toArray().size(), 1);

        // Rijnmond sees only its own.
        const HttpReply rijnmond
            = m_http.get(url(QStringLiteral("/v1/regions/rijnmond/audit")), bearer(m_rijnmond));
        QCOMPARE(rijnmond.status, 200);
        QCOMPARE(rijnmond.json().value(QLatin1String("entries")).toArray().size(), 1);
        QCOMPARE(rijnmond.json()
                     .value(QLatin1String("entries"))
                     .toArray()
                     .at(0)[QLatin1String("actor")]
                     .toString(),
            QStringLiteral("2"));
    }

    void theLogIsTheCoordinatorsOnly()
    {
        const QUrl log = url(QStringLiteral("/v1/regions/utrecht/audit"));
        QCOMPARE(m_http.get(log).status, 401);
        QCOMPARE(m_http.get(log, bearer(m_employer)).status, 401);
        const HttpReply other = m_http.get(log, bearer(m_rijnmond));
        QCOMPARE(other.status, 403);
        QVERIFY(!other.body.contains("zorg-audit"));
        QCOMPARE(
            m_http.get(url(QStringLiteral("/v1/regions/atlantis/audit")), bearer(m_utrecht)).status,
            404);
        for (const char *bad : { "0", "501", "x" }) {
            const HttpReply r = m_http.get(
                url(QStringLiteral("/v1/regions/utrecht/audit?limit=") + QLatin1String(bad)),
                bearer(m_utrecht));
            QCOMPARE(r.status, 400);
            QCOMPARE(errorField(r), QStringLiteral("limit"));
        }
        // Reading the log is not itself logged.
        const qint64 before = auditRows();
        QCOMPARE(m_http.get(log, bearer(m_utrecht)).status, 200);
        QCOMPARE(auditRows(), before);
    }

    void privacyRule4_theLogHoldsNoRespondentAddressOrTime()
    {
        const SqliteFile db(m_collector.dbPath());
        QCOMPARE(db.columns(QStringLiteral("audit")),
            (QStringList { QStringLiteral("id"), QStringLiteral("day"), QStringLiteral("region"),
                QStringLiteral("actor_kind"), QStringLiteral("actor"), QStringLiteral("action"),
                QStringLiteral("subject"), QStringLiteral("count") }));
        static const QRegularExpression clockTime(QStringLiteral("\\d{1,2}:\\d{2}"));
        for (const QVariantList &row : db.rows(QStringLiteral("SELECT * FROM audit"))) {
            for (const QVariant &v : row) {
                const QString s = v.toString();
                QVERIFY2(!clockTime.match(s).hasMatch(), qPrintable(s));
                for (const char *secret :
                    { "127.0.0.1", "::1", "Mila", "mila@", "Bert", "zsc_", "zse_" })
                    QVERIFY2(!s.contains(QLatin1String(secret)), qPrintable(s));
            }
        }
    }

    void theOperatorPrintsTheLog()
    {
        const auto all = CollectorProcess::run(
            { QStringLiteral("audit"), QStringLiteral("--db"), m_collector.dbPath() });
        QCOMPARE(all.exitCode, 0);
        const QStringList lines
            = QString::fromUtf8(all.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("day\tregion\tactor\taction\tsubject\tcount"));
        QCOMPARE(lines.size(), 1 + 10);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(lines.value(1),
            today + QStringLiteral("\trijnmond\tcoordinator 2\treport.read\texit\t"));
        QCOMPARE(lines.last(),
            today + QStringLiteral("\tutrecht\temployer zorg-audit\treport.read\texit\t"));
        QVERIFY(lines.contains(
            today + QStringLiteral("\tutrecht\temployer zorg-audit\tinvitations.made\texit\t7")));

        const auto utrecht
            = CollectorProcess::run({ QStringLiteral("audit"), QStringLiteral("--db"),
                m_collector.dbPath(), QStringLiteral("--region"), QStringLiteral("utrecht") });
        QCOMPARE(utrecht.exitCode, 0);
        QCOMPARE(utrecht.out.count('\n'), 1 + 9);
        QVERIFY(!utrecht.out.contains("rijnmond"));

        const auto unknown
            = CollectorProcess::run({ QStringLiteral("audit"), QStringLiteral("--db"),
                m_collector.dbPath(), QStringLiteral("--region"), QStringLiteral("atlantis") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        const auto noFile = CollectorProcess::run({ QStringLiteral("audit"), QStringLiteral("--db"),
            m_collector.dbPath() + QStringLiteral(".missing") });
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_collector.dbPath() + QStringLiteral(".missing")));
        QCOMPARE(CollectorProcess::run({ QStringLiteral("audit") }).exitCode, 2);
    }

private:
    QUrl url(const QString &path) const { return m_collector.url(path); }
    qint64 auditRows() const
    {
        return SqliteFile(m_collector.dbPath()).count(QStringLiteral("audit"));
    }

    CollectorProcess m_collector;
    Http m_http;
    QString m_employer;
    QString m_utrecht;
    QString m_rijnmond;
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
