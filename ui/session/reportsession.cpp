#include "session/reportsession.h"

#include "archive/archive.h"
#include "archive/crossyear.h"
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
    const std::optional<double> oldValue = cell->value;
    if (const Result<void> written = writeValue(key, value, reason); !written) {
        emit failed(written.error().message);
        return false;
    }
    m_undoStack->push(
        new ChangeCellCommand(this, key, oldValue, value, reason, cellTitle(m_format, key)));
    return true;
}

Result<void> ReportSession::writeValue(const QString& key, std::optional<double> value,
                                       const QString& reason)
{
    // The correction, the findings it changes and the re-check of the following year are one
    // unit: either all of them are in the archive or none is.
    Result<SqliteTransaction> transaction = m_archive.transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const Result<Correction> correction =
        m_archive.recordCorrection(id(), CorrectionRequest{key, value, m_reviewer, reason});
    if (!correction) {
        return std::unexpected(correction.error());
    }
    Report next = m_current;
    if (Cell* cell = next.cell(key)) {
        cell->value = value;
    }
    revalidate(next, m_context);
    if (Result<void> replaced = m_archive.replaceFindings(id(), next.findings); !replaced) {
        return replaced;
    }
    if (info().year) {
        const Result<std::optional<ReportId>> following =
            revalidateFollowingYear(m_archive, m_processing, info().agency, *info().year);
        if (!following) {
            return std::unexpected(following.error());
        }
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return committed;
    }
    m_current = std::move(next);
    rememberCorrection(*correction);
    annotate();
    emit cellChanged(key);
    emit findingsChanged();
    return {};
}

void ReportSession::rememberCorrection(const Correction& correction)
{
    // StoredReport keeps the latest correction per cell, in the order cells were corrected.
    auto& corrections = m_stored.corrections;
    std::erase_if(corrections,
                  [&](const Correction& c) { return c.cellKey == correction.cellKey; });
    corrections.push_back(correction);
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
    auto& decisions = m_stored.decisions;
    std::erase_if(decisions,
                  [&](const FindingDecision& d) { return d.fingerprint == decided->fingerprint; });
    decisions.push_back(*decided);
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
