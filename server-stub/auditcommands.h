#pragma once

#include <QStringList>

namespace zs::cli {

/// `audit --db F [--region R]`: the audit log, newest first, one tab-separated line per entry
/// (day, region, actor, action, subject, count) under a header line.
int auditList(const QStringList &args);

} // namespace zs::cli
