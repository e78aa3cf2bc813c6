// TabRows: a Word or WPS table exported as text (seeds 001 and 003). One row per line, fields
// separated by tabs, merged cells collapsed into empty fields so that columns shift, trailing
// tabs, header rows with empty fields, sometimes a "----\t---" rule under a table.

#include "synth/noise.h"
#include "synth/partwriter.h"
#include "synth/randomtools.h"
#include "synth/reportplan.h"
#include "synth/reportwriter.h"
#include "synth/tabfields.h"

namespace nianbao::synth {

namespace {

class TabRowsRenderer : private PartWriter {
public:
    TabRowsRenderer(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random)
        : m_plan(plan)
        , m_out(out)
        , m_random(random)
        , m_noise(plan.difficulties.labelNoise)
        , m_lead(between(random, 1, 2))
        , m_trailingTab(chance(random, 0.6))
    {
        if (plan.difficulties.fullWidthDigits) {
            m_pad = pick(random, QStringList{QStringLiteral("\u3000"), QStringLiteral("\u00a0")});
        }
    }

    void render()
    {
        if (!m_plan.preamble.isEmpty()) {
            m_out.write(m_plan.preamble);
            m_out.newline();
        }
        m_out.newline(2);
        // Seed 001 separates the agency from the year with a space.
        if (chance(m_random, 0.4)) {
            paragraph(m_plan.agency + u' ' + m_plan.title.mid(m_plan.agency.size()));
        } else {
            paragraph(m_plan.title);
        }
        for (const QString& text : m_plan.narrative.intro) {
            paragraph(text);
        }
        for (const PlannedPart& part : m_plan.parts) {
            paragraph(part.heading);
            writePart(*this, m_plan, part);
        }
    }

private:
    void paragraph(const QString& text)
    {
        m_out.write(text);
        m_out.newline(2);
    }

    void paragraphs(const QList<Paragraph>& items) override
    {
        for (const Paragraph& item : items) {
            if (!item.heading.isEmpty()) {
                paragraph(item.heading);
            }
            paragraph(item.text);
        }
    }

    /// Label noise of tab exports: a space where the cell wrapped ("结果 维持").
    QString noisy(const QString& label)
    {
        return m_noise && chance(m_random, 0.2) ? spacedOut(label, m_random) : label;
    }

    void fieldsLine(const QStringList& fields)
    {
        writeFields(m_out, fields, {}, {});
        m_out.newline();
    }

    void items() override
    {
        const PrintedTables& tables = m_plan.tables;
        int width = 0;
        for (const PrintedBlock& block : tables.table2) {
            width = std::max(width, int(block.columns.size()) + 1);
        }
        for (const PrintedBlock& block : tables.table2) {
            fieldsLine(padded({block.label}, width));
            QStringList header = {tables.itemHeader};
            for (const QString& column : block.columns) {
                header.append(noisy(column));
            }
            fieldsLine(padded(header, width));
            for (const PrintedRow& row : block.rows) {
                QStringList after;
                for (qsizetype i = row.cells.size() + 1; i < width; ++i) {
                    after.append(QString());
                }
                writeFields(m_out, {noisy(row.label())}, row.cells, after);
                m_out.newline();
            }
        }
        m_out.newline();
    }

    void rows() override
    {
        const PrintedTables& tables = m_plan.tables;
        const QList<QStringList> header = applicantHeader(tables, m_lead);
        for (qsizetype i = 0; i < header.size(); ++i) {
            QStringList fields = header.at(i);
            for (QString& field : fields) {
                field = noisy(field);
            }
            if (m_trailingTab) {
                fields.append(QString());
            }
            fieldsLine(fields);
        }
        const QList<PrintedRow>& rows = tables.table3.rows;
        const int emptyLineAfter =
            chance(m_random, 0.3) ? between(m_random, 0, int(rows.size()) - 2) : -1;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const PrintedRow& row = rows.at(r);
            QStringList before = rowLabelFields(row);
            before.last() = noisy(before.last());
            if (row.depth == 0) {
                for (int i = 1; i < m_lead; ++i) {
                    before.append(QString()); // the label spans the merged label columns
                }
            } else if (row.opens.isEmpty() && chance(m_random, 0.08)) {
                // A collapsed merge: the row loses its leading empty fields and gains one after
                // its label (seed 001's "3.其他\t\t0…", seed 003's "5.要求…\t\t0…").
                before = {row.label(), QString()};
            }
            writeFields(m_out, before, row.cells,
                        m_trailingTab ? QStringList{QString()} : QStringList{},
                        chance(m_random, 0.3) ? QStringView(m_pad) : QStringView());
            m_out.newline();
            if (r == emptyLineAfter) {
                m_out.newline();
            }
        }
        if (chance(m_random, 0.3)) {
            QStringList rule = {QStringLiteral("--------------")};
            for (qsizetype c = 0; c < tables.table3.columns.size(); ++c) {
                rule.append(QStringLiteral("---"));
            }
            fieldsLine(rule);
        }
        m_out.newline();
    }

    void flattened() override
    {
        const PrintedTables& tables = m_plan.tables;
        for (QStringList fields : appealHeader(tables)) {
            for (QString& field : fields) {
                field = noisy(field);
            }
            fieldsLine(fields);
        }
        QList<PrintedCell> cells;
        for (const PrintedRow& row : tables.table4.rows) {
            cells << row.cells;
        }
        writeFields(m_out, {}, cells, {});
        m_out.newline(2);
    }

    const ReportPlan& m_plan;
    ReportWriter& m_out;
    QRandomGenerator& m_random;
    bool m_noise = false;
    int m_lead = 1;
    bool m_trailingTab = false;
    QString m_pad; ///< in front of figures, in some rows
};

} // namespace

void renderTabRows(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random)
{
    TabRowsRenderer(plan, out, random).render();
}

} // namespace nianbao::synth
