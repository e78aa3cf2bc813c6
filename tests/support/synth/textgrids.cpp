// The text shapes that keep a table's grid: Markdown pipe tables as PDF and OCR converters
// write them, and tab-separated rows with the same number of fields in every row of a table.

#include "synth/filewriters.h"
#include "synth/randomtools.h"

namespace nianbao::synth {

namespace {

/// A table's grid: each cell's text at its top-left slot, empty where a merged cell reaches.
struct SlotGrid {
    QList<QStringList> text;
    QList<QList<const LaidCell*>> anchors; ///< the cell whose top-left slot it is, or null
    QList<QList<const LaidCell*>> covered; ///< the cell covering it
};

SlotGrid slotGridOf(const LaidTable& table, const QString& lineJoin)
{
    const QList<QList<int>> columns = placeColumns(table);
    const int width = table.columnCount();
    SlotGrid grid;
    for (int r = 0; r < table.rows.size(); ++r) {
        grid.text.append(QStringList(width));
        grid.anchors.append(QList<const LaidCell*>(width, nullptr));
        grid.covered.append(QList<const LaidCell*>(width, nullptr));
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int i = 0; i < table.rows.at(r).size(); ++i) {
            const LaidCell& cell = table.rows.at(r).at(i);
            const int column = columns.at(r).at(i);
            grid.text[r][column] = cell.lines.join(lineJoin);
            grid.anchors[r][column] = &cell;
            for (int dr = 0; dr < cell.rowSpan && r + dr < table.rows.size(); ++dr) {
                for (int dc = 0; dc < cell.columnSpan && column + dc < width; ++dc) {
                    grid.covered[r + dr][column + dc] = &cell;
                }
            }
        }
    }
    return grid;
}

QString pipeLine(const QStringList& cells)
{
    QString line = QStringLiteral("|");
    for (const QString& cell : cells) {
        line += u' ' + QString(cell).replace(u'|', QStringLiteral("\\|")) + QStringLiteral(" |");
    }
    return line;
}

QString separatorLine(qsizetype count)
{
    QString line = QStringLiteral("|");
    for (qsizetype i = 0; i < count; ++i) {
        line += QStringLiteral(" --- |");
    }
    return line;
}

/// How one converter writes tables.
struct MarkdownHabits {
    bool perRow = false;          ///< a table per row
    int header = 0;               ///< 0: the first row; 1: 数据1…; 2: a wrong header
    bool headingsForRows = false; ///< the row's label as a heading above its table
    double splitRate = 0.0;       ///< label row and figure row apart
    bool repeatLabels = false;    ///< a merged label repeated in every row it covers
    QString lineJoin;             ///< how a cell's lines are joined ("" or "<br>")
};

class MarkdownWriter {
public:
    explicit MarkdownWriter(QRandomGenerator& random)
        : m_random(random)
    {
        m_habits.perRow = chance(random, 0.5);
        m_habits.header = between(random, 0, 2);
        m_habits.headingsForRows = m_habits.perRow && chance(random, 0.5);
        m_habits.splitRate = chance(random, 0.4) ? 0.3 : 0.0;
        m_habits.repeatLabels = chance(random, 0.3);
        m_habits.lineJoin = chance(random, 0.3) ? QStringLiteral("<br>") : QString();
    }

    QString write(const QList<LaidBlock>& blocks)
    {
        for (const LaidBlock& block : blocks) {
            for (const LaidRow& row : block.table.rows) {
                if (m_wrongHeader.isEmpty() && !row.isEmpty() &&
                    std::all_of(row.begin(), row.end(),
                                [](const LaidCell& c) { return c.role == LaidRole::Header; })) {
                    for (const LaidCell& cell : row) {
                        m_wrongHeader.append(cell.text());
                    }
                }
            }
        }
        for (const LaidBlock& block : blocks) {
            if (block.isTable()) {
                table(block.table);
            } else if (block.headingLevel > 0) {
                line(QString(std::min(block.headingLevel + 1, 4), u'#') + u' ' + block.paragraph);
                line(QString());
            } else {
                line(block.paragraph);
                line(QString());
            }
        }
        return m_out;
    }

private:
    void line(const QString& text) { m_out += text + u'\n'; }

    /// The rows of a table as the converter prints them: merged grid empty (or the label
    /// repeated), a row's figures below its label now and then.
    QList<QStringList> printedRows(const LaidTable& table)
    {
        const SlotGrid grid = slotGridOf(table, m_habits.lineJoin);
        QList<QStringList> rows;
        for (int r = 0; r < grid.text.size(); ++r) {
            QStringList cells = grid.text.at(r);
            bool figures = false;
            for (int c = 0; c < cells.size(); ++c) {
                const LaidCell* cover = grid.covered.at(r).at(c);
                if (m_habits.repeatLabels && !grid.anchors.at(r).at(c) && cover &&
                    cover->role == LaidRole::Label && cover->rowSpan > 1 &&
                    cover->columnSpan == 1) {
                    cells[c] = cover->lines.join(m_habits.lineJoin);
                }
                figures = figures || (cover && cover->role == LaidRole::Figure);
            }
            if (figures && chance(m_random, m_habits.splitRate)) {
                // The label row keeps the words; the figures follow on a row of their own.
                QStringList labels;
                QStringList values;
                for (int c = 0; c < cells.size(); ++c) {
                    const LaidCell* anchor = grid.anchors.at(r).at(c);
                    if (anchor && anchor->role == LaidRole::Figure) {
                        values.append(cells.at(c));
                    } else if (!anchor || anchor->role != LaidRole::Figure) {
                        labels.append(cells.at(c));
                    }
                }
                rows.append(labels);
                rows.append(values);
                continue;
            }
            rows.append(cells);
        }
        return rows;
    }

    QStringList headerFor(qsizetype width)
    {
        // A wrong header is one the converter carried over from another table of the report.
        QStringList header;
        for (qsizetype c = 0; c < width; ++c) {
            header.append(m_habits.header == 1 || m_wrongHeader.isEmpty()
                              ? QStringLiteral("数据%1").arg(c + 1)
                              : m_wrongHeader.at(c % m_wrongHeader.size()));
        }
        return header;
    }

    void pipeTable(const QList<QStringList>& rows)
    {
        if (rows.isEmpty()) {
            return;
        }
        if (m_habits.header == 0) {
            line(pipeLine(rows.first()));
            line(separatorLine(rows.first().size()));
            for (qsizetype r = 1; r < rows.size(); ++r) {
                line(pipeLine(rows.at(r)));
            }
        } else {
            line(pipeLine(headerFor(rows.first().size())));
            line(separatorLine(rows.first().size()));
            for (const QStringList& row : rows) {
                line(pipeLine(row));
            }
        }
        line(QString());
    }

    void table(const LaidTable& table)
    {
        const QList<QStringList> rows = printedRows(table);
        if (!m_habits.perRow) {
            pipeTable(rows);
            return;
        }
        for (const QStringList& row : rows) {
            if (m_habits.headingsForRows) {
                const auto label = std::find_if(row.begin(), row.end(), [](const QString& c) {
                    return !c.isEmpty() && !c.at(0).isDigit();
                });
                if (label != row.end() && label->size() > 3) {
                    line(QStringLiteral("#### ") + QString(*label).remove(QStringLiteral("<br>")));
                    line(QString());
                }
            }
            pipeTable({row});
        }
    }

    QRandomGenerator& m_random;
    MarkdownHabits m_habits;
    QStringList m_wrongHeader;
    QString m_out;
};

} // namespace

QString markdownReport(const QList<LaidBlock>& blocks, QRandomGenerator& random)
{
    return MarkdownWriter(random).write(blocks);
}

QString tabGridReport(const QList<LaidBlock>& blocks, QRandomGenerator& random)
{
    const bool indent = chance(random, 0.3);
    QString out;
    for (const LaidBlock& block : blocks) {
        if (!block.isTable()) {
            out +=
                (indent && block.headingLevel == 0 ? QStringLiteral("\u3000\u3000") : QString()) +
                block.paragraph + QStringLiteral("\n\n");
            continue;
        }
        const SlotGrid grid =
            slotGridOf(block.table, chance(random, 0.5) ? QString() : QStringLiteral(" "));
        // As wide as the cells written reach: no empty fields padded on after the last.
        int width = 0;
        for (const QStringList& row : grid.text) {
            for (int c = 0; c < row.size(); ++c) {
                width = row.at(c).isEmpty() ? width : std::max(width, c + 1);
            }
        }
        for (const QStringList& row : grid.text) {
            out += row.mid(0, width).join(u'\t') + u'\n';
        }
        out += u'\n';
    }
    return out;
}

} // namespace nianbao::synth
