#include "archive/crossyear.h"

#include "archive/archive.h"

#include <QCoreApplication>

namespace nianbao {

PreviousYearLookup previousYearLookup(Archive& archive)
{
    return [&archive](const QString& agency, int year) {
        return archive.previousYearReport(agency, year);
    };
}

Result<void> revalidateStoredReport(Archive& archive, const ReportProcessing& processing,
                                    ReportId id)
{
    if (!processing.validate) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::ReportProcessing",
                                                "No report processing was set up."));
    }
    Result<SqliteTransaction> transaction = archive.transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const Result<StoredReport> stored = archive.loadReport(id);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    const Report current = stored->current();
    std::optional<Report> previous;
    if (current.meta.year) {
        Result<std::optional<Report>> found =
            archive.previousYearReport(current.meta.agency, *current.meta.year);
        if (!found) {
            return std::unexpected(found.error());
        }
        previous = std::move(*found);
    }
    std::vector<Finding> findings;
    for (const Finding& finding : current.findings) {
        if (isExtractionFinding(finding)) {
            findings.push_back(finding);
        }
    }
    for (Finding& finding : processing.validate(current, previous)) {
        findings.push_back(std::move(finding));
    }
    if (Result<void> replaced = archive.replaceFindings(id, findings); !replaced) {
        return replaced;
    }
    return transaction->commit();
}

Result<std::optional<ReportId>> revalidateFollowingYear(Archive& archive,
                                                        const ReportProcessing& processing,
                                                        const QString& agency, int year)
{
    const Result<std::optional<ReportId>> following = archive.findReport(agency, year + 1);
    if (!following || !*following) {
        return following;
    }
    if (Result<void> done = revalidateStoredReport(archive, processing, **following); !done) {
        return std::unexpected(done.error());
    }
    return following;
}

} // namespace nianbao
