// Qt Quick Test entry: each tst_*.qml runs in its own process (one CTest entry per file) with a
// fresh AppController on a temporary data folder, and a helper that saves real screenshots.
#include "appcontext.h"
#include "appcontroller.h"
#include "collectorprocess.h"
#include "coordinatorseeder.h"
#include "dashboardsingletons.h"
#include "panelrounds.h"
#include "qmlsingletons.h"
#include "regioncontroller.h"
#include "releaseseeder.h"
#include "sessionmanager.h"
#include "tokenvault.h"

#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

Q_IMPORT_QML_PLUGIN(ZorgstemPlugin)
Q_IMPORT_QML_PLUGIN(ZorgstemUiPlugin)
Q_IMPORT_QML_PLUGIN(ZorgstemDashboardPlugin)

/// Saves a window's real frame (QQuickWindow::grabWindow) as PNG for people to look at.
class Screenshots : public QObject
{
    Q_OBJECT
public:
    explicit Screenshots(const QString &dir, QObject *parent = nullptr)
        : QObject(parent)
        , m_dir(dir)
    {
        QDir().mkpath(dir);
    }
    /// Grabs the window and writes DIR/name.png; returns the file path or "" on failure.
    Q_INVOKABLE QString save(QQuickWindow *window, const QString &name)
    {
        if (!window)
            return {};
        const QImage image = window->grabWindow();
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        return !image.isNull() && image.save(path) ? path : QString();
    }

private:
    QString m_dir;
};

/// What invitation tests need: codes from the real collector (`invitations create`), and QR
/// images of a text, written with zxing-cpp's encoder as an invitation sheet would print them.
class Invitations : public QObject
{
    Q_OBJECT
public:
    Invitations(zs::test::CollectorProcess *collector, const QString &dir, QObject *parent)
        : QObject(parent)
        , m_collector(collector)
        , m_dir(dir)
    {
        QDir().mkpath(dir);
    }
    /// Fresh one-time codes (written form) of an employer for a survey kind.
    Q_INVOKABLE QStringList create(const QString &employer, const QString &survey, int count)
    {
        QStringList codes = m_collector->invite(employer, survey, count);
        if (codes.isEmpty())
            qWarning("invitations create failed: %s", qPrintable(m_collector->lastError()));
        return codes;
    }
    /// The collector's base URL, for links.
    Q_INVOKABLE QString collector() const { return m_collector->baseUrl().toString(); }
    /// A PNG of a QR code holding text, with a quiet zone; returns its file URL.
    Q_INVOKABLE QUrl qrImage(const QString &text, const QString &name)
    {
        const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                          .setMargin(4)
                                          .encode(text.toStdWString(), 400, 400);
        QImage image(bits.width(), bits.height(), QImage::Format_Grayscale8);
        for (int y = 0; y < bits.height(); ++y) {
            for (int x = 0; x < bits.width(); ++x)
                image.setPixel(x, y, bits.get(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
        }
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        return image.save(path) ? QUrl::fromLocalFile(path) : QUrl();
    }

private:
    zs::test::CollectorProcess *m_collector;
    QString m_dir;
};

/// What dashboard tests read back: files the app wrote (a PDF through poppler's pdfinfo and
/// pdftotext, a CSV as text), in a folder of the test's own.
class Files : public QObject
{
    Q_OBJECT
public:
    Files(const QString &dir, QObject *parent)
        : QObject(parent)
        , m_dir(dir)
    {
        QDir().mkpath(dir);
    }
    /// The file URL of a name in the test's folder.
    Q_INVOKABLE QUrl url(const QString &name) const
    {
        return QUrl::fromLocalFile(QDir(m_dir).filePath(name));
    }
    Q_INVOKABLE bool exists(const QUrl &file) const { return QFile::exists(file.toLocalFile()); }
    /// The file's bytes as UTF-8 text ("" when it cannot be read).
    Q_INVOKABLE QString text(const QUrl &file) const
    {
        QFile f(file.toLocalFile());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    /// The first bytes of the file in hex ("efbbbf" for a UTF-8 byte-order mark).
    Q_INVOKABLE QString hexHead(const QUrl &file, int bytes) const
    {
        QFile f(file.toLocalFile());
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.read(bytes).toHex()) : QString();
    }
    /// pdfinfo's or pdftotext's output for a PDF ("" when the tool fails).
    Q_INVOKABLE QString pdfInfo(const QUrl &file) const
    {
        return tool(QStringLiteral("pdfinfo"), { file.toLocalFile() });
    }
    Q_INVOKABLE QString pdfText(const QUrl &file) const
    {
        return tool(QStringLiteral("pdftotext"), { file.toLocalFile(), QStringLiteral("-") });
    }

private:
    static QString tool(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    QString m_dir;
};

/// What the offline tests need (`collectorControl` in QML): the real collector killed, as when the
/// network goes, and started again on the same port and file; a coordinator's write to it; and
/// the clock the lists' ages are measured against.
class CollectorControl : public QObject
{
    Q_OBJECT
public:
    CollectorControl(
        zs::test::CollectorProcess *collector, zs::AppContext **context, QObject *parent)
        : QObject(parent)
        , m_collector(collector)
        , m_context(context)
    { }
    void setToken(const QString &token) { m_token = token; }
    /// SIGKILL: from now on the app gets no answer.
    Q_INVOKABLE void kill() { m_collector->kill(); }
    /// Starts it again on the same port and file; false when it did not start.
    Q_INVOKABLE bool restart()
    {
        if (!m_collector->restart()) {
            qWarning("restart: %s", qPrintable(m_collector->lastError()));
            return false;
        }
        return true;
    }
    /// POST a JSON body with the coordinator token (publish an action or a round): the status.
    Q_INVOKABLE int post(const QString &path, const QVariantMap &body)
    {
        const zs::test::HttpReply r = m_http.post(m_collector->url(path),
            QJsonDocument(QJsonObject::fromVariantMap(body)).toJson(QJsonDocument::Compact),
            QByteArrayLiteral("application/json"),
            { { "Authorization", "Bearer " + m_token.toUtf8() } });
        if (r.status >= 300)
            qWarning("post %s: %s", qPrintable(path), r.describe().constData());
        return r.status;
    }
    /// GET with the coordinator token: the JSON, with the status as "status".
    Q_INVOKABLE QVariantMap get(const QString &path)
    {
        const zs::test::HttpReply r = m_http.get(
            m_collector->url(path), { { "Authorization", "Bearer " + m_token.toUtf8() } });
        QVariantMap map = r.json().toVariantMap();
        map.insert(QStringLiteral("status"), r.status);
        return map;
    }
    /// Lets minutes pass for the lists' ages ("updated 5 min ago").
    Q_INVOKABLE void advanceMinutes(int minutes)
    {
        (*m_context)->setNow((*m_context)->now().addSecs(qint64(minutes) * 60));
    }
    /// Back to the real time.
    Q_INVOKABLE void resetClock() { (*m_context)->setNow({}); }

private:
    zs::test::CollectorProcess *m_collector;
    zs::AppContext **m_context;
    zs::test::Http m_http;
    QString m_token;
};

/// What a screen reader and a person with large text get: the window's accessibility tree
/// (QAccessible, as Orca or TalkBack read it) and the system font's size.
class Comfort : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// The controls a screen reader reaches in the window that have no name, as
    /// "role objectName (x,y)"; turns accessibility on first (controls name themselves then).
    Q_INVOKABLE QStringList unnamedControls(QQuickWindow *window)
    {
        QAccessible::setActive(true);
        QStringList unnamed;
        if (QAccessibleInterface *root = QAccessible::queryAccessibleInterface(window))
            collectUnnamed(root, unnamed, 0);
        return unnamed;
    }
    /// How many controls the screen reader reaches (so a test knows the walk saw something).
    Q_INVOKABLE int controlCount(QQuickWindow *window)
    {
        QAccessible::setActive(true);
        int count = 0;
        if (QAccessibleInterface *root = QAccessible::queryAccessibleInterface(window))
            countControls(root, count, 0);
        return count;
    }
    /// The system font at `scale` times a normal size (10 pt), as a person's setting would.
    Q_INVOKABLE void setFontScale(qreal scale)
    {
        QFont font = QGuiApplication::font();
        font.setPointSizeF(10.0 * scale);
        QGuiApplication::setFont(font);
    }

private:
    static bool isControl(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::Button:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::Slider:
        case QAccessible::SpinBox:
        case QAccessible::PageTab:
        case QAccessible::Link:
        case QAccessible::ProgressBar:
            return true;
        default:
            return false;
        }
    }
    static bool shown(QAccessibleInterface *iface)
    {
        const QAccessible::State state = iface->state();
        return !state.invisible && !state.offscreen;
    }
    static void countControls(QAccessibleInterface *iface, int &count, int depth)
    {
        if (depth > 64 || !shown(iface))
            return;
        if (isControl(iface->role()))
            ++count;
        for (int i = 0; i < iface->childCount(); ++i) {
            if (QAccessibleInterface *child = iface->child(i))
                countControls(child, count, depth + 1);
        }
    }
    static void collectUnnamed(QAccessibleInterface *iface, QStringList &unnamed, int depth)
    {
        if (depth > 64 || !shown(iface))
            return;
        if (isControl(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
            const QRect r = iface->rect();
            const QObject *object = iface->object();
            unnamed.append(
                QStringLiteral("role %1 '%2' %3 at (%4,%5)")
                    .arg(int(iface->role()))
                    .arg(object ? object->objectName() : QString(),
                        object ? QString::fromLatin1(object->metaObject()->className()) : QString())
                    .arg(r.x())
                    .arg(r.y()));
        }
        for (int i = 0; i < iface->childCount(); ++i) {
            if (QAccessibleInterface *child = iface->child(i))
                collectUnnamed(child, unnamed, depth + 1);
        }
    }
};

/// Stands in for the collector's receipt in UI tests that run offline: the queued answers of
/// a survey are acknowledged as the sync client would, so only a receipt stays (rule 8).
class SentFixture : public QObject
{
    Q_OBJECT
public:
    SentFixture(zs::AppContext *context, zs::AppController *controller, QObject *parent)
        : QObject(parent)
        , m_context(context)
        , m_controller(controller)
    { }
    /// Acknowledges every queued submission of surveyId (for the month period); false when
    /// none waited or the receipt could not be stored.
    Q_INVOKABLE bool markSent(const QString &surveyId, const QString &period)
    {
        QStringList ids;
        for (const zs::OutboxItem &item : m_context->outbox().pending(500)) {
            if (item.surveyId == surveyId && item.period == period)
                ids.append(item.submissionId);
        }
        if (ids.isEmpty() || !m_context->outbox().acknowledge(ids))
            return false;
        m_controller->surveyQueued(); // the home page reads the receipt
        return true;
    }

private:
    zs::AppContext *m_context;
    zs::AppController *m_controller;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Port 9 (discard) on loopback: nothing listens, so the app is "offline" - unless the
        // test asks for the real collector (ZS_WITH_COLLECTOR=1), started on a free port.
        QUrl collector(QStringLiteral("http://127.0.0.1:9"));
        if (qEnvironmentVariableIsSet("ZS_WITH_COLLECTOR"))
            collector = startCollector();
        m_context = new zs::AppContext(m_dir.filePath(QStringLiteral("app")), collector, this);
        m_context->setToday(QDate(2026, 11, 22));
        m_controller = new zs::AppController(*m_context, this);
        m_controller->setEngine(engine);
        m_region = new zs::RegionController(*m_context, *m_controller, this);
        m_region->watchNetwork(); // as the app does after its first frame
        zs::QmlSingletons::set(m_controller, m_region);
        // The dashboards' session, with a keychain service of the tests' own (tst_ui runs
        // without a secret service: the token stays in memory, as the page then says).
        m_vault = new zs::TokenVault(QStringLiteral("zorgstem-uitest"), this);
        m_session = new zs::SessionManager(*m_context, m_vault, this);
        connect(
            m_controller, &zs::AppController::dataErased, m_session, &zs::SessionManager::signOut);
        m_region->follow(m_session);
        zs::DashboardSingletons::set(m_session);
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        const QString shots = qEnvironmentVariable(
            "ZS_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        engine->rootContext()->setContextProperty(
            QStringLiteral("screenshots"), new Screenshots(shots, this));
        engine->rootContext()->setContextProperty(QStringLiteral("comfort"), new Comfort(this));
        engine->rootContext()->setContextProperty(
            QStringLiteral("coordinatorToken"), m_coordinatorToken);
        engine->rootContext()->setContextProperty(QStringLiteral("invitations"),
            new Invitations(&m_collector, m_dir.filePath(QStringLiteral("qr")), this));
        engine->rootContext()->setContextProperty(QStringLiteral("seeder"),
            new CoordinatorSeeder(&m_collector, m_dir.filePath(QStringLiteral("files")), this));
        auto *rounds = new PanelRounds(&m_collector, this);
        rounds->setToken(m_coordinatorToken);
        engine->rootContext()->setContextProperty(QStringLiteral("panelRounds"), rounds);
        auto *control = new CollectorControl(&m_collector, &m_context, this);
        control->setToken(m_coordinatorToken);
        engine->rootContext()->setContextProperty(QStringLiteral("collectorControl"), control);
        engine->rootContext()->setContextProperty(
            QStringLiteral("files"), new Files(m_dir.filePath(QStringLiteral("files")), this));
        engine->rootContext()->setContextProperty(QStringLiteral("employerToken"), m_employerToken);
        engine->rootContext()->setContextProperty(
            QStringLiteral("emptyEmployerToken"), m_emptyToken);
        engine->rootContext()->setContextProperty(
            QStringLiteral("collectorUrl"), collector.toString());
        engine->rootContext()->setContextProperty(
            QStringLiteral("sentFixture"), new SentFixture(m_context, m_controller, this));
    }

private:
    /// Starts the real collector on a free loopback port with one sample employer and the
    /// region's coordinator (whose token the tests get as coordinatorToken).
    QUrl startCollector()
    {
        if (m_collector
                .addEmployer(QStringLiteral("utrecht"), QStringLiteral("zorg-utrecht"),
                    QStringLiteral("Zorg Utrecht"))
                .isEmpty())
            qFatal("could not add the sample employer: %s", qPrintable(m_collector.lastError()));
        m_coordinatorToken = m_collector.addCoordinator(QStringLiteral("utrecht"));
        if (m_coordinatorToken.isEmpty())
            qFatal("could not add the coordinator: %s", qPrintable(m_collector.lastError()));
        if (!m_collector.start())
            qFatal("the collector did not start: %s", qPrintable(m_collector.lastError()));
        if (qEnvironmentVariableIsSet("ZS_WITH_RELEASES"))
            seedReleases();
        return m_collector.baseUrl();
    }

    /// Releases for the dashboard tests (tst_employer*): De Linde has two exit releases
    /// (last month's and this month's) and one stay release; a second employer makes the
    /// region's benchmark differ; Het Anker has none (the empty state). Every answer is
    /// credentialed, every response has a comment (a shown group) and nobody answers the
    /// return condition (a hidden group). 15 open exit responses make the region's unverified
    /// picture (coordinator mode).
    void seedReleases()
    {
        m_employerToken = m_collector.addEmployer(QStringLiteral("utrecht"),
            QStringLiteral("de-linde"), QStringLiteral("Zorggroep De Linde"));
        m_emptyToken = m_collector.addEmployer(QStringLiteral("utrecht"),
            QStringLiteral("het-anker"), QStringLiteral("Thuiszorg Het Anker"));
        if (m_employerToken.isEmpty() || m_emptyToken.isEmpty())
            qFatal("could not add the employers: %s", qPrintable(m_collector.lastError()));
        zs::test::Http http;
        zs::test::ReleaseSeeder seed(m_collector, http);
        const QString last = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        const QString now = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
        const QString employer = QStringLiteral("de-linde");
        const QString region = QStringLiteral("utrecht");
        const bool ok = seed.exitResponses(employer, region, 20, last) && seed.cut() >= 1
            && seed.exitResponses(
                employer, region, 20, now, QStringLiteral("Tweede ronde: opmerking "))
            && seed.exitResponses(QStringLiteral("zorg-utrecht"), region, 20, now)
            && seed.retentionResponses(employer, region, 20, now)
            && seed.openExitResponses(region, 15, now) && seed.cut() >= 1;
        if (!ok)
            qFatal("could not seed the releases: %s", qPrintable(seed.lastError()));
    }

    QTemporaryDir m_dir;
    zs::test::CollectorProcess m_collector;
    QString m_coordinatorToken;
    QString m_employerToken;
    QString m_emptyToken;
    zs::AppContext *m_context = nullptr;
    zs::AppController *m_controller = nullptr;
    zs::RegionController *m_region = nullptr;
    zs::TokenVault *m_vault = nullptr;
    zs::SessionManager *m_session = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(zorgstem_ui, Setup)

#include "tst_ui.moc"
