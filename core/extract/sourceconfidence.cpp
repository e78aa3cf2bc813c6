#include "extract/sourceconfidence.h"

#include <algorithm>

namespace nianbao::extract {

SourceConfidence::SourceConfidence(const Document& document)
{
    for (const SourceTable& table : document.tables) {
        if (table.origin != QLatin1String("ocr")) {
            continue;
        }
        for (const SourceCell& cell : table.cells) {
            if (cell.span.length() > 0) {
                m_cells.push_back(&cell);
            }
        }
    }
    std::sort(m_cells.begin(), m_cells.end(), [](const SourceCell* a, const SourceCell* b) {
        return a->span.start < b->span.start;
    });
}

const SourceCell* SourceConfidence::ocrCell(Span span) const
{
    // The last cell starting at or before the span, if it reaches over it.
    const auto after = std::upper_bound(
        m_cells.begin(), m_cells.end(), span.start,
        [](qsizetype start, const SourceCell* cell) { return start < cell->span.start; });
    if (after == m_cells.begin()) {
        return nullptr;
    }
    const SourceCell* cell = *std::prev(after);
    return span.start >= cell->span.start && span.end <= cell->span.end ? cell : nullptr;
}

} // namespace nianbao::extract
