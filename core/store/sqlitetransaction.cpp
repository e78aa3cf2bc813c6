#include "store/sqlitetransaction.h"

#include "store/sqliteconnection.h"

#include <QCoreApplication>
#include <QtDebug>

#include <algorithm>
#include <utility>

namespace nianbao::store {

SqliteTransaction::SqliteTransaction(SqliteConnection& db, QByteArray savepoint, bool joined)
    : m_db(&db)
    , m_savepoint(std::move(savepoint))
    , m_joined(joined)
{
    ++m_db->transactionDepth();
}

SqliteTransaction::SqliteTransaction(SqliteTransaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_savepoint(std::move(other.m_savepoint))
    , m_joined(other.m_joined)
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

Result<SqliteTransaction> SqliteTransaction::beginOrJoin(SqliteConnection& db)
{
    if (db.transactionDepth() == 0) {
        return begin(db);
    }
    return SqliteTransaction(db, {}, true);
}

Result<void> SqliteTransaction::commit()
{
    if (!m_db) {
        return {};
    }
    if (m_joined) {
        --m_db->transactionDepth();
        m_db = nullptr;
        return {};
    }
    // A joined transaction failed inside this one: what it wrote may be half there.
    if (const int failed = m_db->failedJoinDepth();
        failed > 0 && failed <= m_db->transactionDepth()) {
        rollback();
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("nianbao::Archive",
                                                "A part of the change failed; nothing of it "
                                                "was written."));
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
    if (m_joined) {
        // The one it joined (one level up) must not commit what this left half written.
        int& failed = m_db->failedJoinDepth();
        const int owner = m_db->transactionDepth() - 1;
        failed = failed == 0 ? owner : std::min(failed, owner);
        --m_db->transactionDepth();
        m_db = nullptr;
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
    // Rolling back undoes whatever a failed joined transaction left in this one.
    if (m_db->failedJoinDepth() >= m_db->transactionDepth()) {
        m_db->failedJoinDepth() = 0;
    }
    --m_db->transactionDepth();
    m_db->notifyRollback();
    m_db = nullptr;
}

} // namespace nianbao::store
