// A coordinator's moderation and export routes against the real collector (docs/protocol.md
// "Coordination"): removing an action (its reactions too; an example stays removed after a
// restart), hiding an idea (gone for everyone), and a panel's contact list for invitations (CSV
// with a byte-order mark, only the contact fields). Each refuses without a coordinator token
// (401), for another region (403) and for an unknown id (404), and a refusal changes nothing.
#include "regionalfixtures.h"

#include <QDate>
#include <QTest>

using namespace zs::test;

namespace {

QJsonObject idea(const QString &title)
{
    return { { QStringLiteral("title"), title },
        { QStringLiteral("description"), QStringLiteral("Een idee dat niet in de lijst hoort.") },
        { QStringLiteral("theme"), QStringLiteral("team") }, { QStringLiteral("willHelp"), true },
        { QStringLiteral("name"), QStringLiteral("Anne Helpt") } };
}

QByteArray reactKey(int n)
{
    return QByteArray::number(n).rightJustified(32, '0');
}

} // namespace

class TestCoordination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_collector.start(), qPrintable(m_collector.lastError()));
        m_utrecht = m_collector.addCoordinator(QStringLiteral("utrecht"));
        m_amersfoort = m_collector.addCoordinator(QStringLiteral("amersfoort"));
        m_rijnmond = m_collector.addCoordinator(QStringLiteral("rijnmond"));
        QVERIFY(!m_utrecht.isEmpty() && !m_amersfoort.isEmpty() && !m_rijnmond.isEmpty());
    }

    void removingAnActionTakesItsReactionsAndChangesTheEtag()
    {
        const QString id = QStringLiteral("utrecht-weg-ermee");
        QCOMPARE(publish(validAction(id, QStringLiteral("utrecht"))).status, 201);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(react(id, reactKey(i)).status, 201);
        const HttpReply before = m_http.get(actionsUrl());
        QVERIFY(ids(before.json().value(QLatin1String("actions")).toArray()).contains(id));
        const QByteArray etag = before.header("ETag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(reactionRows(id), 3);

        // Refusals change nothing.
        QCOMPARE(remove(id, {}).status, 401);
        QCOMPARE(remove(id, QStringLiteral("zsc_wrong")).status, 401);
        const HttpReply other = remove(id, m_rijnmond);
        QCOMPARE(other.status, 403);
        QCOMPARE(other.errorCode(), QStringLiteral("forbidden"));
        const HttpReply unknown = remove(QStringLiteral("utrecht-bestaat-niet"), m_utrecht);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("unknown_action"));
        QCOMPARE(m_http.get(actionsUrl(), { { "If-None-Match", etag } }).status, 304);
        QCOMPARE(reactionRows(id), 3);

        const HttpReply removed = remove(id, m_utrecht);
        QVERIFY2(removed.status == 204, removed.describe());
        QVERIFY(removed.body.isEmpty());
        const HttpReply after = m_http.get(actionsUrl(), { { "If-None-Match", etag } });
        QCOMPARE(after.status, 200);
        QVERIFY(after.header("ETag") != etag);
        QVERIFY(!ids(after.json().value(QLatin1String("actions")).toArray()).contains(id));
        QCOMPARE(reactionRows(id), 0);
        QCOMPARE(remove(id, m_utrecht).status, 404);
        QCOMPARE(react(id, reactKey(9)).status, 404);

        // Published again under the same id, it starts afresh.
        QCOMPARE(publish(validAction(id, QStringLiteral("utrecht"))).status, 201);
        const QJsonObject again = action(id);
        QCOMPARE(again.value(QLatin1String("reactions"))[QLatin1String("useful")].toInt(), 0);
        QCOMPARE(again.value(QLatin1String("reactions"))[QLatin1String("help")].toInt(), 0);
    }

    void aRemovedExampleIsNotSeededAgain()
    {
        const QString example = QStringLiteral("utrecht-jongraat-pilot");
        QVERIFY(!action(example).isEmpty());
        QCOMPARE(remove(example, m_utrecht).status, 204);
        QVERIFY(action(example).isEmpty());
        QVERIFY2(m_collector.restart(), qPrintable(m_collector.lastError()));
        QVERIFY(action(example).isEmpty());
        QVERIFY(!ids(m_http.get(actionsUrl()).json().value(QLatin1String("actions")).toArray())
                     .isEmpty());
    }

    void aHiddenIdeaIsGoneForEveryone()
    {
        const HttpReply sent = m_http.postJson(ideasUrl(), idea(QStringLiteral("Ongepast idee")));
        QCOMPARE(sent.status, 201);
        const QString id = sent.json().value(QLatin1String("id")).toString();
        const HttpReply kept = m_http.postJson(ideasUrl(), idea(QStringLiteral("Goed idee")));
        QCOMPARE(kept.status, 201);
        const QString keptId = kept.json().value(QLatin1String("id")).toString();
        const QByteArray etag = m_http.get(ideasUrl()).header("ETag");

        QCOMPARE(hide(id, {}).status, 401);
        QCOMPARE(hide(id, m_rijnmond).status, 403);
        const HttpReply unknown = hide(QStringLiteral("nope1234"), m_utrecht);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("unknown_idea"));
        QCOMPARE(m_http.get(ideasUrl(), { { "If-None-Match", etag } }).status, 304);
        QCOMPARE(hiddenIdeas(), 0);

        const HttpReply hidden = hide(id, m_utrecht);
        QVERIFY2(hidden.status == 200, hidden.describe());
        QCOMPARE(hidden.json().value(QLatin1String("hidden")).toBool(), true);
        const HttpReply publicList = m_http.get(ideasUrl(), { { "If-None-Match", etag } });
        QCOMPARE(publicList.status, 200);
        QVERIFY(publicList.header("ETag") != etag);
        QVERIFY(!ids(publicList.json().value(QLatin1String("ideas")).toArray()).contains(id));
        QVERIFY(ids(publicList.json().value(QLatin1String("ideas")).toArray()).contains(keptId));
        const HttpReply coordinatorList = m_http.get(ideasUrl(), bearer(m_utrecht));
        QVERIFY(!ids(coordinatorList.json().value(QLatin1String("ideas")).toArray()).contains(id));
        // Nobody can support it any more; hiding again answers the same and logs once.
        QCOMPARE(m_http
                     .postJson(m_collector.url(QStringLiteral("/v1/ideas/%1/support").arg(id)),
                         { { QStringLiteral("key"), QString::fromLatin1(reactKey(1)) } })
                     .status,
            404);
        QCOMPARE(hide(id, m_utrecht).status, 200);
        QCOMPARE(hiddenIdeas(), 1);
        QCOMPARE(SqliteFile(m_collector.dbPath())
                     .count(QStringLiteral("audit"), QStringLiteral("action = ? AND subject = ?"),
                         { QStringLiteral("idea.hidden"), id }),
            1);
        // A page cursor that names the hidden idea still pages on.
        const HttpReply paged = m_http.get(
            m_collector.url(QStringLiteral("/v1/regions/utrecht/ideas?limit=1&after=%1").arg(id)));
        QVERIFY2(paged.status == 200, paged.describe());
    }

    void theContactListHasOnlyTheContactFields()
    {
        const QUrl join = m_collector.url(QStringLiteral("/v1/panels/jongraat-utrecht/members"));
        QJsonObject byPhone = joinBody(QStringLiteral("=Piet, \"de\" Vries"), {});
        byPhone.remove(QStringLiteral("email"));
        byPhone.insert(QStringLiteral("phone"), QStringLiteral("0612345678"));
        QCOMPARE(m_http
                     .postJson(join,
                         joinBody(QStringLiteral("Zoë Bakker"), QStringLiteral("zoe@example.nl")))
                     .status,
            201);
        QCOMPARE(m_http.postJson(join, byPhone).status, 201);
        const qint64 auditBefore = auditRows();

        const QUrl url = membersUrl(QStringLiteral("jongraat-utrecht"));
        const Http::Headers csv { { "Accept", "text/csv" } };
        QCOMPARE(m_http.get(url, csv).status, 401);
        QCOMPARE(m_http.get(url, csv + bearer(QStringLiteral("zsc_wrong"))).status, 401);
        const HttpReply other = m_http.get(url, csv + bearer(m_rijnmond));
        QCOMPARE(other.status, 403);
        QVERIFY(!other.body.contains("Bakker"));
        QCOMPARE(
            m_http.get(membersUrl(QStringLiteral("nope")), csv + bearer(m_utrecht)).status, 404);
        QCOMPARE(auditRows(), auditBefore);

        // A coordinator of any region the panel serves may export it.
        const HttpReply r = m_http.get(url, csv + bearer(m_amersfoort));
        QVERIFY2(r.status == 200, r.describe());
        QVERIFY(r.header("Content-Type").startsWith("text/csv"));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        QVERIFY(r.body.startsWith("\xEF\xBB\xBFsep=,\r\npanel,name,email,phone,joined\r\n"));
        const QString text = QString::fromUtf8(r.body);
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        // The members file keeps the year joined, never the month (DESIGN §5 rule 7).
        const QString year = QDate::currentDate().toString(QStringLiteral("yyyy"));
        // By name; a formula-like name gets a quote, a comma or quote the cell quotes.
        QCOMPARE(lines.at(2),
            QStringLiteral("jongraat-utrecht,\"'=Piet, \"\"de\"\" Vries\",,0612345678,") + year);
        QCOMPARE(
            lines.at(3), QStringLiteral("jongraat-utrecht,Zoë Bakker,zoe@example.nl,,") + year);
        QVERIFY(!r.body.contains("vpk_hbo"));
        QVERIFY(!r.body.contains("25-34"));
        QVERIFY(!r.body.contains("zsm_"));

        // JSON without Accept: text/csv, the same fields.
        const HttpReply json = m_http.get(url, bearer(m_utrecht));
        QCOMPARE(json.status, 200);
        const QJsonArray members = json.json().value(QLatin1String("members")).toArray();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(1).toObject().keys(),
            (QStringList {
                QStringLiteral("email"), QStringLiteral("joined"), QStringLiteral("name") }));
        QCOMPARE(members.at(0).toObject().keys(),
            (QStringList {
                QStringLiteral("joined"), QStringLiteral("name"), QStringLiteral("phone") }));

        // Each export is logged: who, which panel, how many rows; never a member.
        QCOMPARE(auditRows(), auditBefore + 2);
        const auto rows = SqliteFile(m_collector.dbPath())
                              .rows(QStringLiteral("SELECT actor_kind, region, subject, count, *"
                                                   " FROM audit WHERE action = ? ORDER BY id"),
                                  { QStringLiteral("members.exported") });
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("coordinator"));
        QCOMPARE(rows.at(0).at(1).toString(), QStringLiteral("amersfoort"));
        QCOMPARE(rows.at(0).at(2).toString(), QStringLiteral("jongraat-utrecht"));
        QCOMPARE(rows.at(0).at(3).toInt(), 2);
        QCOMPARE(rows.at(1).at(1).toString(), QStringLiteral("utrecht"));
        for (const QVariantList &row : rows) {
            for (const QVariant &v : row) {
                for (const char *secret : { "Bakker", "zoe@", "0612345678", "Vries", "127.0.0.1" })
                    QVERIFY2(!v.toString().contains(QLatin1String(secret)), secret);
            }
        }
    }

    void anEmptyPanelExportsTheHeaderOnly()
    {
        const HttpReply r = m_http.get(membersUrl(QStringLiteral("raatgevers-rijnmond")),
            Http::Headers { { "Accept", "text/csv" } } + bearer(m_rijnmond));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("\xEF\xBB\xBFsep=,\r\npanel,name,email,phone,joined\r\n"));
    }

private:
    QUrl actionsUrl() const
    {
        return m_collector.url(QStringLiteral("/v1/regions/utrecht/actions"));
    }
    QUrl ideasUrl() const { return m_collector.url(QStringLiteral("/v1/regions/utrecht/ideas")); }
    QUrl membersUrl(const QString &panel) const
    {
        return m_collector.url(QStringLiteral("/v1/panels/%1/members").arg(panel));
    }
    HttpReply publish(const QJsonObject &a)
    {
        return m_http.post(actionsUrl(), compact(a), "application/json", bearer(m_utrecht));
    }
    HttpReply react(const QString &id, const QByteArray &key)
    {
        return m_http.postJson(m_collector.url(QStringLiteral("/v1/actions/%1/reactions").arg(id)),
            { { QStringLiteral("kind"), QStringLiteral("useful") },
                { QStringLiteral("key"), QString::fromLatin1(key) } });
    }
    HttpReply remove(const QString &id, const QString &token)
    {
        return send(m_http, "DELETE", m_collector.url(QStringLiteral("/v1/actions/%1").arg(id)), {},
            token.isEmpty() ? Http::Headers {} : bearer(token));
    }
    HttpReply hide(const QString &id, const QString &token)
    {
        return send(m_http, "POST", m_collector.url(QStringLiteral("/v1/ideas/%1/hide").arg(id)),
            {}, token.isEmpty() ? Http::Headers {} : bearer(token));
    }
    QJsonObject action(const QString &id)
    {
        for (const QJsonValue &a :
            m_http.get(actionsUrl()).json().value(QLatin1String("actions")).toArray()) {
            if (a[QLatin1String("id")].toString() == id)
                return a.toObject();
        }
        return {};
    }
    qint64 reactionRows(const QString &id) const
    {
        return SqliteFile(m_collector.dbPath())
            .count(QStringLiteral("reactions"), QStringLiteral("action_id = ?"), { id });
    }
    qint64 hiddenIdeas() const
    {
        return SqliteFile(m_collector.dbPath())
            .count(QStringLiteral("ideas"), QStringLiteral("hidden = 1"));
    }
    qint64 auditRows() const
    {
        return SqliteFile(m_collector.dbPath()).count(QStringLiteral("audit"));
    }

    CollectorProcess m_collector;
    Http m_http;
    QString m_utrecht;
    QString m_amersfoort;
    QString m_rijnmond;
};

QTEST_GUILESS_MAIN(TestCoordination)
#include "tst_coordination.moc"
