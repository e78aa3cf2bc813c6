#include "documents/blocktextwriter.h"

#include "documents/tablegrid.h"

#include <QCoreApplication>

namespace nianbao {

namespace {

bool isCollapsibleSpace(QChar character)
{
    switch (character.unicode()) {
    case u' ':
    case u'\t':
    case u'\n':
    case u'\r':
    case u'\f':
    case u'\v':
    case 0x00A0: // &nbsp;
        return true;
    default:
        return false;
    }
}

/// A paragraph's lines without the white space at their ends (ideographic spaces that
/// indent Chinese paragraphs included) and without empty lines; empty if it has no text.
QString paragraphBlock(QStringView text)
{
    QStringList lines;
    for (const QStringView line : text.split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            lines.append(trimmed.toString());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString collapseWhiteSpace(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar character : text) {
        if (isCollapsibleSpace(character)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        result.append(character);
    }
    return result;
}

void BlockTextWriter::addParagraph(QStringView text)
{
    QString block = paragraphBlock(text);
    if (!block.isEmpty()) {
        m_blocks.append(std::move(block));
    }
}

void BlockTextWriter::prependParagraph(QStringView text)
{
    QString block = paragraphBlock(text);
    if (!block.isEmpty()) {
        m_blocks.prepend(std::move(block));
        for (WrittenTable& table : m_tables) {
            ++table.block;
        }
    }
}

void BlockTextWriter::addTable(const TableGrid& table)
{
    if (table.isTruncated()) {
        addNotice(
            QCoreApplication::translate(
                "nianbao::DocumentReader",
                "A table of the file is larger than a report's table can be (more than %1 columns "
                "or %2 cells, or a cell placed past its last column): the cells past that were "
                "left out. Check the table against the original.")
                .arg(TableGrid::maxColumns)
                .arg(TableGrid::maxSlots));
    }
    if (table.isBlank()) {
        return;
    }
    const QStringList rows = table.toTabRows();
    // Where each cell's text lands in the block: toTabRows writes a cell's text once, at its
    // top-left slot, in a field of the same length.
    WrittenTable written;
    written.block = m_blocks.size();
    written.table.rowCount = table.rowCount();
    written.table.columnCount = table.columnCount();
    qsizetype rowStart = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        qsizetype fieldStart = rowStart;
        for (int column = 0; column < table.columnCount(); ++column) {
            const qsizetype length = table.text(row, column).size();
            if (table.rowSpanAt(row, column) > 0) {
                SourceCell cell;
                cell.row = row;
                cell.column = column;
                cell.rowSpan = table.rowSpanAt(row, column);
                cell.columnSpan = table.columnSpanAt(row, column);
                cell.span = Span{fieldStart, fieldStart + length};
                written.table.cells.push_back(cell);
            }
            fieldStart += length + 1; // the tab after the field
        }
        rowStart += rows.at(row).size() + 1; // the line break after the row
    }
    m_blocks.append(rows.join(QLatin1Char('\n')));
    written.table.span = Span{0, m_blocks.constLast().size()};
    m_tables.push_back(std::move(written));
    ++m_tableCount;
}

void BlockTextWriter::addNotice(const QString& notice)
{
    if (!m_notices.contains(notice)) {
        m_notices.append(notice);
    }
}

QString BlockTextWriter::text() const
{
    return m_blocks.isEmpty() ? QString() : m_blocks.join(QStringLiteral("\n\n")) + u'\n';
}

std::vector<SourceTable> BlockTextWriter::sourceTables(const QString& origin) const
{
    std::vector<SourceTable> tables;
    if (m_tables.empty()) {
        return tables;
    }
    // UTF-16 offset of each block in text(), then code points: a character outside the BMP
    // before a cell moves its span by one less than its UTF-16 length.
    std::vector<qsizetype> blockStarts;
    qsizetype offset = 0;
    for (const QString& block : m_blocks) {
        blockStarts.push_back(offset);
        offset += block.size() + 2;
    }
    const QString all = text();
    std::vector<qsizetype> pairsBefore(static_cast<std::size_t>(all.size()) + 1, 0);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const bool pairEnd = i > 0 && all.at(i).isLowSurrogate() && all.at(i - 1).isHighSurrogate();
        pairsBefore[static_cast<std::size_t>(i) + 1] =
            pairsBefore[static_cast<std::size_t>(i)] + (pairEnd ? 1 : 0);
    }
    const auto codePoint = [&](qsizetype utf16) {
        return utf16 - pairsBefore[static_cast<std::size_t>(utf16)];
    };
    const auto place = [&](Span span, qsizetype start) {
        return Span{codePoint(start + span.start), codePoint(start + span.end)};
    };
    for (const WrittenTable& written : m_tables) {
        SourceTable table = written.table;
        const qsizetype start = blockStarts[static_cast<std::size_t>(written.block)];
        table.origin = origin;
        table.span = place(table.span, start);
        for (SourceCell& cell : table.cells) {
            cell.span = place(cell.span, start);
        }
        tables.push_back(std::move(table));
    }
    return tables;
}

} // namespace nianbao
