#include "documents/docxbody.h"

#include "documents/blocktextwriter.h"
#include "documents/tablegrid.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>

namespace nianbao {

namespace {

constexpr QLatin1StringView
    wordNamespace("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
/// ISO 29500 strict documents name WordprocessingML differently.
constexpr QLatin1StringView strictWordNamespace("http://purl.oclc.org/ooxml/wordprocessingml/main");
constexpr QLatin1StringView
    compatibilityNamespace("http://schemas.openxmlformats.org/markup-compatibility/2006");

/// Tables in cells and text boxes in paragraphs nest; past this depth a hostile file's
/// nesting is skipped rather than followed down the stack.
constexpr int maxNesting = 32;

class DocxBodyReader {
public:
    DocxBodyReader(const QByteArray& xml, BlockTextWriter& writer)
        : m_xml(xml)
        , m_writer(writer)
    {}

    Result<void> read()
    {
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() == QXmlStreamReader::StartElement && isWord(u"body")) {
                readBlocks(m_writer);
            }
        }
        if (m_xml.hasError()) {
            return fail(ErrorCode::Corrupt,
                        QCoreApplication::translate("nianbao::DocxBody",
                                                    "the Word document's text is damaged (%1 "
                                                    "at line %2)")
                            .arg(m_xml.errorString())
                            .arg(m_xml.lineNumber()));
        }
        return {};
    }

private:
    [[nodiscard]] bool isWord(QStringView localName) const
    {
        const QStringView ns = m_xml.namespaceUri();
        return m_xml.name() == localName && (ns == wordNamespace || ns == strictWordNamespace);
    }

    /// Paragraphs and tables until the end of the element the reader is in (the body, a
    /// content control, a text box).
    void readBlocks(BlockTextWriter& writer)
    {
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                --depth;
            } else if (token == QXmlStreamReader::StartElement) {
                if (isWord(u"p")) {
                    writer.addParagraph(readParagraph(false));
                } else if (isWord(u"tbl")) {
                    writer.addTable(readTable());
                } else if (isSkipped()) {
                    m_xml.skipCurrentElement();
                } else {
                    ++depth; // a container (w:sdt, w:sdtContent, w:customXml): read inside it
                }
            }
        }
    }

    /// Elements whose content is not the document's text: deleted or moved-away text,
    /// field codes, property sets, and the fallback copy of a drawing (its text box is read
    /// once, from the preferred choice).
    [[nodiscard]] bool isSkipped() const
    {
        if (m_xml.namespaceUri() == compatibilityNamespace) {
            return m_xml.name() == u"Fallback";
        }
        return isWord(u"del") || isWord(u"moveFrom") || isWord(u"instrText") ||
               isWord(u"delText") || isWord(u"delInstrText") || isWord(u"pPr") || isWord(u"rPr") ||
               isWord(u"tblPr") || isWord(u"sectPr") || isWord(u"footnoteReference") ||
               isWord(u"commentReference");
    }

    /// A paragraph's text. In a table cell, tabs and breaks become spaces: the cell is one
    /// field of a tab-separated row.
    QString readParagraph(bool inCell)
    {
        QString text;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                --depth;
                continue;
            }
            if (token != QXmlStreamReader::StartElement) {
                continue;
            }
            if (isWord(u"t")) {
                text += m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (isSkipped()) {
                m_xml.skipCurrentElement();
            } else if (isWord(u"tab") || isWord(u"ptab")) {
                text += inCell ? QLatin1Char(' ') : QLatin1Char('\t');
                m_xml.skipCurrentElement();
            } else if (isWord(u"br") || isWord(u"cr")) {
                text += inCell ? QLatin1Char(' ') : QLatin1Char('\n');
                m_xml.skipCurrentElement();
            } else if (isWord(u"noBreakHyphen")) {
                text += QLatin1Char('-');
                m_xml.skipCurrentElement();
            } else if (isWord(u"txbxContent")) {
                readTextBox(text, inCell);
            } else {
                ++depth; // runs, hyperlinks, insertions, fields, smart tags: read inside
            }
        }
        return text;
    }

    /// A text box anchored in a paragraph. In a cell its text joins the cell; elsewhere its
    /// paragraphs are blocks of their own.
    void readTextBox(QString& cellText, bool inCell)
    {
        const NestingGuard guard(m_nesting);
        if (m_nesting > maxNesting) {
            m_xml.skipCurrentElement();
            return;
        }
        if (!inCell) {
            readBlocks(m_writer);
            return;
        }
        BlockTextWriter inner;
        readBlocks(inner);
        for (const QString& notice : inner.notices()) {
            m_writer.addNotice(notice);
        }
        cellText += QLatin1Char(' ') + inner.text() + QLatin1Char(' ');
    }

    /// The properties of a table cell that place it.
    struct CellPlacement {
        int columnSpan = 1;
        bool continuesAbove = false;
    };

    CellPlacement readCellProperties()
    {
        CellPlacement placement;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                --depth;
            } else if (token == QXmlStreamReader::StartElement) {
                if (isWord(u"gridSpan")) {
                    // Clamped here, not only by the grid: the row's column is a running sum.
                    placement.columnSpan =
                        std::clamp(wordValue().toInt(), 1, int(TableGrid::maxSpan));
                } else if (isWord(u"vMerge")) {
                    // <w:vMerge/> and w:val="continue" continue the cell above.
                    placement.continuesAbove = wordValue() != u"restart";
                }
                m_xml.skipCurrentElement();
            }
        }
        return placement;
    }

    [[nodiscard]] QString wordValue() const
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        QStringView value = attributes.value(wordNamespace, QLatin1StringView("val"));
        if (value.isEmpty()) {
            value = attributes.value(strictWordNamespace, QLatin1StringView("val"));
        }
        return value.toString();
    }

    TableGrid readTable()
    {
        TableGrid grid;
        int depth = 1;
        int column = 0;
        while (depth > 0 && !m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                --depth;
            } else if (token == QXmlStreamReader::StartElement) {
                if (isWord(u"tr")) {
                    grid.beginRow();
                    column = 0;
                    ++depth;
                } else if (isWord(u"gridBefore")) {
                    column = skipColumns(column, wordValue().toInt());
                    m_xml.skipCurrentElement();
                } else if (isWord(u"tc")) {
                    column = std::min(column + readCell(grid, column), int(TableGrid::maxColumns));
                } else if (isWord(u"tblGrid") || isSkipped()) {
                    m_xml.skipCurrentElement();
                } else {
                    ++depth; // w:trPr, w:sdt around rows or cells, w:customXml
                }
            }
        }
        return grid;
    }

    /// The column a row's first cell takes after w:gridBefore skipped `skipped` columns. A
    /// row cannot skip past the grid's last column: a value that would (a damaged or hostile
    /// file, up to 2^31) is ignored, with a notice, so the row's cells stay in the table.
    int skipColumns(int column, int skipped)
    {
        if (skipped <= 0) {
            return column;
        }
        if (skipped >= TableGrid::maxColumns - column) {
            m_writer.addNotice(
                QCoreApplication::translate(
                    "nianbao::DocxBody",
                    "A table row of the Word document skips %1 columns (w:gridBefore), more than a "
                    "table has: its cells were placed from the row's start. Check the row against "
                    "the original.")
                    .arg(skipped));
            return column;
        }
        return column + skipped;
    }

    /// Reads one w:tc into the grid at `column`; returns the columns it takes.
    int readCell(TableGrid& grid, int column)
    {
        CellPlacement placement;
        QStringList paragraphs;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                --depth;
            } else if (token == QXmlStreamReader::StartElement) {
                if (isWord(u"tcPr")) {
                    placement = readCellProperties();
                } else if (isWord(u"p")) {
                    paragraphs.append(readParagraph(true));
                } else if (isWord(u"tbl")) {
                    paragraphs.append(nestedTableText());
                } else if (isSkipped()) {
                    m_xml.skipCurrentElement();
                } else {
                    ++depth;
                }
            }
        }
        if (placement.continuesAbove) {
            grid.continueCellAbove(column, placement.columnSpan);
        } else {
            grid.placeCell(column, collapseWhiteSpace(paragraphs.join(QLatin1Char(' '))),
                           placement.columnSpan);
        }
        return placement.columnSpan;
    }

    /// A table inside a cell, as the cell's text: its cells' text in reading order.
    QString nestedTableText()
    {
        const NestingGuard guard(m_nesting);
        if (m_nesting > maxNesting) {
            m_xml.skipCurrentElement();
            return {};
        }
        const TableGrid nested = readTable();
        QStringList texts;
        for (int row = 0; row < nested.rowCount(); ++row) {
            for (int column = 0; column < nested.columnCount(); ++column) {
                const QString text = nested.text(row, column);
                if (!text.isEmpty()) {
                    texts.append(text);
                }
            }
        }
        return texts.join(QLatin1Char(' '));
    }

    /// Counts one level of nesting for as long as it lives.
    class NestingGuard {
    public:
        explicit NestingGuard(int& nesting)
            : m_nesting(nesting)
        {
            ++m_nesting;
        }
        ~NestingGuard() { --m_nesting; }
        NestingGuard(const NestingGuard&) = delete;
        NestingGuard& operator=(const NestingGuard&) = delete;

    private:
        int& m_nesting;
    };

    QXmlStreamReader m_xml;
    BlockTextWriter& m_writer;
    int m_nesting = 0;
};

} // namespace

Result<void> writeDocxBody(const QByteArray& documentXml, BlockTextWriter& writer)
{
    return DocxBodyReader(documentXml, writer).read();
}

} // namespace nianbao
