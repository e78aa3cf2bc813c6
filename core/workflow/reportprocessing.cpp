#include "workflow/reportprocessing.h"

#include "rules/validator.h"

#include <QCoreApplication>

#include <exception>

namespace nianbao::workflow {

Result<ProcessedReport> processReport(const ReportProcessing& processing, const QByteArray& bytes,
                                      const QString& fileName,
                                      const PreviousYearLookup& previousYear)
{
    if (!processing.process) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::ReportProcessing",
                                                "No report processing was set up."));
    }
    // The one boundary where exceptions are caught: they must fail one file, not a batch.
    try {
        Result<ProcessedReport> processed = processing.process(bytes, fileName, previousYear);
        if (processed) {
            // Who and when, whatever the processing: a report that does not say is flagged.
            for (Finding& finding : identityFindings(processed->report)) {
                processed->report.findings.push_back(std::move(finding));
            }
        }
        return processed;
    } catch (const std::exception& error) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::ReportProcessing",
                                                "The file could not be processed: %1")
                        .arg(QString::fromLocal8Bit(error.what())));
    }
}

std::vector<Finding> revalidatedFindings(const ReportProcessing& processing, const Report& report,
                                         const std::optional<Report>& previousYear)
{
    std::vector<Finding> findings;
    for (const Finding& finding : report.findings) {
        if (isExtractionFinding(finding)) {
            findings.push_back(finding);
        }
    }
    if (processing.validate) {
        for (Finding& finding : processing.validate(report, previousYear)) {
            findings.push_back(std::move(finding));
        }
    }
    for (Finding& finding : identityFindings(report)) {
        findings.push_back(std::move(finding));
    }
    return findings;
}

} // namespace nianbao::workflow
