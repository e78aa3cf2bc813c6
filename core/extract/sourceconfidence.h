#pragma once

#include "model/document.h"

#include <vector>

namespace nianbao::extract {

/// How sure a document's source is of the text of its cells read one by one with OCR (a
/// scan's tables, origin "ocr"): the OCR's confidence for each cell, and the other readings
/// it weighed. A figure read there is as sure as its cell, not as unsure as the document's
/// OCR'd prose.
class SourceConfidence {
public:
    explicit SourceConfidence(const Document& document);

    /// The OCR'd cell whose text holds `span`, or null (text the file holds, or prose).
    [[nodiscard]] const SourceCell* ocrCell(Span span) const;

private:
    std::vector<const SourceCell*> m_cells; ///< non-empty OCR'd cells, by span start
};

} // namespace nianbao::extract
