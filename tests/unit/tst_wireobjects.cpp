// The typed wire objects of sync/protocol (Action, Panel, JoinRequest, Membership, Idea,
// KeyedReaction): each reads its JSON shape (fromJson), writes it back unchanged (toJson), and
// checks its content (validate) against the limits in wirelimits.h, naming the field, the wire
// code and the finer reason of every refusal.

#include "action.h"
#include "idea.h"
#include "joinrequest.h"
#include "keyedreaction.h"
#include "membership.h"
#include "panel.h"
#include "wirelimits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace zs;
namespace limits = zs::protocol::limits;

Q_DECLARE_METATYPE(QJsonValue)

namespace {

/// value at the path ("target.date", "progress[0].note.nl") set in node; an undefined value
/// removes it.
QJsonValue setAt(const QJsonValue &node, const QString &path, const QJsonValue &value)
{
    if (path.startsWith(QLatin1Char('['))) {
        const qsizetype close = path.indexOf(QLatin1Char(']'));
        const qsizetype i = path.mid(1, close - 1).toInt();
        QString rest = path.mid(close + 1);
        if (rest.startsWith(QLatin1Char('.')))
            rest = rest.mid(1);
        QJsonArray array = node.toArray();
        if (!rest.isEmpty())
            array[i] = setAt(array.at(i), rest, value);
        else if (value.isUndefined())
            array.removeAt(i);
        else
            array[i] = value;
        return array;
    }
    qsizetype end = path.size();
    for (const QChar c : { QLatin1Char('.'), QLatin1Char('[') }) {
        const qsizetype at = path.indexOf(c);
        if (at >= 0 && at < end)
            end = at;
    }
    const QString key = path.left(end);
    QString rest = path.mid(end);
    if (rest.startsWith(QLatin1Char('.')))
        rest = rest.mid(1);
    QJsonObject object = node.toObject();
    if (!rest.isEmpty())
        object.insert(key, setAt(object.value(key), rest, value));
    else if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QJsonObject with(const QJsonObject &base, const QString &path, const QJsonValue &value)
{
    return setAt(base, path, value).toObject();
}

QJsonObject label(const QString &nl, const QString &en)
{
    return { { QStringLiteral("nl"), nl }, { QStringLiteral("en"), en } };
}

QJsonObject label(const char *text)
{
    return label(QString::fromUtf8(text), QString::fromUtf8(text));
}

QString text(qsizetype length, char c = 'a')
{
    return QString(length, QLatin1Char(c));
}

QJsonArray repeated(const QJsonValue &value, int times)
{
    QJsonArray array;
    for (int i = 0; i < times; ++i)
        array.append(value);
    return array;
}

QJsonObject progressUpdate()
{
    return { { QStringLiteral("date"), QStringLiteral("2026-11-01") },
        { QStringLiteral("value"), 2.5 }, { QStringLiteral("note"), label("Twee teams") } };
}

QJsonObject validAction()
{
    return {
        { QStringLiteral("id"), QStringLiteral("utr-roosters") },
        { QStringLiteral("region"), QStringLiteral("utrecht") },
        { QStringLiteral("title"),
            label(
                QStringLiteral("Roosters samen maken"), QStringLiteral("Rosters made together")) },
        { QStringLiteral("description"), label("Teams maken hun rooster zelf.") },
        { QStringLiteral("line"), QStringLiteral("anders_werken") },
        { QStringLiteral("themes"),
            QJsonArray { QStringLiteral("rosters"), QStringLiteral("voice") } },
        { QStringLiteral("commitment"),
            QJsonObject { { QStringLiteral("what"), label("Zeggenschap") },
                { QStringLiteral("who"), label("Teams") },
                { QStringLiteral("whoDoesWhat"), label("Teams roosteren") },
                { QStringLiteral("withWhat"), label("Een app") } } },
        { QStringLiteral("target"),
            QJsonObject { { QStringLiteral("metric"), label("Teams") },
                { QStringLiteral("baseline"), 0 }, { QStringLiteral("value"), 10 },
                { QStringLiteral("unit"), label("teams") },
                { QStringLiteral("date"), QStringLiteral("2027-06-30") } } },
        { QStringLiteral("progress"), QJsonArray { progressUpdate() } },
        { QStringLiteral("status"), QStringLiteral("running") },
        { QStringLiteral("source"), QStringLiteral("https://example.nl/roosters") },
        { QStringLiteral("example"), true },
    };
}

QJsonObject validJoin()
{
    return { { QStringLiteral("name"), QStringLiteral("Marloes Testpersoon") },
        { QStringLiteral("email"), QStringLiteral("marloes.test@example.nl") },
        { QStringLiteral("ageBand"), QStringLiteral("25-34") },
        { QStringLiteral("consentVersion"), 2 }, { QStringLiteral("consent"), true } };
}

QJsonObject validMembership()
{
    return { { QStringLiteral("panel"), QStringLiteral("jongraat-utrecht") },
        { QStringLiteral("name"), QStringLiteral("Marloes Testpersoon") },
        { QStringLiteral("phone"), QStringLiteral("+31 6 1234 5678") },
        { QStringLiteral("consentVersion"), 1 },
        { QStringLiteral("joined"), QStringLiteral("2026") },
        { QStringLiteral("ageRuleMet"), true } };
}

QJsonObject validIdea()
{
    return { { QStringLiteral("title"), QStringLiteral("Vaste inwerkbuddy") },
        { QStringLiteral("description"), QStringLiteral("Elke starter krijgt een vaste buddy.") },
        { QStringLiteral("theme"), QStringLiteral("onboarding") },
        { QStringLiteral("willHelp"), true }, { QStringLiteral("name"), QStringLiteral("Kees") } };
}

QString validKey()
{
    return QStringLiteral("0123456789abcdef0123456789abcdef");
}

QJsonArray panelsJson()
{
    QFile f(QStringLiteral(":/data/panels.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no :/data/panels.json");
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("panels")).toArray();
}

Panel jongRaat()
{
    ProtocolError e;
    const auto p = Panel::fromJson(panelsJson().at(0), &e);
    if (!p || p->id != QLatin1String("jongraat-utrecht"))
        qFatal("the first panel of data/panels.json is not jongraat-utrecht");
    return *p;
}

/// The first refusal: fromJson's, or else validate's (called with args); nullopt when valid.
template<typename T, typename... Args>
std::optional<ProtocolError> refusalOf(const QJsonValue &json, const Args &...args)
{
    ProtocolError e;
    const auto object = T::fromJson(json, &e);
    if (!object)
        return e;
    return object->validate(args...);
}

void addRefusalColumns()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is left out
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
}

void row(const char *name, const char *path, const QJsonValue &value, const char *field,
    const char *code, const char *reason)
{
    QTest::newRow(name) << QString::fromUtf8(path) << value << QString::fromUtf8(field)
                        << QString::fromUtf8(code) << QString::fromUtf8(reason);
}

const QJsonValue absent(QJsonValue::Undefined);

#define CHECK_REFUSAL(refusal)                                                                     \
    do {                                                                                           \
        QFETCH(QString, field);                                                                    \
        QFETCH(QString, code);                                                                     \
        QFETCH(QString, reason);                                                                   \
        QVERIFY2((refusal).has_value(), "accepted");                                               \
        QCOMPARE((refusal)->field, field);                                                         \
        QCOMPARE((refusal)->code, code);                                                           \
        QCOMPARE((refusal)->why(), reason);                                                        \
        QVERIFY(!(refusal)->message.isEmpty());                                                    \
    } while (false)

} // namespace

class TestWireObjects : public QObject
{
    Q_OBJECT

private slots:
    // Actions

    void actionRoundTrip()
    {
        ProtocolError e;
        const auto action = Action::fromJson(validAction(), &e);
        QVERIFY2(action, qPrintable(e.message));
        QCOMPARE(action->validate(QStringLiteral("utrecht")), std::nullopt);
        QCOMPARE(action->commitment.who.nl, QStringLiteral("Teams"));
        QCOMPARE(action->progress.size(), 1);
        QCOMPARE(action->progress.at(0).value, 2.5);
        QCOMPARE(action->target.value, 10.0);
        QCOMPARE(action->toJson(), validAction());
        // Without the optional fields they stay out.
        QJsonObject plain = validAction();
        plain.remove(QStringLiteral("source"));
        plain.remove(QStringLiteral("example"));
        const auto without = Action::fromJson(plain, &e);
        QVERIFY(without && !without->source && !without->example);
        QCOMPARE(without->toJson(), plain);
    }

    void actionRefusals_data()
    {
        addRefusalColumns();
        row("unknown field", "ip", QStringLiteral("1.2.3.4"), "ip", "unknown_field",
            "unknown_field");
        row("updated is the collector's", "updated", QStringLiteral("2026-11-01"), "updated",
            "unknown_field", "unknown_field");
        row("no id", "id", absent, "id", "invalid", "missing");
        row("bad id", "id", QStringLiteral("Has Spaces"), "id", "invalid", "invalid");
        row("id too short", "id", QStringLiteral("ab"), "id", "invalid", "invalid");
        row("id too long", "id", text(65), "id", "invalid", "invalid");
        row("other region", "region", QStringLiteral("rijnmond"), "region", "invalid", "invalid");
        row("no title", "title", absent, "title", "wrong_type", "missing");
        row("title not a label", "title", QStringLiteral("x"), "title", "wrong_type", "wrong_type");
        row("title with a third language", "title.de", QStringLiteral("x"), "title", "wrong_type",
            "wrong_type");
        row("title without English", "title.en", absent, "title", "wrong_type", "wrong_type");
        row("empty Dutch title", "title.nl", QString(), "title.nl", "invalid", "missing");
        row("blank English title", "title.en", QStringLiteral("  "), "title.en", "invalid",
            "missing");
        row("Dutch title as number", "title.nl", 5, "title.nl", "invalid", "wrong_type");
        row("title too long", "title.nl", text(121), "title.nl", "invalid", "too_long");
        row("description too long", "description.en", text(2001), "description.en", "invalid",
            "too_long");
        row("unknown line", "line", QStringLiteral("sideways"), "line", "invalid", "unknown_value");
        row("line as number", "line", 3, "line", "invalid", "wrong_type");
        row("no themes", "themes", QJsonArray {}, "themes", "wrong_type", "too_short");
        row("16 themes", "themes", repeated(QStringLiteral("rosters"), 16), "themes", "wrong_type",
            "too_long");
        row("themes as text", "themes", QStringLiteral("rosters"), "themes", "wrong_type",
            "wrong_type");
        row("unknown theme", "themes[1]", QStringLiteral("coffee"), "themes", "invalid",
            "unknown_value");
        row("theme as number", "themes[0]", 1, "themes", "invalid", "wrong_type");
        row("4W without who", "commitment.who", absent, "commitment.who", "wrong_type", "missing");
        row("4W with why", "commitment.why", label("x"), "commitment.why", "unknown_field",
            "unknown_field");
        row("commitment as text", "commitment", QStringLiteral("x"), "commitment", "wrong_type",
            "wrong_type");
        row("commitment too long", "commitment.whoDoesWhat.nl", text(1001),
            "commitment.whoDoesWhat.nl", "invalid", "too_long");
        row("target value as text", "target.value", QStringLiteral("10"), "target.value",
            "wrong_type", "wrong_type");
        row("no baseline", "target.baseline", absent, "target.baseline", "wrong_type", "missing");
        row("extra target field", "target.owner", QStringLiteral("x"), "target.owner",
            "unknown_field", "unknown_field");
        row("impossible target date", "target.date", QStringLiteral("2027-02-30"), "target.date",
            "invalid", "invalid");
        row("a time, not a day", "target.date", QStringLiteral("2027-06-30T10:00:00"),
            "target.date", "invalid", "invalid");
        row("target date as number", "target.date", 20270630, "target.date", "invalid",
            "wrong_type");
        row("metric too long", "target.metric.nl", text(201), "target.metric.nl", "invalid",
            "too_long");
        row("unit too long", "target.unit.en", text(51), "target.unit.en", "invalid", "too_long");
        row("progress as object", "progress", QJsonObject {}, "progress", "wrong_type",
            "wrong_type");
        row("progress entry as number", "progress[0]", 5, "progress[0]", "wrong_type",
            "wrong_type");
        row("bad progress date", "progress[0].date", QStringLiteral("yesterday"),
            "progress[0].date", "invalid", "invalid");
        row("extra progress field", "progress[0].who", QStringLiteral("x"), "progress[0].who",
            "unknown_field", "unknown_field");
        row("progress value as text", "progress[0].value", QStringLiteral("5"), "progress[0].value",
            "wrong_type", "wrong_type");
        row("progress without note", "progress[0].note", absent, "progress[0].note", "wrong_type",
            "missing");
        row("progress note too long", "progress[0].note.nl", text(501), "progress[0].note.nl",
            "invalid", "too_long");
        row("bad status", "status", QStringLiteral("maybe"), "status", "invalid", "unknown_value");
        row("no status", "status", absent, "status", "invalid", "missing");
        row("http source", "source", QStringLiteral("http://example.nl"), "source", "invalid",
            "invalid");
        row("source too long", "source", QStringLiteral("https://") + text(493), "source",
            "invalid", "too_long");
        row("source as number", "source", 1, "source", "invalid", "wrong_type");
        row("example as text", "example", QStringLiteral("yes"), "example", "wrong_type",
            "wrong_type");
    }

    void actionRefusals()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const auto refusal
            = refusalOf<Action>(with(validAction(), path, value), QStringLiteral("utrecht"));
        CHECK_REFUSAL(refusal);
        QCOMPARE(refusal->status, 422);
    }

    void actionLimitsAtTheirBoundaries_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        const auto add = [](const char *name, const char *path, const QJsonValue &v, bool ok) {
            QTest::newRow(name) << QString::fromUtf8(path) << v << ok;
        };
        add("title 120", "title.nl", text(limits::kActionTitleMax), true);
        add("title 121", "title.nl", text(limits::kActionTitleMax + 1), false);
        add("description 2000", "description.nl", text(limits::kActionDescriptionMax), true);
        add("description 2001", "description.nl", text(limits::kActionDescriptionMax + 1), false);
        add("4W 1000", "commitment.what.en", text(limits::kCommitmentMax), true);
        add("4W 1001", "commitment.what.en", text(limits::kCommitmentMax + 1), false);
        add("metric 200", "target.metric.en", text(limits::kTargetMetricMax), true);
        add("metric 201", "target.metric.en", text(limits::kTargetMetricMax + 1), false);
        add("unit 50", "target.unit.nl", text(limits::kTargetUnitMax), true);
        add("unit 51", "target.unit.nl", text(limits::kTargetUnitMax + 1), false);
        add("note 500", "progress[0].note.nl", text(limits::kProgressNoteMax), true);
        add("note 501", "progress[0].note.nl", text(limits::kProgressNoteMax + 1), false);
        add("1 theme", "themes", QJsonArray { QStringLiteral("voice") }, true);
        add("15 themes", "themes", repeated(QStringLiteral("voice"), limits::kMaxThemes), true);
        add("16 themes", "themes", repeated(QStringLiteral("voice"), limits::kMaxThemes + 1),
            false);
        add("no progress", "progress", QJsonArray {}, true);
        add("100 updates", "progress", repeated(progressUpdate(), limits::kMaxProgress), true);
        add("101 updates", "progress", repeated(progressUpdate(), limits::kMaxProgress + 1), false);
        add("source 500", "source", QStringLiteral("https://") + text(limits::kSourceMax - 8),
            true);
        add("source 501", "source", QStringLiteral("https://") + text(limits::kSourceMax - 7),
            false);
        add("id 3", "id", text(3), true);
        add("id 64", "id", text(64), true);
        add("id 65", "id", text(65), false);
        add("leap day", "target.date", QStringLiteral("2028-02-29"), true);
        add("no leap day", "target.date", QStringLiteral("2027-02-29"), false);
        for (const QLatin1String &status : limits::kActionStatuses)
            add(status.data(), "status", QString(status), true);
    }

    void actionLimitsAtTheirBoundaries()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        const QJsonObject json = with(validAction(), path, value);
        const auto refusal = refusalOf<Action>(json, QStringLiteral("utrecht"));
        QVERIFY2(refusal.has_value() != valid, refusal ? qPrintable(refusal->message) : "valid");
        if (valid) {
            ProtocolError e;
            QCOMPARE(Action::fromJson(json, &e)->toJson(), json);
        }
    }

    void actionNeedsAKnownRegion()
    {
        const auto refusal = refusalOf<Action>(
            with(validAction(), QStringLiteral("region"), QStringLiteral("atlantis")),
            QStringLiteral("atlantis"));
        QVERIFY(refusal);
        QCOMPARE(refusal->field, QStringLiteral("region"));
    }

    void notAnObjectIsMalformed()
    {
        ProtocolError e;
        QVERIFY(!Action::fromJson(QJsonArray {}, &e));
        QCOMPARE(e.status, 400);
        QCOMPARE(e.code, QStringLiteral("malformed"));
        QVERIFY(!JoinRequest::fromJson(QStringLiteral("x"), &e));
        QCOMPARE(e.code, QStringLiteral("malformed"));
        QVERIFY(!Idea::fromJson(5, &e));
        QCOMPARE(e.code, QStringLiteral("malformed"));
        QVERIFY(!KeyedReaction::fromJson(QJsonValue(), &e));
        QCOMPARE(e.code, QStringLiteral("malformed"));
        QVERIFY(!Panel::fromJson(true, &e));
        QCOMPARE(e.code, QStringLiteral("malformed"));
        QVERIFY(!Membership::fromJson(QJsonArray {}, &e));
        QCOMPARE(e.code, QStringLiteral("malformed"));
    }

    // Panels

    void everyPanelOfTheDataRoundTrips()
    {
        const QJsonArray panels = panelsJson();
        QVERIFY(panels.size() >= 3);
        bool someWithoutAgeRule = false;
        for (const QJsonValue &json : panels) {
            ProtocolError e;
            const auto p = Panel::fromJson(json, &e);
            QVERIFY2(p, qPrintable(e.field + QStringLiteral(": ") + e.message));
            QCOMPARE(p->validate(), std::nullopt);
            QCOMPARE(p->toJson(), json.toObject());
            someWithoutAgeRule = someWithoutAgeRule || p->ageBands.isEmpty();
        }
        QVERIFY(someWithoutAgeRule);
        QCOMPARE(
            jongRaat().ageBands, (QStringList { QStringLiteral("u25"), QStringLiteral("25-34") }));
    }

    void panelRefusals_data()
    {
        addRefusalColumns();
        row("unknown field", "secret", QStringLiteral("x"), "secret", "unknown_field",
            "unknown_field");
        row("no id", "id", absent, "id", "invalid", "missing");
        row("bad id", "id", QStringLiteral("Jong RAAT"), "id", "invalid", "invalid");
        row("name not a label", "name", QStringLiteral("Jong RAAT"), "name", "wrong_type",
            "wrong_type");
        row("no regions", "regions", QJsonArray {}, "regions", "invalid", "missing");
        row("unknown region", "regions[0]", QStringLiteral("atlantis"), "regions", "invalid",
            "unknown_value");
        row("regions as text", "regions", QStringLiteral("utrecht"), "regions", "invalid",
            "wrong_type");
        row("unknown style", "style", QStringLiteral("loud"), "style", "invalid", "unknown_value");
        row("unknown age band", "ageBands[0]", QStringLiteral("ancient"), "ageBands", "invalid",
            "unknown_value");
        row("empty age rule", "ageBands", QJsonArray {}, "ageBands", "invalid", "wrong_type");
        row("no consent version", "consentVersion", absent, "consentVersion", "wrong_type",
            "missing");
        row("consent version 0", "consentVersion", 0, "consentVersion", "invalid", "invalid");
        row("consent version 1.5", "consentVersion", 1.5, "consentVersion", "wrong_type",
            "wrong_type");
        row("empty consent text", "consentText.nl", QString(), "consentText.nl", "invalid",
            "missing");
        row("bad meeting date", "meetings[0].date", QStringLiteral("soon"), "meetings[0].date",
            "invalid", "invalid");
        row("extra meeting field", "meetings[1].room", QStringLiteral("B"), "meetings[1].room",
            "unknown_field", "unknown_field");
        row("step not a label", "howItWorks[0]", QStringLiteral("x"), "howItWorks[0]", "wrong_type",
            "wrong_type");
    }

    void panelRefusals()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const auto refusal = refusalOf<Panel>(with(panelsJson().at(0).toObject(), path, value));
        CHECK_REFUSAL(refusal);
    }

    // Join requests

    void joinRoundTrip()
    {
        ProtocolError e;
        const auto join = JoinRequest::fromJson(validJoin(), &e);
        QVERIFY2(join, qPrintable(e.message));
        QCOMPARE(join->validate(jongRaat()), std::nullopt);
        QVERIFY(join->email && !join->phone);
        QCOMPARE(join->toJson(), validJoin());
    }

    void joinRefusals_data()
    {
        addRefusalColumns();
        QTest::addColumn<int>("status");
        struct Row
        {
            const char *name, *path;
            QJsonValue value;
            const char *field, *code, *reason;
            int status;
        };
        const Row rows[] = {
            { "no consent", "consent", false, "consent", "consent_required", "consent_required",
                422 },
            { "consent left out", "consent", absent, "consent", "consent_required", "missing",
                422 },
            { "consent as text", "consent", QStringLiteral("true"), "consent", "consent_required",
                "wrong_type", 422 },
            { "old consent text", "consentVersion", 0, "consentVersion", "consent_outdated",
                "consent_outdated", 409 },
            { "consent text of version 1", "consentVersion", 1, "consentVersion",
                "consent_outdated", "consent_outdated", 409 },
            { "consent version as text", "consentVersion", QStringLiteral("1"), "consentVersion",
                "wrong_type", "wrong_type", 422 },
            { "too old for Jong RAAT", "ageBand", QStringLiteral("45-54"), "ageBand",
                "not_eligible", "not_eligible", 422 },
            { "unknown age band", "ageBand", QStringLiteral("ancient"), "ageBand", "unknown_value",
                "unknown_value", 422 },
            { "age band as number", "ageBand", 30, "ageBand", "unknown_value", "wrong_type", 422 },
            { "no age band for a panel with an age rule", "ageBand", absent, "ageBand",
                "unknown_value", "missing", 422 },
            // Data minimisation: the panel keeps no occupation group, so none is asked for.
            { "occupation group", "occupation", QStringLiteral("vpk_hbo"), "occupation",
                "unknown_field", "unknown_field", 422 },
            { "no contact", "email", absent, "email", "contact_required", "contact_required", 422 },
            { "a@b.c (top-level domain of one letter)", "email", QStringLiteral("a@b.c"), "email",
                "invalid", "invalid", 422 },
            { "bad e-mail", "email", QStringLiteral("not-an-address"), "email", "invalid",
                "invalid", 422 },
            { "two @", "email", QStringLiteral("a@b@example.nl"), "email", "invalid", "invalid",
                422 },
            { "space in e-mail", "email", QStringLiteral("a b@example.nl"), "email", "invalid",
                "invalid", 422 },
            { "empty e-mail", "email", QString(), "email", "invalid", "invalid", 422 },
            { "e-mail as number", "email", 42, "email", "invalid", "wrong_type", 422 },
            { "bad phone", "phone", QStringLiteral("call me"), "phone", "invalid", "invalid", 422 },
            { "phone of 7", "phone", QStringLiteral("1234567"), "phone", "invalid", "invalid",
                422 },
            { "phone of 21", "phone", QStringLiteral("123456789012345678901"), "phone", "invalid",
                "invalid", 422 },
            { "phone as number", "phone", 612345678, "phone", "invalid", "wrong_type", 422 },
            { "empty name", "name", QStringLiteral(" "), "name", "invalid", "missing", 422 },
            { "name too long", "name", text(101), "name", "invalid", "too_long", 422 },
            { "name as number", "name", 7, "name", "invalid", "wrong_type", 422 },
            { "no name", "name", absent, "name", "invalid", "missing", 422 },
            { "extra field", "employeeNumber", 12345, "employeeNumber", "unknown_field",
                "unknown_field", 422 },
        };
        for (const Row &r : rows)
            QTest::newRow(r.name) << QString::fromUtf8(r.path) << r.value
                                  << QString::fromUtf8(r.field) << QString::fromUtf8(r.code)
                                  << QString::fromUtf8(r.reason) << r.status;
    }

    void joinRefusals()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        const auto refusal = refusalOf<JoinRequest>(with(validJoin(), path, value), jongRaat());
        CHECK_REFUSAL(refusal);
        QCOMPARE(refusal->status, status);
    }

    void joinAcceptsAtTheBoundaries_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("name of 1") << "name" << QJsonValue(QStringLiteral("A"));
        QTest::newRow("name of 100") << "name" << QJsonValue(text(limits::kMemberNameMax));
        QTest::newRow("two-letter top-level domain")
            << "email" << QJsonValue(QStringLiteral("a@b.co"));
        QTest::newRow("phone of 8") << "phone" << QJsonValue(QStringLiteral("12345678"));
        QTest::newRow("phone of 20")
            << "phone" << QJsonValue(QStringLiteral("12345678901234567890"));
        QTest::newRow("international phone")
            << "phone" << QJsonValue(QStringLiteral("+31 (6) 1234-5678"));
        QTest::newRow("u25") << "ageBand" << QJsonValue(QStringLiteral("u25"));
    }

    void joinAcceptsAtTheBoundaries()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const QJsonObject json = with(validJoin(), path, value);
        const auto refusal = refusalOf<JoinRequest>(json, jongRaat());
        QVERIFY2(!refusal, refusal ? qPrintable(refusal->message) : "");
        ProtocolError e;
        QCOMPARE(JoinRequest::fromJson(json, &e)->toJson(), json);
    }

    void joinWithPhoneOnlyAndAPanelWithoutAgeRule()
    {
        QJsonObject json = validJoin();
        json.remove(QStringLiteral("email"));
        json.insert(QStringLiteral("phone"), QStringLiteral("+31 6 1234 5678"));
        json.insert(QStringLiteral("ageBand"), QStringLiteral("55plus"));
        ProtocolError e;
        const auto anyAge = Panel::fromJson(panelsJson().at(1), &e);
        QVERIFY(anyAge && anyAge->ageBands.isEmpty());
        QCOMPARE(refusalOf<JoinRequest>(json, *anyAge), std::nullopt);
        QCOMPARE(refusalOf<JoinRequest>(json, jongRaat())->code, QStringLiteral("not_eligible"));
        // A panel without an age rule needs no age band at all.
        json.remove(QStringLiteral("ageBand"));
        QCOMPARE(refusalOf<JoinRequest>(json, *anyAge), std::nullopt);
        QCOMPARE(JoinRequest::fromJson(json, &e)->toJson(), json);
    }

    // What the members file keeps instead of the age band: that the panel's age rule was met.
    void joinMeetsTheAgeRuleOnlyWhereThereIsOne()
    {
        ProtocolError e;
        const auto anyAge = Panel::fromJson(panelsJson().at(1), &e);
        QVERIFY(anyAge);
        auto join = JoinRequest::fromJson(validJoin(), &e);
        QVERIFY(join);
        QVERIFY(join->meetsAgeRule(jongRaat()));
        QVERIFY(!join->meetsAgeRule(*anyAge));
        join->ageBand = QStringLiteral("45-54");
        QVERIFY(!join->meetsAgeRule(jongRaat()));
        join->ageBand.reset();
        QVERIFY(!join->meetsAgeRule(jongRaat()));
        QVERIFY(!join->meetsAgeRule(*anyAge));
    }

    // Memberships

    void membershipRoundTrip()
    {
        ProtocolError e;
        const auto m = Membership::fromJson(validMembership(), &e);
        QVERIFY2(m, qPrintable(e.message));
        QCOMPARE(m->validate(), std::nullopt);
        QVERIFY(!m->email && m->phone);
        QCOMPARE(m->toJson(), validMembership());
    }

    void membershipRefusals_data()
    {
        addRefusalColumns();
        row("unknown field", "secret", QStringLiteral("zsm_1"), "secret", "unknown_field",
            "unknown_field");
        row("joined on a day", "joined", QStringLiteral("2026-11-23"), "joined", "invalid",
            "invalid");
        // A month would equal a response's period (DESIGN §5 rule 7).
        row("joined in a month", "joined", QStringLiteral("2026-11"), "joined", "invalid",
            "invalid");
        row("joined as a number", "joined", 2026, "joined", "invalid", "wrong_type");
        row("no joined", "joined", absent, "joined", "invalid", "missing");
        row("no contact", "phone", absent, "email", "contact_required", "contact_required");
        row("a@b.c", "email", QStringLiteral("a@b.c"), "email", "invalid", "invalid");
        row("name too long", "name", text(101), "name", "invalid", "too_long");
        // Strata a response carries are not part of a membership.
        row("occupation group", "occupation", QStringLiteral("vpk_hbo"), "occupation",
            "unknown_field", "unknown_field");
        row("age band", "ageBand", QStringLiteral("25-34"), "ageBand", "unknown_field",
            "unknown_field");
        row("no ageRuleMet", "ageRuleMet", absent, "ageRuleMet", "wrong_type", "missing");
        row("ageRuleMet as text", "ageRuleMet", QStringLiteral("true"), "ageRuleMet", "wrong_type",
            "wrong_type");
        row("consent version as text", "consentVersion", QStringLiteral("1"), "consentVersion",
            "wrong_type", "wrong_type");
    }

    void membershipRefusals()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const auto refusal = refusalOf<Membership>(with(validMembership(), path, value));
        CHECK_REFUSAL(refusal);
    }

    // Ideas

    void ideaRoundTrip()
    {
        ProtocolError e;
        const auto idea = Idea::fromJson(validIdea(), &e);
        QVERIFY2(idea, qPrintable(e.message));
        QCOMPARE(idea->validate(), std::nullopt);
        QCOMPARE(idea->toJson(), validIdea());
        QJsonObject anonymous = validIdea();
        anonymous.remove(QStringLiteral("name"));
        const auto withoutName = Idea::fromJson(anonymous, &e);
        QVERIFY(withoutName && !withoutName->name);
        QCOMPARE(withoutName->validate(), std::nullopt);
        QCOMPARE(withoutName->toJson(), anonymous);
    }

    void ideaRefusals_data()
    {
        addRefusalColumns();
        row("title too short", "title", QStringLiteral("ab"), "title", "invalid", "too_short");
        row("title short once trimmed", "title", QStringLiteral("  ab  "), "title", "invalid",
            "too_short");
        row("title too long", "title", text(121), "title", "invalid", "too_long");
        row("no title", "title", absent, "title", "invalid", "missing");
        row("blank title", "title", QStringLiteral("   "), "title", "invalid", "missing");
        row("description too short", "description", text(9), "description", "invalid", "too_short");
        row("description too long", "description", text(2001), "description", "invalid",
            "too_long");
        row("description as number", "description", 12, "description", "invalid", "wrong_type");
        row("unknown theme", "theme", QStringLiteral("coffee"), "theme", "unknown_value",
            "unknown_value");
        row("no theme", "theme", absent, "theme", "unknown_value", "missing");
        row("no willHelp", "willHelp", absent, "willHelp", "wrong_type", "missing");
        row("willHelp as text", "willHelp", QStringLiteral("yes"), "willHelp", "wrong_type",
            "wrong_type");
        row("name too long", "name", text(101), "name", "invalid", "too_long");
        row("empty name", "name", QString(), "name", "invalid", "missing");
        row("name as number", "name", 3, "name", "invalid", "wrong_type");
        row("extra field", "email", QStringLiteral("kees@example.nl"), "email", "unknown_field",
            "unknown_field");
    }

    void ideaRefusals()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const auto refusal = refusalOf<Idea>(with(validIdea(), path, value));
        CHECK_REFUSAL(refusal);
        QCOMPARE(refusal->status, 422);
    }

    void ideaLimitsAtTheirBoundaries_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        const auto add = [](const char *name, const char *path, const QJsonValue &v, bool ok) {
            QTest::newRow(name) << QString::fromUtf8(path) << v << ok;
        };
        add("title 2", "title", text(limits::kIdeaTitleMin - 1), false);
        add("title 3", "title", text(limits::kIdeaTitleMin), true);
        add("title 120", "title", text(limits::kIdeaTitleMax), true);
        add("title 121", "title", text(limits::kIdeaTitleMax + 1), false);
        add("description 9", "description", text(limits::kIdeaDescriptionMin - 1), false);
        add("description 10", "description", text(limits::kIdeaDescriptionMin), true);
        add("description 2000", "description", text(limits::kIdeaDescriptionMax), true);
        add("description 2001", "description", text(limits::kIdeaDescriptionMax + 1), false);
        add("name 1", "name", text(limits::kIdeaNameMin), true);
        add("name 100", "name", text(limits::kIdeaNameMax), true);
        add("name 101", "name", text(limits::kIdeaNameMax + 1), false);
    }

    void ideaLimitsAtTheirBoundaries()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        const auto refusal = refusalOf<Idea>(with(validIdea(), path, value));
        QVERIFY2(refusal.has_value() != valid, refusal ? qPrintable(refusal->message) : "valid");
    }

    // Reactions and supports

    void keyedRoundTrip()
    {
        const QJsonObject reaction { { QStringLiteral("kind"), QStringLiteral("help") },
            { QStringLiteral("key"), validKey() } };
        ProtocolError e;
        const auto r = KeyedReaction::fromJson(reaction, &e);
        QVERIFY(r);
        QCOMPARE(r->validate(KeyedReaction::reactionKinds()), std::nullopt);
        QCOMPARE(r->toJson(), reaction);
        const QJsonObject support { { QStringLiteral("key"), validKey() } };
        const auto s = KeyedReaction::fromJson(support, &e);
        QVERIFY(s && !s->kind);
        QCOMPARE(s->validate({}), std::nullopt);
        QCOMPARE(s->toJson(), support);
        QCOMPARE(KeyedReaction::reactionKinds(),
            (QStringList { QStringLiteral("useful"), QStringLiteral("help") }));
    }

    void keyedRefusals_data()
    {
        addRefusalColumns();
        QTest::addColumn<bool>("isSupport");
        const auto add
            = [](const char *name, const char *path, const QJsonValue &v, const char *field,
                  const char *code, const char *reason, bool isSupport) {
                  QTest::newRow(name)
                      << QString::fromUtf8(path) << v << QString::fromUtf8(field)
                      << QString::fromUtf8(code) << QString::fromUtf8(reason) << isSupport;
              };
        add("unknown kind", "kind", QStringLiteral("love"), "kind", "invalid", "unknown_value",
            false);
        add("no kind", "kind", absent, "kind", "invalid", "missing", false);
        add("kind as number", "kind", 1, "kind", "invalid", "wrong_type", false);
        add("short key", "key", QStringLiteral("short"), "key", "invalid", "invalid", false);
        add("key of 31", "key", text(31, 'a'), "key", "invalid", "invalid", false);
        add("key of 33", "key", text(33, 'a'), "key", "invalid", "invalid", false);
        add("upper-case key", "key", validKey().toUpper(), "key", "invalid", "invalid", false);
        add("no key", "key", absent, "key", "invalid", "missing", false);
        add("key as number", "key", 7, "key", "invalid", "wrong_type", false);
        add("extra field", "device", QStringLiteral("x"), "device", "unknown_field",
            "unknown_field", false);
        add("support with a kind", "kind", QStringLiteral("useful"), "kind", "unknown_field",
            "unknown_field", true);
        add("support without key", "key", absent, "key", "invalid", "missing", true);
    }

    void keyedRefusals()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(bool, isSupport);
        QJsonObject base { { QStringLiteral("key"), validKey() } };
        if (!isSupport)
            base.insert(QStringLiteral("kind"), QStringLiteral("useful"));
        const auto refusal = refusalOf<KeyedReaction>(
            with(base, path, value), isSupport ? QStringList() : KeyedReaction::reactionKinds());
        CHECK_REFUSAL(refusal);
    }

    void keyOf32HexDigitsIsTheBoundary()
    {
        const QJsonObject support { { QStringLiteral("key"), text(32, 'f') } };
        QCOMPARE(refusalOf<KeyedReaction>(support, QStringList()), std::nullopt);
    }

    // The error shape

    void reasonDoesNotTravel()
    {
        const ProtocolError e { 422, QStringLiteral("invalid"), QStringLiteral("too long"),
            QStringLiteral("title"), QStringLiteral("too_long") };
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QLatin1String("error")).toObject().keys(),
            (QStringList {
                QStringLiteral("code"), QStringLiteral("field"), QStringLiteral("message") }));
        const auto back = ProtocolError::fromJson(json, 422);
        QVERIFY(back);
        QCOMPARE(back->code, QStringLiteral("invalid"));
        QCOMPARE(back->field, QStringLiteral("title"));
        QCOMPARE(back->why(), QStringLiteral("invalid")); // no reason: the wire code
        QCOMPARE(e.why(), QStringLiteral("too_long"));
    }
};

QTEST_GUILESS_MAIN(TestWireObjects)
#include "tst_wireobjects.moc"
