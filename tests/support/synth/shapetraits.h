#pragma once

#include "synth/reportgenerator.h"

namespace nianbao::synth {

/// What a shape can show recoverably. A difficulty is applied only where the reader of that
/// shape could still tell exactly what was printed: a blank cell in glued text, or a blank
/// between columns aligned with spaces, would silently move the cells after it.
struct ShapeTraits {
    bool interiorBlanks = false; ///< an empty field between two figures stays visible
    bool blankRows = false;      ///< a row whose figures are all blank stays visible
    bool zeroMarks = false;      ///< 无, -, —, / for zero
    bool thousands = false;      ///< 1,234
    bool notes = false;          ///< 22（其中修订16件）, units
    /// Non-official subtotal rows and columns: a cell per line shows no column a figure
    /// belongs to, so an extra figure per row could be any cell's.
    bool subtotals = true;
};

ShapeTraits traitsOf(Shape shape);

} // namespace nianbao::synth
