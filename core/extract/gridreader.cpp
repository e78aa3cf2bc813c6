#include "extract/gridreader.h"

#include "extract/formatlabels.h"
#include "extract/gridblockreader.h"
#include "extract/gridlabels.h"
#include "model/document.h"
#include "text/normalizer.h"

#include <algorithm>

namespace nianbao::extract {

GridReader::GridReader(const Document& document, const NormalizedText& normalized)
    : m_text(normalized.text())
    , m_rows(gridRows(document, normalized))
{
    for (const SourceTable& table : document.tables) {
        m_tabGrid.push_back(table.origin == QLatin1String("tabs"));
    }
}

TableReading GridReader::read(const ReportTemplate& format, const TableDef& table,
                              const TableLabels& labels, TextRegion region) const
{
    std::vector<const GridRow*> rows;
    for (const GridRow& row : m_rows) {
        if (row.start >= region.start && row.start < region.end) {
            rows.push_back(&row);
        }
    }
    if (rows.empty()) {
        return {};
    }
    return table.layout == TableLayout::Flattened ? readFlattened(format, table, rows)
                                                  : readLabelled(format, table, labels, rows);
}

TableReading GridReader::readLabelled(const ReportTemplate& format, const TableDef& table,
                                      const TableLabels& labels,
                                      const std::vector<const GridRow*>& rows) const
{
    TableReading reading;
    const std::vector<GridLabel> found = findGridLabels(m_text, rows, labels.elements);
    reading.found = std::any_of(found.begin(), found.end(), [&](const GridLabel& label) {
        return labels.refs[static_cast<std::size_t>(label.element)].row >= 0;
    });
    if (!reading.found) {
        return reading;
    }
    GridTable grid;
    grid.text = &m_text;
    grid.rows = rows;
    for (const GridRow* row : rows) {
        grid.tabGrid.push_back(m_tabGrid[static_cast<std::size_t>(row->table)]);
    }
    grid.elements = &labels.elements;
    grid.foundOf.assign(labels.elements.size(), nullptr);
    grid.used.assign(rows.size(), false);
    for (const GridLabel& label : found) {
        grid.foundOf[static_cast<std::size_t>(label.element)] = &label;
        const LabelElement& element = labels.elements[static_cast<std::size_t>(label.element)];
        reading.labels.push_back(LabelDraft{element.key, element.aliases.at(label.alias),
                                            label.start, label.end, label.distance});
    }
    int element = 0;
    for (const BlockDef& block : table.blocks) {
        if (table.layout == TableLayout::Blocks) {
            ++element; // the block's header (第二十条第(一)项)
        }
        if (!readGridBlock(format, table, block, element, grid, reading)) {
            return {}; // a tab grid whose columns shift: the text path reads this table
        }
        element += static_cast<int>(block.rows.size());
    }
    return reading;
}

} // namespace nianbao::extract
