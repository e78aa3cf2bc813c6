#include "session/reportsession.h"

#include "archive/archive.h"
#include "archive/crossyear.h"
#include "archive/extractiondoubts.h"
#include "archive/findingcodec.h"
#include "session/celllabels.h"
#include "session/changecellcommand.h"
#include "templates/templateregistry.h"

#include <QUndoStack>

#include <algorithm>

namespace nianbao::ui {

Result<std::unique_ptr<ReportSession>>
ReportSession::open(Archive& archive, ReportProcessing processing, ReportId id, QObject* parent)
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
    return std::unique_ptr<ReportSession>(new ReportSession(
        archive, std::move(processing), std::move(*stored), std::move(previousYear), parent));
}

ReportSession::ReportSession(Archive& archive, ReportProcessing processing, StoredReport stored,
                             std::optional<Report> previousYear, QObject* parent)
    : QObject(parent)
    , m_archive(archive)
    , m_processing(std::move(processing))
    , m_stored(std::move(stored))
    , m_current(m_stored.current())
    , m_format(TemplateRegistry::builtin().find(m_stored.extracted.templateId))
    , m_undoStack(new QUndoStack(this))
{
    m_context.previousYear = std::move(previousYear);
    annotate();
}

ReportSession::~ReportSession() = default;

bool ReportSession::editCell(const QString& key, std::optional<double> value, const QString& reason)
{
    const Cell* cell = m_current.cell(key);
    if (!cell || cell->value == value) {
        return cell != nullptr;
    }
    return record(key, CellReview{value, true}, reason);
}

bool ReportSession::acceptCell(const QString& key, const QString& reason)
{
    const Cell* cell = m_current.cell(key);
    if (!cell) {
        return false;
    }
    // Only doubt about the reading is accepted away: a broken rule is answered by a decision
    // on its finding.
    if (!awaitsAcceptance(m_stored, m_current.findings, key, cell->confidence)) {
        return true;
    }
    return record(key, CellReview{cell->value, true}, reason);
}

bool ReportSession::record(const QString& key, const CellReview& review, const QString& reason)
{
    const CellReview before{m_current.cell(key)->value, m_stored.isVouchedFor(key)};
    const Result<QStringList> settled = writeValue(key, review, reason);
    if (!settled) {
        emit failed(settled.error().message);
        return false;
    }
    m_undoStack->push(new ChangeCellCommand(this, key, before, review, reason,
                                            cellTitle(m_format, key), *settled));
    return true;
}

Result<QStringList> ReportSession::writeValue(const QString& key, const CellReview& review,
                                              const QString& reason, const QStringList& reopen)
{
    // The correction, the findings it changes and the re-check of the following year are one
    // unit: either all of them are in the archive or none is.
    Result<SqliteTransaction> transaction = m_archive.transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const Result<Correction> correction = m_archive.recordCorrection(
        id(), CorrectionRequest{key, review.value, m_reviewer, reason, review.vouched});
    if (!correction) {
        return std::unexpected(correction.error());
    }
    Report next = m_current;
    // An acceptance leaves every value, so every rule's outcome, as it was.
    if (correction->changesValue()) {
        if (Cell* cell = next.cell(key)) {
            cell->value = review.value;
        }
        revalidate(next, m_context);
        if (Result<void> replaced = m_archive.replaceFindings(id(), next.findings); !replaced) {
            return std::unexpected(replaced.error());
        }
        if (info().year) {
            const Result<std::optional<ReportId>> following =
                revalidateFollowingYear(m_archive, m_processing, info().agency, *info().year);
            if (!following) {
                return std::unexpected(following.error());
            }
        }
    }
    const Result<std::vector<FindingDecision>> decided =
        decideDoubts(next.findings, *correction, reopen, reason);
    if (!decided) {
        return std::unexpected(decided.error());
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    m_current = std::move(next);
    rememberCorrection(*correction);
    QStringList settled;
    for (const FindingDecision& decision : *decided) {
        rememberDecision(decision);
        if (decision.verdict == FindingVerdict::Dismissed) {
            settled.append(decision.fingerprint);
        }
    }
    annotate();
    emit cellChanged(key);
    emit findingsChanged();
    return settled;
}

Result<std::vector<FindingDecision>>
ReportSession::decideDoubts(const std::vector<Finding>& findings, const Correction& correction,
                            const QStringList& reopen, const QString& reason)
{
    std::vector<FindingDecision> decided;
    const auto decide = [&](const QString& fingerprint, FindingVerdict verdict,
                            const QString& comment) -> Result<void> {
        Result<FindingDecision> decision = m_archive.decideFinding(
            id(), DecisionRequest{fingerprint, verdict, comment, m_reviewer});
        if (!decision) {
            return std::unexpected(decision.error());
        }
        decided.push_back(std::move(*decision));
        return {};
    };
    for (const QString& fingerprint : settledDoubts(m_stored, findings, correction)) {
        if (reopen.contains(fingerprint)) {
            continue; // undoing the step that settled it wins
        }
        if (Result<void> done =
                decide(fingerprint, FindingVerdict::Dismissed,
                       tr("Settled: a reviewer changed or accepted every cell it names."));
            !done) {
            return std::unexpected(done.error());
        }
    }
    for (const QString& fingerprint : reopen) {
        if (Result<void> done = decide(fingerprint, FindingVerdict::Open, reason); !done) {
            return std::unexpected(done.error());
        }
    }
    return decided;
}

void ReportSession::rememberCorrection(const Correction& correction)
{
    // StoredReport keeps the latest correction per cell, in the order cells were corrected.
    auto& corrections = m_stored.corrections;
    std::erase_if(corrections,
                  [&](const Correction& c) { return c.cellKey == correction.cellKey; });
    corrections.push_back(correction);
}

void ReportSession::rememberDecision(const FindingDecision& decision)
{
    auto& decisions = m_stored.decisions;
    std::erase_if(decisions,
                  [&](const FindingDecision& d) { return d.fingerprint == decision.fingerprint; });
    decisions.push_back(decision);
}

void ReportSession::annotate()
{
    m_annotations = CellAnnotations::build(m_current, m_stored);
}

Result<QByteArray> ReportSession::originalBytes()
{
    return m_archive.originalBytes(id());
}

Result<std::vector<Correction>> ReportSession::history(const QString& key)
{
    return m_archive.cellHistory(id(), key);
}

Result<void> ReportSession::decide(const Finding& finding, FindingVerdict verdict,
                                   const QString& comment)
{
    const Result<FindingDecision> decided = m_archive.decideFinding(
        id(), DecisionRequest{findingFingerprint(finding), verdict, comment, m_reviewer});
    if (!decided) {
        return std::unexpected(decided.error());
    }
    rememberDecision(*decided);
    annotate();
    emit findingsChanged();
    return {};
}

Result<void> ReportSession::setStatus(ReviewStatus status)
{
    if (Result<void> set = m_archive.setReviewStatus(id(), status); !set) {
        return set;
    }
    m_stored.info.status = status;
    emit statusChanged(status);
    return {};
}

} // namespace nianbao::ui
