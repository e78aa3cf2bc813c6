#pragma once

#include "model/sourcetable.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace nianbao {

class TableGrid;

/// Writes a document's content as the plain text the extractor reads, the same for every
/// format: each paragraph on a line of its own, each table as tab-separated rows (merged
/// cells written once, at their top-left slot), and an empty line between blocks, as in the
/// seed reports. It remembers where every table cell lands in that text, so that a reader can
/// hand the extractor its tables as grids (Document::tables) as well as text.
class BlockTextWriter {
public:
    /// Adds a paragraph; one without visible text is skipped. Line breaks inside it start new
    /// lines of the same block.
    void addParagraph(QStringView text);
    /// Puts a paragraph before everything written so far.
    void prependParagraph(QStringView text);
    /// Adds a table's rows; a table without any text is skipped. A table whose cells passed
    /// the grid's limits (TableGrid::isTruncated) adds a notice saying so.
    void addTable(const TableGrid& table);
    /// Something the reader noticed that the user should know (Document::notices); the same
    /// notice is kept once.
    void addNotice(const QString& notice);
    [[nodiscard]] const QStringList& notices() const { return m_notices; }

    [[nodiscard]] int tableCount() const { return m_tableCount; }
    [[nodiscard]] bool isEmpty() const { return m_blocks.isEmpty(); }
    [[nodiscard]] QString text() const;

    /// The tables added, in order, as grids whose cells' spans point into text() (code
    /// points); `origin` names the source ("html", "docx").
    [[nodiscard]] std::vector<SourceTable> sourceTables(const QString& origin) const;

private:
    /// A table added: the block that holds its rows, and its cells with UTF-16 spans
    /// relative to the start of that block.
    struct WrittenTable {
        qsizetype block = 0;
        SourceTable table;
    };

    QStringList m_blocks;
    QStringList m_notices;
    std::vector<WrittenTable> m_tables;
    int m_tableCount = 0;
};

/// Runs of white space (spaces, tabs, line breaks, no-break spaces) as one space, trimmed at
/// both ends: how HTML renders text, and how a cell's lines become one field.
QString collapseWhiteSpace(QStringView text);

} // namespace nianbao
