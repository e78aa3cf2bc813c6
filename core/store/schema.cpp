#include "store/schema.h"

#include "store/sqliteconnection.h"
#include "store/sqlitetransaction.h"

#include <QCoreApplication>

namespace nianbao::store {

namespace {

/// Whether the file may be upgraded at all: ours, or empty.
Result<void> checkOwnership(SqliteConnection& db, int version)
{
    const Result<qint64> applicationId = db.queryInteger("PRAGMA application_id");
    if (!applicationId) {
        return std::unexpected(applicationId.error());
    }
    const Result<qint64> objects = db.queryInteger("SELECT count(*) FROM sqlite_schema");
    if (!objects) {
        return std::unexpected(objects.error());
    }
    const bool empty = version == 0 && *applicationId == 0 && *objects == 0;
    if (!empty && *applicationId != kArchiveApplicationId) {
        return fail(ErrorCode::UnsupportedFormat,
                    QCoreApplication::translate(
                        "nianbao::Schema",
                        "%1 is an SQLite database of another program, not a Nianbao "
                        "archive; it was left unchanged.")
                        .arg(db.path()));
    }
    return {};
}

} // namespace

Result<int> schemaVersion(SqliteConnection& db)
{
    const Result<qint64> version = db.queryInteger("PRAGMA user_version");
    if (!version) {
        return std::unexpected(version.error());
    }
    return int(*version);
}

Result<int> checkSchema(SqliteConnection& db, std::span<const SchemaStep> steps)
{
    const Result<int> version = schemaVersion(db);
    if (!version) {
        return std::unexpected(version.error());
    }
    const int known = steps.empty() ? 0 : steps.back().version;
    if (*version > known) {
        return fail(
            ErrorCode::UnsupportedFormat,
            QCoreApplication::translate("nianbao::Schema",
                                        "The archive %1 was written by a newer version of Nianbao "
                                        "(archive format %2; this version reads up to %3). Open it "
                                        "with a newer Nianbao; it was left unchanged.")
                .arg(db.path())
                .arg(*version)
                .arg(known));
    }
    if (Result<void> ours = checkOwnership(db, *version); !ours) {
        return std::unexpected(ours.error());
    }
    return *version;
}

Result<int> upgradeSchema(SqliteConnection& db, std::span<const SchemaStep> steps,
                          int targetVersion)
{
    const Result<int> version = checkSchema(db, steps);
    if (!version) {
        return version;
    }
    const int known = steps.empty() ? 0 : steps.back().version;
    if (targetVersion > known) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Schema", "There is no archive format %1.")
                        .arg(targetVersion));
    }
    if (*version >= targetVersion) {
        return *version;
    }

    Result<SqliteTransaction> transaction = SqliteTransaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    // Another process may have upgraded the file while this one waited for the write lock.
    const Result<int> lockedVersion = schemaVersion(db);
    if (!lockedVersion) {
        return lockedVersion;
    }
    if (*lockedVersion >= targetVersion) {
        return *version;
    }
    for (const SchemaStep& step : steps) {
        if (step.version <= *lockedVersion || step.version > targetVersion) {
            continue;
        }
        if (Result<void> applied = step.apply(db); !applied) {
            return fail(applied.error().code,
                        QCoreApplication::translate("nianbao::Schema",
                                                    "Upgrading the archive %1 to format %2 "
                                                    "failed, and it was left as it was: %3")
                            .arg(db.path())
                            .arg(step.version)
                            .arg(applied.error().message));
        }
    }
    // Both pragmas write the database header inside the transaction, so they commit or roll
    // back with the steps.
    const QByteArray stamp =
        "PRAGMA application_id = " + QByteArray::number(kArchiveApplicationId) +
        "; PRAGMA user_version = " + QByteArray::number(targetVersion);
    if (Result<void> stamped = db.exec(stamp); !stamped) {
        return std::unexpected(stamped.error());
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return *version;
}

Result<int> upgradeSchema(SqliteConnection& db)
{
    return upgradeSchema(db, archiveSchemaSteps(), latestSchemaVersion());
}

int latestSchemaVersion()
{
    return archiveSchemaSteps().back().version;
}

} // namespace nianbao::store
