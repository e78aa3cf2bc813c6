#include "archive/archive.h"

#include "archive/agencyname.h"
#include "archive/archivesafety.h"
#include "archive/archivestate.h"
#include "archive/schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace nianbao {

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

Archive::Archive(std::unique_ptr<State> state)
    : m_state(std::move(state))
{
    // Ids of keys inserted in a transaction that was then undone no longer exist.
    m_state->db.setRollbackListener([state = m_state.get()] { state->cellKeyIds.clear(); });
}

Archive::Archive(Archive&&) noexcept = default;
Archive& Archive::operator=(Archive&&) noexcept = default;
Archive::~Archive() = default;

QString Archive::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("nianbao.sqlite"));
}

Result<Archive> Archive::openDefault()
{
    return open(defaultPath());
}

Result<Archive> Archive::open(const QString& path)
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
    Archive archive(
        std::make_unique<State>(State{std::move(*db), {}, SearchIndexing::Immediate, {}}));
    // Texts left waiting for the index, by a killed import (or one still running in another
    // process, which this merely helps along): searches find them either way, faster once
    // they are in the index. So a failure here (a full disk) does not keep the archive shut.
    (void)archive.indexPendingTexts();
    return archive;
}

Result<Archive> Archive::openDamaged(const QString& path, const QString& problem)
{
    Result<SqliteConnection> db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (Result<void> waits = waitWhenBusy(*db); !waits) {
        return std::unexpected(waits.error());
    }
    Archive archive(std::make_unique<State>(State{std::move(*db),
                                                  {},
                                                  SearchIndexing::Immediate,
                                                  damagedArchiveMessage(path, problem, true)}));
    return archive;
}

const std::optional<QString>& Archive::damage() const
{
    return m_state->damage;
}

QString Archive::path() const
{
    return m_state->db.path();
}

Result<int> Archive::schemaVersion()
{
    return nianbao::schemaVersion(m_state->db);
}

Result<void> Archive::setAutomaticCheckpoints(bool on)
{
    // SQLite's default: a checkpoint once the log holds 1,000 pages.
    return m_state->db.exec(on ? "PRAGMA wal_autocheckpoint = 1000"
                               : "PRAGMA wal_autocheckpoint = 0");
}

Result<void> Archive::checkpoint(Checkpoint mode)
{
    return m_state->db.exec(mode == Checkpoint::Passive ? "PRAGMA wal_checkpoint(PASSIVE)"
                                                        : "PRAGMA wal_checkpoint(RESTART)");
}

Result<SqliteTransaction> Archive::transaction()
{
    return SqliteTransaction::begin(m_state->db);
}

Result<void> Archive::requireReport(ReportId id)
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

Result<std::optional<ReportId>> Archive::findByHash(const QByteArray& sha256)
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

Result<std::optional<ReportId>> Archive::findBySameText(const ReportRows& rows)
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

QByteArray Archive::hashOf(const QByteArray& originalBytes)
{
    return QCryptographicHash::hash(originalBytes, QCryptographicHash::Sha256);
}

Result<AddOutcome> Archive::addReport(const QByteArray& originalBytes,
                                      const ProcessedReport& processed)
{
    return addReport(originalBytes, hashOf(originalBytes), ReportRows::of(processed));
}

Result<AddOutcome> Archive::addReport(const QByteArray& originalBytes, const QByteArray& sha256,
                                      const ReportRows& rows)
{
    Result<SqliteTransaction> transaction = this->transaction();
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

Result<void> Archive::replaceExtraction(ReportId id, const ProcessedReport& processed)
{
    Result<SqliteTransaction> transaction = this->transaction();
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
    if (Result<void> indexed = indexTextsIfImmediate(); !indexed) {
        return indexed;
    }
    // Decisions stay with their fingerprints: the findings still open are counted anew.
    if (Result<void> counted = refreshOpenCounts(id); !counted) {
        return counted;
    }
    return transaction->commit();
}

Result<std::vector<ReportId>> Archive::reportIds()
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

Result<std::optional<ReportId>> Archive::findReport(const QString& agency, int year)
{
    const QString key = normalizedAgencyName(agency);
    if (key.isEmpty()) {
        // Reports whose agency was not found are not one body.
        return std::optional<ReportId>();
    }
    Result<CachedStatement> select = m_state->db.cached(
        "SELECT id FROM reports WHERE agency_key = ?1 AND year = ?2 ORDER BY id DESC LIMIT 1");
    if (!select) {
        return std::unexpected(select.error());
    }
    (*select)->bind(1, key);
    (*select)->bind(2, year);
    const Result<bool> found = (*select)->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    return *found ? std::optional<ReportId>((*select)->int64(0)) : std::nullopt;
}

Result<std::optional<Report>> Archive::previousYearReport(const QString& agency, int year)
{
    const Result<std::optional<ReportId>> previous = findReport(agency, year - 1);
    if (!previous) {
        return std::unexpected(previous.error());
    }
    if (!*previous) {
        return std::optional<Report>();
    }
    Result<StoredReport> stored = loadReport(**previous);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return std::optional<Report>(stored->current());
}

} // namespace nianbao
