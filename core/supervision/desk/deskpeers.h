#pragma once

#include "common/error.h"
#include "model/report.h"

#include <vector>

namespace nianbao::supervision {

class DeskStore;

/// The reports a body's report of `year` is compared with: those of the bodies of the same
/// level and region (peersOf) where the registry knows the body, else every other report of
/// the year; at most `limit` of them, each with its corrections applied, the body's own
/// reports left out. Cheap enough to run whenever a report is opened: no text is read.
Result<std::vector<Report>> peerReports(DeskStore& desk, const Report& report, int year,
                                        qsizetype limit = 400);

} // namespace nianbao::supervision
