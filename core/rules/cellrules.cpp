#include "rules/ruleevaluation.h"
#include "rules/rulefindings.h"
#include "rules/ruletext.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QSet>

#include <cmath>

namespace nianbao::rules {

namespace {

bool isWhole(double value)
{
    return std::abs(value - std::round(value)) < 1e-9;
}

bool fitsDecimals(double value, int decimals)
{
    const double scaled = value * std::pow(10.0, decimals);
    return std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::abs(scaled) * 1e-9);
}

/// A figure printed with a unit other than the column's ("3940元" in a 万元 column) was
/// converted by the extractor, which says so; its decimals are those of the printed unit.
bool printedInOtherUnit(const QString& raw, const QString& unit)
{
    QString rest = raw;
    if (!unit.isEmpty()) {
        rest.remove(unit);
    }
    return std::any_of(rest.begin(), rest.end(),
                       [](QChar c) { return c.script() == QChar::Script_Han; });
}

LocalizedText nameOf(const ReportTemplate& format, const CellDef& cell)
{
    return cellName(format.row(cell).label, format.column(cell).label);
}

} // namespace

void evaluate(const DomainRule& rule, Evaluation& evaluation)
{
    const ReportTemplate& format = *evaluation.rules.format;
    const QList<CellDef>& defs = format.cells();
    for (int i = 0; i < defs.size(); ++i) {
        const Cell* cell = evaluation.cells.cell(i);
        if (!cell || !cell->value) {
            continue;
        }
        const double value = *cell->value;
        const CellDef& def = defs.at(i);
        auto& out = evaluation.findings;
        // A figure the extractor is unsure of (glued digits, OCR) may be misread: a warning.
        const Severity severity =
            isLowConfidence(cell->confidence) && rule.severity == Severity::Error
                ? Severity::Warning
                : rule.severity;
        if (!std::isfinite(value)) {
            out.push_back(findings::notAFigure(rule.code, severity, nameOf(format, def), def.key));
            continue;
        }
        switch (def.type) {
        case ValueType::Count:
            if (value < 0) {
                out.push_back(findings::negativeCount(rule.code, severity, nameOf(format, def),
                                                      value, def.key));
            } else if (!isWhole(value)) {
                out.push_back(findings::fractionalCount(rule.code, severity, nameOf(format, def),
                                                        value, def.key));
            }
            break;
        case ValueType::Signed:
            if (!isWhole(value)) {
                out.push_back(findings::fractionalSigned(rule.code, severity, nameOf(format, def),
                                                         value, def.key));
            }
            break;
        case ValueType::Money: {
            const ColumnDef& column = format.column(def);
            if (value < 0) {
                out.push_back(findings::negativeAmount(rule.code, severity, nameOf(format, def),
                                                       value, def.key));
            } else if (!fitsDecimals(value, column.decimals) &&
                       !printedInOtherUnit(cell->raw, column.unit)) {
                out.push_back(findings::tooManyDecimals(rule.code, severity, nameOf(format, def),
                                                        value, column.decimals, def.key));
            }
            break;
        }
        }
    }
}

void evaluate(const CompletenessRule& rule, Evaluation& evaluation)
{
    // Cells an extraction finding already calls empty (a missing table or row) are not
    // reported twice.
    QSet<QString> covered;
    if (!rule.coveredBy.isEmpty()) {
        for (const Finding& finding : evaluation.report.findings) {
            if (rule.coveredBy.contains(finding.rule)) {
                for (const QString& key : finding.cells) {
                    covered.insert(key);
                }
            }
        }
    }
    const ReportTemplate& format = *evaluation.rules.format;
    for (const RowCells& row : rule.rows) {
        QStringList blank;
        QList<LocalizedText> columns;
        for (const int index : row.cells) {
            const Cell* cell = evaluation.cells.cell(index);
            if ((cell && cell->value) || !evaluation.cells.expected(index)) {
                continue;
            }
            const QString& key = evaluation.cells.key(index);
            if (!covered.contains(key)) {
                blank.append(key);
                columns.append(format.column(format.cells().at(index)).label);
            }
        }
        if (!blank.isEmpty()) {
            evaluation.findings.push_back(findings::blankCells(
                rule.code, rule.severity, row.label, joinTerms(columns), std::move(blank)));
        }
    }
}

void evaluate(const ZeroMarkRule& rule, Evaluation& evaluation)
{
    QStringList cells;
    QStringList marks;
    const int count = static_cast<int>(evaluation.rules.format->cells().size());
    for (int i = 0; i < count; ++i) {
        const Cell* cell = evaluation.cells.cell(i);
        // Marks are not digits: most zero cells print "0" and are passed over at once.
        if (!cell || !cell->value || *cell->value != 0 || cell->raw.isEmpty() ||
            cell->raw.front().isDigit()) {
            continue;
        }
        const QString mark = prepareMark(cell->raw);
        if (rule.marks.contains(mark)) {
            cells.append(cell->key);
            if (!marks.contains(mark)) {
                marks.append(mark);
            }
        }
    }
    if (!cells.isEmpty()) {
        evaluation.findings.push_back(
            findings::zeroMarks(rule.code, rule.severity, marks, std::move(cells)));
    }
}

void evaluate(const TemplateYearRule& rule, Evaluation& evaluation)
{
    const auto year = evaluation.report.meta.year;
    const ReportTemplate& format = *evaluation.rules.format;
    if (!year || format.coversYear(*year)) {
        return;
    }
    const ReportTemplate* expected = evaluation.registry.forYear(*year);
    evaluation.findings.push_back(findings::templateYear(
        rule.code, rule.severity, *year, format.name, expected ? &expected->name : nullptr));
}

} // namespace nianbao::rules
