// Assignments of reports to reviewers on SQLite (the same SQL as PostgreSQL: assignmentsql.h).

#include "store/assignmentsql.h"
#include "store/sqlitearchivestate.h"
#include "store/sqlitetransaction.h"

#include <QCoreApplication>

namespace nianbao::store {

using namespace archive_detail;
using namespace assignment_detail;

Result<qint64> SqliteArchive::assign(const std::vector<ReportId>& ids, const QString& reviewer,
                                     const QString& assignedBy)
{
    if (assignedBy.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive",
                                                "Who assigns the reports must be named."));
    }
    SqliteConnection& db = m_state->db;
    Result<SqliteTransaction> transaction = SqliteTransaction::beginOrJoin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const QString name = reviewer.trimmed();
    Result<SqliteStatement> write = db.prepare(name.isEmpty() ? kUnassignSql : kAssignSql);
    if (!write) {
        return std::unexpected(write.error());
    }
    const QString now = storedTime(QDateTime::currentDateTimeUtc());
    qint64 changed = 0;
    for (const ReportId id : ids) {
        if (Result<void> exists = requireReport(id); !exists) {
            return std::unexpected(exists.error());
        }
        write->reset();
        write->bind(1, id);
        if (!name.isEmpty()) {
            write->bind(2, name);
            write->bind(3, assignedBy.trimmed());
            write->bind(4, now);
        }
        if (Result<void> done = write->run(); !done) {
            return std::unexpected(done.error());
        }
        changed += db.changes();
    }
    write->reset();
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return changed;
}

Result<std::optional<Assignment>> SqliteArchive::assignmentOf(ReportId id)
{
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    Result<SqliteStatement> select = m_state->db.prepare(kAssigneeSql);
    if (!select) {
        return std::unexpected(select.error());
    }
    select->bind(1, id);
    const Result<bool> found = select->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::optional<Assignment>();
    }
    return Assignment{id, select->text(0), select->text(1), parseStoredTime(select->text(2))};
}

Result<std::vector<ReviewerProgress>> SqliteArchive::progress()
{
    Result<SqliteStatement> select = m_state->db.prepare(kProgressSql);
    if (!select) {
        return std::unexpected(select.error());
    }
    std::vector<ReviewerProgress> rows;
    for (;;) {
        const Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return rows;
        }
        rows.push_back(ReviewerProgress{select->text(0), select->int64(1), select->int64(2),
                                        select->int64(3), select->int64(4)});
    }
}

} // namespace nianbao::store
