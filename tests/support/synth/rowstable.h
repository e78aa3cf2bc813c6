#pragma once

#include "synth/printedtables.h"
#include "synth/reportgenerator.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace nianbao {

struct ColumnDef;
struct GroupDef;
struct RowDef;
struct TableDef;

namespace synth {

class CellSet;
class LabelStyle;
class ValuePrinter;

/// Table 3 as printed: its columns (with a 法人或其他组织 subtotal column where the report adds
/// one), its rows with the groups each opens, and group subtotal rows ((三)不予公开 with
/// figures) where the report prints them. Subtotals are non-official figures: each is the
/// sum it claims to be.
class RowsTablePrinter {
public:
    RowsTablePrinter(const TableDef& table, const CellSet& cells, const TableValues& values,
                     LabelStyle& labels, ValuePrinter& printer, bool subtotals,
                     QRandomGenerator& random);

    PrintedBlock print();

private:
    void chooseColumns();
    void chooseSubtotalGroups();
    /// The group's own line with the sums of its rows.
    PrintedRow subtotalRow(const GroupDef& group, PrintedRow& opener);
    /// Official cells in print order, with the subtotal column's figure where it goes.
    QList<PrintedCell> withExtras(const QString& rowKey, const QList<PrintedCell>& cells);

    const TableDef& m_table;
    const CellSet& m_cells;
    const TableValues& m_values;
    LabelStyle& m_labels;
    ValuePrinter& m_printer;
    bool m_subtotals = false;
    QRandomGenerator& m_random;

    QList<const RowDef*> m_rows;  ///< printed rows, in template order
    QList<ColumnDef> m_columns;   ///< print order, the subtotal column included
    QList<bool> m_official;       ///< per printed column
    QStringList m_subtotalOf;     ///< columns the subtotal column sums
    QStringList m_subtotalGroups; ///< groups printed with figures on their own line
};

} // namespace synth
} // namespace nianbao
