#pragma once

#include "common/error.h"

#include <QByteArray>

namespace nianbao::store {

class PgConnection;

/// A transaction on a PostgreSQL connection that rolls back unless committed. Inner ones,
/// opened while another runs, are savepoints of it, as with SqliteTransaction, so operations
/// that write in their own transaction compose into a larger one.
class PgTransaction {
public:
    static Result<PgTransaction> begin(PgConnection& db);
    /// A read-only transaction that sees one snapshot for all its statements (repeatable
    /// read), for reading the parts of a report together while other clients write; a
    /// savepoint when a transaction is running already (which then gives the snapshot).
    static Result<PgTransaction> beginSnapshot(PgConnection& db);

    PgTransaction(PgTransaction&& other) noexcept;
    PgTransaction& operator=(PgTransaction&&) = delete;
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    ~PgTransaction();

    Result<void> commit();
    /// Undoes everything since begin; also what the destructor does when not committed.
    void rollback();

private:
    PgTransaction(PgConnection& db, QByteArray savepoint);

    PgConnection* m_db = nullptr;
    /// Empty for the outermost transaction.
    QByteArray m_savepoint;
};

} // namespace nianbao::store
