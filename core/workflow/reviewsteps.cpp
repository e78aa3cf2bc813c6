// The kinds of review step, each written inside the transaction ReviewSession::apply holds.

#include "model/agencyname.h"
#include "store/archive.h"
#include "workflow/bodyidentity.h"
#include "workflow/crossyear.h"
#include "workflow/extractiondoubts.h"
#include "workflow/reviewnext.h"

#include <QCoreApplication>

#include <algorithm>

namespace nianbao::workflow {

namespace {

Error refused(const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

/// The request a cell step makes of the archive, given the cell as it stands.
Result<store::CorrectionRequest> correctionFor(const CellStep& step, const Cell& cell, ReportId id,
                                               const QString& reviewer, const QString& reason)
{
    store::CorrectionRequest request{step.key, cell.value, reviewer, reason, true, std::nullopt};
    switch (step.kind) {
    case CellStep::Kind::Edit:
        request.newValue = step.value;
        break;
    case CellStep::Kind::Accept:
        if (step.candidate) {
            if (*step.candidate < 0 || std::size_t(*step.candidate) >= cell.candidates.size()) {
                return std::unexpected(refused(
                    QCoreApplication::translate("nianbao::ReviewSession",
                                                "Cell %1 of report %2 has no candidate reading "
                                                "%3 (it has %n).",
                                                nullptr, int(cell.candidates.size()))
                        .arg(step.key)
                        .arg(id)
                        .arg(*step.candidate + 1)));
            }
            request.newValue = cell.candidates[std::size_t(*step.candidate)].value;
            request.candidate = step.candidate;
        }
        break;
    case CellStep::Kind::Restore:
        request.newValue = step.value;
        request.vouched = step.vouched;
        break;
    }
    return request;
}

} // namespace

Result<void> ReviewSession::applyCells(const CellsChange& change, const QString& reason, Next& next,
                                       ChangeRecord& record)
{
    if (change.steps.empty() && change.reopen.isEmpty()) {
        return std::unexpected(refused(
            QCoreApplication::translate("nianbao::ReviewSession", "The change names no cell.")));
    }
    bool valuesChanged = false;
    for (const CellStep& step : change.steps) {
        const Cell* cell = next.current.cell(step.key);
        if (!cell) {
            return std::unexpected(refused(
                QCoreApplication::translate("nianbao::ReviewSession", "Report %1 has no cell %2.")
                    .arg(id())
                    .arg(step.key)));
        }
        const Result<store::CorrectionRequest> request =
            correctionFor(step, *cell, id(), m_reviewer, reason);
        if (!request) {
            return std::unexpected(request.error());
        }
        const CellBefore before{step.key, cell->value, next.stored.isVouchedFor(step.key)};
        Result<Correction> correction = m_archive->recordCorrection(id(), *request);
        if (!correction) {
            return std::unexpected(correction.error());
        }
        valuesChanged = valuesChanged || correction->changesValue();
        record.cellsBefore.push_back(before);
        record.corrections.push_back(*correction);
    }
    // The doubts are weighed against the layer as it was before the step, and the step's own
    // corrections (settledDoubts).
    const StoredReport before = next.stored;
    for (const Correction& correction : record.corrections) {
        next.remember(correction);
    }
    // An acceptance leaves every value, so every rule's outcome, as it was.
    if (valuesChanged) {
        if (Result<void> checked = revalidate(next, record, m_stored.info); !checked) {
            return checked;
        }
    }
    const auto decide = [&](const QString& fingerprint, FindingVerdict verdict,
                            const QString& comment) -> Result<void> {
        Result<FindingDecision> decision = m_archive->decideFinding(
            id(), store::DecisionRequest{fingerprint, verdict, comment, m_reviewer});
        if (!decision) {
            return std::unexpected(decision.error());
        }
        next.remember(*decision);
        record.decisions.push_back(std::move(*decision));
        return {};
    };
    for (const QString& fingerprint :
         settledDoubts(before, next.current.findings, record.corrections)) {
        if (change.reopen.contains(fingerprint)) {
            continue; // undoing the step that settled it wins
        }
        if (Result<void> done =
                decide(fingerprint, FindingVerdict::Dismissed,
                       QCoreApplication::translate("nianbao::ReviewSession",
                                                   "Settled: a reviewer changed or "
                                                   "accepted every cell it names."));
            !done) {
            return done;
        }
        record.settled.append(fingerprint);
    }
    for (const QString& fingerprint : change.reopen) {
        // Only what is still settled: a finding re-validation removed has nothing to reopen.
        const auto present = std::any_of(
            next.current.findings.begin(), next.current.findings.end(),
            [&](const Finding& finding) { return findingFingerprint(finding) == fingerprint; });
        if (!present || isOpenDecision(next.stored.decisionOn(fingerprint))) {
            continue;
        }
        if (Result<void> done = decide(fingerprint, FindingVerdict::Open, reason); !done) {
            return done;
        }
    }
    return {};
}

Result<void> ReviewSession::applyDecision(const DecisionChange& change, const QString& reason,
                                          Next& next, ChangeRecord& record)
{
    if (change.verdicts.empty()) {
        return std::unexpected(refused(
            QCoreApplication::translate("nianbao::ReviewSession", "The change names no finding.")));
    }
    for (const FindingVerdictStep& step : change.verdicts) {
        const auto present = std::any_of(next.current.findings.begin(), next.current.findings.end(),
                                         [&](const Finding& finding) {
                                             return findingFingerprint(finding) == step.fingerprint;
                                         });
        if (!present) {
            return std::unexpected(
                refused(QCoreApplication::translate("nianbao::ReviewSession",
                                                    "Report %1 has no finding %2.")
                            .arg(id())
                            .arg(step.fingerprint)));
        }
        const FindingDecision* inForce = next.stored.decisionOn(step.fingerprint);
        record.decisionsBefore.push_back(inForce ? std::optional<FindingDecision>(*inForce)
                                                 : std::nullopt);
        Result<FindingDecision> decision = m_archive->decideFinding(
            id(), store::DecisionRequest{step.fingerprint, step.verdict, reason, m_reviewer});
        if (!decision) {
            return std::unexpected(decision.error());
        }
        next.remember(*decision);
        record.decisions.push_back(std::move(*decision));
    }
    return {};
}

Result<void> ReviewSession::applyFields(const FieldsChange& change, const QString& reason,
                                        Next& next, ChangeRecord& record)
{
    if (change.fields.empty()) {
        return std::unexpected(refused(
            QCoreApplication::translate("nianbao::ReviewSession", "The change names no field.")));
    }
    const ReportInfo before = next.stored.info;
    const bool setsRegion =
        std::any_of(change.fields.begin(), change.fields.end(),
                    [](const FieldValue& field) { return field.field == ReportField::Region; });
    std::vector<FieldValue> fields = change.fields;
    for (const FieldValue& field : change.fields) {
        if (field.field == ReportField::Status) {
            return std::unexpected(refused(QCoreApplication::translate(
                "nianbao::ReviewSession", "The review status is set on its own, not as a field.")));
        }
        // The region an agency's name starts with comes along with it, unless the reviewer
        // chose the region.
        if (field.field == ReportField::Agency && !setsRegion &&
            before.region == regionOfAgency(before.normalizedAgency)) {
            const QString region = regionOfAgency(normalizedAgencyName(field.value));
            if (region != before.region) {
                fields.push_back(FieldValue{ReportField::Region, region});
            }
        }
    }
    for (const FieldValue& field : fields) {
        Result<ReportChange> changed = m_archive->recordReportChange(
            id(), store::ReportChangeRequest{field.field, field.value, m_reviewer, reason, false});
        if (!changed) {
            return std::unexpected(changed.error());
        }
        record.reportChanges.push_back(std::move(*changed));
    }
    const Result<ReportInfo> info = m_archive->reportInfo(id());
    if (!info) {
        return std::unexpected(info.error());
    }
    next.stored.info = *info;
    next.current.meta.agency = info->agency;
    next.current.meta.year = info->year;
    next.current.meta.title = info->title;
    next.stored.extracted.meta.agency = info->agency;
    next.stored.extracted.meta.year = info->year;
    next.stored.extracted.meta.title = info->title;
    // Another body or year: other cross-year comparisons, so the rules run again.
    if (info->normalizedAgency == before.normalizedAgency && info->year == before.year) {
        return {};
    }
    next.previousYear.reset();
    if (info->year) {
        Result<std::optional<Report>> previous =
            m_archive->previousYearReport(info->agency, *info->year);
        if (!previous) {
            return std::unexpected(previous.error());
        }
        next.previousYear = std::move(*previous);
    }
    return revalidate(next, record, before);
}

Result<void> ReviewSession::applyStatus(const StatusChange& change, const QString& reason,
                                        Next& next, ChangeRecord& record)
{
    // Reviewed means reviewed: a report whose errors nobody decided on is marked so only on
    // purpose, with a reason, and the history says it was overridden.
    bool overridden = false;
    if (change.status == ReviewStatus::Reviewed && m_open.errors > 0) {
        if (!change.override || reason.trimmed().isEmpty()) {
            return std::unexpected(refused(
                QCoreApplication::translate("nianbao::ReviewSession",
                                            "Report %1 still has %n undecided error(s): confirm "
                                            "or dismiss each one before marking it reviewed, or "
                                            "override with a reason.",
                                            nullptr, int(m_open.errors))
                    .arg(id())));
        }
        overridden = true;
    }
    Result<ReportChange> changed = m_archive->recordReportChange(
        id(), store::ReportChangeRequest{ReportField::Status, reviewStatusCode(change.status),
                                         m_reviewer, reason, overridden});
    if (!changed) {
        return std::unexpected(changed.error());
    }
    next.stored.info.status = change.status;
    record.reportChanges.push_back(std::move(*changed));
    return {};
}

Result<void> ReviewSession::revalidate(Next& next, ChangeRecord& record, const ReportInfo& before)
{
    next.current.findings = revalidatedFindings(m_processing, next.current, next.previousYear);
    const Result<std::optional<Finding>> sameYear =
        sameBodyYearFinding(*m_archive, id(), next.stored.info.agency, next.stored.info.year);
    if (!sameYear) {
        return std::unexpected(sameYear.error());
    }
    if (*sameYear) {
        next.current.findings.push_back(std::move(**sameYear));
    }
    if (Result<void> replaced = m_archive->replaceFindings(id(), next.current.findings);
        !replaced) {
        return replaced;
    }
    record.revalidated = true;
    // The following year's cross-year rules read this report: the body's next year, and when
    // the report moved to another body or year, the one that used to follow it too.
    const ReportInfo& now = next.stored.info;
    if (now.year) {
        if (Result<std::optional<ReportId>> following =
                revalidateFollowingYear(*m_archive, m_processing, now.agency, *now.year);
            !following) {
            return std::unexpected(following.error());
        }
    }
    // Another body or year: the reports of the year it left and of the year it joined have
    // one copy fewer or more.
    if (before.normalizedAgency != now.normalizedAgency || before.year != now.year) {
        for (const ReportInfo* side : {&before, &now}) {
            if (!side->year) {
                continue;
            }
            if (Result<void> done =
                    recheckBodyYear(*m_archive, m_processing, side->agency, *side->year, id());
                !done) {
                return done;
            }
        }
    }
    if (before.year &&
        (before.normalizedAgency != now.normalizedAgency || before.year != now.year)) {
        if (Result<std::optional<ReportId>> following =
                revalidateFollowingYear(*m_archive, m_processing, before.agency, *before.year);
            !following) {
            return std::unexpected(following.error());
        }
    }
    return {};
}

} // namespace nianbao::workflow
