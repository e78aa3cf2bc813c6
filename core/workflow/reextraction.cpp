#include "workflow/reextraction.h"

#include "model/agencyname.h"
#include "store/archive.h"
#include "workflow/crossyear.h"

#include <QCoreApplication>

namespace nianbao::workflow {

namespace {

/// Re-extracts one report; returns how many of its cells now disagree with a correction.
Result<int> reextractReport(store::Archive& archive, const ReportProcessing& processing,
                            ReportId id)
{
    const Result<ReportInfo> before = archive.reportInfo(id);
    if (!before) {
        return std::unexpected(before.error());
    }
    const Result<QByteArray> bytes = archive.originalBytes(id);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    const Result<ProcessedReport> processed =
        processReport(processing, *bytes, before->fileName, previousYearLookup(archive));
    if (!processed) {
        return std::unexpected(processed.error());
    }

    Result<store::Transaction> transaction = archive.transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> replaced = archive.replaceExtraction(id, *processed); !replaced) {
        return std::unexpected(replaced.error());
    }
    // The processor validated the bare extraction; the findings that count are those on the
    // values the reviewer corrected.
    if (Result<void> revalidated = revalidateStoredReport(archive, processing, id); !revalidated) {
        return std::unexpected(revalidated.error());
    }
    // The next year's cross-year rules read this report: re-check it, and if extraction now
    // finds another body or year, the report that used to follow this one as well.
    const ReportMeta& meta = processed->report.meta;
    if (meta.year) {
        if (Result<std::optional<ReportId>> next =
                revalidateFollowingYear(archive, processing, meta.agency, *meta.year);
            !next) {
            return std::unexpected(next.error());
        }
    }
    const bool moved =
        normalizedAgencyName(meta.agency) != before->normalizedAgency || meta.year != before->year;
    if (moved && before->year) {
        if (Result<std::optional<ReportId>> next =
                revalidateFollowingYear(archive, processing, before->agency, *before->year);
            !next) {
            return std::unexpected(next.error());
        }
    }
    const Result<StoredReport> after = archive.loadReport(id);
    if (!after) {
        return std::unexpected(after.error());
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return int(after->disagreements().size());
}

} // namespace

ReextractionSummary reextractReports(store::Archive& archive, const ReportProcessing& processing,
                                     const std::vector<ReportId>& ids,
                                     const ReextractionOptions& options)
{
    ReextractionSummary summary;
    const qsizetype total = qsizetype(ids.size());
    qsizetype done = 0;
    for (const ReportId id : ids) {
        if (options.stop.stop_requested()) {
            summary.cancelled = true;
            break;
        }
        const Result<int> disagreeing =
            processing.validate
                ? reextractReport(archive, processing, id)
                : fail(ErrorCode::InvalidArgument,
                       QCoreApplication::translate("nianbao::ReportProcessing",
                                                   "No report processing was set up."));
        if (!disagreeing) {
            const Result<ReportInfo> info = archive.reportInfo(id);
            summary.failures.push_back(
                {id, info ? info->fileName : QString(), disagreeing.error()});
        } else {
            ++summary.reextracted;
            if (*disagreeing > 0) {
                summary.withDisagreements.push_back(id);
                summary.disagreeingCells += *disagreeing;
            }
        }
        if (options.progress) {
            options.progress(++done, total);
        }
    }
    return summary;
}

} // namespace nianbao::workflow
