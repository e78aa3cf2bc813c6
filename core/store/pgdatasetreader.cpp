// Reading a PostgreSQL archive for export: one snapshot, a few ordered cursors merged by
// report.

#include "store/pgdatasetreader.h"

#include "model/agencyname.h"
#include "store/findingcodec.h"
#include "store/openfindingsql.h"
#include "store/pgconnection.h"

#include <QHash>

#include <algorithm>
#include <variant>

namespace nianbao::store {

namespace {

/// Rows fetched from a cursor per round trip.
constexpr int kFetchRows = 2000;

using Binding = std::variant<qint64, QString>;

/// A DatasetFilter as SQL over `reports r` ($1, $2... in order), bound the same way in every
/// query of the snapshot.
struct DatasetWhere {
    QByteArray sql;
    std::vector<Binding> bindings;

    QByteArray parameter(Binding value)
    {
        bindings.push_back(std::move(value));
        return '$' + QByteArray::number(qsizetype(bindings.size()));
    }
    void add(const QByteArray& condition)
    {
        sql += sql.isEmpty() ? " WHERE " : " AND ";
        sql += condition;
    }
    [[nodiscard]] QByteArray andAlso(const char* condition) const
    {
        return sql + (sql.isEmpty() ? " WHERE " : " AND ") + condition;
    }
    void bindTo(PgStatement& statement) const
    {
        int index = 1;
        for (const Binding& binding : bindings) {
            std::visit([&](const auto& value) { statement.bind(index, value); }, binding);
            ++index;
        }
    }
};

DatasetWhere datasetWhere(const DatasetFilter& filter)
{
    DatasetWhere where;
    // A retired copy of a body's report for a year is never counted beside the one kept.
    where.add("r.id NOT IN (SELECT report_id FROM retired_reports)");
    if (filter.reviewedOnly) {
        where.add("r.review_status = " + where.parameter(reviewStatusCode(ReviewStatus::Reviewed)));
    }
    if (!filter.years.isEmpty()) {
        QByteArray marks;
        for (const int year : filter.years) {
            marks += (marks.isEmpty() ? "" : ", ") + where.parameter(qint64(year));
        }
        where.add("r.year IN (" + marks + ")");
    }
    QByteArray anyAgency;
    for (const QString& agency : filter.agencies) {
        const QString key = normalizedAgencyName(agency);
        if (!key.isEmpty()) {
            anyAgency += anyAgency.isEmpty() ? "(" : " OR ";
            anyAgency += "strpos(r.agency_key, " + where.parameter(key) + ") > 0";
        }
    }
    if (!anyAgency.isEmpty()) {
        where.add(anyAgency + ")");
    }
    if (!filter.templateIds.isEmpty()) {
        QByteArray marks;
        for (const QString& id : filter.templateIds) {
            marks += (marks.isEmpty() ? "" : ", ") + where.parameter(id);
        }
        where.add("r.template_id IN (" + marks + ")");
    }
    return where;
}

/// An ordered query whose first column is the report id, read through a cursor a batch at a
/// time and kept one row ahead, so that several can be merged report by report.
class RowsByReport {
public:
    static Result<RowsByReport> start(PgConnection& db, const QByteArray& name,
                                      const QByteArray& sql, const DatasetWhere& where)
    {
        PgStatement declare =
            db.prepare(QByteArray("DECLARE " + name + " NO SCROLL CURSOR FOR " + sql));
        where.bindTo(declare);
        if (Result<void> declared = declare.run(); !declared) {
            return std::unexpected(declared.error());
        }
        RowsByReport rows(db.prepare(
            QByteArray("FETCH FORWARD " + QByteArray::number(kFetchRows) + " FROM " + name)));
        if (Result<void> first = rows.advance(); !first) {
            return std::unexpected(first.error());
        }
        return rows;
    }

    [[nodiscard]] bool hasRow() const { return m_hasRow; }
    [[nodiscard]] bool at(ReportId id) const { return m_hasRow && m_fetch.int64(0) == id; }
    [[nodiscard]] const PgStatement& row() const { return m_fetch; }

    Result<void> advance()
    {
        Result<bool> stepped = m_fetch.step();
        if (stepped && !*stepped && !m_exhausted) {
            // The batch is read: fetch the next one (a short batch was the last).
            m_exhausted = m_fetch.rowCount() < kFetchRows;
            if (!m_exhausted) {
                m_fetch.reset();
                stepped = m_fetch.step();
            }
        }
        if (!stepped) {
            return std::unexpected(stepped.error());
        }
        m_hasRow = *stepped;
        return {};
    }

private:
    explicit RowsByReport(PgStatement fetch)
        : m_fetch(std::move(fetch))
    {}

    PgStatement m_fetch;
    bool m_hasRow = false;
    bool m_exhausted = false;
};

} // namespace

struct PgDatasetReader::State {
    PgConnection db;
    DatasetParts parts;
    qint64 reportCount = 0;
    QStringList keys;
    QHash<qint64, int> keyIndexById;
    QHash<QString, int> keyIndexByText;
    std::optional<RowsByReport> reports;
    std::optional<RowsByReport> cells;
    std::optional<RowsByReport> corrections;
    std::optional<RowsByReport> findings;

    Result<void> loadKeys()
    {
        PgStatement select = db.prepare("SELECT id, key FROM cell_keys ORDER BY id");
        for (;;) {
            const Result<bool> row = select.step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                return {};
            }
            keyIndexById.insert(select.int64(0), int(keys.size()));
            keyIndexByText.insert(select.text(1), int(keys.size()));
            keys.append(select.text(1));
        }
    }

    Result<void> startQueries(const DatasetFilter& filter)
    {
        const DatasetWhere where = datasetWhere(filter);
        PgStatement count = db.prepare(QByteArray("SELECT count(*) FROM reports r" + where.sql));
        where.bindTo(count);
        if (const Result<bool> row = count.step(); !row) {
            return std::unexpected(row.error());
        }
        reportCount = count.int64(0);

        const QByteArray provenanceColumns = parts.provenance ? ", c.confidence, c.raw" : "";
        const std::tuple<std::optional<RowsByReport>*, QByteArray, QByteArray> queries[] = {
            {&reports, "report_rows",
             "SELECT r.id, r.file_name, r.agency, r.year, r.template_id, r.review_status, "
             "r.open_errors + r.open_warnings + r.open_notes FROM reports r" +
                 where.sql + " ORDER BY r.id"},
            {&cells, "cell_rows",
             "SELECT r.id, c.key_id, c.ord, c.value" + provenanceColumns +
                 " FROM reports r JOIN cells c ON c.report_id = r.id" + where.sql +
                 " ORDER BY r.id, c.ord"},
            // The value in force is the latest change of its cell (acceptances leave it).
            {&corrections, "correction_rows",
             "SELECT r.id, c.cell_key, c.new_value, c.reviewer "
             "FROM reports r JOIN corrections c ON c.report_id = r.id" +
                 where.andAlso("c.id = (SELECT max(l.id) FROM corrections l "
                               "WHERE l.report_id = c.report_id AND l.cell_key = c.cell_key AND "
                               "l.old_value IS DISTINCT FROM l.new_value)") +
                 " ORDER BY r.id"},
        };
        for (const auto& [rows, name, sql] : queries) {
            Result<RowsByReport> started = RowsByReport::start(db, name, sql, where);
            if (!started) {
                return std::unexpected(started.error());
            }
            rows->emplace(std::move(*started));
        }
        if (!parts.openFindings) {
            return {};
        }
        Result<RowsByReport> open = RowsByReport::start(
            db, "finding_rows",
            "SELECT r.id, f.rule, f.severity, f.cells, f.message_template, f.args "
            "FROM reports r JOIN findings f ON f.report_id = r.id" +
                where.andAlso(kFindingIsOpenSql) + " ORDER BY r.id, f.ord",
            where);
        if (!open) {
            return std::unexpected(open.error());
        }
        findings.emplace(std::move(*open));
        return {};
    }
};

PgDatasetReader::PgDatasetReader(std::unique_ptr<State> state)
    : m_state(std::move(state))
{}

PgDatasetReader::~PgDatasetReader() = default;

Result<std::unique_ptr<DatasetReader>>
PgDatasetReader::open(const QString& uri, const DatasetFilter& filter, DatasetParts parts)
{
    Result<PgConnection> db = PgConnection::open(uri);
    if (!db) {
        return std::unexpected(db.error());
    }
    // Ends when the connection closes; cursors live as long as the transaction.
    if (Result<void> begun = db->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !begun) {
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
    return std::unique_ptr<DatasetReader>(new PgDatasetReader(std::move(state)));
}

qint64 PgDatasetReader::reportCount() const
{
    return m_state->reportCount;
}

const QStringList& PgDatasetReader::cellKeys() const
{
    return m_state->keys;
}

Result<bool> PgDatasetReader::next(DatasetReport& report)
{
    RowsByReport& reports = *m_state->reports;
    if (!reports.hasRow()) {
        return false;
    }
    const PgStatement& row = reports.row();
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
    for (Result<void> part :
         {readCells(report), applyCorrections(report), readFindings(report), reports.advance()}) {
        if (!part) {
            return std::unexpected(part.error());
        }
    }
    return true;
}

Result<void> PgDatasetReader::readCells(DatasetReport& report)
{
    report.cells.clear();
    RowsByReport& cells = *m_state->cells;
    const bool provenance = m_state->parts.provenance;
    while (cells.at(report.id)) {
        const PgStatement& row = cells.row();
        const std::optional<double> value = row.optionalReal(3);
        report.cells.push_back(DatasetCell{m_state->keyIndexById.value(row.int64(1), -1), value,
                                           value, provenance ? row.text(5) : QString(),
                                           provenance ? row.real(4) : 1.0, QString()});
        if (Result<void> advanced = cells.advance(); !advanced) {
            return advanced;
        }
    }
    return {};
}

Result<void> PgDatasetReader::applyCorrections(DatasetReport& report)
{
    RowsByReport& corrections = *m_state->corrections;
    while (corrections.at(report.id)) {
        const PgStatement& row = corrections.row();
        const int key = m_state->keyIndexByText.value(row.text(1), -1);
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

Result<void> PgDatasetReader::readFindings(DatasetReport& report)
{
    report.openFindings.clear();
    if (!m_state->findings) {
        return {};
    }
    RowsByReport& findings = *m_state->findings;
    while (findings.at(report.id)) {
        const PgStatement& row = findings.row();
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
