#include "templates/templateloader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace nianbao {

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        list.append(item.toString());
    }
    return list;
}

std::optional<ValueType> valueType(const QString& code)
{
    if (code.isEmpty() || code == QLatin1String("count")) {
        return ValueType::Count;
    }
    if (code == QLatin1String("signed")) {
        return ValueType::Signed;
    }
    if (code == QLatin1String("money")) {
        return ValueType::Money;
    }
    return std::nullopt;
}

Result<ColumnDef> readColumn(const QJsonObject& object)
{
    ColumnDef column;
    column.key = object.value(QLatin1String("key")).toString();
    column.label = LocalizedText::fromJson(object.value(QLatin1String("label")));
    column.aliases = stringList(object.value(QLatin1String("aliases")));
    const auto type = valueType(object.value(QLatin1String("type")).toString());
    if (!type) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::TemplateLoader",
                                                "column %1 has an unknown type \"%2\"")
                        .arg(column.key, object.value(QLatin1String("type")).toString()));
    }
    column.type = *type;
    column.unit = object.value(QLatin1String("unit")).toString();
    column.decimals = object.value(QLatin1String("decimals")).toInt(0);
    column.group = LocalizedText::fromJson(object.value(QLatin1String("group")));
    if (column.key.isEmpty()) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::TemplateLoader", "a column has no key"));
    }
    if (column.aliases.isEmpty()) {
        column.aliases.append(column.label.zh);
    }
    return column;
}

RowDef readRow(const QJsonObject& object)
{
    RowDef row;
    row.key = object.value(QLatin1String("key")).toString();
    row.label = LocalizedText::fromJson(object.value(QLatin1String("label")));
    row.aliases = stringList(object.value(QLatin1String("aliases")));
    row.number = object.value(QLatin1String("number")).toString();
    row.group = object.value(QLatin1String("group")).toString();
    row.heading = LocalizedText::fromJson(object.value(QLatin1String("heading")));
    row.alternative = object.value(QLatin1String("alternative")).toBool(false);
    if (row.aliases.isEmpty()) {
        row.aliases.append(row.label.zh);
    }
    return row;
}

Result<BlockDef> readBlock(const QJsonObject& object)
{
    BlockDef block;
    block.key = object.value(QLatin1String("key")).toString();
    block.label = LocalizedText::fromJson(object.value(QLatin1String("label")));
    block.aliases = stringList(object.value(QLatin1String("aliases")));
    const QJsonArray columns = object.value(QLatin1String("columns")).toArray();
    for (const QJsonValue& value : columns) {
        auto column = readColumn(value.toObject());
        if (!column) {
            return std::unexpected(column.error());
        }
        block.columns.append(*column);
    }
    const QJsonArray optional = object.value(QLatin1String("optional_columns")).toArray();
    for (const QJsonValue& value : optional) {
        const QJsonObject o = value.toObject();
        OptionalColumnDef column;
        column.key = o.value(QLatin1String("key")).toString();
        column.label = LocalizedText::fromJson(o.value(QLatin1String("label")));
        column.aliases = stringList(o.value(QLatin1String("aliases")));
        column.after = stringList(o.value(QLatin1String("after")));
        column.sumOf = stringList(o.value(QLatin1String("sum_of")));
        block.optionalColumns.append(column);
    }
    const QJsonArray rows = object.value(QLatin1String("rows")).toArray();
    for (const QJsonValue& value : rows) {
        block.rows.append(readRow(value.toObject()));
    }
    if (block.columns.isEmpty() || block.rows.isEmpty()) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::TemplateLoader",
                                                "block %1 needs columns and rows")
                        .arg(block.key));
    }
    return block;
}

GroupDef readGroup(const QJsonObject& object)
{
    GroupDef group;
    group.key = object.value(QLatin1String("key")).toString();
    group.label = LocalizedText::fromJson(object.value(QLatin1String("label")));
    group.aliases = stringList(object.value(QLatin1String("aliases")));
    group.number = object.value(QLatin1String("number")).toString();
    group.parent = object.value(QLatin1String("parent")).toString();
    group.subtotal = object.value(QLatin1String("subtotal")).toBool(false);
    group.collapsedRow = object.value(QLatin1String("collapsed_row")).toString();
    group.detailedRows = stringList(object.value(QLatin1String("detailed_rows")));
    return group;
}

const GroupDef* parentOf(const TableDef& table, const GroupDef& group)
{
    return group.parent.isEmpty() ? nullptr : table.group(group.parent);
}

/// Whether following `group`'s parents comes back to a group already passed.
bool insideItself(const TableDef& table, const GroupDef& group)
{
    qsizetype steps = 0;
    for (const GroupDef* up = parentOf(table, group); up; up = parentOf(table, *up)) {
        if (++steps > table.groups.size()) {
            return true;
        }
    }
    return false;
}

Result<void> checkGroup(const TableDef& table, const GroupDef& group, QSet<QString>& seen)
{
    if (group.key.isEmpty()) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::TemplateLoader",
                                                "table %1 has a group without a key")
                        .arg(table.key));
    }
    if (seen.contains(group.key)) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::TemplateLoader",
                                                "table %1 defines group %2 twice")
                        .arg(table.key, group.key));
    }
    seen.insert(group.key);
    if (!group.parent.isEmpty() && !parentOf(table, group)) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::TemplateLoader",
                                                "group %1 of table %2 is in an unknown group "
                                                "\"%3\"")
                        .arg(group.key, table.key, group.parent));
    }
    if (insideItself(table, group)) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::TemplateLoader",
                                                "group %1 of table %2 is inside itself")
                        .arg(group.key, table.key));
    }
    return {};
}

/// Every group named is defined once and leads to a top group: the form and the printed
/// headers follow a row's groups outwards until there are none.
Result<void> checkGroups(const TableDef& table)
{
    QSet<QString> seen;
    for (const GroupDef& group : table.groups) {
        if (Result<void> checked = checkGroup(table, group, seen); !checked) {
            return checked;
        }
    }
    for (const BlockDef& block : table.blocks) {
        for (const RowDef& row : block.rows) {
            if (!row.group.isEmpty() && !table.group(row.group)) {
                return fail(ErrorCode::Corrupt,
                            QCoreApplication::translate("nianbao::TemplateLoader",
                                                        "row %1 of table %2 is in an unknown "
                                                        "group \"%3\"")
                                .arg(row.key, table.key, row.group));
            }
        }
    }
    return {};
}

Result<TableDef> readTable(const QJsonObject& object)
{
    TableDef table;
    table.key = object.value(QLatin1String("key")).toString();
    table.title = LocalizedText::fromJson(object.value(QLatin1String("title")));
    const QString layout = object.value(QLatin1String("layout")).toString();
    if (layout == QLatin1String("blocks")) {
        table.layout = TableLayout::Blocks;
    } else if (layout == QLatin1String("rows") || layout.isEmpty()) {
        table.layout = TableLayout::Rows;
    } else if (layout == QLatin1String("flattened")) {
        table.layout = TableLayout::Flattened;
    } else {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::TemplateLoader",
                                                "table %1 has an unknown layout \"%2\"")
                        .arg(table.key, layout));
    }
    const QJsonArray blocks = object.value(QLatin1String("blocks")).toArray();
    for (const QJsonValue& value : blocks) {
        auto block = readBlock(value.toObject());
        if (!block) {
            return std::unexpected(block.error());
        }
        table.blocks.append(*block);
    }
    const QJsonArray groups = object.value(QLatin1String("groups")).toArray();
    for (const QJsonValue& value : groups) {
        table.groups.append(readGroup(value.toObject()));
    }
    table.headerWords = stringList(object.value(QLatin1String("header_words")));
    if (table.key.isEmpty() || table.blocks.isEmpty()) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::TemplateLoader",
                                                "a table has no key or no blocks"));
    }
    if (Result<void> checked = checkGroups(table); !checked) {
        return std::unexpected(checked.error());
    }
    return table;
}

} // namespace

Result<ReportTemplate> loadTemplate(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::TemplateLoader",
                                                "the template is not valid JSON: %1")
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("schema")).toInt() != 1) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::TemplateLoader",
                                                "the template uses an unknown schema version"));
    }
    ReportTemplate result;
    result.id = root.value(QLatin1String("id")).toString();
    result.name = LocalizedText::fromJson(root.value(QLatin1String("name")));
    const QJsonObject years = root.value(QLatin1String("years")).toObject();
    if (years.contains(QLatin1String("from"))) {
        result.firstYear = years.value(QLatin1String("from")).toInt();
    }
    if (years.contains(QLatin1String("to"))) {
        result.lastYear = years.value(QLatin1String("to")).toInt();
    }
    result.standardText = stringList(root.value(QLatin1String("standard_text")));
    const QJsonArray sections = root.value(QLatin1String("sections")).toArray();
    for (const QJsonValue& value : sections) {
        const QJsonObject o = value.toObject();
        SectionDef section;
        section.key = o.value(QLatin1String("key")).toString();
        section.number = o.value(QLatin1String("number")).toString();
        section.kind = o.value(QLatin1String("kind")).toString() == QLatin1String("table")
                           ? SectionKind::Table
                           : SectionKind::Narrative;
        section.title = LocalizedText::fromJson(o.value(QLatin1String("title")));
        section.aliases = stringList(o.value(QLatin1String("aliases")));
        result.sections.append(section);
    }
    const QJsonArray tables = root.value(QLatin1String("tables")).toArray();
    for (const QJsonValue& value : tables) {
        auto table = readTable(value.toObject());
        if (!table) {
            return std::unexpected(table.error());
        }
        result.tables.append(*table);
    }
    auto charts = readCharts(root.value(QLatin1String("charts")));
    if (!charts) {
        return std::unexpected(charts.error());
    }
    result.charts = std::move(*charts);
    auto yearsChart = readYearsChart(root.value(QLatin1String("years_chart")));
    if (!yearsChart) {
        return std::unexpected(yearsChart.error());
    }
    result.yearsChart = std::move(*yearsChart);
    if (auto rules = readRules(root.value(QLatin1String("rules")).toArray())) {
        result.rules = std::move(*rules);
    } else {
        result.rulesError = rules.error();
    }
    if (result.id.isEmpty() || result.tables.isEmpty()) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::TemplateLoader",
                                                "the template has no id or no tables"));
    }
    result.buildCellIndex();

    QSet<QString> keys;
    for (const CellDef& cell : result.cells()) {
        if (keys.contains(cell.key)) {
            return fail(ErrorCode::Corrupt,
                        QCoreApplication::translate("nianbao::TemplateLoader",
                                                    "template %1 defines cell %2 twice")
                            .arg(result.id, cell.key));
        }
        keys.insert(cell.key);
    }
    return result;
}

} // namespace nianbao
