#include "extract/blockreader.h"
#include "extract/formatlabels.h"
#include "extract/roworderreading.h"
#include "extract/rowsegments.h"
#include "extract/tablereading.h"

#include <algorithm>

namespace nianbao::extract {

namespace {

std::vector<int> columnIndices(const BlockDef& block, const std::vector<RuleTermDef>& terms)
{
    std::vector<int> indices;
    for (const RuleTermDef& term : terms) {
        const auto it = std::find_if(block.columns.begin(), block.columns.end(),
                                     [&](const ColumnDef& c) { return c.key == term.pattern; });
        if (it == block.columns.end()) {
            return {};
        }
        indices.push_back(static_cast<int>(it - block.columns.begin()));
    }
    return indices;
}

} // namespace

std::vector<ColumnSum> rowSums(const ReportTemplate& format, const TableDef& table,
                               const BlockDef& block)
{
    std::vector<ColumnSum> sums;
    for (const RuleDef& rule : format.rules) {
        if (!rule.isSumOver(table.key, SumAxis::Row)) {
            continue;
        }
        const std::vector<int> lhs = columnIndices(block, rule.lhs);
        const std::vector<int> rhs = columnIndices(block, rule.rhs);
        if (lhs.size() == 1 && !rhs.empty()) {
            sums.push_back(ColumnSum{lhs.front(), rhs});
        }
    }
    return sums;
}

TableReading readLabelledTable(const QString& text, const ReportTemplate& format,
                               const TableDef& table, const TableLabels& labels, TextRegion region)
{
    TableReading reading;
    const std::vector<LabelElement>& elements = labels.elements;
    const std::vector<FoundLabel> chain = findLabelChain(text, region.start, region.end, elements);
    reading.found = std::any_of(chain.begin(), chain.end(), [&](const FoundLabel& f) {
        return labels.refs[f.element].row >= 0;
    });
    if (!reading.found) {
        return reading;
    }

    // What each label is followed by, up to the next label.
    const auto isGroupLabel = [&table](QStringView label) {
        return subtotalGroup(table, label.toString()) != nullptr;
    };
    std::vector<const FoundLabel*> foundOf(elements.size(), nullptr);
    std::vector<RangeContent> contentOf(elements.size());
    const RangeContent tableStart = readRange(text, region.start, chain.front().start);
    for (std::size_t i = 0; i < chain.size(); ++i) {
        const FoundLabel& label = chain[i];
        foundOf[label.element] = &label;
        const qsizetype end = i + 1 < chain.size() ? chain[i + 1].start : region.end;
        contentOf[label.element] = readRange(text, label.end, end, isGroupLabel);
        reading.labels.push_back(LabelDraft{elements[label.element].key,
                                            elements[label.element].aliases.at(label.alias),
                                            label.start, label.end, label.distance});
    }

    // Web text runs figures straight into labels: then digit runs may hold several cells.
    int withFigures = 0;
    int attached = 0;
    for (std::size_t e = 0; e < elements.size(); ++e) {
        if (foundOf[e] && labels.refs[e].row >= 0 && contentOf[e].own.valueCount() > 0) {
            ++withFigures;
            attached += contentOf[e].attached ? 1 : 0;
        }
    }
    const bool glued = withFigures > 0 && attached * 2 >= withFigures;

    int element = 0;
    for (int b = 0; b < table.blocks.size(); ++b) {
        const BlockDef& block = table.blocks.at(b);
        const int header = table.layout == TableLayout::Blocks ? element++ : -1;
        const int firstRow = element;
        element += static_cast<int>(block.rows.size());
        const std::vector<const FoundLabel*> found(foundOf.begin() + firstRow,
                                                   foundOf.begin() + element);
        std::vector<RangeContent> content(contentOf.begin() + firstRow,
                                          contentOf.begin() + element);
        const RangeContent* before = header >= 0 ? (foundOf[header] ? &contentOf[header] : nullptr)
                                                 : (b == 0 ? &tableStart : nullptr);
        // The column headers sit above the block's first row: in the block header's range
        // (table 2) or between the table's start and its first row.
        const qsizetype headerStart =
            header >= 0 && foundOf[header] ? foundOf[header]->end : region.start;
        qsizetype headerEnd = region.end;
        for (int e = firstRow; e < element; ++e) {
            if (foundOf[e]) {
                headerEnd = foundOf[e]->start;
                break;
            }
        }
        const QStringView headerText =
            QStringView(text).mid(headerStart, std::max<qsizetype>(0, headerEnd - headerStart));
        BlockInput input;
        input.found = found;
        input.content = std::move(content);
        input.before = before;
        input.header = headerText;
        input.glued = glued;
        input.elements = &elements;
        input.firstElement = firstRow;
        readBlock(text, format, table, block, input, reading);
    }
    // A table of one block may print its labels apart from its figures.
    if (table.blocks.size() == 1 && table.layout == TableLayout::Rows) {
        const auto first = std::find_if(chain.begin(), chain.end(), [&](const FoundLabel& f) {
            return labels.refs[f.element].row >= 0;
        });
        const TextRegion figures{first->start, region.end};
        if (auto ordered = readInRowOrder(text, figures, reading.rows,
                                          rowSums(format, table, table.blocks.front()))) {
            reading.rowOrder = std::move(*ordered);
        }
        reading.labelsDisplaced = labelsDisplaced(reading.rows);
    }
    return reading;
}

} // namespace nianbao::extract
