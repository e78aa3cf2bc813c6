#include "workflow/bodyidentity.h"

#include "store/archive.h"
#include "workflow/crossyear.h"

#include <QCoreApplication>

#include <algorithm>

namespace nianbao::workflow {

Result<std::vector<ReportId>> matchAgencyToBody(store::Archive& archive,
                                                const ReportProcessing& processing,
                                                const QString& agency, const QString& bodyName)
{
    Result<store::Transaction> transaction = archive.transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    // The body the name belonged to keeps its other names: its reports lose a year or more.
    Result<std::vector<ReportId>> before = archive.bodyReports(agency);
    if (!before) {
        return std::unexpected(before.error());
    }
    if (Result<void> set = archive.setAgencyAlias(agency, bodyName); !set) {
        return std::unexpected(set.error());
    }
    Result<std::vector<ReportId>> after = archive.bodyReports(agency);
    if (!after) {
        return std::unexpected(after.error());
    }
    std::vector<ReportId> checked = std::move(*before);
    checked.insert(checked.end(), after->begin(), after->end());
    std::ranges::sort(checked);
    checked.erase(std::unique(checked.begin(), checked.end()), checked.end());
    for (const ReportId id : checked) {
        if (Result<void> done = revalidateStoredReport(archive, processing, id); !done) {
            return std::unexpected(done.error());
        }
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return checked;
}

Result<std::optional<Finding>> sameBodyYearFinding(store::Archive& archive, ReportId id,
                                                   const QString& agency, std::optional<int> year)
{
    if (!year) {
        return std::optional<Finding>();
    }
    const Result<std::optional<store::Retirement>> retired = archive.retirement(id);
    if (!retired) {
        return std::unexpected(retired.error());
    }
    if (*retired) {
        return std::optional<Finding>();
    }
    const Result<std::vector<ReportId>> reports = archive.bodyReports(agency, *year);
    if (!reports) {
        return std::unexpected(reports.error());
    }
    QStringList others;
    for (const ReportId other : *reports) {
        if (other != id) {
            others.append(QString::number(other));
        }
    }
    if (others.isEmpty()) {
        return std::optional<Finding>();
    }
    Finding finding;
    finding.rule = kSameBodyYearRule;
    finding.severity = Severity::Warning;
    finding.messageTemplate = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "nianbao::Finding",
        "The archive holds this body's report for %1 more than once (also report %2): keep one "
        "(Details → Keep this one), so that datasets, charts and cross-year checks count it "
        "once."));
    finding.args = {FindingArg::value(QString::number(*year)),
                    FindingArg::value(others.join(QStringLiteral(", ")))};
    return finding;
}

namespace {

/// Checks every report of `agency`'s year again (their same-body-year findings change).
Result<void> recheckYear(store::Archive& archive, const ReportProcessing& processing,
                         const QString& agency, int year, std::vector<ReportId> also)
{
    Result<std::vector<ReportId>> reports = archive.bodyReports(agency, year);
    if (!reports) {
        return std::unexpected(reports.error());
    }
    also.insert(also.end(), reports->begin(), reports->end());
    std::ranges::sort(also);
    also.erase(std::unique(also.begin(), also.end()), also.end());
    for (const ReportId id : also) {
        if (Result<void> done = revalidateStoredReport(archive, processing, id); !done) {
            return done;
        }
    }
    return {};
}

} // namespace

Result<void> recheckBodyYear(store::Archive& archive, const ReportProcessing& processing,
                             const QString& agency, int year, ReportId except)
{
    Result<std::vector<ReportId>> reports = archive.bodyReports(agency, year);
    if (!reports) {
        return std::unexpected(reports.error());
    }
    for (const ReportId id : *reports) {
        if (id == except) {
            continue;
        }
        if (Result<void> done = revalidateStoredReport(archive, processing, id); !done) {
            return done;
        }
    }
    return {};
}

Result<std::vector<ReportId>> keepReport(store::Archive& archive,
                                         const ReportProcessing& processing, ReportId kept,
                                         const QString& reviewer, const QString& reason)
{
    Result<store::Transaction> transaction = archive.transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const Result<ReportInfo> info = archive.reportInfo(kept);
    if (!info) {
        return std::unexpected(info.error());
    }
    if (!info->year || info->agency.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::ReviewSession",
                                                "Report %1 has no agency or no year: there is "
                                                "no other report of its body and year to set "
                                                "aside.")
                        .arg(kept));
    }
    // The kept one may have been retired before: it comes back first.
    if (Result<void> back = archive.restoreReport(kept); !back) {
        return std::unexpected(back.error());
    }
    Result<std::vector<ReportId>> reports = archive.bodyReports(info->agency, *info->year);
    if (!reports) {
        return std::unexpected(reports.error());
    }
    std::vector<ReportId> retired;
    for (const ReportId other : *reports) {
        if (other == kept) {
            continue;
        }
        if (Result<void> done = archive.retireReport(other, kept, reviewer, reason); !done) {
            return std::unexpected(done.error());
        }
        retired.push_back(other);
    }
    std::vector<ReportId> recheck = retired;
    recheck.push_back(kept);
    if (Result<void> done = recheckYear(archive, processing, info->agency, *info->year, recheck);
        !done) {
        return std::unexpected(done.error());
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return retired;
}

Result<void> restoreRetiredReport(store::Archive& archive, const ReportProcessing& processing,
                                  ReportId id)
{
    Result<store::Transaction> transaction = archive.transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const Result<ReportInfo> info = archive.reportInfo(id);
    if (!info) {
        return std::unexpected(info.error());
    }
    if (Result<void> back = archive.restoreReport(id); !back) {
        return back;
    }
    if (info->year) {
        if (Result<void> done = recheckYear(archive, processing, info->agency, *info->year, {id});
            !done) {
            return done;
        }
    } else if (Result<void> done = revalidateStoredReport(archive, processing, id); !done) {
        return done;
    }
    return transaction->commit();
}

} // namespace nianbao::workflow
