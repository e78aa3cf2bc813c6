// Moving an archive between back ends: every table copied row for row, then counted and
// checksummed on both sides inside the target's transaction.

#include "store/migration.h"

#include "store/archive.h"
#include "store/pgarchivestate.h"
#include "store/pgconnection.h"
#include "store/pgtransaction.h"
#include "store/sqliteconnection.h"
#include "store/sqlitetransaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace nianbao::store {

namespace {

/// How a column's values are read, written and checksummed alike on both back ends.
enum class Kind { Integer, Real, Text, Blob, Boolean, Time };

struct Column {
    const char* name;
    Kind kind;
};

/// A table of the archive's latest version: its columns, key order, and identity column
/// (whose PostgreSQL sequence must go on after the copied ids).
struct Table {
    const char* name;
    std::vector<Column> columns;
    const char* order;
    const char* identity = nullptr;
    /// The key is text: PostgreSQL orders it byte by byte (COLLATE "C"), as SQLite does, so
    /// that both sides checksum the rows in one order whatever the database's locale.
    bool textKey = false;
};

using K = Kind;

/// Parents before children, so that foreign keys hold at every row.
const std::vector<Table>& archiveTables()
{
    static const std::vector<Table> tables{
        {"reports",
         {{"id", K::Integer},
          {"sha256", K::Blob},
          {"file_name", K::Text},
          {"format", K::Text},
          {"encoding", K::Text},
          {"title", K::Text},
          {"agency", K::Text},
          {"agency_key", K::Text},
          {"region", K::Text},
          {"year", K::Integer},
          {"template_id", K::Text},
          {"imported_at", K::Time},
          {"extracted_at", K::Time},
          {"review_status", K::Text},
          {"open_errors", K::Integer},
          {"open_warnings", K::Integer},
          {"open_notes", K::Integer}},
         "id",
         "id"},
        {"report_sources", {{"report_id", K::Integer}, {"bytes", K::Blob}}, "report_id"},
        {"report_texts",
         {{"report_id", K::Integer},
          {"text", K::Text},
          {"notices", K::Text},
          {"page_boxes", K::Text},
          {"low_quality", K::Boolean},
          {"meta_spans", K::Text}},
         "report_id"},
        {"cell_keys", {{"id", K::Integer}, {"key", K::Text}}, "id", "id"},
        {"cells",
         {{"report_id", K::Integer},
          {"key_id", K::Integer},
          {"ord", K::Integer},
          {"value", K::Real},
          {"raw", K::Text},
          {"span_start", K::Integer},
          {"span_end", K::Integer},
          {"confidence", K::Real}},
         "report_id, key_id"},
        {"extra_cells",
         {{"report_id", K::Integer},
          {"key_id", K::Integer},
          {"ord", K::Integer},
          {"value", K::Real},
          {"raw", K::Text},
          {"span_start", K::Integer},
          {"span_end", K::Integer},
          {"confidence", K::Real}},
         "report_id, key_id"},
        {"cell_candidates",
         {{"report_id", K::Integer},
          {"key_id", K::Integer},
          {"rank", K::Integer},
          {"value", K::Real},
          {"score", K::Real}},
         "report_id, key_id, rank"},
        {"label_matches",
         {{"report_id", K::Integer},
          {"ord", K::Integer},
          {"key", K::Text},
          {"alias", K::Text},
          {"text", K::Text},
          {"span_start", K::Integer},
          {"span_end", K::Integer},
          {"distance", K::Integer}},
         "report_id, ord"},
        {"narrative_parts",
         {{"report_id", K::Integer},
          {"ord", K::Integer},
          {"key", K::Text},
          {"heading", K::Text},
          {"text", K::Text},
          {"span_start", K::Integer},
          {"span_end", K::Integer}},
         "report_id, ord"},
        {"findings",
         {{"report_id", K::Integer},
          {"ord", K::Integer},
          {"rule", K::Text},
          {"severity", K::Text},
          {"cells", K::Text},
          {"message_template", K::Text},
          {"args", K::Text},
          {"fingerprint", K::Text}},
         "report_id, ord"},
        {"corrections",
         {{"id", K::Integer},
          {"report_id", K::Integer},
          {"cell_key", K::Text},
          {"old_value", K::Real},
          {"new_value", K::Real},
          {"extracted_value", K::Real},
          {"reviewer", K::Text},
          {"corrected_at", K::Time},
          {"reason", K::Text},
          {"vouched", K::Boolean},
          {"candidate", K::Integer}},
         "id",
         "id"},
        {"finding_decisions",
         {{"id", K::Integer},
          {"report_id", K::Integer},
          {"fingerprint", K::Text},
          {"verdict", K::Text},
          {"comment", K::Text},
          {"reviewer", K::Text},
          {"decided_at", K::Time}},
         "id",
         "id"},
        {"report_changes",
         {{"id", K::Integer},
          {"report_id", K::Integer},
          {"field", K::Text},
          {"old_value", K::Text},
          {"new_value", K::Text},
          {"reviewer", K::Text},
          {"changed_at", K::Time},
          {"reason", K::Text},
          {"override", K::Boolean}},
         "id",
         "id"},
        {"retired_reports",
         {{"report_id", K::Integer},
          {"kept_id", K::Integer},
          {"reviewer", K::Text},
          {"reason", K::Text},
          {"retired_at", K::Time}},
         "report_id"},
        {"assignments",
         {{"report_id", K::Integer},
          {"reviewer", K::Text},
          {"assigned_by", K::Text},
          {"assigned_at", K::Time}},
         "report_id"},
        // The supervisor's desk (version 7): the registry of expected bodies, the names the
        // reviewers matched to a body, and the publication dates they set. Its times are text
        // on both back ends.
        {"registry_bodies",
         {{"ord", K::Integer},
          {"name", K::Text},
          {"aliases", K::Text},
          {"region_code", K::Text},
          {"level", K::Text},
          {"parent_name", K::Text},
          {"source_row", K::Integer},
          {"source_file", K::Text},
          {"imported_at", K::Text}},
         "ord"},
        {"agency_aliases",
         {{"agency_key", K::Text},
          {"agency", K::Text},
          {"body_name", K::Text},
          {"set_at", K::Text}},
         "agency_key",
         nullptr,
         true},
        {"publication_dates",
         {{"report_id", K::Integer}, {"date", K::Text}, {"set_at", K::Text}},
         "report_id"},
    };
    return tables;
}

/// One value, the same whichever back end it came from: integers and booleans as integers,
/// times as ISO 8601 UTC text with milliseconds, text as UTF-8.
struct Value {
    bool null = true;
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes;
};
using Row = std::vector<Value>;

QByteArray columnList(const Table& table)
{
    QByteArray list;
    for (const Column& column : table.columns) {
        list += (list.isEmpty() ? "" : ", ") + QByteArray(column.name);
    }
    return list;
}

QByteArray isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toUtf8();
}

template <typename Statement, typename ParseTime>
Row readRow(const Statement& statement, const Table& table, ParseTime parseTime)
{
    Row row(table.columns.size());
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const int at = int(i);
        Value& value = row[i];
        value.null = statement.isNull(at);
        if (value.null) {
            continue;
        }
        switch (table.columns[i].kind) {
        case Kind::Integer:
        case Kind::Boolean:
            value.integer = statement.int64(at);
            break;
        case Kind::Real:
            value.real = statement.real(at);
            break;
        case Kind::Text:
            value.bytes = statement.utf8(at).toByteArray();
            break;
        case Kind::Blob:
            value.bytes = statement.blob(at);
            break;
        case Kind::Time:
            value.bytes = isoTime(parseTime(statement.utf8(at)));
            break;
        }
    }
    return row;
}

template <typename Statement>
void bindRow(Statement& statement, int first, const Table& table, const Row& row)
{
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const int at = first + int(i);
        const Value& value = row[i];
        if (value.null) {
            statement.bindNull(at);
            continue;
        }
        switch (table.columns[i].kind) {
        case Kind::Integer:
            statement.bind(at, value.integer);
            break;
        case Kind::Boolean:
            if constexpr (std::is_same_v<Statement, PgStatement>) {
                statement.bind(at, value.integer != 0);
            } else {
                statement.bind(at, value.integer);
            }
            break;
        case Kind::Real:
            statement.bind(at, value.real);
            break;
        case Kind::Text:
        case Kind::Time:
            statement.bindUtf8(at, value.bytes);
            break;
        case Kind::Blob:
            statement.bindBlob(at, value.bytes);
            break;
        }
    }
}

/// A row's values in a form that is the same on both back ends, for the checksum.
void hashRow(QCryptographicHash& hash, const Row& row)
{
    for (const Value& value : row) {
        if (value.null) {
            hash.addData("N;");
            continue;
        }
        hash.addData(QByteArray(QByteArray::number(value.integer) + ':' +
                                QByteArray::number(value.real, 'g', 17) + ':' +
                                QByteArray::number(value.bytes.size()) + ':'));
        hash.addData(value.bytes);
        hash.addData(";");
    }
    hash.addData("\n");
}

constexpr qsizetype kRowsPerInsert = 200;

/// One side of a migration: a connection to an archive of either back end.
class Side {
public:
    Side() = default;
    Side(const Side&) = delete;
    Side& operator=(const Side&) = delete;
    virtual ~Side() = default;

    /// Reads from one snapshot (source) or writes in one transaction (target) from here on.
    virtual Result<void> beginRead() = 0;
    virtual Result<void> beginWrite() = 0;
    virtual Result<void> commit() = 0;
    virtual Result<void> forEachRow(const Table& table, const std::function<void(Row&&)>& take) = 0;
    virtual Result<void> insert(const Table& table, std::span<const Row> rows) = 0;
    /// After the copy: what the back end must set for new rows to follow the copied ones.
    virtual Result<void> afterCopy(const Table& table) = 0;
};

class SqliteSide final : public Side {
public:
    explicit SqliteSide(SqliteConnection db)
        : m_db(std::move(db))
    {}

    Result<void> beginRead() override { return m_db.exec("BEGIN"); }
    Result<void> beginWrite() override
    {
        Result<SqliteTransaction> begun = SqliteTransaction::begin(m_db);
        if (!begun) {
            return std::unexpected(begun.error());
        }
        m_transaction.emplace(std::move(*begun));
        return {};
    }
    Result<void> commit() override { return m_transaction->commit(); }

    Result<void> forEachRow(const Table& table, const std::function<void(Row&&)>& take) override
    {
        Result<SqliteStatement> select = m_db.prepare(QByteArray(
            "SELECT " + columnList(table) + " FROM " + table.name + " ORDER BY " + table.order));
        if (!select) {
            return std::unexpected(select.error());
        }
        for (;;) {
            const Result<bool> row = select->step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                return {};
            }
            take(readRow(*select, table, [](QByteArrayView text) {
                return QDateTime::fromString(QString::fromUtf8(text), Qt::ISODateWithMs);
            }));
        }
    }

    Result<void> insert(const Table& table, std::span<const Row> rows) override
    {
        QByteArray marks = "(?";
        for (std::size_t i = 1; i < table.columns.size(); ++i) {
            marks += ",?";
        }
        marks += ')';
        QByteArray sql = "INSERT INTO " + QByteArray(table.name) + " (" + columnList(table) +
                         ") VALUES " + marks;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            sql += ',' + marks;
        }
        Result<SqliteStatement> statement = m_db.prepare(sql);
        if (!statement) {
            return std::unexpected(statement.error());
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            bindRow(*statement, int(i * table.columns.size()) + 1, table, rows[i]);
        }
        return statement->run();
    }

    Result<void> afterCopy(const Table&) override { return {}; }

private:
    SqliteConnection m_db;
    std::optional<SqliteTransaction> m_transaction;
};

class PgSide final : public Side {
public:
    explicit PgSide(PgConnection db)
        : m_db(std::move(db))
    {}

    Result<void> beginRead() override
    {
        Result<PgTransaction> begun = PgTransaction::beginSnapshot(m_db);
        if (!begun) {
            return std::unexpected(begun.error());
        }
        m_transaction.emplace(std::move(*begun));
        return {};
    }
    Result<void> beginWrite() override
    {
        Result<PgTransaction> begun = PgTransaction::begin(m_db);
        if (!begun) {
            return std::unexpected(begun.error());
        }
        m_transaction.emplace(std::move(*begun));
        return {};
    }
    Result<void> commit() override { return m_transaction->commit(); }

    Result<void> forEachRow(const Table& table, const std::function<void(Row&&)>& take) override
    {
        // A cursor, so that a large archive is never in memory at once.
        const QByteArray cursor = QByteArray("migrate_") + table.name;
        if (Result<void> declared =
                m_db.exec(QByteArray("DECLARE " + cursor + " NO SCROLL CURSOR FOR SELECT " +
                                     columnList(table) + " FROM " + table.name + " ORDER BY " +
                                     table.order + (table.textKey ? " COLLATE \"C\"" : "")));
            !declared) {
            return declared;
        }
        for (;;) {
            PgStatement fetch = m_db.prepare(QByteArray("FETCH FORWARD 1000 FROM " + cursor));
            Result<bool> row = fetch.step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                return m_db.exec(QByteArray("CLOSE " + cursor));
            }
            while (*row) {
                take(readRow(fetch, table, pg_detail::parsePgTime));
                row = fetch.step();
            }
        }
    }

    Result<void> insert(const Table& table, std::span<const Row> rows) override
    {
        QByteArray sql = "INSERT INTO " + QByteArray(table.name) + " (" + columnList(table) + ")" +
                         (table.identity ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES ";
        int parameter = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            sql += i == 0 ? "(" : ",(";
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                sql += (c == 0 ? "$" : ",$") + QByteArray::number(++parameter);
            }
            sql += ')';
        }
        PgStatement statement = m_db.prepare(sql);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            bindRow(statement, int(i * table.columns.size()) + 1, table, rows[i]);
        }
        return statement.run();
    }

    Result<void> afterCopy(const Table& table) override
    {
        if (!table.identity) {
            return {};
        }
        // The table's name and column are the program's own, never input.
        PgStatement sequence = m_db.prepare(
            QByteArray(QByteArray("SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max(") +
                       table.identity + "), 0) + 1, false) FROM " + table.name));
        sequence.bind(1, QString::fromLatin1(table.name));
        sequence.bind(2, QString::fromLatin1(table.identity));
        return sequence.run();
    }

private:
    PgConnection m_db;
    std::optional<PgTransaction> m_transaction;
};

/// Opens (creating or upgrading) the archive, then a raw connection to it.
Result<std::unique_ptr<Side>> openSide(const QString& location, std::optional<qint64>* reports)
{
    {
        Result<std::unique_ptr<Archive>> archive = Archive::open(location);
        if (!archive) {
            return std::unexpected(archive.error());
        }
        if (reports) {
            const Result<qint64> count = (*archive)->countReports();
            if (!count) {
                return std::unexpected(count.error());
            }
            *reports = *count;
        }
    }
    if (PgConnection::isUri(location)) {
        Result<PgConnection> db = PgConnection::open(location);
        if (!db) {
            return std::unexpected(db.error());
        }
        return std::unique_ptr<Side>(new PgSide(std::move(*db)));
    }
    Result<SqliteConnection> db =
        SqliteConnection::open(location, SqliteConnection::Mode::ReadWrite);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (Result<void> waits = db->exec("PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON");
        !waits) {
        return std::unexpected(waits.error());
    }
    return std::unique_ptr<Side>(new SqliteSide(std::move(*db)));
}

Result<std::vector<TableCopy>> checksums(Side& side)
{
    std::vector<TableCopy> tables;
    for (const Table& table : archiveTables()) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        TableCopy copy{QString::fromLatin1(table.name), 0, {}};
        if (Result<void> read = side.forEachRow(table,
                                                [&](Row&& row) {
                                                    hashRow(hash, row);
                                                    ++copy.rows;
                                                });
            !read) {
            return std::unexpected(read.error());
        }
        copy.checksum = hash.result();
        tables.push_back(std::move(copy));
    }
    return tables;
}

Error mismatch(const TableCopy& source, const TableCopy& target)
{
    return Error{ErrorCode::Database,
                 QCoreApplication::translate(
                     "nianbao::Archive",
                     "The copy of table %1 does not match its source (%2 rows, checksum %3; "
                     "copied %4 rows, checksum %5): nothing was written.")
                     .arg(source.table)
                     .arg(source.rows)
                     .arg(QString::fromLatin1(source.checksum.toHex().left(16)))
                     .arg(target.rows)
                     .arg(QString::fromLatin1(target.checksum.toHex().left(16)))};
}

} // namespace

qint64 MigrationSummary::reports() const
{
    for (const TableCopy& table : tables) {
        if (table.table == QLatin1String("reports")) {
            return table.rows;
        }
    }
    return 0;
}

Result<std::vector<TableCopy>> archiveChecksums(const QString& location)
{
    Result<std::unique_ptr<Side>> side = openSide(location, nullptr);
    if (!side) {
        return std::unexpected(side.error());
    }
    if (Result<void> begun = (*side)->beginRead(); !begun) {
        return std::unexpected(begun.error());
    }
    return checksums(**side);
}

Result<MigrationSummary> migrateArchive(const QString& from, const QString& to)
{
    if (from == to) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive",
                                                "An archive cannot be moved onto itself."));
    }
    Result<std::unique_ptr<Side>> source = openSide(from, nullptr);
    if (!source) {
        return std::unexpected(source.error());
    }
    std::optional<qint64> held;
    Result<std::unique_ptr<Side>> target = openSide(to, &held);
    if (!target) {
        return std::unexpected(target.error());
    }
    if (held.value_or(0) > 0) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive",
                                                "%1 holds %2 report(s) already: an archive is "
                                                "moved only into an empty one.")
                        .arg(PgConnection::withoutPassword(to))
                        .arg(*held));
    }
    for (Result<void> begun : {(*source)->beginRead(), (*target)->beginWrite()}) {
        if (!begun) {
            return std::unexpected(begun.error());
        }
    }
    for (const Table& table : archiveTables()) {
        std::vector<Row> batch;
        std::optional<Error> failure;
        const auto flush = [&] {
            if (!failure && !batch.empty()) {
                if (Result<void> inserted = (*target)->insert(table, batch); !inserted) {
                    failure = inserted.error();
                }
            }
            batch.clear();
        };
        const Result<void> read = (*source)->forEachRow(table, [&](Row&& row) {
            batch.push_back(std::move(row));
            if (qsizetype(batch.size()) >= kRowsPerInsert) {
                flush();
            }
        });
        flush();
        if (!read) {
            return std::unexpected(read.error());
        }
        if (failure) {
            return std::unexpected(*failure);
        }
        if (Result<void> set = (*target)->afterCopy(table); !set) {
            return std::unexpected(set.error());
        }
    }
    // Both sides read back before anything is committed.
    Result<std::vector<TableCopy>> expected = checksums(**source);
    if (!expected) {
        return std::unexpected(expected.error());
    }
    Result<std::vector<TableCopy>> copied = checksums(**target);
    if (!copied) {
        return std::unexpected(copied.error());
    }
    for (std::size_t i = 0; i < expected->size(); ++i) {
        const TableCopy& a = (*expected)[i];
        const TableCopy& b = (*copied)[i];
        if (a.rows != b.rows || a.checksum != b.checksum) {
            return std::unexpected(mismatch(a, b));
        }
    }
    if (Result<void> committed = (*target)->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return MigrationSummary{PgConnection::withoutPassword(from), PgConnection::withoutPassword(to),
                            std::move(*expected)};
}

} // namespace nianbao::store
