// Markdown: a PDF read by an OCR or conversion tool that writes markdown (seed 004). "#"
// headings of any level, tables as tab rows padded with empty fields, OCR debris in front of
// rows and inside labels, group labels printed in the middle of their group, a table-4 header
// full of junk (stray digits included: in header words only, never among the figures); some
// converters print table 3's value rows apart from its labels.

#include "synth/noise.h"
#include "synth/partwriter.h"
#include "synth/randomtools.h"
#include "synth/reportplan.h"
#include "synth/reportwriter.h"
#include "synth/tabfields.h"

#include <algorithm>
#include <array>

namespace nianbao::synth {

namespace {

constexpr std::array<const char16_t*, 4> kHeaderJunk = {u"/t = /t = /t = /t = /t =", u"问不甲纪",
                                                        u"未纠正", u"冂亻"};

class MarkdownRenderer : private PartWriter {
public:
    MarkdownRenderer(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random)
        : m_plan(plan)
        , m_out(out)
        , m_random(random)
        , m_noise(plan.difficulties.labelNoise)
    {}

    void render()
    {
        if (!m_plan.preamble.isEmpty()) {
            paragraph(m_plan.preamble);
        }
        paragraph(u"# " + m_plan.title);
        for (const QString& text : m_plan.narrative.intro) {
            paragraph(text);
        }
        for (const PlannedPart& part : m_plan.parts) {
            static const QStringList levels = {QStringLiteral("# "), QStringLiteral("## "),
                                               QStringLiteral("#### ")};
            paragraph(pick(m_random, levels) + part.heading);
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
            QString text = item.text;
            // Bold enumerations, as the conversion tool marks them.
            for (const char16_t* mark : {u"一是", u"二是", u"三是", u"四是"}) {
                text.replace(QString::fromUtf16(mark), u"**" + QString::fromUtf16(mark) + u"**");
            }
            paragraph(item.heading.isEmpty() ? text : item.heading + u"。" + text);
        }
    }

    QString noisy(const QString& label)
    {
        if (!m_noise) {
            return label;
        }
        QString out = label;
        if (chance(m_random, 0.3)) {
            out = spacedOut(out, m_random, between(m_random, 1, 2));
        }
        if (chance(m_random, 0.1)) {
            out = withDebris(out, m_random);
        }
        return out;
    }

    void fieldsLine(const QStringList& fields)
    {
        writeFields(m_out, fields, {}, {});
        m_out.newline();
    }

    void items() override
    {
        const PrintedTables& tables = m_plan.tables;
        const int width = between(m_random, 6, 11);
        for (const PrintedBlock& block : tables.table2) {
            fieldsLine(padded({block.label}, width));
            if (block.columns.size() == 1 && chance(m_random, 0.3)) {
                // The header cell and the column word parted by spaces, not a tab.
                fieldsLine(
                    padded({tables.itemHeader + u"        " + block.columns.first()}, width));
            } else {
                fieldsLine(padded(QStringList{tables.itemHeader} << block.columns, width));
            }
            for (const PrintedRow& row : block.rows) {
                QStringList after;
                for (qsizetype i = row.cells.size() + 1; i < width; ++i) {
                    after.append(QString());
                }
                if (row.cells.size() == 1 && !row.cells.first().blank() && chance(m_random, 0.3)) {
                    // "行政事业性收费 0": label and figure in one field.
                    m_out.write(QString(noisy(row.label()) + u' '));
                    writeFields(m_out, {}, row.cells, after);
                } else {
                    writeFields(m_out, {noisy(row.label())}, row.cells, after);
                }
                m_out.newline();
            }
        }
        m_out.newline();
    }

    QStringList noteFields()
    {
        const QString note = m_plan.tables.table3Note;
        if (!m_noise) {
            return {note};
        }
        // "(本列数\t対据的勾稽关:\t系为:…)": the note read in pieces with debris.
        const auto [first, rest] = brokenLabel(note, m_random);
        const auto [second, third] = brokenLabel(rest, m_random);
        return {first, withDebris(second, m_random), third};
    }

    void rows() override
    {
        const PrintedTables& tables = m_plan.tables;
        QList<QStringList> header = applicantHeader(tables, 3);
        header[0][0].clear();
        const QStringList note = noteFields();
        for (qsizetype i = 0; i < note.size() && i < 3; ++i) {
            header[1][i] = note.at(i);
        }
        for (const QStringList& fields : header) {
            QStringList line = fields;
            for (QString& field : line) {
                field = noisy(field);
            }
            line.append(QString());
            fieldsLine(line);
        }
        const QList<PrintedRow>& rows = tables.table3.rows;
        if (splitsValueRows(rows)) {
            return;
        }
        const int junkLineAfter =
            chance(m_random, 0.7) ? between(m_random, 2, int(rows.size()) - 3) : -1;
        QString deferred; // a group label moved down to the group's second row
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const PrintedRow& row = rows.at(r);
            QStringList before;
            const qsizetype closed = row.depth - row.opens.size();
            for (qsizetype level = 0; level < closed; ++level) {
                before.append(QString());
            }
            for (qsizetype i = 0; i < row.opens.size(); ++i) {
                // Seed 004 prints (四)无法提供 beside the group's second row: only where that
                // row follows in the same group.
                const bool inner = i + 1 == row.opens.size() && row.depth > 1;
                const bool followed = r + 1 < rows.size() && rows.at(r + 1).opens.isEmpty() &&
                                      rows.at(r + 1).depth == row.depth;
                if (inner && followed && chance(m_random, 0.6)) {
                    deferred = row.opens.at(i);
                    before.append(QString());
                } else {
                    before.append(noisy(row.opens.at(i)));
                }
            }
            if (!deferred.isEmpty() && row.opens.isEmpty() && !before.isEmpty()) {
                before.last() = noisy(deferred);
                deferred.clear();
            }
            if (m_noise && !row.number.isEmpty() && chance(m_random, 0.15)) {
                before << row.number << noisy(row.text); // "(二)\t部分公开…"
            } else {
                before << noisy(row.label());
            }
            if (chance(m_random, 0.15)) {
                before.prepend(junkField(m_random));
            }
            // A long label broken over two lines, its figures after the second piece. Not
            // next to a blank row, whose label line has no figures either.
            const bool besideBlank = row.blank() || (r > 0 && rows.at(r - 1).blank());
            if (m_noise && !besideBlank && before.last().size() >= 14 && chance(m_random, 0.25)) {
                const auto [first, rest] = brokenLabel(before.last(), m_random);
                if (rest.size() >= before.last().size() / 3) {
                    before.last() = first;
                    writeFields(m_out, before, {}, {});
                    m_out.newline();
                    before = QStringList{rest};
                }
            }
            writeFields(m_out, before, row.cells, {QString()});
            m_out.newline();
            if (r == junkLineAfter) {
                m_out.newline();
                fieldsLine({QString(), QString(), QString(), QStringLiteral("i"),
                            QStringLiteral("i"), QString(), QStringLiteral("i"),
                            QStringLiteral("•"), QString()});
            }
        }
        m_out.newline();
    }

    /// Some converters print a table's label column and its value columns as two tables:
    /// every row's labels, then every row's figures. Only for a table whose rows all print
    /// their figures (a blank row, or a subtotal, would leave nothing to count rows by).
    bool splitsValueRows(const QList<PrintedRow>& rows)
    {
        const bool countable = std::all_of(rows.begin(), rows.end(), [](const PrintedRow& row) {
            return !row.subtotal &&
                   std::all_of(row.cells.begin(), row.cells.end(), [](const PrintedCell& cell) {
                       return cell.official && !cell.blank();
                   });
        });
        if (!countable || !chance(m_random, 0.35)) {
            return false;
        }
        for (const PrintedRow& row : rows) {
            QStringList labels = row.opens;
            labels.append(row.label());
            for (QString& label : labels) {
                label = noisy(label);
            }
            fieldsLine(labels);
        }
        m_out.newline();
        for (const PrintedRow& row : rows) {
            writeFields(m_out, {}, row.cells, {QString()});
            m_out.newline();
            for (const PrintedCell& cell : row.cells) {
                m_out.markUncertain(cell.key); // a reader may have to flag what it cannot place
            }
        }
        m_out.newline();
        return true;
    }

    void flattened() override
    {
        const PrintedTables& tables = m_plan.tables;
        QList<QStringList> header = appealHeader(tables);
        // OCR junk in the column words: one word read as garbage, stray digits and debris.
        if (header[1].size() > 1) {
            header[1][1] = QString::fromUtf16(kHeaderJunk.at(0));
        }
        QString junk =
            tables.table4.columns.value(0) + u"   " + tables.table4.columns.value(1) + u"   ";
        if (!header[2].isEmpty()) {
            header[2][0] = junk;
        }
        if (header[2].size() > 4) {
            header[2][1] =
                QStringLiteral("%1 %2 ").arg(between(m_random, 1, 9)).arg(between(m_random, 1, 9)) +
                pick(m_random, kHeaderJunk);
            header[2][3] = pick(m_random, kHeaderJunk);
        }
        for (const QStringList& fields : header) {
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
};

} // namespace

void renderMarkdown(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random)
{
    MarkdownRenderer(plan, out, random).render();
}

} // namespace nianbao::synth
