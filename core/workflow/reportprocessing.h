#pragma once

#include "common/error.h"
#include "model/finding.h"
#include "model/processedreport.h"
#include "model/report.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace nianbao::workflow {

/// Finds the same body's report for the year before `year` (with corrections applied), when
/// the archive holds one. `agency` is compared after normalisation (normalizedAgencyName).
using PreviousYearLookup =
    std::function<Result<std::optional<Report>>(const QString& agency, int year)>;

/// How the archive turns a file into a ProcessedReport and re-checks stored reports. The
/// importer and re-extraction take it as a value, so that tests drive them with a processor
/// that builds reports directly, and the application passes defaultReportProcessing().
struct ReportProcessing {
    /// Reads, extracts and validates one report from its original bytes. The findings are
    /// extraction findings ("extract.*") first, then validation findings; `previousYear`
    /// supplies the same body's previous report for the cross-year rules.
    std::function<Result<ProcessedReport>(const QByteArray& bytes, const QString& fileName,
                                          const PreviousYearLookup& previousYear)>
        process;
    /// The validation findings on a report's current values (never "extract.*" ones), given
    /// the same body's previous-year report when the archive holds it.
    std::function<std::vector<Finding>(const Report& report,
                                       const std::optional<Report>& previousYear)>
        validate;
};

/// The findings of a report checked again on its current values: its extraction findings as
/// they are, then `processing.validate`'s. The one way every step of the workflow re-validates
/// (import, re-extraction, cross-year checks, the review session).
std::vector<Finding> revalidatedFindings(const ReportProcessing& processing, const Report& report,
                                         const std::optional<Report>& previousYear);

/// readDocument → extractReport → validateReport, with the archive's previous-year report as
/// ValidationContext::previousYear.
ReportProcessing defaultReportProcessing();

/// Runs `processing.process`, turning whatever a third-party reader it drives (PDF, Word)
/// throws on a malformed file into an error for that file: batches go on.
Result<ProcessedReport> processReport(const ReportProcessing& processing, const QByteArray& bytes,
                                      const QString& fileName,
                                      const PreviousYearLookup& previousYear);

} // namespace nianbao::workflow
