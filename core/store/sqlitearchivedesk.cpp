// The supervisor's desk on SQLite (DeskTables): the registry, agency matches, publication
// dates, and what the desk reads of the stored reports. The same statements as
// pgarchivedesk.cpp, so both back ends give the same results.

#include "store/openfindingsql.h"
#include "store/sqlitearchivestate.h"
#include "store/sqlitetransaction.h"

#include <QDateTime>

#include <type_traits>

namespace nianbao::store {

using namespace archive_detail;

namespace {

QString now()
{
    return storedTime(QDateTime::currentDateTimeUtc());
}

/// Rows of (key, count) a grouping query returns.
template <typename Key>
Result<std::vector<std::pair<Key, int>>> counted(SqliteConnection& db, QByteArrayView sql)
{
    Result<SqliteStatement> select = db.prepare(sql);
    if (!select) {
        return std::unexpected(select.error());
    }
    std::vector<std::pair<Key, int>> rows;
    for (;;) {
        const Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return rows;
        }
        if constexpr (std::is_same_v<Key, int>) {
            rows.emplace_back(int(select->int64(0)), int(select->int64(1)));
        } else {
            rows.emplace_back(select->text(0), int(select->int64(1)));
        }
    }
}

} // namespace

Result<void> SqliteArchive::replaceRegistry(const std::vector<RegistryRow>& rows,
                                            const QString& sourceFile)
{
    SqliteConnection& db = m_state->db;
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> cleared = db.exec("DELETE FROM registry_bodies"); !cleared) {
        return cleared;
    }
    Result<SqliteStatement> insert = db.prepare(
        "INSERT INTO registry_bodies (ord, name, aliases, region_code, level, parent_name, "
        "source_row, source_file, imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    const QString importedAt = now();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const RegistryRow& row = rows[i];
        insert->reset();
        insert->bind(1, qint64(i));
        insert->bind(2, row.name);
        insert->bind(3, row.aliases);
        insert->bind(4, row.regionCode);
        insert->bind(5, row.level);
        insert->bind(6, row.parentName);
        insert->bind(7, row.sourceRow);
        insert->bind(8, sourceFile);
        insert->bind(9, importedAt);
        if (Result<void> done = insert->run(); !done) {
            return done;
        }
    }
    return transaction->commit();
}

Result<std::vector<RegistryRow>> SqliteArchive::registryRows()
{
    Result<SqliteStatement> select =
        m_state->db.prepare("SELECT name, aliases, region_code, level, parent_name, source_row "
                            "FROM registry_bodies ORDER BY ord");
    if (!select) {
        return std::unexpected(select.error());
    }
    std::vector<RegistryRow> rows;
    for (;;) {
        const Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return rows;
        }
        rows.push_back({select->text(0), select->text(1), select->text(2), select->text(3),
                        select->text(4), select->int64(5)});
    }
}

Result<QString> SqliteArchive::registrySource()
{
    Result<SqliteStatement> select =
        m_state->db.prepare("SELECT source_file FROM registry_bodies ORDER BY ord LIMIT 1");
    if (!select) {
        return std::unexpected(select.error());
    }
    const Result<bool> row = select->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? select->text(0) : QString();
}

Result<void> SqliteArchive::setAgencyMatch(const QString& agencyKey, const QString& agency,
                                           const QString& bodyName)
{
    SqliteConnection& db = m_state->db;
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    Result<SqliteStatement> statement =
        bodyName.isEmpty()
            ? db.prepare("DELETE FROM agency_aliases WHERE agency_key = ?1")
            : db.prepare("INSERT INTO agency_aliases (agency_key, agency, body_name, set_at) "
                         "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (agency_key) DO UPDATE SET "
                         "agency = excluded.agency, body_name = excluded.body_name, "
                         "set_at = excluded.set_at");
    if (!statement) {
        return std::unexpected(statement.error());
    }
    statement->bind(1, agencyKey);
    if (!bodyName.isEmpty()) {
        statement->bind(2, agency);
        statement->bind(3, bodyName);
        statement->bind(4, now());
    }
    if (Result<void> done = statement->run(); !done) {
        return done;
    }
    return transaction->commit();
}

Result<QHash<QString, QString>> SqliteArchive::agencyMatches()
{
    Result<SqliteStatement> select =
        m_state->db.prepare("SELECT agency, body_name FROM agency_aliases ORDER BY agency_key");
    if (!select) {
        return std::unexpected(select.error());
    }
    QHash<QString, QString> table;
    for (;;) {
        const Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return table;
        }
        table.insert(select->text(0), select->text(1));
    }
}

Result<void> SqliteArchive::setPublicationDate(ReportId report, const QDate& date)
{
    SqliteConnection& db = m_state->db;
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> exists = requireReport(report); !exists) {
        return exists;
    }
    Result<SqliteStatement> statement =
        date.isValid()
            ? db.prepare("INSERT INTO publication_dates (report_id, date, set_at) VALUES (?1, "
                         "?2, ?3) ON CONFLICT (report_id) DO UPDATE SET date = excluded.date, "
                         "set_at = excluded.set_at")
            : db.prepare("DELETE FROM publication_dates WHERE report_id = ?1");
    if (!statement) {
        return std::unexpected(statement.error());
    }
    statement->bind(1, qint64(report));
    if (date.isValid()) {
        statement->bind(2, date.toString(Qt::ISODate));
        statement->bind(3, now());
    }
    if (Result<void> done = statement->run(); !done) {
        return done;
    }
    return transaction->commit();
}

Result<std::vector<DeskReportRow>> SqliteArchive::deskReports(std::optional<int> year)
{
    Result<SqliteStatement> select = m_state->db.prepare(
        year ? QByteArrayView("SELECT r.id, r.agency, r.year, r.file_name, d.date FROM reports r "
                              "LEFT JOIN publication_dates d ON d.report_id = r.id "
                              "WHERE r.year = ?1 ORDER BY r.id")
             : QByteArrayView("SELECT r.id, r.agency, r.year, r.file_name, d.date FROM reports r "
                              "LEFT JOIN publication_dates d ON d.report_id = r.id "
                              "ORDER BY r.id"));
    if (!select) {
        return std::unexpected(select.error());
    }
    if (year) {
        select->bind(1, qint64(*year));
    }
    std::vector<DeskReportRow> reports;
    for (;;) {
        const Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return reports;
        }
        DeskReportRow report;
        report.id = select->int64(0);
        report.agency = select->text(1);
        if (const std::optional<qint64> y = select->optionalInt64(2)) {
            report.year = int(*y);
        }
        report.fileName = select->text(3);
        report.reviewerDate = QDate::fromString(select->text(4), Qt::ISODate);
        reports.push_back(std::move(report));
    }
}

Result<std::optional<QString>> SqliteArchive::reportText(ReportId report)
{
    Result<CachedStatement> select =
        m_state->db.cached("SELECT text FROM report_texts WHERE report_id = ?1");
    if (!select) {
        return std::unexpected(select.error());
    }
    (*select)->bind(1, qint64(report));
    const Result<bool> row = (*select)->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<QString>();
    }
    return std::optional<QString>((*select)->text(0));
}

Result<void> SqliteArchive::forEachNarrative(int firstYear, int lastYear,
                                             const std::function<void(NarrativeRow&&)>& visit)
{
    Result<SqliteStatement> select = m_state->db.prepare(
        "SELECT r.id, r.agency, r.agency_key, r.year, n.key, n.heading, n.text, n.span_start, "
        "n.span_end FROM reports r JOIN narrative_parts n ON n.report_id = r.id "
        "WHERE r.year BETWEEN ?1 AND ?2 ORDER BY r.id, n.ord");
    if (!select) {
        return std::unexpected(select.error());
    }
    select->bind(1, qint64(firstYear));
    select->bind(2, qint64(lastYear));
    for (;;) {
        const Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return {};
        }
        NarrativeRow narrative;
        narrative.report = select->int64(0);
        narrative.agency = select->text(1);
        narrative.agencyKey = select->text(2);
        narrative.year = int(select->int64(3));
        narrative.part.key = select->text(4);
        narrative.part.heading = select->text(5);
        narrative.part.text = select->text(6);
        narrative.part.span = Span{select->int64(7), select->int64(8)};
        visit(std::move(narrative));
    }
}

Result<DeskCounts> SqliteArchive::deskCounts()
{
    SqliteConnection& db = m_state->db;
    auto years =
        counted<int>(db, "SELECT coalesce(year, 0), count(*) FROM reports GROUP BY 1 ORDER BY 1");
    auto regions =
        counted<QString>(db, "SELECT region, count(*) FROM reports GROUP BY 1 ORDER BY 2 DESC, 1");
    auto statuses =
        counted<QString>(db, "SELECT review_status, count(*) FROM reports GROUP BY 1 ORDER BY 1");
    const QByteArray openErrors = QByteArray("SELECT f.rule, count(*) FROM findings f WHERE "
                                             "f.severity = 'error' AND ") +
                                  kFindingIsOpenSql + " GROUP BY f.rule ORDER BY 2 DESC, 1";
    auto errors = counted<QString>(db, openErrors);
    if (!years) {
        return std::unexpected(years.error());
    }
    for (auto* result : {&regions, &statuses, &errors}) {
        if (!*result) {
            return std::unexpected(result->error());
        }
    }
    DeskCounts counts;
    counts.reportsByYear = std::move(*years);
    counts.reportsByRegion = std::move(*regions);
    counts.reportsByReviewStatus = std::move(*statuses);
    counts.openErrorsByRule = std::move(*errors);
    return counts;
}

} // namespace nianbao::store
