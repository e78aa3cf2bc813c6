#include "store/sqlitearchive.h"

#include "model/agencyname.h"
#include "store/archivesafety.h"
#include "store/schema.h"
#include "store/sqlitearchivestate.h"
#include "store/sqlitebulkwrites.h"
#include "store/sqlitedatasetreader.h"
#include "store/sqlitetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace nianbao::store {

namespace {

/// How long a writer waits for another process's transaction before giving up.
constexpr int kBusyTimeoutMs = 10000;

/// The report-level columns both adding and re-extracting write, bound from ?2 on.
void bindReportColumns(SqliteStatement& statement, const ReportRows& rows, const QString& now)
{
    statement.bindUtf8(2, rows.fileName);
    statement.bindUtf8(3, rows.format);
    statement.bindUtf8(4, rows.encoding);
    statement.bindUtf8(5, rows.title);
    statement.bindUtf8(6, rows.agency);
    statement.bindUtf8(7, rows.agencyKey);
    statement.bindUtf8(8, rows.region);
    statement.bind(9, rows.year);
    statement.bindUtf8(10, rows.templateId);
    statement.bind(11, now);
}

Result<void> waitWhenBusy(SqliteConnection& db)
{
    return db.exec(QByteArray("PRAGMA busy_timeout = " + QByteArray::number(kBusyTimeoutMs)));
}

} // namespace

namespace archive_detail {

QString storedTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStoredTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

Error noSuchReport(ReportId id)
{
    return Error{
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("nianbao::Archive", "The archive holds no report %1.").arg(id)};
}

} // namespace archive_detail

using namespace archive_detail;

namespace {

/// An SqliteTransaction behind the back-end-neutral Transaction.
class SqliteTransactionBackend final : public Transaction::Backend {
public:
    explicit SqliteTransactionBackend(SqliteTransaction transaction)
        : m_transaction(std::move(transaction))
    {}
    Result<void> commit() override { return m_transaction.commit(); }
    void rollback() override { m_transaction.rollback(); }

private:
    SqliteTransaction m_transaction;
};

} // namespace

SqliteArchive::SqliteArchive(std::unique_ptr<State> state)
    : m_state(std::move(state))
{
    // Ids of keys inserted in a transaction that was then undone no longer exist.
    m_state->db.setRollbackListener([state = m_state.get()] {
        state->cellKeyIds.clear();
        state->cellKeysById.clear();
    });
}

SqliteArchive::~SqliteArchive() = default;

Result<std::unique_ptr<SqliteArchive>> SqliteArchive::open(const QString& path)
{
    if (path.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive", "No archive file was given."));
    }
    const QFileInfo file(path);
    if (file.isDir()) {
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("nianbao::Archive", "%1 is a folder, not an archive file.")
                .arg(path));
    }
    if (!QDir().mkpath(file.absolutePath())) {
        return fail(ErrorCode::Io, QCoreApplication::translate(
                                       "nianbao::Archive", "Cannot create the folder %1 for the "
                                                           "archive.")
                                       .arg(file.absolutePath()));
    }
    // Held until the schema is in place: a second process creating the same new archive
    // waits, then finds it made.
    const Result<ArchiveOpeningLock> opening = ArchiveOpeningLock::acquire(path);
    if (!opening) {
        return std::unexpected(opening.error());
    }
    Result<SqliteConnection> db = SqliteConnection::open(path);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (Result<void> waits = waitWhenBusy(*db); !waits) {
        return std::unexpected(waits.error());
    }
    // Look before writing anything: a foreign or newer file must stay exactly as it was.
    const Result<int> checked = checkSchema(*db, archiveSchemaSteps());
    if (!checked) {
        if (checked.error().code == ErrorCode::Corrupt) {
            // Too damaged to be read at all: only the recovery can help.
            return fail(ErrorCode::Corrupt, damagedArchiveMessage(path, checked.error().message,
                                                                  /*opened=*/false));
        }
        if (checked.error().code != ErrorCode::Database) {
            return std::unexpected(checked.error());
        }
        // The first read of a file that is no SQLite database (a report, a spreadsheet).
        return fail(ErrorCode::Database, QCoreApplication::translate(
                                             "nianbao::Archive", "Cannot use %1 as an archive: %2")
                                             .arg(path, checked.error().message));
    }
    if (*checked > 0) {
        // An archive damaged on disk is only read: writing to it can make it worse.
        const Result<std::optional<QString>> problem = quickIntegrityProblem(*db);
        if (!problem) {
            return std::unexpected(problem.error());
        }
        if (*problem) {
            return openDamaged(path, **problem);
        }
    }
    // WAL lets the review window read while an import writes. With synchronous=NORMAL a
    // committed transaction survives the process being killed; only a power cut can lose the
    // last few commits, and never leaves a half-written report.
    // Pages are read through a memory map rather than copied by read(): storing a report
    // reads index and full-text pages back all the time.
    if (Result<void> configured = db->exec("PRAGMA journal_mode = WAL; "
                                           "PRAGMA synchronous = NORMAL; "
                                           "PRAGMA foreign_keys = ON; "
                                           "PRAGMA mmap_size = 1073741824;");
        !configured) {
        return std::unexpected(configured.error());
    }
    if (Result<int> upgraded = upgradeSchema(*db); !upgraded) {
        return std::unexpected(upgraded.error());
    }
    std::unique_ptr<SqliteArchive> archive(new SqliteArchive(
        std::make_unique<State>(State{std::move(*db), {}, {}, SearchIndexing::Immediate, {}})));
    // Texts left waiting for the index, by a killed import (or one still running in another
    // process, which this merely helps along): searches find them either way, faster once
    // they are in the index. So a failure here (a full disk) does not keep the archive shut.
    (void)archive->indexPendingTexts();
    return archive;
}

Result<std::unique_ptr<SqliteArchive>> SqliteArchive::openDamaged(const QString& path,
                                                                  const QString& problem)
{
    Result<SqliteConnection> db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (Result<void> waits = waitWhenBusy(*db); !waits) {
        return std::unexpected(waits.error());
    }
    return std::unique_ptr<SqliteArchive>(new SqliteArchive(
        std::make_unique<State>(State{std::move(*db),
                                      {},
                                      {},
                                      SearchIndexing::Immediate,
                                      damagedArchiveMessage(path, problem, true)})));
}

const std::optional<QString>& SqliteArchive::damage() const
{
    return m_state->damage;
}

QString SqliteArchive::location() const
{
    return m_state->db.path();
}

Result<std::unique_ptr<Archive>> SqliteArchive::connectAgain() const
{
    Result<std::unique_ptr<SqliteArchive>> again = open(location());
    if (!again) {
        return std::unexpected(again.error());
    }
    return std::unique_ptr<Archive>(std::move(*again));
}

Result<int> SqliteArchive::schemaVersion()
{
    return store::schemaVersion(m_state->db);
}

std::unique_ptr<BulkWrites> SqliteArchive::bulkWrites()
{
    return std::make_unique<SqliteBulkWrites>(*this);
}

Result<std::unique_ptr<DatasetReader>> SqliteArchive::readDataset(const DatasetFilter& filter,
                                                                  DatasetParts parts) const
{
    return SqliteDatasetReader::open(location(), filter, parts);
}

Result<void> SqliteArchive::setAutomaticCheckpoints(bool on)
{
    // SQLite's default: a checkpoint once the log holds 1,000 pages.
    return m_state->db.exec(on ? "PRAGMA wal_autocheckpoint = 1000"
                               : "PRAGMA wal_autocheckpoint = 0");
}

Result<void> SqliteArchive::setForeignKeyChecks(bool on)
{
    return m_state->db.exec(on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
}

Result<void> SqliteArchive::checkpoint(Checkpoint mode)
{
    return m_state->db.exec(mode == Checkpoint::Passive ? "PRAGMA wal_checkpoint(PASSIVE)"
                                                        : "PRAGMA wal_checkpoint(RESTART)");
}

Result<Transaction> SqliteArchive::transaction()
{
    Result<SqliteTransaction> begun = SqliteTransaction::begin(m_state->db);
    if (!begun) {
        return std::unexpected(begun.error());
    }
    return Transaction(std::make_unique<SqliteTransactionBackend>(std::move(*begun)));
}

Result<void> SqliteArchive::requireReport(ReportId id)
{
    Result<CachedStatement> select = m_state->db.cached("SELECT 1 FROM reports WHERE id = ?1");
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
    return {};
}

Result<std::optional<ReportId>> SqliteArchive::findByHash(const QByteArray& sha256)
{
    Result<CachedStatement> select = m_state->db.cached("SELECT id FROM reports WHERE sha256 = ?1");
    if (!select) {
        return std::unexpected(select.error());
    }
    (*select)->bindBlob(1, sha256);
    const Result<bool> found = (*select)->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    return *found ? std::optional<ReportId>((*select)->int64(0)) : std::nullopt;
}

Result<std::optional<ReportId>> SqliteArchive::findBySameText(const ReportRows& rows)
{
    Result<CachedStatement> select = m_state->db.cached(
        "SELECT r.id FROM reports r JOIN report_texts t ON t.report_id = r.id "
        "WHERE r.agency_key = ?1 AND r.year IS ?2 AND t.text = ?3 ORDER BY r.id LIMIT 1");
    if (!select) {
        return std::unexpected(select.error());
    }
    (*select)->bindUtf8(1, rows.agencyKey);
    (*select)->bind(2, rows.year);
    (*select)->bindUtf8(3, rows.text);
    const Result<bool> found = (*select)->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    const std::optional<ReportId> id =
        *found ? std::optional<ReportId>((*select)->int64(0)) : std::nullopt;
    (*select)->reset();
    return id;
}

Result<AddOutcome> SqliteArchive::addReport(const QByteArray& originalBytes,
                                            const QByteArray& sha256, const ReportRows& rows)
{
    // Inside an import's transaction, one more report costs no savepoint.
    Result<SqliteTransaction> transaction = SqliteTransaction::beginOrJoin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    // Looked up inside the transaction: another process may have stored the same file since
    // the importer's own look.
    const Result<std::optional<ReportId>> existing = findByHash(sha256);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (*existing) {
        // Nothing was written; committing rather than rolling back keeps the cell key cache.
        if (Result<void> committed = transaction->commit(); !committed) {
            return std::unexpected(committed.error());
        }
        return AddOutcome{**existing, true};
    }

    // A new report has no decisions yet: every finding is open.
    Result<CachedStatement> insert = m_state->db.cached(
        "INSERT INTO reports (sha256, file_name, format, encoding, title, agency, agency_key, "
        "region, year, template_id, imported_at, extracted_at, open_errors, open_warnings, "
        "open_notes) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13, ?14)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    (*insert)->bindBlob(1, sha256);
    bindReportColumns(**insert, rows, storedTime(QDateTime::currentDateTimeUtc()));
    (*insert)->bind(12, rows.open.errors);
    (*insert)->bind(13, rows.open.warnings);
    (*insert)->bind(14, rows.open.notes);
    if (Result<void> inserted = (*insert)->run(); !inserted) {
        return std::unexpected(inserted.error());
    }
    const ReportId id = m_state->db.lastInsertRowId();

    Result<CachedStatement> source =
        m_state->db.cached("INSERT INTO report_sources (report_id, bytes) VALUES (?1, ?2)");
    if (!source) {
        return std::unexpected(source.error());
    }
    (*source)->bind(1, id);
    (*source)->bindBlob(2, originalBytes);
    if (Result<void> stored = (*source)->run(); !stored) {
        return std::unexpected(stored.error());
    }
    if (Result<void> written = writeContent(id, rows); !written) {
        return std::unexpected(written.error());
    }
    if (Result<void> indexed = indexTextsIfImmediate(); !indexed) {
        return std::unexpected(indexed.error());
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return AddOutcome{id, false};
}

Result<void> SqliteArchive::replaceExtraction(ReportId id, const ProcessedReport& processed)
{
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> exists = requireReport(id); !exists) {
        return exists;
    }
    Result<CachedStatement> update = m_state->db.cached(
        "UPDATE reports SET file_name = ?2, format = ?3, encoding = ?4, title = ?5, agency = ?6, "
        "agency_key = ?7, region = ?8, year = ?9, template_id = ?10, extracted_at = ?11 "
        "WHERE id = ?1");
    if (!update) {
        return std::unexpected(update.error());
    }
    const ReportRows rows = ReportRows::of(processed);
    (*update)->bind(1, id);
    bindReportColumns(**update, rows, storedTime(QDateTime::currentDateTimeUtc()));
    if (Result<void> updated = (*update)->run(); !updated) {
        return updated;
    }
    if (Result<void> cleared = clearContent(id); !cleared) {
        return cleared;
    }
    if (Result<void> written = writeContent(id, rows); !written) {
        return written;
    }
    if (Result<void> reapplied = reapplyReportChanges(id); !reapplied) {
        return reapplied;
    }
    if (Result<void> indexed = indexTextsIfImmediate(); !indexed) {
        return indexed;
    }
    // Decisions stay with their fingerprints: the findings still open are counted anew.
    if (Result<void> counted = refreshOpenCounts(id); !counted) {
        return counted;
    }
    return transaction->commit();
}

Result<std::vector<ReportId>> SqliteArchive::reportIds()
{
    Result<SqliteStatement> select = m_state->db.prepare("SELECT id FROM reports ORDER BY id");
    if (!select) {
        return std::unexpected(select.error());
    }
    std::vector<ReportId> ids;
    for (;;) {
        const Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return ids;
        }
        ids.push_back(select->int64(0));
    }
}

Result<std::vector<ReportId>> SqliteArchive::reportsWithAgencyKeys(const QStringList& keys,
                                                                   std::optional<int> year)
{
    QStringList marks;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    const QString sql =
        QStringLiteral("SELECT id FROM reports WHERE agency_key IN (%1)%2 "
                       "AND id NOT IN (SELECT report_id FROM retired_reports) "
                       "ORDER BY id DESC")
            .arg(marks.join(u','), year ? QStringLiteral(" AND year = ?") : QString());
    Result<SqliteStatement> select = m_state->db.prepare(sql.toUtf8());
    if (!select) {
        return std::unexpected(select.error());
    }
    int at = 1;
    for (const QString& key : keys) {
        select->bind(at++, key);
    }
    if (year) {
        select->bind(at, *year);
    }
    std::vector<ReportId> ids;
    for (;;) {
        const Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return ids;
        }
        ids.push_back(select->int64(0));
    }
}

Result<void> SqliteArchive::setAgencyAlias(const QString& agency, const QString& bodyName)
{
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    Result<SqliteStatement> statement =
        bodyName.trimmed().isEmpty()
            ? m_state->db.prepare("DELETE FROM agency_aliases WHERE agency_key = ?")
            : m_state->db.prepare(
                  "INSERT INTO agency_aliases (agency_key, agency, body_name, set_at) "
                  "VALUES (?, ?, ?, ?) ON CONFLICT (agency_key) DO UPDATE SET "
                  "agency = excluded.agency, body_name = excluded.body_name, "
                  "set_at = excluded.set_at");
    if (!statement) {
        return std::unexpected(statement.error());
    }
    statement->bind(1, normalizedAgencyName(agency));
    if (!bodyName.trimmed().isEmpty()) {
        statement->bind(2, agency);
        statement->bind(3, bodyName.trimmed());
        statement->bind(4, storedTime(QDateTime::currentDateTimeUtc()));
    }
    if (Result<void> done = statement->run(); !done) {
        return done;
    }
    return transaction->commit();
}

Result<std::vector<AgencyAlias>> SqliteArchive::agencyAliases()
{
    Result<SqliteStatement> select = m_state->db.prepare(
        "SELECT agency_key, agency, body_name FROM agency_aliases ORDER BY agency_key");
    if (!select) {
        return std::unexpected(select.error());
    }
    std::vector<AgencyAlias> aliases;
    for (;;) {
        const Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return aliases;
        }
        aliases.push_back(AgencyAlias{select->text(0), select->text(1), select->text(2)});
    }
}

Result<void> SqliteArchive::retireReport(ReportId id, ReportId kept, const QString& reviewer,
                                         const QString& reason)
{
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    Result<SqliteStatement> insert = m_state->db.prepare(
        "INSERT INTO retired_reports (report_id, kept_id, reviewer, reason, retired_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (report_id) DO UPDATE SET kept_id = excluded.kept_id, "
        "reviewer = excluded.reviewer, reason = excluded.reason, "
        "retired_at = excluded.retired_at");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    insert->bind(1, id);
    insert->bind(2, kept);
    insert->bind(3, reviewer);
    insert->bind(4, reason);
    insert->bind(5, storedTime(QDateTime::currentDateTimeUtc()));
    if (Result<void> done = insert->run(); !done) {
        return done;
    }
    return transaction->commit();
}

Result<void> SqliteArchive::restoreReport(ReportId id)
{
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    Result<SqliteStatement> remove =
        m_state->db.prepare("DELETE FROM retired_reports WHERE report_id = ?");
    if (!remove) {
        return std::unexpected(remove.error());
    }
    remove->bind(1, id);
    if (Result<void> done = remove->run(); !done) {
        return done;
    }
    return transaction->commit();
}

Result<std::optional<Retirement>> SqliteArchive::retirement(ReportId id)
{
    Result<SqliteStatement> select = m_state->db.prepare(
        "SELECT kept_id, reviewer, reason, retired_at FROM retired_reports WHERE report_id = ?");
    if (!select) {
        return std::unexpected(select.error());
    }
    select->bind(1, id);
    const Result<bool> row = select->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<Retirement>();
    }
    return Retirement{id, select->int64(0), select->text(1), select->text(2),
                      parseStoredTime(select->text(3))};
}

} // namespace nianbao::store
