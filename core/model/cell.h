#pragma once

#include "model/span.h"

#include <QString>

#include <optional>

namespace nianbao {

/// One cell of an official table as extracted from a report, tied to where it came from.
struct Cell {
    /// Stable key `table.row.column` of tables.md, e.g. "t3.new.natural".
    QString key;
    /// The number read, or nothing where the report leaves the cell blank or it was not found.
    std::optional<double> value;
    /// The text as printed ("" for a blank cell); "无", "-" etc. are kept here as printed.
    QString raw;
    /// Where `raw` sits in the document text (code points), if anywhere.
    std::optional<Span> span;
    /// How sure the extractor is that `value` belongs to this cell, in [0, 1].
    double confidence = 1.0;

    friend bool operator==(const Cell&, const Cell&) = default;
};

} // namespace nianbao
