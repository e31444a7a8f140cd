#pragma once

#include "database.h"

namespace zs {

/// The numbered migrations of the app's local database (profile, drafts, outbox, receipts).
QList<Migration> appMigrations();

/// Erases everything the app keeps on this device (every table of the app schema), in one
/// transaction, then vacuums so deleted answers do not linger in the file.
[[nodiscard]] bool eraseAppData(Database &db);

} // namespace zs
