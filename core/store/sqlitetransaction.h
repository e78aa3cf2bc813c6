#pragma once

#include "common/error.h"

#include <QByteArray>

namespace nianbao::store {

class SqliteConnection;

/// A write transaction that rolls back unless committed.
///
/// The outermost one is BEGIN IMMEDIATE: it takes the write lock at once, so a second
/// process waits at the start (busy timeout) rather than failing halfway. Inner ones, opened
/// while a transaction is running, are savepoints, so operations that write in their own
/// transaction compose into a larger one (an import writes a report and re-validates the
/// next year's report as one unit).
class SqliteTransaction {
public:
    static Result<SqliteTransaction> begin(SqliteConnection& db);

    SqliteTransaction(SqliteTransaction&& other) noexcept;
    SqliteTransaction& operator=(SqliteTransaction&&) = delete;
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    ~SqliteTransaction();

    Result<void> commit();
    /// Undoes everything since begin; also what the destructor does when not committed.
    void rollback();

private:
    SqliteTransaction(SqliteConnection& db, QByteArray savepoint);

    SqliteConnection* m_db = nullptr;
    /// Empty for the outermost transaction.
    QByteArray m_savepoint;
};

} // namespace nianbao::store
