#pragma once

#include "database.h"

namespace zs {

/// The numbered migrations of the app's local database (profile, drafts, outbox, receipts).
QList<Migration> appMigrations();

/// Erases everything the app keeps on this device (every table of the app schema), in one
/// transaction, then vacuums so deleted answers do not linger in the file. Queued panel leaves
/// and the memberships they need stay until they are sent (DESIGN §5 rule 7), and so do the
/// settings named in keepSettings (the collector's address they go to).
[[nodiscard]] bool eraseAppData(Database &db, const QStringList &keepSettings = {});

} // namespace zs
