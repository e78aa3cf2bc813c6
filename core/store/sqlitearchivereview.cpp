// The reviewer's layer: corrections, decisions on findings, changes of a report's fields.
// Every table here is append-only (triggers refuse updates): history is never rewritten.

#include "model/agencyname.h"
#include "store/sqlitearchivestate.h"
#include "store/sqlitetransaction.h"

#include <QCoreApplication>

#include <cmath>
#include <type_traits>

namespace nianbao::store {

using namespace archive_detail;

namespace archive_detail {

const char* const kCorrectionColumns =
    "id, report_id, cell_key, old_value, new_value, extracted_value, reviewer, corrected_at, "
    "reason, vouched, candidate";
const char* const kDecisionColumns = "fingerprint, verdict, comment, reviewer, decided_at";
const char* const kChangeColumns =
    "id, report_id, field, old_value, new_value, reviewer, changed_at, reason, override";

Correction correctionFromRow(const SqliteStatement& row)
{
    Correction correction{
        row.int64(0),        row.int64(1),        row.text(2), row.optionalReal(3),
        row.optionalReal(4), row.optionalReal(5), row.text(6), parseStoredTime(row.text(7)),
        row.text(8),         row.int64(9) != 0,   std::nullopt};
    if (const std::optional<qint64> candidate = row.optionalInt64(10)) {
        correction.candidate = int(*candidate);
    }
    return correction;
}

FindingDecision decisionFromRow(const SqliteStatement& row)
{
    return FindingDecision{row.text(0),
                           findingVerdictFromCode(row.text(1)).value_or(FindingVerdict::Open),
                           row.text(2), row.text(3), parseStoredTime(row.text(4))};
}

ReportChange changeFromRow(const SqliteStatement& row)
{
    return ReportChange{row.int64(0),
                        row.int64(1),
                        reportFieldFromCode(row.text(2)).value_or(ReportField::Status),
                        row.text(3),
                        row.text(4),
                        row.text(5),
                        parseStoredTime(row.text(6)),
                        row.text(7),
                        row.int64(8) != 0};
}

} // namespace archive_detail

namespace {

Result<void> requireReviewer(const QString& reviewer)
{
    if (reviewer.trimmed().isEmpty()) {
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("nianbao::Archive", "A reviewer name is required."));
    }
    return {};
}

template <typename Item, typename ReadRow>
Result<std::vector<Item>> collectRows(SqliteStatement& select, ReadRow read)
{
    std::vector<Item> items;
    for (;;) {
        const Result<bool> row = select.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return items;
        }
        items.push_back(read(select));
    }
}

/// The column of `reports` a field is kept in.
const char* columnOf(ReportField field)
{
    switch (field) {
    case ReportField::Agency:
        return "agency";
    case ReportField::Year:
        return "year";
    case ReportField::Title:
        return "title";
    case ReportField::Region:
        return "region";
    case ReportField::Status:
        break;
    }
    return "review_status";
}

/// A field's value as text (ReportChange), from its column.
Result<QString> readField(SqliteConnection& db, ReportId id, ReportField field)
{
    Result<SqliteStatement> select =
        db.prepare(selectSql(columnOf(field), "FROM reports WHERE id = ?1"));
    if (!select) {
        return std::unexpected(select.error());
    }
    select->bind(1, id);
    const Result<bool> found = select->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::unexpected(noSuchReport(id));
    }
    if (field == ReportField::Year) {
        const std::optional<qint64> year = select->optionalInt64(0);
        return year ? QString::number(*year) : QString();
    }
    return select->text(0);
}

/// Refuses a value the field cannot hold, before anything is written.
Result<void> checkFieldValue(ReportField field, const QString& value)
{
    if (field == ReportField::Year && !value.isEmpty()) {
        bool number = false;
        const int year = value.toInt(&number);
        if (!number || year < 1900 || year > 2999) {
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("nianbao::Archive", "\"%1\" is not a year.")
                            .arg(value));
        }
    }
    if (field == ReportField::Status && !reviewStatusFromCode(value)) {
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("nianbao::Archive", "\"%1\" is not a review status.")
                .arg(value));
    }
    return {};
}

/// Writes a field's new value into its column (and the agency's normalised key with it).
Result<void> writeField(SqliteConnection& db, ReportId id, ReportField field, const QString& value)
{
    if (field == ReportField::Agency) {
        Result<CachedStatement> update =
            db.cached("UPDATE reports SET agency = ?2, agency_key = ?3 WHERE id = ?1");
        if (!update) {
            return std::unexpected(update.error());
        }
        (*update)->bind(1, id);
        (*update)->bind(2, value.trimmed());
        (*update)->bind(3, normalizedAgencyName(value));
        return (*update)->run();
    }
    Result<SqliteStatement> update = db.prepare(
        QByteArray(QByteArray("UPDATE reports SET ") + columnOf(field) + " = ?2 WHERE id = ?1"));
    if (!update) {
        return std::unexpected(update.error());
    }
    update->bind(1, id);
    if (field == ReportField::Year) {
        update->bind(2, value.isEmpty() ? std::nullopt : std::optional<qint64>(value.toInt()));
    } else {
        update->bind(2, value);
    }
    return update->run();
}

} // namespace

Result<std::optional<double>> SqliteArchive::extractedValue(ReportId id, const QString& cellKey)
{
    Result<CachedStatement> select =
        m_state->db.cached("SELECT c.value FROM cells c JOIN cell_keys k ON k.id = c.key_id "
                           "WHERE c.report_id = ?1 AND k.key = ?2");
    if (!select) {
        return std::unexpected(select.error());
    }
    (*select)->bind(1, id);
    (*select)->bind(2, cellKey);
    const Result<bool> found = (*select)->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive", "Report %1 has no cell %2.")
                        .arg(id)
                        .arg(cellKey));
    }
    return (*select)->optionalReal(0);
}

Result<Correction> SqliteArchive::recordCorrection(ReportId id, const CorrectionRequest& request)
{
    if (Result<void> named = requireReviewer(request.reviewer); !named) {
        return std::unexpected(named.error());
    }
    if (request.newValue && !std::isfinite(*request.newValue)) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive",
                                                "A cell value must be a finite number."));
    }
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    Result<Correction> correction = insertCorrection(id, request);
    if (!correction) {
        return correction;
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return correction;
}

Result<Correction> SqliteArchive::insertCorrection(ReportId id, const CorrectionRequest& request)
{
    const Result<std::optional<double>> extracted = extractedValue(id, request.cellKey);
    if (!extracted) {
        return std::unexpected(extracted.error());
    }
    Result<CachedStatement> latest = m_state->db.cached(
        "SELECT new_value, vouched FROM corrections WHERE report_id = ?1 AND cell_key = ?2 "
        "ORDER BY id DESC LIMIT 1");
    if (!latest) {
        return std::unexpected(latest.error());
    }
    (*latest)->bind(1, id);
    (*latest)->bind(2, request.cellKey);
    const Result<bool> corrected = (*latest)->step();
    if (!corrected) {
        return std::unexpected(corrected.error());
    }
    const std::optional<double> current = *corrected ? (*latest)->optionalReal(0) : *extracted;
    const bool vouched = *corrected && (*latest)->int64(1) != 0;
    if (current == request.newValue && vouched == request.vouched) {
        return fail(ErrorCode::InvalidArgument,
                    vouched ? QCoreApplication::translate("nianbao::Archive",
                                                          "Cell %1 of report %2 already holds "
                                                          "this value, accepted by a reviewer; "
                                                          "nothing was recorded.")
                                  .arg(request.cellKey)
                                  .arg(id)
                            : QCoreApplication::translate("nianbao::Archive",
                                                          "Cell %1 of report %2 already holds "
                                                          "this value; nothing was recorded.")
                                  .arg(request.cellKey)
                                  .arg(id));
    }

    Correction correction{0,
                          id,
                          request.cellKey,
                          current,
                          request.newValue,
                          *extracted,
                          request.reviewer.trimmed(),
                          QDateTime::currentDateTimeUtc(),
                          request.reason,
                          request.vouched,
                          request.candidate};
    Result<CachedStatement> insert = m_state->db.cached(
        "INSERT INTO corrections (report_id, cell_key, old_value, new_value, extracted_value, "
        "reviewer, corrected_at, reason, vouched, candidate) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    (*insert)->bind(1, id);
    (*insert)->bind(2, correction.cellKey);
    (*insert)->bind(3, correction.oldValue);
    (*insert)->bind(4, correction.newValue);
    (*insert)->bind(5, correction.extractedValue);
    (*insert)->bind(6, correction.reviewer);
    (*insert)->bind(7, storedTime(correction.time));
    (*insert)->bind(8, correction.reason);
    (*insert)->bind(9, correction.vouched ? 1 : 0);
    (*insert)->bind(10, correction.candidate ? std::optional<qint64>(*correction.candidate)
                                             : std::nullopt);
    if (Result<void> done = (*insert)->run(); !done) {
        return std::unexpected(done.error());
    }
    correction.id = m_state->db.lastInsertRowId();
    // What is read back is what is stored (milliseconds), so that equal means equal.
    correction.time = parseStoredTime(storedTime(correction.time));
    return correction;
}

Result<std::vector<Correction>> SqliteArchive::cellHistory(ReportId id, const QString& cellKey)
{
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    Result<SqliteStatement> select = m_state->db.prepare(selectSql(
        kCorrectionColumns, "FROM corrections WHERE report_id = ?1 AND cell_key = ?2 ORDER BY id"));
    if (!select) {
        return std::unexpected(select.error());
    }
    select->bind(1, id);
    select->bind(2, cellKey);
    return collectRows<Correction>(*select, correctionFromRow);
}

Result<ReportChange> SqliteArchive::recordReportChange(ReportId id,
                                                       const ReportChangeRequest& request)
{
    if (Result<void> named = requireReviewer(request.reviewer); !named) {
        return std::unexpected(named.error());
    }
    if (Result<void> valid = checkFieldValue(request.field, request.newValue); !valid) {
        return std::unexpected(valid.error());
    }
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const Result<QString> old = readField(m_state->db, id, request.field);
    if (!old) {
        return std::unexpected(old.error());
    }
    const QString value =
        request.field == ReportField::Agency ? request.newValue.trimmed() : request.newValue;
    if (*old == value) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive",
                                                "The %1 of report %2 is \"%3\" already; "
                                                "nothing was recorded.")
                        .arg(reportFieldName(request.field))
                        .arg(id)
                        .arg(value));
    }
    if (Result<void> written = writeField(m_state->db, id, request.field, value); !written) {
        return std::unexpected(written.error());
    }
    ReportChange change{0,
                        id,
                        request.field,
                        *old,
                        value,
                        request.reviewer.trimmed(),
                        parseStoredTime(storedTime(QDateTime::currentDateTimeUtc())),
                        request.reason,
                        request.override};
    Result<CachedStatement> insert = m_state->db.cached(
        "INSERT INTO report_changes (report_id, field, old_value, new_value, reviewer, "
        "changed_at, reason, override) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    (*insert)->bind(1, id);
    (*insert)->bind(2, reportFieldCode(change.field));
    (*insert)->bind(3, change.oldValue);
    (*insert)->bind(4, change.newValue);
    (*insert)->bind(5, change.reviewer);
    (*insert)->bind(6, storedTime(change.time));
    (*insert)->bind(7, change.reason);
    (*insert)->bind(8, change.override ? 1 : 0);
    if (Result<void> done = (*insert)->run(); !done) {
        return std::unexpected(done.error());
    }
    change.id = m_state->db.lastInsertRowId();
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return change;
}

Result<void> SqliteArchive::reapplyReportChanges(ReportId id)
{
    // The latest change of each field but the status (which extraction never sets).
    Result<SqliteStatement> select = m_state->db.prepare(
        "SELECT c.field, c.new_value FROM report_changes c WHERE c.report_id = ?1 AND "
        "c.field <> 'status' AND c.id = (SELECT max(l.id) FROM report_changes l "
        "WHERE l.report_id = c.report_id AND l.field = c.field)");
    if (!select) {
        return std::unexpected(select.error());
    }
    select->bind(1, id);
    std::vector<std::pair<ReportField, QString>> latest;
    for (;;) {
        const Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        if (const std::optional<ReportField> field = reportFieldFromCode(select->text(0))) {
            latest.emplace_back(*field, select->text(1));
        }
    }
    for (const auto& [field, value] : latest) {
        if (Result<void> written = writeField(m_state->db, id, field, value); !written) {
            return written;
        }
    }
    return {};
}

Result<FindingDecision> SqliteArchive::decideFinding(ReportId id, const DecisionRequest& request)
{
    if (Result<void> named = requireReviewer(request.reviewer); !named) {
        return std::unexpected(named.error());
    }
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    Result<CachedStatement> finding = m_state->db.cached(
        "SELECT 1 FROM findings WHERE report_id = ?1 AND fingerprint = ?2 LIMIT 1");
    if (!finding) {
        return std::unexpected(finding.error());
    }
    (*finding)->bind(1, id);
    (*finding)->bind(2, request.fingerprint);
    const Result<bool> found = (*finding)->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive", "Report %1 has no finding %2.")
                        .arg(id)
                        .arg(request.fingerprint));
    }

    const QDateTime now = parseStoredTime(storedTime(QDateTime::currentDateTimeUtc()));
    FindingDecision decision{request.fingerprint, request.verdict, request.comment,
                             request.reviewer.trimmed(), now};
    Result<CachedStatement> insert = m_state->db.cached(
        "INSERT INTO finding_decisions (report_id, fingerprint, verdict, comment, reviewer, "
        "decided_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    (*insert)->bind(1, id);
    (*insert)->bind(2, decision.fingerprint);
    (*insert)->bind(3, findingVerdictCode(decision.verdict));
    (*insert)->bind(4, decision.comment);
    (*insert)->bind(5, decision.reviewer);
    (*insert)->bind(6, storedTime(decision.time));
    if (Result<void> done = (*insert)->run(); !done) {
        return std::unexpected(done.error());
    }
    if (Result<void> counted = refreshOpenCounts(id); !counted) {
        return std::unexpected(counted.error());
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return decision;
}

Result<std::vector<FindingDecision>> SqliteArchive::decisionHistory(ReportId id,
                                                                    const QString& fingerprint)
{
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    Result<SqliteStatement> select = m_state->db.prepare(
        selectSql(kDecisionColumns,
                  "FROM finding_decisions WHERE report_id = ?1 AND fingerprint = ?2 ORDER BY id"));
    if (!select) {
        return std::unexpected(select.error());
    }
    select->bind(1, id);
    select->bind(2, fingerprint);
    return collectRows<FindingDecision>(*select, decisionFromRow);
}

Result<ReportHistory> SqliteArchive::reportHistory(ReportId id)
{
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    ReportHistory history;
    const auto read = [&](const QByteArray& sql, auto& items, auto fromRow) -> Result<void> {
        Result<SqliteStatement> select = m_state->db.prepare(sql);
        if (!select) {
            return std::unexpected(select.error());
        }
        select->bind(1, id);
        using Item = typename std::remove_reference_t<decltype(items)>::value_type;
        Result<std::vector<Item>> rows = collectRows<Item>(*select, fromRow);
        if (!rows) {
            return std::unexpected(rows.error());
        }
        items = std::move(*rows);
        return {};
    };
    if (Result<void> done =
            read(selectSql(kCorrectionColumns, "FROM corrections WHERE report_id = ?1 ORDER BY id"),
                 history.corrections, correctionFromRow);
        !done) {
        return std::unexpected(done.error());
    }
    if (Result<void> done = read(
            selectSql(kDecisionColumns, "FROM finding_decisions WHERE report_id = ?1 ORDER BY id"),
            history.decisions, decisionFromRow);
        !done) {
        return std::unexpected(done.error());
    }
    if (Result<void> done =
            read(selectSql(kChangeColumns, "FROM report_changes WHERE report_id = ?1 ORDER BY id"),
                 history.changes, changeFromRow);
        !done) {
        return std::unexpected(done.error());
    }
    return history;
}

Result<void> SqliteArchive::replaceFindings(ReportId id, const std::vector<Finding>& findings)
{
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> exists = requireReport(id); !exists) {
        return exists;
    }
    Result<CachedStatement> clear = m_state->db.cached("DELETE FROM findings WHERE report_id = ?1");
    if (!clear) {
        return std::unexpected(clear.error());
    }
    (*clear)->bind(1, id);
    if (Result<void> cleared = (*clear)->run(); !cleared) {
        return cleared;
    }
    if (Result<void> written = writeFindings(id, ReportRows::findingRows(findings)); !written) {
        return written;
    }
    if (Result<void> counted = refreshOpenCounts(id); !counted) {
        return counted;
    }
    return transaction->commit();
}

} // namespace nianbao::store
