#include "documents/blocktextwriter.h"
#include "documents/tablegrid.h"
#include "extract/extractor.h"
#include "extract/rowsolver.h"
#include "reportlayout.h"
#include "rules/validator.h"
#include "templates/templateregistry.h"

#include <QTest>

using namespace nianbao;
using test::LayoutCell;
using test::LayoutRow;
using test::ReportLayout;

namespace {

const ReportTemplate& format2021()
{
    return *TemplateRegistry::builtin().find(QStringLiteral("2021"));
}

/// The layout as a reader of a structured source hands it over: text written the way HTML and
/// Word are, and the tables as grids.
Document gridDocument(const ReportLayout& layout)
{
    BlockTextWriter writer;
    for (const test::LayoutBlock& block : layout.blocks) {
        if (!block.isTable()) {
            writer.addParagraph(block.paragraph);
            continue;
        }
        TableGrid grid;
        for (const LayoutRow& row : block.rows) {
            grid.beginRow();
            for (const LayoutCell& cell : row) {
                grid.addCell(collapseWhiteSpace(cell.text), cell.rowSpan, cell.columnSpan);
            }
        }
        writer.addTable(grid);
    }
    Document document;
    document.fileName = QStringLiteral("grid.html");
    document.format = QStringLiteral("html");
    document.encoding = QStringLiteral("UTF-8");
    document.text = writer.text();
    document.tables = writer.sourceTables(QStringLiteral("html"));
    return document;
}

Report extractFrom(const Document& document)
{
    auto report = extractReport(document);
    if (!report) {
        qFatal("%s", qUtf8Printable(report.error().message));
    }
    return *report;
}

/// The official layout of consistent figures, on a fixed seed.
ReportLayout sampleLayout(quint32 seed = 7)
{
    const ReportTemplate& format = format2021();
    return test::officialLayout(format, test::sampleFigures(format, seed));
}

/// The rows of the n-th table of a layout.
QList<LayoutRow>& tableRows(ReportLayout& layout, int n)
{
    for (test::LayoutBlock& block : layout.blocks) {
        if (block.isTable() && n-- == 0) {
            return block.rows;
        }
    }
    qFatal("no table %d", n);
}

/// The row whose cells include one reading `label`.
LayoutRow& rowLabelled(QList<LayoutRow>& rows, const QString& label)
{
    for (LayoutRow& row : rows) {
        for (const LayoutCell& cell : row) {
            if (cell.text == label) {
                return row;
            }
        }
    }
    qFatal("no row labelled %s", qUtf8Printable(label));
}

int indexOfRow(QList<LayoutRow>& rows, const QString& label)
{
    return static_cast<int>(&rowLabelled(rows, label) - rows.data());
}

bool flagged(const Report& report, const QString& key)
{
    const Cell* cell = report.cell(key);
    return cell && cell->confidence < extract::kLowConfidence &&
           std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const Finding& f) { return f.cells.contains(key); });
}

bool hasFinding(const Report& report, const QString& rule, const QString& key)
{
    return std::any_of(report.findings.begin(), report.findings.end(), [&](const Finding& f) {
        return f.rule == rule && (key.isEmpty() || f.cells.contains(key));
    });
}

/// Every cell as the layout prints it, exactly, with its span on its raw text.
void verifyAllCells(const ReportLayout& layout, const Document& document, const Report& report,
                    const QStringList& except = {})
{
    for (const QString& key : layout.keys) {
        if (except.contains(key)) {
            continue;
        }
        const Cell* cell = report.cell(key);
        QVERIFY2(cell, qPrintable(key));
        QVERIFY2(cell->value && std::abs(*cell->value - layout.values.value(key)) < 1e-9,
                 qPrintable(QStringLiteral("%1 = %2, expected %3")
                                .arg(key)
                                .arg(cell->value.value_or(-1))
                                .arg(layout.values.value(key))));
        QVERIFY2(cell->confidence >= extract::kLowConfidence, qPrintable(key));
        QVERIFY(cell->span);
        QCOMPARE(document.textOf(*cell->span), cell->raw);
    }
}

} // namespace

/// The grid reader: tables read from the cells a structured source keeps apart, by position.
class TestGridReader : public QObject {
    Q_OBJECT

private slots:
    void theOfficialLayoutReadsExactly()
    {
        for (quint32 seed : {1u, 2u, 3u, 4u}) {
            const ReportLayout layout = sampleLayout(seed);
            const Document document = gridDocument(layout);
            QCOMPARE(document.tables.size(), std::size_t(3));
            const Report report = extractFrom(document);
            QCOMPARE(report.templateId, QStringLiteral("2021"));
            verifyAllCells(layout, document, report);
        }
    }

    void sourceTableSpansHoldTheCellsText()
    {
        const ReportLayout layout = sampleLayout();
        const Document document = gridDocument(layout);
        const SourceTable& table3 = document.tables.at(1);
        QCOMPARE(table3.origin, QStringLiteral("html"));
        bool sawVertical = false;
        for (const SourceCell& cell : table3.cells) {
            const QString text = document.textOf(cell.span);
            QVERIFY(!text.contains(QLatin1Char('\t')));
            if (text.contains(QStringLiteral("本年度办理结果"))) {
                sawVertical = true;
                QVERIFY(cell.rowSpan > 10);
            }
        }
        QVERIFY(sawVertical);
    }

    void aBlankCellIsABlankPositionNotAShift()
    {
        // The text path reads a row's figures in order and cannot tell a leading blank from
        // a merged cell; the grid knows the blank's position.
        ReportLayout layout = sampleLayout();
        LayoutRow& row = rowLabelled(tableRows(layout, 0), QStringLiteral("规章"));
        row[1].text.clear();
        row[2].text = QStringLiteral("3");
        row[3].text = QStringLiteral("8");
        LayoutRow& granted = rowLabelled(tableRows(layout, 1), QStringLiteral("(一)予以公开"));
        granted[2].text.clear(); // 自然人 (after 三、本年度办理结果 and the label)
        const Document document = gridDocument(layout);
        const Report report = extractFrom(document);
        QVERIFY(!report.cell(u"t2.regulations.issued")->value);
        QCOMPARE(report.value(u"t2.regulations.repealed"), 3.0);
        QCOMPARE(report.value(u"t2.regulations.in_force"), 8.0);
        QVERIFY(!report.cell(u"t3.granted.natural")->value);
        QCOMPARE(report.value(u"t3.granted.total"),
                 layout.values.value(QStringLiteral("t3.granted.total")));
        const std::vector<Finding> validation = validateReport(report);
        QVERIFY(std::any_of(validation.begin(), validation.end(), [](const Finding& f) {
            return f.rule == QStringLiteral("cell.blank") &&
                   f.cells.contains(QStringLiteral("t2.regulations.issued"));
        }));
    }

    void notesAndUnitsInsideValueCells()
    {
        ReportLayout layout = sampleLayout();
        LayoutRow& docs = rowLabelled(tableRows(layout, 0), QStringLiteral("行政规范性文件"));
        docs[1].text = QStringLiteral("22（其中修订16件）");
        docs[2].text = QStringLiteral("55（含自然失效29件）");
        docs[3].text = QStringLiteral("130件");
        LayoutRow& fees = rowLabelled(tableRows(layout, 0), QStringLiteral("行政事业性收费"));
        fees[1].text = QStringLiteral("251000元");
        const Document document = gridDocument(layout);
        const Report report = extractFrom(document);
        QCOMPARE(report.value(u"t2.normative_docs.issued"), 22.0);
        QCOMPARE(report.cell(u"t2.normative_docs.issued")->raw,
                 QStringLiteral("22（其中修订16件）"));
        QCOMPARE(report.value(u"t2.normative_docs.repealed"), 55.0);
        QCOMPARE(report.value(u"t2.normative_docs.in_force"), 130.0);
        QVERIFY(report.cell(u"t2.normative_docs.issued")->confidence >= extract::kLowConfidence);
        // Yuan in the 万元 column: converted, never silently.
        QCOMPARE(report.value(u"t2.fees.amount"), 25.1);
        QVERIFY(flagged(report, QStringLiteral("t2.fees.amount")));
        QCOMPARE(report.cell(u"t2.fees.amount")->raw, QStringLiteral("251000元"));
    }

    void wordsInAValueCellAreFlaggedNotGuessed()
    {
        ReportLayout layout = sampleLayout();
        LayoutRow& licensing = rowLabelled(tableRows(layout, 0), QStringLiteral("行政许可"));
        licensing[1].text = QStringLiteral("详见附件");
        const Document document = gridDocument(layout);
        const Report report = extractFrom(document);
        QVERIFY(!report.cell(u"t2.licensing.decisions")->value);
        QVERIFY(flagged(report, QStringLiteral("t2.licensing.decisions")));
        QVERIFY(hasFinding(report, QStringLiteral("extract.cell_unreadable"),
                           QStringLiteral("t2.licensing.decisions")));
    }

    void genericAndWrongHeadersAreHintsOnly()
    {
        ReportLayout layout = sampleLayout();
        QList<LayoutRow>& t3 = tableRows(layout, 1);
        // Headers replaced by 数据1…数据7; table 2's column headers by table 3's.
        for (int r = 0; r < 3; ++r) {
            for (LayoutCell& cell : t3[r]) {
                cell.text = QStringLiteral("数据%1").arg(r);
            }
        }
        for (LayoutRow& row : tableRows(layout, 0)) {
            if (row.first().text == QStringLiteral("信息内容")) {
                for (qsizetype c = 1; c < row.size(); ++c) {
                    row[c].text = QStringLiteral("数据%1").arg(c);
                }
            }
        }
        const Document document = gridDocument(layout);
        verifyAllCells(layout, document, extractFrom(document));
    }

    void headersThatDoNotLineUpWithTheValuesByIndex()
    {
        // The header row spans columns irregularly (each header two slots wide) while value
        // rows use one slot each, plus a trailing empty slot: read by position.
        ReportLayout layout = sampleLayout();
        QList<LayoutRow>& t3 = tableRows(layout, 1);
        for (LayoutCell& cell : t3[2]) {
            cell.columnSpan = 2;
        }
        for (int r = 3; r < t3.size(); ++r) {
            t3[r].append(LayoutCell{QString(), 1, 1});
        }
        const Document document = gridDocument(layout);
        verifyAllCells(layout, document, extractFrom(document));
    }

    void aRowTheReportLeavesOutIsBlankAndTheRowsBelowKeepTheirCells()
    {
        ReportLayout layout = sampleLayout(11);
        QList<LayoutRow>& t2 = tableRows(layout, 0);
        t2.removeAt(indexOfRow(t2, QStringLiteral("规章")));
        QList<LayoutRow>& t3 = tableRows(layout, 1);
        t3.removeAt(indexOfRow(t3, QStringLiteral("2.重复申请")));
        // The group's vertical label spans one row fewer.
        for (LayoutRow& row : t3) {
            for (LayoutCell& cell : row) {
                if (cell.text.contains(QStringLiteral("不予处理")) ||
                    cell.text.contains(QStringLiteral("本年度办理结果"))) {
                    --cell.rowSpan;
                }
            }
        }
        const Document document = gridDocument(layout);
        const Report report = extractFrom(document);
        QStringList missing;
        for (const QString& key : layout.keys) {
            if (key.startsWith(QLatin1String("t2.regulations.")) ||
                key.startsWith(QLatin1String("t3.rejected.repeated."))) {
                missing.append(key);
                QVERIFY(!report.cell(key)->value);
                QVERIFY(hasFinding(report, QStringLiteral("extract.row_missing"), key));
            }
        }
        verifyAllCells(layout, document, report, missing);
    }

    void aTotalPrintedAsZeroUnderPartsIsKeptAndReported()
    {
        ReportLayout layout = sampleLayout(5);
        LayoutRow& row = tableRows(layout, 2).last();
        row[0].text = QStringLiteral("2");
        row[1].text = QStringLiteral("1");
        row[4].text = QStringLiteral("0"); // 行政复议 总计
        // Table 3's (七)总计 row printed as zeros under a granted request.
        LayoutRow& granted = rowLabelled(tableRows(layout, 1), QStringLiteral("(一)予以公开"));
        granted[2].text = QStringLiteral("5");
        granted.last().text = QStringLiteral("5");
        LayoutRow& total = rowLabelled(tableRows(layout, 1), QStringLiteral("(七)总计"));
        for (qsizetype c = 1; c < total.size(); ++c) {
            total[c].text = QStringLiteral("0");
        }
        const Document document = gridDocument(layout);
        const Report report = extractFrom(document);
        QCOMPARE(report.value(u"t4.review.total"), 0.0);
        QCOMPARE(report.value(u"t4.review.upheld"), 2.0);
        QCOMPARE(report.value(u"t3.granted.natural"), 5.0);
        QCOMPARE(report.value(u"t3.results_total.natural"), 0.0);
        QVERIFY(report.cell(u"t3.results_total.natural")->confidence >= extract::kLowConfidence);
        const std::vector<Finding> validation = validateReport(report);
        for (const char* key : {"t4.review.total", "t3.results_total.natural"}) {
            QVERIFY2(std::any_of(validation.begin(), validation.end(),
                                 [&](const Finding& f) {
                                     return f.severity == Severity::Error &&
                                            f.cells.contains(QString::fromLatin1(key));
                                 }),
                     key);
        }
    }

    void tablesContinuedInFollowingTables()
    {
        // Table 3 split after its seventh row, the header repeated; table 2 a table per item.
        ReportLayout layout = sampleLayout(9);
        QList<test::LayoutBlock> blocks;
        for (const test::LayoutBlock& block : layout.blocks) {
            if (!block.isTable()) {
                blocks.append(block);
                continue;
            }
            const bool table3 = block.rows.first().first().text.contains(QStringLiteral("勾稽"));
            const bool table2 =
                block.rows.first().first().text.contains(QStringLiteral("第二十条"));
            if (table2) {
                test::LayoutBlock part;
                for (const LayoutRow& row : block.rows) {
                    if (row.first().text.contains(QStringLiteral("第二十条")) &&
                        !part.rows.isEmpty()) {
                        blocks.append(part);
                        part.rows.clear();
                    }
                    part.rows.append(row);
                }
                blocks.append(part);
            } else if (table3) {
                // Rows up to 3.危及… then the rest; the vertical labels cut where the page ends.
                test::LayoutBlock first;
                test::LayoutBlock second;
                second.rows = block.rows.mid(0, 3);
                for (int r = 0; r < block.rows.size(); ++r) {
                    if (r < 10) {
                        first.rows.append(block.rows[r]);
                    } else if (r >= 3) {
                        second.rows.append(block.rows[r]);
                    }
                }
                for (LayoutRow& row : first.rows) {
                    for (LayoutCell& cell : row) {
                        cell.rowSpan = std::min(cell.rowSpan, 3);
                    }
                }
                blocks.append(first);
                blocks.append(test::LayoutBlock{QStringLiteral("- 3 -"), {}});
                blocks.append(second);
            } else {
                blocks.append(block);
            }
        }
        layout.blocks = blocks;
        const Document document = gridDocument(layout);
        QVERIFY(document.tables.size() > 5);
        verifyAllCells(layout, document, extractFrom(document));
    }

    void labelAndFiguresOnSeparateRows()
    {
        // PDF-to-Markdown converters put a row's figures on the row below its label.
        ReportLayout layout = sampleLayout(13);
        QList<LayoutRow>& t3 = tableRows(layout, 1);
        const int at = indexOfRow(t3, QStringLiteral("一、本年新收政府信息公开申请数量"));
        LayoutRow figures = t3[at].mid(1);
        t3[at] = LayoutRow{t3[at].first()};
        t3.insert(at + 1, figures);
        const Document document = gridDocument(layout);
        verifyAllCells(layout, document, extractFrom(document));
    }

    void aSubtotalColumnIsReadAsAnExtra()
    {
        ReportLayout layout = sampleLayout(17);
        QList<LayoutRow>& t3 = tableRows(layout, 1);
        // 小计 after 其他 under 法人或其他组织.
        t3[1][1].columnSpan = 6;
        t3[2].append(LayoutCell{QStringLiteral("小计")});
        const QStringList organisations = {QStringLiteral("commercial"), QStringLiteral("research"),
                                           QStringLiteral("social"), QStringLiteral("legal"),
                                           QStringLiteral("other_org")};
        const QList<RowDef>& rows = format2021().table(u"t3")->blocks.first().rows;
        int r = 3;
        for (const RowDef& def : rows) {
            if (def.alternative) {
                continue;
            }
            double sum = 0;
            for (const QString& column : organisations) {
                sum += layout.values.value(QStringLiteral("t3.%1.%2").arg(def.key, column));
            }
            LayoutRow& row = t3[r++];
            row.insert(row.size() - 1, LayoutCell{QString::number(sum)});
        }
        const Document document = gridDocument(layout);
        const Report report = extractFrom(document);
        verifyAllCells(layout, document, report);
        const auto extra =
            std::find_if(report.extras.begin(), report.extras.end(), [](const Cell& c) {
                return c.key == QStringLiteral("t3.new.org_subtotal");
            });
        QVERIFY(extra != report.extras.end());
    }

    void table4UnderItsThreeLevelHeaderAndAsThreeLabelledRows()
    {
        ReportLayout layout = sampleLayout(19);
        Document document = gridDocument(layout);
        verifyAllCells(layout, document, extractFrom(document));

        // Some reports print a row per group, each label followed by its five figures.
        QList<LayoutRow>& t4 = tableRows(layout, 2);
        const LayoutRow figures = t4.last();
        t4 = {LayoutRow{
            LayoutCell{QString()}, LayoutCell{QStringLiteral("结果维持")},
            LayoutCell{QStringLiteral("结果纠正")}, LayoutCell{QStringLiteral("其他结果")},
            LayoutCell{QStringLiteral("尚未审结")}, LayoutCell{QStringLiteral("总计")}}};
        const QStringList groups = {QStringLiteral("行政复议"),
                                    QStringLiteral("行政诉讼未经复议直接起诉"),
                                    QStringLiteral("行政诉讼复议后起诉")};
        for (int g = 0; g < 3; ++g) {
            LayoutRow row{LayoutCell{groups[g]}};
            row += figures.mid(g * 5, 5);
            t4.append(row);
        }
        document = gridDocument(layout);
        verifyAllCells(layout, document, extractFrom(document));
    }

    void aRowPrintedOutsideTheTableIsReadFromTheText()
    {
        // The last row of table 3 printed as a line of text under the table (a page's last row
        // lost by a converter): the grid lacks it, the text path finds it outside every grid.
        ReportLayout layout = sampleLayout(31);
        QList<LayoutRow>& t3 = tableRows(layout, 1);
        const LayoutRow last = t3.takeLast();
        QStringList words{last.first().text};
        for (qsizetype c = 1; c < last.size(); ++c) {
            words.append(last[c].text);
        }
        for (qsizetype b = 0; b < layout.blocks.size(); ++b) {
            if (&layout.blocks[b].rows == &t3) {
                layout.blocks.insert(b + 1, test::LayoutBlock{words.join(u' '), {}});
                break;
            }
        }
        const Document document = gridDocument(layout);
        const Report report = extractFrom(document);
        verifyAllCells(layout, document, report);
        QVERIFY(!hasFinding(report, QStringLiteral("extract.row_missing"), QString()));
    }

    void aLabelQuotedInTheNarrativeIsNotARow()
    {
        // Table 2 without its 行政许可 row, and a sentence above it naming 行政许可 with a
        // figure: the row stays blank with a finding, never the sentence's figure.
        ReportLayout layout = sampleLayout(41);
        QList<LayoutRow>& t2 = tableRows(layout, 0);
        t2.removeAt(indexOfRow(t2, QStringLiteral("行政许可")));
        for (qsizetype b = 0; b < layout.blocks.size(); ++b) {
            if (&layout.blocks[b].rows == &t2) {
                layout.blocks.insert(
                    b, test::LayoutBlock{QStringLiteral("本年度共作出行政许可决定987件。"), {}});
                break;
            }
        }
        const Document document = gridDocument(layout);
        const Report report = extractFrom(document);
        QVERIFY(!report.cell(u"t2.licensing.decisions")->value);
        QVERIFY(hasFinding(report, QStringLiteral("extract.row_missing"),
                           QStringLiteral("t2.licensing.decisions")));
        verifyAllCells(layout, document, report, {QStringLiteral("t2.licensing.decisions")});
    }

    void table4FiguresAfterAWordOfTheirOwn()
    {
        ReportLayout layout = sampleLayout(43);
        QList<LayoutRow>& t4 = tableRows(layout, 2);
        // A corner cell over the three header rows, and a word in front of the figures.
        t4.first().prepend(LayoutCell{QStringLiteral("项目"), 3, 1});
        t4.last().prepend(LayoutCell{QStringLiteral("件数")});
        const Document document = gridDocument(layout);
        verifyAllCells(layout, document, extractFrom(document));
    }

    void aReportCutBeforeTable4LacksItRatherThanReadingTable3()
    {
        // The file ends after table 3: table 4's part (read from the last heading on) holds
        // table 3's rows and its 总计 header, which must not pass for table 4.
        ReportLayout layout = sampleLayout(47);
        while (!layout.blocks.last().isTable() ||
               !layout.blocks.last().rows.first().first().text.contains(QStringLiteral("勾稽"))) {
            layout.blocks.removeLast();
        }
        const Document document = gridDocument(layout);
        const Report report = extractFrom(document);
        QVERIFY(hasFinding(report, QStringLiteral("extract.table_missing"),
                           QStringLiteral("t4.review.total")));
        QVERIFY(!report.cell(u"t4.review.total")->value);
    }

    void aFigureInsideTheLabelsCellIsFlagged()
    {
        // The source did not keep the cell apart from its label: which column the figure is
        // in is not for the grid to say.
        ReportLayout layout = sampleLayout(37);
        LayoutRow& row = rowLabelled(tableRows(layout, 0), QStringLiteral("行政规范性文件"));
        row[0].text += QStringLiteral(" ") + row[1].text;
        row.removeAt(1);
        const Document document = gridDocument(layout);
        const Report report = extractFrom(document);
        for (const char* key : {"t2.normative_docs.issued", "t2.normative_docs.repealed",
                                "t2.normative_docs.in_force"}) {
            const Cell* cell = report.cell(QString::fromLatin1(key));
            QVERIFY2(
                flagged(report, QString::fromLatin1(key)) ||
                    (cell->value && *cell->value == layout.values.value(QString::fromLatin1(key))),
                key);
            QVERIFY(cell->confidence < extract::kLowConfidence);
        }
    }

    void theFormatComesFromTheTablesNotTheNoticeCited()
    {
        // A 2021-format report on 2020 citing the 2019 notice, and a 2019-format one on 2023
        // citing the 2021 notice: the tables decide (with a warning about the year).
        const QList<std::pair<QString, QString>> cases = {
            {QStringLiteral("2021"), QStringLiteral("国办公开办函〔2019〕60号")},
            {QStringLiteral("2019"), QStringLiteral("国办公开办函〔2021〕30号")}};
        for (const auto& [id, notice] : cases) {
            const ReportTemplate& format = *TemplateRegistry::builtin().find(id);
            ReportLayout layout = test::officialLayout(format, test::sampleFigures(format, 29),
                                                       QStringLiteral("示例县人民政府办公室"),
                                                       id == QStringLiteral("2021") ? 2020 : 2023);
            layout.blocks.insert(
                1, test::LayoutBlock{QStringLiteral("本报告根据《中华人民共和国政府信息公开条例》和"
                                                    "%1要求编制。")
                                         .arg(notice),
                                     {}});
            const Document document = gridDocument(layout);
            const Report report = extractFrom(document);
            QCOMPARE(report.templateId, id);
            verifyAllCells(layout, document, report);
        }
    }

    void emptyCellsAtTheEndsAreSetByTheTablesCompleteRows()
    {
        // A row with empty cells at both ends, more cells than columns: the slots of the
        // table's complete rows say which empty cell is the blank one.
        ReportLayout layout = sampleLayout(23);
        LayoutRow& row =
            rowLabelled(tableRows(layout, 1), QStringLiteral("二、上年结转政府信息公开申请数量"));
        row[0].columnSpan = 1;
        row.insert(1, LayoutCell{QString()});
        row.insert(2, LayoutCell{QString()});
        row[3].text.clear(); // 自然人 blank
        row.append(LayoutCell{QString()});
        Document document = gridDocument(layout);
        Report report = extractFrom(document);
        QVERIFY(!report.cell(u"t3.carried_over.natural")->value);
        verifyAllCells(layout, document, report, {QStringLiteral("t3.carried_over.natural")});

        // The same row as a table of its own: nothing says which empty cell is the blank one.
        QList<test::LayoutBlock> blocks;
        for (const test::LayoutBlock& block : layout.blocks) {
            if (!block.isTable() ||
                !block.rows.first().first().text.contains(QStringLiteral("勾稽"))) {
                blocks.append(block);
                continue;
            }
            const int at = indexOfRow(const_cast<QList<LayoutRow>&>(block.rows),
                                      QStringLiteral("二、上年结转政府信息公开申请数量"));
            blocks.append(test::LayoutBlock{QString(), block.rows.mid(0, at)});
            blocks.append(test::LayoutBlock{QString(), {block.rows[at]}});
            blocks.append(test::LayoutBlock{QString(), block.rows.mid(at + 1)});
        }
        layout.blocks = blocks;
        document = gridDocument(layout);
        report = extractFrom(document);
        QVERIFY(!report.cell(u"t3.carried_over.natural")->value ||
                flagged(report, QStringLiteral("t3.carried_over.natural")));
        QVERIFY(flagged(report, QStringLiteral("t3.carried_over.total")));
    }
};

QTEST_GUILESS_MAIN(TestGridReader)
#include "tst_gridreader.moc"
