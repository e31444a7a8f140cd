// The round builder against the real collector: a round built in the app is published to a panel
// of the coordinator's region and served to its members; the panel's member count comes from the
// collector; each refusal (401, 403, 409 version_exists and id_taken, 422) says so in words and
// is marked at the builder's field, and stores nothing; the round's report comes back as JSON.
#include "appcontext.h"
#include "appcontroller.h"
#include "regionalfixtures.h"
#include "regioncontroller.h"
#include "roundbuilder.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;
using namespace zs::test;

namespace {

/// A signed-in coordinator session with a given token (what the dashboards' SessionManager is
/// after GET /v1/session), sending through the app's real CollectorClient.
class TokenSession : public CollectorSession
{
public:
    explicit TokenSession(AppContext &context)
        : m_context(context)
    { }

    void setToken(const QString &token)
    {
        m_token = token;
        Q_EMIT changed();
    }
    bool signedIn() const override { return !m_token.isEmpty(); }
    QString role() const override { return QStringLiteral("coordinator"); }
    QString region() const override { return QStringLiteral("utrecht"); }
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
        const QByteArray &accept, const std::function<void(const CollectorReply &)> &done) override
    {
        m_context.collector().send(method, path, body, {}, m_token, accept, done);
    }

private:
    AppContext &m_context;
    QString m_token;
};

/// The app of a coordinator in Utrecht, on the real collector, with the region's panels as the
/// app saved them: jongraat-utrecht is listed with one more region (rijnmond) than the collector
/// knows, as a list saved before the panel changed would be.
struct CoordinatorApp
{
    explicit CoordinatorApp(const QUrl &collector)
        : context(dir.path(), collector)
        , app(context)
    {
        QFile file(QStringLiteral(ZS_SOURCE_DIR "/data/panels.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read panels.json");
        QJsonObject panels = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray list = panels.value(QLatin1String("panels")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject p = list.at(i).toObject();
            if (p.value(QLatin1String("id")).toString() == QLatin1String("jongraat-utrecht")) {
                QJsonArray regions = p.value(QLatin1String("regions")).toArray();
                regions.append(QStringLiteral("rijnmond"));
                p.insert(QStringLiteral("regions"), regions);
                list.replace(i, p);
            }
        }
        panels.insert(QStringLiteral("panels"), list);
        if (!context.regionStore().cache(
                QStringLiteral("panels/utrecht"), QByteArray(), QJsonDocument(panels).toJson()))
            qFatal("could not seed the panels");
        const QString saved
            = app.saveProfile({ { QStringLiteral("region"), QStringLiteral("utrecht") },
                { QStringLiteral("branch"), QStringLiteral("vvt") },
                { QStringLiteral("occupation"), QStringLiteral("vpk_mbo") },
                { QStringLiteral("ageBand"), QStringLiteral("u25") },
                { QStringLiteral("tenureBand"), QStringLiteral("1-2") } });
        if (!saved.isEmpty())
            qFatal("profile: %s", qPrintable(saved));
        region = std::make_unique<RegionController>(context, app);
        builder.setApp(&app);
        builder.setRegion(region.get());
        builder.setSession(&session);
    }

    QTemporaryDir dir;
    AppContext context;
    AppController app;
    std::unique_ptr<RegionController> region;
    TokenSession session { context };
    RoundBuilder builder;
};

/// Publishes and waits for the answer: true when it was published.
bool publish(RoundBuilder &b)
{
    QSignalSpy busy(&b, &RoundBuilder::busyChanged);
    b.publish();
    if (!b.busy())
        return false; // refused on the device, nothing sent
    while (b.busy()) {
        if (!busy.wait(10000))
            qFatal("no answer from the collector");
    }
    return b.ok();
}

} // namespace

class TestRoundPublish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
        m_utrecht = m_collector.addCoordinator(QStringLiteral("utrecht"));
        m_rijnmond = m_collector.addCoordinator(QStringLiteral("rijnmond"));
        QVERIFY(!m_utrecht.isEmpty() && !m_rijnmond.isEmpty());
    }

    void aBuiltRoundIsPublishedAndServed()
    {
        CoordinatorApp a(m_collector.baseUrl());
        RoundBuilder &b = a.builder;
        // The panel's members, counted by the collector for the coordinator.
        for (const QString &name : { QStringLiteral("Lotte Lid"), QStringLiteral("Sem Lid") }) {
            QCOMPARE(
                m_http
                    .postJson(
                        m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/members")),
                        joinBody(name,
                            name.section(u' ', 0, 0).toLower() + QStringLiteral("@example.nl")))
                    .status,
                201);
        }
        RoundDraft draft = RoundDraft::fromDefinition(
            validRound(QStringLiteral("bouwer-starters"), QStringLiteral("jongraat-utrecht")));
        b.setDraft(draft);
        QVERIFY(b.allErrors().isEmpty());
        a.session.setToken(m_utrecht);
        QTRY_COMPARE_WITH_TIMEOUT(b.memberCount(), 2, 10000);

        QSignalSpy published(&b, &RoundBuilder::published);
        QVERIFY2(publish(b), qPrintable(b.message()));
        QCOMPARE(published.count(), 1);
        QCOMPARE(b.publishedId(), QStringLiteral("bouwer-starters"));
        QVERIFY(b.message().contains(QLatin1String("Jong RAAT"))); // the panel by its name
        const QJsonArray surveys
            = m_http.get(m_collector.url(QStringLiteral("/v1/surveys?region=amersfoort")))
                  .json()
                  .value(QLatin1String("surveys"))
                  .toArray();
        QVERIFY(ids(surveys).contains(QStringLiteral("bouwer-starters")));

        // The same id and version again: refused, marked at the version, nothing stored.
        QVERIFY(!publish(b));
        QVERIFY2(b.errors().contains(QStringLiteral("version")),
            qPrintable(QStringList(b.errors().keys()).join(u' ')));
        QCOMPARE(roundCount(), 1);
        // A new version is a new round of the same id.
        b.setRoundField(QStringLiteral("version"), 2);
        QVERIFY(!b.errors().contains(QStringLiteral("version"))); // an edit clears the refusal
        QVERIFY2(publish(b), qPrintable(b.message()));
        QCOMPARE(roundCount(), 2);

        // Its report: the collector's JSON, with the round's scope (no release before a cut).
        QSignalSpy report(&b, &RoundBuilder::reportChanged);
        b.loadReport();
        QVERIFY(report.wait(10000));
        const QJsonObject json = QJsonObject::fromVariantMap(b.report().toMap());
        QCOMPARE(json[QLatin1String("scopes")][0][QLatin1String("scope")].toString(),
            QStringLiteral("round"));
    }

    void refusalsSayWhyAndStoreNothing()
    {
        CoordinatorApp a(m_collector.baseUrl());
        RoundBuilder &b = a.builder;
        b.setDraft(RoundDraft::fromDefinition(
            validRound(QStringLiteral("bouwer-geweigerd"), QStringLiteral("jongraat-utrecht"))));
        const qint64 before = roundCount();

        // No token: nothing is sent.
        QVERIFY(!publish(b));
        QVERIFY(!b.message().isEmpty());
        // A token the collector does not know: 401.
        a.session.setToken(QStringLiteral("zsc_") + QString(40, u'0'));
        QVERIFY(!publish(b));
        QVERIFY2(b.message().contains(QLatin1String("token")), qPrintable(b.message()));
        // Another region's coordinator: 403.
        a.session.setToken(m_rijnmond);
        QVERIFY(!publish(b));
        QVERIFY2(b.message().contains(QLatin1String("another region")), qPrintable(b.message()));
        QCOMPARE(roundCount(), before);

        // An id that another panel's round holds (the app does not know that round): 409
        // id_taken, marked at the id.
        QCOMPARE(m_http
                     .post(m_collector.url(QStringLiteral("/v1/panels/raatgevers-rijnmond/rounds")),
                         compact(validRound(QStringLiteral("gedeelde-ronde"),
                             QStringLiteral("raatgevers-rijnmond"))),
                         "application/json", bearer(m_rijnmond))
                     .status,
            201);
        a.session.setToken(m_utrecht);
        b.setRoundField(QStringLiteral("id"), QStringLiteral("gedeelde-ronde"));
        QVERIFY(b.allErrors().isEmpty());
        QVERIFY(!publish(b));
        QVERIFY2(b.errors().contains(QStringLiteral("id")),
            qPrintable(QStringList(b.errors().keys()).join(u' ')));
        QVERIFY(b.errors()
                    .value(QStringLiteral("id"))
                    .toString()
                    .contains(QLatin1String("another survey")));

        // A region the app's saved list says the panel serves, but the collector knows better:
        // 422, marked at the region.
        RoundDraft stale = RoundDraft::fromDefinition(
            validRound(QStringLiteral("bouwer-rijnmond"), QStringLiteral("jongraat-utrecht")));
        stale.extra.insert(QStringLiteral("region"), QStringLiteral("rijnmond"));
        b.setDraft(stale);
        QVERIFY2(b.allErrors().isEmpty(), qPrintable(b.allErrors().value(0).field));
        QVERIFY(!publish(b));
        QVERIFY2(b.errors().contains(QStringLiteral("region")),
            qPrintable(QStringList(b.errors().keys()).join(u' ')));
        QVERIFY(b.message().contains(QLatin1String("marked")));
        QCOMPARE(roundCount(), before + 1); // only the rijnmond coordinator's own round
    }

    void noConnectionPublishesNothing()
    {
        CoordinatorApp a(QUrl(QStringLiteral("http://127.0.0.1:9")));
        a.builder.setDraft(RoundDraft::fromDefinition(
            validRound(QStringLiteral("bouwer-offline"), QStringLiteral("jongraat-utrecht"))));
        a.session.setToken(m_utrecht);
        QVERIFY(!publish(a.builder));
        QVERIFY2(a.builder.message().contains(QLatin1String("No connection")),
            qPrintable(a.builder.message()));
        QVERIFY(a.builder.publishedId().isEmpty());
    }

private:
    qint64 roundCount() const
    {
        return SqliteFile(m_collector.dbPath()).count(QStringLiteral("panel_rounds"));
    }

    CollectorProcess m_collector;
    Http m_http;
    QString m_utrecht;
    QString m_rijnmond;
};

QTEST_GUILESS_MAIN(TestRoundPublish)

#include "tst_roundpublish.moc"
