#pragma once

#include "common/error.h"
#include "common/localizedtext.h"
#include "model/cell.h"
#include "model/finding.h"
#include "rules/keywordindex.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <variant>
#include <vector>

namespace nianbao {

class ReportTemplate;
class TemplateRegistry;

/// The rules of a report format compiled from its data ("rules" in resources/templates/*.json)
/// into checks over template cell indices, so that evaluating them costs no JSON and no key
/// look-ups. The rule kinds are fixed; the rules themselves are data.
namespace rules {

/// One term of a sum: a cell of this report or of the previous year's, with its sign.
struct Operand {
    int cell = -1; ///< index into ReportTemplate::cells(); -1 for a previous-year operand
    QString key;   ///< full cell key (the look-up key for the previous year's report)
    int sign = 1;
    bool previousYear = false;
};

/// One instance of a sum rule: a column (for_each column) or a row (for_each row).
struct SumCheck {
    LocalizedText label; ///< the column or row the instance is about
    std::vector<Operand> lhs;
    std::vector<Operand> rhs;
    /// For a row instance: a cell of that row, to tell whether the report prints the row.
    int rowCell = -1;
};

/// Rules 1–4 (kind "sum", errors) and 8 (kind "cross_year", warnings): lhs = rhs per instance.
struct SumRule {
    QString code;
    Severity severity = Severity::Error;
    LocalizedText lhsLabel;
    LocalizedText rhsLabel;
    bool crossYear = false;
    std::vector<SumCheck> checks;
};

/// Rule 5 (kind "domain"): every cell's value fits its column's type.
struct DomainRule {
    QString code;
    Severity severity = Severity::Error;
};

/// The cells of one printed row, for completeness findings (one per row).
struct RowCells {
    LocalizedText label;
    std::vector<int> cells;
};

/// Rule 6 (kind "completeness"): blank cells, one finding per row.
struct CompletenessRule {
    QString code;
    Severity severity = Severity::Warning;
    /// Extraction findings that already say their cells are empty (a missing table or row).
    QStringList coveredBy;
    std::vector<RowCells> rows;
};

/// Rule 6 (kind "zero_marks"): cells printed as 无, -, / … and read as 0, one finding per report.
struct ZeroMarkRule {
    QString code;
    Severity severity = Severity::Note;
    QStringList marks; ///< as prepareMark() leaves them
};

/// Rule 7 (kind "template_year").
struct TemplateYearRule {
    QString code;
    Severity severity = Severity::Warning;
};

/// A non-official subtotal figure (Report::extras) and the official cells it totals.
struct ExtraCheck {
    LocalizedText label;
    std::vector<int> parts;
};

/// Kind "subtotal_extras": subtotals some reports add (group lines, a 法人或其他组织 column),
/// derived from the format's groups and optional columns.
struct SubtotalRule {
    QString code;
    Severity severity = Severity::Warning;
    QHash<QString, ExtraCheck> extras; ///< by extra key, e.g. "t3.denied.subtotal.natural"
};

/// What narrative rules share: where to look and which matches belong to another scope.
struct NarrativeScope {
    QStringList parts; ///< NarrativePart keys
    /// Only sentences holding one of these words are matched (all sentences when empty): the
    /// patterns then run over a few sentences instead of the whole narrative. A bit per
    /// word of the rule set's KeywordIndex.
    std::uint64_t keywords = 0;
    std::vector<QRegularExpression> patterns;
    /// A match whose clause holds one of these words speaks of something else (其中, 复议 …).
    QStringList scopeWords;
    /// Years a matching sentence may name, relative to the report's year.
    std::vector<int> yearOffsets;
};

/// Rule 9 (kind "narrative_count"): a number the narrative states must equal its cells. Any of
/// several sums is accepted, since wordings count differently (收到 may include carried-over).
struct NarrativeCountRule {
    QString code;
    Severity severity = Severity::Warning;
    LocalizedText cellLabel;
    NarrativeScope scope;
    std::vector<std::vector<int>> accepted;
};

/// Rules 9 and 10 (kind "narrative_absence"): the narrative says there was none, while a cell
/// counts some.
struct NarrativeAbsenceRule {
    QString code;
    Severity severity = Severity::Warning;
    LocalizedText cellLabel;
    NarrativeScope scope;
    std::vector<int> cells;
};

using Rule = std::variant<SumRule, DomainRule, CompletenessRule, ZeroMarkRule, TemplateYearRule,
                          SubtotalRule, NarrativeCountRule, NarrativeAbsenceRule>;

/// Rows printed in one of two forms ((六)其他处理 as one row or item by item): the report's
/// cells tell which form it uses, and the other form's cells are then not expected.
struct RowForm {
    std::vector<int> alternativeCells;
};

/// A format's rules, compiled.
struct RuleSet {
    const ReportTemplate* format = nullptr;
    std::vector<Rule> rules;
    QHash<QString, int> cellIndex; ///< template cell key → index
    std::vector<RowForm> forms;
    std::vector<int> formOfCell; ///< per template cell: index into forms, or -1
    KeywordIndex keywords;
};

/// Compiles the "rules" array of `format`. Fails with a message naming the rule and the
/// problem when the data is malformed (an unknown kind, a row that is not in the table …).
Result<std::shared_ptr<const RuleSet>> compileRules(const ReportTemplate& format);

/// The compiled rules of `format`: compiled once for the bundled formats (thousands of reports
/// in a batch), on each call for a format of any other registry.
Result<std::shared_ptr<const RuleSet>> ruleSet(const ReportTemplate& format,
                                               const TemplateRegistry& registry);

} // namespace rules
} // namespace nianbao
