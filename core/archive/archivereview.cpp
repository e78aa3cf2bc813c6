// The reviewer's layer: corrections, review status, decisions on findings, re-validation.

#include "archive/archivestate.h"

#include <QCoreApplication>

#include <cmath>

namespace nianbao {

using namespace archive_detail;

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
Result<std::vector<Item>> collectRows(CachedStatement& select, ReadRow read)
{
    std::vector<Item> items;
    for (;;) {
        const Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return items;
        }
        items.push_back(read(*select));
    }
}

} // namespace

Result<std::optional<double>> Archive::extractedValue(ReportId id, const QString& cellKey)
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

Result<Correction> Archive::recordCorrection(ReportId id, const CorrectionRequest& request)
{
    if (Result<void> named = requireReviewer(request.reviewer); !named) {
        return std::unexpected(named.error());
    }
    if (request.newValue && !std::isfinite(*request.newValue)) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Archive",
                                                "A cell value must be a finite number."));
    }
    Result<SqliteTransaction> transaction = this->transaction();
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

Result<Correction> Archive::insertCorrection(ReportId id, const CorrectionRequest& request)
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
                          request.vouched};
    Result<CachedStatement> insert = m_state->db.cached(
        "INSERT INTO corrections (report_id, cell_key, old_value, new_value, extracted_value, "
        "reviewer, corrected_at, reason, vouched) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
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
    if (Result<void> done = (*insert)->run(); !done) {
        return std::unexpected(done.error());
    }
    correction.id = m_state->db.lastInsertRowId();
    // What is read back is what is stored (milliseconds), so that equal means equal.
    correction.time = parseStoredTime(storedTime(correction.time));
    return correction;
}

Result<Correction> Archive::revertCell(ReportId id, const QString& cellKey, const QString& reviewer,
                                       const QString& reason)
{
    const Result<std::optional<double>> extracted = extractedValue(id, cellKey);
    if (!extracted) {
        return std::unexpected(extracted.error());
    }
    return recordCorrection(id, CorrectionRequest{cellKey, *extracted, reviewer, reason, false});
}

Result<std::vector<Correction>> Archive::cellHistory(ReportId id, const QString& cellKey)
{
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    Result<CachedStatement> select = m_state->db.cached(
        "SELECT id, old_value, new_value, extracted_value, reviewer, corrected_at, reason, "
        "vouched FROM corrections WHERE report_id = ?1 AND cell_key = ?2 ORDER BY id");
    if (!select) {
        return std::unexpected(select.error());
    }
    (*select)->bind(1, id);
    (*select)->bind(2, cellKey);
    return collectRows<Correction>(*select, [&](const SqliteStatement& row) {
        return Correction{row.int64(0),
                          id,
                          cellKey,
                          row.optionalReal(1),
                          row.optionalReal(2),
                          row.optionalReal(3),
                          row.text(4),
                          parseStoredTime(row.text(5)),
                          row.text(6),
                          row.int64(7) != 0};
    });
}

Result<void> Archive::setReviewStatus(ReportId id, ReviewStatus status)
{
    Result<CachedStatement> update =
        m_state->db.cached("UPDATE reports SET review_status = ?2 WHERE id = ?1");
    if (!update) {
        return std::unexpected(update.error());
    }
    (*update)->bind(1, id);
    (*update)->bind(2, reviewStatusCode(status));
    if (Result<void> done = (*update)->run(); !done) {
        return done;
    }
    if (m_state->db.changes() == 0) {
        return std::unexpected(noSuchReport(id));
    }
    return {};
}

Result<FindingDecision> Archive::decideFinding(ReportId id, const DecisionRequest& request)
{
    if (Result<void> named = requireReviewer(request.reviewer); !named) {
        return std::unexpected(named.error());
    }
    Result<SqliteTransaction> transaction = this->transaction();
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

Result<std::vector<FindingDecision>> Archive::decisionHistory(ReportId id,
                                                              const QString& fingerprint)
{
    if (Result<void> exists = requireReport(id); !exists) {
        return std::unexpected(exists.error());
    }
    Result<CachedStatement> select =
        m_state->db.cached("SELECT verdict, comment, reviewer, decided_at FROM finding_decisions "
                           "WHERE report_id = ?1 AND fingerprint = ?2 ORDER BY id");
    if (!select) {
        return std::unexpected(select.error());
    }
    (*select)->bind(1, id);
    (*select)->bind(2, fingerprint);
    return collectRows<FindingDecision>(*select, [&](const SqliteStatement& row) {
        return FindingDecision{fingerprint,
                               findingVerdictFromCode(row.text(0)).value_or(FindingVerdict::Open),
                               row.text(1), row.text(2), parseStoredTime(row.text(3))};
    });
}

Result<void> Archive::replaceFindings(ReportId id, const std::vector<Finding>& findings)
{
    Result<SqliteTransaction> transaction = this->transaction();
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

} // namespace nianbao
