#pragma once

#include "common/error.h"
#include "store/sqlitestatement.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace nianbao::store {

/// One connection to an SQLite database file.
///
/// The archive talks to SQLite through its C API rather than Qt SQL: it needs the pragmas
/// (WAL, foreign keys, user_version, application_id), FTS5 with the trigram tokenizer, and
/// statements prepared once and reused for the ~200 cells of every report, none of which Qt
/// SQL's driver layer exposes without going around it.
///
/// A connection belongs to one thread at a time. Other threads open their own connection to
/// the same file: WAL lets readers run beside the one writer, and the busy timeout makes a
/// second writer wait instead of failing.
class SqliteConnection {
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    static Result<SqliteConnection> open(const QString& path, Mode mode = Mode::ReadWriteCreate);

    SqliteConnection(SqliteConnection&&) noexcept = default;
    SqliteConnection& operator=(SqliteConnection&&) noexcept = default;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;
    ~SqliteConnection() = default;

    /// Runs one or more statements that take no parameters (schema steps, pragmas).
    Result<void> exec(QByteArrayView sql);
    /// Runs one statement that takes no parameters, prepared once per connection: for the
    /// transaction control that every stored report runs.
    Result<void> run(QByteArrayView sql);
    /// A fresh statement, finalized when the value goes out of scope.
    Result<SqliteStatement> prepare(QByteArrayView sql);
    /// A statement prepared once per connection and reused: for the statements run per cell
    /// or per report.
    Result<CachedStatement> cached(QByteArrayView sql);
    /// The single integer a query such as "PRAGMA user_version" returns.
    Result<qint64> queryInteger(QByteArrayView sql);

    [[nodiscard]] qint64 lastInsertRowId() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    [[nodiscard]] qint64 changes() const;
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] const QString& path() const { return m_path; }

    /// An error carrying SQLite's own explanation of the last failure, after `what`.
    [[nodiscard]] Error lastError(const QString& what) const;

    /// Nesting depth of open transactions (see SqliteTransaction).
    int& transactionDepth() { return m_transactionDepth; }
    /// The depth of the shallowest transaction a joined one failed in, or 0: that transaction
    /// must not commit (see SqliteTransaction::beginOrJoin).
    int& failedJoinDepth() { return m_failedJoinDepth; }
    /// Called after every rollback, full or to a savepoint, so that caches of rows written in
    /// the undone transaction can be dropped.
    void setRollbackListener(std::function<void()> listener)
    {
        m_rollbackListener = std::move(listener);
    }
    void notifyRollback()
    {
        if (m_rollbackListener) {
            m_rollbackListener();
        }
    }

private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    SqliteConnection(sqlite3* db, QString path);

    // Declared before the cache: members die in reverse order, so statements are finalized
    // before the handle closes.
    std::unique_ptr<sqlite3, Closer> m_db;
    std::unordered_map<std::string, std::unique_ptr<SqliteStatement>> m_cache;
    QString m_path;
    int m_transactionDepth = 0;
    int m_failedJoinDepth = 0;
    std::function<void()> m_rollbackListener;
};

} // namespace nianbao::store
