// "You said, we did" (YouSaidModel): a regional report's verified total gives the themes,
// biggest share first; each sits beside the actions that address it (exit: through the national
// theme an action's retention themes belong to; retention: the same theme), a stopped action
// addresses nothing, and `unaddressed` lists the themes no action addresses yet.
#include "referencedata.h"
#include "yousaidmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace zs;

namespace {

QJsonObject share(const char *key, const char *id, double percent)
{
    return { { QLatin1String(key), QLatin1String(id) }, { QStringLiteral("count"), 1 },
        { QStringLiteral("percent"), percent } };
}

/// A regional report as GET /v1/reports/{kind}?region=R answers it, with one question in its
/// verified total (and an open scope that must not count).
QJsonObject report(const QString &kind, const QJsonObject &question, bool withTotal = true)
{
    const QJsonObject total { { QStringLiteral("releases"), 2 },
        { QStringLiteral("months"),
            QJsonArray { QStringLiteral("2026-01"), QStringLiteral("2026-06") } },
        { QStringLiteral("respondents"), QJsonObject { { QStringLiteral("count"), 41 } } },
        { QStringLiteral("questions"), QJsonArray { question } } };
    const QJsonObject open { { QStringLiteral("scope"), QStringLiteral("open") },
        { QStringLiteral("releases"), QJsonArray {} }, { QStringLiteral("unverified"), true },
        { QStringLiteral("total"),
            QJsonObject { { QStringLiteral("questions"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("reasons") },
                    { QStringLiteral("themes"),
                        QJsonArray { share("theme", "client_related", 99) } } } } } } } };
    return { { QStringLiteral("survey"),
                 QJsonObject { { QStringLiteral("id"), kind }, { QStringLiteral("kind"), kind } } },
        { QStringLiteral("region"), QStringLiteral("utrecht") },
        { QStringLiteral("scopes"),
            QJsonArray { QJsonObject { { QStringLiteral("scope"), QStringLiteral("verified") },
                             { QStringLiteral("releases"), QJsonArray {} },
                             { QStringLiteral("total"),
                                 withTotal ? QJsonValue(total) : QJsonValue(QJsonValue::Null) } },
                open } } };
}

QJsonObject exitReport()
{
    return report(QStringLiteral("exit"),
        { { QStringLiteral("id"), QStringLiteral("reasons") },
            { QStringLiteral("type"), QStringLiteral("multi") },
            { QStringLiteral("themes"),
                QJsonArray { share("theme", "development", 22.5),
                    share("theme", "workload_terms", 41.0), share("theme", "manager", 12.0),
                    share("theme", "voice", 0.0) } } });
}

QJsonObject action(
    const QString &id, const QStringList &themes, const QString &status = QStringLiteral("running"))
{
    return { { QStringLiteral("id"), id },
        { QStringLiteral("title"),
            QJsonObject { { QStringLiteral("nl"), QStringLiteral("Actie ") + id },
                { QStringLiteral("en"), QStringLiteral("Action ") + id } } },
        { QStringLiteral("themes"), QJsonArray::fromStringList(themes) },
        { QStringLiteral("status"), status } };
}

QStringList column(const QAbstractItemModel &model, const QByteArray &role)
{
    const int r = model.roleNames().key(role);
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(r).toString());
    return values;
}

} // namespace

class TestYouSaid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRetentionThemeBelongsToANationalTheme()
    {
        const ReferenceData &ref = ReferenceData::instance();
        for (const ReferenceItem &theme : ref.retentionThemes)
            QVERIFY2(
                ReferenceData::contains(ref.exitThemes, theme.nationalTheme), qPrintable(theme.id));
    }

    void exitThemesBesideTheActionsThatAddressThem()
    {
        const QJsonArray actions {
            action(QStringLiteral("a"), { QStringLiteral("contract_hours") }),
            action(QStringLiteral("b"),
                { QStringLiteral("onboarding"), QStringLiteral("pay_appreciation") }),
            action(QStringLiteral("c"), { QStringLiteral("leadership") }, QStringLiteral("stopped"))
        };
        const QList<YouSaidTheme> rows
            = YouSaidModel::themes(exitReport(), actions, QStringLiteral("en"));
        QCOMPARE(rows.size(), ReferenceData::instance().exitThemes.size());
        // Biggest share first, then the themes without a figure in the list's order.
        QCOMPARE(rows.at(0).theme, QStringLiteral("workload_terms"));
        QCOMPARE(rows.at(0).percent, 41.0);
        QCOMPARE(rows.at(0).label, QStringLiteral("Workload and employment terms"));
        QCOMPARE(rows.at(0).actionIds, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(rows.at(0).actionTitles,
            (QStringList { QStringLiteral("Action a"), QStringLiteral("Action b") }));
        QCOMPARE(rows.at(1).theme, QStringLiteral("development"));
        QCOMPARE(rows.at(1).actionIds, QStringList { QStringLiteral("b") });
        // The manager theme has only a stopped action: not addressed.
        QCOMPARE(rows.at(2).theme, QStringLiteral("manager"));
        QVERIFY(rows.at(2).actionIds.isEmpty());
        // A share of 0 is a figure, ahead of the themes without one.
        QCOMPARE(rows.at(3).theme, QStringLiteral("voice"));
        QCOMPARE(rows.at(3).percent, 0.0);
        QCOMPARE(rows.at(4).theme, QStringLiteral("personal"));
        QCOMPARE(rows.at(4).percent, -1.0);
        // The open (unverified) scope is not the region's picture.
        for (const YouSaidTheme &row : rows) {
            if (row.theme == QLatin1String("client_related"))
                QCOMPARE(row.percent, -1.0);
        }
    }

    void retentionThemesAreTheActionsOwn()
    {
        const QJsonObject r = report(QStringLiteral("retention"),
            { { QStringLiteral("id"), QStringLiteral("stay_drivers") },
                { QStringLiteral("type"), QStringLiteral("multi") },
                { QStringLiteral("options"),
                    QJsonArray { share("option", "team", 60.0), share("option", "rosters", 55.0),
                        share("option", "pay_appreciation", 108.3) } } });
        const QJsonArray actions { action(QStringLiteral("r"), { QStringLiteral("rosters") }) };
        const QList<YouSaidTheme> rows = YouSaidModel::themes(r, actions, QStringLiteral("nl"));
        QCOMPARE(rows.size(), ReferenceData::instance().retentionThemes.size());
        QCOMPARE(rows.at(0).theme, QStringLiteral("pay_appreciation"));
        QCOMPARE(rows.at(0).percent, 100.0); // 108.3 in the report: noise, shown as at most 100
        QCOMPARE(rows.at(1).theme, QStringLiteral("team"));
        QCOMPARE(rows.at(2).theme, QStringLiteral("rosters"));
        QCOMPARE(rows.at(2).actionTitles, QStringList { QStringLiteral("Actie r") });
        QVERIFY(rows.at(0).actionIds.isEmpty());
    }

    void theModelAndItsUnaddressedList()
    {
        YouSaidModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester unaddressedTester(
            model.unaddressed(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &YouSaidModel::changed);
        QVERIFY(!model.hasFigures());
        model.set(exitReport(), { action(QStringLiteral("a"), { QStringLiteral("workload") }) },
            QStringLiteral("nl"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.kind(), QStringLiteral("exit"));
        QVERIFY(model.hasFigures());
        QCOMPARE(model.respondents(), 41);
        QCOMPARE(model.releases(), 2);
        QCOMPARE(model.firstMonth(), QStringLiteral("2026-01"));
        QCOMPARE(model.lastMonth(), QStringLiteral("2026-06"));
        QCOMPARE(column(model, "theme").first(), QStringLiteral("workload_terms"));
        QCOMPARE(model.index(0, 0).data(model.roleNames().key("addressed")).toBool(), true);
        QCOMPARE(model.unaddressed()->rowCount(), model.rowCount() - 1);
        QVERIFY(!column(*model.unaddressed(), "theme").contains(QStringLiteral("workload_terms")));
        QCOMPARE(column(*model.unaddressed(), "theme").first(), QStringLiteral("development"));

        // No verified release yet: no figures, every theme listed, the actions still beside them.
        model.set(report(QStringLiteral("exit"), {}, false),
            { action(QStringLiteral("a"), { QStringLiteral("workload") }) }, QStringLiteral("nl"));
        QVERIFY(!model.hasFigures());
        QCOMPARE(model.rowCount(), int(ReferenceData::instance().exitThemes.size()));
        QCOMPARE(model.unaddressed()->rowCount(), model.rowCount() - 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.unaddressed()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestYouSaid)
#include "tst_yousaid.moc"
