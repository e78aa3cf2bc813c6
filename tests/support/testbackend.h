#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace nianbao::test {

/// The archive tests run on either back end: SQLite by default, PostgreSQL when ctest runs
/// their "_postgresql" twin (NIANBAO_TEST_BACKEND=postgresql, see tests/CMakeLists.txt).
bool testingPostgres();

/// The test server's URI (NIANBAO_TEST_PG_DIR/uri, written by the "postgres" fixture), or
/// empty when there is none; `why` then says why.
QString postgresUri(QString* why = nullptr);

/// Why this run's back end cannot be tested (no PostgreSQL server could be started), or empty.
/// Tests QSKIP with it (NIANBAO_SKIP_UNLESS_BACKEND).
QString backendUnavailable();

/// Where a new, empty archive goes on this run's back end: the file `name` in `dir` for
/// SQLite; for PostgreSQL a URI to the test server whose search path is a schema of its own,
/// created here, so that every test archive starts empty and none sees another's tables.
QString freshArchiveLocation(const QString& dir, const QString& name);

/// A fresh, empty schema on the PostgreSQL test server, as a URI that uses it (see above).
QString freshPostgresLocation();

/// Runs SQL on an archive through a connection of its own, around the Archive interface (to
/// try what the archive must refuse): `sqlite` on an SQLite file, `postgres` on a PostgreSQL
/// archive.
Result<void> execOnArchive(const QString& location, QByteArrayView sqlite, QByteArrayView postgres);

/// Makes every insert into `table` fail with "injected failure", as a full disk or a lost
/// connection would; with `when` (an SQL condition over `new`) only the rows it holds for.
/// Replaces the failure injected before, if any.
Result<void> breakInserts(const QString& location, const QByteArray& table,
                          const QByteArray& when = {});

} // namespace nianbao::test

/// Skips the calling test (or, in initTestCase, the whole class) with the reason when its back
/// end cannot be tested.
#define NIANBAO_SKIP_UNLESS_BACKEND()                                                              \
    do {                                                                                           \
        const QString nianbaoWhyNot = nianbao::test::backendUnavailable();                         \
        if (!nianbaoWhyNot.isEmpty())                                                              \
            QSKIP(qPrintable(nianbaoWhyNot));                                                      \
    } while (false)
