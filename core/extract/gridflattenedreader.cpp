#include "extract/compacttext.h"
#include "extract/gridcells.h"
#include "extract/gridfit.h"
#include "extract/gridreader.h"
#include "model/cellkey.h"

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

/// The header words only this table prints: its words that no label of the format's other
/// tables holds ("总计", "其他" and "结果" do not tell table 4 from table 3).
QStringList ownHeaderWords(const ReportTemplate& format, const TableDef& table)
{
    QStringList others;
    for (const TableDef& other : format.tables) {
        if (other.key == table.key) {
            continue;
        }
        for (const BlockDef& block : other.blocks) {
            others += block.aliases;
            for (const ColumnDef& column : block.columns) {
                others += column.aliases;
            }
            for (const RowDef& row : block.rows) {
                others += row.aliases;
            }
        }
        for (const GroupDef& group : other.groups) {
            others += group.aliases;
        }
    }
    // The other tables' labels compacted into one text, a non-Han separator between them
    // (compacted words hold only Han characters, so none matches across two labels): one
    // search per word instead of one per word and label.
    QString otherLabels;
    for (const QString& label : std::as_const(others)) {
        otherLabels += CompactText::compact(label);
        otherLabels += QLatin1Char('\n');
    }
    QStringList words = table.headerWords;
    for (const BlockDef& block : table.blocks) {
        for (const ColumnDef& column : block.columns) {
            words += column.aliases;
        }
    }
    QStringList own;
    for (const QString& word : words) {
        const QString compact = CompactText::compact(word);
        const bool shared = otherLabels.contains(compact);
        if (!compact.isEmpty() && !shared && !own.contains(compact)) {
            own.append(compact);
        }
    }
    return own;
}

} // namespace

/// Table 4 in a grid: a header of up to three levels, then one row of fifteen cells (or the
/// figures continued on following rows); or, in some reports, a row per group (行政复议,
/// 未经复议直接起诉, 复议后起诉) with its five cells after its label.
TableReading GridReader::readFlattened(const ReportTemplate& format, const TableDef& table,
                                       const std::vector<const GridRow*>& rows, bool headed) const
{
    TableReading reading;
    const BlockDef& block = table.blocks.front();
    const int columns = static_cast<int>(block.columns.size());
    const int groups = static_cast<int>(block.rows.size());

    const QStringList headerWords = ownHeaderWords(format, table);
    int header = -1;
    for (int r = 0; r < static_cast<int>(rows.size()) && header < 0; ++r) {
        if (containsAny(rowWords(m_text, *rows[static_cast<std::size_t>(r)]), headerWords)) {
            header = r;
        }
    }
    if (header < 0 && !headed) {
        return reading; // no header, no heading: nothing says this is table 4
    }

    // Where each group's label is printed, and whether figures follow it on its row.
    std::vector<std::vector<const GridCell*>> labelled(static_cast<std::size_t>(groups));
    int labelledGroups = 0;
    for (int g = 0; g < groups; ++g) {
        const RowDef& group = block.rows.at(g);
        bool labelFound = false;
        for (std::size_t r = static_cast<std::size_t>(std::max(header, 0)); r < rows.size(); ++r) {
            const GridRow& row = *rows[r];
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                const GridCell& cell = row.cells[c];
                if (!cell.isText() || !containsAny(CompactText::compact(QStringView(m_text).mid(
                                                       cell.start, cell.end - cell.start)),
                                                   group.aliases)) {
                    continue;
                }
                if (!labelFound) {
                    reading.labels.push_back(LabelDraft{rowKey(table.key, group.key),
                                                        group.aliases.constFirst(), cell.start,
                                                        cell.end, 0});
                    labelFound = true;
                }
                std::vector<const GridCell*> after;
                for (std::size_t a = c + 1; a < row.cells.size(); ++a) {
                    after.push_back(&row.cells[a]);
                }
                bool figures = std::any_of(after.begin(), after.end(),
                                           [](const GridCell* x) { return x->isValue(); });
                if (!figures && after.empty()) {
                    // The group's figures on a row of their own below its label.
                    const int below =
                        figureRowBelow(rows, int(r), int(rows.size()), columns, columns);
                    if (below >= 0) {
                        for (const GridCell& x : rows[static_cast<std::size_t>(below)]->cells) {
                            after.push_back(&x);
                        }
                        figures = true;
                    }
                }
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
            keys.append(cellKey(table.key, block.rows.at(g).key, column.key));
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

    // The figure rows below the header, in order: rows of figures, maybe after a word or two
    // of their own in front ("件数"), not header words.
    std::vector<const GridCell*> offered;
    for (std::size_t r = static_cast<std::size_t>(header + 1); r < rows.size(); ++r) {
        const GridRow& row = *rows[r];
        std::size_t first = 0;
        while (first < row.cells.size() && row.cells[first].isText()) {
            ++first;
        }
        const bool figures =
            std::any_of(row.cells.begin() + static_cast<qsizetype>(first), row.cells.end(),
                        [](const GridCell& c) { return c.isValue(); });
        const bool wordsAfter =
            std::any_of(row.cells.begin() + static_cast<qsizetype>(first), row.cells.end(),
                        [](const GridCell& c) { return c.isText(); });
        const bool headerRow = containsAny(rowWords(m_text, row), headerWords);
        if (wordsAfter || headerRow || (first > 0 && !figures)) {
            if (!offered.empty() && !headerRow) {
                break; // words after the figures: the table has ended
            }
            continue; // a header level, or the header repeated on the next page
        }
        for (std::size_t c = first; c < row.cells.size(); ++c) {
            offered.push_back(&row.cells[c]);
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
