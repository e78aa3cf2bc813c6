#include "documents/htmlcontent.h"

#include "documents/blocktextwriter.h"
#include "documents/htmlnodes.h"
#include "documents/tablegrid.h"

#include <vector>

namespace nianbao {

namespace {

using html::isElement;

/// Stands for <br> while text is gathered: source line breaks are white space in HTML and
/// collapse, a <br> does not.
constexpr QChar lineBreakMark = QChar(0x2028);

/// Longer than any label or figure: a cell holding this much text is part of a page layout,
/// not of a data table.
constexpr qsizetype maxDataCellLength = 400;

/// The rows of a table in order, through <thead>, <tbody> and <tfoot>.
std::vector<const xmlNode*> tableRows(const xmlNode* table)
{
    std::vector<const xmlNode*> rows;
    for (const xmlNode* child = table->children; child; child = child->next) {
        if (isElement(child, "tr")) {
            rows.push_back(child);
        } else if (isElement(child, "thead") || isElement(child, "tbody") ||
                   isElement(child, "tfoot")) {
            for (const xmlNode* row = child->children; row; row = row->next) {
                if (isElement(row, "tr")) {
                    rows.push_back(row);
                }
            }
        }
    }
    return rows;
}

bool isCell(const xmlNode* node)
{
    return isElement(node, "td") || isElement(node, "th");
}

/// A span attribute as HTML reads it: the digits it starts with; 1 when there are none.
int spanAttribute(const xmlNode* cell, const char* name, int valueForZero)
{
    const QByteArray value = html::attribute(cell, name).trimmed();
    qsizetype digits = 0;
    while (digits < value.size() && value[digits] >= '0' && value[digits] <= '9') {
        ++digits;
    }
    bool ok = false;
    const int span = value.first(std::min<qsizetype>(digits, 9)).toInt(&ok);
    if (!ok) {
        return 1;
    }
    return span == 0 ? valueForZero : span;
}

class HtmlContentWriter {
public:
    explicit HtmlContentWriter(BlockTextWriter& writer)
        : m_writer(writer)
    {}

    void visit(const xmlNode* node, int depth)
    {
        if (depth > html::maxDepth) {
            // Too deep to walk: the subtree's text as lines of the current paragraph.
            m_paragraph += html::flatText(node, QStringView(&lineBreakMark, 1));
            return;
        }
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            m_paragraph += html::textContent(node);
            return;
        }
        if (node->type != XML_ELEMENT_NODE || html::isIgnored(node)) {
            return;
        }
        if (isElement(node, "br")) {
            m_paragraph += lineBreakMark;
            return;
        }
        if (isElement(node, "table")) {
            flush();
            writeTable(node, depth);
            return;
        }
        const bool block = html::breaksLine(node);
        if (block) {
            flush();
        }
        for (const xmlNode* child = node->children; child; child = child->next) {
            visit(child, depth + 1);
        }
        if (block) {
            flush();
        }
    }

    void flush()
    {
        if (m_paragraph.isEmpty()) {
            return;
        }
        QStringList lines;
        for (const QStringView line : QStringView(m_paragraph).split(lineBreakMark)) {
            lines.append(collapseWhiteSpace(line));
        }
        m_writer.addParagraph(lines.join(QLatin1Char('\n')));
        m_paragraph.clear();
    }

private:
    void writeTable(const xmlNode* table, int depth)
    {
        const std::vector<const xmlNode*> rows = tableRows(table);
        TableGrid grid;
        bool layout = html::findDescendant(table, "table") != nullptr;
        for (size_t index = 0; index < rows.size() && !layout; ++index) {
            grid.beginRow();
            const int rowsLeft = static_cast<int>(rows.size() - index);
            for (const xmlNode* cell = rows[index]->children; cell; cell = cell->next) {
                if (!isCell(cell)) {
                    continue;
                }
                const QString text = cellText(cell);
                if (text.size() > maxDataCellLength) {
                    layout = true;
                    break;
                }
                // rowspan="0" reaches to the end of the table; colspan="0" means 1.
                grid.addCell(text, spanAttribute(cell, "rowspan", rowsLeft),
                             spanAttribute(cell, "colspan", 1));
            }
        }
        if (layout || grid.columnCount() <= 1) {
            writeLayoutTable(table, rows, depth);
            return;
        }
        writeCaption(table, depth);
        m_writer.addTable(grid);
    }

    void writeCaption(const xmlNode* table, int depth)
    {
        for (const xmlNode* child = table->children; child; child = child->next) {
            if (isElement(child, "caption")) {
                visit(child, depth + 1);
            }
        }
    }

    /// A table that lays out the page: its cells' content is ordinary flow.
    void writeLayoutTable(const xmlNode* table, const std::vector<const xmlNode*>& rows, int depth)
    {
        writeCaption(table, depth);
        for (const xmlNode* row : rows) {
            for (const xmlNode* cell = row->children; cell; cell = cell->next) {
                if (isCell(cell)) {
                    visit(cell, depth + 2);
                }
            }
        }
        flush();
    }

    /// A cell's text on one line: its paragraphs and line breaks joined by spaces.
    static QString cellText(const xmlNode* cell)
    {
        QString text;
        gatherCellText(cell, text, 0);
        return collapseWhiteSpace(text);
    }

    static void gatherCellText(const xmlNode* node, QString& text, int depth)
    {
        if (depth > html::maxDepth) {
            text += html::flatText(node, u" ");
            return;
        }
        for (const xmlNode* child = node->children; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                text += html::textContent(child);
            } else if (child->type == XML_ELEMENT_NODE && !html::isIgnored(child)) {
                const bool block = html::breaksLine(child);
                if (block) {
                    text += QLatin1Char(' ');
                }
                gatherCellText(child, text, depth + 1);
                if (block) {
                    text += QLatin1Char(' ');
                }
            }
        }
    }

    BlockTextWriter& m_writer;
    QString m_paragraph;
};

} // namespace

void writeHtmlContent(const xmlNode* element, BlockTextWriter& writer)
{
    if (!element) {
        return;
    }
    HtmlContentWriter contentWriter(writer);
    contentWriter.visit(element, 0);
    contentWriter.flush();
}

} // namespace nianbao
