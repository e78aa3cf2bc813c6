#include "synth/gridlayout.h"

#include "synth/randomtools.h"
#include "synth/reportplan.h"

#include <algorithm>

namespace nianbao::synth {

namespace {

/// Label columns of table 3 when its groups have columns of their own: 三、本年度办理结果, the
/// numbered groups, the rows.
constexpr int kLabelColumns = 3;

LaidCell cell(const QString& text, LaidRole role, int rowSpan = 1, int columnSpan = 1)
{
    LaidCell laid;
    laid.lines = QStringList{text};
    laid.role = role;
    laid.rowSpan = rowSpan;
    laid.columnSpan = columnSpan;
    return laid;
}

LaidCell figure(const PrintedCell& printed, int columnSpan = 1)
{
    LaidCell laid = cell(printed.text, LaidRole::Figure, 1, columnSpan);
    laid.figure = printed;
    return laid;
}

/// One character a line: a label printed down a narrow merged cell.
QStringList vertical(const QString& text)
{
    QStringList lines;
    for (const QChar c : text) {
        lines.append(QString(c));
    }
    return lines;
}

/// A header of four characters or more broken in the middle, as narrow columns print them.
QStringList headerLines(const QString& text, bool broken)
{
    if (!broken || text.size() < 4) {
        return {text};
    }
    const qsizetype middle = text.size() / 2;
    return {text.left(middle), text.mid(middle)};
}

QString generic(int index)
{
    return QStringLiteral("数据%1").arg(index);
}

class TableLayouter {
public:
    TableLayouter(const ReportPlan& plan, const TableHabits& habits)
        : m_plan(plan)
        , m_habits(habits)
    {}

    QList<LaidTable> items() const
    {
        const PrintedTables& tables = m_plan.tables;
        qsizetype columns = 0;
        for (const PrintedBlock& block : tables.table2) {
            columns = std::max(columns, block.columns.size());
        }
        const int width = int(columns) + 1;
        QList<LaidTable> out;
        LaidTable table;
        for (const PrintedBlock& block : tables.table2) {
            if (m_habits.table2PerItem && !table.rows.isEmpty()) {
                out.append(table);
                table.rows.clear();
            }
            const auto span = [&](qsizetype c) {
                return c + 1 < block.columns.size() ? 1 : int(width - block.columns.size());
            };
            table.rows.append({cell(block.label, LaidRole::Label, 1, width)});
            LaidRow header{cell(tables.itemHeader, LaidRole::Header)};
            for (qsizetype c = 0; c < block.columns.size(); ++c) {
                LaidCell word = cell(QString(), LaidRole::Header, 1, span(c));
                word.lines =
                    headerLines(m_habits.genericHeaders ? generic(int(c) + 1) : block.columns.at(c),
                                m_habits.irregularSpans);
                header.append(word);
            }
            table.rows.append(header);
            for (const PrintedRow& row : block.rows) {
                LaidRow line{cell(row.label(), LaidRole::Label)};
                for (qsizetype c = 0; c < row.cells.size(); ++c) {
                    // Irregular: the figure narrower than the header cell over it.
                    line.append(figure(row.cells.at(c), m_habits.irregularSpans ? 1 : span(c)));
                }
                table.rows.append(line);
            }
        }
        out.append(table);
        return out;
    }

    QList<LaidTable> rows() const
    {
        const QList<PrintedRow>& rows = m_plan.tables.table3.rows;
        const int split = m_habits.splitTable3At;
        if (split <= 0 || split >= rows.size()) {
            return {rowsTable(0, int(rows.size()), true)};
        }
        return {rowsTable(0, split, true),
                rowsTable(split, int(rows.size()), m_habits.repeatHeader)};
    }

    LaidTable flattened() const
    {
        const PrintedTables& tables = m_plan.tables;
        const PrintedBlock& block = tables.table4;
        LaidTable table;
        if (m_habits.table4ByGroup) {
            LaidRow header{cell(QString(), LaidRole::Filler)};
            for (qsizetype c = 0; c < block.columns.size(); ++c) {
                header.append(
                    cell(m_habits.genericHeaders ? generic(int(c) + 1) : block.columns.at(c),
                         LaidRole::Header));
            }
            table.rows.append(header);
            for (const PrintedRow& row : block.rows) {
                LaidRow line{cell(row.text, LaidRole::Label)};
                for (const PrintedCell& printed : row.cells) {
                    line.append(figure(printed));
                }
                table.rows.append(line);
            }
            return table;
        }
        if (m_habits.genericHeaders) {
            LaidRow header;
            int index = 0;
            for (const PrintedRow& row : block.rows) {
                for (qsizetype c = 0; c < row.cells.size(); ++c) {
                    header.append(cell(generic(++index), LaidRole::Header));
                }
            }
            table.rows.append(header);
        } else {
            const int groupWidth = int(block.columns.size());
            LaidRow top;
            LaidRow middle;
            LaidRow bottom;
            for (const Table4Heading& heading : tables.table4Headings) {
                const int subs = int(std::max<qsizetype>(1, heading.subs.size()));
                top.append(cell(heading.top, LaidRole::Header, 1, groupWidth * subs));
                if (heading.subs.isEmpty()) {
                    for (const QString& column : block.columns) {
                        LaidCell word = cell(QString(), LaidRole::Header, 2);
                        word.lines = headerLines(column, true);
                        middle.append(word);
                    }
                    continue;
                }
                for (const QString& sub : heading.subs) {
                    middle.append(cell(sub, LaidRole::Header, 1, groupWidth));
                    for (const QString& column : block.columns) {
                        LaidCell word = cell(QString(), LaidRole::Header);
                        word.lines = headerLines(column, m_habits.brokenHeaders);
                        bottom.append(word);
                    }
                }
            }
            table.rows << top << middle;
            if (!bottom.isEmpty()) {
                table.rows << bottom;
            }
        }
        LaidRow figures;
        for (const PrintedRow& row : block.rows) {
            for (const PrintedCell& printed : row.cells) {
                figures.append(figure(printed));
            }
        }
        table.rows.append(figures);
        return table;
    }

private:
    [[nodiscard]] int labelColumns() const { return m_habits.groupColumns ? kLabelColumns : 1; }

    QList<LaidRow> applicantHeader() const
    {
        const PrintedBlock& block = m_plan.tables.table3;
        const int labels = labelColumns();
        if (m_habits.genericHeaders) {
            LaidRow header{cell(QStringLiteral("项目"), LaidRole::Header, 1, labels)};
            for (qsizetype c = 0; c < block.columns.size(); ++c) {
                header.append(cell(generic(int(c) + 1), LaidRole::Header));
            }
            return {header};
        }
        const bool grouped = std::any_of(block.columnGroups.begin(), block.columnGroups.end(),
                                         [](const QString& g) { return !g.isEmpty(); });
        const int levels = grouped ? 3 : 2;
        LaidRow first{cell(m_plan.tables.table3Note, LaidRole::Header, levels, labels),
                      cell(block.label, LaidRole::Header, 1, int(block.columns.size()))};
        LaidRow second;
        LaidRow third;
        for (qsizetype c = 0; c < block.columns.size(); ++c) {
            const QString& group = block.columnGroups.at(c);
            LaidCell word = cell(QString(), LaidRole::Header, group.isEmpty() ? levels - 1 : 1);
            word.lines = headerLines(block.columns.at(c), m_habits.brokenHeaders);
            if (group.isEmpty()) {
                second.append(word);
                continue;
            }
            if (c == 0 || block.columnGroups.at(c - 1) != group) {
                qsizetype run = c;
                while (run < block.columns.size() && block.columnGroups.at(run) == group) {
                    ++run;
                }
                second.append(cell(group, LaidRole::Header, 1, int(run - c)));
            }
            third.append(word);
        }
        QList<LaidRow> header{first, second};
        if (!third.isEmpty()) {
            header.append(third);
        }
        return header;
    }

    /// Table 3's rows [from, to) as a table; the groups a row lies in are opened again at
    /// `from` (a continued table repeats them).
    LaidTable rowsTable(int from, int to, bool header) const
    {
        const QList<PrintedRow>& rows = m_plan.tables.table3.rows;
        LaidTable table;
        if (header) {
            table.rows = applicantHeader();
        }
        // The group open at each level: its label, and whether it is printed on a line of its
        // own with figures (then its items leave its column empty).
        struct Level {
            QString label;
            bool bySubtotal = false;
        };
        QList<Level> open;
        for (int r = 0; r < to; ++r) {
            const PrintedRow& row = rows.at(r);
            const int firstOpened = row.depth - int(row.opens.size());
            open.resize(std::max<qsizetype>(open.size(), row.depth + 1));
            for (qsizetype i = 0; i < row.opens.size(); ++i) {
                open[firstOpened + i] = Level{row.opens.at(i), false};
            }
            if (row.subtotal) {
                open[row.depth] = Level{row.label(), true};
            }
            if (r < from) {
                continue;
            }
            LaidRow line;
            if (m_habits.groupColumns) {
                for (int level = 0; level < row.depth; ++level) {
                    if (open.at(level).bySubtotal) {
                        line.append(cell(QString(), LaidRole::Filler));
                        continue;
                    }
                    if (level < firstOpened && r != from) {
                        continue; // covered by the group's cell above
                    }
                    LaidCell group =
                        cell(open.at(level).label, LaidRole::Label, extent(r, to, level));
                    if (level == 0 && m_habits.verticalResultsLabel) {
                        group.lines = vertical(group.text());
                    }
                    line.append(group);
                }
                line.append(labelCell(row.label(), kLabelColumns - row.depth +
                                                       (m_habits.irregularSpans ? 1 : 0)));
            } else {
                line.append(labelCell(row.label(), m_habits.irregularSpans ? 2 : 1));
            }
            // Irregular tables: the label reaches one slot further than the header's, so the
            // figures stand one slot right of their column words.
            for (const PrintedCell& printed : row.cells) {
                line.append(figure(printed));
            }
            table.rows.append(line);
        }
        return table;
    }

    /// A row's label cell; a long one broken over two lines where the author's cells are
    /// narrow ("1.申请人无正当理由逾期不补正、行政机关" / "不再处理其政府信息公开申请").
    [[nodiscard]] LaidCell labelCell(const QString& label, int columnSpan) const
    {
        LaidCell laid = cell(label, LaidRole::Label, 1, columnSpan);
        if (m_habits.brokenLabels && label.size() > 16) {
            const qsizetype cut = label.size() * 3 / 5;
            laid.lines = QStringList{label.left(cut), label.mid(cut)};
        }
        return laid;
    }

    /// Rows from `r` (before `to`) inside the group open at `level` at row `r`.
    [[nodiscard]] int extent(int r, int to, int level) const
    {
        const QList<PrintedRow>& rows = m_plan.tables.table3.rows;
        int end = r + 1;
        while (end < to) {
            const PrintedRow& row = rows.at(end);
            const int firstOpened = row.depth - int(row.opens.size());
            if (row.depth <= level || level >= firstOpened ||
                (row.subtotal && row.depth == level)) {
                break;
            }
            ++end;
        }
        return end - r;
    }

    const ReportPlan& m_plan;
    const TableHabits& m_habits;
};

} // namespace

int LaidTable::columnCount() const
{
    int count = 0;
    const QList<QList<int>> columns = placeColumns(*this);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            count = std::max(count, columns.at(r).at(c) + rows.at(r).at(c).columnSpan);
        }
    }
    return count;
}

QList<QList<int>> placeColumns(const LaidTable& table)
{
    QList<QList<bool>> taken;
    const auto slot = [&taken](int row, int column) -> bool {
        return row < taken.size() && column < taken.at(row).size() && taken.at(row).at(column);
    };
    const auto take = [&taken](int row, int column) {
        while (taken.size() <= row) {
            taken.append(QList<bool>());
        }
        while (taken[row].size() <= column) {
            taken[row].append(false);
        }
        taken[row][column] = true;
    };
    QList<QList<int>> placed;
    for (int r = 0; r < table.rows.size(); ++r) {
        QList<int> columns;
        int column = 0;
        for (const LaidCell& laid : table.rows.at(r)) {
            while (slot(r, column)) {
                ++column;
            }
            columns.append(column);
            for (int dr = 0; dr < laid.rowSpan && r + dr < table.rows.size(); ++dr) {
                for (int dc = 0; dc < laid.columnSpan; ++dc) {
                    take(r + dr, column + dc);
                }
            }
            column += laid.columnSpan;
        }
        placed.append(columns);
    }
    return placed;
}

TableHabits TableHabits::random(QRandomGenerator& random)
{
    TableHabits habits;
    habits.verticalResultsLabel = chance(random, 0.6);
    habits.groupColumns = chance(random, 0.8);
    habits.genericHeaders = chance(random, 0.2);
    habits.irregularSpans = chance(random, 0.2);
    if (chance(random, 0.3)) {
        habits.splitTable3At = between(random, 3, 20);
        habits.repeatHeader = chance(random, 0.5);
    }
    habits.table2PerItem = chance(random, 0.3);
    habits.table4ByGroup = chance(random, 0.15);
    habits.brokenHeaders = chance(random, 0.5);
    habits.brokenLabels = chance(random, 0.4);
    return habits;
}

QList<LaidBlock> layOutReport(const ReportPlan& plan, const TableHabits& habits)
{
    QList<LaidBlock> blocks;
    const auto paragraph = [&blocks](const QString& text, int level = 0) {
        LaidBlock block;
        block.paragraph = text;
        block.headingLevel = level;
        blocks.append(block);
    };
    const auto table = [&blocks](const LaidTable& laid) {
        LaidBlock block;
        block.table = laid;
        blocks.append(block);
    };
    const auto prose = [&](const QList<Paragraph>& items) {
        for (const Paragraph& item : items) {
            if (!item.heading.isEmpty()) {
                paragraph(item.heading, 3);
            }
            paragraph(item.text);
        }
    };
    if (!plan.preamble.isEmpty()) {
        paragraph(plan.preamble);
    }
    paragraph(plan.title, 1);
    for (const QString& text : plan.narrative.intro) {
        paragraph(text);
    }
    const TableLayouter layouter(plan, habits);
    for (const PlannedPart& part : plan.parts) {
        paragraph(part.heading, 2);
        switch (part.kind) {
        case PartKind::Overview:
            prose(plan.narrative.overview);
            break;
        case PartKind::Items:
            for (const LaidTable& laid : layouter.items()) {
                table(laid);
            }
            break;
        case PartKind::Rows:
            for (const LaidTable& laid : layouter.rows()) {
                table(laid);
            }
            break;
        case PartKind::Flattened:
            table(layouter.flattened());
            break;
        case PartKind::Problems:
            prose(plan.narrative.problems);
            break;
        case PartKind::OtherMatters:
            prose(plan.narrative.otherMatters);
            break;
        }
    }
    return blocks;
}

} // namespace nianbao::synth
