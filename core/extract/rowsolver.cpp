#include "extract/rowsolver.h"

#include "extract/readingenumerator.h"

#include <algorithm>
#include <cmath>

namespace nianbao::extract {

namespace {

constexpr int kExampleCount = 3;

using Piece = ReadingPiece;

bool fitsDomain(double value, ValueType type)
{
    switch (type) {
    case ValueType::Count:
        return value >= 0 && std::floor(value) == value;
    case ValueType::Signed:
        return std::floor(value) == value;
    case ValueType::Money:
        return value >= 0;
    }
    return true;
}

/// Whether a reading satisfies the row's sums; gaps satisfy a sum unless the figures present
/// already exceed it (counts are never negative). Fills `inferred` with gap values a single
/// sum determines.
bool consistent(const RowProblem& problem, const Reading& reading,
                std::vector<std::optional<double>>* inferred)
{
    inferred->assign(reading.size(), std::nullopt);
    for (std::size_t s = 0; s < reading.size(); ++s) {
        if (reading[s].token < 0) {
            continue;
        }
        if (!fitsDomain(reading[s].value, problem.cellTypes[s]) ||
            (reading[s].explicitSign && problem.cellTypes[s] != ValueType::Signed)) {
            return false;
        }
    }
    for (const SlotSum& sum : problem.sums) {
        double parts = 0;
        int gaps = 0;
        int gapSlot = -1;
        for (const int r : sum.rhs) {
            if (reading[r].token < 0) {
                ++gaps;
                gapSlot = r;
            } else {
                parts += reading[r].value;
            }
        }
        const bool lhsGap = reading[sum.lhs].token < 0;
        const double total = reading[sum.lhs].value;
        if (!lhsGap && gaps == 0) {
            if (std::abs(total - parts) > 1e-6) {
                return false;
            }
        } else if (!lhsGap && gaps > 0) {
            if (parts - total > 1e-6) {
                return false;
            }
            if (gaps == 1) {
                (*inferred)[gapSlot] = total - parts;
            }
        } else if (lhsGap && gaps == 0) {
            (*inferred)[sum.lhs] = parts;
        }
    }
    return true;
}

QString describe(const Reading& reading, const std::vector<std::optional<double>>& inferred)
{
    QStringList parts;
    for (std::size_t s = 0; s < reading.size(); ++s) {
        if (reading[s].token >= 0) {
            parts.append(QString::number(reading[s].value, 'g', 15));
        } else if (inferred[s]) {
            parts.append(QStringLiteral("(%1)").arg(QString::number(*inferred[s], 'g', 15)));
        } else {
            parts.append(QStringLiteral("?"));
        }
    }
    return parts.join(QLatin1Char('/'));
}

SlotValue fromToken(const RowProblem& problem, int tokenIndex, const Piece* piece = nullptr)
{
    const ValueToken& token = problem.tokens[tokenIndex];
    SlotValue slot;
    slot.token = tokenIndex;
    if (token.kind == TokenKind::Blank) {
        slot.blank = true;
        slot.confidence = 0.5;
        return slot;
    }
    if (piece && piece->to > piece->from) {
        slot.value = piece->value;
        slot.start = token.start + piece->from;
        slot.end = token.start + piece->to;
    } else {
        slot.value = token.kind == TokenKind::ZeroMark ? 0.0 : token.value;
        slot.start = token.start;
        slot.end = token.end;
    }
    return slot;
}

/// Works out every cell from the kept readings: a figure where all readings put the same one
/// there, a value where they agree on it, nothing otherwise.
void resolveCells(RowSolution& solution, const RowProblem& problem)
{
    const std::vector<Reading>& kept = solution.kept;
    solution.readings = solution.exhausted ? -1 : static_cast<int>(kept.size());
    solution.examples.clear();
    for (std::size_t r = 0; r < kept.size() && r < kExampleCount; ++r) {
        solution.examples.append(describe(kept[r], solution.inferred[r]));
    }
    // Where the row's figures sit, for cells that cannot point at one figure.
    qsizetype rowStart = -1;
    qsizetype rowEnd = -1;
    for (const ValueToken& token : problem.tokens) {
        if (token.isValue()) {
            rowStart = rowStart < 0 ? token.start : std::min(rowStart, token.start);
            rowEnd = std::max(rowEnd, token.end);
        }
    }
    const std::size_t k = problem.cellTypes.size();
    solution.cells.assign(k, SlotValue{});
    for (std::size_t s = 0; s < k; ++s) {
        SlotValue& slot = solution.cells[s];
        slot.start = rowStart;
        slot.end = rowEnd;
        if (kept.empty() || solution.exhausted) {
            slot.confidence = 0.2;
            continue;
        }
        const Piece& first = kept.front()[s];
        const bool samePiece = std::all_of(kept.begin(), kept.end(), [&](const Reading& r) {
            return r[s].token == first.token && r[s].from == first.from && r[s].to == first.to;
        });
        if (samePiece && first.token >= 0) {
            slot = fromToken(problem, first.token, &first);
            slot.confidence = solution.placedConfidence;
            continue;
        }
        // Different readings put different figures here; keep a value only if they agree on it.
        std::optional<double> agreed;
        bool agree = true;
        for (std::size_t r = 0; r < kept.size() && agree; ++r) {
            const std::optional<double> v = kept[r][s].token >= 0
                                                ? std::optional<double>(kept[r][s].value)
                                                : solution.inferred[r][s];
            if (!v || (agreed && std::abs(*agreed - *v) > 1e-9)) {
                agree = false;
            }
            agreed = v;
        }
        if (agree && agreed) {
            slot.value = agreed;
            slot.confidence = 0.4;
        } else {
            slot.confidence = 0.2;
        }
    }
}

} // namespace

bool RowSolution::certain() const
{
    return std::all_of(cells.begin(), cells.end(), [](const SlotValue& s) {
        return s.blank || s.confidence >= kLowConfidence;
    });
}

RowSolution solveRow(const RowProblem& problem)
{
    RowSolution solution;
    const std::size_t k = problem.cellTypes.size();
    std::vector<int> values;
    std::vector<int> all;
    for (int t = 0; t < static_cast<int>(problem.tokens.size()); ++t) {
        all.push_back(t);
        if (problem.tokens[t].isValue()) {
            values.push_back(t);
        }
    }
    auto direct = [&](const std::vector<int>& order) {
        for (std::size_t s = 0; s < k; ++s) {
            solution.cells.push_back(fromToken(problem, order[s]));
        }
        return solution;
    };
    if (values.empty()) {
        solution.reading = RowReading::Empty;
        SlotValue blank;
        blank.blank = true;
        blank.confidence = 0.5;
        solution.cells.assign(k, blank);
        return solution;
    }
    if (all.size() == k && all.size() != values.size()) {
        return direct(all); // visible blanks fill the row exactly
    }
    // A zero mark alone at the start of a line after a complete row is OCR debris ("-" and
    // "=" before the next label, seed 004), not an eighth figure.
    while (values.size() > k && problem.tokens[values.back()].kind == TokenKind::ZeroMark &&
           problem.tokens[values.back()].lineStart) {
        values.pop_back();
    }
    const bool leadingZero = std::any_of(values.begin(), values.end(),
                                         [&](int t) { return problem.tokens[t].leadingZero(); });
    if (values.size() == k) {
        direct(values);
        if (leadingZero) {
            // As many tokens as cells, yet one of them is glued figures: the count is a
            // coincidence and the row is not to be trusted.
            solution.reading = RowReading::Split;
            for (SlotValue& cell : solution.cells) {
                cell.confidence = std::min(cell.confidence, 0.5);
            }
        }
        return solution;
    }

    // The figures do not fit the cells one to one: enumerate the readings.
    std::vector<Reading> readings;
    bool exhausted = false;
    double placedConfidence = 0.6;
    int unconstrained = 0;
    if (values.size() < k) {
        // A digit run long enough to fill several cells is glued text whatever precedes it.
        qsizetype digits = 0;
        bool longRun = false;
        for (const int t : values) {
            digits += problem.tokens[t].digits.size();
            longRun = longRun || problem.tokens[t].digits.size() >= 2;
        }
        const bool runsFillRow =
            longRun && digits >= static_cast<qsizetype>(k) && values.size() * 2 <= k;
        if (problem.gluedText || leadingZero || runsFillRow) {
            ReadingEnumerator splits(problem, values);
            splits.splits();
            exhausted = splits.exhausted();
            unconstrained = static_cast<int>(splits.readings.size());
            readings = std::move(splits.readings);
            solution.reading = RowReading::Split;
            // What the row's own sums (or the digits themselves: a run of zeros splits one way
            // only) settle is certain.
            placedConfidence = 1.0;
            solution.trivial = unconstrained == 1;
        }
        std::vector<std::optional<double>> scratch;
        const bool anyConsistent =
            std::any_of(readings.begin(), readings.end(),
                        [&](const Reading& r) { return consistent(problem, r, &scratch); });
        if (!anyConsistent && !exhausted) { // an enumeration cut short proves nothing
            ReadingEnumerator gaps(problem, values);
            gaps.gaps();
            exhausted = gaps.exhausted();
            readings = std::move(gaps.readings);
            solution.reading = RowReading::Gaps;
            placedConfidence = 0.6;
        }
    } else if (values.size() >= 2 * k) {
        // The figures of several rows after one label: which k of them are its own is not a
        // question of dropping debris (and would take millions of readings to ask).
        exhausted = true;
        solution.reading = RowReading::Extra;
    } else {
        ReadingEnumerator drops(problem, values);
        drops.drops();
        exhausted = drops.exhausted();
        readings = std::move(drops.readings);
        solution.reading = RowReading::Extra;
        placedConfidence = 0.6;
    }

    std::vector<Reading> kept;
    std::vector<std::vector<std::optional<double>>> keptInferred;
    for (const Reading& reading : readings) {
        std::vector<std::optional<double>> inferred;
        if (consistent(problem, reading, &inferred)) {
            kept.push_back(reading);
            keptInferred.push_back(std::move(inferred));
        }
    }
    solution.kept = std::move(kept);
    solution.inferred = std::move(keptInferred);
    solution.placedConfidence = placedConfidence;
    solution.exhausted = exhausted;
    resolveCells(solution, problem);
    return solution;
}

std::vector<std::optional<double>> readingValues(const RowSolution& solution, std::size_t index)
{
    const Reading& reading = solution.kept[index];
    std::vector<std::optional<double>> values(reading.size());
    for (std::size_t s = 0; s < reading.size(); ++s) {
        values[s] = reading[s].token >= 0 ? std::optional<double>(reading[s].value)
                                          : solution.inferred[index][s];
    }
    return values;
}

void keepReadings(RowSolution& solution, const RowProblem& problem, const std::vector<int>& indices,
                  double confidence)
{
    std::vector<Reading> kept;
    std::vector<std::vector<std::optional<double>>> inferred;
    for (const int r : indices) {
        kept.push_back(std::move(solution.kept[r]));
        inferred.push_back(std::move(solution.inferred[r]));
    }
    solution.kept = std::move(kept);
    solution.inferred = std::move(inferred);
    solution.placedConfidence = confidence;
    resolveCells(solution, problem);
}

} // namespace nianbao::extract
