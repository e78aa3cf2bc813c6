#include "extract/compacttext.h"
#include "extract/gridcells.h"
#include "extract/gridfit.h"
#include "extract/gridreader.h"

#include <algorithm>

namespace nianbao::extract {

namespace {

/// The Han characters of a row's word cells.
QString rowWords(const QString& text, const GridRow& row)
{
    QString words;
    for (const GridCell& cell : row.cells) {
        if (cell.isText()) {
            words += CompactText::compact(QStringView(text).mid(cell.start, cell.end - cell.start));
        }
    }
    return words;
}

bool containsAny(const QString& words, const QStringList& aliases)
{
    return std::any_of(aliases.begin(), aliases.end(), [&](const QString& alias) {
        const QString compact = CompactText::compact(alias);
        return !compact.isEmpty() && words.contains(compact);
    });
}

} // namespace

/// Table 4 in a grid: a header of up to three levels, then one row of fifteen cells (or the
/// figures continued on following rows); or, in some reports, a row per group (行政复议,
/// 未经复议直接起诉, 复议后起诉) with its five cells after its label.
TableReading GridReader::readFlattened(const ReportTemplate& format, const TableDef& table,
                                       const std::vector<const GridRow*>& rows) const
{
    TableReading reading;
    const BlockDef& block = table.blocks.front();
    const int columns = static_cast<int>(block.columns.size());
    const int groups = static_cast<int>(block.rows.size());

    QStringList headerWords = table.headerWords;
    for (const ColumnDef& column : block.columns) {
        headerWords += column.aliases;
    }
    int header = -1;
    for (int r = 0; r < static_cast<int>(rows.size()) && header < 0; ++r) {
        if (containsAny(rowWords(m_text, *rows[static_cast<std::size_t>(r)]), headerWords)) {
            header = r;
        }
    }
    if (header < 0) {
        return reading;
    }

    // Where each group's label is printed, and whether figures follow it on its row.
    std::vector<std::vector<const GridCell*>> labelled(static_cast<std::size_t>(groups));
    int labelledGroups = 0;
    for (int g = 0; g < groups; ++g) {
        const RowDef& group = block.rows.at(g);
        bool labelFound = false;
        for (std::size_t r = static_cast<std::size_t>(header); r < rows.size(); ++r) {
            const GridRow& row = *rows[r];
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                const GridCell& cell = row.cells[c];
                if (!cell.isText() || !containsAny(CompactText::compact(QStringView(m_text).mid(
                                                       cell.start, cell.end - cell.start)),
                                                   group.aliases)) {
                    continue;
                }
                if (!labelFound) {
                    reading.labels.push_back(LabelDraft{table.key + QLatin1Char('.') + group.key,
                                                        group.aliases.constFirst(), cell.start,
                                                        cell.end, 0});
                    labelFound = true;
                }
                std::vector<const GridCell*> after;
                for (std::size_t a = c + 1; a < row.cells.size(); ++a) {
                    after.push_back(&row.cells[a]);
                }
                const bool figures = std::any_of(after.begin(), after.end(),
                                                 [](const GridCell* x) { return x->isValue(); });
                if (figures && labelled[static_cast<std::size_t>(g)].empty()) {
                    labelled[static_cast<std::size_t>(g)] = std::move(after);
                    ++labelledGroups;
                }
            }
        }
    }

    std::vector<PositionSum> groupSums;
    for (const ColumnSum& sum : rowSums(format, table, block)) {
        groupSums.push_back(PositionSum{sum.lhs, sum.rhs});
    }
    QList<ColumnDef> rowColumns;
    for (const ColumnDef& column : block.columns) {
        rowColumns.append(column);
    }
    const auto keysOf = [&](int g) {
        QStringList keys;
        for (const ColumnDef& column : block.columns) {
            keys.append(table.key + QLatin1Char('.') + block.rows.at(g).key + QLatin1Char('.') +
                        column.key);
        }
        return keys;
    };

    if (labelledGroups == groups) {
        reading.found = true;
        for (int g = 0; g < groups; ++g) {
            const FittedRow fitted =
                fitRow(labelled[static_cast<std::size_t>(g)], columns, nullptr, groupSums);
            writeGridRow(m_text, block.rows.at(g).label, keysOf(g), rowColumns, fitted, 1.0,
                         reading);
        }
        return reading;
    }

    // The figure rows below the header: rows without words, in order.
    std::vector<const GridCell*> offered;
    for (std::size_t r = static_cast<std::size_t>(header) + 1; r < rows.size(); ++r) {
        const GridRow& row = *rows[r];
        if (row.hasText()) {
            if (!offered.empty() && !containsAny(rowWords(m_text, row), headerWords)) {
                break; // words after the figures: the table has ended
            }
            continue; // a header level, or the header repeated on the next page
        }
        for (const GridCell& cell : row.cells) {
            offered.push_back(&cell);
        }
    }
    if (offered.empty()) {
        return reading;
    }
    reading.found = true;
    std::vector<PositionSum> sums;
    QStringList keys;
    QList<ColumnDef> allColumns;
    for (int g = 0; g < groups; ++g) {
        for (const PositionSum& sum : groupSums) {
            PositionSum shifted{g * columns + sum.lhs, {}};
            for (const int part : sum.rhs) {
                shifted.rhs.push_back(g * columns + part);
            }
            sums.push_back(shifted);
        }
        keys += keysOf(g);
        allColumns += rowColumns;
    }
    const FittedRow fitted = fitRow(offered, groups * columns, nullptr, sums);
    writeGridRow(m_text, table.title, keys, allColumns, fitted, 1.0, reading);
    return reading;
}

} // namespace nianbao::extract
