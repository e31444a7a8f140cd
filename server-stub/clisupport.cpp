#include "clisupport.h"

#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

namespace zs::cli {

namespace {

const QString kProgram = QStringLiteral("zorgstem-collector");

const QCommandLineOption &helpOption()
{
    static const QCommandLineOption option({ QStringLiteral("h"), QStringLiteral("help") },
        QStringLiteral("Show this help and exit."));
    return option;
}

const QCommandLineOption &configOption()
{
    static const QCommandLineOption option(QStringLiteral("config"),
        QStringLiteral("INI file whose keys are the options above (same names, without --); "
                       "options on the command line win."),
        QStringLiteral("file"));
    return option;
}

/// Only serve reads a config file: the other commands are one-off operator actions.
bool takesConfig(const QString &name)
{
    return name == QLatin1String("serve");
}

QString summaryOf(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return c.summary;
    }
    return {};
}

} // namespace

int usage(const QString &message)
{
    QTextStream err(stderr);
    if (!message.isEmpty())
        err << kProgram << ": " << message << "\n";
    err << "run '" << kProgram << " --help' for every command and option\n";
    return kExitUsage;
}

int fail(int code, const QString &message)
{
    QTextStream(stderr) << kProgram << ": " << message << "\n";
    return code;
}

QString commandHelp(QCommandLineParser &p, const QString &name)
{
    // QCommandLineParser formats the options well; its usage line names the binary's path
    // and no command, so ours replaces everything before "Options:".
    const QString text = p.helpText();
    const qsizetype options = text.indexOf(QLatin1String("Options:"));
    return QStringLiteral("%1 %2 [options]\n  %3\n\n").arg(kProgram, name, summaryOf(name))
        + (options < 0 ? QString() : text.mid(options));
}

bool configArguments(
    QCommandLineParser &p, const QString &path, QStringList *arguments, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        *error = QStringLiteral("cannot read the config file %1").arg(path);
        return false;
    }
    const QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        *error = QStringLiteral("%1 is not a valid INI file").arg(path);
        return false;
    }
    const QString program = QStringLiteral("zorgstem-collector");
    for (const QString &key : settings.allKeys()) {
        const QString option = QStringLiteral("--") + key;
        // A key is an option when the parser knows it; it is a flag when it parses alone.
        const bool isFlag = p.parse({ program, option });
        const bool known = p.unknownOptionNames().isEmpty() && !key.contains(QLatin1Char('/'));
        if (!known || key == QLatin1String("config") || key == QLatin1String("help")
            || key == QLatin1String("h")) {
            *error = QStringLiteral("%1: unknown key '%2' (the keys are the options of "
                                    "'%3 help serve', without --)")
                         .arg(path, key, program);
            return false;
        }
        const QVariant raw = settings.value(key);
        // QSettings reads a,b as a list; the option meant the text as written.
        const QString value = raw.typeId() == QMetaType::QStringList
            ? raw.toStringList().join(QLatin1Char(','))
            : raw.toString();
        if (!isFlag) {
            arguments->append(option + QLatin1Char('=') + value);
            continue;
        }
        const QString v = value.toLower();
        if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1")) {
            arguments->append(option);
        } else if (v != QLatin1String("false") && v != QLatin1String("no")
            && v != QLatin1String("0")) {
            *error = QStringLiteral("%1: '%2' is a switch: true or false, not '%3'")
                         .arg(path, key, value);
            return false;
        }
    }
    return true;
}

std::optional<int> prepare(QCommandLineParser &p, const QStringList &args, const QString &name)
{
    p.addOption(helpOption());
    if (takesConfig(name))
        p.addOption(configOption());
    if (!p.parse(args))
        return usage(QStringLiteral("%1: %2").arg(name, p.errorText()));
    if (p.isSet(helpOption())) {
        QTextStream(stdout) << commandHelp(p, name);
        return kExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(QStringLiteral("%1: unexpected argument '%2'")
                         .arg(name, p.positionalArguments().constFirst()));
    if (!takesConfig(name) || !p.isSet(configOption()))
        return std::nullopt;
    QStringList fromFile;
    QString error;
    if (!configArguments(p, p.value(configOption()), &fromFile, &error))
        return usage(QStringLiteral("%1: %2").arg(name, error));
    // The file's options first: QCommandLineParser::value() returns the last one given.
    if (!p.parse(QStringList { args.value(0) } + fromFile + args.mid(1)))
        return usage(QStringLiteral("%1: %2").arg(name, p.errorText()));
    return std::nullopt;
}

QList<QCommandLineOption> storeOptions()
{
    return { { QStringLiteral("db"), QStringLiteral("The collector's SQLite file (or --database)."),
                 QStringLiteral("file") },
        { QStringLiteral("database"),
            QStringLiteral("The collector's store as a URL: postgresql://user@host:port/db "
                           "(also ?host=/socket/dir, ?schema=name) or sqlite:///path."),
            QStringLiteral("url") } };
}

std::optional<DatabaseLocation> storeLocation(
    const QCommandLineParser &p, StoreMustExist mustExist, int *exitCode)
{
    const bool db = !p.value(QStringLiteral("db")).isEmpty();
    const bool url = !p.value(QStringLiteral("database")).isEmpty();
    if (db == url) {
        *exitCode = usage(db ? QStringLiteral("--db and --database name the same thing: give one")
                             : QStringLiteral("--db FILE or --database URL is required"));
        return std::nullopt;
    }
    QString error;
    auto location = DatabaseLocation::parse(
        p.value(db ? QStringLiteral("db") : QStringLiteral("database")), &error);
    if (!location) {
        *exitCode = usage(error);
        return std::nullopt;
    }
    if (mustExist == StoreMustExist::Yes && !location->isPostgres()
        && !QFileInfo(location->path).isFile()) {
        *exitCode = usage(QStringLiteral("no database file %1").arg(location->path));
        return std::nullopt;
    }
    return location;
}

std::optional<int> requireOptions(const QCommandLineParser &p, const QStringList &names)
{
    for (const QString &name : names) {
        if (p.value(name).isEmpty())
            return usage(QStringLiteral("--%1 is required").arg(name));
    }
    return std::nullopt;
}

} // namespace zs::cli
