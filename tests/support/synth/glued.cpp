// Glued: a web page's innerText (real reports 002–008). The whole report on one or a few
// lines; a row's label runs straight into its figures and the figures into each other
// ("行政规范性文件8855698" is 88, 55, 698). Where figures of one row touch, the row cannot be
// read with certainty, and its cells are reported uncertain.

#include "synth/noise.h"
#include "synth/partwriter.h"
#include "synth/randomtools.h"
#include "synth/reportplan.h"
#include "synth/reportwriter.h"

namespace nianbao::synth {

namespace {

class GluedRenderer : private PartWriter {
public:
    GluedRenderer(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random)
        : m_plan(plan)
        , m_out(out)
        , m_random(random)
        , m_noise(plan.difficulties.labelNoise)
        , m_spacedRows(pick(random, QList<double>{0.0, 0.2, 0.6}))
    {}

    void render()
    {
        if (!m_plan.preamble.isEmpty()) {
            m_out.write(m_plan.preamble);
            m_out.newline();
        }
        if (chance(m_random, 0.3)) {
            // The page around the report: a breadcrumb, the source and date.
            m_out.write(QStringLiteral("当前位置： 首页政务公开政府信息公开政府信息公开年报 "));
            m_out.write(m_plan.title);
            m_out.write(QStringLiteral(" 来源：%1 时间：%2-01-2%3 10:3%4 文字版 全文下载 ")
                            .arg(m_plan.agency)
                            .arg(m_plan.year + 1)
                            .arg(between(m_random, 0, 8))
                            .arg(between(m_random, 0, 9)));
        } else {
            m_out.write(m_plan.title);
            if (chance(m_random, 0.5)) {
                m_out.newline();
            } else {
                m_out.write(u" ");
            }
        }
        for (const QString& text : m_plan.narrative.intro) {
            m_out.write(text);
        }
        for (const PlannedPart& part : m_plan.parts) {
            label(part.heading, false);
            writePart(*this, m_plan, part);
            if (chance(m_random, 0.4)) {
                m_out.write(u" ");
            }
        }
        m_out.newline();
    }

private:
    /// Writes a label. After a row whose figures end in a digit, a label that starts with one
    /// ("2.其他法律…") would lengthen the last figure: a space keeps the two apart.
    void label(const QString& text, bool noisy = true)
    {
        if (text.isEmpty()) {
            return;
        }
        if (m_lastRowCertain && m_out.lastChar().isDigit() && text.front().isDigit()) {
            m_out.write(u" ");
        }
        m_lastRowCertain = false;
        m_out.write(noisy && m_noise && chance(m_random, 0.2) ? spacedOut(text, m_random) : text);
    }

    void paragraphs(const QList<Paragraph>& items) override
    {
        for (const Paragraph& item : items) {
            m_out.write(item.heading);
            m_out.write(item.text);
        }
    }

    /// A row's figures. Spaced out ("0 1 1 0 2"), each figure is certain; run together, or
    /// spaced only here and there ("230 000023"), every figure of the row is uncertain.
    void figures(const QList<PrintedCell>& cells)
    {
        const bool spaced = cells.size() == 1 || chance(m_random, m_spacedRows);
        if (chance(m_random, 0.2)) {
            m_out.write(u" ");
        }
        bool touching = false;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0) {
                if (spaced || chance(m_random, 0.25)) {
                    m_out.write(u" ");
                } else {
                    touching = true;
                }
            }
            m_out.write(cells.at(i));
        }
        if (touching) {
            for (const PrintedCell& cell : cells) {
                m_out.markUncertain(cell.key);
            }
        }
        m_lastRowCertain = !touching;
    }

    void items() override
    {
        const PrintedTables& tables = m_plan.tables;
        const bool spacedHeader = chance(m_random, 0.3);
        const QString gap = spacedHeader ? QStringLiteral(" ") : QString();
        for (const PrintedBlock& block : tables.table2) {
            label(block.label + gap + tables.itemHeader);
            for (const QString& column : block.columns) {
                m_out.write(gap);
                label(column);
            }
            for (const PrintedRow& row : block.rows) {
                label(row.label());
                figures(row.cells);
            }
        }
    }

    void rows() override
    {
        const PrintedTables& tables = m_plan.tables;
        const PrintedBlock& block = tables.table3;
        label(tables.table3Note + block.label);
        QString group;
        for (qsizetype c = 0; c < block.columns.size(); ++c) {
            const QString& columnGroup = block.columnGroups.at(c);
            label(columnGroup.isEmpty() ? block.columns.at(c)
                                        : (columnGroup != group ? columnGroup : QString()));
            group = columnGroup;
        }
        for (qsizetype c = 0; c < block.columns.size(); ++c) {
            if (!block.columnGroups.at(c).isEmpty()) {
                label(block.columns.at(c));
            }
        }
        // Real 002 repeats the outer group's label where its rows went on in another web
        // table cell.
        const QString outer = outerGroupLabel(block);
        for (const PrintedRow& row : block.rows) {
            if (!outer.isEmpty() && row.depth > 1 && !row.opens.isEmpty() &&
                !row.opens.contains(outer) && chance(m_random, 0.15)) {
                label(outer);
            }
            for (const QString& opened : row.opens) {
                label(opened);
            }
            label(row.label());
            figures(row.cells);
        }
    }

    static QString outerGroupLabel(const PrintedBlock& block)
    {
        for (const PrintedRow& row : block.rows) {
            if (row.depth == 1 && !row.opens.isEmpty()) {
                return row.opens.first();
            }
        }
        return QString();
    }

    void flattened() override
    {
        const PrintedTables& tables = m_plan.tables;
        for (const Table4Heading& heading : tables.table4Headings) {
            label(heading.top);
        }
        for (const Table4Heading& heading : tables.table4Headings) {
            if (heading.subs.isEmpty()) {
                for (const QString& column : tables.table4.columns) {
                    label(column);
                }
            }
        }
        for (const Table4Heading& heading : tables.table4Headings) {
            for (const QString& sub : heading.subs) {
                label(sub);
            }
        }
        for (const Table4Heading& heading : tables.table4Headings) {
            for (qsizetype i = 0; i < heading.subs.size(); ++i) {
                for (const QString& column : tables.table4.columns) {
                    label(column);
                }
            }
        }
        QList<PrintedCell> cells;
        for (const PrintedRow& row : tables.table4.rows) {
            cells << row.cells;
        }
        figures(cells);
        m_out.write(u" ");
    }

    const ReportPlan& m_plan;
    ReportWriter& m_out;
    QRandomGenerator& m_random;
    bool m_noise = false;
    double m_spacedRows = 0.0;
    bool m_lastRowCertain = false;
};

} // namespace

void renderGlued(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random)
{
    GluedRenderer(plan, out, random).render();
}

} // namespace nianbao::synth
