#pragma once

#include "synth/printedtables.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace nianbao::synth {

struct ReportPlan;

/// What a cell of a laid-out table holds.
enum class LaidRole {
    Label,  ///< a row or group label
    Header, ///< a column or group header word
    Figure, ///< a printed figure (official or not), possibly blank
    Filler, ///< an empty cell of the layout (a merged cell split by a converter)
};

/// A cell of a table as an author draws it in a structured file.
struct LaidCell {
    /// Its paragraphs: one for most cells, one per character for a vertical label, a header
    /// broken over lines.
    QStringList lines;
    int rowSpan = 1;
    int columnSpan = 1;
    LaidRole role = LaidRole::Label;
    /// For a figure: the cell it prints (key, text as printed, value).
    PrintedCell figure;

    [[nodiscard]] QString text() const { return lines.join(QString()); }
    [[nodiscard]] bool isEmpty() const { return text().isEmpty(); }
};

using LaidRow = QList<LaidCell>;

struct LaidTable {
    QList<LaidRow> rows;
    /// Number of grid columns, once rows and spans are placed.
    [[nodiscard]] int columnCount() const;
};

/// A paragraph (with a heading level for shapes that mark headings) or a table.
struct LaidBlock {
    QString paragraph;
    int headingLevel = 0; ///< 0: body text; 1…: a part heading, or a heading above a table
    LaidTable table;
    [[nodiscard]] bool isTable() const { return !table.rows.isEmpty(); }
};

/// The habits of one author laying out the tables; chosen once per report.
struct TableHabits {
    bool verticalResultsLabel = true; ///< 三、本年度办理结果 one character per line
    bool groupColumns = true;         ///< table 3's group labels in columns of their own
    bool genericHeaders = false;      ///< 数据1… instead of the column words
    bool irregularSpans = false;      ///< value cells of varying widths, headers out of line
    int splitTable3At = -1;           ///< table 3 continued in a second table from this row
    bool repeatHeader = false;        ///< the continued table repeats the header
    bool table2PerItem = false;       ///< a table per 第二十条 item
    bool table4ByGroup = false;       ///< table 4 as a row per group under five column words
    bool brokenHeaders = false;       ///< header words broken over two lines (or spans)
    bool brokenLabels = false;        ///< long row labels broken over two lines, as 008.html

    static TableHabits random(QRandomGenerator& random);
};

/// The report as blocks: title, headings, paragraphs and the three tables drawn with `habits`.
QList<LaidBlock> layOutReport(const ReportPlan& plan, const TableHabits& habits);

/// Places a table's cells on its grid (HTML placement): for each row, the column each cell
/// starts at.
QList<QList<int>> placeColumns(const LaidTable& table);

} // namespace nianbao::synth
