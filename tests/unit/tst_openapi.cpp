// docs/openapi.yaml against the collector's one route table (CollectorServer::routes()): every
// route the collector serves is documented with its method, and the document names no route the
// collector does not serve. The YAML is read line by line (two-space indentation, as written).

#include "collectorserver.h"

#include <QFile>
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

/// The methods under each key of the top-level "paths:" map.
Document readOpenApi(const QString &fileName)
{
    Document doc;
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        doc.problems.append(QStringLiteral("cannot read ") + fileName);
        return doc;
    }
    static const QRegularExpression pathLine(QStringLiteral("^  (/[^:\\s]*):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|put|post|delete|patch|head|options|trace):"));
    static const QRegularExpression parameter(QStringLiteral("\\{([^}]+)\\}"));
    bool inPaths = false;
    QString path;
    QString body; // the lines of the current path, to find its parameter declarations
    int methods = 0;
    const auto finishPath = [&] {
        if (path.isEmpty())
            return;
        if (methods == 0)
            doc.problems.append(path + QStringLiteral(": no methods"));
        for (auto m = parameter.globalMatch(path); m.hasNext();) {
            const QString name = m.next().captured(1);
            if (!body.contains(QStringLiteral("name: %1, in: path").arg(name))
                && !body.contains(QStringLiteral("$ref: \"#/components/parameters/")))
                doc.problems.append(path + QStringLiteral(": parameter %1 undeclared").arg(name));
        }
    };
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).chopped(1);
        if (!line.isEmpty() && !line.at(0).isSpace() && !line.startsWith(QLatin1Char('#'))) {
            finishPath();
            path.clear();
            inPaths = line == QLatin1String("paths:");
            continue;
        }
        if (!inPaths)
            continue;
        if (const auto m = pathLine.match(line); m.hasMatch()) {
            finishPath();
            path = m.captured(1);
            body.clear();
            methods = 0;
        } else if (const auto mm = methodLine.match(line); mm.hasMatch() && !path.isEmpty()) {
            ++methods;
            doc.routes.insert(mm.captured(1) + QLatin1Char(' ')
                + QString(path).replace(parameter, QStringLiteral("{}")));
        } else {
            body += line + QLatin1Char('\n');
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
                "    summary: none\ncomponents:\n  /v1/c:\n    get:\n");
        f.close();
        const Document doc = readOpenApi(f.fileName());
        QCOMPARE(doc.routes, (QSet<QString> { QStringLiteral("get /v1/a/{}") }));
        QCOMPARE(doc.problems, (QStringList { QStringLiteral("/v1/b: no methods") }));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
