#include "extract/gridreader.h"

#include "extract/formatlabels.h"
#include "extract/gridblockreader.h"
#include "extract/gridlabels.h"
#include "extract/rowwriter.h"
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
        m_tableRegions.push_back(TextRegion{-1, -1});
    }
    for (const GridRow& row : m_rows) {
        TextRegion& region = m_tableRegions[static_cast<std::size_t>(row.table)];
        for (const GridCell& cell : row.cells) {
            region.start = region.start < 0 ? cell.start : std::min(region.start, cell.start);
            region.end = std::max(region.end, cell.end);
        }
    }
}

bool GridReader::startsLine(qsizetype position) const
{
    // A row printed as a line of its own, not a label quoted in a sentence of the narrative.
    for (qsizetype i = position - 1; i >= 0 && m_text.at(i) != QLatin1Char('\n'); --i) {
        if (!m_text.at(i).isSpace() && m_text.at(i) != QLatin1Char('|')) {
            return false;
        }
    }
    return true;
}

bool GridReader::insideGrid(qsizetype position) const
{
    return std::any_of(m_tableRegions.begin(), m_tableRegions.end(), [&](const TextRegion& r) {
        return position >= r.start && position < r.end;
    });
}

TableReading GridReader::completed(TableReading grid, const QStringList& missing, bool fromTabs,
                                   const std::function<TableReading()>& fromText) const
{
    if (missing.isEmpty() || !fromText) {
        return grid;
    }
    TableReading text = fromText();
    QStringList taken;
    for (const LabelDraft& label : text.labels) {
        if (missing.contains(label.key) && !insideGrid(label.start) && startsLine(label.start)) {
            taken.append(label.key + QLatin1Char('.'));
        }
    }
    if (taken.isEmpty()) {
        return grid; // left out of the report: blank, with the grid's finding
    }
    if (fromTabs) {
        return text; // the tab grid holds only part of the table
    }
    // The text path leaves its rows for the extractor to settle with the report's evidence;
    // the few rows taken into a grid's reading are written as the text path read them.
    writeRows(m_text, text);
    const auto isTaken = [&](const QString& key) {
        return std::any_of(taken.begin(), taken.end(),
                           [&](const QString& prefix) { return key.startsWith(prefix); });
    };
    for (CellDraft& cell : grid.cells) {
        if (isTaken(cell.key)) {
            const auto it = std::find_if(text.cells.begin(), text.cells.end(),
                                         [&](const CellDraft& c) { return c.key == cell.key; });
            if (it != text.cells.end()) {
                cell = *it;
            }
        }
    }
    // The grid's "row not found" gives way to whatever the text path says of those rows.
    std::erase_if(grid.findings, [&](const Finding& finding) {
        return std::any_of(finding.cells.begin(), finding.cells.end(), isTaken);
    });
    for (const Finding& finding : text.findings) {
        if (std::any_of(finding.cells.begin(), finding.cells.end(), isTaken)) {
            grid.findings.push_back(finding);
        }
    }
    for (const LabelDraft& label : text.labels) {
        if (isTaken(label.key + QLatin1Char('.'))) {
            grid.labels.push_back(label);
        }
    }
    return grid;
}

TableReading GridReader::read(const ReportTemplate& format, const TableDef& table,
                              const TableLabels& labels, TextRegion region, bool headed,
                              const std::function<TableReading()>& fromText) const
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
    return table.layout == TableLayout::Flattened
               ? readFlattened(format, table, rows, headed)
               : readLabelled(format, table, labels, rows, fromText);
}

TableReading GridReader::readLabelled(const ReportTemplate& format, const TableDef& table,
                                      const TableLabels& labels,
                                      const std::vector<const GridRow*>& rows,
                                      const std::function<TableReading()>& fromText) const
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
    const bool fromTabs =
        std::any_of(grid.tabGrid.begin(), grid.tabGrid.end(), [](bool tabs) { return tabs; });
    return completed(std::move(reading), grid.missingRows, fromTabs, fromText);
}

} // namespace nianbao::extract
