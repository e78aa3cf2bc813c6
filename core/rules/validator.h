#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <optional>
#include <vector>

namespace nianbao {

class TemplateRegistry;

/// What a rule may need beyond the report itself: the archive supplies the same body's
/// report for the previous year, so cross-year rules (tables.md rule 8) can run.
struct ValidationContext {
    std::optional<Report> previousYear;
    /// The formats the report's template id refers to; the bundled ones when null.
    const TemplateRegistry* templates = nullptr;
};

/// Evaluates every rule of the report's format on its current values and returns the
/// findings (never the "extract.*" ones, which belong to extraction). Values are never
/// changed: a wrong total is a finding, not a repair.
std::vector<Finding> validateReport(const Report& report, const ValidationContext& context = {});

/// "report.agency_missing" and "report.year_missing" when the report does not say who
/// published it or for which year: not rules of a format, so the workflow adds them wherever
/// it checks a stored report (workflow::revalidatedFindings, workflow::processReport).
std::vector<Finding> identityFindings(const Report& report);

/// Replaces the validation findings of `report` with fresh ones, keeping its extraction
/// findings ("extract.*") first.
void revalidate(Report& report, const ValidationContext& context = {});

} // namespace nianbao
