#pragma once

#include <QtGlobal>

namespace nianbao {

/// A half-open range [start, end) of a document's text, counted in Unicode code points
/// (the unit of the CLI contract), not in UTF-16 units.
struct Span {
    qsizetype start = 0;
    qsizetype end = 0;

    [[nodiscard]] qsizetype length() const { return end - start; }
    [[nodiscard]] bool contains(qsizetype position) const
    {
        return position >= start && position < end;
    }
    friend bool operator==(const Span&, const Span&) = default;
};

} // namespace nianbao
