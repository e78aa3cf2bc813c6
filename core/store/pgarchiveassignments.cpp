// Assignments of reports to reviewers on PostgreSQL (the same SQL as SQLite: assignmentsql.h).

#include "store/assignmentsql.h"
#include "store/pgarchivestate.h"
#include "store/pgtransaction.h"

#include <QCoreApplication>

namespace nianbao::store {

using namespace pg_detail;
using namespace assignment_detail;

namespace {

/// SQL written with "?" as PostgreSQL numbers its parameters.
QByteArray numbered(const char* sql)
{
    QByteArray out;
    int next = 0;
    for (const char* c = sql; *c; ++c) {
        if (*c == '?') {
            out += '$' + QByteArray::number(++next);
        } else {
            out += *c;
        }
    }
    return out;
}

} // namespace

Result<qint64> PgArchive::assign(const std::vector<ReportId>& ids, const QString& reviewer,
                                 const QString& assignedBy)
{
    if (assignedBy.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive",
                                                "Who assigns the reports must be named."));
    }
    PgConnection& db = m_state->db;
    Result<PgTransaction> transaction = PgTransaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const QString name = reviewer.trimmed();
    PgStatement write = db.prepare(numbered(name.isEmpty() ? kUnassignSql : kAssignSql));
    qint64 changed = 0;
    for (const ReportId id : ids) {
        if (Result<void> exists = requireReport(id); !exists) {
            return std::unexpected(exists.error());
        }
        write.reset();
        write.bind(1, id);
        if (!name.isEmpty()) {
            write.bind(2, name);
            write.bind(3, assignedBy.trimmed());
            write.bindUtf8(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8());
        }
        if (Result<void> done = write.run(); !done) {
            return std::unexpected(done.error());
        }
        if (write.changes() > 0) {
            ++changed;
            // Other clients' lists and filters by assignee follow at once.
            if (Result<void> told = notifyChange(db, id, "assignment"); !told) {
                return std::unexpected(told.error());
            }
        }
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return changed;
}

Result<std::optional<Assignment>> PgArchive::assignmentOf(ReportId id)
{
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    PgStatement select = m_state->db.prepare(numbered(kAssigneeSql));
    select.bind(1, id);
    const Result<bool> found = select.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::optional<Assignment>();
    }
    return Assignment{id, select.text(0), select.text(1), parsePgTime(select.utf8(2))};
}

Result<std::vector<ReviewerProgress>> PgArchive::progress()
{
    PgStatement select = m_state->db.prepare(kProgressSql);
    std::vector<ReviewerProgress> rows;
    for (;;) {
        const Result<bool> row = select.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return rows;
        }
        rows.push_back(ReviewerProgress{select.text(0), select.int64(1), select.int64(2),
                                        select.int64(3), select.int64(4)});
    }
}

} // namespace nianbao::store
