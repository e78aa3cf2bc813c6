#include "export/codebook.h"

#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QFileInfo>
#include <QHash>

namespace nianbao::exporting {

namespace {

const QString kLabelSeparator = QStringLiteral(" / ");

/// Adds `other` to `into` unless it says the same.
void mergeLabel(QString& into, const QString& other)
{
    if (other.isEmpty() || into.split(kLabelSeparator).contains(other)) {
        return;
    }
    into = into.isEmpty() ? other : into + kLabelSeparator + other;
}

void mergeLabel(LocalizedText& into, const LocalizedText& other)
{
    mergeLabel(into.zh, other.zh);
    mergeLabel(into.en, other.en);
}

LocalizedText columnLabel(const ColumnDef& column)
{
    if (column.group.isEmpty()) {
        return column.label;
    }
    return LocalizedText{column.group.zh + QStringLiteral("：") + column.label.zh,
                         column.group.en + QStringLiteral(": ") + column.label.en};
}

LocalizedText rowGroupLabel(const TableDef& table, const BlockDef& block, const RowDef& row)
{
    if (!row.group.isEmpty()) {
        if (const GroupDef* group = table.group(row.group)) {
            return group->label;
        }
    }
    // Table 2's blocks are its 第二十条 items; a table of one block has nothing to add.
    return table.blocks.size() > 1 ? block.label : LocalizedText{};
}

CodebookEntry entryFor(const ReportTemplate& format, const CellDef& cell)
{
    const TableDef& table = format.tables.at(cell.table);
    const BlockDef& block = format.block(cell);
    const RowDef& row = format.row(cell);
    const ColumnDef& column = format.column(cell);
    return CodebookEntry{
        cell.key,        table.key,           table.title, rowGroupLabel(table, block, row),
        row.label,       columnLabel(column), column.unit, valueTypeCode(column.type),
        column.decimals, {format.id}};
}

} // namespace

std::vector<CodebookEntry> buildCodebook(const TemplateRegistry& templates)
{
    const QStringList keys = templates.allCellKeys();
    std::vector<CodebookEntry> entries(std::size_t(keys.size()));
    QHash<QString, std::size_t> indexOf;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        indexOf.insert(keys.at(i), std::size_t(i));
    }
    for (const auto& format : templates.templates()) {
        for (const CellDef& cell : format->cells()) {
            CodebookEntry& entry = entries[indexOf.value(cell.key)];
            const CodebookEntry here = entryFor(*format, cell);
            if (entry.key.isEmpty()) {
                entry = here;
                continue;
            }
            mergeLabel(entry.tableTitle, here.tableTitle);
            mergeLabel(entry.rowGroup, here.rowGroup);
            mergeLabel(entry.row, here.row);
            mergeLabel(entry.column, here.column);
            mergeLabel(entry.unit, here.unit);
            mergeLabel(entry.type, here.type);
            entry.decimals = std::max(entry.decimals, here.decimals);
            entry.formats.append(format->id);
        }
    }
    return entries;
}

QList<ExportColumn> codebookColumns()
{
    const auto column = [](const char* name, int width) {
        return ExportColumn{QLatin1String(name), width};
    };
    return {column("key", 40),       column("table", 6),         column("table_zh", 30),
            column("table_en", 30),  column("row_group_zh", 20), column("row_group_en", 20),
            column("row_zh", 40),    column("row_en", 40),       column("column_zh", 24),
            column("column_en", 30), column("unit", 6),          column("type", 8),
            column("decimals", 9),   column("formats", 12)};
}

std::vector<ExportField> codebookRow(const CodebookEntry& entry)
{
    const auto text = [](const QString& value) { return textField(value); };
    return {text(entry.key),
            text(entry.table),
            text(entry.tableTitle.zh),
            text(entry.tableTitle.en),
            text(entry.rowGroup.zh),
            text(entry.rowGroup.en),
            text(entry.row.zh),
            text(entry.row.en),
            text(entry.column.zh),
            text(entry.column.en),
            text(entry.unit),
            text(entry.type),
            ExportField{qint64(entry.decimals)},
            text(entry.formats.join(QLatin1Char(';')))};
}

QString codebookPathFor(const QString& dataPath)
{
    const QFileInfo data(dataPath);
    const QString name =
        data.suffix().isEmpty()
            ? QString(data.fileName() + QStringLiteral(".codebook"))
            : QString(data.completeBaseName() + QStringLiteral(".codebook.") + data.suffix());
    // The folder part as the caller wrote it, so a relative path stays relative.
    return dataPath.left(dataPath.size() - data.fileName().size()) + name;
}

Result<void> writeCodebook(TableWriter& writer, const std::vector<CodebookEntry>& entries)
{
    if (Result<void> header = writer.writeHeader(codebookColumns()); !header) {
        return header;
    }
    for (const CodebookEntry& entry : entries) {
        const std::vector<ExportField> row = codebookRow(entry);
        if (Result<void> written = writer.writeRow(row); !written) {
            return written;
        }
    }
    return writer.finish();
}

} // namespace nianbao::exporting
