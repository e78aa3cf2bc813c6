#include "rules/rulenames.h"

#include "rules/rulefindings.h"
#include "templates/reporttemplate.h"

#include <QCoreApplication>

namespace nianbao::rules {

namespace {

constexpr const char* kContext = "nianbao::RuleName";

struct FixedRule {
    const char* id;
    const char* name;
};

// The rules the code raises itself, by id. A new id raised anywhere in core needs a line here:
// tst_rulenames finds every id the sources raise and fails on one with no name.
constexpr FixedRule kFixedRules[] = {
    // How the report was read (core/extract/extractionfindings.cpp, core/workflow).
    {"extract.table_missing", QT_TRANSLATE_NOOP("nianbao::RuleName", "Table not found")},
    {"extract.row_missing", QT_TRANSLATE_NOOP("nianbao::RuleName", "Row not found")},
    {"extract.row_by_position", QT_TRANSLATE_NOOP("nianbao::RuleName", "Row found by position")},
    {"extract.short_row", QT_TRANSLATE_NOOP("nianbao::RuleName", "Row with too few figures")},
    {"extract.extra_figures", QT_TRANSLATE_NOOP("nianbao::RuleName", "Row with extra figures")},
    {"extract.glued_digits", QT_TRANSLATE_NOOP("nianbao::RuleName", "Glued digits")},
    {"extract.glued_digits_split", QT_TRANSLATE_NOOP("nianbao::RuleName", "Glued digits split")},
    {"extract.settled_by_evidence",
     QT_TRANSLATE_NOOP("nianbao::RuleName", "Reading settled by the other figures")},
    {"extract.labels_apart", QT_TRANSLATE_NOOP("nianbao::RuleName", "Labels apart from figures")},
    {"extract.labels_displaced", QT_TRANSLATE_NOOP("nianbao::RuleName", "Labels displaced")},
    {"extract.search_capped", QT_TRANSLATE_NOOP("nianbao::RuleName", "Reading search cut short")},
    {"extract.fuzzy_label", QT_TRANSLATE_NOOP("nianbao::RuleName", "Label matched loosely")},
    {"extract.excess_decimals", QT_TRANSLATE_NOOP("nianbao::RuleName", "Too many decimals")},
    {"extract.unit_converted", QT_TRANSLATE_NOOP("nianbao::RuleName", "Unit converted")},
    {"extract.variant_form", QT_TRANSLATE_NOOP("nianbao::RuleName", "Variant of the form")},
    {"extract.cell_unreadable", QT_TRANSLATE_NOOP("nianbao::RuleName", "Unreadable cell")},
    {"extract.order_uncertain", QT_TRANSLATE_NOOP("nianbao::RuleName", "Uncertain order")},
    {"extract.format_from_year", QT_TRANSLATE_NOOP("nianbao::RuleName", "Format from the year")},
    {"extract.format_unknown", QT_TRANSLATE_NOOP("nianbao::RuleName", "Format not recognised")},
    {"extract.low_quality_text", QT_TRANSLATE_NOOP("nianbao::RuleName", "Poor text")},
    {"extract.ocr_uncertain", QT_TRANSLATE_NOOP("nianbao::RuleName", "Uncertain OCR reading")},
    {"extract.truncated_file", QT_TRANSLATE_NOOP("nianbao::RuleName", "Truncated file")},
    {"extract.same_text", QT_TRANSLATE_NOOP("nianbao::RuleName", "Same text as another report")},
    // Who and when the report is (core/rules/rulefindings.cpp, core/workflow/bodyidentity.h).
    {"report.agency_missing", QT_TRANSLATE_NOOP("nianbao::RuleName", "Agency missing")},
    {"report.year_missing", QT_TRANSLATE_NOOP("nianbao::RuleName", "Year missing")},
    {"report.same_body_year", QT_TRANSLATE_NOOP("nianbao::RuleName", "Same body and year twice")},
    // The format's rules as a whole (core/rules/rulefindings.cpp).
    {"rules.unknown_format", QT_TRANSLATE_NOOP("nianbao::RuleName", "Unknown format")},
    {"rules.unusable", QT_TRANSLATE_NOOP("nianbao::RuleName", "Rules unusable")},
    // Supervision (core/supervision).
    {"narrative.copied", QT_TRANSLATE_NOOP("nianbao::RuleName", "Copied text")},
    {"year_on_year.jump", QT_TRANSLATE_NOOP("nianbao::RuleName", "Jump from last year")},
    {"year_on_year.drop", QT_TRANSLATE_NOOP("nianbao::RuleName", "Drop from last year")},
    {"year_on_year.appeared", QT_TRANSLATE_NOOP("nianbao::RuleName", "Appeared this year")},
    {"year_on_year.vanished", QT_TRANSLATE_NOOP("nianbao::RuleName", "Vanished this year")},
};

std::optional<QString> baseName(const QString& ruleId, const ReportTemplate* format)
{
    if (format) {
        for (const RuleDef& rule : format->rules) {
            if (rule.code == ruleId) {
                return rule.name.isEmpty() ? std::nullopt : std::optional(rule.name.text());
            }
        }
    }
    for (const FixedRule& fixed : kFixedRules) {
        if (ruleId == QLatin1String(fixed.id)) {
            return QCoreApplication::translate(kContext, fixed.name);
        }
    }
    return std::nullopt;
}

} // namespace

QStringList fixedRuleIds()
{
    QStringList ids;
    for (const FixedRule& fixed : kFixedRules) {
        ids.append(QString::fromLatin1(fixed.id));
    }
    return ids;
}

std::optional<QString> ruleName(const QString& ruleId, const ReportTemplate* format)
{
    if (ruleId.endsWith(findings::kUnassessable)) {
        const std::optional<QString> name =
            baseName(ruleId.chopped(findings::kUnassessable.size()), format);
        if (!name) {
            return std::nullopt;
        }
        return QCoreApplication::translate("nianbao::RuleName", "%1 (not checkable)").arg(*name);
    }
    return baseName(ruleId, format);
}

QString ruleNameOrId(const QString& ruleId, const ReportTemplate* format)
{
    return ruleName(ruleId, format).value_or(ruleId);
}

} // namespace nianbao::rules
