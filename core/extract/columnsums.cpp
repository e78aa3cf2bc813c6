#include "extract/solvedrow.h"

#include <cmath>

namespace nianbao::extract {

namespace {

/// Confidence of a cell settled by the table's column sums: it relies on the other rows, so it
/// is just certain enough not to be flagged.
constexpr double kSettledBySums = kLowConfidence;
constexpr int kMaxPasses = 8;

/// The rows of a sum with their sign: +1 on the left-hand side, -1 on the right.
std::vector<std::pair<int, int>> operands(const RuleDef& rule, const std::vector<SolvedRow>& rows)
{
    std::vector<std::pair<int, int>> result;
    for (const auto& [side, sign] : {std::pair{&rule.lhs, 1}, std::pair{&rule.rhs, -1}}) {
        for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
            for (const RuleTermDef& term : *side) {
                if (term.matches(rows[r].row->key)) {
                    result.emplace_back(r, sign);
                    break;
                }
            }
        }
    }
    return result;
}

bool ambiguous(const SolvedRow& row)
{
    return row.solution.kept.size() > 1;
}

} // namespace

void narrowByColumnSums(std::vector<SolvedRow>& rows, const ReportTemplate& format,
                        const TableDef& table, const BlockDef& block)
{
    std::vector<std::vector<std::pair<int, int>>> sums;
    for (const RuleDef& rule : format.rules) {
        if (rule.isSumOver(table.key, SumAxis::Column)) {
            sums.push_back(operands(rule, rows));
        }
    }
    if (sums.empty()) {
        return;
    }
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        bool changed = false;
        for (const auto& sum : sums) {
            for (int c = 0; c < block.columns.size(); ++c) {
                int open = -1;
                int openSign = 0;
                double known = 0;
                bool usable = true;
                for (const auto& [r, sign] : sum) {
                    if (rows[r].cellOf.empty()) { // row not printed: the sum cannot settle anything
                        usable = false;
                        break;
                    }
                    const SlotValue& cell = rows[r].cell(c);
                    if (ambiguous(rows[r]) && cell.confidence < kLowConfidence) {
                        if (open >= 0) {
                            usable = false; // two unknowns: the sum cannot settle either
                            break;
                        }
                        open = r;
                        openSign = sign;
                    } else if (cell.value && (cell.blank || cell.confidence >= kLowConfidence)) {
                        known += sign * *cell.value;
                    } else {
                        usable = false;
                        break;
                    }
                }
                if (!usable || open < 0) {
                    continue;
                }
                const double required = -known / openSign;
                SolvedRow& row = rows[open];
                const std::size_t index = static_cast<std::size_t>(row.cellOf[c]);
                if (narrowReadings(
                        row.solution, row.problem,
                        [&](const std::vector<std::optional<double>>& values) {
                            // A cell a reading leaves unprinted fits any total.
                            return !values[index] || std::abs(*values[index] - required) < 1e-6;
                        },
                        kSettledBySums)) {
                    row.narrowed = true;
                    changed = true;
                }
            }
        }
        if (!changed) {
            break;
        }
    }
}

} // namespace nianbao::extract
