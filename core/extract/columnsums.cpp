#include "extract/solvedrow.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace nianbao::extract {

namespace {

/// Confidence of a cell settled by the table's column sums: it relies on the other rows.
constexpr double kSettledBySums = 0.8;
constexpr int kMaxPasses = 8;

bool matches(const QString& pattern, const QString& rowKey)
{
    if (pattern.endsWith(QLatin1String(".*"))) {
        return rowKey.startsWith(pattern.left(pattern.size() - 1));
    }
    return rowKey == pattern;
}

/// The rows of a sum with their sign: +1 on the left-hand side, -1 on the right.
std::vector<std::pair<int, int>> operands(const QJsonObject& rule,
                                          const std::vector<SolvedRow>& rows)
{
    std::vector<std::pair<int, int>> result;
    for (const auto& [side, sign] :
         {std::pair{QStringLiteral("lhs"), 1}, std::pair{QStringLiteral("rhs"), -1}}) {
        const QJsonArray patterns = rule.value(side).toArray();
        for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
            for (const QJsonValue& pattern : patterns) {
                if (matches(pattern.toString(), rows[r].row->key)) {
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
    for (const QJsonValue& value : format.rules) {
        const QJsonObject rule = value.toObject();
        if (rule.value(QLatin1String("kind")).toString() == QLatin1String("sum") &&
            rule.value(QLatin1String("for_each")).toString() == QLatin1String("column") &&
            rule.value(QLatin1String("table")).toString() == table.key) {
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
