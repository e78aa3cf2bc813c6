#pragma once

#include "synth/reportgenerator.h"

#include <QRandomGenerator>

namespace nianbao {

class ReportTemplate;
struct TableDef;

namespace synth {

class CellSet;
struct BodyProfile;

/// Figures of one report that satisfy every hard rule of its format. Tables with sum rules
/// (tables 3 and 4) are filled from the rules in the template data; a table without them
/// (table 2) gets figures that respect their domains and each other (in_force ≥ issued …).
class ValueGenerator {
public:
    ValueGenerator(const ReportTemplate& format, const CellSet& cells, QRandomGenerator& random);

    /// One year of a body. `previous` is the same body's year before, if generated: requests
    /// it carried forward are this year's carried over, its stocks (documents in force,
    /// items) continue.
    TableValues generate(const BodyProfile& profile, const TableValues* previous = nullptr);

private:
    const ReportTemplate& m_format;
    const CellSet& m_cells;
    QRandomGenerator& m_random;
};

/// Table 2 (no sums): figures that look like a body's proactive disclosure (table2values.cpp).
void fillFreeTable(const TableDef& table, const CellSet& cells, const BodyProfile& profile,
                   const TableValues* previous, QRandomGenerator& random, TableValues& values);

/// A non-negative amount with at most `maxDecimals` places, exactly as it will be printed.
double randomMoney(QRandomGenerator& random, double mean, int maxDecimals);

} // namespace synth
} // namespace nianbao
