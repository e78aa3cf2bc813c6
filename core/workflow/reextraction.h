#pragma once

#include "common/error.h"
#include "model/review.h"
#include "workflow/reportprocessing.h"

#include <QString>

#include <functional>
#include <stop_token>
#include <vector>

namespace nianbao::store {
class Archive;
}

namespace nianbao::workflow {

struct ReextractionFailure {
    ReportId id = 0;
    QString fileName;
    Error error;
};

struct ReextractionSummary {
    int reextracted = 0;
    std::vector<ReextractionFailure> failures;
    /// Reports where the new extraction disagrees with a reviewer's correction (see
    /// StoredReport::disagreements), for the UI to list.
    std::vector<ReportId> withDisagreements;
    /// Cells in disagreement, over all reports.
    int disagreeingCells = 0;
    bool cancelled = false;
};

struct ReextractionOptions {
    /// Called after each report with the number done and the total.
    std::function<void(qsizetype done, qsizetype total)> progress;
    std::stop_token stop;
};

/// Runs the processor again over stored reports' original bytes, when the extractor has
/// improved. Each report is replaced in its own transaction, together with its re-validation
/// on the corrected values and that of the body's next-year report. Every correction,
/// decision and review status stays; corrections the new extraction disagrees with are
/// counted and left for the reviewer. A report that fails keeps its previous extraction.
ReextractionSummary reextractReports(store::Archive& archive, const ReportProcessing& processing,
                                     const std::vector<ReportId>& ids,
                                     const ReextractionOptions& options = {});

} // namespace nianbao::workflow
