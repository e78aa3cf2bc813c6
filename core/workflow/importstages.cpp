#include "workflow/importstages.h"

#include "documents/documentreader.h"
#include "store/archive.h"
#include "workflow/crossyear.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace nianbao::workflow {

namespace {

constexpr const char* kContext = "nianbao::Importer";

Result<QByteArray> readReportFile(const QString& path)
{
    const QFileInfo info(path);
    const qint64 limit = ReadLimits{}.maxFileBytes;
    if (info.size() > limit) {
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate(kContext, "The file is larger than %1 MB, the "
                                                          "most a report may be.")
                        .arg(limit / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Unreadable,
                    QCoreApplication::translate(kContext, "The file cannot be read: %1")
                        .arg(file.errorString()));
    }
    return file.readAll();
}

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

} // namespace

PreparedFile prepareFile(store::Archive& archive, const ReportProcessing& processing,
                         const QString& path)
{
    Result<QByteArray> bytes = readReportFile(path);
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
        return StoredFile{ImportOutcome::Duplicate, stored->id, false};
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
    const Result<store::AddOutcome> added =
        archive.addReport(ready.bytes, ready.sha256, ready.rows);
    if (!added) {
        return std::unexpected(added.error());
    }
    StoredFile result{added->duplicate ? ImportOutcome::Duplicate : ImportOutcome::Imported,
                      added->id, false};
    const ReportMeta& meta = ready.processed.report.meta;
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
