#include "session/cellannotations.h"

#include "archive/storedreport.h"
#include "extract/rowsolver.h"

#include <algorithm>

namespace nianbao::ui {

namespace {

/// Lower is more serious (Severity's own order).
bool moreSerious(Severity a, Severity b)
{
    return int(a) < int(b);
}

CellState stateOf(const CellAnnotation& annotation)
{
    // A broken rule outranks doubt about the reading, which outranks the reviewer's own change.
    if (annotation.severity == Severity::Error) {
        return CellState::Error;
    }
    if (annotation.severity == Severity::Warning || annotation.disagreement) {
        return CellState::Warning;
    }
    if (annotation.confidence < CellAnnotations::kLowConfidence && !annotation.vouched) {
        return CellState::LowConfidence;
    }
    if (annotation.corrected) {
        return CellState::Corrected;
    }
    if (annotation.severity == Severity::Note) {
        return CellState::Note;
    }
    return CellState::Normal;
}

} // namespace

const double CellAnnotations::kLowConfidence = nianbao::kLowConfidence;

bool CellAnnotation::isProblem() const
{
    return state == CellState::Error || state == CellState::Warning ||
           state == CellState::LowConfidence;
}

CellAnnotations CellAnnotations::build(const Report& current, const StoredReport& stored)
{
    CellAnnotations annotations;
    for (const Cell& cell : current.cells) {
        CellAnnotation& annotation = annotations.m_cells[cell.key];
        annotation.confidence = cell.confidence;
        const Cell* extracted = stored.extracted.cell(cell.key);
        annotation.corrected =
            stored.correction(cell.key) && extracted && extracted->value != cell.value;
        annotation.vouched = stored.isVouchedFor(cell.key);
    }
    for (const QString& key : stored.disagreements()) {
        annotations.m_cells[key].disagreement = true;
    }
    for (int index = 0; index < int(current.findings.size()); ++index) {
        const Finding& finding = current.findings[std::size_t(index)];
        const FindingDecision* decision = stored.decision(finding);
        const bool dismissed = decision && decision->verdict == FindingVerdict::Dismissed;
        for (const QString& key : finding.cells) {
            CellAnnotation& annotation = annotations.m_cells[key];
            annotation.findings.push_back(index);
            if (!annotation.rules.contains(finding.rule)) {
                annotation.rules.append(finding.rule);
            }
            if (!dismissed &&
                (!annotation.severity || moreSerious(finding.severity, *annotation.severity))) {
                annotation.severity = finding.severity;
            }
        }
    }
    for (CellAnnotation& annotation : annotations.m_cells) {
        annotation.state = stateOf(annotation);
    }
    return annotations;
}

const CellAnnotation& CellAnnotations::of(QStringView key) const
{
    static const CellAnnotation kNothing;
    const auto found = m_cells.constFind(key.toString());
    return found == m_cells.cend() ? kNothing : *found;
}

} // namespace nianbao::ui
