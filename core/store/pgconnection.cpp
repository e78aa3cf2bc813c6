#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

namespace nianbao::store {

namespace {

/// Server notices (a NOTICE from CREATE ... IF NOT EXISTS) are not for the user: libpq would
/// print them on stderr, in the middle of the CLI's output.
void ignoreNotice(void*, const char*) {}

QString trimmedMessage(const char* message)
{
    return QString::fromUtf8(message).trimmed();
}

} // namespace

void PgConnection::Closer::operator()(pg_conn* conn) const
{
    PQfinish(conn);
}

PgConnection::PgConnection(pg_conn* conn, QString uri)
    : m_conn(conn)
    , m_uri(std::move(uri))
{}

bool PgConnection::isUri(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

Result<PgConnection> PgConnection::open(const QString& uri)
{
    // Defaults the URI may override: a server that does not answer is given up after 10 s
    // instead of hanging the window, and the server's views name the program.
    const QByteArray expanded = uri.toUtf8();
    const char* const keywords[] = {"connect_timeout", "application_name", "dbname", nullptr};
    const char* const values[] = {"10", "nianbao", expanded.constData(), nullptr};
    PgConnection db(PQconnectdbParams(keywords, values, 1), uri);
    if (!db.m_conn) {
        return fail(
            ErrorCode::Database,
            QCoreApplication::translate("nianbao::Archive", "Cannot connect to %1: out of memory.")
                .arg(db.displayName()));
    }
    if (PQstatus(db.handle()) != CONNECTION_OK) {
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("nianbao::Archive", "Cannot connect to %1: %2")
                        .arg(db.displayName(), trimmedMessage(PQerrorMessage(db.handle()))));
    }
    PQsetNoticeProcessor(db.handle(), &ignoreNotice, nullptr);
    if (PQsetClientEncoding(db.handle(), "UTF8") != 0) {
        return std::unexpected(db.lastError(QStringLiteral("client encoding")));
    }
    // Times are read back in UTC, in one format, whatever the server's settings.
    if (Result<void> set = db.exec("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; "
                                   "SET extra_float_digits = 3");
        !set) {
        return std::unexpected(set.error());
    }
    return db;
}

QString PgConnection::withoutPassword(const QString& location)
{
    if (!isUri(location)) {
        return location;
    }
    // libpq takes a password in the user part or as the parameter "password": neither is
    // shown or remembered.
    QUrl url(location);
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
    }
    return url.toString(QUrl::RemovePassword);
}

QString PgConnection::displayName() const
{
    return withoutPassword(m_uri);
}

Error PgConnection::lastError(const QString& what) const
{
    return Error{ErrorCode::Database,
                 QCoreApplication::translate("nianbao::Archive", "%1 failed on %2: %3")
                     .arg(what, displayName(), trimmedMessage(PQerrorMessage(handle())))};
}

Result<void> PgConnection::exec(QByteArrayView sql)
{
    const PgResult result(PQexec(handle(), sql.toByteArray().constData()));
    const ExecStatusType status = result.get() ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        return std::unexpected(Error{
            ErrorCode::Database,
            QCoreApplication::translate("nianbao::Archive", "The database refused a statement: %1")
                .arg(trimmedMessage(result.get() ? PQresultErrorMessage(result.get())
                                                 : PQerrorMessage(handle())))});
    }
    return {};
}

PgStatement PgConnection::prepare(QByteArrayView sql)
{
    return PgStatement(handle(), sql.toByteArray());
}

Result<qint64> PgConnection::queryInteger(QByteArrayView sql)
{
    PgStatement select = prepare(sql);
    const Result<bool> row = select.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? select.int64(0) : 0;
}

} // namespace nianbao::store
