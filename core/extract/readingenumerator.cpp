#include "extract/readingenumerator.h"

#include <algorithm>
#include <functional>

namespace nianbao::extract {

namespace {

/// Enumerating more readings than this means the row is hopelessly ambiguous anyway.
constexpr int kNodeBudget = 200000;

/// The value of digits [from, to) of a plain digit run (no parsing: this runs for every
/// piece of every split).
double digitValue(const QString& digits, qsizetype from, qsizetype to)
{
    double value = 0;
    for (qsizetype i = from; i < to; ++i) {
        value = value * 10 + (digits.at(i).unicode() - u'0');
    }
    return value;
}

/// No figure of a report's tables has more digits than this (counts run to millions, and
/// amounts, which have decimals, are never split). A glued run is only cut into pieces this
/// long at most, so a run of thousands of digits (a hostile or garbled file) is given up at
/// once instead of cut in every possible way, each piece converted digit by digit.
constexpr qsizetype kMaxFigureDigits = 12;

/// Every way of cutting a digit run into `count` figures without leading zeros.
void cutDigits(const QString& digits, int count, qsizetype from, std::vector<qsizetype>& cuts,
               const std::function<bool(const std::vector<qsizetype>&)>& visit, int& budget)
{
    if (--budget < 0) {
        return;
    }
    if (digits.size() - from > count * kMaxFigureDigits) {
        return; // the pieces cannot all be figures
    }
    if (count == 1) {
        const qsizetype length = digits.size() - from;
        if (length < 1 || (length > 1 && digits.at(from) == QLatin1Char('0'))) {
            return;
        }
        cuts.push_back(digits.size());
        visit(cuts);
        cuts.pop_back();
        return;
    }
    const qsizetype maxLength =
        digits.at(from) == QLatin1Char('0')
            ? 1
            : std::min(kMaxFigureDigits, digits.size() - from - (count - 1));
    for (qsizetype length = 1; length <= maxLength; ++length) {
        cuts.push_back(from + length);
        cutDigits(digits, count - 1, from + length, cuts, visit, budget);
        cuts.pop_back();
        if (budget < 0) {
            return;
        }
    }
}

} // namespace

ReadingEnumerator::ReadingEnumerator(const RowProblem& problem, std::vector<int> values)
    : m_problem(problem)
    , m_values(std::move(values))
    , m_budget(kNodeBudget)
{}

void ReadingEnumerator::splits()
{
    splitFrom(0, 0);
}

void ReadingEnumerator::gaps()
{
    gapFrom(0, 0);
}

void ReadingEnumerator::drops()
{
    dropFrom(0, 0);
}

void ReadingEnumerator::record()
{
    readings.push_back(m_current);
}

ReadingPiece ReadingEnumerator::whole(int t) const
{
    const ValueToken& token = m_problem.tokens[m_values[t]];
    return ReadingPiece{m_values[t], 0, 0, token.value, token.explicitSign};
}

void ReadingEnumerator::splitFrom(std::size_t t, std::size_t cell)
{
    if (--m_budget < 0) {
        return;
    }
    const std::size_t cellCount = m_problem.cellTypes.size();
    if (t == m_values.size()) {
        if (cell == cellCount) {
            record();
        }
        return;
    }
    const ValueToken& token = m_problem.tokens[m_values[t]];
    const std::size_t tokensLeft = m_values.size() - t - 1;
    if (cell + 1 + tokensLeft > cellCount) {
        return;
    }
    const int maxPieces =
        token.splittable() ? static_cast<int>(std::min<std::size_t>(token.digits.size(),
                                                                    cellCount - cell - tokensLeft))
                           : 1;
    for (int pieces = 1; pieces <= maxPieces; ++pieces) {
        if (pieces == 1) {
            m_current.push_back(whole(static_cast<int>(t)));
            splitFrom(t + 1, cell + 1);
            m_current.pop_back();
            continue;
        }
        std::vector<qsizetype> cuts;
        cutDigits(
            token.digits, pieces, 0, cuts,
            [&](const std::vector<qsizetype>& ends) {
                qsizetype from = 0;
                // Offsets are into the printed token: past its sign, if any.
                const qsizetype signWidth = token.explicitSign ? 1 : 0;
                const double sign = token.explicitSign && token.value < 0 ? -1.0 : 1.0;
                for (const qsizetype end : ends) {
                    const bool first = from == 0;
                    const double magnitude = digitValue(token.digits, from, end);
                    m_current.push_back(ReadingPiece{
                        m_values[t], first ? 0 : from + signWidth, end + signWidth,
                        first ? sign * magnitude : magnitude, first && token.explicitSign});
                    from = end;
                }
                splitFrom(t + 1, cell + static_cast<std::size_t>(pieces));
                m_current.resize(m_current.size() - ends.size());
                return true;
            },
            m_budget);
        if (m_budget < 0) {
            return;
        }
    }
}

void ReadingEnumerator::gapFrom(std::size_t t, std::size_t cell)
{
    if (--m_budget < 0) {
        return;
    }
    const std::size_t cellCount = m_problem.cellTypes.size();
    if (cell == cellCount) {
        if (t == m_values.size()) {
            record();
        }
        return;
    }
    if (t < m_values.size()) {
        m_current.push_back(whole(static_cast<int>(t)));
        gapFrom(t + 1, cell + 1);
        m_current.pop_back();
    }
    if (cellCount - cell > m_values.size() - t) {
        m_current.push_back(ReadingPiece{});
        gapFrom(t, cell + 1);
        m_current.pop_back();
    }
}

void ReadingEnumerator::dropFrom(std::size_t t, std::size_t cell)
{
    if (--m_budget < 0) {
        return;
    }
    const std::size_t cellCount = m_problem.cellTypes.size();
    if (t == m_values.size()) {
        if (cell == cellCount) {
            record();
        }
        return;
    }
    if (cell < cellCount) {
        m_current.push_back(whole(static_cast<int>(t)));
        dropFrom(t + 1, cell + 1);
        m_current.pop_back();
    }
    if (m_values.size() - t > cellCount - cell) {
        dropFrom(t + 1, cell);
    }
}

} // namespace nianbao::extract
