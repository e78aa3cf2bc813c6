#include "testbackend.h"

#include "store/pgconnection.h"
#include "store/sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace nianbao::test {

bool testingPostgres()
{
    return qEnvironmentVariable("NIANBAO_TEST_BACKEND") == QLatin1String("postgresql");
}

QString postgresUri(QString* why)
{
    const auto explain = [&](const QString& reason) {
        if (why) {
            *why = reason;
        }
        return QString();
    };
    const QString dir = qEnvironmentVariable("NIANBAO_TEST_PG_DIR");
    if (dir.isEmpty()) {
        return explain(QStringLiteral("no PostgreSQL test server: run the test through ctest, "
                                      "whose fixture postgres_start starts one"));
    }
    QFile unavailable(QDir(dir).filePath(QStringLiteral("unavailable")));
    if (unavailable.open(QIODevice::ReadOnly)) {
        return explain(QStringLiteral("no PostgreSQL test server: ") +
                       QString::fromUtf8(unavailable.readAll()).trimmed());
    }
    QFile uri(QDir(dir).filePath(QStringLiteral("uri")));
    if (!uri.open(QIODevice::ReadOnly)) {
        return explain(QStringLiteral("no PostgreSQL test server: %1 is missing (did the "
                                      "fixture postgres_start run?)")
                           .arg(uri.fileName()));
    }
    return QString::fromUtf8(uri.readAll()).trimmed();
}

QString backendUnavailable()
{
    if (!testingPostgres()) {
        return {};
    }
    QString why;
    return postgresUri(&why).isEmpty() ? why : QString();
}

QString freshPostgresLocation()
{
    static int count = 0;
    const QString base = postgresUri();
    if (base.isEmpty()) {
        qFatal("no PostgreSQL test server (check backendUnavailable() first)");
    }
    Result<store::PgConnection> db = store::PgConnection::open(base);
    if (!db) {
        qFatal("cannot connect to the test server: %s", qUtf8Printable(db.error().message));
    }
    // A name made of the process id and a counter: an identifier, never a value from input.
    const QString schema =
        QStringLiteral("test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++count);
    if (Result<void> created = db->exec(QByteArray("DROP SCHEMA IF EXISTS " + schema.toUtf8() +
                                                   " CASCADE; CREATE SCHEMA " + schema.toUtf8()));
        !created) {
        qFatal("cannot create a test schema: %s", qUtf8Printable(created.error().message));
    }
    return base + (base.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
           QStringLiteral("options=-csearch_path%3D") + schema;
}

QString freshArchiveLocation(const QString& dir, const QString& name)
{
    return testingPostgres() ? freshPostgresLocation() : QDir(dir).filePath(name);
}

Result<void> execOnArchive(const QString& location, QByteArrayView sqlite, QByteArrayView postgres)
{
    if (store::PgConnection::isUri(location)) {
        Result<store::PgConnection> db = store::PgConnection::open(location);
        if (!db) {
            return std::unexpected(db.error());
        }
        return db->exec(postgres);
    }
    Result<store::SqliteConnection> db = store::SqliteConnection::open(location);
    if (!db) {
        return std::unexpected(db.error());
    }
    return db->exec(sqlite);
}

Result<void> breakInserts(const QString& location, const QByteArray& table, const QByteArray& when)
{
    const QByteArray sqlite = "DROP TRIGGER IF EXISTS broken; CREATE TRIGGER broken BEFORE "
                              "INSERT ON " +
                              table + (when.isEmpty() ? QByteArray() : " WHEN " + when) +
                              " BEGIN SELECT RAISE(ABORT, 'injected failure'); END";
    const QByteArray postgres =
        "CREATE OR REPLACE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'injected failure'; END $$; "
        "DO $$ DECLARE t record; BEGIN FOR t IN SELECT tgrelid::regclass AS rel FROM "
        "pg_trigger WHERE tgname = 'broken' LOOP EXECUTE format('DROP TRIGGER broken ON %s', "
        "t.rel); END LOOP; END $$; "
        "CREATE TRIGGER broken BEFORE INSERT ON " +
        table + " FOR EACH ROW" + (when.isEmpty() ? QByteArray() : " WHEN (" + when + ")") +
        " EXECUTE FUNCTION injected_failure()";
    return execOnArchive(location, sqlite, postgres);
}

} // namespace nianbao::test
