#include "extract/subtotalcolumn.h"

#include <algorithm>
#include <cmath>

namespace nianbao::extract {

namespace {

int columnIndex(const BlockDef& block, const QString& key)
{
    for (int c = 0; c < block.columns.size(); ++c) {
        if (block.columns.at(c).key == key) {
            return c;
        }
    }
    return -1;
}

} // namespace

SubtotalColumn detectSubtotalColumn(const BlockDef& block, const std::vector<RangeContent>& rows)
{
    SubtotalColumn found;
    if (block.optionalColumns.isEmpty()) {
        return found;
    }
    const int k = static_cast<int>(block.columns.size());
    int wider = 0;
    int withFigures = 0;
    for (const RangeContent& row : rows) {
        const int v = row.own.valueCount();
        withFigures += v > 0 ? 1 : 0;
        wider += v == k + 1 ? 1 : 0;
    }
    if (wider < 2 || wider * 2 < withFigures) {
        return found;
    }
    const OptionalColumnDef& column = block.optionalColumns.front();
    int bestVotes = -1;
    for (const QString& after : column.after) {
        const int afterIndex = columnIndex(block, after);
        if (afterIndex < 0) {
            continue;
        }
        const int position = afterIndex + 1;
        int votes = 0;
        for (const RangeContent& row : rows) {
            std::vector<double> figures;
            for (const ValueToken& t : row.own.tokens) {
                if (t.isValue()) {
                    figures.push_back(t.kind == TokenKind::ZeroMark ? 0.0 : t.value);
                }
            }
            if (static_cast<int>(figures.size()) != k + 1) {
                continue;
            }
            double sum = 0;
            for (const QString& part : column.sumOf) {
                const int index = columnIndex(block, part);
                sum += figures[index + (index >= position ? 1 : 0)];
            }
            votes += std::abs(sum - figures[position]) < 1e-9 ? 1 : 0;
        }
        if (votes > bestVotes) {
            bestVotes = votes;
            found.position = position;
            found.column = &column;
        }
    }
    return found;
}

} // namespace nianbao::extract
