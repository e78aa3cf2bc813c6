#include "synth/shapetraits.h"

namespace nianbao::synth {

ShapeTraits traitsOf(Shape shape)
{
    switch (shape) {
    case Shape::CellPerLine:
    case Shape::TabRows:
        return {true, true, true, true, true};
    case Shape::Markdown:
        // Rows of OCR'd tables already carry empty junk fields: only a wholly blank row is
        // unmistakable there.
        return {false, true, true, true, true};
    case Shape::Layout:
        // Columns are separated by runs of spaces: a blank is invisible, and a row without
        // figures reads as a wrapped label.
        return {false, false, true, true, true};
    case Shape::Glued:
        // A web page's innerText: figures run into each other, so only digits are recoverable.
        return {false, false, false, false, false};
    case Shape::PdfText:
        // A cell per line: an empty cell prints nothing, a note in a cell may wrap.
        return {false, false, true, true, false, false};
    }
    return {};
}

} // namespace nianbao::synth
