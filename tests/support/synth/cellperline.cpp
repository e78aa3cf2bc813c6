// CellPerLine: text copied out of a Word table cell by cell (seeds 000 and 002). Every cell on
// its own line behind a tab, a blank line between rows, merged cells as lines holding only a
// tab, the table-3 header printed cell by cell.

#include "synth/noise.h"
#include "synth/randomtools.h"
#include "synth/reportplan.h"
#include "synth/reportwriter.h"

#include <array>

namespace nianbao::synth {

namespace {

class CellPerLineRenderer {
public:
    CellPerLineRenderer(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random)
        : m_plan(plan)
        , m_out(out)
        , m_random(random)
        , m_noise(plan.difficulties.labelNoise)
    {
        m_indent = chance(random, 0.5) ? QStringLiteral("\u3000\u3000") : QString();
        if (plan.difficulties.fullWidthDigits) {
            // Seed 002 pads figures with U+3000 and NBSP, a pattern per column.
            static const QStringList pads = {QString(), QStringLiteral("\u3000"),
                                             QStringLiteral("\u3000\u3000"),
                                             QStringLiteral("\u00a0")};
            for (int i = 0; i < 9; ++i) {
                m_padBefore.append(pick(random, pads));
                m_padAfter.append(chance(random, 0.3) ? QStringLiteral("\u00a0") : QString());
            }
        }
    }

    void render()
    {
        if (!m_plan.preamble.isEmpty()) {
            line(m_plan.preamble);
        }
        if (chance(m_random, 0.3)) {
            line(m_plan.agency);
            line(m_plan.title.mid(m_plan.agency.size()));
        } else {
            line(m_plan.title);
        }
        for (const QString& paragraph : m_plan.narrative.intro) {
            line(m_indent + paragraph);
        }
        for (const PlannedPart& part : m_plan.parts) {
            renderPart(part);
        }
    }

private:
    void line(const QString& text)
    {
        m_out.write(text);
        m_out.newline();
    }

    void tabLine(const QString& text) { line(u'\t' + text); }

    /// A label on its own line; with label noise sometimes broken, the rest on a line of its
    /// own without the tab (seed 002's 本年新 / 制作数量), or with a space inside.
    void labelLine(const QString& label, bool tab = true)
    {
        QString text = label;
        if (m_noise && text.size() >= 6 && chance(m_random, 0.25)) {
            const auto [first, rest] = brokenLabel(text, m_random);
            if (!rest.isEmpty()) {
                line((tab ? QStringLiteral("\t") : QString()) + first);
                line(rest);
                return;
            }
        }
        if (m_noise && chance(m_random, 0.15)) {
            text = spacedOut(text, m_random);
        }
        line((tab ? QStringLiteral("\t") : QString()) + text);
    }

    void cellLine(const PrintedCell& cell, int position)
    {
        m_out.write(u"\t");
        if (cell.blank()) {
            // A blank cell is a line of whitespace only: a tab, sometimes an NBSP.
            m_out.write(cell);
            if (chance(m_random, 0.4)) {
                m_out.write(u"\u00a0");
            }
        } else {
            m_out.write(m_padBefore.value(position));
            m_out.write(cell);
            m_out.write(m_padAfter.value(position));
        }
        m_out.newline();
    }

    void paragraphs(const QList<Paragraph>& items)
    {
        for (const Paragraph& paragraph : items) {
            if (paragraph.heading.isEmpty()) {
                line(m_indent + paragraph.text);
            } else {
                line(m_indent + paragraph.heading + u"。" + paragraph.text);
            }
        }
    }

    void renderPart(const PlannedPart& part)
    {
        switch (part.kind) {
        case PartKind::Overview:
            line(m_indent + part.heading);
            paragraphs(m_plan.narrative.overview);
            m_out.newline();
            break;
        case PartKind::Items:
            line(m_indent + part.heading);
            items();
            break;
        case PartKind::Rows:
            line(part.heading);
            rows();
            break;
        case PartKind::Flattened:
            line(m_indent + part.heading);
            flattened();
            break;
        case PartKind::Problems:
            line(m_indent + part.heading);
            paragraphs(m_plan.narrative.problems);
            break;
        case PartKind::OtherMatters:
            line(part.heading);
            paragraphs(m_plan.narrative.otherMatters);
            break;
        }
    }

    void items()
    {
        const PrintedTables& tables = m_plan.tables;
        for (const PrintedBlock& block : tables.table2) {
            tabLine(block.label);
            m_out.newline();
            tabLine(tables.itemHeader);
            for (const QString& column : block.columns) {
                labelLine(column);
            }
            m_out.newline();
            for (const PrintedRow& row : block.rows) {
                labelLine(row.label());
                for (qsizetype c = 0; c < row.cells.size(); ++c) {
                    cellLine(row.cells.at(c), int(c));
                }
                m_out.newline();
            }
        }
        m_out.newline();
        line(QStringLiteral("\u3000"));
        m_out.newline();
    }

    void rows()
    {
        const PrintedTables& tables = m_plan.tables;
        const PrintedBlock& block = tables.table3;
        tabLine(tables.table3Note);
        tabLine(block.label);
        m_out.newline();
        // The header, cell by cell: first the corner, 自然人, 法人或其他组织 and 总计; then
        // the corner again and the kinds of organisation under their group.
        tabLine(QString());
        QString group;
        for (qsizetype c = 0; c < block.columns.size(); ++c) {
            const QString& columnGroup = block.columnGroups.at(c);
            if (columnGroup.isEmpty()) {
                labelLine(block.columns.at(c));
            } else if (columnGroup != group) {
                labelLine(columnGroup);
            }
            group = columnGroup;
        }
        m_out.newline();
        tabLine(QString());
        for (qsizetype c = 0; c < block.columns.size(); ++c) {
            if (block.columnGroups.at(c).isEmpty()) {
                tabLine(QString());
            } else {
                labelLine(block.columns.at(c));
            }
        }
        m_out.newline();
        for (const PrintedRow& row : block.rows) {
            for (qsizetype level = row.opens.size(); level < row.depth; ++level) {
                tabLine(QString()); // a merged cell of an enclosing group
            }
            for (const QString& opened : row.opens) {
                // Seed 002 prints one group label without its tab.
                labelLine(opened, !chance(m_random, 0.1));
            }
            labelLine(row.label());
            for (qsizetype c = 0; c < row.cells.size(); ++c) {
                cellLine(row.cells.at(c), int(c));
            }
            m_out.newline();
        }
        m_out.newline();
    }

    void flattened()
    {
        const PrintedTables& tables = m_plan.tables;
        for (const Table4Heading& heading : tables.table4Headings) {
            tabLine(heading.top);
        }
        m_out.newline();
        tabLine(QString());
        for (const Table4Heading& heading : tables.table4Headings) {
            for (const QString& sub : heading.subs) {
                tabLine(sub);
            }
        }
        m_out.newline();
        for (qsizetype r = 0; r < tables.table4.rows.size(); ++r) {
            for (const QString& column : tables.table4.columns) {
                labelLine(column);
            }
        }
        m_out.newline();
        int position = 0;
        if (m_plan.difficulties.table4OneLine) {
            for (const PrintedRow& row : tables.table4.rows) {
                for (const PrintedCell& cell : row.cells) {
                    m_out.write(u"\t");
                    m_out.write(cell);
                }
            }
            m_out.newline();
        } else {
            for (const PrintedRow& row : tables.table4.rows) {
                for (const PrintedCell& cell : row.cells) {
                    cellLine(cell, position++ % 5);
                }
            }
        }
        m_out.newline(2);
    }

    const ReportPlan& m_plan;
    ReportWriter& m_out;
    QRandomGenerator& m_random;
    bool m_noise = false;
    QString m_indent;
    QStringList m_padBefore;
    QStringList m_padAfter;
};

} // namespace

void renderCellPerLine(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random)
{
    CellPerLineRenderer(plan, out, random).render();
}

} // namespace nianbao::synth
