// The full-text index's backlog: texts stored but not yet indexed (schema version 3).

#include "store/sqlitearchivestate.h"
#include "store/sqlitetransaction.h"

namespace nianbao::store {

void SqliteArchive::setSearchIndexing(SearchIndexing mode)
{
    m_state->indexing = mode;
}

Result<void> SqliteArchive::indexTextsIfImmediate()
{
    if (m_state->indexing == SearchIndexing::Batched) {
        return {};
    }
    const Result<qint64> indexed = indexPendingTexts();
    if (!indexed) {
        return std::unexpected(indexed.error());
    }
    return {};
}

Result<qint64> SqliteArchive::indexPendingTexts(qint64 limit)
{
    SqliteConnection& db = m_state->db;
    // Looked at first so that an archive with nothing waiting is not locked for writing.
    Result<qint64> waiting = 0;
    {
        Result<CachedStatement> count = db.cached("SELECT count(*) FROM search_backlog");
        if (!count) {
            return std::unexpected(count.error());
        }
        const Result<bool> row = (*count)->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        waiting = (*count)->int64(0);
    }
    if (*waiting == 0 || limit == 0) {
        return 0;
    }
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    // One statement for the whole batch: FTS5 writes one index segment per statement.
    for (const QByteArrayView sql :
         {QByteArrayView("INSERT INTO report_search (rowid, text) "
                         "SELECT t.report_id, t.text FROM search_backlog b "
                         "JOIN report_texts t ON t.report_id = b.report_id "
                         "ORDER BY b.report_id LIMIT ?1"),
          QByteArrayView("DELETE FROM search_backlog WHERE report_id IN "
                         "(SELECT report_id FROM search_backlog ORDER BY report_id LIMIT ?1)")}) {
        Result<CachedStatement> statement = db.cached(sql);
        if (!statement) {
            return std::unexpected(statement.error());
        }
        (*statement)->bind(1, limit);
        if (Result<void> done = (*statement)->run(); !done) {
            return std::unexpected(done.error());
        }
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return limit < 0 ? *waiting : std::min(limit, *waiting);
}

} // namespace nianbao::store
