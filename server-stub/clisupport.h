#pragma once

#include "databaselocation.h"

#include <QCommandLineParser>
#include <QStringList>
#include <optional>

namespace zs::cli {

// Exit codes, listed by `--help`: scripts can tell a typo from a duplicate from a missing id.
constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitExists = 3;
constexpr int kExitNotFound = 4;

/// One command of the collector's command line ("serve", "employer add", ...).
struct Command
{
    QString name;
    QString summary;
    int (*run)(const QStringList &args); ///< args[0] is the program, then the options
};

/// Every command, in the order `--help` lists them (defined in collectorcli.cpp).
const QList<Command> &commands();

/// A refusal of the command line: the message and where to find help; returns kExitUsage.
int usage(const QString &message);
/// A failure that is not a typo (the store, a duplicate, a missing id); returns code.
int fail(int code, const QString &message);

/// Adds --help (and for serve --config), parses args and answers --help. A value returned is
/// the exit code to end with; nullopt means the command runs with p parsed. With --config FILE,
/// the file's keys are read as the command's options, and the command line overrides them.
std::optional<int> prepare(QCommandLineParser &p, const QStringList &args, const QString &name);

/// The help of one command: what it does, its usage line and every option.
QString commandHelp(QCommandLineParser &p, const QString &name);

/// Reads an INI file (QSettings) as command-line options: key=value becomes --key=value, a
/// flag's key=true becomes --key. False with *error naming the file and key on any problem.
bool configArguments(
    QCommandLineParser &p, const QString &path, QStringList *arguments, QString *error);

/// The options that must be given and not empty; kExitUsage (with a message) when one is not.
std::optional<int> requireOptions(const QCommandLineParser &p, const QStringList &names);

/// --db FILE and --database URL: the collector's store, an SQLite file (--db, or
/// --database sqlite:///path) or PostgreSQL (--database postgresql://user@host:port/db).
QList<QCommandLineOption> storeOptions();
/// Whether the next storeLocation() may create an SQLite file that is not there yet.
enum class StoreMustExist { Yes, No };
/// The store --database or --db names (one of them is required). A value in *exitCode (with a
/// message) when neither or both are given, the URL is malformed, or an SQLite file that must
/// exist does not (a mistyped path must not create an empty store). PostgreSQL's database must
/// exist; the store's tables are made in it.
std::optional<DatabaseLocation> storeLocation(
    const QCommandLineParser &p, StoreMustExist mustExist, int *exitCode);

} // namespace zs::cli
