#include "store/sqlitetransaction.h"

#include "store/sqliteconnection.h"

#include <QtDebug>

#include <utility>

namespace nianbao::store {

SqliteTransaction::SqliteTransaction(SqliteConnection& db, QByteArray savepoint)
    : m_db(&db)
    , m_savepoint(std::move(savepoint))
{
    ++m_db->transactionDepth();
}

SqliteTransaction::SqliteTransaction(SqliteTransaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_savepoint(std::move(other.m_savepoint))
{}

SqliteTransaction::~SqliteTransaction()
{
    rollback();
}

Result<SqliteTransaction> SqliteTransaction::begin(SqliteConnection& db)
{
    if (db.transactionDepth() == 0) {
        if (Result<void> begun = db.run("BEGIN IMMEDIATE"); !begun) {
            return std::unexpected(begun.error());
        }
        return SqliteTransaction(db, {});
    }
    QByteArray name = "nianbao_" + QByteArray::number(db.transactionDepth());
    if (Result<void> begun = db.run(QByteArray("SAVEPOINT " + name)); !begun) {
        return std::unexpected(begun.error());
    }
    return SqliteTransaction(db, std::move(name));
}

Result<void> SqliteTransaction::commit()
{
    if (!m_db) {
        return {};
    }
    const Result<void> done = m_db->run(
        m_savepoint.isEmpty() ? QByteArray("COMMIT") : QByteArray("RELEASE " + m_savepoint));
    if (!done) {
        // A failed COMMIT leaves the transaction open: undo it so the archive stays as it was.
        rollback();
        return done;
    }
    --m_db->transactionDepth();
    m_db = nullptr;
    return {};
}

void SqliteTransaction::rollback()
{
    if (!m_db) {
        return;
    }
    const Result<void> undone =
        m_savepoint.isEmpty()
            ? m_db->exec("ROLLBACK")
            : m_db->exec(QByteArray("ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint));
    // SQLite may already have rolled back on its own (after an I/O error or SQLITE_FULL);
    // "no transaction is active" is then expected and harmless.
    if (!undone && m_db->inTransaction() && m_savepoint.isEmpty()) {
        qWarning("nianbao: rollback failed: %s", qUtf8Printable(undone.error().message));
    }
    --m_db->transactionDepth();
    m_db->notifyRollback();
    m_db = nullptr;
}

} // namespace nianbao::store
