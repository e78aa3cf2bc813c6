// A report's current values, the little the rules read of it: what the cross-year checks
// load for every report imported, so it reads no text and decodes no key twice.

#include "store/sqlitearchivestate.h"

#include <QCoreApplication>

namespace nianbao::store {

using namespace archive_detail;

namespace {

Error unknownKeyId(qint64 id)
{
    return Error{ErrorCode::Database,
                 QCoreApplication::translate("nianbao::Archive",
                                             "The archive refers to a cell key it does not hold "
                                             "(%1).")
                     .arg(id)};
}

/// The key of a cell_keys id from the connection's cache, reading the table again when the
/// id is newer than the cache.
Result<const QString*> keyOfId(SqliteConnection& db, std::vector<QString>& keys, qint64 id)
{
    if (id < 0) {
        return std::unexpected(unknownKeyId(id));
    }
    if (std::size_t(id) >= keys.size() || keys[std::size_t(id)].isNull()) {
        Result<SqliteStatement> select = db.prepare("SELECT id, key FROM cell_keys");
        if (!select) {
            return std::unexpected(select.error());
        }
        for (;;) {
            const Result<bool> row = select->step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            const auto at = std::size_t(select->int64(0));
            if (at >= keys.size()) {
                keys.resize(at + 1);
            }
            keys[at] = select->text(1);
        }
        if (std::size_t(id) >= keys.size() || keys[std::size_t(id)].isNull()) {
            return std::unexpected(unknownKeyId(id));
        }
    }
    return &keys[std::size_t(id)];
}

} // namespace

Result<Report> SqliteArchive::loadCurrentValues(ReportId id, ValuesFor scope)
{
    SqliteConnection& db = m_state->db;
    // One snapshot for the parts, as loadReport.
    if (Result<void> begun = db.run("SAVEPOINT load_values"); !begun) {
        return std::unexpected(begun.error());
    }
    struct EndRead {
        SqliteConnection& db;
        ~EndRead() { (void)db.run("RELEASE load_values"); }
    } endRead{db};

    Report report;
    {
        Result<CachedStatement> select = db.cached(
            "SELECT file_name, format, encoding, title, agency, year, template_id FROM reports "
            "WHERE id = ?1");
        if (!select) {
            return std::unexpected(select.error());
        }
        SqliteStatement& row = **select;
        row.bind(1, id);
        const Result<bool> found = row.step();
        if (!found) {
            return std::unexpected(found.error());
        }
        if (!*found) {
            return std::unexpected(noSuchReport(id));
        }
        report.file = row.text(0);
        report.format = row.text(1);
        report.encoding = row.text(2);
        report.meta.title = row.text(3);
        report.meta.agency = row.text(4);
        if (const std::optional<qint64> year = row.optionalInt64(5)) {
            report.meta.year = int(*year);
        }
        report.templateId = row.text(6);
    }

    std::optional<Error> failure;
    Result<void> read = forEachRow(
        db, "SELECT key_id, value, confidence FROM cells WHERE report_id = ?1 ORDER BY ord", id,
        [&](const SqliteStatement& row) {
            const Result<const QString*> key = keyOfId(db, m_state->cellKeysById, row.int64(0));
            if (!key) {
                failure = key.error();
                return;
            }
            Cell cell;
            cell.key = **key;
            cell.value = row.optionalReal(1);
            cell.confidence = row.real(2);
            report.cells.push_back(std::move(cell));
        });
    if (!read) {
        return std::unexpected(read.error());
    }
    if (failure) {
        return std::unexpected(*failure);
    }
    // Oldest first: the latest correction of a cell is the one left in force.
    read = forEachRow(db,
                      "SELECT cell_key, new_value FROM corrections WHERE report_id = ?1 "
                      "ORDER BY id",
                      id, [&](const SqliteStatement& row) {
                          if (Cell* cell = report.cell(row.text(0))) {
                              cell->value = row.optionalReal(1);
                          }
                      });
    if (!read) {
        return std::unexpected(read.error());
    }
    if (scope == ValuesFor::Validation) {
        for (Result<void> part :
             {readExtras(db, id, report.extras), readNarrative(db, id, report.narrative),
              readFindings(db, id, report.findings)}) {
            if (!part) {
                return std::unexpected(part.error());
            }
        }
    }
    return report;
}

Result<SeverityCounts> SqliteArchive::openCounts(ReportId id)
{
    Result<CachedStatement> select = m_state->db.cached(
        "SELECT open_errors, open_warnings, open_notes FROM reports WHERE id = ?1");
    if (!select) {
        return std::unexpected(select.error());
    }
    (*select)->bind(1, id);
    const Result<bool> found = (*select)->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::unexpected(noSuchReport(id));
    }
    return SeverityCounts{(*select)->int64(0), (*select)->int64(1), (*select)->int64(2)};
}

} // namespace nianbao::store
