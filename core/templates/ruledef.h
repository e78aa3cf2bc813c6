#pragma once

#include "common/error.h"
#include "common/localizedtext.h"
#include "model/finding.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao {

/// The kinds of rule a format's data may use (tables.md). The kinds are code; the rules
/// themselves are data ("rules" in resources/templates/*.json).
enum class RuleKind {
    Sum,              ///< "sum": lhs = rhs per column or row (hard rules 1–4)
    CrossYear,        ///< "cross_year": a sum with terms from the previous year's report (8)
    Domain,           ///< "domain": every value fits its column's type (5)
    Completeness,     ///< "completeness": blank cells (6)
    ZeroMarks,        ///< "zero_marks": 无, -, / … read as 0 (6)
    TemplateYear,     ///< "template_year": the format fits the report's year (7)
    SubtotalExtras,   ///< "subtotal_extras": subtotals some reports add
    NarrativeCount,   ///< "narrative_count": a number the narrative states (9)
    NarrativeAbsence, ///< "narrative_absence": the narrative says there was none (9, 10)
};

/// What a sum rule is checked for: each column of a block, or each row.
enum class SumAxis { Column, Row };

/// One term of a sum as written: a row or column key ("new"), a wildcard over a group's rows
/// ("denied.*"), with its sign and the year it comes from.
struct RuleTermDef {
    QString pattern;
    int sign = 1;
    bool previousYear = false;

    [[nodiscard]] bool isWildcard() const { return pattern.endsWith(QLatin1String(".*")); }
    /// Whether a row or column key is this term: equal, or under the wildcard's prefix.
    [[nodiscard]] bool matches(QStringView key) const;
};

/// One rule of a format, read from its data once (by the template loader) and used by
/// everything that needs it: the rule compiler, the extractor's sums, the form. Fields a kind
/// does not use stay empty.
struct RuleDef {
    QString code; ///< stable, e.g. "t3.balance"
    /// The rule's name for people (the findings panel), in both languages; rules/rulenames.h
    /// is where names are looked up.
    LocalizedText name;
    RuleKind kind = RuleKind::Domain;
    /// As the data names it; each kind has its default (hard sums: error, the rest: warning).
    std::optional<Severity> severity;

    // Sums and cross-year sums, subtotal extras.
    QString table;
    SumAxis forEach = SumAxis::Column;
    std::vector<RuleTermDef> lhs;
    std::vector<RuleTermDef> rhs;
    QStringList rows;    ///< only these rows (for_each row); all when empty
    QStringList columns; ///< only these columns (for_each column); all when empty
    LocalizedText lhsLabel;
    LocalizedText rhsLabel;

    // Completeness.
    QStringList coveredBy; ///< extraction findings that already say the cells are empty

    // Zero marks.
    QStringList marks;

    // Narrative rules.
    QStringList parts; ///< narrative section keys
    QStringList keywords;
    QStringList patterns;
    QStringList scopeWords;
    std::vector<int> yearOffsets;
    LocalizedText cellLabel;
    std::vector<QStringList> accept; ///< narrative_count: sums of cell keys, any may match
    QStringList cells;               ///< narrative_absence: the cells that must be 0

    /// A hard sum of one report's cells (kind "sum") over `axis` of table `tableKey`.
    [[nodiscard]] bool isSumOver(QStringView tableKey, SumAxis axis) const
    {
        return kind == RuleKind::Sum && forEach == axis && table == tableKey;
    }
};

/// A translated "rule %1: …" error: malformed rule data, whichever step finds it.
Error ruleError(const QString& code, const QString& problem);

/// Reads the "rules" array of a format's data. Fails with a message naming the rule and the
/// problem when an entry is malformed (no code, an unknown kind or severity, a term with no
/// key …); what needs the format's tables (does the row exist?) is checked when the rules are
/// compiled.
Result<std::vector<RuleDef>> readRules(const QJsonArray& rules);

} // namespace nianbao
