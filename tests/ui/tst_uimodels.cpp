// The review window's models on their own: the form's layout from the format data, every
// model under QAbstractItemModelTester, cell states and roles, and the charts' data.

#include "charts/chartdata.h"
#include "common/itemroles.h"
#include "common/language.h"
#include "findings/findingsmodel.h"
#include "form/cellvalue.h"
#include "form/formgrid.h"
#include "form/formmodel.h"
#include "session/celllabels.h"
#include "session/reportsession.h"
#include "templates/templateregistry.h"
#include "uitestkit.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace nianbao;
using namespace nianbao::ui;
using namespace nianbao::test;

namespace {

QSet<QString> defaultKeys(const ReportTemplate& format)
{
    const QStringList keys = format.defaultCellKeys();
    return QSet<QString>(keys.begin(), keys.end());
}

const ReportTemplate& format2021()
{
    return *TemplateRegistry::builtin().find(u"2021");
}

/// "text rows×columns" of the header item at a position, to compare a header at a glance.
QString headerAt(const FormGrid& grid, int row, int column)
{
    const FormItem& item = grid.at(row, column);
    if (item.kind != FormItemKind::ColumnHeader) {
        return QStringLiteral("(no header at %1, %2)").arg(row).arg(column);
    }
    return QStringLiteral("%1 %2×%3").arg(item.text).arg(item.rowSpan).arg(item.columnSpan);
}

/// Table 4's cells of the rows given, in the format's order.
QStringList table4Keys(const ReportTemplate& format, const QStringList& rows)
{
    QStringList keys;
    for (const QString& key : format.defaultCellKeys()) {
        if (key.startsWith(u"t4.") && rows.contains(key.section(QLatin1Char('.'), 1, 1))) {
            keys.append(key);
        }
    }
    return keys;
}

} // namespace

class TestUiModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void table3HasGroupLabelsSpanningTheirRows();
    void table4IsOneLineUnderAThreeLevelHeader_data();
    void table4IsOneLineUnderAThreeLevelHeader();
    void table4GroupSpansOnlyTheRowsShown();
    void table4WithoutGroupsHasATwoLevelHeader();
    void table4CellTitlesNameTheSuitInFull();
    void table2BlocksSpanTheirLastColumn();
    void everyDefaultCellHasAPlace_data();
    void everyDefaultCellHasAPlace();
    void cellValuesParseAndFormat();
    void formModelPassesTheTesterAndEdits();
    void findingsModelPassesTheTester();
    void chartsFollowTheReport();

private:
    std::unique_ptr<ReportSession> openSession(const QString& words, int year);

    QTemporaryDir m_dir;
    std::optional<Archive> m_archive;
};

void TestUiModels::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("models.sqlite"));
    writeArchive(path, {generatedSample(1, 2021), generatedSample(1, 2022),
                        QStringLiteral(":/samples/seeds/002_15d4d60ae3cdf927.txt")});
    m_archive.emplace(std::move(*Archive::open(path)));
}

std::unique_ptr<ReportSession> TestUiModels::openSession(const QString& words, int year)
{
    ReportQuery query;
    query.filter.year = year;
    query.filter.text = words;
    const std::vector<ReportRow> rows = *m_archive->listReports(query);
    if (rows.empty()) {
        return nullptr;
    }
    Result<std::unique_ptr<ReportSession>> session =
        ReportSession::open(*m_archive, defaultReportProcessing(), rows.front().id);
    if (!session) {
        return nullptr;
    }
    (*session)->setReviewer(QStringLiteral("tester"));
    return std::move(*session);
}

void TestUiModels::table3HasGroupLabelsSpanningTheirRows()
{
    const TableDef& t3 = *format2021().table(u"t3");
    const FormGrid grid = FormGrid::build(t3, defaultKeys(format2021()));
    // Label columns: 三、本年度办理结果, then (三)不予公开, then the rows' own labels.
    QCOMPARE(grid.labelColumns(), 3);
    QCOMPARE(grid.columnCount(), 3 + 7);
    const QPoint granted = *grid.positionOf(u"t3.granted.natural");
    const QPoint total = *grid.positionOf(u"t3.results_total.natural");
    const FormItem& results = grid.at(granted.y(), 0);
    QCOMPARE(results.kind, FormItemKind::GroupLabel);
    QCOMPARE(results.rowSpan, total.y() - granted.y() + 1);
    const QPoint secret = *grid.positionOf(u"t3.denied.state_secret.natural");
    const FormItem& denied = grid.at(secret.y(), 1);
    QCOMPARE(denied.kind, FormItemKind::GroupLabel);
    QCOMPARE(denied.rowSpan, 8);
    QCOMPARE(grid.at(secret.y(), 2).kind, FormItemKind::RowLabel);
    // (一)予以公开 belongs to 三 only: its label spans the two inner label columns.
    QCOMPARE(grid.at(granted.y(), 1).columnSpan, 2);
    // 一、本年新收 is in no group: its label spans all three.
    const QPoint received = *grid.positionOf(u"t3.new.natural");
    QCOMPARE(grid.at(received.y(), 0).columnSpan, 3);
    // Header: 申请人情况 over all columns, 法人或其他组织 over five, 自然人 over two lines.
    QCOMPARE(grid.at(0, 3).columnSpan, 7);
    QCOMPARE(grid.at(1, 3).rowSpan, 2);
    QCOMPARE(grid.at(1, 4).columnSpan, 5);
    QCOMPARE(grid.at(2, 4).kind, FormItemKind::ColumnHeader);
    QCOMPARE(received.y(), 3);
    // The 2021 format's detailed (六) rows are shown, its single-row alternative is not.
    QVERIFY(grid.positionOf(u"t3.other.other.natural"));
    QVERIFY(!grid.positionOf(u"t3.other.natural"));
}

void TestUiModels::table4IsOneLineUnderAThreeLevelHeader_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<bool>("chinese");
    // 行政复议, 行政诉讼, its two kinds of suit, the first and last column labels.
    QTest::addColumn<QStringList>("words");
    const QStringList zh{QStringLiteral("行政复议"),         QStringLiteral("行政诉讼"),
                         QStringLiteral("未经复议直接起诉"), QStringLiteral("复议后起诉"),
                         QStringLiteral("结果维持"),         QStringLiteral("总计")};
    const QStringList en{QStringLiteral("Administrative review"),
                         QStringLiteral("Administrative lawsuit"),
                         QStringLiteral("Without prior review"),
                         QStringLiteral("After review"),
                         QStringLiteral("Upheld"),
                         QStringLiteral("Total")};
    for (const char* id : {"2021", "2019"}) {
        QTest::addRow("%s zh", id) << QString::fromLatin1(id) << true << zh;
        QTest::addRow("%s en", id) << QString::fromLatin1(id) << false << en;
    }
}

void TestUiModels::table4IsOneLineUnderAThreeLevelHeader()
{
    QFETCH(QString, formatId);
    QFETCH(bool, chinese);
    QFETCH(QStringList, words);
    installTranslations(chinese ? Language::Chinese : Language::English);
    const auto english = qScopeGuard([] { installTranslations(Language::English); });
    const ReportTemplate& format = *TemplateRegistry::builtin().find(formatId);
    const FormGrid grid = FormGrid::build(*format.table(u"t4"), defaultKeys(format));
    QCOMPARE(grid.rowCount(), 4);
    QCOMPARE(grid.columnCount(), 15);
    QCOMPARE(grid.labelColumns(), 0);
    // 行政复议 is in no group: it reaches down over the line of the suits' kinds.
    QCOMPARE(headerAt(grid, 0, 0), words[0] + QStringLiteral(" 2×5"));
    // 行政诉讼 over ten columns, each kind of suit over its five.
    QCOMPARE(headerAt(grid, 0, 5), words[1] + QStringLiteral(" 1×10"));
    QCOMPARE(headerAt(grid, 1, 5), words[2] + QStringLiteral(" 1×5"));
    QCOMPARE(headerAt(grid, 1, 10), words[3] + QStringLiteral(" 1×5"));
    // Then the column labels under each of the three, and the figures in print order.
    for (const int first : {0, 5, 10}) {
        QCOMPARE(headerAt(grid, 2, first), words[4] + QStringLiteral(" 1×1"));
        QCOMPARE(headerAt(grid, 2, first + 4), words[5] + QStringLiteral(" 1×1"));
    }
    QCOMPARE(grid.spans(), (QList<QRect>{QRect(0, 0, 5, 2), QRect(5, 0, 10, 1), QRect(5, 1, 5, 1),
                                         QRect(10, 1, 5, 1)}));
    // What the spans cover holds nothing of its own.
    for (const QPoint covered :
         {QPoint(1, 0), QPoint(4, 1), QPoint(6, 0), QPoint(14, 0), QPoint(9, 1), QPoint(11, 1)}) {
        QCOMPARE(grid.at(covered.y(), covered.x()).kind, FormItemKind::Empty);
    }
    QCOMPARE(*grid.positionOf(u"t4.review.upheld"), QPoint(0, 3));
    QCOMPARE(*grid.positionOf(u"t4.suit_direct.upheld"), QPoint(5, 3));
    QCOMPARE(*grid.positionOf(u"t4.suit_after_review.total"), QPoint(14, 3));
    QCOMPARE(grid.cellKeys(),
             table4Keys(format, {QStringLiteral("review"), QStringLiteral("suit_direct"),
                                 QStringLiteral("suit_after_review")}));
}

void TestUiModels::table4GroupSpansOnlyTheRowsShown()
{
    // A report printing one kind of suit only: 行政诉讼 heads that one.
    const ReportTemplate& format = format2021();
    const TableDef& t4 = *format.table(u"t4");
    const QStringList shown =
        table4Keys(format, {QStringLiteral("review"), QStringLiteral("suit_after_review")});
    const FormGrid grid = FormGrid::build(t4, QSet<QString>(shown.begin(), shown.end()));
    QCOMPARE(grid.rowCount(), 4);
    QCOMPARE(grid.columnCount(), 10);
    const RowDef& afterReview = t4.blocks.front().rows.at(2);
    QCOMPARE(headerAt(grid, 0, 5), t4.group(u"suit")->label.text() + QStringLiteral(" 1×5"));
    QCOMPARE(headerAt(grid, 1, 5), afterReview.heading.text() + QStringLiteral(" 1×5"));
    QCOMPARE(*grid.positionOf(u"t4.suit_after_review.upheld"), QPoint(5, 3));
}

void TestUiModels::table4WithoutGroupsHasATwoLevelHeader()
{
    // The levels come from the data: a format whose flattened table has no groups heads each
    // row's columns with the row's full label.
    TableDef t4 = *format2021().table(u"t4");
    t4.groups.clear();
    for (RowDef& row : t4.blocks.front().rows) {
        row.group.clear();
    }
    const FormGrid grid = FormGrid::build(t4, defaultKeys(format2021()));
    QCOMPARE(grid.rowCount(), 3);
    QCOMPARE(grid.columnCount(), 15);
    QCOMPARE(headerAt(grid, 0, 5),
             t4.blocks.front().rows.at(1).label.text() + QStringLiteral(" 1×5"));
    QCOMPARE(*grid.positionOf(u"t4.suit_after_review.total"), QPoint(14, 2));
}

void TestUiModels::table4CellTitlesNameTheSuitInFull()
{
    // The header prints 未经复议直接起诉 under 行政诉讼; a cell's title stands alone.
    const auto english = qScopeGuard([] { installTranslations(Language::English); });
    installTranslations(Language::Chinese);
    QCOMPARE(cellTitle(&format2021(), u"t4.suit_direct.total"),
             QStringLiteral("行政诉讼·未经复议直接起诉 · 总计"));
    installTranslations(Language::English);
    QCOMPARE(cellTitle(&format2021(), u"t4.suit_after_review.upheld"),
             QStringLiteral("Lawsuit after review · Upheld"));
}

void TestUiModels::table2BlocksSpanTheirLastColumn()
{
    const FormGrid grid = FormGrid::build(*format2021().table(u"t2"), defaultKeys(format2021()));
    QCOMPARE(grid.columnCount(), 4);
    const QPoint licensing = *grid.positionOf(u"t2.licensing.decisions");
    QCOMPARE(licensing.x(), 1);
    QCOMPARE(grid.at(licensing.y(), 1).columnSpan, 3);
    QCOMPARE(*grid.valueCovering(licensing.y(), 3), licensing);
    QCOMPARE(grid.at(0, 0).kind, FormItemKind::Title);
    QCOMPARE(grid.at(0, 0).columnSpan, 4);
}

void TestUiModels::everyDefaultCellHasAPlace_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::newRow("2021") << QStringLiteral("2021");
    QTest::newRow("2019") << QStringLiteral("2019");
}

void TestUiModels::everyDefaultCellHasAPlace()
{
    QFETCH(QString, formatId);
    const ReportTemplate& format = *TemplateRegistry::builtin().find(formatId);
    QStringList placed;
    for (const TableDef& table : format.tables) {
        placed += FormGrid::build(table, defaultKeys(format)).cellKeys();
    }
    QStringList expected = format.defaultCellKeys();
    std::sort(placed.begin(), placed.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(placed, expected);
}

void TestUiModels::cellValuesParseAndFormat()
{
    const CellValueType count = CellValueType::of(&format2021(), u"t3.new.natural");
    QCOMPARE(count.format(12.0), QStringLiteral("12"));
    QCOMPARE(*count.parse(QStringLiteral(" １２ ")), std::optional<double>(12));
    QCOMPARE(*count.parse(QString()), std::optional<double>());
    QVERIFY(!count.parse(QStringLiteral("-3")));
    QVERIFY(!count.parse(QStringLiteral("1.5")));
    const CellValueType money = CellValueType::of(&format2021(), u"t2.fees.amount");
    QCOMPARE(money.format(1016.72), QStringLiteral("1016.72"));
    QCOMPARE(*money.parse(QStringLiteral("1016.7235")), std::optional<double>(1016.7235));
    QVERIFY(!money.parse(QStringLiteral("1.23456")));
    const CellValueType change =
        CellValueType::of(TemplateRegistry::builtin().find(u"2019"), u"t2.licensing.change");
    QCOMPARE(*change.parse(QStringLiteral("-4")), std::optional<double>(-4));
}

void TestUiModels::formModelPassesTheTesterAndEdits()
{
    std::unique_ptr<ReportSession> session = openSession(QStringLiteral("示例县生成数据局"), 2022);
    QVERIFY(session);
    for (const char* table : {"t2", "t3", "t4"}) {
        FormModel model{QString::fromLatin1(table)};
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session.get());
        QVERIFY(model.rowCount() > 0);
        model.retranslate();
        if (QLatin1String(table) != QLatin1String("t3")) {
            continue;
        }
        const QModelIndex cell = model.indexOf(u"t3.new.natural");
        QCOMPARE(cell.data(CellKeyRole).toString(), QStringLiteral("t3.new.natural"));
        QCOMPARE(cell.data(ConfidenceRole).toDouble(), 1.0);
        QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
        QVERIFY(!model.setData(cell, QStringLiteral("abc")));
        QVERIFY(!model.lastError().isEmpty());
        QVERIFY(model.setData(cell, QStringLiteral("12345")));
        QCOMPARE(cell.data().toString(), QStringLiteral("12345"));
        QCOMPARE(cell.data(SeverityRole).toString(), QStringLiteral("error"));
        QCOMPARE(cell.data(CellStateRole).toInt(), int(CellState::Error));
        QVERIFY(cell.data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(!cell.data(Qt::DecorationRole).isNull());
        session->undoStack()->undo();
        QCOMPARE(cell.data(SeverityRole), QVariant());
        QCOMPARE(cell.data(CellStateRole).toInt(), int(CellState::Normal));
    }
}

void TestUiModels::findingsModelPassesTheTester()
{
    std::unique_ptr<ReportSession> session = openSession(QStringLiteral("巨鹿经济开发区"), 2022);
    QVERIFY(session);
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(session.get());
    QVERIFY(model.rowCount() > 0);
    // Errors first, then warnings, then notes.
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(int(model.finding(row - 1)->severity) <= int(model.finding(row)->severity));
    }
    QCOMPARE(model.index(0, 0).data(VerdictRole).toString(), QStringLiteral("open"));
    QVERIFY(session->decide(*model.finding(0), FindingVerdict::Dismissed, QStringLiteral("ok")));
    QCOMPARE(model.index(0, 0).data(VerdictRole).toString(), QStringLiteral("dismissed"));
    model.retranslate();
    model.setSession(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::chartsFollowTheReport()
{
    std::unique_ptr<ReportSession> session = openSession(QStringLiteral("示例县生成数据局"), 2022);
    QVERIFY(session);
    const Report& report = session->current();
    // The bundled formats describe four charts: three of the report, one across years.
    const std::vector<BarChartData> charts = ReportCharts::of(report, format2021());
    QCOMPARE(charts.size(), std::size_t(3));
    const BarChartData& applicants = charts.at(0);
    QCOMPARE(applicants.key, QStringLiteral("applicants"));
    QCOMPARE(applicants.categories.size(), 6);
    QCOMPARE(applicants.sets.front().values.front(), *report.value(u"t3.new.natural"));
    QCOMPARE(applicants.sets.back().values.back(), *report.value(u"t3.carried_over.other_org"));
    QVERIFY(!applicants.isEmpty());
    const BarChartData& outcomes = charts.at(1);
    // (一) (二) and the four groups (三)–(六).
    QCOMPARE(outcomes.categories.size(), 6);
    double sum = 0;
    for (const double value : outcomes.sets.front().values) {
        sum += value;
    }
    QCOMPARE(sum, *report.value(u"t3.results_total.total"));
    const BarChartData& litigation = charts.at(2);
    QCOMPARE(litigation.categories.size(), 3);
    QCOMPARE(litigation.sets.size(), std::size_t(4));
    const YearsChartDef& yearsChart = format2021().yearsChart;
    const BarChartData years = ReportCharts::acrossYears(
        {YearFigures::of(2021, report, yearsChart), YearFigures::of(2022, report, yearsChart)},
        yearsChart);
    QCOMPARE(years.categories, QStringList({QStringLiteral("2021"), QStringLiteral("2022")}));
    QCOMPARE(years.sets.size(), std::size_t(4));
    QCOMPARE(years.sets.back().values.front(),
             report.value(u"t4.suit_direct.total").value_or(0) +
                 report.value(u"t4.suit_after_review.total").value_or(0));
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
