#include "archive/sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace nianbao {

void SqliteStatement::Finalizer::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement)
{}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement.get(), index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement.get(), index, value);
}

void SqliteStatement::bind(int index, std::optional<double> value)
{
    if (value) {
        bind(index, *value);
    } else {
        bindNull(index);
    }
}

void SqliteStatement::bind(int index, std::optional<qint64> value)
{
    if (value) {
        bind(index, *value);
    } else {
        bindNull(index);
    }
}

void SqliteStatement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement.get(), index, utf8.constData(), int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    // SQLite binds a null pointer as NULL: empty text must stay text.
    sqlite3_bind_text(m_statement.get(), index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const QByteArray& value)
{
    // A zero-length blob must still be a blob, not NULL: SQLite binds NULL for a null pointer.
    static const char empty = 0;
    sqlite3_bind_blob(m_statement.get(), index, value.isEmpty() ? &empty : value.constData(),
                      int(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement.get(), index);
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement.get());
    if ((rc & 0xff) == SQLITE_CORRUPT) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::SqliteStatement",
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
                QCoreApplication::translate("nianbao::SqliteStatement",
                                            "The archive database reported an error: %1")
                    .arg(reason));
}

Result<void> SqliteStatement::run()
{
    for (;;) {
        const Result<bool> row = step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            sqlite3_reset(m_statement.get());
            return {};
        }
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement.get());
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement.get(), column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement.get(), column);
}

std::optional<double> SqliteStatement::optionalReal(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return real(column);
}

std::optional<qint64> SqliteStatement::optionalInt64(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return int64(column);
}

QString SqliteStatement::text(int column) const
{
    const auto* data =
        reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement.get(), column));
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto* data =
        reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement.get(), column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement.get(), column));
    return QByteArray(data, sqlite3_column_bytes(m_statement.get(), column));
}

CachedStatement::~CachedStatement()
{
    if (m_statement) {
        m_statement->reset();
    }
}

} // namespace nianbao
