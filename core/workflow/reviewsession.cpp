#include "workflow/reviewsession.h"

#include "store/archive.h"
#include "workflow/reviewnext.h"

#include <QCoreApplication>

#include <algorithm>

namespace nianbao::workflow {

void ReviewSession::Next::remember(const Correction& correction)
{
    std::erase_if(stored.corrections,
                  [&](const Correction& c) { return c.cellKey == correction.cellKey; });
    stored.corrections.push_back(correction);
    if (Cell* cell = current.cell(correction.cellKey)) {
        cell->value = correction.newValue;
    }
}

void ReviewSession::Next::remember(const FindingDecision& decision)
{
    std::erase_if(stored.decisions,
                  [&](const FindingDecision& d) { return d.fingerprint == decision.fingerprint; });
    stored.decisions.push_back(decision);
}

Result<ReviewSession> ReviewSession::open(store::Archive& archive, ReportProcessing processing,
                                          ReportId id, QString reviewer)
{
    Result<StoredReport> stored = archive.loadReport(id);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    std::optional<Report> previousYear;
    if (stored->info.year) {
        Result<std::optional<Report>> previous =
            archive.previousYearReport(stored->info.agency, *stored->info.year);
        if (!previous) {
            return std::unexpected(previous.error());
        }
        previousYear = std::move(*previous);
    }
    const Result<SeverityCounts> open = archive.openCounts(id);
    if (!open) {
        return std::unexpected(open.error());
    }
    return ReviewSession(archive, std::move(processing), std::move(*stored),
                         std::move(previousYear), *open, std::move(reviewer));
}

ReviewSession::ReviewSession(store::Archive& archive, ReportProcessing processing,
                             StoredReport stored, std::optional<Report> previousYear,
                             SeverityCounts open, QString reviewer)
    : m_archive(&archive)
    , m_processing(std::move(processing))
    , m_stored(std::move(stored))
    , m_current(m_stored.current())
    , m_previousYear(std::move(previousYear))
    , m_open(open)
    , m_reviewer(std::move(reviewer))
{}

ReviewSession::ReviewSession(ReviewSession&&) noexcept = default;
ReviewSession& ReviewSession::operator=(ReviewSession&&) noexcept = default;
ReviewSession::~ReviewSession() = default;

const Finding* ReviewSession::firstUndecidedError() const
{
    const auto found = std::find_if(
        m_current.findings.begin(), m_current.findings.end(), [&](const Finding& finding) {
            return finding.severity == Severity::Error && m_stored.isOpen(finding);
        });
    return found == m_current.findings.end() ? nullptr : &*found;
}

RowReadings ReviewSession::rowReadings(const QString& cellKey) const
{
    return workflow::rowReadings(m_processing, m_current, m_previousYear, cellKey);
}

Result<ChangeRecord> ReviewSession::apply(const ReviewChange& change)
{
    if (m_reviewer.trimmed().isEmpty()) {
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("nianbao::ReviewSession", "A reviewer name is required."));
    }
    ChangeRecord record;
    record.reportId = id();
    record.change = change;
    Next next{m_stored, m_current, m_previousYear};

    // Everything the change implies commits together, or none of it does.
    Result<store::Transaction> transaction = m_archive->transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const Result<void> applied = std::visit(
        [&](const auto& what) -> Result<void> {
            using What = std::decay_t<decltype(what)>;
            if constexpr (std::is_same_v<What, CellsChange>) {
                return applyCells(what, change.reason, next, record);
            } else if constexpr (std::is_same_v<What, DecisionChange>) {
                return applyDecision(what, change.reason, next, record);
            } else if constexpr (std::is_same_v<What, FieldsChange>) {
                return applyFields(what, change.reason, next, record);
            } else {
                return applyStatus(what, change.reason, next, record);
            }
        },
        change.what);
    if (!applied) {
        return std::unexpected(applied.error());
    }
    const Result<SeverityCounts> open = m_archive->openCounts(id());
    if (!open) {
        return std::unexpected(open.error());
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    m_stored = std::move(next.stored);
    m_current = std::move(next.current);
    m_previousYear = std::move(next.previousYear);
    m_open = *open;
    record.findings = m_current.findings;
    record.open = m_open;
    return record;
}

Result<ChangeRecord> ReviewSession::revert(const ChangeRecord& record, const QString& reason)
{
    if (record.reportId != id()) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::ReviewSession",
                                                "The change was made to report %1, not "
                                                "to report %2.")
                        .arg(record.reportId)
                        .arg(id()));
    }
    ReviewChange inverse;
    inverse.reason = reason;
    if (std::holds_alternative<CellsChange>(record.change.what)) {
        CellsChange cells;
        // The last written first, so that a cell written twice ends as it was before both.
        for (auto before = record.cellsBefore.rbegin(); before != record.cellsBefore.rend();
             ++before) {
            cells.steps.push_back(CellStep::restore(before->key, before->value, before->vouched));
        }
        cells.reopen = record.settled;
        inverse.what = std::move(cells);
    } else if (const auto* decision = std::get_if<DecisionChange>(&record.change.what)) {
        // Each finding back to the decision in force before, the last decided first.
        DecisionChange back;
        for (std::size_t i = decision->verdicts.size(); i-- > 0;) {
            const std::optional<FindingDecision>& before = record.decisionsBefore.at(i);
            back.verdicts.push_back(
                FindingVerdictStep{decision->verdicts[i].fingerprint,
                                   before ? before->verdict : FindingVerdict::Open});
        }
        inverse.what = std::move(back);
    } else if (std::holds_alternative<StatusChange>(record.change.what)) {
        const ReportChange& changed = record.reportChanges.front();
        // Back to where the report stood: if that was "reviewed" with errors still undecided,
        // the undo says so in the history as an override, for its reason.
        inverse.what = StatusChange{
            reviewStatusFromCode(changed.oldValue).value_or(ReviewStatus::Pending), true};
    } else {
        // The fields written (an agency and the region it brought), back in reverse order.
        FieldsChange fields;
        for (auto changed = record.reportChanges.rbegin(); changed != record.reportChanges.rend();
             ++changed) {
            fields.fields.push_back(FieldValue{changed->field, changed->oldValue});
        }
        inverse.what = std::move(fields);
    }
    return apply(inverse);
}

Result<std::vector<Correction>> ReviewSession::history(const QString& cellKey)
{
    return m_archive->cellHistory(id(), cellKey);
}

Result<QByteArray> ReviewSession::originalBytes()
{
    return m_archive->originalBytes(id());
}

Result<store::ReportHistory> ReviewSession::reportHistory()
{
    return m_archive->reportHistory(id());
}

} // namespace nianbao::workflow
