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
    /// The same, except that inside a running transaction it opens no savepoint and joins
    /// the running one: its writes are part of that one's, at no cost. If it ends without
    /// committing, the transaction it joined can no longer commit either (commit() rolls back
    /// and fails), so a partial write never commits. For the writes an import runs for every
    /// report (a savepoint copies every page it changes, in case it is rolled back alone).
    static Result<SqliteTransaction> beginOrJoin(SqliteConnection& db);

    SqliteTransaction(SqliteTransaction&& other) noexcept;
    SqliteTransaction& operator=(SqliteTransaction&&) = delete;
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    ~SqliteTransaction();

    Result<void> commit();
    /// Undoes everything since begin; also what the destructor does when not committed.
    void rollback();

private:
    SqliteTransaction(SqliteConnection& db, QByteArray savepoint, bool joined = false);

    SqliteConnection* m_db = nullptr;
    /// Empty for the outermost transaction and a joined one.
    QByteArray m_savepoint;
    bool m_joined = false;
};

} // namespace nianbao::store
