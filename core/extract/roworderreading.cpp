#include "extract/roworderreading.h"

#include "extract/valuetoken.h"

#include <algorithm>

namespace nianbao::extract {

namespace {

/// Whether the labels placed a row without doubt: every figure where one was printed.
bool placedWithoutDoubt(const SolvedRow& row)
{
    if (!row.found() || row.cap < kLowConfidence || row.solution.reading != RowReading::Direct) {
        return false;
    }
    for (int c = 0; c < row.keys.size(); ++c) {
        const SlotValue& slot = row.cell(c);
        if (slot.blank || slot.confidence < kLowConfidence) {
            return false;
        }
    }
    return true;
}

int figureCount(const SolvedRow& row)
{
    return static_cast<int>(std::count_if(row.problem.tokens.begin(), row.problem.tokens.end(),
                                          [](const ValueToken& t) { return t.isValue(); }));
}

} // namespace

bool labelsDisplaced(const std::vector<SolvedRow>& rows)
{
    // Another row's figures after one label: at least a whole row too many (OCR debris adds a
    // figure or two, never a row's worth).
    const auto more = [](const SolvedRow& row) {
        return row.found() && figureCount(row) >= 2 * static_cast<int>(row.keys.size());
    };
    const auto none = [](const SolvedRow& row) { return row.found() && figureCount(row) == 0; };
    const bool overfull = std::any_of(rows.begin(), rows.end(), more);
    return std::any_of(rows.begin(), rows.end(), [&](const SolvedRow& row) {
        const int columns = static_cast<int>(row.keys.size());
        const int figures = figureCount(row);
        const bool stacked =
            row.found() && columns > 0 && figures >= 2 * columns && figures % columns == 0;
        // A label with no figures while another has too many: its figures went elsewhere.
        return stacked || row.stacked || (none(row) && overfull);
    });
}

bool sameFigures(const SolvedRow& a, const SolvedRow& b)
{
    std::vector<qsizetype> first;
    std::vector<qsizetype> second;
    for (const ValueToken& token : a.problem.tokens) {
        if (token.isValue()) {
            first.push_back(token.start);
        }
    }
    for (const ValueToken& token : b.problem.tokens) {
        if (token.isValue()) {
            second.push_back(token.start);
        }
    }
    return first == second;
}

std::optional<std::vector<SolvedRow>> readInRowOrder(const QString& text, TextRegion figures,
                                                     const std::vector<SolvedRow>& rows,
                                                     const std::vector<ColumnSum>& rowSums)
{
    if (rows.empty() || figures.end <= figures.start) {
        return std::nullopt;
    }
    // Labels that placed every row without doubt, none displaced, leave the row order nothing
    // to change (below, a row read otherwise is refused and one read the same is no
    // difference): the figures are not scanned again, the usual case of a clean report.
    const bool displaced = labelsDisplaced(rows);
    if (!displaced && std::all_of(rows.begin(), rows.end(), placedWithoutDoubt)) {
        return std::nullopt;
    }
    const std::size_t columns = static_cast<std::size_t>(rows.front().keys.size());
    std::vector<ValueToken> tokens = scanValues(text, figures.start, figures.end);
    std::erase_if(tokens, [](const ValueToken& t) { return !t.isValue(); });
    if (columns == 0 || tokens.size() != rows.size() * columns) {
        return std::nullopt;
    }
    std::vector<SolvedRow> ordered;
    bool differs = false;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const SolvedRow& byLabel = rows[r];
        if (byLabel.subtotalAt >= 0 || static_cast<std::size_t>(byLabel.keys.size()) != columns) {
            return std::nullopt;
        }
        SolvedRow row;
        row.label = byLabel.label;
        row.keys = byLabel.keys;
        row.columns = byLabel.columns;
        row.problem.tokens.assign(tokens.begin() + static_cast<std::ptrdiff_t>(r * columns),
                                  tokens.begin() + static_cast<std::ptrdiff_t>((r + 1) * columns));
        for (const ColumnDef* column : row.columns) {
            row.problem.cellTypes.push_back(column ? column->type : ValueType::Count);
        }
        for (const ColumnSum& sum : rowSums) {
            row.problem.sums.push_back(SlotSum{sum.lhs, sum.rhs});
        }
        row.solution = solveRow(row.problem);
        for (std::size_t c = 0; c < columns; ++c) {
            row.cellOf.push_back(static_cast<int>(c));
        }
        const bool samePlace = byLabel.found() && sameFigures(row, byLabel);
        if (!samePlace && placedWithoutDoubt(byLabel) && !displaced) {
            return std::nullopt; // the labels say otherwise, and they are sure
        }
        differs = differs || !samePlace || !placedWithoutDoubt(byLabel);
        ordered.push_back(std::move(row));
    }
    if (!differs) {
        return std::nullopt;
    }
    return ordered;
}

} // namespace nianbao::extract
