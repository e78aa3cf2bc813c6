#include "store/pgschema.h"

#include "store/pgconnection.h"
#include "store/pgtransaction.h"
#include "store/schema.h"

#include <QCoreApplication>

namespace nianbao::store {

namespace {

/// The advisory lock key clients take while upgrading ("Nbao", as SQLite's application id).
constexpr const char* kUpgradeLock = "SELECT pg_advisory_xact_lock(1315070319)";

Result<bool> hasTable(PgConnection& db, const char* name)
{
    PgStatement select = db.prepare("SELECT 1 FROM pg_tables WHERE schemaname = "
                                    "current_schema() AND tablename = $1");
    select.bind(1, QString::fromLatin1(name));
    return select.step();
}

} // namespace

Result<int> pgSchemaVersion(PgConnection& db)
{
    const Result<bool> ours = hasTable(db, "archive_format");
    if (!ours) {
        return std::unexpected(ours.error());
    }
    if (*ours) {
        const Result<qint64> version = db.queryInteger("SELECT version FROM archive_format");
        if (!version) {
            return std::unexpected(version.error());
        }
        return int(*version);
    }
    const Result<qint64> tables =
        db.queryInteger("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()");
    if (!tables) {
        return std::unexpected(tables.error());
    }
    if (*tables > 0) {
        return fail(ErrorCode::UnsupportedFormat,
                    QCoreApplication::translate(
                        "nianbao::Schema",
                        "%1 holds the tables of another program, not a Nianbao archive; it "
                        "was left unchanged.")
                        .arg(db.displayName()));
    }
    return 0;
}

Result<int> upgradePgSchema(PgConnection& db, std::span<const PgSchemaStep> steps,
                            int targetVersion)
{
    const int known = steps.empty() ? 0 : steps.back().version;
    const Result<int> before = pgSchemaVersion(db);
    if (!before) {
        return before;
    }
    if (*before > known) {
        return fail(ErrorCode::UnsupportedFormat,
                    QCoreApplication::translate(
                        "nianbao::Schema",
                        "The archive %1 was written by a newer version of Nianbao (archive "
                        "format %2; this version reads up to %3). Open it with a newer "
                        "Nianbao; it was left unchanged.")
                        .arg(db.displayName())
                        .arg(*before)
                        .arg(known));
    }
    if (targetVersion > known) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Schema", "There is no archive format %1.")
                        .arg(targetVersion));
    }
    for (const PgSchemaStep& step : steps) {
        if (step.version <= *before || step.version > targetVersion) {
            continue;
        }
        Result<PgTransaction> transaction = PgTransaction::begin(db);
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        if (Result<void> locked = db.exec(kUpgradeLock); !locked) {
            return std::unexpected(locked.error());
        }
        // Another client may have run this step while this one waited for the lock.
        const Result<int> current = pgSchemaVersion(db);
        if (!current) {
            return current;
        }
        if (*current >= step.version) {
            continue;
        }
        Result<void> applied = step.apply(db);
        if (applied) {
            PgStatement stamp =
                db.prepare(step.version == 1 ? "INSERT INTO archive_format (version) VALUES ($1)"
                                             : "UPDATE archive_format SET version = $1");
            stamp.bind(1, step.version);
            applied = stamp.run();
        }
        if (applied) {
            applied = transaction->commit();
        }
        if (!applied) {
            return fail(applied.error().code,
                        QCoreApplication::translate("nianbao::Schema",
                                                    "Upgrading the archive %1 to format %2 "
                                                    "failed, and it was left as it was: %3")
                            .arg(db.displayName())
                            .arg(step.version)
                            .arg(applied.error().message));
        }
    }
    return *before;
}

Result<int> upgradePgSchema(PgConnection& db)
{
    return upgradePgSchema(db, pgSchemaSteps(), latestSchemaVersion());
}

} // namespace nianbao::store
