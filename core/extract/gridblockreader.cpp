#include "extract/gridblockreader.h"

#include "extract/compacttext.h"
#include "extract/extractionfindings.h"
#include "extract/gridcells.h"
#include "extract/gridfit.h"
#include "model/cellkey.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace nianbao::extract {

namespace {

/// Highest confidence of a row found by its place between its neighbours, not by its label.
constexpr double kByPosition = 0.5;

QStringList cellKeys(const TableDef& table, const BlockDef& block, const QString& rowKey)
{
    QStringList keys;
    for (const ColumnDef& column : block.columns) {
        keys.append(cellKey(table.key, rowKey, column.key));
    }
    return keys;
}

int rowIndex(const BlockDef& block, const QString& key)
{
    for (int r = 0; r < block.rows.size(); ++r) {
        if (block.rows.at(r).key == key) {
            return r;
        }
    }
    return -1;
}

int columnIndex(const BlockDef& block, const QString& key)
{
    for (int c = 0; c < block.columns.size(); ++c) {
        if (block.columns.at(c).key == key) {
            return c;
        }
    }
    return -1;
}

/// Which rows the report prints: for a group printed either as one row or item by item
/// ((六)其他处理), the form whose labels were found; the format's own form otherwise.
QSet<QString> printedRowKeys(const TableDef& table, const BlockDef& block,
                             const std::vector<bool>& found, QStringList* otherForm)
{
    QSet<QString> rows;
    for (const RowDef& row : block.rows) {
        if (!row.alternative) {
            rows.insert(row.key);
        }
    }
    for (const GroupDef& group : table.groups) {
        const int collapsed = rowIndex(block, group.collapsedRow);
        if (collapsed < 0) {
            continue;
        }
        bool detailedFound = false;
        for (const QString& key : group.detailedRows) {
            const int r = rowIndex(block, key);
            detailedFound = detailedFound || (r >= 0 && found[static_cast<std::size_t>(r)]);
        }
        const bool detailedByDefault = block.rows.at(collapsed).alternative;
        const bool detailed =
            detailedFound || (!found[static_cast<std::size_t>(collapsed)] && detailedByDefault);
        if (detailed != detailedByDefault) {
            otherForm->append(group.key);
        }
        if (detailed) {
            rows.remove(group.collapsedRow);
            for (const QString& key : group.detailedRows) {
                rows.insert(key);
            }
        } else {
            rows.insert(group.collapsedRow);
            for (const QString& key : group.detailedRows) {
                rows.remove(key);
            }
        }
    }
    return rows;
}

/// The group whose own line (a non-official subtotal) words name: (三)不予公开 …
const GroupDef* subtotalGroupOf(const TableDef& table, const QString& compactWords)
{
    for (const GroupDef& group : table.groups) {
        if (!group.subtotal) {
            continue;
        }
        for (const QString& alias : group.aliases) {
            if (compactWords.contains(CompactText::compact(alias))) {
                return &group;
            }
        }
    }
    return nullptr;
}

/// The cells a row offers for its columns and the grid row they are in.
struct Offer {
    int row = -1;
    std::vector<const GridCell*> cells;
};

/// The cells right of a row's label: words straight after the label continue it ("（二）部分公开"
/// then "（区分处理的…）" in a cell of its own) when as many cells as the row has columns
/// follow them; everything after is the row's. Words where a figure belongs stay, to be
/// reported.
std::vector<const GridCell*> cellsAfter(const GridRow& row, int labelCell, int width)
{
    std::vector<const GridCell*> cells;
    std::size_t i = static_cast<std::size_t>(labelCell) + 1;
    while (i < row.cells.size() && row.cells[i].isText() &&
           static_cast<int>(row.cells.size() - i - 1) >= width) {
        ++i;
    }
    for (; i < row.cells.size(); ++i) {
        cells.push_back(&row.cells[i]);
    }
    return cells;
}

bool anyValue(const std::vector<const GridCell*>& cells)
{
    return std::any_of(cells.begin(), cells.end(), [](const GridCell* c) { return c->isValue(); });
}

Offer offerOf(const GridTable& grid, const GridLabel& label, int limitRow, int width, int widest)
{
    for (const auto& [r, c] :
         {std::pair{label.lastRow, label.lastCell}, std::pair{label.firstRow, label.firstCell}}) {
        std::vector<const GridCell*> cells =
            cellsAfter(*grid.rows[static_cast<std::size_t>(r)], c, width);
        if (anyValue(cells)) {
            return Offer{r, std::move(cells)};
        }
    }
    // The figures on a row of their own below the label (converters split label and figures).
    if (const int below = figureRowBelow(grid.rows, label.lastRow, limitRow, width, widest);
        below >= 0) {
        Offer offer{below, {}};
        for (const GridCell& cell : grid.rows[static_cast<std::size_t>(below)]->cells) {
            offer.cells.push_back(&cell);
        }
        return offer;
    }
    // Printed without figures: its empty cells, if any, are blank positions.
    return Offer{label.lastRow, cellsAfter(*grid.rows[static_cast<std::size_t>(label.lastRow)],
                                           label.lastCell, width)};
}

/// The cells of an offer from its first non-empty cell to its last figure: what a row prints
/// once the empty cells a converter leaves at the ends are set aside.
int coreCount(const std::vector<const GridCell*>& cells)
{
    int first = 0;
    while (first < static_cast<int>(cells.size()) &&
           cells[static_cast<std::size_t>(first)]->isEmpty()) {
        ++first;
    }
    int last = static_cast<int>(cells.size()) - 1;
    while (last >= first && !cells[static_cast<std::size_t>(last)]->isValue()) {
        --last;
    }
    return last - first + 1;
}

/// A non-official column (a 法人或其他组织 subtotal) the rows print among the official ones.
struct ExtraColumn {
    const OptionalColumnDef* column = nullptr;
    int position = -1; ///< among the row's cells once set on k + 1 columns
};

class GridBlockReader {
public:
    GridBlockReader(const ReportTemplate& format, const TableDef& table, const BlockDef& block,
                    int firstElement, GridTable& grid, TableReading& reading)
        : m_table(table)
        , m_block(block)
        , m_firstElement(firstElement)
        , m_grid(grid)
        , m_reading(reading)
        , m_text(*grid.text)
        , m_width(static_cast<int>(block.columns.size()))
    {
        for (const ColumnSum& sum : rowSums(format, table, block)) {
            m_sums.push_back(PositionSum{sum.lhs, sum.rhs});
        }
    }

    bool read()
    {
        const int rowCount = static_cast<int>(m_block.rows.size());
        std::vector<bool> found(static_cast<std::size_t>(rowCount));
        for (int r = 0; r < rowCount; ++r) {
            found[static_cast<std::size_t>(r)] = labelOf(r) != nullptr;
        }
        QStringList otherForm;
        const QSet<QString> printed = printedRowKeys(m_table, m_block, found, &otherForm);

        // What each row found by its label offers; rows not printed in this form (a group's own
        // line when its items are printed) are subtotal lines.
        std::vector<std::optional<Offer>> offers(static_cast<std::size_t>(rowCount));
        for (int r = 0; r < rowCount; ++r) {
            const GridLabel* label = labelOf(r);
            if (label && printed.contains(m_block.rows.at(r).key)) {
                Offer offer = offerOf(m_grid, *label, nextLabelRow(*label), m_width,
                                      m_width + static_cast<int>(m_block.optionalColumns.size()));
                markUsed(*label, offer);
                offers[static_cast<std::size_t>(r)] = std::move(offer);
            }
        }
        // A group's own line ((六)其他处理 above its items) only where no item shares its row.
        for (int r = 0; r < rowCount; ++r) {
            const GridLabel* label = labelOf(r);
            if (!label || printed.contains(m_block.rows.at(r).key)) {
                continue;
            }
            Offer offer = offerOf(m_grid, *label, nextLabelRow(*label), m_width,
                                  m_width + static_cast<int>(m_block.optionalColumns.size()));
            bool shared = offer.row >= 0 && m_grid.used[static_cast<std::size_t>(offer.row)];
            for (int g = label->firstRow; g <= label->lastRow; ++g) {
                shared = shared || m_grid.used[static_cast<std::size_t>(g)];
            }
            if (!shared) {
                markUsed(*label, offer);
                m_groupLines.push_back(std::move(offer));
            }
        }
        for (int r = 0; r < rowCount; ++r) {
            const GridLabel* label = labelOf(r);
            if (offers[static_cast<std::size_t>(r)] && labelHoldsFigure(*label)) {
                if (m_grid.tabGrid[static_cast<std::size_t>(label->lastRow)]) {
                    return false; // "行政事业性收费 0": the fields are not the cells
                }
                m_figureInLabel.insert(r);
            }
        }
        detectExtraColumn(offers);
        if (!fitRows(offers)) {
            return false;
        }
        for (const QString& groupKey : otherForm) {
            const GroupDef* group = m_table.group(groupKey);
            QStringList keys;
            for (const QString& rowKey : group->detailedRows + QStringList{group->collapsedRow}) {
                if (printed.contains(rowKey)) {
                    keys += cellKeys(m_table, m_block, rowKey);
                }
            }
            m_reading.findings.push_back(
                findings::variantForm(group->label, printed.contains(group->collapsedRow), keys));
        }
        takeStrays(printed);
        writeRows(printed);
        writeGroupLines();
        return true;
    }

private:
    [[nodiscard]] const GridLabel* labelOf(int row) const
    {
        return m_grid.foundOf[static_cast<std::size_t>(m_firstElement + row)];
    }

    /// The first row holding another label after this one: figures below a label stop there.
    [[nodiscard]] int nextLabelRow(const GridLabel& label) const
    {
        int next = static_cast<int>(m_grid.rows.size());
        for (const GridLabel* other : m_grid.foundOf) {
            if (other && other != &label && other->firstRow > label.lastRow) {
                next = std::min(next, other->firstRow);
            }
        }
        return next;
    }

    /// Whether the label's cell goes on with a figure after the label ("行政事业性收费 0"): the
    /// source did not keep that cell apart from its label.
    [[nodiscard]] bool labelHoldsFigure(const GridLabel& label) const
    {
        const GridRow& row = *m_grid.rows[static_cast<std::size_t>(label.lastRow)];
        const GridCell& cell = row.cells[static_cast<std::size_t>(label.lastCell)];
        for (qsizetype i = label.end; i < cell.end; ++i) {
            const QChar c = m_text.at(i);
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
                return true;
            }
        }
        return false;
    }

    void markUsed(const GridLabel& label, const Offer& offer)
    {
        for (int r = label.firstRow; r <= label.lastRow; ++r) {
            m_grid.used[static_cast<std::size_t>(r)] = true;
        }
        if (offer.row >= 0) {
            m_grid.used[static_cast<std::size_t>(offer.row)] = true;
        }
    }

    /// A 法人或其他组织 subtotal column: most rows print one cell more than the columns, and
    /// the header names it where the format allows it, or its sums show where it is.
    void detectExtraColumn(const std::vector<std::optional<Offer>>& offers)
    {
        if (m_block.optionalColumns.isEmpty()) {
            return;
        }
        int withFigures = 0;
        int wider = 0;
        const Offer* sample = nullptr;
        for (const auto& offer : offers) {
            if (!offer || !anyValue(offer->cells)) {
                continue;
            }
            ++withFigures;
            if (coreCount(offer->cells) == m_width + 1) {
                ++wider;
                sample = sample ? sample : &*offer;
            }
        }
        if (wider * 2 <= withFigures || !sample) {
            return;
        }
        for (const OptionalColumnDef& column : m_block.optionalColumns) {
            std::vector<int> candidates;
            for (const QString& after : column.after) {
                const int c = columnIndex(m_block, after);
                if (c >= 0) {
                    candidates.push_back(c + 1);
                }
            }
            int position = headerPosition(column, *sample, candidates);
            if (position < 0) {
                position = positionBySums(column, offers, candidates);
            }
            if (position >= 0) {
                m_extra = ExtraColumn{&column, position};
                return;
            }
        }
        m_extraUnplaced = true;
    }

    /// The position the header gives the column (小计, 合计): after the official column whose
    /// words it follows, in the order the header cells stand (by their slots among themselves,
    /// so a header that does not line up with the value cells still tells).
    int headerPosition(const OptionalColumnDef& column, const Offer& sample,
                       const std::vector<int>& candidates) const
    {
        const GridRow& sampleRow = *m_grid.rows[static_cast<std::size_t>(sample.row)];
        struct Named {
            int slot = 0;
            int column = -1; ///< official column index, or -1 for the optional column
        };
        std::vector<Named> named;
        const auto matches = [](const QString& words, const QStringList& aliases) {
            return std::any_of(aliases.begin(), aliases.end(), [&](const QString& alias) {
                return words == CompactText::compact(alias);
            });
        };
        for (int r = 0; r < sample.row; ++r) {
            // The header of this table, or of a table of the same width before it (a table
            // per row repeats or leaves out the header).
            const GridRow& row = *m_grid.rows[static_cast<std::size_t>(r)];
            if (row.table != sampleRow.table && row.columnCount != sampleRow.columnCount) {
                continue;
            }
            for (const GridCell& cell : row.cells) {
                if (!cell.isText()) {
                    continue;
                }
                const QString words = CompactText::compact(
                    QStringView(m_text).mid(cell.start, cell.end - cell.start));
                if (matches(words, column.aliases)) {
                    named.push_back(Named{cell.column, -1});
                    continue;
                }
                for (int c = 0; c < m_width; ++c) {
                    if (matches(words, m_block.columns.at(c).aliases)) {
                        named.push_back(Named{cell.column, c});
                        break;
                    }
                }
            }
        }
        std::stable_sort(named.begin(), named.end(),
                         [](const Named& a, const Named& b) { return a.slot < b.slot; });
        for (std::size_t n = 0; n < named.size(); ++n) {
            if (named[n].column >= 0) {
                continue;
            }
            int position = -1;
            if (n > 0 && named[n - 1].column >= 0) {
                position = named[n - 1].column + 1;
            } else if (n + 1 < named.size() && named[n + 1].column >= 0) {
                position = named[n + 1].column;
            }
            if (position >= 0 &&
                std::find(candidates.begin(), candidates.end(), position) != candidates.end()) {
                return position;
            }
        }
        return -1;
    }

    /// The position where the printed cell equals the sum of the columns it totals in every
    /// row that shows it (all its cells figures), when every other position fails in some row:
    /// zeros and blanks prove nothing, so the evidence must single one position out.
    int positionBySums(const OptionalColumnDef& column,
                       const std::vector<std::optional<Offer>>& offers,
                       const std::vector<int>& candidates) const
    {
        std::vector<int> parts;
        for (const QString& key : column.sumOf) {
            parts.push_back(columnIndex(m_block, key));
        }
        std::vector<std::vector<double>> rows;
        for (const auto& offer : offers) {
            if (!offer) {
                continue;
            }
            std::vector<const GridCell*> core;
            for (const GridCell* cell : offer->cells) {
                if (!core.empty() || !cell->isEmpty()) {
                    core.push_back(cell);
                }
            }
            while (!core.empty() && !core.back()->isValue()) {
                core.pop_back();
            }
            if (static_cast<int>(core.size()) != m_width + 1 ||
                !std::all_of(core.begin(), core.end(),
                             [](const GridCell* c) { return c->isValue(); })) {
                continue;
            }
            std::vector<double> values;
            for (const GridCell* cell : core) {
                values.push_back(cell->figure.kind == GridFigure::Kind::Number ? cell->figure.value
                                                                               : 0.0);
            }
            rows.push_back(std::move(values));
        }
        int found = -1;
        for (const int position : candidates) {
            const bool holdsEverywhere =
                std::all_of(rows.begin(), rows.end(), [&](const std::vector<double>& values) {
                    double sum = 0;
                    for (const int part : parts) {
                        sum += values[static_cast<std::size_t>(part < position ? part : part + 1)];
                    }
                    return std::abs(sum - values[static_cast<std::size_t>(position)]) < 1e-6;
                });
            if (holdsEverywhere) {
                if (found >= 0) {
                    return -1; // two positions fit every row: the figures do not tell
                }
                found = position;
            }
        }
        return rows.empty() ? -1 : found;
    }

    /// Every printed row's cells set on the columns (and the extra column): first one to one
    /// where they fit, then the others by the slotColumns those rows show.
    bool fitRows(const std::vector<std::optional<Offer>>& offers)
    {
        const int width = m_width + (m_extra.column ? 1 : 0);
        std::vector<PositionSum> sums;
        for (const PositionSum& sum : m_sums) {
            PositionSum shifted{wide(sum.lhs), {}};
            for (const int part : sum.rhs) {
                shifted.rhs.push_back(wide(part));
            }
            sums.push_back(shifted);
        }
        if (m_extra.column) {
            PositionSum extra{m_extra.position, {}};
            for (const QString& key : m_extra.column->sumOf) {
                extra.rhs.push_back(wide(columnIndex(m_block, key)));
            }
            sums.push_back(extra);
        }
        // The slots of the columns in each source table (or, beyond tab grids, each width of
        // table: a table per row repeats one layout), from its rows that fit without doubt.
        std::map<int, std::map<std::vector<int>, int>> signatures;
        for (const auto& offer : offers) {
            if (!offer) {
                continue;
            }
            const FittedRow alone = fitRow(offer->cells, width, nullptr, sums);
            if (!alone.shorter && !alone.longer &&
                std::none_of(alone.uncertain.begin(), alone.uncertain.end(),
                             [](bool u) { return u; })) {
                ++signatures[layoutOf(*offer)][columnSlots(alone)];
            }
        }
        std::map<int, std::vector<int>> reference;
        for (const auto& [layout, counts] : signatures) {
            const auto best =
                std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
            reference[layout] = best->first;
        }
        if (!tabColumnsLineUp(offers)) {
            return false; // collapsed merged cells shift this tab grid's columns
        }
        m_fitted.assign(offers.size(), std::nullopt);
        for (std::size_t r = 0; r < offers.size(); ++r) {
            if (!offers[r]) {
                continue;
            }
            const auto it = reference.find(layoutOf(*offers[r]));
            const std::vector<int>* slotColumns = it == reference.end() ? nullptr : &it->second;
            FittedRow fitted = fitRow(offers[r]->cells, width, slotColumns, sums);
            if (m_grid.tabGrid[static_cast<std::size_t>(offers[r]->row)] &&
                !onSlots(fitted, slotColumns)) {
                return false; // a tab row the grid does not settle: the text path reads it
            }
            m_fitted[r] = std::move(fitted);
        }
        return true;
    }

    /// Whether a row of a tab grid fits its columns without doubt, on the slots its table's
    /// complete rows show.
    [[nodiscard]] bool onSlots(const FittedRow& row, const std::vector<int>* slotColumns) const
    {
        // Rows one cell wider than the columns, where a subtotal column's place is not shown,
        // are that column's doubt, not the grid's: their cells are flagged where it matters.
        if (row.longer) {
            return m_extraUnplaced;
        }
        if (std::any_of(row.uncertain.begin(), row.uncertain.end(), [](bool u) { return u; })) {
            return false;
        }
        if (row.shorter) {
            return false;
        }
        if (!slotColumns) {
            return true; // no complete row to compare with, and this one fits without doubt
        }
        const std::vector<int> mine = columnSlots(row);
        for (std::size_t j = 0; j < mine.size(); ++j) {
            if (mine[j] >= 0 && mine[j] != (*slotColumns)[j]) {
                return false;
            }
        }
        return true;
    }

    /// Whether the figures of a tab grid's rows stand in the columns its fullest rows use:
    /// where merged cells collapsed, a row's figures start a column earlier or later than
    /// the others' (seed 001), and the fields are not the table's cells.
    [[nodiscard]] bool tabColumnsLineUp(const std::vector<std::optional<Offer>>& offers) const
    {
        std::map<int, std::map<std::pair<int, int>, int>> ranges; // table -> (first, last) -> rows
        std::map<int, int> fullest;
        const auto valueRange = [](const Offer& offer) {
            std::pair<int, int> range{-1, -1};
            int values = 0;
            for (const GridCell* cell : offer.cells) {
                if (cell->isValue()) {
                    range.first = range.first < 0 ? cell->column : range.first;
                    range.second = cell->column + cell->columnSpan - 1;
                    ++values;
                }
            }
            return std::pair{range, values};
        };
        for (const auto& offer : offers) {
            if (offer && m_grid.tabGrid[static_cast<std::size_t>(offer->row)]) {
                const int table = m_grid.rows[static_cast<std::size_t>(offer->row)]->table;
                fullest[table] = std::max(fullest[table], valueRange(*offer).second);
            }
        }
        for (const auto& offer : offers) {
            if (offer && m_grid.tabGrid[static_cast<std::size_t>(offer->row)]) {
                const int table = m_grid.rows[static_cast<std::size_t>(offer->row)]->table;
                const auto [range, values] = valueRange(*offer);
                if (values == fullest[table]) {
                    ++ranges[table][range];
                }
            }
        }
        for (const auto& offer : offers) {
            if (!offer || !m_grid.tabGrid[static_cast<std::size_t>(offer->row)]) {
                continue;
            }
            const int table = m_grid.rows[static_cast<std::size_t>(offer->row)]->table;
            const auto& counts = ranges[table];
            const auto common =
                std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
            const auto [range, values] = valueRange(*offer);
            if (values > 0 &&
                (range.first < common->first.first || range.second > common->first.second)) {
                return false;
            }
        }
        return true;
    }

    /// Rows sharing a layout: a tab grid's own rows; elsewhere rows of tables as wide.
    [[nodiscard]] int layoutOf(const Offer& offer) const
    {
        const GridRow& row = *m_grid.rows[static_cast<std::size_t>(offer.row)];
        return m_grid.tabGrid[static_cast<std::size_t>(offer.row)] ? row.table
                                                                   : -1 - row.columnCount;
    }

    /// An official column's position once the extra column takes its place among them.
    [[nodiscard]] int wide(int column) const
    {
        return m_extra.column && column >= m_extra.position ? column + 1 : column;
    }

    /// The official columns of a row fitted on the wide columns.
    [[nodiscard]] FittedRow official(const FittedRow& row) const
    {
        if (!m_extra.column) {
            return row;
        }
        FittedRow narrow = row;
        narrow.cells.clear();
        narrow.uncertain.clear();
        for (int c = 0; c < m_width; ++c) {
            narrow.cells.push_back(row.cells[static_cast<std::size_t>(wide(c))]);
            narrow.uncertain.push_back(row.uncertain[static_cast<std::size_t>(wide(c))]);
        }
        narrow.offered = std::max(0, row.offered - 1);
        return narrow;
    }

    /// A row the report leaves unlabelled (or labels wrongly) takes the one unread figure row
    /// between its neighbours' rows, when it is the only row missing there; otherwise it is
    /// missing, and the rows below keep their own cells.
    void takeStrays(const QSet<QString>& printed)
    {
        const int rowCount = static_cast<int>(m_block.rows.size());
        for (int r = 0; r < rowCount; ++r) {
            if (m_fitted[static_cast<std::size_t>(r)] ||
                !printed.contains(m_block.rows.at(r).key)) {
                continue;
            }
            int before = -1;
            int previous = r - 1;
            while (previous >= 0 && !labelOf(previous)) {
                --previous;
            }
            if (previous >= 0) {
                before = labelOf(previous)->lastRow;
            } else if (const GridLabel* header = blockHeader()) {
                before = header->lastRow;
            }
            int after = static_cast<int>(m_grid.rows.size());
            int next = r + 1;
            int missing = 1;
            while (next < rowCount && !labelOf(next)) {
                missing += printed.contains(m_block.rows.at(next).key) ? 1 : 0;
                ++next;
            }
            if (before < 0 || missing != 1) {
                continue;
            }
            // Up to the next label of any row or block found (the next item's header).
            for (const GridLabel* other : m_grid.foundOf) {
                if (other && other->firstRow > before) {
                    after = std::min(after, other->firstRow);
                }
            }
            int candidate = -1;
            int candidates = 0;
            for (int g = before + 1; g < after; ++g) {
                const GridRow& row = *m_grid.rows[static_cast<std::size_t>(g)];
                if (!m_grid.used[static_cast<std::size_t>(g)] && row.valueCount() > 0 &&
                    !groupLineOf(row)) {
                    candidate = g;
                    ++candidates;
                }
            }
            if (candidates != 1) {
                continue;
            }
            const GridRow& row = *m_grid.rows[static_cast<std::size_t>(candidate)];
            int lastText = -1;
            for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
                lastText = row.cells[static_cast<std::size_t>(c)].isText() ? c : lastText;
            }
            Offer offer{candidate, cellsAfter(row, lastText, m_width)};
            if (!anyValue(offer.cells)) {
                continue;
            }
            m_grid.used[static_cast<std::size_t>(candidate)] = true;
            const int width = m_width + (m_extra.column ? 1 : 0);
            m_fitted[static_cast<std::size_t>(r)] = fitRow(offer.cells, width, nullptr, {});
            m_strays.insert(r);
            m_strayLabels.insert(
                r, lastText >= 0
                       ? m_text.mid(row.cells[static_cast<std::size_t>(lastText)].start,
                                    row.cells[static_cast<std::size_t>(lastText)].end -
                                        row.cells[static_cast<std::size_t>(lastText)].start)
                       : QString());
        }
    }

    [[nodiscard]] const GridLabel* blockHeader() const
    {
        if (m_table.layout != TableLayout::Blocks || m_firstElement == 0) {
            return nullptr;
        }
        return m_grid.foundOf[static_cast<std::size_t>(m_firstElement - 1)];
    }

    [[nodiscard]] const GroupDef* groupLineOf(const GridRow& row) const
    {
        QString words;
        for (const GridCell& cell : row.cells) {
            if (cell.isText()) {
                words += CompactText::compact(
                    QStringView(m_text).mid(cell.start, cell.end - cell.start));
            }
        }
        return words.isEmpty() ? nullptr : subtotalGroupOf(m_table, words);
    }

    void writeRows(const QSet<QString>& printed)
    {
        const int rowCount = static_cast<int>(m_block.rows.size());
        for (int r = 0; r < rowCount; ++r) {
            const RowDef& row = m_block.rows.at(r);
            if (!printed.contains(row.key)) {
                continue;
            }
            const QStringList keys = cellKeys(m_table, m_block, row.key);
            const auto& fitted = m_fitted[static_cast<std::size_t>(r)];
            if (!fitted) {
                m_grid.missingRows.append(m_table.key + QLatin1Char('.') + row.key);
                m_reading.findings.push_back(findings::rowMissing(row.label, keys));
                for (const QString& key : keys) {
                    m_reading.cells.push_back(
                        CellDraft{key, std::nullopt, QString(), -1, -1, 0.0, {}});
                }
                continue;
            }
            double cap = 1.0;
            if (m_strays.contains(r)) {
                cap = kByPosition;
                int previous = r - 1;
                while (previous >= 0 && !labelOf(previous)) {
                    --previous;
                }
                const LocalizedText after =
                    previous >= 0 ? m_block.rows.at(previous).label : m_block.label;
                m_reading.findings.push_back(
                    findings::rowByPosition(row.label, after, m_strayLabels.value(r), keys));
            } else if (const GridLabel* label = labelOf(r); label->distance > 0) {
                const LabelElement& element =
                    (*m_grid.elements)[static_cast<std::size_t>(m_firstElement + r)];
                const qsizetype length =
                    std::max<qsizetype>(1, element.compactAliases.at(label->alias).size());
                cap = std::max(0.5, 1.0 - double(label->distance) / double(length));
                m_reading.findings.push_back(findings::fuzzyLabel(
                    row.label, m_text.mid(label->start, label->end - label->start), keys));
            }
            FittedRow cells = official(*fitted);
            if (m_figureInLabel.contains(r)) {
                // A figure inside the label's cell: which column it and the others belong to
                // is not settled by the grid.
                cells.uncertain.assign(cells.uncertain.size(), true);
                cells.longer = true;
                ++cells.offered;
            }
            writeGridRow(m_text, row.label, keys, m_block.columns, cells, cap, m_reading);
            if (m_extra.column) {
                const std::size_t p = static_cast<std::size_t>(m_extra.position);
                const double extraCap = fitted->uncertain[p] ? 0.4 : cap;
                m_reading.extras.push_back(
                    gridDraft(m_text, cellKey(m_table.key, row.key, m_extra.column->key),
                              fitted->cells[p], extraCap));
            }
        }
    }

    /// Figures printed on a group's own line ((三)不予公开 with its items below): kept as
    /// non-official subtotals when they fit the columns one to one.
    void writeGroupLines()
    {
        for (std::size_t g = 0; g < m_grid.rows.size(); ++g) {
            const GridRow& row = *m_grid.rows[g];
            if (m_grid.used[g] || row.valueCount() == 0 || !inBlock(static_cast<int>(g))) {
                continue;
            }
            if (const GroupDef* group = groupLineOf(row)) {
                int lastText = -1;
                for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
                    lastText = row.cells[static_cast<std::size_t>(c)].isText() ? c : lastText;
                }
                m_groupLines.push_back(
                    Offer{static_cast<int>(g), cellsAfter(row, lastText, m_width)});
                m_groupOf.insert(static_cast<int>(g), group);
                m_grid.used[g] = true;
            }
        }
        for (const Offer& line : m_groupLines) {
            const GroupDef* group = m_groupOf.value(line.row);
            if (!group) {
                group = groupLineOf(*m_grid.rows[static_cast<std::size_t>(line.row)]);
            }
            const FittedRow fitted = fitRow(line.cells, m_width, nullptr, {});
            if (!group || fitted.shorter || fitted.longer ||
                std::any_of(fitted.uncertain.begin(), fitted.uncertain.end(),
                            [](bool u) { return u; })) {
                continue;
            }
            for (int c = 0; c < m_width; ++c) {
                m_reading.extras.push_back(gridDraft(
                    m_text, groupSubtotalKey(m_table.key, group->key, m_block.columns.at(c).key),
                    fitted.cells[static_cast<std::size_t>(c)], 1.0));
            }
        }
    }

    /// Whether a grid row lies among this block's rows (between its first and last label).
    [[nodiscard]] bool inBlock(int row) const
    {
        int first = static_cast<int>(m_grid.rows.size());
        int last = -1;
        for (int r = 0; r < static_cast<int>(m_block.rows.size()); ++r) {
            if (const GridLabel* label = labelOf(r)) {
                first = std::min(first, label->firstRow);
                last = std::max(last, label->lastRow + 1);
            }
        }
        return row > first && row < last;
    }

    const TableDef& m_table;
    const BlockDef& m_block;
    const int m_firstElement;
    GridTable& m_grid;
    TableReading& m_reading;
    const QString& m_text;
    const int m_width;
    std::vector<PositionSum> m_sums;
    ExtraColumn m_extra;
    bool m_extraUnplaced = false; ///< most rows print a subtotal column no evidence places
    std::vector<std::optional<FittedRow>> m_fitted;
    QSet<int> m_strays;
    QSet<int> m_figureInLabel;
    QHash<int, QString> m_strayLabels;
    std::vector<Offer> m_groupLines;
    QHash<int, const GroupDef*> m_groupOf;
};

} // namespace

bool readGridBlock(const ReportTemplate& format, const TableDef& table, const BlockDef& block,
                   int firstElement, GridTable& grid, TableReading& reading)
{
    TableReading blockReading;
    GridBlockReader reader(format, table, block, firstElement, grid, blockReading);
    if (!reader.read()) {
        return false;
    }
    reading.cells.insert(reading.cells.end(), blockReading.cells.begin(), blockReading.cells.end());
    reading.extras.insert(reading.extras.end(), blockReading.extras.begin(),
                          blockReading.extras.end());
    reading.findings.insert(reading.findings.end(), blockReading.findings.begin(),
                            blockReading.findings.end());
    return true;
}

} // namespace nianbao::extract
