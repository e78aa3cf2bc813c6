#pragma once

#include "model/finding.h"
#include "model/report.h"
#include "supervision/thresholds.h"
#include "supervision/yearonyear/textdiff.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao {
class TemplateRegistry;
}

namespace nianbao::supervision {

/// One cell of a body's two reports side by side.
struct CellChange {
    QString key;
    bool inPrevious = false; ///< the previous report's format has the cell
    bool inCurrent = false;
    std::optional<double> previous; ///< empty: blank, or not in that format
    std::optional<double> current;
    /// current − previous, when both hold a figure.
    [[nodiscard]] std::optional<double> change() const;
    /// current / previous, when both hold a figure and the previous one is not 0.
    [[nodiscard]] std::optional<double> ratio() const;
};

/// A narrative part of the two years, and what changed in it.
struct NarrativeChange {
    QString key;      ///< "overview", "problems", "other_matters"
    QString previous; ///< the texts compared (empty where a year lacks the part)
    QString current;
    std::vector<TextEdit> edits;
    double keptShare = 0; ///< of this year's text, kept from last year's
};

/// A body's two reports compared: every cell with its change, the implausible changes and the
/// broken identities between the years as findings (on the current report), and the text diff
/// of each narrative part.
struct YearOnYear {
    int previousYear = 0;
    int currentYear = 0;
    /// The cells of the current report's format in its order, then those only the previous
    /// format has.
    std::vector<CellChange> cells;
    std::vector<Finding> findings;
    std::vector<NarrativeChange> narrative;
};

/// Rule codes of the implausible changes (warnings: a reviewer decides).
inline constexpr QLatin1String kJumpRule{"year_on_year.jump"};         ///< ≥ factor × last year
inline constexpr QLatin1String kDropRule{"year_on_year.drop"};         ///< ≤ last year / factor
inline constexpr QLatin1String kAppearedRule{"year_on_year.appeared"}; ///< from 0 to a lot
inline constexpr QLatin1String kVanishedRule{"year_on_year.vanished"}; ///< from a lot to 0

/// Compares a body's report with its report of an earlier year (normally the year before).
/// The identities between the years are the format data's cross-year rules (tables.md rule 8:
/// 上年结转 = last year's 结转下年度, 现行有效件数 = last year's + 制发 − 废止), evaluated by the
/// validator as for any report; the implausible changes follow `thresholds`.
YearOnYear compareYears(const Report& previous, const Report& current,
                        const YearOnYearThresholds& thresholds,
                        const TemplateRegistry* formats = nullptr);

/// The rule codes of a format's cross-year rules ("cross_year.carried_over" …), read from its
/// compiled rules: the identities year-on-year findings include.
QStringList crossYearRuleCodes(const QString& templateId, const TemplateRegistry& formats);

} // namespace nianbao::supervision
