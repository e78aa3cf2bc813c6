#include "session/reportsession.h"

#include "session/celllabels.h"
#include "session/reviewcommand.h"
#include "store/archive.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"
#include "workflow/extractiondoubts.h"

#include <QUndoStack>

namespace nianbao::ui {

Result<std::unique_ptr<ReportSession>> ReportSession::open(store::Archive& archive,
                                                           workflow::ReportProcessing processing,
                                                           ReportId id, QObject* parent)
{
    Result<workflow::ReviewSession> review =
        workflow::ReviewSession::open(archive, std::move(processing), id, QString());
    if (!review) {
        return std::unexpected(review.error());
    }
    return std::unique_ptr<ReportSession>(new ReportSession(std::move(*review), parent));
}

ReportSession::ReportSession(workflow::ReviewSession review, QObject* parent)
    : QObject(parent)
    , m_review(std::move(review))
    , m_format(TemplateRegistry::builtin().find(m_review.stored().extracted.templateId))
    , m_annotations(CellAnnotations::build(m_review.current(), m_review.stored()))
    , m_undoStack(new QUndoStack(this))
{}

ReportSession::~ReportSession() = default;

Result<void> ReportSession::perform(const workflow::ReviewChange& change, const QString& text)
{
    m_lastFailure.reset();
    // The command's redo() applies the change; one the archive refuses is dropped by the
    // stack at once.
    m_undoStack->push(new ReviewCommand(this, change, text));
    if (m_lastFailure) {
        return std::unexpected(*std::exchange(m_lastFailure, std::nullopt));
    }
    return {};
}

Result<workflow::ChangeRecord> ReportSession::applyChange(const workflow::ReviewChange& change)
{
    Result<workflow::ChangeRecord> record = m_review.apply(change);
    if (record) {
        announce(*record);
    }
    return record;
}

Result<workflow::ChangeRecord> ReportSession::revertChange(const workflow::ChangeRecord& record,
                                                           const QString& reason)
{
    Result<workflow::ChangeRecord> reverted = m_review.revert(record, reason);
    if (reverted) {
        announce(*reverted);
    }
    return reverted;
}

void ReportSession::announce(const workflow::ChangeRecord& record)
{
    m_annotations = CellAnnotations::build(m_review.current(), m_review.stored());
    for (const Correction& correction : record.corrections) {
        emit cellChanged(correction.cellKey);
    }
    emit findingsChanged();
    bool newStatus = false;
    bool newFields = false;
    for (const ReportChange& change : record.reportChanges) {
        (change.field == ReportField::Status ? newStatus : newFields) = true;
    }
    if (newStatus) {
        emit statusChanged(m_review.info().status);
    }
    if (newFields) {
        emit infoChanged();
    }
}

bool ReportSession::editCell(const QString& key, std::optional<double> value, const QString& reason)
{
    const Cell* cell = current().cell(key);
    if (!cell || cell->value == value) {
        return cell != nullptr;
    }
    const QString text = tr("%1: %2 → %3")
                             .arg(cellTitle(m_format, key), ReviewCommand::shown(cell->value),
                                  ReviewCommand::shown(value));
    const Result<void> done = perform(workflow::ReviewChange::edit(key, value, reason), text);
    return done.has_value();
}

bool ReportSession::acceptCell(const QString& key, const QString& reason)
{
    const Cell* cell = current().cell(key);
    if (!cell) {
        return false;
    }
    // Only doubt about the reading is accepted away: a broken rule is answered by a decision
    // on its finding.
    if (!workflow::awaitsAcceptance(stored(), findings(), key, cell->confidence)) {
        return true;
    }
    const QString text =
        tr("%1: %2 accepted").arg(cellTitle(m_format, key), ReviewCommand::shown(cell->value));
    return perform(workflow::ReviewChange::accept(key, reason), text).has_value();
}

bool ReportSession::editCells(const std::vector<std::pair<QString, std::optional<double>>>& values,
                              const QString& reason)
{
    std::vector<workflow::CellStep> steps;
    for (const auto& [key, value] : values) {
        const Cell* cell = current().cell(key);
        if (!cell) {
            return false;
        }
        if (cell->value != value) {
            steps.push_back(workflow::CellStep::edit(key, value));
        }
    }
    if (steps.empty()) {
        return true;
    }
    if (steps.size() == 1) {
        return editCell(steps.front().key, steps.front().value, reason);
    }
    const QString text = tr("%1 and %n more cell(s) changed", nullptr, int(steps.size()) - 1)
                             .arg(cellTitle(m_format, steps.front().key));
    return perform(workflow::ReviewChange::cells(std::move(steps), reason), text).has_value();
}

bool ReportSession::acceptCells(const QStringList& keys, const QString& reason)
{
    std::vector<workflow::CellStep> steps;
    for (const QString& key : keys) {
        const Cell* cell = current().cell(key);
        if (cell && workflow::awaitsAcceptance(stored(), findings(), key, cell->confidence)) {
            steps.push_back(workflow::CellStep::accept(key));
        }
    }
    if (steps.empty()) {
        return true;
    }
    if (steps.size() == 1) {
        return acceptCell(steps.front().key, reason);
    }
    const QString text = tr("%1 and %n more cell(s) accepted", nullptr, int(steps.size()) - 1)
                             .arg(cellTitle(m_format, steps.front().key));
    return perform(workflow::ReviewChange::cells(std::move(steps), reason), text).has_value();
}

bool ReportSession::acceptCandidate(const QString& key, int candidate, const QString& reason)
{
    const Cell* cell = current().cell(key);
    if (!cell || candidate < 0 || std::size_t(candidate) >= cell->candidates.size()) {
        return false;
    }
    const QString text =
        tr("%1: reading %2 accepted (%3 → %4)")
            .arg(cellTitle(m_format, key))
            .arg(candidate + 1)
            .arg(ReviewCommand::shown(cell->value),
                 ReviewCommand::shown(cell->candidates[std::size_t(candidate)].value));
    return perform(workflow::ReviewChange::cells(
                       {workflow::CellStep::acceptCandidate(key, candidate)}, reason),
                   text)
        .has_value();
}

bool ReportSession::acceptReading(const QString& key, int reading, const QString& reason)
{
    const workflow::RowReadings readings = rowReadings(key);
    if (reading < 0 || std::size_t(reading) >= readings.readings.size()) {
        return false;
    }
    const workflow::RowReading& chosen = readings.readings[std::size_t(reading)];
    std::vector<workflow::CellStep> steps =
        workflow::readingSteps(readings, chosen, stored(), current());
    if (steps.empty()) {
        return true;
    }
    QStringList shownValues;
    for (const std::optional<double>& value : chosen.values) {
        shownValues << ReviewCommand::shown(value);
    }
    const QString text = tr("%1: reading %2 accepted (%3)")
                             .arg(rowTitle(m_format, key))
                             .arg(reading + 1)
                             .arg(shownValues.join(QLatin1Char(' ')));
    return perform(workflow::ReviewChange::cells(std::move(steps), reason), text).has_value();
}

Result<void> ReportSession::decide(const Finding& finding, FindingVerdict verdict,
                                   const QString& comment)
{
    const QString text = tr("%1: %2").arg(finding.rule, findingVerdictName(verdict));
    return perform(workflow::ReviewChange::decide(findingFingerprint(finding), verdict, comment),
                   text);
}

Result<void> ReportSession::decideAll(const std::vector<Finding>& findings, FindingVerdict verdict,
                                      const QString& comment)
{
    if (findings.size() == 1) {
        return decide(findings.front(), verdict, comment);
    }
    QStringList fingerprints;
    for (const Finding& finding : findings) {
        if (const QString fingerprint = findingFingerprint(finding);
            !fingerprints.contains(fingerprint)) {
            fingerprints << fingerprint;
        }
    }
    const QString text =
        tr("%n finding(s): %1", nullptr, int(fingerprints.size())).arg(findingVerdictName(verdict));
    return perform(workflow::ReviewChange::decideAll(fingerprints, verdict, comment), text);
}

Result<void> ReportSession::setStatus(ReviewStatus status, const QString& reason, bool override)
{
    const QString text =
        tr("Status: %1 → %2").arg(reviewStatusName(info().status), reviewStatusName(status));
    return perform(workflow::ReviewChange::setStatus(status, reason, override), text);
}

Result<void> ReportSession::setField(ReportField field, const QString& value, const QString& reason)
{
    QString old;
    switch (field) {
    case ReportField::Agency:
        old = info().agency;
        break;
    case ReportField::Year:
        old = info().year ? QString::number(*info().year) : QString();
        break;
    case ReportField::Title:
        old = info().title;
        break;
    case ReportField::Region:
        old = info().region;
        break;
    case ReportField::Status:
        return setStatus(reviewStatusFromCode(value).value_or(ReviewStatus::Pending), reason);
    }
    const QString text = tr("%1: %2 → %3").arg(reportFieldName(field), old, value);
    return perform(workflow::ReviewChange::setField(field, value, reason), text);
}

Result<QByteArray> ReportSession::originalBytes()
{
    return m_review.originalBytes();
}

Result<std::vector<Correction>> ReportSession::history(const QString& key)
{
    return m_review.history(key);
}

Result<store::ReportHistory> ReportSession::reportHistory()
{
    return m_review.reportHistory();
}

} // namespace nianbao::ui
