#include "extract/gridblockreader.h"

#include "extract/compacttext.h"
#include "extract/extractionfindings.h"
#include "extract/gridcells.h"
#include "extract/gridfit.h"

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
        keys.append(table.key + QLatin1Char('.') + rowKey + QLatin1Char('.') + column.key);
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

Offer offerOf(const GridTable& grid, const GridLabel& label, int limitRow, int width)
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
    const int next = label.lastRow + 1;
    if (next < limitRow && next < static_cast<int>(grid.rows.size())) {
        const GridRow& row = *grid.rows[static_cast<std::size_t>(next)];
        if (!row.hasText() && row.valueCount() > 0) {
            Offer offer{next, {}};
            for (const GridCell& cell : row.cells) {
                offer.cells.push_back(&cell);
            }
            return offer;
        }
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
                Offer offer = offerOf(m_grid, *label, nextLabelRow(*label), m_width);
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
            Offer offer = offerOf(m_grid, *label, nextLabelRow(*label), m_width);
            bool shared = offer.row >= 0 && m_grid.used[static_cast<std::size_t>(offer.row)];
            for (int g = label->firstRow; g <= label->lastRow; ++g) {
                shared = shared || m_grid.used[static_cast<std::size_t>(g)];
            }
            if (!shared) {
                markUsed(*label, offer);
                m_groupLines.push_back(std::move(offer));
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
    }

    /// The position whose cell lies under a header cell naming the column (小计, 合计).
    int headerPosition(const OptionalColumnDef& column, const Offer& sample,
                       const std::vector<int>& candidates) const
    {
        const GridRow& sampleRow = *m_grid.rows[static_cast<std::size_t>(sample.row)];
        std::vector<const GridCell*> core;
        for (const GridCell* cell : sample.cells) {
            if (!core.empty() || !cell->isEmpty()) {
                core.push_back(cell);
            }
        }
        for (std::size_t r = 0; r < static_cast<std::size_t>(sample.row); ++r) {
            const GridRow& row = *m_grid.rows[r];
            if (row.table != sampleRow.table) {
                continue;
            }
            for (const GridCell& cell : row.cells) {
                if (!cell.isText()) {
                    continue;
                }
                const QString words = CompactText::compact(
                    QStringView(m_text).mid(cell.start, cell.end - cell.start));
                const bool names = std::any_of(
                    column.aliases.begin(), column.aliases.end(),
                    [&](const QString& alias) { return words == CompactText::compact(alias); });
                if (!names) {
                    continue;
                }
                for (int p = 0; p < static_cast<int>(core.size()); ++p) {
                    const GridCell* under = core[static_cast<std::size_t>(p)];
                    if (cell.column >= under->column &&
                        cell.column < under->column + under->columnSpan &&
                        std::find(candidates.begin(), candidates.end(), p) != candidates.end()) {
                        return p;
                    }
                }
            }
        }
        return -1;
    }

    /// The position where the printed cell equals the sum of the columns it totals in the most
    /// rows, when one position fits more rows than any other.
    int positionBySums(const OptionalColumnDef& column,
                       const std::vector<std::optional<Offer>>& offers,
                       const std::vector<int>& candidates) const
    {
        std::vector<int> parts;
        for (const QString& key : column.sumOf) {
            parts.push_back(columnIndex(m_block, key));
        }
        int best = -1;
        int bestHolds = 0;
        bool tie = false;
        for (const int position : candidates) {
            int holds = 0;
            for (const auto& offer : offers) {
                if (!offer || coreCount(offer->cells) != m_width + 1) {
                    continue;
                }
                std::vector<const GridCell*> core;
                for (const GridCell* cell : offer->cells) {
                    if (!core.empty() || !cell->isEmpty()) {
                        core.push_back(cell);
                    }
                }
                const auto value = [&](int p) {
                    const GridCell* cell = core[static_cast<std::size_t>(p)];
                    return cell->figure.kind == GridFigure::Kind::Number ? cell->figure.value : 0.0;
                };
                double sum = 0;
                for (const int part : parts) {
                    sum += value(part < position ? part : part + 1);
                }
                holds += std::abs(sum - value(position)) < 1e-6 ? 1 : 0;
            }
            if (holds > bestHolds) {
                best = position;
                bestHolds = holds;
                tie = false;
            } else if (holds == bestHolds) {
                tie = true;
            }
        }
        return tie ? -1 : best;
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
        // The slotColumns of the columns in each source table, from its rows that fit one to one.
        std::map<int, std::map<std::vector<int>, int>> signatures;
        for (const auto& offer : offers) {
            if (offer && static_cast<int>(offer->cells.size()) == width) {
                std::vector<int> slotColumns;
                for (const GridCell* cell : offer->cells) {
                    slotColumns.push_back(cell->column);
                }
                ++signatures[tableOf(*offer)][slotColumns];
            }
        }
        std::map<int, std::vector<int>> reference;
        for (const auto& [table, counts] : signatures) {
            const auto best =
                std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
            reference[table] = best->first;
        }
        m_fitted.assign(offers.size(), std::nullopt);
        for (std::size_t r = 0; r < offers.size(); ++r) {
            if (!offers[r]) {
                continue;
            }
            const auto it = reference.find(tableOf(*offers[r]));
            const std::vector<int>* slotColumns = it == reference.end() ? nullptr : &it->second;
            FittedRow fitted = fitRow(offers[r]->cells, width, slotColumns, sums);
            if (m_grid.tabGrid[static_cast<std::size_t>(offers[r]->row)] &&
                !onSlots(fitted, slotColumns)) {
                return false; // collapsed merged cells shift this tab grid's columns
            }
            m_fitted[r] = std::move(fitted);
        }
        return true;
    }

    /// Whether a row of a tab grid keeps the columns its table's complete rows show.
    static bool onSlots(const FittedRow& row, const std::vector<int>* slotColumns)
    {
        if (row.shorter || row.longer) {
            return false;
        }
        if (!slotColumns) { // no complete row to compare with: only a row that fits without doubt
            return std::none_of(row.uncertain.begin(), row.uncertain.end(),
                                [](bool u) { return u; });
        }
        const std::vector<int> mine = columnSlots(row);
        for (std::size_t j = 0; j < mine.size(); ++j) {
            if (mine[j] >= 0 && mine[j] != (*slotColumns)[j]) {
                return false;
            }
        }
        return std::none_of(row.uncertain.begin(), row.uncertain.end(), [](bool u) { return u; });
    }

    [[nodiscard]] int tableOf(const Offer& offer) const
    {
        return m_grid.rows[static_cast<std::size_t>(offer.row)]->table;
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
            if (next < rowCount) {
                after = labelOf(next)->firstRow;
            }
            if (before < 0 || missing != 1) {
                continue;
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
                m_reading.findings.push_back(findings::rowMissing(row.label, keys));
                for (const QString& key : keys) {
                    m_reading.cells.push_back(CellDraft{key, std::nullopt, QString(), -1, -1, 0.0});
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
            writeGridRow(m_text, row.label, keys, m_block.columns, official(*fitted), cap,
                         m_reading);
            if (m_extra.column) {
                const std::size_t p = static_cast<std::size_t>(m_extra.position);
                const double extraCap = fitted->uncertain[p] ? 0.4 : cap;
                m_reading.extras.push_back(gridDraft(m_text,
                                                     m_table.key + QLatin1Char('.') + row.key +
                                                         QLatin1Char('.') + m_extra.column->key,
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
                m_reading.extras.push_back(
                    gridDraft(m_text,
                              m_table.key + QLatin1Char('.') + group->key +
                                  QStringLiteral(".subtotal.") + m_block.columns.at(c).key,
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
    std::vector<std::optional<FittedRow>> m_fitted;
    QSet<int> m_strays;
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
