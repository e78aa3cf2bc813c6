#include "supervision/desk/deskpeers.h"

#include "model/agencyname.h"
#include "supervision/desk/deskstore.h"
#include "supervision/peers/peers.h"
#include "supervision/registry/bodymatcher.h"

#include <set>

namespace nianbao::supervision {

Result<std::vector<Report>> peerReports(DeskStore& desk, const Report& report, int year,
                                        qsizetype limit)
{
    Result<BodyRegistry> registry = desk.registry();
    if (!registry) {
        return std::unexpected(registry.error());
    }
    Result<QHash<QString, QString>> aliases = desk.aliasTable();
    if (!aliases) {
        return std::unexpected(aliases.error());
    }
    Result<std::vector<DeskReport>> reports = desk.reports(year);
    if (!reports) {
        return std::unexpected(reports.error());
    }
    const BodyMatcher matcher(*registry, *aliases);
    const int body = registry->size() > 0 ? matcher.match(report.meta.agency).body : -1;
    const QString ownKey = normalizedAgencyName(report.meta.agency);
    std::set<int> peerBodies;
    if (body >= 0) {
        for (const int peer : peersOf(body, *registry)) {
            peerBodies.insert(peer);
        }
    }
    // The registry's peers where it knows the body and they reported, else the whole year.
    std::vector<ReportId> chosen;
    for (const bool byRegistry : {true, false}) {
        if (byRegistry && body < 0) {
            continue;
        }
        for (const DeskReport& other : *reports) {
            if (qsizetype(chosen.size()) >= limit) {
                break;
            }
            if (normalizedAgencyName(other.agency) == ownKey) {
                continue;
            }
            if (byRegistry && !peerBodies.contains(matcher.match(other.agency).body)) {
                continue;
            }
            chosen.push_back(other.id);
        }
        if (!chosen.empty()) {
            break;
        }
    }
    std::vector<Report> peers;
    peers.reserve(chosen.size());
    for (const ReportId id : chosen) {
        Result<Report> values = desk.archive().loadCurrentValues(id);
        if (!values) {
            return std::unexpected(values.error());
        }
        peers.push_back(std::move(*values));
    }
    return peers;
}

} // namespace nianbao::supervision
