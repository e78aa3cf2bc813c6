#pragma once

#include "common/error.h"
#include "common/localizedtext.h"
#include "templates/chartdef.h"
#include "templates/ruledef.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

/// What a cell may hold (tables.md rule 5).
enum class ValueType {
    Count,  ///< non-negative integer
    Signed, ///< signed integer (2019 table 2 本年增/减)
    Money,  ///< non-negative decimal, up to `decimals` places
};

QString valueTypeCode(ValueType type); ///< "count", "signed", "money"

struct ColumnDef {
    QString key;
    LocalizedText label;
    QStringList aliases;
    ValueType type = ValueType::Count;
    QString unit;
    int decimals = 0;
    /// Header printed above several columns (法人或其他组织), if any.
    LocalizedText group;
};

/// A non-official column some reports add (a 法人或其他组织 subtotal): read and checked as a
/// sum, never an official cell.
struct OptionalColumnDef {
    QString key;
    LocalizedText label;
    QStringList aliases;
    QStringList after; ///< official column keys it may follow
    QStringList sumOf; ///< official column keys it totals
};

struct RowDef {
    QString key;
    LocalizedText label;
    QStringList aliases;
    QString number; ///< printed numbering: "一、", "(一)", "1." (empty when none)
    QString group;  ///< GroupDef key, if the row belongs to one
    /// What a header printing the row's group above it shows for the row (未经复议直接起诉
    /// under 行政诉讼), where the label names the row in full; empty when the label serves.
    LocalizedText heading;
    /// Not part of this template's default cells; read when a report prints it instead
    /// (e.g. the single 2019-style (六)其他处理 row in a 2021 report).
    bool alternative = false;

    /// The row's words under its group's heading: the heading, else the label.
    [[nodiscard]] const LocalizedText& headingUnderGroup() const
    {
        return heading.isEmpty() ? label : heading;
    }
};

/// A labelled group of rows: printed beside them (三、本年度办理结果, (三)不予公开 …), or
/// above their columns in a flattened table (行政诉讼).
struct GroupDef {
    QString key;
    LocalizedText label;
    QStringList aliases;
    QString number;
    QString parent;
    /// A report may print figures on the group's own line: a non-official subtotal.
    bool subtotal = false;
    /// For groups printed either as one row or as detailed rows ((六)其他处理).
    QString collapsedRow;
    QStringList detailedRows;
};

/// Rows sharing one set of columns. Table 2 has one block per 第二十条 item; tables 3 and 4
/// have one block each.
struct BlockDef {
    QString key;
    LocalizedText label;
    QStringList aliases;
    QList<ColumnDef> columns;
    QList<OptionalColumnDef> optionalColumns;
    QList<RowDef> rows;
};

enum class TableLayout {
    Blocks,    ///< table 2: a header line per block, then its rows
    Rows,      ///< table 3: labelled rows
    Flattened, ///< table 4: every row printed in one line of numbers after the header
};

struct TableDef {
    QString key; ///< "t2", "t3", "t4"
    LocalizedText title;
    TableLayout layout = TableLayout::Rows;
    QList<BlockDef> blocks;
    QList<GroupDef> groups;
    /// Column and group words printed above a flattened table's numbers.
    QStringList headerWords;

    [[nodiscard]] const GroupDef* group(QStringView key) const;
};

enum class SectionKind { Narrative, Table };

/// One of the report's six parts and the headings it is printed under.
struct SectionDef {
    QString key;    ///< "overview", "t2", "t3", "t4", "problems", "other_matters"
    QString number; ///< "一" … "六"
    SectionKind kind = SectionKind::Narrative;
    LocalizedText title;
    QStringList aliases;
};

/// One official cell: where it sits in the template and what it may hold.
struct CellDef {
    QString key; ///< "t3.new.natural"
    int table = -1;
    int block = -1;
    int row = -1;
    int column = -1;
    ValueType type = ValueType::Count;
    bool alternative = false; ///< belongs to an alternative row
};

/// An official report format (2021, 2019, …) as described by a data file in resources.
class ReportTemplate {
public:
    QString id;
    LocalizedText name;
    std::optional<int> firstYear;
    std::optional<int> lastYear;
    QList<SectionDef> sections;
    QList<TableDef> tables;
    /// Words the format prints or prescribes besides its titles and labels: the tables' notes
    /// (本列数据的勾稽关系为…), the subsections it asks part 一 to cover. Every report may carry
    /// them, so they never count as copied text.
    QStringList standardText;
    /// The rules of tables.md for this format, read once from its data: the rule engine
    /// compiles them, the extractor settles readings with their sums.
    std::vector<RuleDef> rules;
    /// Why the format's rules could not be read (the format still extracts; validating a
    /// report of it says the rules are unusable).
    std::optional<Error> rulesError;
    /// The charts of one report of this format, and of a body across years.
    std::vector<ChartDef> charts;
    YearsChartDef yearsChart;

    /// Every cell, default and alternative, in template order.
    [[nodiscard]] const QList<CellDef>& cells() const { return m_cells; }
    /// The keys of the default cells (alternative rows left out).
    [[nodiscard]] QStringList defaultCellKeys() const;
    [[nodiscard]] const CellDef* cell(QStringView key) const;
    [[nodiscard]] const TableDef* table(QStringView key) const;
    [[nodiscard]] const SectionDef* section(QStringView key) const;
    [[nodiscard]] const RowDef& row(const CellDef& cell) const;
    [[nodiscard]] const ColumnDef& column(const CellDef& cell) const;
    [[nodiscard]] const BlockDef& block(const CellDef& cell) const;
    /// Whether the template's years include `year` (reports on 2021 and later use 2021).
    [[nodiscard]] bool coversYear(int year) const;

    /// Builds the cell index; called once by the loader after the tables are filled.
    void buildCellIndex();

private:
    QList<CellDef> m_cells;
};

} // namespace nianbao
