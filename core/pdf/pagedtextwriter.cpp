#include "pdf/pagedtextwriter.h"

namespace nianbao {

namespace {

qsizetype codePointCount(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())) {
            ++count;
        }
    }
    return count;
}

/// A cell's text as one field of its row.
QString singleField(QString text)
{
    for (QChar& character : text) {
        if (character == u'\t' || character == u'\n' || character == u'\r') {
            character = u' ';
        }
    }
    return text;
}

} // namespace

void PagedTextWriter::addPage(int page, const std::vector<LaidOutRow>& rows)
{
    for (const LaidOutRow& row : rows) {
        addRow(page, row);
    }
}

void PagedTextWriter::addRow(int page, const LaidOutRow& row)
{
    for (size_t index = 0; index < row.size(); ++index) {
        if (index > 0) {
            append(QStringLiteral("\t"));
        }
        const QString field = singleField(row[index].text);
        const qsizetype start = m_codePoints;
        append(field);
        m_pageBoxes.push_back(PageBox{page, row[index].box, Span{start, m_codePoints}});
    }
    append(QStringLiteral("\n"));
}

void PagedTextWriter::appendCell(const PdfTableCell& cell)
{
    QString field;
    for (const CellPiece& piece : cell.pieces) {
        const QString text = singleField(piece.text);
        if (text.isEmpty()) {
            continue;
        }
        // Pieces of one cell run on as its lines do (see joinWords).
        const QString joined = joinWords(field, text, true);
        append(joined.mid(field.size(), joined.size() - field.size() - text.size()));
        const qsizetype start = m_codePoints;
        append(text);
        m_pageBoxes.push_back(PageBox{piece.page, piece.box, Span{start, m_codePoints}});
        field = joined;
    }
}

void PagedTextWriter::addTable(const PdfTable& table)
{
    SourceTable source;
    source.origin = table.origin;
    source.rowCount = table.rowCount;
    source.columnCount = table.columnCount();
    source.page = table.firstPage;
    std::vector<const PdfTableCell*> anchored(
        static_cast<size_t>(std::max(0, table.rowCount * table.columnCount())), nullptr);
    for (const PdfTableCell& cell : table.cells) {
        const size_t slot = static_cast<size_t>(cell.row) * source.columnCount + cell.column;
        if (slot < anchored.size()) {
            anchored[slot] = &cell;
        }
    }
    const qsizetype tableStart = m_codePoints;
    qsizetype tableEnd = m_codePoints;
    for (int row = 0; row < table.rowCount; ++row) {
        for (int column = 0; column < source.columnCount; ++column) {
            if (column > 0) {
                append(QStringLiteral("\t"));
            }
            const PdfTableCell* cell =
                anchored[static_cast<size_t>(row) * source.columnCount + column];
            if (!cell) {
                continue; // a slot a merged cell covers
            }
            const qsizetype start = m_codePoints;
            appendCell(*cell);
            source.cells.push_back(SourceCell{cell->row, cell->column, cell->rowSpan,
                                              cell->columnSpan, Span{start, m_codePoints},
                                              cell->confidence, cell->alternatives});
        }
        tableEnd = m_codePoints;
        append(QStringLiteral("\n"));
    }
    source.span = Span{tableStart, tableEnd};
    m_tables.push_back(std::move(source));
}

void PagedTextWriter::append(const QString& text)
{
    m_text += text;
    m_codePoints += codePointCount(text);
}

} // namespace nianbao
