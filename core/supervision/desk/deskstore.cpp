#include "supervision/desk/deskstore.h"

#include "model/agencyname.h"
#include "store/sqlitetransaction.h"
#include "supervision/coverage/publicationdate.h"
#include "supervision/registry/bodymatcher.h"

#include <QCoreApplication>
#include <QDateTime>

namespace nianbao::supervision {

using namespace store;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("nianbao::DeskStore", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

/// A year bound, or the widest one.
qint64 yearOr(std::optional<int> year, qint64 otherwise)
{
    return year ? qint64(*year) : otherwise;
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
        Result<bool> row = select->step();
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

DeskStore::DeskStore(SqliteConnection db)
    : m_db(std::move(db))
{}

Result<DeskStore> DeskStore::open(const QString& archivePath)
{
    Result<SqliteConnection> db =
        SqliteConnection::open(archivePath, SqliteConnection::Mode::ReadWrite);
    if (!db) {
        return std::unexpected(db.error());
    }
    // Another connection (the window's, an import's) may be writing: wait for it.
    if (auto pragmas = db->exec("PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;");
        !pragmas) {
        return std::unexpected(pragmas.error());
    }
    Result<qint64> tables = db->queryInteger(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'registry_bodies'");
    if (!tables) {
        return std::unexpected(tables.error());
    }
    if (*tables == 0) {
        return fail(ErrorCode::Database,
                    tr("%1 is not an archive of this version: open it with Nianbao first")
                        .arg(archivePath));
    }
    return DeskStore(std::move(*db));
}

Result<void> DeskStore::replaceRegistry(const BodyRegistry& registry, const QString& sourceFile)
{
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (auto cleared = m_db.exec("DELETE FROM registry_bodies"); !cleared) {
        return cleared;
    }
    Result<SqliteStatement> insert = m_db.prepare(
        "INSERT INTO registry_bodies (ord, name, aliases, region_code, level, parent_name, "
        "source_row, source_file, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    const QString importedAt = now();
    const std::vector<Body>& bodies = registry.bodies();
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        const Body& body = bodies[i];
        insert->reset();
        insert->bind(1, qint64(i));
        insert->bind(2, body.name);
        insert->bind(3, body.aliases.join(QLatin1Char('|')));
        insert->bind(4, body.regionCode);
        insert->bind(5, body.level ? bodyLevelCode(*body.level) : QString());
        insert->bind(6, body.parent >= 0 ? bodies[std::size_t(body.parent)].name : QString());
        insert->bind(7, qint64(body.row));
        insert->bind(8, sourceFile);
        insert->bind(9, importedAt);
        if (auto done = insert->run(); !done) {
            return done;
        }
    }
    return transaction->commit();
}

Result<BodyRegistry> DeskStore::registry()
{
    Result<SqliteStatement> select =
        m_db.prepare("SELECT name, aliases, region_code, level, parent_name FROM registry_bodies "
                     "ORDER BY ord");
    if (!select) {
        return std::unexpected(select.error());
    }
    // Through the registry's own reader: the same checks and the same look-up as an import.
    std::vector<QStringList> rows{{QStringLiteral("name"), QStringLiteral("aliases"),
                                   QStringLiteral("region code"), QStringLiteral("level"),
                                   QStringLiteral("parent")}};
    for (;;) {
        Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        rows.push_back(
            {select->text(0), select->text(1), select->text(2), select->text(3), select->text(4)});
    }
    if (rows.size() == 1) {
        return BodyRegistry{};
    }
    RegistryRead read = BodyRegistry::fromRows(rows);
    if (!read) {
        return fail(ErrorCode::Corrupt, tr("The registry stored in %1 cannot be read: %2")
                                            .arg(m_db.path(), read.error().front().describe()));
    }
    return std::move(*read);
}

Result<QString> DeskStore::registrySource()
{
    Result<SqliteStatement> select =
        m_db.prepare("SELECT source_file FROM registry_bodies ORDER BY ord LIMIT 1");
    if (!select) {
        return std::unexpected(select.error());
    }
    Result<bool> row = select->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? select->text(0) : QString();
}

Result<void> DeskStore::matchAgency(const QString& agency, const QString& bodyName)
{
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    Result<SqliteStatement> statement =
        bodyName.isEmpty()
            ? m_db.prepare("DELETE FROM agency_aliases WHERE agency_key = ?")
            : m_db.prepare("INSERT INTO agency_aliases (agency_key, agency, body_name, set_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (agency_key) DO UPDATE SET "
                           "agency = excluded.agency, body_name = excluded.body_name, "
                           "set_at = excluded.set_at");
    if (!statement) {
        return std::unexpected(statement.error());
    }
    statement->bind(1, normalizedAgencyName(agency));
    if (!bodyName.isEmpty()) {
        statement->bind(2, agency);
        statement->bind(3, bodyName);
        statement->bind(4, now());
    }
    if (auto done = statement->run(); !done) {
        return done;
    }
    return transaction->commit();
}

Result<QHash<QString, QString>> DeskStore::aliasTable()
{
    Result<SqliteStatement> select = m_db.prepare("SELECT agency, body_name FROM agency_aliases");
    if (!select) {
        return std::unexpected(select.error());
    }
    QHash<QString, QString> table;
    for (;;) {
        Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return table;
        }
        table.insert(select->text(0), select->text(1));
    }
}

Result<void> DeskStore::setPublicationDate(ReportId report, const QDate& date)
{
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    Result<SqliteStatement> statement =
        date.isValid()
            ? m_db.prepare("INSERT INTO publication_dates (report_id, date, set_at) VALUES (?, "
                           "?, ?) ON CONFLICT (report_id) DO UPDATE SET date = excluded.date, "
                           "set_at = excluded.set_at")
            : m_db.prepare("DELETE FROM publication_dates WHERE report_id = ?");
    if (!statement) {
        return std::unexpected(statement.error());
    }
    statement->bind(1, qint64(report));
    if (date.isValid()) {
        statement->bind(2, date.toString(Qt::ISODate));
        statement->bind(3, now());
    }
    if (auto done = statement->run(); !done) {
        return std::unexpected(
            Error{ErrorCode::Database,
                  tr("No report %1 in the archive: %2").arg(report).arg(done.error().message)});
    }
    return transaction->commit();
}

Result<DeskDashboard> DeskStore::dashboard()
{
    DeskDashboard dashboard;
    auto years =
        counted<int>(m_db, "SELECT coalesce(year, 0), count(*) FROM reports GROUP BY 1 ORDER BY 1");
    auto regions = counted<QString>(
        m_db, "SELECT region, count(*) FROM reports GROUP BY 1 ORDER BY 2 DESC, 1");
    auto statuses =
        counted<QString>(m_db, "SELECT review_status, count(*) FROM reports GROUP BY 1 ORDER BY 1");
    // Open: no decision, or the latest decision on the fingerprint reopened it.
    auto errors = counted<QString>(
        m_db, "SELECT f.rule, count(*) FROM findings f WHERE f.severity = 'error' AND "
              "coalesce((SELECT d.verdict FROM finding_decisions d WHERE d.report_id = "
              "f.report_id AND d.fingerprint = f.fingerprint ORDER BY d.id DESC LIMIT 1), "
              "'open') = 'open' GROUP BY f.rule ORDER BY 2 DESC, 1");
    for (auto* result : {&regions, &statuses, &errors}) {
        if (!*result) {
            return std::unexpected(result->error());
        }
    }
    if (!years) {
        return std::unexpected(years.error());
    }
    dashboard.reportsByYear = std::move(*years);
    dashboard.reportsByRegion = std::move(*regions);
    dashboard.reportsByReviewStatus = std::move(*statuses);
    dashboard.openErrorsByRule = std::move(*errors);
    return dashboard;
}

Result<std::vector<DeskReport>> DeskStore::reports(std::optional<int> year)
{
    Result<SqliteStatement> select =
        m_db.prepare(year ? QByteArrayView("SELECT id, agency, year, file_name FROM reports "
                                           "WHERE year = ? ORDER BY id")
                          : QByteArrayView("SELECT id, agency, year, file_name FROM reports "
                                           "ORDER BY id"));
    if (!select) {
        return std::unexpected(select.error());
    }
    if (year) {
        select->bind(1, qint64(*year));
    }
    std::vector<DeskReport> reports;
    for (;;) {
        Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return reports;
        }
        DeskReport report;
        report.id = select->int64(0);
        report.agency = select->text(1);
        if (const auto y = select->optionalInt64(2)) {
            report.year = int(*y);
        }
        report.fileName = select->text(3);
        reports.push_back(std::move(report));
    }
}

Result<std::optional<PublicationDate>> DeskStore::reportDate(ReportId report, int year,
                                                             const QDate& reviewerDate)
{
    if (reviewerDate.isValid()) {
        return PublicationDate{reviewerDate, DateSource::Reviewer, std::nullopt, {}};
    }
    Result<CachedStatement> text = m_db.cached("SELECT text FROM report_texts WHERE report_id = ?");
    if (!text) {
        return std::unexpected(text.error());
    }
    (*text)->bind(1, qint64(report));
    Result<bool> row = (*text)->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (*row) {
        if (auto date = publicationDateInText((*text)->text(0), year)) {
            return date;
        }
    }
    Result<CachedStatement> bytes =
        m_db.cached("SELECT bytes FROM report_sources WHERE report_id = ?");
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    (*bytes)->bind(1, qint64(report));
    row = (*bytes)->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (*row) {
        return publicationDateInFile((*bytes)->blob(0), year);
    }
    return std::nullopt;
}

Result<std::vector<CoverageReport>> DeskStore::coverageReports(int year)
{
    Result<SqliteStatement> select =
        m_db.prepare("SELECT r.id, r.agency, d.date FROM reports r LEFT JOIN publication_dates "
                     "d ON d.report_id = r.id WHERE r.year = ? ORDER BY r.id");
    if (!select) {
        return std::unexpected(select.error());
    }
    select->bind(1, qint64(year));
    std::vector<CoverageReport> reports;
    for (;;) {
        Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return reports;
        }
        CoverageReport report;
        const ReportId id = select->int64(0);
        report.id = QString::number(id);
        report.agency = select->text(1);
        report.year = year;
        Result<std::optional<PublicationDate>> date =
            reportDate(id, year, QDate::fromString(select->text(2), Qt::ISODate));
        if (!date) {
            return std::unexpected(date.error());
        }
        report.published = *date;
        reports.push_back(std::move(report));
    }
}

Result<std::vector<NarrativeDocument>> DeskStore::narratives(std::optional<int> firstYear,
                                                             std::optional<int> lastYear,
                                                             const BodyMatcher* matcher)
{
    Result<SqliteStatement> select = m_db.prepare(
        "SELECT r.id, r.agency, r.agency_key, r.year, n.key, n.heading, n.text, n.span_start, "
        "n.span_end FROM reports r JOIN narrative_parts n ON n.report_id = r.id "
        "WHERE r.year BETWEEN ? AND ? ORDER BY r.id, n.ord");
    if (!select) {
        return std::unexpected(select.error());
    }
    select->bind(1, yearOr(firstYear, 0));
    select->bind(2, yearOr(lastYear, 9999));
    std::vector<NarrativeDocument> documents;
    ReportId current = -1;
    for (;;) {
        Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return documents;
        }
        const ReportId id = select->int64(0);
        if (id != current) {
            current = id;
            NarrativeDocument document;
            document.id = QString::number(id);
            document.agency = select->text(1);
            document.body = select->text(2);
            if (matcher) {
                const BodyMatch match = matcher->match(document.agency);
                if (match.body >= 0) {
                    document.body = QStringLiteral("body:%1").arg(match.body);
                }
            }
            document.year = int(select->int64(3));
            documents.push_back(std::move(document));
        }
        NarrativePart part;
        part.key = select->text(4);
        part.heading = select->text(5);
        part.text = select->text(6);
        part.span = Span{select->int64(7), select->int64(8)};
        documents.back().parts.push_back(std::move(part));
    }
}

} // namespace nianbao::supervision
