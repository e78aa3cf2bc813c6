#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao::synth {

/// One figure as the report prints it.
struct PrintedCell {
    QString key;                 ///< official cell key, or a non-official figure's key
    QString text;                ///< as printed; empty for a blank cell
    std::optional<double> value; ///< what a perfect extractor returns; null when blank
    bool official = true;        ///< false for subtotal rows and columns

    [[nodiscard]] bool blank() const { return text.isEmpty(); }
};

/// One row of a table as printed: a template row, or a group's non-official subtotal row.
struct PrintedRow {
    QString key;    ///< row key in its table ("denied.state_secret", "denied.subtotal")
    QString number; ///< numbering as printed ("（一）", "1."), empty when none
    QString text;   ///< the label after its numbering
    /// Labels of the groups whose first printed line this is, outermost first: the first row
    /// of 三、本年度办理结果 opens that group, the first row of (三)不予公开 opens (三).
    QStringList opens;
    int depth = 0; ///< groups enclosing the row (merged cells to its left)
    QList<PrintedCell> cells;
    bool subtotal = false;

    [[nodiscard]] QString label() const { return number + text; }
    [[nodiscard]] bool blank() const;
};

/// A table-2 item, or the body of table 3 or table 4.
struct PrintedBlock {
    QString label;            ///< 第二十条第（一）项 (table 2), 申请人情况 (table 3)
    QStringList columns;      ///< column labels as printed, in print order
    QStringList columnGroups; ///< the header over each column (法人或其他组织), "" for none
    QList<PrintedRow> rows;
};

/// Table 4's header: 行政复议 over five columns, 行政诉讼 over two groups of five.
struct Table4Heading {
    QString top;
    QStringList subs;
};

/// The three tables of a report, labels and figures as printed.
struct PrintedTables {
    QString itemHeader; ///< 信息内容, the corner of every table-2 item
    QList<PrintedBlock> table2;
    QString table3Note; ///< (本列数据的勾稽关系为：…)
    PrintedBlock table3;
    PrintedBlock table4;
    QList<Table4Heading> table4Headings;

    /// Every printed cell of every table, in print order.
    [[nodiscard]] QList<const PrintedCell*> allCells() const;
};

} // namespace nianbao::synth
