#pragma once

#include "extract/rowsolver.h"

#include <vector>

namespace nianbao::extract {

/// Enumerates the readings of a row whose figures do not fit its cells one to one. Stops
/// after a fixed amount of work: a row with more readings than that is hopelessly ambiguous.
class ReadingEnumerator {
public:
    ReadingEnumerator(const RowProblem& problem, std::vector<int> values);

    /// Readings cutting glued digit runs into several figures (no cell left without one).
    void splits();
    /// Readings leaving some cells without a figure.
    void gaps();
    /// Readings leaving some figures out.
    void drops();

    [[nodiscard]] bool exhausted() const { return m_budget < 0; }
    std::vector<Reading> readings;

private:
    void record();
    ReadingPiece whole(int t) const;
    void splitFrom(std::size_t t, std::size_t cell);
    void gapFrom(std::size_t t, std::size_t cell);
    void dropFrom(std::size_t t, std::size_t cell);

    const RowProblem& m_problem;
    std::vector<int> m_values;
    Reading m_current;
    int m_budget;
};

} // namespace nianbao::extract
