#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace nianbao::store {

/// A prepared SQLite statement, finalized when it goes out of scope. Parameters are 1-based
/// like SQLite's; columns are 0-based. Text is bound and read as UTF-8.
class SqliteStatement {
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement);

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64{value}); }
    void bind(int index, double value);
    void bind(int index, std::optional<double> value);
    void bind(int index, std::optional<qint64> value);
    void bind(int index, const QString& value);
    /// Text already in UTF-8 (copied: the bytes need not outlive the call).
    void bindUtf8(int index, QByteArrayView utf8);
    void bindBlob(int index, const QByteArray& value);
    void bindNull(int index);

    /// Runs to the next row: true when a row is there to read, false when done.
    Result<bool> step();
    /// Runs a statement that returns no rows (or whose rows do not matter) to completion.
    Result<void> run();
    /// Ready to run again with new bindings.
    void reset();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::optional<double> optionalReal(int column) const;
    [[nodiscard]] std::optional<qint64> optionalInt64(int column) const;
    [[nodiscard]] QString text(int column) const;
    /// The column's UTF-8 bytes, valid until the next step or reset.
    [[nodiscard]] QByteArrayView utf8(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* statement) const;
    };
    sqlite3* m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
};

/// A statement borrowed from a connection's cache: reset and cleared when the lease ends, so
/// that a half-read query never keeps a read snapshot open.
class CachedStatement {
public:
    explicit CachedStatement(SqliteStatement& statement)
        : m_statement(&statement)
    {}
    CachedStatement(CachedStatement&& other) noexcept
        : m_statement(std::exchange(other.m_statement, nullptr))
    {}
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;
    CachedStatement& operator=(CachedStatement&&) = delete;
    ~CachedStatement();

    SqliteStatement* operator->() { return m_statement; }
    SqliteStatement& operator*() { return *m_statement; }

private:
    SqliteStatement* m_statement;
};

} // namespace nianbao::store
