// PdfText: a PDF through plain pdftotext, without -layout (real 011). Every table cell on a
// line of its own with an empty line after it; prose wrapped at the page width; page footers
// such as "-4-" between any two lines; long labels broken over lines, a narrow column's header
// words broken in two ("商业企" / "业"). Labels of cells pdftotext reads as blocks of their own
// (a group's merged cell, a label of several lines) come after the figures they belong to:
// a run of rows prints its figures, then a later row's, and only then their labels, the
// vertical 三、本年度办理结果 one character a line among them. The figures keep the table's
// row order; rows whose label moved are reported uncertain (a reader may have to flag them).

#include "synth/noise.h"
#include "synth/partwriter.h"
#include "synth/randomtools.h"
#include "synth/reportplan.h"
#include "synth/reportwriter.h"

namespace nianbao::synth {

namespace {

constexpr int kProseWidth = 34; ///< characters of a line of prose
constexpr int kLabelWidth = 15; ///< characters of a table-3 label cell's line

QStringList wrappedLines(const QString& text, int width)
{
    QStringList lines;
    for (qsizetype at = 0; at < text.size(); at += width) {
        lines.append(text.mid(at, width));
    }
    return lines;
}

class PdfTextRenderer : private PartWriter {
public:
    PdfTextRenderer(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random)
        : m_plan(plan)
        , m_out(out)
        , m_random(random)
        , m_noise(plan.difficulties.labelNoise)
        , m_pageLines(between(random, 40, 60))
    {}

    void render()
    {
        if (!m_plan.preamble.isEmpty()) {
            line(m_plan.preamble);
        }
        line(m_plan.title);
        m_out.newline();
        for (const QString& text : m_plan.narrative.intro) {
            prose(text);
        }
        for (const PlannedPart& part : m_plan.parts) {
            line(part.heading);
            writePart(*this, m_plan, part);
        }
        footer();
    }

private:
    /// A line, and a page footer when the page is full.
    void line(const QString& text)
    {
        m_out.write(text);
        m_out.newline();
        if (++m_onPage >= m_pageLines) {
            footer();
        }
    }

    void footer()
    {
        m_out.newline();
        m_out.write(QStringLiteral("-%1-").arg(m_page++));
        m_out.newline(2);
        m_onPage = 0;
    }

    void prose(const QString& text)
    {
        for (const QString& piece : wrappedLines(QStringLiteral("　　") + text, kProseWidth)) {
            line(piece);
        }
    }

    /// A table cell: its text, then an empty line.
    void cell(const QString& text)
    {
        line(text);
        line(QString());
    }

    void figure(const PrintedCell& printed)
    {
        m_out.write(printed);
        m_out.newline();
        line(QString());
    }

    /// A label cell, broken over lines as a narrow cell shows it.
    void labelCell(const QString& label, int width = kLabelWidth)
    {
        const QString text = m_noise && chance(m_random, 0.2) ? spacedOut(label, m_random) : label;
        for (const QString& piece : wrappedLines(text, width)) {
            line(piece);
        }
        line(QString());
    }

    void paragraphs(const QList<Paragraph>& items) override
    {
        for (const Paragraph& item : items) {
            prose(item.heading.isEmpty() ? item.text : item.heading + u"。" + item.text);
        }
    }

    void items() override
    {
        const PrintedTables& tables = m_plan.tables;
        for (const PrintedBlock& block : tables.table2) {
            line(block.label);
            m_out.newline();
            cell(tables.itemHeader);
            for (const QString& column : block.columns) {
                labelCell(column);
            }
            for (const PrintedRow& row : block.rows) {
                labelCell(row.label());
                for (const PrintedCell& printed : row.cells) {
                    figure(printed);
                }
            }
        }
    }

    void rows() override
    {
        const PrintedTables& tables = m_plan.tables;
        const PrintedBlock& block = tables.table3;
        for (const QString& piece : wrappedLines(tables.table3Note, 22)) {
            line(piece);
        }
        m_out.newline();
        QString group;
        for (qsizetype c = 0; c < block.columns.size(); ++c) {
            const QString& columnGroup = block.columnGroups.at(c);
            if (!columnGroup.isEmpty() && columnGroup != group) {
                cell(columnGroup);
            }
            group = columnGroup;
            // A narrow column's header word broken in two.
            labelCell(block.columns.at(c), block.columns.at(c).size() > 3 ? 3 : 4);
        }
        const QList<PrintedRow>& rows = block.rows;
        // Runs of rows inside groups whose labels come later: the labels of rows [first, last]
        // are printed after the figures of row `release`.
        QList<int> runStart;
        QList<int> runEnd;
        QList<int> runRelease;
        const int runs = between(m_random, 1, 2);
        for (int attempt = 0; attempt < 8 && runStart.size() < runs; ++attempt) {
            const int first = between(m_random, 2, int(rows.size()) - 2);
            const int last = std::min(int(rows.size()) - 2, first + between(m_random, 0, 3));
            const int release = std::min(int(rows.size()) - 1, last + between(m_random, 0, 3));
            bool clash = rows.at(first).depth == 0;
            for (qsizetype r = 0; r < runStart.size(); ++r) {
                clash = clash || (first <= runRelease.at(r) + 1 && last + 1 >= runStart.at(r));
            }
            for (int r = first; r <= release && !clash; ++r) {
                clash = rows.at(r).subtotal;
            }
            // (六)其他处理's labels tell a reader which of its two forms the report prints:
            // they stay in place, and in a report printing the other format's form, no label
            // moves past them.
            const int lastKept = m_plan.difficulties.collapsedOther ? release : last;
            for (int r = first; r <= lastKept && !clash; ++r) {
                clash = rows.at(r).key.startsWith(QLatin1String("other"));
            }
            if (!clash) {
                runStart.append(first);
                runEnd.append(last);
                runRelease.append(release);
            }
        }
        QStringList deferred;
        for (int r = 0; r < rows.size(); ++r) {
            const PrintedRow& row = rows.at(r);
            bool moved = false;
            for (qsizetype k = 0; k < runStart.size(); ++k) {
                moved = moved || (r >= runStart.at(k) && r <= runEnd.at(k));
            }
            QStringList labels;
            for (const QString& opened : row.opens) {
                labels.append(opened);
            }
            labels.append(row.label());
            if (moved) {
                for (const PrintedCell& printed : row.cells) {
                    m_out.markUncertain(printed.key);
                }
                deferred += labels;
            } else {
                for (const QString& label : labels) {
                    if (row.depth > 0 && label == labels.first() && !row.opens.isEmpty() &&
                        row.opens.first() == label && chance(m_random, 0.5)) {
                        // A merged cell's label read one character a line.
                        for (const QChar ch : label) {
                            line(QString(ch));
                        }
                        line(QString());
                    } else {
                        labelCell(label);
                    }
                }
            }
            for (const PrintedCell& printed : row.cells) {
                figure(printed);
            }
            if (runRelease.contains(r)) {
                for (const QString& label : deferred) {
                    labelCell(label);
                }
                deferred.clear();
            }
        }
        for (const QString& label : deferred) {
            labelCell(label);
        }
    }

    void flattened() override
    {
        const PrintedTables& tables = m_plan.tables;
        for (const Table4Heading& heading : tables.table4Headings) {
            cell(heading.top);
            for (const QString& sub : heading.subs) {
                cell(sub);
            }
        }
        for (qsizetype r = 0; r < tables.table4.rows.size(); ++r) {
            for (const QString& column : tables.table4.columns) {
                labelCell(column, 2);
            }
        }
        for (const PrintedRow& row : tables.table4.rows) {
            for (const PrintedCell& printed : row.cells) {
                figure(printed);
            }
        }
    }

    const ReportPlan& m_plan;
    ReportWriter& m_out;
    QRandomGenerator& m_random;
    bool m_noise = false;
    int m_pageLines = 50;
    int m_onPage = 0;
    int m_page = 1;
};

} // namespace

void renderPdfText(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random)
{
    PdfTextRenderer(plan, out, random).render();
}

} // namespace nianbao::synth
