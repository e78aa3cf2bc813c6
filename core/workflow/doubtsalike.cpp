#include "workflow/doubtsalike.h"

#include "store/archive.h"
#include "store/datasetreader.h"
#include "workflow/extractiondoubts.h"
#include "workflow/reviewsession.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace nianbao::workflow {

int DoubtGroup::reportCount() const
{
    QSet<ReportId> reports;
    for (const DoubtMember& member : members) {
        reports.insert(member.report);
    }
    return int(reports.size());
}

Result<std::vector<DoubtGroup>> doubtsAlike(store::Archive& archive, const QSet<ReportId>& within)
{
    Result<std::unique_ptr<store::DatasetReader>> reader =
        archive.readDataset(store::DatasetFilter{}, store::DatasetParts{false, true});
    if (!reader) {
        return std::unexpected(reader.error());
    }
    const QStringList& keys = (*reader)->cellKeys();
    std::vector<DoubtGroup> groups;
    QHash<QString, std::size_t> groupOf; // rule and reading → index in `groups`
    store::DatasetReport report;
    while (true) {
        const Result<bool> read = (*reader)->next(report);
        if (!read) {
            return std::unexpected(read.error());
        }
        if (!*read) {
            break;
        }
        if (!within.isEmpty() && !within.contains(report.id)) {
            continue;
        }
        QHash<QString, std::optional<double>> values;
        for (const store::DatasetCell& cell : report.cells) {
            if (cell.key >= 0 && cell.key < keys.size()) {
                values.insert(keys[cell.key], cell.current);
            }
        }
        for (const Finding& finding : report.openFindings) {
            if (!isExtractionFinding(finding) || finding.cells.isEmpty()) {
                continue;
            }
            QStringList shown;
            for (const QString& key : finding.cells) {
                const std::optional<double> value = values.value(key);
                shown << (value ? QString::number(*value, 'g', 15) : QStringLiteral("—"));
            }
            const QString reading = shown.join(QLatin1Char(' '));
            const QString signature = finding.rule + QLatin1Char('|') + reading;
            auto at = groupOf.find(signature);
            if (at == groupOf.end()) {
                at = groupOf.insert(signature, groups.size());
                groups.push_back(DoubtGroup{finding.rule, reading, {}});
            }
            groups[*at].members.push_back(
                DoubtMember{report.id, report.file, report.agency, report.year, finding});
        }
    }
    std::erase_if(groups, [](const DoubtGroup& group) { return group.members.size() < 2; });
    std::stable_sort(groups.begin(), groups.end(), [](const DoubtGroup& a, const DoubtGroup& b) {
        return a.members.size() > b.members.size();
    });
    return groups;
}

Result<int> acceptDoubtGroup(store::Archive& archive, const ReportProcessing& processing,
                             const DoubtGroup& group, const QString& reviewer,
                             const QString& reason)
{
    // Report by report: each member's cells accepted in one step of its own report.
    QList<ReportId> reports;
    for (const DoubtMember& member : group.members) {
        if (!reports.contains(member.report)) {
            reports << member.report;
        }
    }
    int settled = 0;
    for (const ReportId id : reports) {
        Result<ReviewSession> session = ReviewSession::open(archive, processing, id, reviewer);
        if (!session) {
            return std::unexpected(session.error());
        }
        std::vector<CellStep> steps;
        QStringList named;
        for (const DoubtMember& member : group.members) {
            if (member.report != id) {
                continue;
            }
            for (const QString& key : member.finding.cells) {
                const Cell* cell = session->current().cell(key);
                if (cell && !named.contains(key) &&
                    awaitsAcceptance(session->stored(), session->findings(), key,
                                     cell->confidence)) {
                    named << key;
                    steps.push_back(CellStep::accept(key));
                }
            }
        }
        if (steps.empty()) {
            continue; // settled meanwhile
        }
        Result<ChangeRecord> record = session->apply(ReviewChange::cells(std::move(steps), reason));
        if (!record) {
            return fail(record.error().code,
                        QCoreApplication::translate("nianbao::ReviewSession", "Report %1: %2")
                            .arg(id)
                            .arg(record.error().message));
        }
        settled += int(record->settled.size());
    }
    return settled;
}

} // namespace nianbao::workflow
