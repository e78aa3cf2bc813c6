#pragma once

#include "model/document.h"
#include "pdf/pagelayout.h"
#include "pdf/pdftable.h"

#include <QString>

#include <vector>

namespace nianbao {

/// Writes a paged document's text with its provenance: rows of text as lines (cells
/// separated by tabs, so that a table row the page does not rule reads like the TabRows
/// shape), and tables as the other readers write them — one line per row of the table's
/// grid, a tab between slots, a merged cell's text at its top-left slot — each with its
/// SourceTable; for every cell, the span of its text (in code points) with its page and box.
class PagedTextWriter {
public:
    void addPage(int page, const std::vector<LaidOutRow>& rows);
    void addRow(int page, const LaidOutRow& row);
    void addTable(const PdfTable& table);

    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] const std::vector<PageBox>& pageBoxes() const { return m_pageBoxes; }
    std::vector<PageBox> takePageBoxes() { return std::move(m_pageBoxes); }
    std::vector<SourceTable> takeTables() { return std::move(m_tables); }

private:
    void append(const QString& text);
    /// Writes a table cell's pieces as one field, each piece's span with its page and box.
    void appendCell(const PdfTableCell& cell);

    QString m_text;
    qsizetype m_codePoints = 0;
    std::vector<PageBox> m_pageBoxes;
    std::vector<SourceTable> m_tables;
};

} // namespace nianbao
