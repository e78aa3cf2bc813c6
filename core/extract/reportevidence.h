#pragma once

#include "extract/evidencesolver.h"
#include "model/report.h"

#include <optional>
#include <vector>

namespace nianbao {
class ReportTemplate;
class TemplateRegistry;
} // namespace nianbao

namespace nianbao::extract {

/// What a report says about its own figures beyond the tables' cells.
struct EvidenceContext {
    const ReportTemplate& format;
    const TemplateRegistry& registry;
    /// The report's narrative parts (一、总体情况 …), as the extractor read them.
    const std::vector<NarrativePart>& narrative;
    std::optional<int> year;
    /// The same body's report for the previous year, when the caller has it.
    const Report* previousYear = nullptr;
};

/// The evidence on a report's cells, all of it from the format's rules data, so that a new
/// format brings its own: every identity ("sum" rules: row and column totals, 一+二 = 七+四,
/// table 4's groups), each figure the narrative states that a "narrative_count" rule ties to
/// cells (共收到申请8件) or that a "narrative_absence" rule says is none, and, with the
/// previous year's report, every "cross_year" rule (结转下年度 of last year = 上年结转).
std::vector<Evidence> gatherEvidence(const EvidenceContext& context);

} // namespace nianbao::extract
