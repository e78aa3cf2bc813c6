#include "archive/sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

namespace nianbao {

namespace {} // namespace

void SqliteConnection::Closer::operator()(sqlite3* db) const
{
    // close_v2 defers the close until any statement still alive is finalized.
    sqlite3_close_v2(db);
}

SqliteConnection::SqliteConnection(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{}

Result<SqliteConnection> SqliteConnection::open(const QString& path, Mode mode)
{
    // A connection belongs to one thread at a time (threads open their own), so SQLite need
    // not lock it around every call: the import binds and steps some 300 times per report.
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3* raw = nullptr;
    const QByteArray nativePath = QDir::toNativeSeparators(path).toUtf8();
    const int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    SqliteConnection connection(raw, path);
    if (rc != SQLITE_OK) {
        return std::unexpected(connection.lastError(
            QCoreApplication::translate("nianbao::SqliteConnection", "Cannot open the archive %1")
                .arg(path)));
    }
    return connection;
}

Result<void> SqliteConnection::exec(QByteArrayView sql)
{
    const QByteArray terminated = sql.toByteArray();
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db.get(), terminated.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) {
        return {};
    }
    const QString reason =
        message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    if ((rc & 0xff) == SQLITE_CORRUPT) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::SqliteConnection",
                                                "The archive database reported an error: %1")
                        .arg(reason));
    }
    if ((rc & 0xff) == SQLITE_FULL) {
        return fail(ErrorCode::DiskFull,
                    QCoreApplication::translate("nianbao::SqliteStatement",
                                                "The disk is full: the archive cannot grow (%1).")
                        .arg(reason));
    }
    return fail(ErrorCode::Database,
                QCoreApplication::translate("nianbao::SqliteConnection",
                                            "The archive database reported an error: %1")
                    .arg(reason));
}

Result<void> SqliteConnection::run(QByteArrayView sql)
{
    Result<CachedStatement> statement = cached(sql);
    if (!statement) {
        return std::unexpected(statement.error());
    }
    return (*statement)->run();
}

Result<SqliteStatement> SqliteConnection::prepare(QByteArrayView sql)
{
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db.get(), sql.data(), int(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return std::unexpected(lastError(QCoreApplication::translate(
            "nianbao::SqliteConnection", "The archive database rejected a query")));
    }
    return SqliteStatement(m_db.get(), statement);
}

Result<CachedStatement> SqliteConnection::cached(QByteArrayView sql)
{
    std::string key(sql.data(), std::size_t(sql.size()));
    auto found = m_cache.find(key);
    if (found == m_cache.end()) {
        Result<SqliteStatement> statement = prepare(sql);
        if (!statement) {
            return std::unexpected(statement.error());
        }
        found =
            m_cache
                .emplace(std::move(key), std::make_unique<SqliteStatement>(std::move(*statement)))
                .first;
    }
    return CachedStatement(*found->second);
}

Result<qint64> SqliteConnection::queryInteger(QByteArrayView sql)
{
    Result<SqliteStatement> statement = prepare(sql);
    if (!statement) {
        return std::unexpected(statement.error());
    }
    const Result<bool> row = statement->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? statement->int64(0) : 0;
}

qint64 SqliteConnection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

qint64 SqliteConnection::changes() const
{
    return sqlite3_changes64(m_db.get());
}

bool SqliteConnection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db.get()) == 0;
}

Error SqliteConnection::lastError(const QString& what) const
{
    const QString reason =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db.get()))
             : QCoreApplication::translate("nianbao::SqliteConnection", "out of memory");
    const int primary = m_db ? sqlite3_errcode(m_db.get()) & 0xff : SQLITE_NOMEM;
    const ErrorCode code = primary == SQLITE_FULL      ? ErrorCode::DiskFull
                           : primary == SQLITE_CORRUPT ? ErrorCode::Corrupt
                                                       : ErrorCode::Database;
    return Error{code, QStringLiteral("%1: %2").arg(what, reason)};
}

} // namespace nianbao
