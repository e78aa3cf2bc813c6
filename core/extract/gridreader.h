#pragma once

#include "extract/gridrows.h"
#include "extract/tablereading.h"

#include <functional>
#include <vector>

namespace nianbao {
struct Document;
class NormalizedText;
} // namespace nianbao

namespace nianbao::extract {

struct TableLabels;

/// Reads the official tables from the grids a document's source keeps (Document::tables):
/// each value by its position, never by splitting or shifting text.
///
/// The contract, for every producer of SourceTables (HTML, Word, Markdown pipe tables,
/// tab-separated text, PDF word geometry, OCR'd scans):
/// - Cells are given at their grid slot (row, column, spans) with the span of Document::text
///   that holds exactly their text; an empty cell is a cell with an empty span where it
///   sits, and reads as a blank position (value null, reported by the completeness rule),
///   never as a missing figure that shifts the row.
/// - Tables come in reading order. One official table may come as several SourceTables (a
///   table continued on the next page, with or without its header repeated; a Markdown
///   table per row or per part): all rows lying in the table's part of the text are read as
///   one table, in order. Rows are assigned to a part by where their first cell sits in the
///   text, so headings inside a table work too.
/// - Rows are found by their labels with the text path's label chain (the template's aliases,
///   numbering, order, approximate matching for OCR), over the cells holding words only. A
///   label may span cells or wrap onto the next row; a vertical label one character a
///   paragraph is one cell and reads like any other.
/// - A row's values are the cells right of its label, in order; where the label stands alone,
///   the figure-only row just below it. The format fixes the columns: a row printing as many
///   cells as the format has columns is read one to one whatever its header says (数据1…,
///   or headers that do not line up with the value cells by index). Empty cells at the ends
///   of a longer row are merged-cell debris and dropped; a short or long row is set by the
///   slots of its table's complete rows, else every placement its sums allow is tried and
///   only what they agree on is certain.
/// - Header cells are hints only: they place a non-official 法人或其他组织 subtotal column.
/// - A cell reads as one figure: sign, thousands separators, decimals, then optionally a
///   unit and a bracketed note (`22（其中修订16件）` is 22, its raw text the whole cell); a
///   zero mark (无, -, —, /, 不适用) is 0. Yuan in a 万元 column is converted and flagged;
///   words where a figure belongs leave the cell empty and flagged.
/// - Tables from tab-separated text (origin "tabs") are trusted only when every row keeps the
///   columns of the table's complete rows; where merged cells collapsed and shifted columns,
///   the table is left to the text path.
/// - A row of a table the grids hold but whose label the grids lack (a row printed as text
///   between two tables, say) is taken from the text path's reading when the text path finds
///   its label outside every grid, at the start of a line (a label quoted in a sentence is
///   not a row); a tab grid must hold its whole table, or the text path reads the table.
/// A table the grids do not hold (no row label found in them) is left to the text path.
class GridReader {
public:
    GridReader(const Document& document, const NormalizedText& normalized);

    /// Whether the document has any source table at all.
    [[nodiscard]] bool isEmpty() const { return m_rows.empty(); }

    /// Reads `table` of `format` from the grid rows lying in `region` of the normalised text;
    /// `fromText` reads it from the text, for rows the grids lack. `found` is false when the
    /// grids do not hold the table.
    /// `headed`: the part's own heading was found, so the region holds this table and no
    /// other (a table 4 headed 数据1…数据15 is then read by position alone).
    [[nodiscard]] TableReading read(const ReportTemplate& format, const TableDef& table,
                                    const TableLabels& labels, TextRegion region, bool headed,
                                    const std::function<TableReading()>& fromText) const;

private:
    /// A grid reading completed with the rows `missing` that the text path finds outside the
    /// grids; the text path's reading when a tab grid lacks any of them.
    [[nodiscard]] TableReading completed(TableReading grid, const QStringList& missing,
                                         bool fromTabs,
                                         const std::function<TableReading()>& fromText) const;
    [[nodiscard]] bool insideGrid(qsizetype position) const;
    [[nodiscard]] bool startsLine(qsizetype position) const;

    [[nodiscard]] TableReading readLabelled(const ReportTemplate& format, const TableDef& table,
                                            const TableLabels& labels,
                                            const std::vector<const GridRow*>& rows,
                                            const std::function<TableReading()>& fromText) const;
    [[nodiscard]] TableReading readFlattened(const ReportTemplate& format, const TableDef& table,
                                             const std::vector<const GridRow*>& rows,
                                             bool headed) const;

    const QString& m_text;
    std::vector<GridRow> m_rows;
    std::vector<bool> m_tabGrid; ///< per source table: its origin is tab-separated text
    /// Per source table, the normalised text its cells cover.
    std::vector<TextRegion> m_tableRegions;
};

} // namespace nianbao::extract
