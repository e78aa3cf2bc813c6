#include "session/celllabels.h"

#include "templates/reporttemplate.h"

namespace nianbao::ui {

QString cellTitle(const ReportTemplate* format, QStringView key)
{
    const CellDef* cell = format ? format->cell(key) : nullptr;
    if (!cell) {
        return key.toString();
    }
    return format->row(*cell).label.text() + QStringLiteral(" · ") +
           format->column(*cell).label.text();
}

QString rowTitle(const ReportTemplate* format, QStringView key)
{
    const CellDef* cell = format ? format->cell(key) : nullptr;
    return cell ? format->row(*cell).label.text() : key.toString();
}

QString ruleTitle(const ReportTemplate* format, const QString& code)
{
    if (format) {
        for (const RuleDef& rule : format->rules) {
            if (rule.code == code && !rule.lhsLabel.isEmpty() && !rule.rhsLabel.isEmpty()) {
                return QStringLiteral("%1 = %2").arg(rule.lhsLabel.text(), rule.rhsLabel.text());
            }
        }
    }
    return code;
}

QString tableTitle(const ReportTemplate* format, QStringView tableKey)
{
    const TableDef* table = format ? format->table(tableKey) : nullptr;
    return table ? table->title.text() : tableKey.toString();
}

} // namespace nianbao::ui
