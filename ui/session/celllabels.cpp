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

QString tableTitle(const ReportTemplate* format, QStringView tableKey)
{
    const TableDef* table = format ? format->table(tableKey) : nullptr;
    return table ? table->title.text() : tableKey.toString();
}

} // namespace nianbao::ui
