#include "rules/validator.h"

#include "rules/ruleevaluation.h"
#include "rules/rulefindings.h"
#include "templates/templateregistry.h"

#include <algorithm>

namespace nianbao {

std::vector<Finding> validateReport(const Report& report, const ValidationContext& context)
{
    const TemplateRegistry& registry =
        context.templates ? *context.templates : TemplateRegistry::builtin();
    std::vector<Finding> findings;
    const ReportTemplate* format = registry.find(report.templateId);
    if (!format) {
        findings.push_back(rules::findings::unknownFormat(report.templateId));
        return findings;
    }
    const auto compiled = rules::ruleSet(*format, registry);
    if (!compiled) {
        findings.push_back(rules::findings::rulesUnusable(format->id, compiled.error().message));
        return findings;
    }
    const rules::RuleSet& ruleSet = **compiled;
    const rules::ReportCells cells(ruleSet, report);
    std::optional<rules::PreviousCells> previous;
    if (context.previousYear) {
        previous.emplace(*context.previousYear, registry.find(context.previousYear->templateId));
    }
    rules::Evaluation evaluation{report,   ruleSet, cells, previous ? &*previous : nullptr,
                                 registry, findings};
    for (const rules::Rule& rule : ruleSet.rules) {
        std::visit([&](const auto& kind) { rules::evaluate(kind, evaluation); }, rule);
    }
    return findings;
}

std::vector<Finding> identityFindings(const Report& report)
{
    std::vector<Finding> findings;
    if (report.meta.agency.trimmed().isEmpty()) {
        findings.push_back(rules::findings::agencyMissing());
    }
    if (!report.meta.year) {
        findings.push_back(rules::findings::yearMissing());
    }
    return findings;
}

void revalidate(Report& report, const ValidationContext& context)
{
    std::erase_if(report.findings,
                  [](const Finding& finding) { return !isExtractionFinding(finding); });
    std::vector<Finding> fresh = validateReport(report, context);
    report.findings.insert(report.findings.end(), std::make_move_iterator(fresh.begin()),
                           std::make_move_iterator(fresh.end()));
}

} // namespace nianbao
