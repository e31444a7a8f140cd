// docs/openapi.yaml against the collector's one route table (CollectorServer::routes()): every
// route the collector serves is documented with its method, and the document names no route the
// collector does not serve. The YAML is read line by line (two-space indentation, as written).

#include "collectorserver.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>

using namespace zs;

namespace {

QString verbOf(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QStringLiteral("get");
    case M::Post:
        return QStringLiteral("post");
    case M::Put:
        return QStringLiteral("put");
    case M::Delete:
        return QStringLiteral("delete");
    case M::Patch:
        return QStringLiteral("patch");
    default:
        return QStringLiteral("other");
    }
}

/// "get /v1/regions/{}/actions": a route with its path parameters unnamed.
QSet<QString> servedRoutes()
{
    QSet<QString> routes;
    for (const Route &r : CollectorServer::routes())
        routes.insert(verbOf(r.method) + QLatin1Char(' ')
            + QString(r.path).replace(QLatin1String("<arg>"), QLatin1String("{}")));
    return routes;
}

struct Document
{
    QSet<QString> routes; ///< as servedRoutes() spells them
    QStringList problems; ///< a path parameter not declared, a path without methods
};

/// The lines of the top-level section "name:" (without it), up to the next top-level key.
QStringList section(const QStringList &lines, const QString &name)
{
    QStringList out;
    bool in = false;
    for (const QString &line : lines) {
        if (!line.isEmpty() && !line.at(0).isSpace() && !line.startsWith(QLatin1Char('#'))) {
            in = line == name + QLatin1Char(':');
            continue;
        }
        if (in)
            out.append(line);
    }
    return out;
}

/// components/parameters: the component's key -> the path parameter it declares.
QHash<QString, QString> pathParameterComponents(const QStringList &components)
{
    static const QRegularExpression key(QStringLiteral("^    ([A-Za-z0-9_]+):"));
    static const QRegularExpression pathName(QStringLiteral("name: ([A-Za-z0-9_-]+),? in: path"));
    QHash<QString, QString> map;
    bool inParameters = false;
    QString current;
    for (const QString &line : components) {
        if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   "))) {
            inParameters = line.trimmed() == QLatin1String("parameters:");
            continue;
        }
        if (!inParameters)
            continue;
        if (const auto m = key.match(line); m.hasMatch())
            current = m.captured(1);
        else if (const auto n = pathName.match(line); n.hasMatch() && !current.isEmpty())
            map.insert(current, n.captured(1));
    }
    return map;
}

/// The methods under each key of the top-level "paths:" map, and each path's parameters
/// checked against its declarations (inline, or a $ref to components/parameters).
Document readOpenApi(const QString &fileName)
{
    Document doc;
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        doc.problems.append(QStringLiteral("cannot read ") + fileName);
        return doc;
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    const QHash<QString, QString> components
        = pathParameterComponents(section(lines, QStringLiteral("components")));
    static const QRegularExpression pathLine(QStringLiteral("^  (/[^:\\s]*):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|put|post|delete|patch|head|options|trace):"));
    static const QRegularExpression parameter(QStringLiteral("\\{([^}]+)\\}"));
    static const QRegularExpression inlineName(QStringLiteral("name: ([A-Za-z0-9_-]+),? in: path"));
    static const QRegularExpression reference(
        QStringLiteral("\\$ref: \"#/components/parameters/([A-Za-z0-9_]+)\""));
    QString path;
    QSet<QString> declared;
    int methods = 0;
    const auto finishPath = [&] {
        if (path.isEmpty())
            return;
        if (methods == 0)
            doc.problems.append(path + QStringLiteral(": no methods"));
        for (auto m = parameter.globalMatch(path); m.hasNext();) {
            const QString name = m.next().captured(1);
            if (!declared.contains(name))
                doc.problems.append(path + QStringLiteral(": parameter %1 undeclared").arg(name));
        }
    };
    for (const QString &line : section(lines, QStringLiteral("paths"))) {
        if (const auto m = pathLine.match(line); m.hasMatch()) {
            finishPath();
            path = m.captured(1);
            declared.clear();
            methods = 0;
        } else if (const auto mm = methodLine.match(line); mm.hasMatch() && !path.isEmpty()) {
            ++methods;
            doc.routes.insert(mm.captured(1) + QLatin1Char(' ')
                + QString(path).replace(parameter, QStringLiteral("{}")));
        } else if (const auto n = inlineName.match(line); n.hasMatch()) {
            declared.insert(n.captured(1));
        } else if (const auto r = reference.match(line); r.hasMatch()) {
            if (components.contains(r.captured(1)))
                declared.insert(components.value(r.captured(1)));
        }
    }
    finishPath();
    return doc;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1String(", "));
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void documentIsTheRouteTable()
    {
        const Document doc
            = readOpenApi(QStringLiteral(ZS_SOURCE_DIR) + QStringLiteral("/docs/openapi.yaml"));
        QVERIFY2(doc.problems.isEmpty(), qPrintable(doc.problems.join(QLatin1String("; "))));
        const QSet<QString> served = servedRoutes();
        QVERIFY(!served.isEmpty());
        QVERIFY2(!served.contains(QStringLiteral("other")), "a route with an unexpected method");
        QVERIFY2((served - doc.routes).isEmpty(),
            qPrintable(
                QStringLiteral("served but not documented: ") + sorted(served - doc.routes)));
        QVERIFY2((doc.routes - served).isEmpty(),
            qPrintable(
                QStringLiteral("documented but not served: ") + sorted(doc.routes - served)));
    }

    void readerSeesWhatIsMissing()
    {
        // The reader itself: a path and method it must find, and one that is not a route.
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write("openapi: 3.0.3\npaths:\n  /v1/a/{id}:\n    get:\n      parameters:\n"
                "        - { name: id, in: path, required: true }\n  /v1/b:\n"
                "    summary: none\n  /v1/d/{x}:\n    post:\n      parameters:\n"
                "        - $ref: \"#/components/parameters/X\"\n  /v1/e/{y}:\n    get:\n"
                "components:\n  /v1/c:\n    get:\n  parameters:\n    X:\n"
                "      { name: x, in: path }\n");
        f.close();
        const Document doc = readOpenApi(f.fileName());
        QCOMPARE(doc.routes,
            (QSet<QString> { QStringLiteral("get /v1/a/{}"), QStringLiteral("post /v1/d/{}"),
                QStringLiteral("get /v1/e/{}") }));
        QCOMPARE(doc.problems,
            (QStringList { QStringLiteral("/v1/b: no methods"),
                QStringLiteral("/v1/e/{y}: parameter y undeclared") }));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
