// The reviewer's layer on PostgreSQL: corrections, decisions on findings, changes of a
// report's fields. Every table here is append-only (triggers refuse updates).

#include "model/agencyname.h"
#include "store/pgarchivestate.h"
#include "store/pgtransaction.h"

#include <QCoreApplication>

#include <cmath>
#include <type_traits>

namespace nianbao::store {

using namespace pg_detail;

namespace pg_detail {

const char* const kCorrectionColumns =
    "id, report_id, cell_key, old_value, new_value, extracted_value, reviewer, corrected_at, "
    "reason, vouched, candidate";
const char* const kDecisionColumns = "fingerprint, verdict, comment, reviewer, decided_at";
const char* const kChangeColumns =
    "id, report_id, field, old_value, new_value, reviewer, changed_at, reason, override";

Correction correctionFromRow(const PgStatement& row)
{
    Correction correction{
        row.int64(0),        row.int64(1),        row.text(2), row.optionalReal(3),
        row.optionalReal(4), row.optionalReal(5), row.text(6), parsePgTime(row.utf8(7)),
        row.text(8),         row.int64(9) != 0,   std::nullopt};
    if (const std::optional<qint64> candidate = row.optionalInt64(10)) {
        correction.candidate = int(*candidate);
    }
    return correction;
}

FindingDecision decisionFromRow(const PgStatement& row)
{
    return FindingDecision{row.text(0),
                           findingVerdictFromCode(row.text(1)).value_or(FindingVerdict::Open),
                           row.text(2), row.text(3), parsePgTime(row.utf8(4))};
}

ReportChange changeFromRow(const PgStatement& row)
{
    return ReportChange{row.int64(0),
                        row.int64(1),
                        reportFieldFromCode(row.text(2)).value_or(ReportField::Status),
                        row.text(3),
                        row.text(4),
                        row.text(5),
                        parsePgTime(row.utf8(6)),
                        row.text(7),
                        row.int64(8) != 0};
}

} // namespace pg_detail

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
Result<std::vector<Item>> collectRows(PgStatement& select, ReadRow read)
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
Result<QString> readField(PgConnection& db, ReportId id, ReportField field)
{
    PgStatement select = db.prepare(selectSql(columnOf(field), "FROM reports WHERE id = $1"));
    select.bind(1, id);
    const Result<bool> found = select.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::unexpected(noSuchReport(id));
    }
    if (field == ReportField::Year) {
        const std::optional<qint64> year = select.optionalInt64(0);
        return year ? QString::number(*year) : QString();
    }
    return select.text(0);
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
Result<void> writeField(PgConnection& db, ReportId id, ReportField field, const QString& value)
{
    if (field == ReportField::Agency) {
        PgStatement update =
            db.prepare("UPDATE reports SET agency = $2, agency_key = $3 WHERE id = $1");
        update.bind(1, id);
        update.bind(2, value.trimmed());
        update.bind(3, normalizedAgencyName(value));
        return update.run();
    }
    PgStatement update = db.prepare(
        QByteArray(QByteArray("UPDATE reports SET ") + columnOf(field) + " = $2 WHERE id = $1"));
    update.bind(1, id);
    if (field == ReportField::Year) {
        update.bind(2, value.isEmpty() ? std::nullopt : std::optional<qint64>(value.toInt()));
    } else {
        update.bind(2, value);
    }
    return update.run();
}

} // namespace

Result<std::optional<double>> PgArchive::extractedValue(ReportId id, const QString& cellKey)
{
    PgStatement select =
        m_state->db.prepare("SELECT c.value FROM cells c JOIN cell_keys k ON k.id = c.key_id "
                            "WHERE c.report_id = $1 AND k.key = $2");
    select.bind(1, id);
    select.bind(2, cellKey);
    const Result<bool> found = select.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive", "Report %1 has no cell %2.")
                        .arg(id)
                        .arg(cellKey));
    }
    return select.optionalReal(0);
}

Result<Correction> PgArchive::recordCorrection(ReportId id, const CorrectionRequest& request)
{
    if (Result<void> named = requireReviewer(request.reviewer); !named) {
        return std::unexpected(named.error());
    }
    if (request.newValue && !std::isfinite(*request.newValue)) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive",
                                                "A cell value must be a finite number."));
    }
    Result<PgTransaction> transaction = PgTransaction::begin(m_state->db);
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
    if (Result<void> told = notifyChange(m_state->db, id, "correction"); !told) {
        return std::unexpected(told.error());
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return correction;
}

Result<Correction> PgArchive::insertCorrection(ReportId id, const CorrectionRequest& request)
{
    const Result<std::optional<double>> extracted = extractedValue(id, request.cellKey);
    if (!extracted) {
        return std::unexpected(extracted.error());
    }
    PgStatement latest = m_state->db.prepare(
        "SELECT new_value, vouched FROM corrections WHERE report_id = $1 AND cell_key = $2 "
        "ORDER BY id DESC LIMIT 1");
    latest.bind(1, id);
    latest.bind(2, request.cellKey);
    const Result<bool> corrected = latest.step();
    if (!corrected) {
        return std::unexpected(corrected.error());
    }
    const std::optional<double> current = *corrected ? latest.optionalReal(0) : *extracted;
    const bool vouched = *corrected && latest.int64(1) != 0;
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
    PgStatement insert = m_state->db.prepare(
        "INSERT INTO corrections (report_id, cell_key, old_value, new_value, extracted_value, "
        "reviewer, corrected_at, reason, vouched, candidate) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id");
    insert.bind(1, id);
    insert.bind(2, correction.cellKey);
    insert.bind(3, correction.oldValue);
    insert.bind(4, correction.newValue);
    insert.bind(5, correction.extractedValue);
    insert.bind(6, correction.reviewer);
    insert.bind(7, pgTime(correction.time));
    insert.bind(8, correction.reason);
    insert.bind(9, correction.vouched);
    insert.bind(10,
                correction.candidate ? std::optional<qint64>(*correction.candidate) : std::nullopt);
    if (Result<void> done = insert.run(); !done) {
        return std::unexpected(done.error());
    }
    correction.id = insert.int64(0);
    // What is read back is what is stored (milliseconds), so that equal means equal.
    correction.time = storedPrecision((correction.time));
    return correction;
}

Result<std::vector<Correction>> PgArchive::cellHistory(ReportId id, const QString& cellKey)
{
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    PgStatement select = m_state->db.prepare(selectSql(
        kCorrectionColumns, "FROM corrections WHERE report_id = $1 AND cell_key = $2 ORDER BY id"));
    select.bind(1, id);
    select.bind(2, cellKey);
    return collectRows<Correction>(select, correctionFromRow);
}

Result<ReportChange> PgArchive::recordReportChange(ReportId id, const ReportChangeRequest& request)
{
    if (Result<void> named = requireReviewer(request.reviewer); !named) {
        return std::unexpected(named.error());
    }
    if (Result<void> valid = checkFieldValue(request.field, request.newValue); !valid) {
        return std::unexpected(valid.error());
    }
    Result<PgTransaction> transaction = PgTransaction::begin(m_state->db);
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
                        storedPrecision((QDateTime::currentDateTimeUtc())),
                        request.reason,
                        request.override};
    PgStatement insert = m_state->db.prepare(
        "INSERT INTO report_changes (report_id, field, old_value, new_value, reviewer, "
        "changed_at, reason, override) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id");
    insert.bind(1, id);
    insert.bind(2, reportFieldCode(change.field));
    insert.bind(3, change.oldValue);
    insert.bind(4, change.newValue);
    insert.bind(5, change.reviewer);
    insert.bind(6, pgTime(change.time));
    insert.bind(7, change.reason);
    insert.bind(8, change.override);
    if (Result<void> done = insert.run(); !done) {
        return std::unexpected(done.error());
    }
    change.id = insert.int64(0);
    if (Result<void> told = notifyChange(m_state->db, id, "change"); !told) {
        return std::unexpected(told.error());
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return change;
}

Result<void> PgArchive::reapplyReportChanges(ReportId id)
{
    // The latest change of each field but the status (which extraction never sets).
    PgStatement select = m_state->db.prepare(
        "SELECT c.field, c.new_value FROM report_changes c WHERE c.report_id = $1 AND "
        "c.field <> 'status' AND c.id = (SELECT max(l.id) FROM report_changes l "
        "WHERE l.report_id = c.report_id AND l.field = c.field)");
    select.bind(1, id);
    std::vector<std::pair<ReportField, QString>> latest;
    for (;;) {
        const Result<bool> row = select.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        if (const std::optional<ReportField> field = reportFieldFromCode(select.text(0))) {
            latest.emplace_back(*field, select.text(1));
        }
    }
    for (const auto& [field, value] : latest) {
        if (Result<void> written = writeField(m_state->db, id, field, value); !written) {
            return written;
        }
    }
    return {};
}

Result<FindingDecision> PgArchive::decideFinding(ReportId id, const DecisionRequest& request)
{
    if (Result<void> named = requireReviewer(request.reviewer); !named) {
        return std::unexpected(named.error());
    }
    Result<PgTransaction> transaction = PgTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    PgStatement finding = m_state->db.prepare(
        "SELECT 1 FROM findings WHERE report_id = $1 AND fingerprint = $2 LIMIT 1");
    finding.bind(1, id);
    finding.bind(2, request.fingerprint);
    const Result<bool> found = finding.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive", "Report %1 has no finding %2.")
                        .arg(id)
                        .arg(request.fingerprint));
    }

    const QDateTime now = storedPrecision((QDateTime::currentDateTimeUtc()));
    FindingDecision decision{request.fingerprint, request.verdict, request.comment,
                             request.reviewer.trimmed(), now};
    PgStatement insert = m_state->db.prepare(
        "INSERT INTO finding_decisions (report_id, fingerprint, verdict, comment, reviewer, "
        "decided_at) VALUES ($1, $2, $3, $4, $5, $6)");
    insert.bind(1, id);
    insert.bind(2, decision.fingerprint);
    insert.bind(3, findingVerdictCode(decision.verdict));
    insert.bind(4, decision.comment);
    insert.bind(5, decision.reviewer);
    insert.bind(6, pgTime(decision.time));
    if (Result<void> done = insert.run(); !done) {
        return std::unexpected(done.error());
    }
    if (Result<void> counted = refreshOpenCounts(id); !counted) {
        return std::unexpected(counted.error());
    }
    if (Result<void> told = notifyChange(m_state->db, id, "decision"); !told) {
        return std::unexpected(told.error());
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return decision;
}

Result<std::vector<FindingDecision>> PgArchive::decisionHistory(ReportId id,
                                                                const QString& fingerprint)
{
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    PgStatement select = m_state->db.prepare(
        selectSql(kDecisionColumns,
                  "FROM finding_decisions WHERE report_id = $1 AND fingerprint = $2 ORDER BY id"));
    select.bind(1, id);
    select.bind(2, fingerprint);
    return collectRows<FindingDecision>(select, decisionFromRow);
}

Result<ReportHistory> PgArchive::reportHistory(ReportId id)
{
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    ReportHistory history;
    const auto read = [&](const QByteArray& sql, auto& items, auto fromRow) -> Result<void> {
        PgStatement select = m_state->db.prepare(sql);
        select.bind(1, id);
        using Item = typename std::remove_reference_t<decltype(items)>::value_type;
        Result<std::vector<Item>> rows = collectRows<Item>(select, fromRow);
        if (!rows) {
            return std::unexpected(rows.error());
        }
        items = std::move(*rows);
        return {};
    };
    if (Result<void> done =
            read(selectSql(kCorrectionColumns, "FROM corrections WHERE report_id = $1 ORDER BY id"),
                 history.corrections, correctionFromRow);
        !done) {
        return std::unexpected(done.error());
    }
    if (Result<void> done = read(
            selectSql(kDecisionColumns, "FROM finding_decisions WHERE report_id = $1 ORDER BY id"),
            history.decisions, decisionFromRow);
        !done) {
        return std::unexpected(done.error());
    }
    if (Result<void> done =
            read(selectSql(kChangeColumns, "FROM report_changes WHERE report_id = $1 ORDER BY id"),
                 history.changes, changeFromRow);
        !done) {
        return std::unexpected(done.error());
    }
    return history;
}

Result<void> PgArchive::replaceFindings(ReportId id, const std::vector<Finding>& findings)
{
    Result<PgTransaction> transaction = PgTransaction::begin(m_state->db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> exists = requireReport(id); !exists) {
        return exists;
    }
    PgStatement clear = m_state->db.prepare("DELETE FROM findings WHERE report_id = $1");
    clear.bind(1, id);
    if (Result<void> cleared = clear.run(); !cleared) {
        return cleared;
    }
    if (Result<void> written = writeFindings(id, ReportRows::findingRows(findings)); !written) {
        return written;
    }
    if (Result<void> counted = refreshOpenCounts(id); !counted) {
        return counted;
    }
    if (Result<void> told = notifyChange(m_state->db, id, "findings"); !told) {
        return told;
    }
    return transaction->commit();
}

} // namespace nianbao::store
