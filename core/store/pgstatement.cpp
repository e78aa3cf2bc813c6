#include "store/pgstatement.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace nianbao::store {

void PgResult::Clearer::operator()(pg_result* result) const
{
    PQclear(result);
}

PgResult::PgResult(pg_result* result)
    : m_result(result)
{}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QByteArrayView PgResult::value(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result.get(), row, column),
                          PQgetlength(m_result.get(), row, column));
}

PgStatement::PgStatement(pg_conn* conn, QByteArray sql)
    : m_conn(conn)
    , m_sql(std::move(sql))
{}

PgStatement::Parameter& PgStatement::parameter(int index)
{
    if (std::size_t(index) > m_parameters.size()) {
        m_parameters.resize(std::size_t(index));
    }
    return m_parameters[std::size_t(index - 1)];
}

void PgStatement::bind(int index, qint64 value)
{
    parameter(index) = {QByteArray::number(value), false};
}

void PgStatement::bind(int index, bool value)
{
    parameter(index) = {QByteArray(value ? "true" : "false"), false};
}

void PgStatement::bind(int index, double value)
{
    // 17 significant digits: the double comes back exactly.
    parameter(index) = {QByteArray::number(value, 'g', 17), false};
}

void PgStatement::bind(int index, std::optional<double> value)
{
    value ? bind(index, *value) : bindNull(index);
}

void PgStatement::bind(int index, std::optional<qint64> value)
{
    value ? bind(index, *value) : bindNull(index);
}

void PgStatement::bind(int index, const QString& value)
{
    parameter(index) = {value.toUtf8(), false};
}

void PgStatement::bindUtf8(int index, QByteArrayView utf8)
{
    parameter(index) = {utf8.toByteArray(), false};
}

void PgStatement::bindBlob(int index, const QByteArray& value)
{
    // A non-null empty array: an empty blob is a value, not NULL.
    parameter(index) = {value.isNull() ? QByteArray("") : value, true};
}

void PgStatement::bindNull(int index)
{
    parameter(index) = {std::nullopt, false};
}

Result<bool> PgStatement::step()
{
    if (!m_ran) {
        std::vector<const char*> values;
        std::vector<int> lengths;
        std::vector<int> formats;
        for (const Parameter& p : m_parameters) {
            values.push_back(p.value ? p.value->constData() : nullptr);
            lengths.push_back(p.value ? int(p.value->size()) : 0);
            formats.push_back(p.binary ? 1 : 0);
        }
        m_result = PgResult(PQexecParams(m_conn, m_sql.constData(), int(values.size()), nullptr,
                                         values.data(), lengths.data(), formats.data(), 0));
        m_ran = true;
        m_row = -1;
        const ExecStatusType status =
            m_result.get() ? PQresultStatus(m_result.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const char* message =
                m_result.get() ? PQresultErrorMessage(m_result.get()) : PQerrorMessage(m_conn);
            return fail(ErrorCode::Database,
                        QCoreApplication::translate("nianbao::Archive",
                                                    "The database refused a statement: %1")
                            .arg(QString::fromUtf8(message).trimmed()));
        }
    }
    ++m_row;
    return m_row < m_result.rows();
}

Result<void> PgStatement::run()
{
    const Result<bool> done = step();
    if (!done) {
        return std::unexpected(done.error());
    }
    return {};
}

qint64 PgStatement::changes() const
{
    return m_result.get() ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

void PgStatement::reset()
{
    m_ran = false;
    m_row = -1;
    m_result = PgResult();
}

int PgStatement::columnCount() const
{
    return m_result.columns();
}

bool PgStatement::isNull(int column) const
{
    return m_result.isNull(m_row, column);
}

qint64 PgStatement::int64(int column) const
{
    const QByteArrayView value = m_result.value(m_row, column);
    if (value == "t") {
        return 1;
    }
    if (value == "f") {
        return 0;
    }
    return value.toLongLong();
}

double PgStatement::real(int column) const
{
    return m_result.value(m_row, column).toDouble();
}

std::optional<double> PgStatement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::optional<qint64> PgStatement::optionalInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
}

QString PgStatement::text(int column) const
{
    return QString::fromUtf8(utf8(column));
}

QByteArrayView PgStatement::utf8(int column) const
{
    return m_result.value(m_row, column);
}

QByteArray PgStatement::blob(int column) const
{
    // bytea in text format: "\x" and the bytes in hex.
    const QByteArrayView hex = m_result.value(m_row, column);
    return QByteArray::fromHex(hex.sliced(std::min<qsizetype>(2, hex.size())).toByteArray());
}

} // namespace nianbao::store
