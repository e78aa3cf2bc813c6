// Reading the archive for export: one snapshot, a few ordered table scans merged by report.

#include "store/sqlitedatasetreader.h"

#include "store/findingcodec.h"
#include "store/openfindingsql.h"
#include "store/sqliteconnection.h"
#include "store/sqlitedatasetsql.h"

#include <algorithm>

namespace nianbao::store {

using namespace dataset_detail;

struct SqliteDatasetReader::State {
    // Declared first so that it is closed last, after every statement; closing it ends the
    // read transaction.
    SqliteConnection db;
    DatasetParts parts;
    qint64 reportCount = 0;
    QStringList keys;
    /// cell_keys.id → index into `keys` (ids are small and dense).
    std::vector<int> keyIndexById;
    QHash<QString, int> keyIndexByText;
    std::optional<RowsByReport> reports;
    std::optional<RowsByReport> cells;
    std::optional<RowsByReport> corrections;
    std::optional<RowsByReport> findings;

    Result<void> loadKeys()
    {
        Result<SqliteStatement> select = db.prepare("SELECT id, key FROM cell_keys ORDER BY id");
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
            const auto id = std::size_t(select->int64(0));
            if (id >= keyIndexById.size()) {
                keyIndexById.resize(id + 1, -1);
            }
            keyIndexById[id] = int(keys.size());
            keyIndexByText.insert(select->text(1), int(keys.size()));
            keys.append(select->text(1));
        }
    }

    [[nodiscard]] int keyIndex(qint64 id) const
    {
        return id >= 0 && std::size_t(id) < keyIndexById.size() ? keyIndexById[std::size_t(id)]
                                                                : -1;
    }

    Result<void> startQueries(const DatasetFilter& filter)
    {
        const DatasetWhere where = datasetWhere(filter);
        Result<SqliteStatement> count =
            db.prepare(QByteArray("SELECT count(*) FROM reports r" + where.sql));
        if (!count) {
            return std::unexpected(count.error());
        }
        where.bindTo(*count);
        if (const Result<bool> row = count->step(); !row) {
            return std::unexpected(row.error());
        }
        reportCount = count->int64(0);

        // Each query walks the reports in id order and seeks their rows, so no query sorts.
        // NOT INDEXED keeps it so under a filter: through reports_by_year, two years would come
        // out year by year and SQLite would sort millions of cells back into id order.
        // Every column read is a call into SQLite that takes the connection's lock: with 200
        // cells a report, each one left out counts. Key and position share one integer.
        const QByteArray provenanceColumns = parts.provenance ? ", c.confidence, c.raw" : "";
        const std::pair<std::optional<RowsByReport>*, QByteArray> queries[] = {
            {&reports, "SELECT r.id, r.file_name, r.agency, r.year, r.template_id, "
                       "r.review_status, r.open_errors + r.open_warnings + r.open_notes "
                       "FROM reports r NOT INDEXED" +
                           where.sql + " ORDER BY r.id"},
            // In primary-key order (report, key): readCells puts each cell at its `ord`, which
            // costs less than asking SQLite to sort every report's cells.
            {&cells, "SELECT r.id, (c.key_id << 32) | c.ord, c.value" + provenanceColumns +
                         " FROM reports r NOT INDEXED JOIN cells c ON c.report_id = r.id" +
                         where.sql + " ORDER BY r.id"},
            // The value in force is the latest change of its cell. Acceptances (and their
            // withdrawals) leave the value as it was: a researcher is told who changed a
            // value, not who looked at it.
            {&corrections, "SELECT r.id, c.cell_key, c.new_value, c.reviewer "
                           "FROM reports r NOT INDEXED JOIN corrections c ON c.report_id = r.id" +
                               andAlso(where, "c.id = (SELECT max(l.id) FROM corrections l "
                                              "WHERE l.report_id = c.report_id AND "
                                              "l.cell_key = c.cell_key AND "
                                              "l.old_value IS NOT l.new_value)") +
                               " ORDER BY r.id"},
        };
        for (const auto& [rows, sql] : queries) {
            Result<RowsByReport> started = RowsByReport::start(db, sql, where);
            if (!started) {
                return std::unexpected(started.error());
            }
            rows->emplace(std::move(*started));
        }
        if (!parts.openFindings) {
            return {};
        }
        // Open as the archive counts it (openfindingsql.h).
        Result<RowsByReport> open = RowsByReport::start(
            db,
            "SELECT r.id, f.rule, f.severity, f.cells, f.message_template, f.args "
            "FROM reports r NOT INDEXED JOIN findings f ON f.report_id = r.id" +
                andAlso(where, kFindingIsOpenSql) + " ORDER BY r.id, f.ord",
            where);
        if (!open) {
            return std::unexpected(open.error());
        }
        findings.emplace(std::move(*open));
        return {};
    }
};

SqliteDatasetReader::SqliteDatasetReader(std::unique_ptr<State> state)
    : m_state(std::move(state))
{}

SqliteDatasetReader::~SqliteDatasetReader() = default;

Result<std::unique_ptr<DatasetReader>>
SqliteDatasetReader::open(const QString& path, const DatasetFilter& filter, DatasetParts parts)
{
    Result<SqliteConnection> db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!db) {
        return std::unexpected(db.error());
    }
    // Every query below reads inside this one transaction, hence from one snapshot, even
    // while the window or an import writes. It ends when the connection closes.
    // The export reads the whole cells table once: mapped, its pages are not copied again
    // into SQLite's cache.
    if (Result<void> begun = db->exec("PRAGMA mmap_size = 2147418112; BEGIN"); !begun) {
        return std::unexpected(begun.error());
    }
    auto state =
        std::make_unique<State>(State{std::move(*db), parts, 0, {}, {}, {}, {}, {}, {}, {}});
    if (Result<void> keys = state->loadKeys(); !keys) {
        return std::unexpected(keys.error());
    }
    if (Result<void> started = state->startQueries(filter); !started) {
        return std::unexpected(started.error());
    }
    return std::unique_ptr<DatasetReader>(new SqliteDatasetReader(std::move(state)));
}

qint64 SqliteDatasetReader::reportCount() const
{
    return m_state->reportCount;
}

const QStringList& SqliteDatasetReader::cellKeys() const
{
    return m_state->keys;
}

Result<bool> SqliteDatasetReader::next(DatasetReport& report)
{
    RowsByReport& reports = *m_state->reports;
    if (!reports.hasRow()) {
        return false;
    }
    const SqliteStatement& row = reports.row();
    report.id = row.int64(0);
    report.file = row.text(1);
    report.agency = row.text(2);
    report.year.reset();
    if (const std::optional<qint64> year = row.optionalInt64(3)) {
        report.year = int(*year);
    }
    report.templateId = row.text(4);
    report.status = reviewStatusFromCode(row.text(5)).value_or(ReviewStatus::Pending);
    report.openFindingCount = int(row.int64(6));
    if (Result<void> read = readCells(report); !read) {
        return std::unexpected(read.error());
    }
    if (Result<void> applied = applyCorrections(report); !applied) {
        return std::unexpected(applied.error());
    }
    if (Result<void> read = readFindings(report); !read) {
        return std::unexpected(read.error());
    }
    if (Result<void> advanced = reports.advance(); !advanced) {
        return std::unexpected(advanced.error());
    }
    return true;
}

Result<void> SqliteDatasetReader::readCells(DatasetReport& report)
{
    report.cells.clear();
    RowsByReport& cells = *m_state->cells;
    const bool provenance = m_state->parts.provenance;
    std::size_t placed = 0;
    while (cells.at(report.id)) {
        const SqliteStatement& row = cells.row();
        const qint64 keyAndOrd = row.int64(1);
        const std::optional<double> value = row.optionalReal(2);
        DatasetCell cell{m_state->keyIndex(keyAndOrd >> 32),
                         value,
                         value,
                         provenance ? row.text(4) : QString(),
                         provenance ? row.real(3) : 1.0,
                         QString()};
        // The archive numbers a report's cells 0, 1, 2 … in the order of its format; in key
        // order they mostly come in that order already.
        const auto ord = std::size_t(keyAndOrd & 0xffffffff);
        if (ord == report.cells.size()) {
            report.cells.push_back(std::move(cell));
        } else {
            if (ord > report.cells.size()) {
                report.cells.resize(ord + 1);
            }
            report.cells[ord] = std::move(cell);
        }
        ++placed;
        if (Result<void> advanced = cells.advance(); !advanced) {
            return advanced;
        }
    }
    if (placed != report.cells.size()) {
        // Gaps in the numbering: keep the order, drop the holes.
        std::erase_if(report.cells, [](const DatasetCell& cell) { return cell.key < 0; });
    }
    return {};
}

Result<void> SqliteDatasetReader::applyCorrections(DatasetReport& report)
{
    RowsByReport& corrections = *m_state->corrections;
    while (corrections.at(report.id)) {
        const SqliteStatement& row = corrections.row();
        const int key = m_state->keyIndexByText.value(row.text(1), -1);
        // A report has a few corrected cells at most: a scan beats an index per report.
        const auto cell = std::find_if(report.cells.begin(), report.cells.end(),
                                       [key](const DatasetCell& c) { return c.key == key; });
        if (cell != report.cells.end()) {
            cell->applyCorrection(row.optionalReal(2), row.text(3));
        }
        if (Result<void> advanced = corrections.advance(); !advanced) {
            return advanced;
        }
    }
    return {};
}

Result<void> SqliteDatasetReader::readFindings(DatasetReport& report)
{
    report.openFindings.clear();
    if (!m_state->findings) {
        return {};
    }
    RowsByReport& findings = *m_state->findings;
    while (findings.at(report.id)) {
        const SqliteStatement& row = findings.row();
        report.openFindings.push_back(
            Finding{row.text(1), severityFromCode(row.text(2)).value_or(Severity::Warning),
                    decodeCellKeys(row.text(3)), row.text(4), decodeFindingArgs(row.text(5))});
        if (Result<void> advanced = findings.advance(); !advanced) {
            return advanced;
        }
    }
    return {};
}

} // namespace nianbao::store
