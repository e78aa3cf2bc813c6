#pragma once

#include "common/error.h"

#include <span>

namespace nianbao::store {

class PgConnection;

/// One step of the archive's schema on PostgreSQL: the same versions as the SQLite ladder
/// (schema.h), each taking the tables of that version to PostgreSQL's types. A released step
/// is never edited.
struct PgSchemaStep {
    int version = 0;
    Result<void> (*apply)(PgConnection& db) = nullptr;
};

/// The steps, oldest first; the last one's version equals latestSchemaVersion().
std::span<const PgSchemaStep> pgSchemaSteps();

/// The archive format of the schema the connection's search path leads to: 0 for a schema
/// holding no tables. Refuses a schema holding another program's tables.
Result<int> pgSchemaVersion(PgConnection& db);

/// Brings the schema up to `targetVersion`, each step in a transaction of its own that also
/// records the new version, so a failed step leaves the archive at the version before it.
/// Clients upgrading at once take turns (an advisory lock) and each step runs once. Refuses a
/// schema newer than the ladder. Returns the version before.
Result<int> upgradePgSchema(PgConnection& db, std::span<const PgSchemaStep> steps,
                            int targetVersion);
Result<int> upgradePgSchema(PgConnection& db);

} // namespace nianbao::store
