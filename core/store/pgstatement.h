#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace nianbao::store {

/// A query result from libpq, cleared when it goes out of scope.
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result* result);

    [[nodiscard]] pg_result* get() const { return m_result.get(); }
    [[nodiscard]] int rows() const;
    [[nodiscard]] int columns() const;
    [[nodiscard]] bool isNull(int row, int column) const;
    /// The value as the server sent it (text format), valid while the result lives.
    [[nodiscard]] QByteArrayView value(int row, int column) const;

private:
    struct Clearer {
        void operator()(pg_result* result) const;
    };
    std::unique_ptr<pg_result, Clearer> m_result;
};

/// A statement with bound parameters on a PostgreSQL connection, shaped like SqliteStatement
/// so that both back ends read alike: parameters are 1-based ($1, $2...), columns 0-based.
/// Values travel in libpq's text format (bytea in binary); the server infers each parameter's
/// type from where it is used, so SQL casts a parameter only where the context does not say.
///
/// The statement runs at the first step() (or run()), which fetches the whole result; reset()
/// makes it ready to run again with new bindings.
class PgStatement {
public:
    PgStatement(pg_conn* conn, QByteArray sql);

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64{value}); }
    void bind(int index, bool value);
    void bind(int index, double value);
    void bind(int index, std::optional<double> value);
    void bind(int index, std::optional<qint64> value);
    void bind(int index, const QString& value);
    void bindUtf8(int index, QByteArrayView utf8);
    void bindBlob(int index, const QByteArray& value);
    void bindNull(int index);

    /// Runs (at the first call) and moves to the next row: true when a row is there to read.
    Result<bool> step();
    /// Runs a statement whose rows do not matter.
    Result<void> run();
    /// Rows an INSERT, UPDATE or DELETE changed (after run).
    [[nodiscard]] qint64 changes() const;
    void reset();

    /// Rows the last run returned.
    [[nodiscard]] int rowCount() const { return m_result.rows(); }
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] bool isNull(int column) const;
    /// Integers, and booleans as 1 or 0.
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::optional<double> optionalReal(int column) const;
    [[nodiscard]] std::optional<qint64> optionalInt64(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArrayView utf8(int column) const;
    /// A bytea column's bytes.
    [[nodiscard]] QByteArray blob(int column) const;

private:
    struct Parameter {
        std::optional<QByteArray> value;
        bool binary = false;
    };
    Parameter& parameter(int index);

    pg_conn* m_conn;
    QByteArray m_sql;
    std::vector<Parameter> m_parameters;
    PgResult m_result;
    bool m_ran = false;
    int m_row = -1;
};

} // namespace nianbao::store
