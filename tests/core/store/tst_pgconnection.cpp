// The libpq layer of the PostgreSQL back end: bound parameters of every kind come back as
// they went, and transactions with savepoints undo exactly what they should.

#include "store/pgconnection.h"
#include "store/pgtransaction.h"
#include "testbackend.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace nianbao;
using namespace nianbao::store;

class TestPgConnection : public QObject {
    Q_OBJECT

private:
    std::optional<PgConnection> m_db;

    qint64 count()
    {
        const Result<qint64> rows = m_db->queryInteger("SELECT count(*) FROM items");
        return rows ? *rows : -1;
    }

    Result<void> insert(const QString& name)
    {
        PgStatement statement = m_db->prepare("INSERT INTO items (name) VALUES ($1)");
        statement.bind(1, name);
        return statement.run();
    }

private slots:
    void initTestCase()
    {
        if (QString why; test::postgresUri(&why).isEmpty()) {
            QSKIP(qPrintable(why));
        }
        Result<PgConnection> db = PgConnection::open(test::freshPostgresLocation());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db.emplace(std::move(*db));
        QVERIFY(m_db->exec("CREATE TABLE items (id bigserial PRIMARY KEY, name text NOT NULL "
                           "UNIQUE)"));
    }

    void init() { QVERIFY(m_db->exec("TRUNCATE items")); }

    void valuesComeBackAsBound()
    {
        PgStatement select = m_db->prepare("SELECT $1::text, $2::bigint, $3::float8, $4::float8, "
                                           "$5::bytea, $6::text, $7::boolean, $8::bigint");
        // Quotes, a backslash, a semicolon and Chinese text are a value, never SQL.
        const QString hostile = QStringLiteral("x'); DROP TABLE items; -- \\ 河北省\"财政厅\"");
        const QByteArray bytes("\0\x01\xff'\\x", 6);
        const double third = 1.0 / 3.0;
        select.bind(1, hostile);
        select.bind(2, std::numeric_limits<qint64>::min());
        select.bind(3, third);
        select.bind(4, std::optional<double>());
        select.bindBlob(5, bytes);
        select.bind(6, QString(QLatin1String("")));
        select.bind(7, true);
        select.bind(8, std::optional<qint64>());
        const Result<bool> row = select.step();
        QVERIFY2(row, row ? "" : qPrintable(row.error().message));
        QVERIFY(*row);
        QCOMPARE(select.text(0), hostile);
        QCOMPARE(select.int64(1), std::numeric_limits<qint64>::min());
        QCOMPARE(select.real(2), third); // exact, not rounded to 15 digits
        QVERIFY(select.isNull(3));
        QCOMPARE(select.optionalReal(3), std::nullopt);
        QCOMPARE(select.blob(4), bytes);
        QVERIFY(!select.isNull(5));
        QCOMPARE(select.text(5), QString());
        QCOMPARE(select.int64(6), 1);
        QCOMPARE(select.optionalInt64(7), std::nullopt);
        QCOMPARE(*select.step(), false);
        QVERIFY(count() == 0);
    }

    void aFailedStatementSaysWhy()
    {
        PgStatement select = m_db->prepare("SELECT * FROM no_such_table WHERE id = $1");
        select.bind(1, qint64(1));
        const Result<bool> row = select.step();
        QVERIFY(!row);
        QCOMPARE(row.error().code, ErrorCode::Database);
        QVERIFY2(row.error().message.contains(QLatin1String("no_such_table")),
                 qPrintable(row.error().message));
    }

    void uncommittedTransactionRollsBack()
    {
        {
            Result<PgTransaction> transaction = PgTransaction::begin(*m_db);
            QVERIFY(transaction);
            QVERIFY(insert(QStringLiteral("a")));
            QCOMPARE(count(), 1);
        }
        QCOMPARE(count(), 0);
        QCOMPARE(m_db->transactionDepth(), 0);
    }

    void savepointUndoesOnlyItsPart()
    {
        Result<PgTransaction> outer = PgTransaction::begin(*m_db);
        QVERIFY(outer);
        QVERIFY(insert(QStringLiteral("kept")));
        {
            Result<PgTransaction> inner = PgTransaction::begin(*m_db);
            QVERIFY(inner);
            QVERIFY(insert(QStringLiteral("undone")));
            // A failing statement aborts the transaction; rolling back to the savepoint
            // clears that, and the outer transaction goes on.
            QVERIFY(!insert(QStringLiteral("kept")));
        }
        QVERIFY(insert(QStringLiteral("after")));
        {
            Result<PgTransaction> inner = PgTransaction::begin(*m_db);
            QVERIFY(inner);
            QVERIFY(insert(QStringLiteral("committed inner")));
            QVERIFY(inner->commit());
        }
        QVERIFY(outer->commit());
        QCOMPARE(count(), 3);
        PgStatement names = m_db->prepare("SELECT name FROM items ORDER BY id");
        QStringList found;
        while (*names.step()) {
            found << names.text(0);
        }
        QCOMPARE(found, (QStringList{QStringLiteral("kept"), QStringLiteral("after"),
                                     QStringLiteral("committed inner")}));
    }

    void changesCountsRows()
    {
        QVERIFY(insert(QStringLiteral("a")));
        QVERIFY(insert(QStringLiteral("b")));
        PgStatement update = m_db->prepare("UPDATE items SET name = name || $1");
        update.bind(1, QStringLiteral("!"));
        QVERIFY(update.run());
        QCOMPARE(update.changes(), 2);
    }

    void badUriIsAClearMessage()
    {
        const Result<PgConnection> db =
            PgConnection::open(QStringLiteral("postgresql://nobody:secret@127.0.0.1:1/none"));
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QLatin1String("127.0.0.1")),
                 qPrintable(db.error().message));
        // The password is never echoed.
        QVERIFY(!db.error().message.contains(QLatin1String("secret")));
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
