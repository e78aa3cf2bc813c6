#include "cellscore.h"

#include "extract/rowsolver.h"

#include <algorithm>
#include <cmath>

namespace nianbao::test {

namespace {

bool namedByFinding(const Report& report, const QString& key)
{
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const Finding& finding) { return finding.cells.contains(key); });
}

QString describe(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 15) : QStringLiteral("blank");
}

} // namespace

void CellScore::add(const Report& report, const QHash<QString, std::optional<double>>& expected,
                    const QStringList& keys, const QString& file)
{
    constexpr int describedAtMost = 12;
    for (const QString& key : keys) {
        ++cells;
        const Cell* cell = report.cell(key);
        const std::optional<double> want = expected.value(key);
        const std::optional<double> got = cell ? cell->value : std::nullopt;
        const bool same = want == got || (want && got && std::abs(*want - *got) < 1e-9);
        const bool doubted = !cell || cell->confidence < extract::kLowConfidence;
        const QString description =
            QStringLiteral("%1: %2 = %3 \"%4\" (confidence %5), expected %6")
                .arg(file, key, describe(got), cell ? cell->raw : QString())
                .arg(cell ? cell->confidence : 0.0)
                .arg(describe(want));
        // A blank read as blank is right, whatever the confidence: blanks are always reported.
        if (same && (!doubted || (cell && !cell->value))) {
            ++exact;
        } else if (doubted || namedByFinding(report, key)) {
            ++flagged;
            rightButDoubted += same ? 1 : 0;
            if (doubts.size() < describedAtMost) {
                doubts.append(description);
            }
        } else {
            ++confidentWrong;
            if (wrong.size() < describedAtMost) {
                wrong.append(description);
            }
        }
    }
}

CellScore& CellScore::operator+=(const CellScore& other)
{
    cells += other.cells;
    exact += other.exact;
    flagged += other.flagged;
    confidentWrong += other.confidentWrong;
    rightButDoubted += other.rightButDoubted;
    for (const QString& line : other.wrong) {
        if (wrong.size() < 12) {
            wrong.append(line);
        }
    }
    return *this;
}

QString CellScore::summary() const
{
    return QStringLiteral("%1 cells: %2 exact (%3 %), %4 flagged (%5 of them right), %6 "
                          "confident wrong")
        .arg(cells)
        .arg(exact)
        .arg(100.0 * exactShare(), 0, 'f', 3)
        .arg(flagged)
        .arg(rightButDoubted)
        .arg(confidentWrong);
}

} // namespace nianbao::test
