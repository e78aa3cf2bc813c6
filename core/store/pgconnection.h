#pragma once

#include "common/error.h"
#include "store/pgstatement.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct pg_conn;

namespace nianbao::store {

/// One connection to a PostgreSQL server, through libpq.
///
/// libpq rather than Qt's QPSQL driver: the team archive needs COPY … TO STDOUT for wide
/// exports, LISTEN/NOTIFY (PQnotifies on the connection's socket) for live updates, and
/// control over transactions and savepoints, none of which Qt SQL exposes; and it keeps the
/// PostgreSQL back end in the same shape as the SQLite one (a thin RAII layer over the C API).
///
/// Every statement with values takes them as bound parameters ($1, $2...): no value is ever
/// written into SQL text. A connection belongs to one thread at a time.
class PgConnection {
public:
    /// Connects with a libpq connection URI (postgresql://user@host:port/dbname?...). The
    /// password, when the server asks for one, comes from libpq's usual places (~/.pgpass,
    /// PGPASSWORD, a service file): Nianbao never stores one.
    static Result<PgConnection> open(const QString& uri);
    /// Whether `location` names a PostgreSQL database rather than a file.
    static bool isUri(const QString& location);
    /// `location` as messages show it: a URI without its password, if it has one.
    static QString withoutPassword(const QString& location);

    PgConnection(PgConnection&&) noexcept = default;
    PgConnection& operator=(PgConnection&&) noexcept = default;
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    ~PgConnection() = default;

    /// Runs one or more statements that take no parameters (schema steps, transaction control).
    Result<void> exec(QByteArrayView sql);
    /// A statement to bind and run (see PgStatement).
    PgStatement prepare(QByteArrayView sql);
    /// The single integer a parameterless query returns.
    Result<qint64> queryInteger(QByteArrayView sql);

    [[nodiscard]] const QString& uri() const { return m_uri; }
    /// The URI without a password, for messages.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] pg_conn* handle() const { return m_conn.get(); }

    /// An error carrying the server's own explanation, after `what`.
    [[nodiscard]] Error lastError(const QString& what) const;

    /// Nesting depth of open transactions (see PgTransaction).
    int& transactionDepth() { return m_transactionDepth; }
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
        void operator()(pg_conn* conn) const;
    };
    PgConnection(pg_conn* conn, QString uri);

    std::unique_ptr<pg_conn, Closer> m_conn;
    QString m_uri;
    int m_transactionDepth = 0;
    std::function<void()> m_rollbackListener;
};

} // namespace nianbao::store
