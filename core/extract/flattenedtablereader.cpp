#include "extract/compacttext.h"
#include "extract/extractionfindings.h"
#include "extract/labelchain.h"
#include "extract/rowsolver.h"
#include "extract/tablereading.h"
#include "extract/valuetoken.h"
#include "model/cellkey.h"

#include <algorithm>
#include <cmath>

namespace nianbao::extract {

namespace {

std::vector<ValueToken> figures(const QString& text, qsizetype start, qsizetype end)
{
    // Visible blanks stay: they are cells.
    std::vector<ValueToken> tokens = scanValues(text, start, end);
    std::erase_if(tokens, [](const ValueToken& t) { return t.kind == TokenKind::Text; });
    while (!tokens.empty() && tokens.front().kind == TokenKind::Blank) {
        tokens.erase(tokens.begin());
    }
    return tokens;
}

/// Whether figures read in print order satisfy every group's sum.
bool sumsHold(const std::vector<ValueToken>& tokens, const std::vector<SlotSum>& sums)
{
    for (const SlotSum& sum : sums) {
        double parts = 0;
        for (const int r : sum.rhs) {
            parts += tokens[r].value;
        }
        if (std::abs(parts - tokens[sum.lhs].value) > 1e-6) {
            return false;
        }
    }
    return true;
}

} // namespace

TableReading readFlattenedTable(const QString& text, const ReportTemplate& format,
                                const TableDef& table, TextRegion region)
{
    TableReading reading;
    const BlockDef& block = table.blocks.front();
    const int columns = static_cast<int>(block.columns.size());

    // The figures follow the last header word ("…尚未审结 总计"). Header words may carry OCR
    // debris with digits ("1 4 未纠正"), so figures before the last one are not the table's.
    const CompactText compact(text, region.start, region.end);
    qsizetype headerEnd = -1;
    for (const QString& word : table.headerWords) {
        const QString c = CompactText::compact(word);
        const qsizetype at = compact.chars().lastIndexOf(c);
        if (at >= 0) {
            headerEnd = std::max(headerEnd, compact.sourceEnd(at + c.size() - 1));
        }
    }
    for (const RowDef& row : block.rows) {
        for (const QString& alias : row.aliases) {
            const QString c = CompactText::compact(alias);
            const qsizetype at = compact.chars().indexOf(c);
            if (at >= 0) {
                reading.labels.push_back(LabelDraft{rowKey(table.key, row.key), alias,
                                                    compact.sourceStart(at),
                                                    compact.sourceEnd(at + c.size() - 1), 0});
                break;
            }
        }
    }
    const std::vector<ValueToken> afterHeader =
        figures(text, headerEnd >= 0 ? headerEnd : region.start, region.end);
    const std::vector<ValueToken> everywhere = figures(text, region.start, region.end);
    // Found only by its own words (行政复议, 复议后起诉 …): without its heading, the region
    // may be the tail of table 3, whose figures are not table 4's.
    reading.found = !reading.labels.empty();
    if (!reading.found) {
        return reading;
    }

    RowProblem problem;
    for (int r = 0; r < block.rows.size(); ++r) {
        for (const ColumnDef& column : block.columns) {
            problem.cellTypes.push_back(column.type);
        }
    }
    for (const ColumnSum& sum : rowSums(format, table, block)) {
        for (int r = 0; r < block.rows.size(); ++r) {
            SlotSum slotSum;
            slotSum.lhs = r * columns + sum.lhs;
            for (const int part : sum.rhs) {
                slotSum.rhs.push_back(r * columns + part);
            }
            problem.sums.push_back(slotSum);
        }
    }
    const std::size_t cellCount = problem.cellTypes.size();

    // Prefer the figures after the header; when the header words and the figures are
    // interleaved (pdftotext of a two-level header), all figures of the table in print order
    // are the only reading left, and they are flagged unless every sum holds.
    double cap = 1.0;
    bool interleaved = false;
    auto figureCount = [](const std::vector<ValueToken>& tokens) {
        return static_cast<std::size_t>(std::count_if(
            tokens.begin(), tokens.end(), [](const ValueToken& t) { return t.isValue(); }));
    };
    if (afterHeader.size() == cellCount || figureCount(afterHeader) == cellCount ||
        everywhere.size() != cellCount) {
        problem.tokens = afterHeader.empty() ? everywhere : afterHeader;
    } else {
        problem.tokens = everywhere;
        interleaved = !sumsHold(everywhere, problem.sums);
        cap = interleaved ? 0.4 : 0.85;
    }
    problem.gluedText = std::any_of(problem.tokens.begin(), problem.tokens.end(),
                                    [](const ValueToken& t) { return t.attached; });
    SolvedRow row;
    row.label = table.title;
    for (int r = 0; r < block.rows.size(); ++r) {
        for (int c = 0; c < columns; ++c) {
            row.keys.append(cellKey(table.key, block.rows.at(r).key, block.columns.at(c).key));
            row.columns.push_back(&block.columns.at(c));
            row.cellOf.push_back(r * columns + c);
        }
    }
    row.cap = cap;
    row.interleaved = interleaved;
    row.solution = solveRow(problem);
    row.problem = std::move(problem);
    reading.rows.push_back(std::move(row));
    return reading;
}

} // namespace nianbao::extract
