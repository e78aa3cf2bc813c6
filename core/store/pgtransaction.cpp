#include "store/pgtransaction.h"

#include "store/pgconnection.h"

#include <QtDebug>

#include <utility>

namespace nianbao::store {

PgTransaction::PgTransaction(PgConnection& db, QByteArray savepoint)
    : m_db(&db)
    , m_savepoint(std::move(savepoint))
{
    ++m_db->transactionDepth();
}

PgTransaction::PgTransaction(PgTransaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_savepoint(std::move(other.m_savepoint))
{}

PgTransaction::~PgTransaction()
{
    rollback();
}

Result<PgTransaction> PgTransaction::begin(PgConnection& db)
{
    if (db.transactionDepth() == 0) {
        if (Result<void> begun = db.exec("BEGIN"); !begun) {
            return std::unexpected(begun.error());
        }
        return PgTransaction(db, {});
    }
    QByteArray name = "nianbao_" + QByteArray::number(db.transactionDepth());
    if (Result<void> begun = db.exec(QByteArray("SAVEPOINT " + name)); !begun) {
        return std::unexpected(begun.error());
    }
    return PgTransaction(db, std::move(name));
}

Result<PgTransaction> PgTransaction::beginSnapshot(PgConnection& db)
{
    if (db.transactionDepth() > 0) {
        return begin(db);
    }
    if (Result<void> begun = db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !begun) {
        return std::unexpected(begun.error());
    }
    return PgTransaction(db, {});
}

Result<void> PgTransaction::commit()
{
    if (!m_db) {
        return {};
    }
    const Result<void> done = m_db->exec(
        m_savepoint.isEmpty() ? QByteArray("COMMIT") : QByteArray("RELEASE " + m_savepoint));
    if (!done) {
        rollback();
        return done;
    }
    --m_db->transactionDepth();
    m_db = nullptr;
    return {};
}

void PgTransaction::rollback()
{
    if (!m_db) {
        return;
    }
    // ROLLBACK TO also clears the aborted state a failed statement left: the outer
    // transaction can go on.
    const Result<void> undone =
        m_savepoint.isEmpty()
            ? m_db->exec("ROLLBACK")
            : m_db->exec(QByteArray("ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint));
    if (!undone) {
        qWarning("nianbao: rollback failed: %s", qUtf8Printable(undone.error().message));
    }
    --m_db->transactionDepth();
    m_db->notifyRollback();
    m_db = nullptr;
}

} // namespace nianbao::store
