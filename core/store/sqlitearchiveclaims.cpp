// Claims and versions on SQLite: the same behaviour as the team archive on PostgreSQL, for
// several programs on one archive file. The write transaction (BEGIN IMMEDIATE) already makes
// every writer take turns.

#include "store/archivewatcher.h"
#include "store/claimmessages.h"
#include "store/sqlitearchivestate.h"
#include "store/sqlitetransaction.h"

#include <QCoreApplication>

namespace nianbao::store {

using namespace archive_detail;
using namespace claim_detail;

namespace {

/// SQLite's clock as stored times are written (ISO 8601 UTC, milliseconds).
constexpr const char* kNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

Result<std::optional<Claim>> liveClaim(SqliteConnection& db, ReportId id)
{
    Result<SqliteStatement> select =
        db.prepare(QByteArray(QByteArray("SELECT reviewer, claimed_at, expires_at FROM claims "
                                         "WHERE report_id = ?1 AND expires_at > ") +
                              kNow));
    if (!select) {
        return std::unexpected(select.error());
    }
    select->bind(1, id);
    const Result<bool> found = select->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::optional<Claim>();
    }
    return Claim{id, select->text(0), parseStoredTime(select->text(1)),
                 parseStoredTime(select->text(2))};
}

} // namespace

Result<ClaimOutcome> SqliteArchive::claim(ReportId id, const QString& reviewer,
                                          std::chrono::milliseconds lease, bool takeOver)
{
    if (reviewer.trimmed().isEmpty()) {
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("nianbao::Archive", "A reviewer name is required."));
    }
    SqliteConnection& db = m_state->db;
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
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
    const QByteArray expires = QByteArray("strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?3)");
    Result<SqliteStatement> write = db.prepare(
        QByteArray(QByteArray("INSERT INTO claims (report_id, reviewer, claimed_at, expires_at) "
                              "VALUES (?1, ?2, ") +
                   kNow + ", " + expires +
                   ") ON CONFLICT (report_id) DO UPDATE SET reviewer = excluded.reviewer, "
                   "claimed_at = CASE WHEN ?4 THEN claims.claimed_at ELSE excluded.claimed_at END, "
                   "expires_at = excluded.expires_at RETURNING claimed_at, expires_at"));
    if (!write) {
        return std::unexpected(write.error());
    }
    write->bind(1, id);
    write->bind(2, name);
    // An SQLite date modifier: "+1.500 seconds".
    write->bind(3, QStringLiteral("+%1 seconds").arg(double(lease.count()) / 1000.0, 0, 'f', 3));
    write->bind(4, renewal ? 1 : 0);
    const Result<bool> written = write->step();
    if (!written) {
        return std::unexpected(written.error());
    }
    const Claim claimed{id, name, parseStoredTime(write->text(0)), parseStoredTime(write->text(1))};
    write->reset();
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return ClaimOutcome{true, claimed};
}

Result<void> SqliteArchive::releaseClaim(ReportId id, const QString& reviewer)
{
    Result<SqliteStatement> release =
        m_state->db.prepare("DELETE FROM claims WHERE report_id = ?1 AND reviewer = ?2");
    if (!release) {
        return std::unexpected(release.error());
    }
    release->bind(1, id);
    release->bind(2, reviewer.trimmed());
    return release->run();
}

Result<std::optional<Claim>> SqliteArchive::claimOf(ReportId id)
{
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    return liveClaim(m_state->db, id);
}

Result<ReportVersion> SqliteArchive::reportVersion(ReportId id)
{
    Result<SqliteStatement> select =
        m_state->db.prepare(QByteArray(QByteArray(kVersionSql) + "?1"));
    if (!select) {
        return std::unexpected(select.error());
    }
    select->bind(1, id);
    const Result<bool> found = select->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::unexpected(noSuchReport(id));
    }
    QByteArray stamp;
    for (int column = 0; column < 4; ++column) {
        stamp += select->utf8(column).toByteArray() + '|';
    }
    return ReportVersion{stamp};
}

Result<bool> SqliteArchive::isStillAt(ReportId id, const ReportVersion& expected)
{
    const Result<ReportVersion> current = reportVersion(id);
    if (!current) {
        return std::unexpected(current.error());
    }
    return *current == expected;
}

Result<std::unique_ptr<ArchiveWatcher>> SqliteArchive::watch() const
{
    // SQLite tells no other connection what was committed; the archive file is one user's.
    return fail(ErrorCode::InvalidArgument,
                QCoreApplication::translate("nianbao::Archive",
                                            "Live updates from other reviewers need a team "
                                            "archive on PostgreSQL; %1 is a file.")
                    .arg(location()));
}

} // namespace nianbao::store
