#pragma once

#include "common/error.h"

#include <span>

namespace nianbao::store {

class SqliteConnection;

/// One step of the archive's schema history, taking a database from `version - 1` to
/// `version`. A released step is never edited: a change to the schema is a new step, and
/// tests/data/archive keeps a database of every older version to prove the ladder still
/// climbs from it.
struct SchemaStep {
    int version = 0;
    Result<void> (*apply)(SqliteConnection& db) = nullptr;
};

/// "Nbao": PRAGMA application_id of every Nianbao archive, so that another program's SQLite
/// file is refused instead of being filled with our tables.
inline constexpr int kArchiveApplicationId = 0x4e62616f;

/// The steps of the archive's schema, oldest first.
std::span<const SchemaStep> archiveSchemaSteps();
/// The version the last step leads to: what this build writes.
int latestSchemaVersion();

/// PRAGMA user_version of an open database (0 for a new, empty file).
Result<int> schemaVersion(SqliteConnection& db);

/// Checks that an open database may be used as an archive by this build without changing
/// it: a new empty file, or a Nianbao archive no newer than the ladder. Returns its version.
Result<int> checkSchema(SqliteConnection& db, std::span<const SchemaStep> steps);

/// Brings the database up to `targetVersion` by running, in order, every step above its
/// current version, all in one transaction: on any failure nothing changes. Refuses a
/// database whose version is newer than the ladder knows, or an SQLite file that is not a
/// Nianbao archive. Returns the version the database was at before.
Result<int> upgradeSchema(SqliteConnection& db, std::span<const SchemaStep> steps,
                          int targetVersion);
/// The same with the archive's own ladder, up to the latest version.
Result<int> upgradeSchema(SqliteConnection& db);

} // namespace nianbao::store
