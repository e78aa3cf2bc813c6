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
    m_blocks.append(table.toTabRows().join(QLatin1Char('\n')));
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

} // namespace nianbao
