#pragma once

#include "model/finding.h"
#include "model/report.h"
#include "rules/narrativescan.h"
#include "rules/reportcells.h"
#include "rules/ruleset.h"

#include <QHash>
#include <QString>

#include <vector>

namespace nianbao {
class TemplateRegistry;
}

namespace nianbao::rules {

/// Everything one validation call shares between the rules: the report, its cells indexed
/// once, the previous year's report when the archive has it, and where findings go.
struct Evaluation {
    const Report& report;
    const RuleSet& rules;
    const ReportCells& cells;
    const PreviousCells* previous = nullptr;
    const TemplateRegistry& registry;
    std::vector<Finding>& findings;

    /// A narrative part as the narrative patterns read it, prepared once per call; null when
    /// the report has no such part.
    const PreparedNarrative* narrative(const QString& part);

    QHash<QString, PreparedNarrative> preparedNarrative = {}; ///< by part key, see narrative()
};

/// One evaluator per rule kind (sumrules.cpp, cellrules.cpp, narrativerules.cpp).
void evaluate(const SumRule& rule, Evaluation& evaluation);
void evaluate(const DomainRule& rule, Evaluation& evaluation);
void evaluate(const CompletenessRule& rule, Evaluation& evaluation);
void evaluate(const ZeroMarkRule& rule, Evaluation& evaluation);
void evaluate(const TemplateYearRule& rule, Evaluation& evaluation);
void evaluate(const SubtotalRule& rule, Evaluation& evaluation);
void evaluate(const NarrativeCountRule& rule, Evaluation& evaluation);
void evaluate(const NarrativeAbsenceRule& rule, Evaluation& evaluation);

} // namespace nianbao::rules
