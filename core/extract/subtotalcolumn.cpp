#include "extract/subtotalcolumn.h"

#include "extract/compacttext.h"

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

/// The column whose label the header prints just before the optional column's label, if the
/// header shows it.
int columnBeforeInHeader(const BlockDef& block, const OptionalColumnDef& column, QStringView header)
{
    QString compact = CompactText::compact(header);
    // Group labels hold column words ("其他" in "法人或其他组织"): blank them out first.
    for (const ColumnDef& c : block.columns) {
        const QString group = CompactText::compact(c.group.zh);
        if (!group.isEmpty()) {
            compact.replace(group, QString(group.size(), QLatin1Char(' ')));
        }
    }
    qsizetype at = -1;
    for (const QString& alias : column.aliases) {
        const qsizetype found = compact.indexOf(CompactText::compact(alias));
        at = found >= 0 && (at < 0 || found < at) ? found : at;
    }
    if (at < 0) {
        return -1;
    }
    // The column printed right after it says most: "自然人 小计 商业企业…" puts it after
    // 自然人 even when noise garbles the labels before it.
    qsizetype aliasEnd = at;
    while (aliasEnd < compact.size() && compact.at(aliasEnd) != QLatin1Char(' ') &&
           aliasEnd - at < 2) {
        ++aliasEnd;
    }
    int next = -1;
    qsizetype nextStart = compact.size();
    for (int c = 1; c < block.columns.size(); ++c) {
        for (const QString& alias : block.columns.at(c).aliases) {
            const qsizetype found = compact.indexOf(CompactText::compact(alias), aliasEnd);
            if (found >= 0 && found < nextStart) {
                nextStart = found;
                next = c;
            }
        }
    }
    if (next > 0 && column.after.contains(block.columns.at(next - 1).key)) {
        return next - 1;
    }
    int before = -1;
    qsizetype beforeEnd = -1;
    for (int c = 0; c < block.columns.size(); ++c) {
        for (const QString& alias : block.columns.at(c).aliases) {
            const QString label = CompactText::compact(alias);
            const qsizetype found = compact.lastIndexOf(label, at - 1);
            if (found >= 0 && found + label.size() <= at && found + label.size() > beforeEnd) {
                beforeEnd = found + label.size();
                before = c;
            }
        }
    }
    return before;
}

} // namespace

SubtotalColumn detectSubtotalColumn(const BlockDef& block, const std::vector<RangeContent>& rows,
                                    QStringView header)
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
        wider += (v == k + 1 || static_cast<int>(row.own.tokens.size()) == k + 1) ? 1 : 0;
    }
    const OptionalColumnDef& column = block.optionalColumns.front();
    // Present when the header prints its label, or when most rows print one figure more.
    const int printedAfter = columnBeforeInHeader(block, column, header);
    if (printedAfter < 0 && (wider < 2 || wider * 2 < withFigures)) {
        return found;
    }
    std::vector<std::pair<int, int>> votesAt; // position, rows whose sum fits it
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
        votesAt.emplace_back(position, votes);
        bestVotes = std::max(bestVotes, votes);
    }
    // The sums decide when they tell the positions apart; when sparse figures fit every
    // position equally, the header's word order decides.
    std::vector<int> best;
    for (const auto& [position, votes] : votesAt) {
        if (votes == bestVotes) {
            best.push_back(position);
        }
    }
    if (best.empty()) {
        return found;
    }
    found.column = &column;
    found.position = best.front();
    if (best.size() > 1 && printedAfter >= 0 &&
        std::find(best.begin(), best.end(), printedAfter + 1) != best.end()) {
        found.position = printedAfter + 1;
    }
    return found;
}

} // namespace nianbao::extract
