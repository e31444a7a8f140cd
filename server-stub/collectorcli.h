#pragma once

#include <QStringList>

namespace zs {

/// The collector's command line: serve, the employer and coordinator token commands, and
/// help. Returns the exit code.
int runCollectorCli(const QStringList &arguments);

} // namespace zs
