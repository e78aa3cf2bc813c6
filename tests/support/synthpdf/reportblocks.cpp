// The report as a word processor's author sets it: paragraphs and the three official tables
// with the merged cells the official forms have.

#include "synth/partwriter.h"
#include "synth/randomtools.h"
#include "synth/reportplan.h"
#include "synthpdf/pagemodel.h"

#include <algorithm>

namespace nianbao::synth {

namespace {

/// Narrative that moves the tables down the pages: no figures, so that no narrative rule
/// sees a count in it.
constexpr const char16_t* kFiller[] = {
    u"本机关持续推进政务公开标准化规范化建设，围绕中心工作做好信息发布、解读回应和平台建设等工作。",
    u"进一步健全信息发布审核机制，严格落实“先审后发”制度，确保公开内容准确、规范、及时。",
    u"加强政府网站和政务新媒体日常监管，定期开展内容巡查，及时整改发现的问题，提升公开质量。",
    u"围绕群众关切做好政策解读，综合运用图文、视频等多种形式，增强解读的针对性和可读性。",
    u"落实政府信息公开工作培训制度，提升工作人员业务能力，推动各项工作规范有序开展。",
};

TableCellModel cell(int row, int column, const QString& text, int rowSpan = 1, int columnSpan = 1)
{
    return TableCellModel{row, column, rowSpan, columnSpan, text, false, false, false};
}

TableCellModel header(int row, int column, const QString& text, int rowSpan = 1, int columnSpan = 1)
{
    TableCellModel made = cell(row, column, text, rowSpan, columnSpan);
    made.header = true;
    return made;
}

TableCellModel figure(int row, int column, const PrintedCell& printed, int columnSpan = 1)
{
    TableCellModel made = cell(row, column, printed.text, 1, columnSpan);
    made.figure = true;
    return made;
}

/// Table 2's items, from `first` to `last`, as one table: each item's title across the table,
/// its column header, its rows; items with fewer columns let their last one reach across.
TableModel itemsTable(const PrintedTables& tables, qsizetype first, qsizetype last,
                      const PdfStyle& style, QRandomGenerator& random)
{
    int width = 0;
    for (const PrintedBlock& block : tables.table2) {
        width = std::max(width, static_cast<int>(block.columns.size()));
    }
    TableModel table;
    table.widths.push_back(uniform(random, 8, 14));
    for (int column = 0; column < width; ++column) {
        table.widths.push_back(uniform(random, 5.5, 7));
    }
    int row = 0;
    for (qsizetype index = first; index <= last; ++index) {
        const PrintedBlock& block = tables.table2.at(index);
        const auto columns = static_cast<int>(block.columns.size());
        const auto span = [&](int column) { return column + 1 < columns ? 1 : width - column; };
        TableCellModel title = header(row, 0, block.label, 1, width + 1);
        title.shaded = style.shadeItemTitles;
        table.cells.push_back(title);
        ++row;
        table.cells.push_back(header(row, 0, tables.itemHeader));
        for (int column = 0; column < columns; ++column) {
            table.cells.push_back(
                header(row, column + 1, block.columns.at(column), 1, span(column)));
        }
        ++row;
        for (const PrintedRow& printed : block.rows) {
            table.cells.push_back(cell(row, 0, printed.label()));
            for (int column = 0; column < columns && column < printed.cells.size(); ++column) {
                table.cells.push_back(
                    figure(row, column + 1, printed.cells.at(column), span(column)));
            }
            ++row;
        }
    }
    table.rowCount = row;
    return table;
}

/// The group a row of table 3 belongs to ("denied" for denied.state_secret).
QString groupOf(const PrintedRow& row)
{
    const qsizetype dot = row.key.indexOf(u'.');
    return row.depth >= 2 && dot > 0 ? row.key.left(dot) : QString();
}

/// Table 3: the note and the applicant header over three header rows, then the rows under
/// three label columns — 三、本年度办理结果 down the first, each numbered group down the
/// second.
TableModel rowsTable(const PrintedTables& tables, const PdfStyle& style, QRandomGenerator& random)
{
    const PrintedBlock& block = tables.table3;
    const auto columns = static_cast<int>(block.columns.size());
    TableModel table;
    table.widths = {style.resultsLabelEms, style.groupLabelEms, style.itemLabelEms};
    const double figureEms = uniform(random, 2.4, 3.6);
    for (int column = 0; column < columns; ++column) {
        table.widths.push_back(figureEms);
    }
    table.headerRows = 3;
    table.cells.push_back(header(0, 0, tables.table3Note, 3, 3));
    table.cells.push_back(header(0, 3, block.label, 1, columns));
    for (int column = 0; column < columns;) {
        const QString group = block.columnGroups.value(column);
        if (group.isEmpty()) {
            table.cells.push_back(header(1, column + 3, block.columns.at(column), 2));
            ++column;
            continue;
        }
        int end = column;
        while (end < columns && block.columnGroups.value(end) == group) {
            table.cells.push_back(header(2, end + 3, block.columns.at(end)));
            ++end;
        }
        table.cells.push_back(header(1, column + 3, group, 1, end - column));
        column = end;
    }

    int row = 3;
    const auto& rows = block.rows;
    int groupRowsLeft = 0; // rows still under the group label cell drawn above
    for (qsizetype index = 0; index < rows.size(); ++index) {
        const PrintedRow& printed = rows.at(index);
        if (printed.depth == 0) {
            table.cells.push_back(cell(row, 0, printed.label(), 1, 3));
        } else {
            if (index == 0 || rows.at(index - 1).depth == 0) {
                // The results label reaches down over every row below it that has depth.
                int span = 0;
                while (index + span < rows.size() && rows.at(index + span).depth > 0) {
                    ++span;
                }
                const QString label = printed.opens.isEmpty() ? QStringLiteral("三、本年度办理结果")
                                                              : printed.opens.front();
                table.cells.push_back(header(row, 0, label, span));
            }
            const QString group = groupOf(printed);
            if (printed.depth >= 2 && groupRowsLeft == 0 && !printed.opens.isEmpty()) {
                // The group's label down the side of its rows.
                int span = 0;
                while (index + span < rows.size() && groupOf(rows.at(index + span)) == group) {
                    ++span;
                }
                table.cells.push_back(cell(row, 1, printed.opens.back(), span));
                groupRowsLeft = span;
            }
            if (groupRowsLeft > 0) {
                table.cells.push_back(cell(row, 2, printed.label()));
                --groupRowsLeft;
            } else {
                table.cells.push_back(cell(row, 1, printed.label(), 1, 2));
            }
        }
        for (int column = 0; column < columns && column < printed.cells.size(); ++column) {
            table.cells.push_back(figure(row, column + 3, printed.cells.at(column)));
        }
        ++row;
    }
    table.rowCount = row;
    return table;
}

/// Table 4: 行政复议 and 行政诉讼 over their columns, the suits split in two, one row of figures.
TableModel flattenedTable(const PrintedTables& tables)
{
    const PrintedBlock& block = tables.table4;
    const auto columns = static_cast<int>(block.columns.size());
    TableModel table;
    table.headerRows = 3;
    int column = 0;
    for (const Table4Heading& heading : tables.table4Headings) {
        const int groups = std::max(1, static_cast<int>(heading.subs.size()));
        table.cells.push_back(header(0, column, heading.top, 1, groups * columns));
        if (heading.subs.isEmpty()) {
            for (int c = 0; c < columns; ++c) {
                table.cells.push_back(header(1, column + c, block.columns.at(c), 2));
            }
        } else {
            for (int sub = 0; sub < heading.subs.size(); ++sub) {
                const int start = column + sub * columns;
                table.cells.push_back(header(1, start, heading.subs.at(sub), 1, columns));
                for (int c = 0; c < columns; ++c) {
                    table.cells.push_back(header(2, start + c, block.columns.at(c)));
                }
            }
        }
        column += groups * columns;
    }
    table.widths.assign(static_cast<size_t>(column), 1.0);
    int at = 0;
    for (const PrintedRow& printed : block.rows) {
        for (const PrintedCell& value : printed.cells) {
            table.cells.push_back(figure(3, at++, value));
        }
    }
    table.rowCount = 4;
    return table;
}

class BlockWriter : private PartWriter {
public:
    BlockWriter(const ReportPlan& plan, const PdfStyle& style, QRandomGenerator& random)
        : m_plan(plan)
        , m_style(style)
        , m_random(random)
        , m_fillerBefore(between(random, 0, 2))
    {}

    std::vector<ModelBlock> write()
    {
        if (chance(m_random, 0.5)) {
            title(m_plan.agency);
            title(m_plan.title.mid(m_plan.agency.size()));
        } else {
            title(m_plan.title);
        }
        for (const QString& text : m_plan.narrative.intro) {
            paragraph(text);
        }
        int partIndex = 0;
        for (const PlannedPart& part : m_plan.parts) {
            if (partIndex++ == m_fillerBefore + 1) {
                for (int i = 0; i < m_style.fillerParagraphs; ++i) {
                    paragraph(QString::fromUtf16(kFiller[i % std::size(kFiller)]));
                }
            }
            TextBlock heading{part.heading, m_style.bodySize, true, false, 2, 6};
            m_blocks.push_back(ModelBlock{heading, std::nullopt});
            writePart(*this, m_plan, part);
        }
        return std::move(m_blocks);
    }

private:
    void title(const QString& text)
    {
        m_blocks.push_back(
            ModelBlock{TextBlock{text, m_style.titleSize, true, true, 0, 4}, std::nullopt});
    }

    void paragraph(const QString& text)
    {
        m_blocks.push_back(
            ModelBlock{TextBlock{text, m_style.bodySize, false, false, 2, 0}, std::nullopt});
    }

    void table(TableModel model) { m_blocks.push_back(ModelBlock{std::nullopt, std::move(model)}); }

    void paragraphs(const QList<Paragraph>& items) override
    {
        for (const Paragraph& item : items) {
            paragraph(item.heading.isEmpty() ? item.text : item.heading + item.text);
        }
    }

    void items() override
    {
        const PrintedTables& tables = m_plan.tables;
        if (m_style.table2AsOneTable) {
            table(itemsTable(tables, 0, tables.table2.size() - 1, m_style, m_random));
            return;
        }
        for (qsizetype index = 0; index < tables.table2.size(); ++index) {
            table(itemsTable(tables, index, index, m_style, m_random));
        }
    }

    void rows() override { table(rowsTable(m_plan.tables, m_style, m_random)); }
    void flattened() override { table(flattenedTable(m_plan.tables)); }

    const ReportPlan& m_plan;
    const PdfStyle& m_style;
    QRandomGenerator& m_random;
    int m_fillerBefore = 0; ///< the part after which the filler goes
    std::vector<ModelBlock> m_blocks;
};

} // namespace

std::vector<ModelBlock> reportBlocks(const ReportPlan& plan, const PdfStyle& style,
                                     QRandomGenerator& random)
{
    return BlockWriter(plan, style, random).write();
}

} // namespace nianbao::synth
