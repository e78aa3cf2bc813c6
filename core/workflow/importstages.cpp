#include "workflow/importstages.h"

#include "documents/readlimits.h"
#include "documents/reportfile.h"
#include "store/archive.h"
#include "store/reportrows.h"
#include "workflow/bodyidentity.h"
#include "workflow/crossyear.h"

#include <QCoreApplication>

namespace nianbao::workflow {

namespace {

/// The archive's previous-year report of a body, remembering which one it was.
PreviousYearLookup recordingLookup(store::Archive& archive, PreviousYearSeen& seen)
{
    return [&archive, &seen](const QString& agency, int year) -> Result<std::optional<Report>> {
        const Result<std::optional<ReportId>> previous = archive.findReport(agency, year - 1);
        if (!previous) {
            return std::unexpected(previous.error());
        }
        seen = PreviousYearSeen{true, *previous};
        if (!*previous) {
            return std::optional<Report>();
        }
        Result<Report> values = archive.loadCurrentValues(**previous);
        if (!values) {
            return std::unexpected(values.error());
        }
        return std::optional<Report>(std::move(*values));
    };
}

/// When the archive's previous-year report of the body is no longer the one processing saw
/// (it was stored, or replaced, after this report was processed), replaces the report's
/// validation findings with ones checked against it. Extraction findings stay.
Result<void> checkAgainstCurrentPreviousYear(store::Archive& archive,
                                             const ReportProcessing& processing,
                                             ReadyToStore& ready)
{
    Report& report = ready.processed.report;
    if (!ready.previousYear.asked || !report.meta.year) {
        return {};
    }
    const Result<std::optional<ReportId>> current =
        archive.findReport(report.meta.agency, *report.meta.year - 1);
    if (!current) {
        return std::unexpected(current.error());
    }
    if (*current == ready.previousYear.id) {
        return {};
    }
    const Result<std::optional<Report>> previous =
        archive.previousYearReport(report.meta.agency, *report.meta.year);
    if (!previous) {
        return std::unexpected(previous.error());
    }
    report.findings = revalidatedFindings(processing, report, *previous);
    ready.rows.findings = store::ReportRows::findingRows(report.findings);
    ready.rows.open = SeverityCounts::of(report.findings);
    return {};
}

/// "extract.same_text": the report's text is that of a stored report read from other bytes.
/// An extraction finding, so re-validation keeps it.
Finding sameTextFinding(ReportId stored)
{
    Finding finding;
    finding.rule = QStringLiteral("extract.same_text");
    finding.severity = Severity::Warning;
    finding.messageTemplate = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "nianbao::Finding",
        "Likely duplicate: the text of this report is exactly that of report %1, stored from "
        "another file (the same report in another encoding, such as UTF-8 and GBK). Check that "
        "the dataset does not count it twice."));
    finding.args = {FindingArg::value(QString::number(stored))};
    return finding;
}

/// Flags a report whose decoded text the archive already holds from other bytes; the byte
/// hash finds only identical files.
Result<void> flagSameText(store::Archive& archive, ReadyToStore& ready, StoredFile& result)
{
    const Result<std::optional<ReportId>> same = archive.findBySameText(ready.rows);
    if (!same) {
        return std::unexpected(same.error());
    }
    if (!*same) {
        return {};
    }
    Report& report = ready.processed.report;
    report.findings.insert(report.findings.begin(), sameTextFinding(**same));
    ready.rows.findings = store::ReportRows::findingRows(report.findings);
    ready.rows.open = SeverityCounts::of(report.findings);
    result.sameTextAs = *same;
    return {};
}

} // namespace

PreparedFile prepareFile(store::Archive& archive, const ReportProcessing& processing,
                         const QString& path)
{
    // Only regular files, opened without blocking, read no further than a report may go:
    // a device, a pipe or a link to one is a failure of its own, and the batch goes on.
    Result<QByteArray> bytes = readReportFile(path, ReadLimits{}.maxFileBytes);
    if (!bytes) {
        return {path, bytes.error()};
    }
    // Looked up before processing so that a re-run skips stored files without extracting them.
    QByteArray hash = store::Archive::hashOf(*bytes);
    const Result<std::optional<ReportId>> stored = archive.findByHash(hash);
    if (!stored) {
        return {path, stored.error()};
    }
    if (*stored) {
        return {path, StoredBefore{**stored}};
    }
    PreviousYearSeen seen;
    Result<ProcessedReport> processed =
        processReport(processing, *bytes, path, recordingLookup(archive, seen));
    if (!processed) {
        return {path, processed.error()};
    }
    store::ReportRows rows = store::ReportRows::of(*processed);
    return {path, ReadyToStore{std::move(*bytes), std::move(hash), std::move(*processed),
                               std::move(rows), seen}};
}

Result<StoredFile> storePreparedFile(store::Archive& archive, const ReportProcessing& processing,
                                     PreparedFile& file)
{
    if (const Error* failure = std::get_if<Error>(&file.content)) {
        return std::unexpected(*failure);
    }
    if (const StoredBefore* stored = std::get_if<StoredBefore>(&file.content)) {
        return StoredFile{ImportOutcome::Duplicate, stored->id, false, std::nullopt};
    }
    ReadyToStore& ready = std::get<ReadyToStore>(file.content);

    // The report, its cross-year findings and the re-validation it causes commit together.
    Result<store::Transaction> transaction = archive.transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (Result<void> checked = checkAgainstCurrentPreviousYear(archive, processing, ready);
        !checked) {
        return std::unexpected(checked.error());
    }
    StoredFile result;
    if (Result<void> flagged = flagSameText(archive, ready, result); !flagged) {
        return std::unexpected(flagged.error());
    }
    const Result<store::AddOutcome> added =
        archive.addReport(ready.bytes, ready.sha256, ready.rows);
    if (!added) {
        return std::unexpected(added.error());
    }
    result.outcome = added->duplicate ? ImportOutcome::Duplicate : ImportOutcome::Imported;
    result.id = added->id;
    if (added->duplicate) {
        result.sameTextAs.reset();
    }
    const ReportMeta& meta = ready.processed.report.meta;
    if (!added->duplicate && meta.year) {
        // The body's report for this year stored twice: each copy is flagged.
        const Result<std::vector<ReportId>> sameYear = archive.bodyReports(meta.agency, *meta.year);
        if (!sameYear) {
            return std::unexpected(sameYear.error());
        }
        if (sameYear->size() > 1) {
            if (Result<void> done =
                    recheckBodyYear(archive, processing, meta.agency, *meta.year, 0);
                !done) {
                return std::unexpected(done.error());
            }
        }
    }
    if (!added->duplicate && meta.year) {
        const Result<std::optional<ReportId>> following =
            revalidateFollowingYear(archive, processing, meta.agency, *meta.year);
        if (!following) {
            return std::unexpected(following.error());
        }
        result.revalidatedFollowing = following->has_value();
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return result;
}

} // namespace nianbao::workflow
