// The real report processing: document reading, extraction and validation. Nothing in the
// tests depends on this file, so the archive's tests run with their own processor.

#include "archive/reportprocessing.h"
#include "documents/documentreader.h"
#include "extract/extractor.h"
#include "rules/validator.h"

namespace nianbao {

ReportProcessing defaultReportProcessing()
{
    ReportProcessing processing;
    processing.process = [](const QByteArray& bytes, const QString& fileName,
                            const PreviousYearLookup& previousYear) -> Result<ProcessedReport> {
        Result<Document> document = readDocument(bytes, fileName);
        if (!document) {
            return std::unexpected(document.error());
        }
        // The same body's previous report is evidence for figures that admit several readings.
        ExtractionOptions options;
        options.previousYear = [&](const QString& agency, int year) -> std::optional<Report> {
            if (!previousYear) {
                return std::nullopt;
            }
            // A failing look-up is reported by the validation below, which looks again.
            Result<std::optional<Report>> previous = previousYear(agency, year);
            return previous ? std::move(*previous) : std::nullopt;
        };
        Result<Report> report = extractReport(*document, options);
        if (!report) {
            return std::unexpected(report.error());
        }
        ValidationContext context;
        if (previousYear && report->meta.year && !report->meta.agency.isEmpty()) {
            Result<std::optional<Report>> previous =
                previousYear(report->meta.agency, *report->meta.year);
            if (!previous) {
                return std::unexpected(previous.error());
            }
            context.previousYear = std::move(*previous);
        }
        revalidate(*report, context);
        return ProcessedReport{std::move(*report), std::move(*document)};
    };
    processing.validate = [](const Report& report, const std::optional<Report>& previousYear) {
        ValidationContext context;
        context.previousYear = previousYear;
        return validateReport(report, context);
    };
    return processing;
}

} // namespace nianbao
