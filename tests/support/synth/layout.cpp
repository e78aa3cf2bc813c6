// Layout: a PDF through pdftotext -layout (real 009). Lines wrapped at the page width, figures
// aligned in columns by runs of spaces, long labels wrapped with the figures on the line after
// their last piece, a merged group label read line by line in the middle of its rows
// ("三 、本 年 度办 理 结果"), page footers such as "-3-" wherever a page ends.

#include "synth/noise.h"
#include "synth/partwriter.h"
#include "synth/randomtools.h"
#include "synth/reportplan.h"
#include "synth/reportwriter.h"

#include <QMultiMap>
#include <QRegularExpression>

namespace nianbao::synth {

namespace {

constexpr int kTextWidth = 60;   ///< display columns of a line of prose
constexpr int kLabelWidth = 58;  ///< display columns a table-3 label may reach
constexpr int kFirstFigure = 50; ///< where table 3's first figure column starts
constexpr int kNoteWidth = 46;   ///< display columns of the note's merged cell

/// Splits a text into pieces of at most `width` display columns.
QStringList wrapped(const QString& text, int width)
{
    QStringList lines;
    QString current;
    int used = 0;
    for (const QChar ch : text) {
        const int w = displayWidth(QStringView(&ch, 1));
        if (used + w > width && !current.isEmpty()) {
            lines.append(current);
            current.clear();
            used = 0;
        }
        current.append(ch);
        used += w;
    }
    if (!current.isEmpty()) {
        lines.append(current);
    }
    return lines;
}

/// Pieces of at most two characters: a narrow table cell's label read line by line.
QStringList stacked(const QString& label)
{
    QStringList pieces;
    for (qsizetype i = 0; i < label.size(); i += 2) {
        pieces.append(label.mid(i, 2));
    }
    return pieces;
}

class LayoutRenderer : private PartWriter {
public:
    LayoutRenderer(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random)
        : m_plan(plan)
        , m_out(out)
        , m_random(random)
        , m_noise(plan.difficulties.labelNoise)
        , m_pageLines(between(random, 36, 48))
        , m_spaceDigits(chance(random, 0.7))
        , m_step(between(random, 6, 7))
    {}

    void render()
    {
        if (!m_plan.preamble.isEmpty()) {
            line(m_plan.preamble);
        }
        const QString year = QString::number(m_plan.year) + (m_spaceDigits ? u" " : u"");
        m_out.spaces(between(m_random, 12, 18));
        line(m_plan.agency);
        m_out.spaces(between(m_random, 4, 8));
        line(year + m_plan.title.mid(m_plan.agency.size() + QString::number(m_plan.year).size()));
        m_out.newline();
        for (const QString& text : m_plan.narrative.intro) {
            paragraph(text);
        }
        for (const PlannedPart& part : m_plan.parts) {
            m_out.spaces(between(m_random, 3, 5));
            line(part.heading);
            writePart(*this, m_plan, part);
        }
        m_out.newline(3);
        footer();
    }

private:
    /// A line, then a page footer if the page is full. Only called where a page may end:
    /// never between a wrapped label and its figures.
    void line(const QString& text)
    {
        m_out.write(text);
        m_out.newline();
        if (m_out.lineCount() - m_pageStart >= m_pageLines) {
            footer();
        }
    }

    void footer()
    {
        m_out.newline(between(m_random, 0, 1));
        m_out.spaces(between(m_random, 5, 72));
        m_out.write(QStringLiteral("-%1-").arg(m_page++));
        m_out.newline(between(m_random, 1, 2));
        m_pageStart = m_out.lineCount();
    }

    void paragraph(const QString& text)
    {
        QString prose = text;
        if (m_spaceDigits) {
            // pdftotext puts spaces between Latin runs and CJK: "2023 年", "21 件".
            static const QRegularExpression digits(QStringLiteral("(\\d+)"));
            prose.replace(digits, QStringLiteral(" \\1 "));
        }
        const QStringList lines = wrapped(QStringLiteral("   ") + prose, kTextWidth);
        for (const QString& piece : lines) {
            line(piece);
        }
    }

    void paragraphs(const QList<Paragraph>& items) override
    {
        for (const Paragraph& item : items) {
            paragraph(item.heading.isEmpty() ? item.text : item.heading + u"。" + item.text);
        }
    }

    QString noisy(const QString& label)
    {
        if (!m_noise) {
            return label;
        }
        QString out = label;
        if (chance(m_random, 0.25)) {
            out = spacedOut(out, m_random);
        }
        if (chance(m_random, 0.1)) {
            out = withDropped(out, m_random);
        }
        return out;
    }

    /// Figures at their columns, never closer than two spaces to what precedes them.
    void figures(const QList<PrintedCell>& cells, const QList<int>& columns)
    {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            m_out.padTo(std::max(columns.value(c), m_out.column() + 2));
            m_out.write(cells.at(c));
        }
    }

    void items() override
    {
        const PrintedTables& tables = m_plan.tables;
        for (const PrintedBlock& block : tables.table2) {
            m_out.newline();
            m_out.spaces(between(m_random, 12, 38));
            line(block.label);
            m_out.newline(2);
            m_out.spaces(between(m_random, 6, 20));
            m_out.write(tables.itemHeader);
            QList<int> centres;
            for (const QString& column : block.columns) {
                m_out.spaces(between(m_random, 3, 6));
                centres.append(m_out.column() + displayWidth(column) / 2);
                m_out.write(column);
            }
            m_out.newline(3);
            for (const PrintedRow& row : block.rows) {
                m_out.write(noisy(row.label()));
                for (qsizetype c = 0; c < row.cells.size(); ++c) {
                    const int width = displayWidth(row.cells.at(c).text);
                    m_out.padTo(std::max(centres.at(c) - width / 2, m_out.column() + 2));
                    m_out.write(row.cells.at(c));
                }
                m_out.newline();
                line(QString());
            }
            m_out.newline();
        }
        m_out.newline(2);
    }

    QList<int> figureColumns(qsizetype count, int start) const
    {
        QList<int> columns;
        for (qsizetype c = 0; c < count; ++c) {
            columns.append(start + int(c) * m_step);
        }
        return columns;
    }

    void applicantHeader(const QList<int>& columns)
    {
        const PrintedTables& tables = m_plan.tables;
        const PrintedBlock& block = tables.table3;
        m_out.padTo(columns.value(2) + 4);
        line(block.label);
        line(QString());
        for (qsizetype c = 0; c < block.columns.size(); ++c) {
            if (!block.columnGroups.at(c).isEmpty()) {
                m_out.padTo(columns.at(c) + 2);
                line(block.columnGroups.at(c));
                break;
            }
        }
        for (const QString& piece : wrapped(tables.table3Note, kNoteWidth)) {
            line(piece);
        }
        QList<QStringList> pieces;
        qsizetype height = 0;
        for (const QString& column : block.columns) {
            pieces.append(stacked(column));
            height = std::max(height, pieces.last().size());
        }
        for (qsizetype i = 0; i < height; ++i) {
            for (qsizetype c = 0; c < pieces.size(); ++c) {
                if (i < pieces.at(c).size()) {
                    m_out.padTo(std::max(columns.at(c), m_out.column() + 1));
                    m_out.write(pieces.at(c).at(i));
                }
            }
            line(QString());
        }
        line(QString());
    }

    /// Where each opened group's label goes: after the middle row of the group, as a merged
    /// cell's text lands in pdftotext output. Keyed by row index, in order.
    QMultiMap<qsizetype, std::pair<int, QString>>
    groupLabelSlots(const QList<PrintedRow>& rows) const
    {
        QMultiMap<qsizetype, std::pair<int, QString>> places;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const PrintedRow& row = rows.at(r);
            for (qsizetype i = 0; i < row.opens.size(); ++i) {
                const int level = int(row.depth - row.opens.size() + i);
                qsizetype end = r;
                while (end + 1 < rows.size()) {
                    const PrintedRow& next = rows.at(end + 1);
                    const bool opensAtOrAbove =
                        !next.opens.isEmpty() && next.depth - next.opens.size() <= level;
                    if (next.depth <= level || opensAtOrAbove) {
                        break;
                    }
                    ++end;
                }
                places.insert(r + (end - r) / 2, {level, row.opens.at(i)});
            }
        }
        return places;
    }

    void rows() override
    {
        const PrintedTables& tables = m_plan.tables;
        const QList<PrintedRow>& rows = tables.table3.rows;
        const QList<int> columns = figureColumns(tables.table3.columns.size(), kFirstFigure);
        applicantHeader(columns);
        const auto places = groupLabelSlots(rows);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const PrintedRow& row = rows.at(r);
            const int indent = row.depth * 9 + (row.depth > 0 ? 9 : 0);
            const QString label = noisy(row.label());
            const QStringList pieces = wrapped(label, kLabelWidth - indent);
            for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
                m_out.spaces(indent + (i > 0 ? 4 : 0));
                m_out.write(pieces.at(i));
                m_out.newline();
            }
            if (pieces.size() > 1) {
                // The last piece of a wrapped label on its own, the figures on the next line.
                m_out.spaces(indent + 4);
                m_out.write(pieces.last());
                m_out.newline();
            } else {
                m_out.spaces(indent);
                m_out.write(label);
            }
            figures(row.cells, columns);
            line(QString());
            for (const auto& [level, text] : places.values(r)) {
                m_out.spaces(level * 9 + 1);
                line(level == 0 ? letterSpaced(text, m_random) : text);
                for (int blank = between(m_random, 0, 3); blank > 0; --blank) {
                    line(QString());
                }
            }
        }
        line(QString());
        line(QString());
    }

    void flattened() override
    {
        const PrintedTables& tables = m_plan.tables;
        QList<int> columns;
        qsizetype count = 0;
        for (const PrintedRow& row : tables.table4.rows) {
            count += row.cells.size();
        }
        for (qsizetype c = 0; c < count; ++c) {
            columns.append(int(c) * 5);
        }
        m_out.spaces(10);
        for (const Table4Heading& heading : tables.table4Headings) {
            m_out.padTo(std::max(m_out.column() + 4, heading.subs.isEmpty() ? 10 : 44));
            m_out.write(heading.top);
        }
        line(QString());
        line(QString());
        int block = 0;
        for (const Table4Heading& heading : tables.table4Headings) {
            for (const QString& sub : heading.subs) {
                m_out.padTo(std::max(m_out.column() + 4, 26 + 25 * block++));
                m_out.write(sub);
            }
        }
        line(QString());
        line(QString());
        QList<QStringList> pieces;
        qsizetype height = 0;
        for (qsizetype r = 0; r < tables.table4.rows.size(); ++r) {
            for (const QString& column : tables.table4.columns) {
                pieces.append(stacked(column));
                height = std::max(height, pieces.last().size());
            }
        }
        for (qsizetype i = 0; i < height; ++i) {
            for (qsizetype c = 0; c < pieces.size(); ++c) {
                if (i < pieces.at(c).size()) {
                    m_out.padTo(std::max(columns.value(c), m_out.column() + 1));
                    m_out.write(pieces.at(c).at(i));
                }
            }
            line(QString());
        }
        m_out.newline(between(m_random, 1, 3));
        QList<PrintedCell> cells;
        for (const PrintedRow& row : tables.table4.rows) {
            cells << row.cells;
        }
        figures(cells, columns);
        line(QString());
        line(QString());
    }

    const ReportPlan& m_plan;
    ReportWriter& m_out;
    QRandomGenerator& m_random;
    bool m_noise = false;
    int m_pageLines = 40;
    int m_pageStart = 0;
    int m_page = 1;
    bool m_spaceDigits = true;
    int m_step = 6;
};

} // namespace

void renderLayout(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random)
{
    LayoutRenderer(plan, out, random).render();
}

} // namespace nianbao::synth
