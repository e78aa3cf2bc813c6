#include "workflow/crossyear.h"

#include "store/archive.h"
#include "workflow/bodyidentity.h"

#include <QCoreApplication>

namespace nianbao::workflow {

PreviousYearLookup previousYearLookup(store::Archive& archive)
{
    return [&archive](const QString& agency, int year) {
        return archive.previousYearReport(agency, year);
    };
}

Result<void> revalidateStoredReport(store::Archive& archive, const ReportProcessing& processing,
                                    ReportId id)
{
    if (!processing.validate) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::ReportProcessing",
                                                "No report processing was set up."));
    }
    Result<store::Transaction> transaction = archive.transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const Result<Report> current =
        archive.loadCurrentValues(id, store::Archive::ValuesFor::Validation);
    if (!current) {
        return std::unexpected(current.error());
    }
    std::optional<Report> previous;
    if (current->meta.year) {
        Result<std::optional<Report>> found =
            archive.previousYearReport(current->meta.agency, *current->meta.year);
        if (!found) {
            return std::unexpected(found.error());
        }
        previous = std::move(*found);
    }
    std::vector<Finding> findings = revalidatedFindings(processing, *current, previous);
    const Result<std::optional<Finding>> sameYear =
        sameBodyYearFinding(archive, id, current->meta.agency, current->meta.year);
    if (!sameYear) {
        return std::unexpected(sameYear.error());
    }
    if (*sameYear) {
        findings.push_back(std::move(**sameYear));
    }
    if (Result<void> replaced = archive.replaceFindings(id, findings); !replaced) {
        return replaced;
    }
    return transaction->commit();
}

Result<std::optional<ReportId>> revalidateFollowingYear(store::Archive& archive,
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

} // namespace nianbao::workflow
