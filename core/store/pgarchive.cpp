#include "store/pgarchive.h"

#include "model/agencyname.h"
#include "store/pgarchivestate.h"
#include "store/pgarchivewatcher.h"
#include "store/pgdatasetreader.h"
#include "store/pgschema.h"
#include "store/pgtransaction.h"

#include <QCoreApplication>

namespace nianbao::store {

namespace pg_detail {

QDateTime parsePgTime(QByteArrayView text)
{
    // "2026-12-07 18:30:00.123+00": ISO 8601 once the space is a T and the offset has minutes.
    QString iso = QString::fromLatin1(text);
    iso.replace(10, 1, QLatin1Char('T'));
    if (iso.size() >= 3 && (iso.at(iso.size() - 3) == QLatin1Char('+') ||
                            iso.at(iso.size() - 3) == QLatin1Char('-'))) {
        iso += QLatin1String(":00");
    }
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

QString pgTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime storedPrecision(const QDateTime& time)
{
    return QDateTime::fromString(pgTime(time), Qt::ISODateWithMs);
}

Result<void> notifyChange(PgConnection& db, ReportId id, const char* kind)
{
    PgStatement notify =
        db.prepare("SELECT pg_notify($1, current_schema() || '|' || $2 || '|' || $3)");
    notify.bind(1, QString::fromLatin1(kArchiveChannel));
    notify.bind(2, QString::number(id));
    notify.bind(3, QString::fromLatin1(kind));
    return notify.run();
}

Error noSuchReport(ReportId id)
{
    return Error{
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("nianbao::Archive", "The archive holds no report %1.").arg(id)};
}

} // namespace pg_detail

using namespace pg_detail;

namespace {

/// The report-level columns both adding and re-extracting write, bound from $2 on.
void bindReportColumns(PgStatement& statement, const ReportRows& rows, const QString& now)
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

class PgTransactionBackend final : public Transaction::Backend {
public:
    explicit PgTransactionBackend(PgTransaction transaction)
        : m_transaction(std::move(transaction))
    {}
    Result<void> commit() override { return m_transaction.commit(); }
    void rollback() override { m_transaction.rollback(); }

private:
    PgTransaction m_transaction;
};

/// The server does its own buffering: a long run of writes needs nothing set up.
class PgBulkWrites final : public BulkWrites {
public:
    void reportStored() override {}
};

} // namespace

PgArchive::PgArchive(std::unique_ptr<State> state)
    : m_state(std::move(state))
{
    m_state->db.setRollbackListener([state = m_state.get()] {
        state->cellKeyIds.clear();
        state->cellKeysById.clear();
    });
}

PgArchive::~PgArchive() = default;

Result<std::unique_ptr<PgArchive>> PgArchive::open(const QString& uri)
{
    Result<PgConnection> db = PgConnection::open(uri);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (Result<int> upgraded = upgradePgSchema(*db); !upgraded) {
        return std::unexpected(upgraded.error());
    }
    return std::unique_ptr<PgArchive>(
        new PgArchive(std::make_unique<State>(State{std::move(*db), {}, {}})));
}

QString PgArchive::location() const
{
    return m_state->db.uri();
}

Result<std::unique_ptr<Archive>> PgArchive::connectAgain() const
{
    Result<std::unique_ptr<PgArchive>> again = open(location());
    if (!again) {
        return std::unexpected(again.error());
    }
    return std::unique_ptr<Archive>(std::move(*again));
}

Result<int> PgArchive::schemaVersion()
{
    return pgSchemaVersion(m_state->db);
}

std::unique_ptr<BulkWrites> PgArchive::bulkWrites()
{
    return std::make_unique<PgBulkWrites>();
}

Result<std::unique_ptr<DatasetReader>> PgArchive::readDataset(const DatasetFilter& filter,
                                                              DatasetParts parts) const
{
    return PgDatasetReader::open(location(), filter, parts);
}

Result<Transaction> PgArchive::transaction()
{
    Result<PgTransaction> begun = PgTransaction::begin(m_state->db);
    if (!begun) {
        return std::unexpected(begun.error());
    }
    return Transaction(std::make_unique<PgTransactionBackend>(std::move(*begun)));
}

Result<void> PgArchive::requireReport(ReportId id)
{
    PgStatement select = m_state->db.prepare("SELECT 1 FROM reports WHERE id = $1");
    select.bind(1, id);
    const Result<bool> found = select.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::unexpected(noSuchReport(id));
    }
    return {};
}

Result<std::optional<ReportId>> PgArchive::findByHash(const QByteArray& sha256)
{
    PgStatement select = m_state->db.prepare("SELECT id FROM reports WHERE sha256 = $1");
    select.bindBlob(1, sha256);
    const Result<bool> found = select.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    return *found ? std::optional<ReportId>(select.int64(0)) : std::nullopt;
}

Result<std::optional<ReportId>> PgArchive::findBySameText(const ReportRows& rows)
{
    PgStatement select = m_state->db.prepare(
        "SELECT r.id FROM reports r JOIN report_texts t ON t.report_id = r.id "
        "WHERE r.agency_key = $1 AND r.year IS NOT DISTINCT FROM $2 AND t.text = $3 "
        "ORDER BY r.id LIMIT 1");
    select.bindUtf8(1, rows.agencyKey);
    select.bind(2, rows.year);
    select.bindUtf8(3, rows.text);
    const Result<bool> found = select.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    return *found ? std::optional<ReportId>(select.int64(0)) : std::nullopt;
}

Result<AddOutcome> PgArchive::addReport(const QByteArray& originalBytes, const QByteArray& sha256,
                                        const ReportRows& rows)
{
    Result<PgTransaction> transaction = PgTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    // The unique hash decides between clients storing the same file at once: the second
    // insert waits for the first transaction and then inserts nothing.
    PgStatement insert = m_state->db.prepare(
        "INSERT INTO reports (sha256, file_name, format, encoding, title, agency, agency_key, "
        "region, year, template_id, imported_at, extracted_at, open_errors, open_warnings, "
        "open_notes) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13, $14) "
        "ON CONFLICT (sha256) DO NOTHING RETURNING id");
    insert.bindBlob(1, sha256);
    bindReportColumns(insert, rows, pgTime(QDateTime::currentDateTimeUtc()));
    insert.bind(12, rows.open.errors);
    insert.bind(13, rows.open.warnings);
    insert.bind(14, rows.open.notes);
    const Result<bool> inserted = insert.step();
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    if (!*inserted) {
        const Result<std::optional<ReportId>> existing = findByHash(sha256);
        if (!existing) {
            return std::unexpected(existing.error());
        }
        if (!*existing) {
            return fail(ErrorCode::Database,
                        QCoreApplication::translate("nianbao::Archive",
                                                    "A report with the same content was being "
                                                    "stored and then was not; try again."));
        }
        if (Result<void> committed = transaction->commit(); !committed) {
            return std::unexpected(committed.error());
        }
        return AddOutcome{**existing, true};
    }
    const ReportId id = insert.int64(0);

    PgStatement source =
        m_state->db.prepare("INSERT INTO report_sources (report_id, bytes) VALUES ($1, $2)");
    source.bind(1, id);
    source.bindBlob(2, originalBytes);
    if (Result<void> stored = source.run(); !stored) {
        return std::unexpected(stored.error());
    }
    if (Result<void> written = writeContent(id, rows); !written) {
        return std::unexpected(written.error());
    }
    if (Result<void> told = notifyChange(m_state->db, id, "added"); !told) {
        return std::unexpected(told.error());
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return AddOutcome{id, false};
}

Result<void> PgArchive::replaceExtraction(ReportId id, const ProcessedReport& processed)
{
    Result<PgTransaction> transaction = PgTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> exists = requireReport(id); !exists) {
        return exists;
    }
    PgStatement update = m_state->db.prepare(
        "UPDATE reports SET file_name = $2, format = $3, encoding = $4, title = $5, agency = $6, "
        "agency_key = $7, region = $8, year = $9, template_id = $10, extracted_at = $11 "
        "WHERE id = $1");
    const ReportRows rows = ReportRows::of(processed);
    update.bind(1, id);
    bindReportColumns(update, rows, pgTime(QDateTime::currentDateTimeUtc()));
    if (Result<void> updated = update.run(); !updated) {
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
    if (Result<void> counted = refreshOpenCounts(id); !counted) {
        return counted;
    }
    if (Result<void> told = notifyChange(m_state->db, id, "extracted"); !told) {
        return told;
    }
    return transaction->commit();
}

Result<std::vector<ReportId>> PgArchive::reportIds()
{
    PgStatement select = m_state->db.prepare("SELECT id FROM reports ORDER BY id");
    std::vector<ReportId> ids;
    for (;;) {
        const Result<bool> row = select.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return ids;
        }
        ids.push_back(select.int64(0));
    }
}

Result<std::vector<ReportId>> PgArchive::reportsWithAgencyKeys(const QStringList& keys,
                                                               std::optional<int> year)
{
    QStringList marks;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        marks.append(QStringLiteral("$%1").arg(i + 1));
    }
    const QString sql =
        QStringLiteral("SELECT id FROM reports WHERE agency_key IN (%1)%2 AND id NOT IN "
                       "(SELECT report_id FROM retired_reports) ORDER BY id DESC")
            .arg(marks.join(u','),
                 year ? QStringLiteral(" AND year = $%1").arg(keys.size() + 1) : QString());
    PgStatement select = m_state->db.prepare(sql.toUtf8());
    int at = 1;
    for (const QString& key : keys) {
        select.bind(at++, key);
    }
    if (year) {
        select.bind(at, *year);
    }
    std::vector<ReportId> ids;
    for (;;) {
        const Result<bool> row = select.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return ids;
        }
        ids.push_back(select.int64(0));
    }
}

Result<void> PgArchive::setAgencyAlias(const QString& agency, const QString& bodyName)
{
    Result<PgTransaction> transaction = PgTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const bool forget = bodyName.trimmed().isEmpty();
    PgStatement statement =
        forget ? m_state->db.prepare("DELETE FROM agency_aliases WHERE agency_key = $1")
               : m_state->db.prepare(
                     "INSERT INTO agency_aliases (agency_key, agency, body_name, set_at) "
                     "VALUES ($1, $2, $3, $4) ON CONFLICT (agency_key) DO UPDATE SET "
                     "agency = excluded.agency, body_name = excluded.body_name, "
                     "set_at = excluded.set_at");
    statement.bind(1, normalizedAgencyName(agency));
    if (!forget) {
        statement.bind(2, agency);
        statement.bind(3, bodyName.trimmed());
        statement.bind(4, pgTime(QDateTime::currentDateTimeUtc()));
    }
    if (Result<void> done = statement.run(); !done) {
        return done;
    }
    return transaction->commit();
}

Result<std::vector<AgencyAlias>> PgArchive::agencyAliases()
{
    PgStatement select = m_state->db.prepare(
        "SELECT agency_key, agency, body_name FROM agency_aliases ORDER BY agency_key");
    std::vector<AgencyAlias> aliases;
    for (;;) {
        const Result<bool> row = select.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return aliases;
        }
        aliases.push_back(AgencyAlias{select.text(0), select.text(1), select.text(2)});
    }
}

Result<void> PgArchive::retireReport(ReportId id, ReportId kept, const QString& reviewer,
                                     const QString& reason)
{
    Result<PgTransaction> transaction = PgTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    PgStatement insert = m_state->db.prepare(
        "INSERT INTO retired_reports (report_id, kept_id, reviewer, reason, retired_at) "
        "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (report_id) DO UPDATE SET "
        "kept_id = excluded.kept_id, reviewer = excluded.reviewer, reason = excluded.reason, "
        "retired_at = excluded.retired_at");
    insert.bind(1, qint64(id));
    insert.bind(2, qint64(kept));
    insert.bind(3, reviewer);
    insert.bind(4, reason);
    insert.bind(5, pgTime(QDateTime::currentDateTimeUtc()));
    if (Result<void> done = insert.run(); !done) {
        return done;
    }
    return transaction->commit();
}

Result<void> PgArchive::restoreReport(ReportId id)
{
    Result<PgTransaction> transaction = PgTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    PgStatement remove = m_state->db.prepare("DELETE FROM retired_reports WHERE report_id = $1");
    remove.bind(1, qint64(id));
    if (Result<void> done = remove.run(); !done) {
        return done;
    }
    return transaction->commit();
}

Result<std::optional<Retirement>> PgArchive::retirement(ReportId id)
{
    PgStatement select = m_state->db.prepare(
        "SELECT kept_id, reviewer, reason, retired_at FROM retired_reports WHERE report_id = $1");
    select.bind(1, qint64(id));
    const Result<bool> row = select.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<Retirement>();
    }
    return Retirement{id, select.int64(0), select.text(1), select.text(2),
                      parsePgTime(select.utf8(3))};
}

} // namespace nianbao::store
