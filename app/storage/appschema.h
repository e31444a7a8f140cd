#pragma once

#include "database.h"

namespace zs {

/// The numbered migrations of the app's local database (profile, drafts, outbox, receipts).
QList<Migration> appMigrations();

} // namespace zs
