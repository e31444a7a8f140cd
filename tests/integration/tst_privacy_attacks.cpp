// The attacks of issue 9 tried against the real collector (k = 10, epsilon = 1), each in a region
// of its own so one test's pools do not touch another's:
//  - a conditional question answered by fewer than k shows nothing but "hidden" (DESIGN §5 rule 5);
//  - the region's verified release minus one employer's, and minus two colluding employers',
//    does not give back the one response the others left (rule 5, §5a G1);
//  - no table or index of the responses file keeps the order responses arrived in (rule 4).

#include "collectorprocess.h"
#include "credentials.h"
#include "databaselocation.h"
#include "reportfixtures.h"
#include "sampledata.h"
#include "teststore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

using namespace zs::test;

namespace {

/// Every count of a release as "question/part/value" → count: options, themes, scale values,
/// likert item values, and each question's answered size when shown.
QHash<QString, int> countsOf(const QJsonValue &release)
{
    QHash<QString, int> counts;
    for (const QJsonValue &q : release[QLatin1String("questions")].toArray()) {
        const QString id = q[QLatin1String("id")].toString();
        for (const QJsonValue &o : q[QLatin1String("options")].toArray())
            counts.insert(id + QLatin1String("/option/") + o[QLatin1String("option")].toString(),
                o[QLatin1String("count")].toInt());
        for (const QJsonValue &t : q[QLatin1String("themes")].toArray())
            counts.insert(id + QLatin1String("/theme/") + t[QLatin1String("theme")].toString(),
                t[QLatin1String("count")].toInt());
        for (const QJsonValue &v : q[QLatin1String("counts")].toArray())
            counts.insert(
                id + QLatin1String("/value/") + QString::number(v[QLatin1String("value")].toInt()),
                v[QLatin1String("count")].toInt());
    }
    return counts;
}

/// What one exit response with these answers adds to each count of countsOf() (0 elsewhere):
/// its options, their themes (once per question), its eNPS value.
QHash<QString, int> contributionOf(const zs::sample::ExitAnswers &a)
{
    QHash<QString, int> c;
    const QJsonObject answers = a.toJson();
    for (const zs::Question &q : exitSurvey().questions) {
        const QJsonValue answer = answers.value(q.id);
        QStringList picked;
        if (answer.isString())
            picked.append(answer.toString());
        for (const QJsonValue &v : answer.toArray())
            picked.append(v.toString());
        if (answer.isDouble())
            c[q.id + QLatin1String("/value/") + QString::number(answer.toInt())] = 1;
        for (const QString &id : std::as_const(picked)) {
            const zs::Option *option = q.option(id);
            if (!option)
                continue;
            c[q.id + QLatin1String("/option/") + id] = 1;
            if (!option->theme.isEmpty())
                c[q.id + QLatin1String("/theme/") + option->theme] = 1;
        }
    }
    return c;
}

/// Kendall's tau between positions 0..n-1 and these arrival indexes: 1 for arrival order,
/// -1 for the reverse, near 0 for a random order.
double kendallTau(const QList<int> &arrival)
{
    qint64 concordant = 0;
    qint64 discordant = 0;
    for (qsizetype i = 0; i < arrival.size(); ++i) {
        for (qsizetype j = i + 1; j < arrival.size(); ++j) {
            if (arrival.at(i) < arrival.at(j))
                ++concordant;
            else if (arrival.at(i) > arrival.at(j))
                ++discordant;
        }
    }
    const qint64 pairs = concordant + discordant;
    return pairs == 0 ? 0.0 : double(concordant - discordant) / double(pairs);
}

} // namespace

class TestPrivacyAttacks : public ReportTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void privacyRule5_aConditionalGroupBelowKShowsOnlyThatItIsHidden();
    void privacyRule5_regionMinusOneEmployerIsolatesNobody();
    void privacyRule5_twoEmployersTogetherIsolateNobody();
    void privacyRule4_noTableOrIndexKeepsTheArrivalOrder();
    void privacyRule4_postgresqlKeepsNoArrivalOrderAfterACut();

private:
    /// count credentialed exit responses with these answers, of the employer in the region.
    QJsonArray responses(const QString &employer, const QString &region, int count,
        const zs::sample::ExitAnswers &answers, QStringList *ids = nullptr);
    /// count responses of employer order-a, posted one request at a time: every stored value
    /// that names one of them (its submission id, its token's hash) → its arrival index. Empty
    /// when a post failed.
    QHash<QByteArray, int> postInArrivalOrder(int count);
    /// The employer's token, made in the region (before the collector starts).
    QString employer(const QString &region, const QString &id);
    /// How many of a differencing attack's counts come out exactly at the left-over response.
    int exactDifferences(const QString &region, const QStringList &employers,
        const zs::sample::ExitAnswers &leftOver, int *countsCompared);

    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_coordinators;
};

QString TestPrivacyAttacks::employer(const QString &region, const QString &id)
{
    QString token = m_collector.addEmployer(region, id, QStringLiteral("Zorg ") + id);
    m_tokens.insert(id, token);
    if (!m_coordinators.contains(region))
        m_coordinators.insert(region, m_collector.addCoordinator(region));
    return token;
}

void TestPrivacyAttacks::initTestCase()
{
    for (const auto &[region, id] : { std::pair { "groningen", "cond-a" },
             std::pair { "drenthe", "diff-a" }, std::pair { "drenthe", "diff-c" },
             std::pair { "twente", "duo-a" }, std::pair { "twente", "duo-b" },
             std::pair { "twente", "duo-c" }, std::pair { "zeeland", "order-a" } })
        QVERIFY2(!employer(QLatin1String(region), QLatin1String(id)).isEmpty(),
            qPrintable(m_collector.lastError()));
    QVERIFY2(m_collector.start({ QStringLiteral("--k"), QStringLiteral("10"),
                 QStringLiteral("--epsilon"), QStringLiteral("1") }),
        qPrintable(m_collector.lastError()));
    QCOMPARE(m_collector.k(), 10);
}

void TestPrivacyAttacks::cleanupTestCase()
{
    m_collector.kill();
}

QJsonArray TestPrivacyAttacks::responses(const QString &employer, const QString &region, int count,
    const zs::sample::ExitAnswers &answers, QStringList *ids)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        QJsonObject body = exitSubmission(employer, answers.toJson());
        QJsonObject s = body.value(QLatin1String("strata")).toObject();
        s.insert(QStringLiteral("region"), region);
        body.insert(QStringLiteral("strata"), s);
        if (ids)
            ids->append(body.value(QLatin1String("submissionId")).toString());
        items.append(m_credentials.credentialed(body));
        if (!items.last()[QLatin1String("credential")].isObject())
            qWarning() << m_credentials.lastError();
    }
    return items;
}

void TestPrivacyAttacks::privacyRule5_aConditionalGroupBelowKShowsOnlyThatItIsHidden()
{
    // Ten leave; one of them says "maybe" and writes the condition. The old report published how
    // many answered the condition, which undid the hiding of the rest. Now the conditional group
    // (noisy size far below k) is hidden with nothing inside: no size, no text, in JSON or CSV.
    zs::sample::ExitAnswers plain;
    zs::sample::ExitAnswers maybe;
    maybe.wouldReturn = QStringLiteral("maybe");
    maybe.returnCondition = QStringLiteral("Alleen als het rooster van afdeling Zon verandert");
    QJsonArray items = responses(QStringLiteral("cond-a"), QStringLiteral("groningen"), 9, plain);
    items.append(
        responses(QStringLiteral("cond-a"), QStringLiteral("groningen"), 1, maybe).first());
    post(items);
    QCOMPARE(cut(), 2); // cond-a's pool and groningen's verified pool

    const QString path = QStringLiteral("/v1/reports/exit?employer=cond-a");
    const HttpReply r = get(path, m_tokens.value(QStringLiteral("cond-a")));
    QCOMPARE(r.status, 200);
    const QJsonObject report = r.json();
    for (const QString &scope : { QStringLiteral("employer"), QStringLiteral("region") }) {
        const QJsonArray releases = releasesOf(report, scope);
        QCOMPARE(releases.size(), 1);
        const QJsonObject condition
            = questionOf(releases.first(), QStringLiteral("return_condition"));
        QCOMPARE(condition.keys(),
            (QStringList { QStringLiteral("answered"), QStringLiteral("id"), QStringLiteral("text"),
                QStringLiteral("type") }));
        QCOMPARE(condition.value(QLatin1String("answered")).toObject(),
            (QJsonObject { { QStringLiteral("suppressed"), true } }));
        // The total hides it the same way.
        const QJsonObject total
            = scopeNamed(report, scope).value(QLatin1String("total")).toObject();
        QCOMPARE(questionOf(total, QStringLiteral("return_condition"))
                     .value(QLatin1String("answered"))
                     .toObject(),
            (QJsonObject { { QStringLiteral("suppressed"), true } }));
    }
    QVERIFY(!r.body.contains("rooster van afdeling"));
    const HttpReply csv = get(path, m_tokens.value(QStringLiteral("cond-a")), true);
    QCOMPARE(csv.status, 200);
    QVERIFY(!csv.body.contains("rooster van afdeling"));
    // Its rows say it is hidden and carry its wording, nothing else.
    int rows = 0;
    for (const QByteArray &line : csv.body.split('\n')) {
        const QList<QByteArray> cells = line.trimmed().split(',');
        if (cells.size() < 7 || cells.at(4) != "return_condition")
            continue;
        ++rows;
        QVERIFY2(cells.at(5) == "answered.suppressed" || cells.at(5).startsWith("text."),
            line.constData());
    }
    QVERIFY(rows > 0);
}

int TestPrivacyAttacks::exactDifferences(const QString &region, const QStringList &employers,
    const zs::sample::ExitAnswers &leftOver, int *countsCompared)
{
    // The attacker's guess at the left-over response: the region's verified release minus the
    // colluding employers' releases, count by count.
    QHash<QString, int> guess;
    for (const QString &e : employers) {
        const QJsonObject report = this->report(e, m_tokens.value(e));
        const QJsonArray own = releasesOf(report, QStringLiteral("employer"));
        const QJsonArray regional = releasesOf(report, QStringLiteral("region"));
        if (own.size() != 1 || regional.size() != 1) {
            qWarning() << "expected one release of" << e << "and of its region:" << compact(report);
            return -1;
        }
        if (guess.isEmpty())
            guess = countsOf(regional.first());
        const QHash<QString, int> mine = countsOf(own.first());
        for (auto it = mine.begin(); it != mine.end(); ++it)
            guess[it.key()] -= it.value();
    }
    const QHash<QString, int> truth = contributionOf(leftOver);
    int exact = 0;
    for (auto it = guess.begin(); it != guess.end(); ++it)
        exact += it.value() == truth.value(it.key()) ? 1 : 0;
    *countsCompared = int(guess.size());
    Q_UNUSED(region);
    return exact;
}

void TestPrivacyAttacks::privacyRule5_regionMinusOneEmployerIsolatesNobody()
{
    // Drenthe: diff-a has ten leavers, diff-c one. diff-c's pool never reaches k, but the
    // region's verified pool holds all eleven: a release of eleven beside diff-a's release of ten.
    // Subtracting them without noise would give diff-c's one leaver answer by answer. Every
    // count of both releases carries its own noise, so the difference misses many counts (a
    // count comes out exact with probability about 0.3 to 0.5); without noise all would be exact.
    zs::sample::ExitAnswers many;
    zs::sample::ExitAnswers one;
    one.reasons = { QStringLiteral("aggression"), QStringLiteral("team") };
    one.destination = QStringLiteral("zzp");
    one.kept = { QStringLiteral("safety") };
    one.enps = 0;
    post(responses(QStringLiteral("diff-a"), QStringLiteral("drenthe"), 10, many));
    post(responses(QStringLiteral("diff-c"), QStringLiteral("drenthe"), 1, one));
    QCOMPARE(cut(), 2); // diff-a's pool and drenthe's verified pool; diff-c's pool waits

    int compared = 0;
    const int exact
        = exactDifferences(QStringLiteral("drenthe"), { QStringLiteral("diff-a") }, one, &compared);
    QVERIFY(exact >= 0);
    qInfo("%d of %d counts of the difference exact", exact, compared);
    QVERIFY2(compared >= 50, qPrintable(QString::number(compared)));
    QVERIFY2(exact < compared * 3 / 4,
        qPrintable(QStringLiteral("%1 of %2 counts exact").arg(exact).arg(compared)));
    // diff-c sees nothing of its own.
    const QJsonObject own
        = report(QStringLiteral("diff-c"), m_tokens.value(QStringLiteral("diff-c")));
    QVERIFY(releasesOf(own, QStringLiteral("employer")).isEmpty());
}

void TestPrivacyAttacks::privacyRule5_twoEmployersTogetherIsolateNobody()
{
    // Twente: duo-a and duo-b (ten leavers each) pool their reports against duo-c's one leaver.
    zs::sample::ExitAnswers many;
    zs::sample::ExitAnswers one;
    one.reasons = { QStringLiteral("voice"), QStringLiteral("rosters") };
    one.destination = QStringLiteral("education");
    one.kept = { QStringLiteral("voice"), QStringLiteral("rosters") };
    one.wouldReturn = QStringLiteral("yes");
    one.enps = 10;
    post(responses(QStringLiteral("duo-a"), QStringLiteral("twente"), 10, many));
    post(responses(QStringLiteral("duo-b"), QStringLiteral("twente"), 10, many));
    post(responses(QStringLiteral("duo-c"), QStringLiteral("twente"), 1, one));
    QCOMPARE(cut(), 3); // duo-a, duo-b and twente's verified pool

    int compared = 0;
    const int exact = exactDifferences(QStringLiteral("twente"),
        { QStringLiteral("duo-a"), QStringLiteral("duo-b") }, one, &compared);
    QVERIFY(exact >= 0);
    qInfo("%d of %d counts of the difference exact", exact, compared);
    QVERIFY2(compared >= 50, qPrintable(QString::number(compared)));
    QVERIFY2(exact < compared * 3 / 4,
        qPrintable(QStringLiteral("%1 of %2 counts exact").arg(exact).arg(compared)));
}

QHash<QByteArray, int> TestPrivacyAttacks::postInArrivalOrder(int count)
{
    QStringList ids;
    const QJsonArray items = responses(QStringLiteral("order-a"), QStringLiteral("zeeland"), count,
        zs::sample::ExitAnswers(), &ids);
    QHash<QByteArray, int> arrival;
    for (int i = 0; i < count; ++i) {
        const HttpReply r = m_http.post(
            m_collector.url(QStringLiteral("/v1/submissions")), compact(items.at(i).toObject()));
        if (r.status != 201) {
            qWarning("submission %d: %s", i, r.describe().constData());
            return {};
        }
        arrival.insert(ids.at(i).toUtf8(), i);
        const QByteArray token = QByteArray::fromBase64(
            items.at(i)[QLatin1String("credential")][QLatin1String("token")].toString().toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        arrival.insert(QCryptographicHash::hash(token, QCryptographicHash::Sha256), i);
    }
    return arrival;
}

namespace {

/// Adds each response's random key (submissions.id) to arrival, under its submission's index.
bool addKeys(QSqlDatabase &db, QHash<QByteArray, int> &arrival)
{
    QSqlQuery keys(db);
    if (!keys.exec(QStringLiteral("SELECT id, submission_id FROM submissions")))
        return false;
    while (keys.next()) {
        const QByteArray id = keys.value(1).toString().toUtf8();
        if (arrival.contains(id))
            arrival.insert(keys.value(0).toByteArray(), arrival.value(id));
    }
    return true;
}

/// The arrival index of the response a row names (its first value, from column `from` on, that
/// arrival knows), or -1 when it names none.
int arrivalIndex(const QSqlRecord &record, const QHash<QByteArray, int> &arrival, int from = 0)
{
    for (int c = from; c < record.count(); ++c) {
        const QVariant v = record.value(c);
        const QByteArray bytes
            = v.typeId() == QMetaType::QString ? v.toString().toUtf8() : v.toByteArray();
        if (const auto it = arrival.constFind(bytes); it != arrival.constEnd())
            return *it;
    }
    return -1;
}

} // namespace

void TestPrivacyAttacks::privacyRule4_noTableOrIndexKeepsTheArrivalOrder()
{
    // Sixty responses arrive one request at a time in a known order. Read the file back: every
    // table in its stored order, and every index in its own order; no order that can be tied
    // to a response follows the order of arrival (Kendall's tau near 0: for 60 random rows its
    // spread is about 0.09, so 0.5 is far out of chance's reach).
    constexpr int kCount = 60;
    QHash<QByteArray, int> arrival = postInArrivalOrder(kCount);
    QCOMPARE(arrival.size(), 2 * kCount);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("order"));
    db.setDatabaseName(m_collector.dbPath());
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(db.open());
    {
        // The random key of each response names it too.
        QVERIFY(addKeys(db, arrival));

        QSqlQuery objects(db);
        QVERIFY(objects.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master"
                                            " WHERE type IN ('table', 'index') ORDER BY name")));
        QStringList checked;
        while (objects.next()) {
            const QString type = objects.value(0).toString();
            const QString name = objects.value(1).toString();
            const QString table = objects.value(2).toString();
            QString sql = QStringLiteral("SELECT * FROM \"%1\"").arg(table);
            if (type == QLatin1String("index")) {
                QSqlQuery columns(db);
                QVERIFY(columns.exec(QStringLiteral("PRAGMA index_info(\"%1\")").arg(name)));
                QStringList order;
                while (columns.next())
                    order.append(QLatin1Char('"') + columns.value(2).toString() + QLatin1Char('"'));
                if (order.isEmpty())
                    continue;
                sql = QStringLiteral("SELECT * FROM \"%1\" INDEXED BY \"%2\" ORDER BY %3")
                          .arg(table, name, order.join(QLatin1String(", ")));
            }
            QSqlQuery rows(db);
            QVERIFY2(rows.exec(sql), qPrintable(sql));
            // Rows that name one of the sixty responses, in this table's or index's order; a
            // response with several rows (its answers) counts at its first.
            QList<int> order;
            QSet<int> seen;
            while (rows.next()) {
                const int index = arrivalIndex(rows.record(), arrival);
                if (index >= 0 && !seen.contains(index)) {
                    seen.insert(index);
                    order.append(index);
                }
            }
            if (order.size() < kCount / 2)
                continue; // holds nothing that names these responses
            checked.append(name);
            const double tau = kendallTau(order);
            qInfo("%s %s: tau %.3f over %d responses", qPrintable(type), qPrintable(name), tau,
                int(order.size()));
            QVERIFY2(std::abs(tau) < 0.5,
                qPrintable(QStringLiteral("%1 %2 keeps the arrival order: tau %3 over %4 rows")
                               .arg(type, name)
                               .arg(tau)
                               .arg(order.size())));
        }
        // The tables that hold responses were all read: a test that found nothing proves nothing.
        for (const QString &name : { QStringLiteral("submissions"), QStringLiteral("answers"),
                 QStringLiteral("pool"), QStringLiteral("spent_tokens") })
            QVERIFY2(checked.contains(name), qPrintable(checked.join(QLatin1Char(' '))));
        // And none of them has a rowid that could be ordered by.
        for (const QString &name : { QStringLiteral("submissions"), QStringLiteral("answers"),
                 QStringLiteral("pool"), QStringLiteral("spent_tokens") }) {
            QSqlQuery rowid(db);
            QVERIFY2(!rowid.exec(QStringLiteral("SELECT rowid FROM \"%1\" LIMIT 1").arg(name)),
                qPrintable(name));
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("order"));
}

void TestPrivacyAttacks::privacyRule4_postgresqlKeepsNoArrivalOrderAfterACut()
{
    // PostgreSQL keeps rows in its heap in the order they were written (ctid) and stamps each
    // with its transaction (xmin); both follow arrival. After a cut (`releases cut`, as the
    // monthly cut and serve's daily rewrite do) neither may follow it any longer.
    if (!zs::test::usePostgres())
        QSKIP("PostgreSQL's heap and xmin; the SQLite file is checked by "
              "privacyRule4_noTableOrIndexKeepsTheArrivalOrder");
    constexpr int kCount = 60;
    QHash<QByteArray, int> arrival = postInArrivalOrder(kCount);
    QCOMPARE(arrival.size(), 2 * kCount);

    QString error;
    const auto location = zs::DatabaseLocation::parse(m_collector.dbPath(), &error);
    QVERIFY2(location && location->isPostgres(), qPrintable(error));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("heap"));
    location->applyTo(db);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QVERIFY(QSqlQuery(db).exec(
        QStringLiteral("SET search_path TO \"%1\"").arg(location->schemaName())));
    {
        QVERIFY(addKeys(db, arrival));
        // Per table: the responses in heap order, and how many transactions wrote their rows.
        struct Heap
        {
            QList<int> order;
            QSet<QString> writers;
        };
        const auto heap = [&](const QString &table) {
            Heap h;
            QSqlQuery rows(db);
            if (!rows.exec(
                    QStringLiteral("SELECT xmin::text, * FROM \"%1\" ORDER BY ctid").arg(table)))
                return h;
            QSet<int> seen;
            while (rows.next()) {
                const int index = arrivalIndex(rows.record(), arrival, 1);
                if (index < 0)
                    continue;
                h.writers.insert(rows.value(0).toString());
                if (!seen.contains(index)) {
                    seen.insert(index);
                    h.order.append(index);
                }
            }
            return h;
        };
        // Before the cut the heap does keep the arrival order: the check below can fail.
        const Heap before = heap(QStringLiteral("submissions"));
        QCOMPARE(before.order.size(), kCount);
        QVERIFY2(
            kendallTau(before.order) > 0.5, qPrintable(QString::number(kendallTau(before.order))));
        QVERIFY(before.writers.size() > 1);

        const CollectorProcess::Result cut = m_collector.cutReleases();
        QVERIFY2(cut.exitCode == 0, cut.err.constData());

        QStringList checked;
        for (const QString &table : { QStringLiteral("submissions"), QStringLiteral("answers"),
                 QStringLiteral("pool"), QStringLiteral("spent_tokens") }) {
            const Heap after = heap(table);
            if (after.order.size() < kCount / 2)
                continue; // holds nothing that names these responses (the pool, once cut)
            checked.append(table);
            const double tau = kendallTau(after.order);
            qInfo("%s: tau %.3f over %d responses, %d writing transaction(s)", qPrintable(table),
                tau, int(after.order.size()), int(after.writers.size()));
            QVERIFY2(std::abs(tau) < 0.5,
                qPrintable(QStringLiteral("%1 keeps the arrival order in its heap: tau %2")
                               .arg(table)
                               .arg(tau)));
            QCOMPARE(after.writers.size(), 1); // one rewrite wrote them all: xmin tells nothing
        }
        QVERIFY2(checked.contains(QStringLiteral("submissions"))
                && checked.contains(QStringLiteral("spent_tokens")),
            qPrintable(checked.join(QLatin1Char(' '))));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("heap"));
}

QTEST_GUILESS_MAIN(TestPrivacyAttacks)
#include "tst_privacy_attacks.moc"
