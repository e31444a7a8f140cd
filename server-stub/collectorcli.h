#pragma once

#include <QStringList>

namespace zs {

/// The collector's command line: `serve …` and `employer add …`. Returns the exit code.
int runCollectorCli(const QStringList &arguments);

} // namespace zs
