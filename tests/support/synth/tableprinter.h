#pragma once

#include "synth/printedtables.h"
#include "synth/reportgenerator.h"
#include "synth/shapetraits.h"

#include <QRandomGenerator>

namespace nianbao {

class ReportTemplate;
struct BlockDef;
struct ColumnDef;
struct TableDef;

namespace synth {

class CellSet;
class LabelStyle;
class ValuePrinter;

/// Turns figures into printed tables: labels in the report's style, figures in its habits,
/// non-official subtotals and blank cells where the difficulties ask for them and the shape
/// can show them. Which table is which comes from the template's layouts (items, rows,
/// flattened), every label from the template data.
class TablePrinter {
public:
    TablePrinter(const ReportTemplate& format, const CellSet& cells, const TableValues& values,
                 LabelStyle& labels, ValuePrinter& printer, const Difficulties& difficulties,
                 const ShapeTraits& traits, QRandomGenerator& random);

    PrintedTables print();

private:
    PrintedBlock itemBlock(const TableDef& table, const BlockDef& block);
    PrintedBlock flattenedTable(const TableDef& table, QList<Table4Heading>& headings);
    [[nodiscard]] QString balanceNote(const TableDef& table) const;
    void leaveBlanks(PrintedTables& tables);

    const ReportTemplate& m_format;
    const CellSet& m_cells;
    const TableValues& m_values;
    LabelStyle& m_labels;
    ValuePrinter& m_printer;
    Difficulties m_difficulties;
    ShapeTraits m_traits;
    QRandomGenerator& m_random;
};

/// A cell's figure as the report prints it; blank when `values` has none for it.
PrintedCell printFigure(const TableDef& table, const QString& row, const ColumnDef& column,
                        bool leadsBlock, const TableValues& values, ValuePrinter& printer);

} // namespace synth
} // namespace nianbao
