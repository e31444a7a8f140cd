#pragma once

#include <QStringList>

namespace zs {

/// `zorgstem report --collector URL --token T --kind exit|retention --out FILE.pdf|FILE.csv
/// [--lang nl|en] [--ca-file FILE]`: the Organisation page's export without a window (issue 10).
/// It asks the collector whose token it is (GET /v1/session), then writes exactly what the
/// export button writes (ReportExport). Needs a QGuiApplication for the PDF's fonts; main.cpp
/// makes one on the offscreen platform, so no display is needed.
///
/// Exit codes: 0 written, 1 the collector failed or answered something unreadable, 2 bad usage
/// (unknown kind, a file that is not .pdf or .csv, a missing option), 3 the token was refused
/// (or is a coordinator's), 4 the collector cannot be reached, 5 the file cannot be written.
class ReportCommand
{
public:
    enum ExitCode {
        Written = 0,
        CollectorFailed = 1,
        Usage = 2,
        Refused = 3,
        Unreachable = 4,
        Unwritable = 5
    };
    /// True when the first argument after the program is "report".
    static bool matches(const QStringList &arguments);
    /// Runs the command (arguments as QCoreApplication::arguments()); the exit code.
    static int run(const QStringList &arguments);
};

} // namespace zs
