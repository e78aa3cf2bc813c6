#pragma once

#include "model/finding.h"
#include "theme/statepalette.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao {
struct Report;
struct StoredReport;
} // namespace nianbao

namespace nianbao::ui {

/// What the review window shows about one cell: the findings that concern it, how sure the
/// extractor was, and whether a reviewer changed it.
struct CellAnnotation {
    CellState state = CellState::Normal;
    /// The most serious finding on the cell that is not dismissed.
    std::optional<Severity> severity;
    /// Indices into the report's findings, dismissed ones included (the tooltip says so).
    std::vector<int> findings;
    QStringList rules;
    double confidence = 1.0;
    /// The reviewer's value differs from what extraction read.
    bool corrected = false;
    /// A reviewer stands behind the value (changed or accepted it): the extractor's doubt
    /// no longer counts.
    bool vouched = false;
    /// A newer extraction reads something other than both the corrected-from and the
    /// corrected value (StoredReport::disagreements).
    bool disagreement = false;

    /// Worth stopping at when the reviewer moves to the next problem.
    [[nodiscard]] bool isProblem() const;
};

/// The annotations of every cell of a report, rebuilt whenever its findings or values change.
class CellAnnotations {
public:
    /// Below this the extractor's value is shown as uncertain (extract/rowsolver.h).
    static const double kLowConfidence;

    /// `current` carries the current values and findings; `stored` the extraction, the
    /// corrections and the decisions.
    static CellAnnotations build(const Report& current, const StoredReport& stored);

    /// The annotation of a cell; a default one for cells nothing is known about.
    [[nodiscard]] const CellAnnotation& of(QStringView key) const;

private:
    QHash<QString, CellAnnotation> m_cells;
};

} // namespace nianbao::ui
