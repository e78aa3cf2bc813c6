#pragma once

#include "extract/rowsegments.h"
#include "templates/reporttemplate.h"

#include <vector>

namespace nianbao::extract {

/// A non-official column a report adds (a 法人或其他组织 subtotal) and where it is printed.
struct SubtotalColumn {
    const OptionalColumnDef* column = nullptr;
    int position = -1; ///< index among the printed figures of a row

    [[nodiscard]] bool present() const { return column != nullptr; }
};

/// Finds an optional column when most rows print one figure more than the block has columns.
/// It sits where the table's header prints it (its label after a column's label in `header`,
/// the text above the first row); without a header, where the extra figure most often equals
/// the sum it claims to be.
SubtotalColumn detectSubtotalColumn(const BlockDef& block, const std::vector<RangeContent>& rows,
                                    QStringView header);

} // namespace nianbao::extract
