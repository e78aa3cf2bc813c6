// Claims and versions on PostgreSQL: a team's clients on one archive.

#include "store/archivewatcher.h"
#include "store/claimmessages.h"
#include "store/pgarchivestate.h"
#include "store/pgarchivewatcher.h"
#include "store/pgtransaction.h"

#include <QCoreApplication>

namespace nianbao::store {

using namespace pg_detail;
using namespace claim_detail;

namespace {

/// Locks the report's row until the transaction ends: claims and version checks on one report
/// take turns.
Result<void> lockReport(PgConnection& db, ReportId id)
{
    PgStatement lock = db.prepare("SELECT 1 FROM reports WHERE id = $1 FOR UPDATE");
    lock.bind(1, id);
    const Result<bool> found = lock.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::unexpected(noSuchReport(id));
    }
    return {};
}

Result<std::optional<Claim>> liveClaim(PgConnection& db, ReportId id)
{
    PgStatement select = db.prepare("SELECT reviewer, claimed_at, expires_at FROM claims "
                                    "WHERE report_id = $1 AND expires_at > clock_timestamp()");
    select.bind(1, id);
    const Result<bool> found = select.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::optional<Claim>();
    }
    return Claim{id, select.text(0), parsePgTime(select.utf8(1)), parsePgTime(select.utf8(2))};
}

} // namespace

Result<ClaimOutcome> PgArchive::claim(ReportId id, const QString& reviewer,
                                      std::chrono::milliseconds lease, bool takeOver)
{
    if (reviewer.trimmed().isEmpty()) {
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("nianbao::Archive", "A reviewer name is required."));
    }
    PgConnection& db = m_state->db;
    Result<PgTransaction> transaction = PgTransaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> locked = lockReport(db, id); !locked) {
        return std::unexpected(locked.error());
    }
    const Result<std::optional<Claim>> held = liveClaim(db, id);
    if (!held) {
        return std::unexpected(held.error());
    }
    const QString name = reviewer.trimmed();
    const bool renewal = *held && (*held)->reviewer == name;
    if (*held && !renewal && !takeOver) {
        return ClaimOutcome{false, **held};
    }
    // A renewal keeps when the claim began; a new claim (or a lapsed one) starts now.
    PgStatement write = db.prepare(
        "INSERT INTO claims (report_id, reviewer, claimed_at, expires_at) "
        "VALUES ($1, $2, clock_timestamp(), clock_timestamp() + $3 * interval '1 millisecond') "
        "ON CONFLICT (report_id) DO UPDATE SET reviewer = excluded.reviewer, "
        "claimed_at = CASE WHEN $4 THEN claims.claimed_at ELSE excluded.claimed_at END, "
        "expires_at = excluded.expires_at "
        "RETURNING claimed_at, expires_at");
    write.bind(1, id);
    write.bind(2, name);
    write.bind(3, qint64(lease.count()));
    write.bind(4, renewal);
    const Result<bool> written = write.step();
    if (!written) {
        return std::unexpected(written.error());
    }
    const Claim claimed{id, name, parsePgTime(write.utf8(0)), parsePgTime(write.utf8(1))};
    if (Result<void> told = notifyChange(db, id, "claim"); !told) {
        return std::unexpected(told.error());
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return ClaimOutcome{true, claimed};
}

Result<void> PgArchive::releaseClaim(ReportId id, const QString& reviewer)
{
    PgStatement release =
        m_state->db.prepare("DELETE FROM claims WHERE report_id = $1 AND reviewer = $2");
    release.bind(1, id);
    release.bind(2, reviewer.trimmed());
    if (Result<void> done = release.run(); !done || release.changes() == 0) {
        return done;
    }
    return notifyChange(m_state->db, id, "claim");
}

Result<std::optional<Claim>> PgArchive::claimOf(ReportId id)
{
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    return liveClaim(m_state->db, id);
}

Result<ReportVersion> PgArchive::reportVersion(ReportId id)
{
    PgStatement select = m_state->db.prepare(QByteArray(QByteArray(kVersionSql) + "$1"));
    select.bind(1, id);
    const Result<bool> found = select.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::unexpected(noSuchReport(id));
    }
    QByteArray stamp;
    for (int column = 0; column < 4; ++column) {
        stamp += select.utf8(column).toByteArray() + '|';
    }
    return ReportVersion{stamp};
}

Result<bool> PgArchive::isStillAt(ReportId id, const ReportVersion& expected)
{
    // The lock first: a client that changed the report and has not committed yet is waited
    // for, and its change is then seen.
    if (Result<void> locked = lockReport(m_state->db, id); !locked) {
        return std::unexpected(locked.error());
    }
    const Result<ReportVersion> current = reportVersion(id);
    if (!current) {
        return std::unexpected(current.error());
    }
    return *current == expected;
}

Result<std::unique_ptr<ArchiveWatcher>> PgArchive::watch() const
{
    Result<std::unique_ptr<PgArchiveWatcher>> watcher = PgArchiveWatcher::open(location());
    if (!watcher) {
        return std::unexpected(watcher.error());
    }
    return std::unique_ptr<ArchiveWatcher>(std::move(*watcher));
}

} // namespace nianbao::store
