// The editing half of the review window (issue 15): candidate readings applied to a row with
// one key, group verification (a finding's cells, several findings, alike findings, copy and
// paste), the reviewed gate with its override, and the fixes of what reviewers found wrong.
// All on the real main window, driven with the keyboard (offscreen).

#include "common/itemroles.h"
#include "doubts/doubtsalikedialog.h"
#include "findings/findingsmodel.h"
#include "findings/findingspanel.h"
#include "form/formmodel.h"
#include "form/formpane.h"
#include "form/formview.h"
#include "form/readingspanel.h"
#include "session/reportsession.h"
#include "store/datasetreader.h"
#include "uitestkit.h"
#include "workspace/reportworkspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::ui;
using namespace nianbao::test;

namespace {

const QString kBody = QStringLiteral("示例县生成数据局");
const QString kSeed003 = QStringLiteral("卫北办事处");

/// A 2021-format report as a web page's innerText (real 002–008), every row's figures run
/// into its label. "19100051119154" printed alike for 一, (一) and (七) reads as
/// 19/100/0/5/11/19/154 or as 1/9100/0/51/1/1/9154: every identity holds either way, and with
/// no narrative figure to decide, the extractor keeps both readings as candidates.
QString gluedReportText()
{
    const QString glued = QStringLiteral("19100051119154");
    const QString zeros = QStringLiteral("0000000");
    QString text = QStringLiteral(
        "测试县人民政府2022年政府信息公开工作年度报告 一、总体情况本年度依法依规做好政府信息"
        "公开工作。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数"
        "现行有效件数规章000行政规范性文件303第二十条第（五）项信息内容本年处理决定数量行政许"
        "可5第二十条第（六）项信息内容本年处理决定数量行政处罚3行政强制0第二十条第（八）项信"
        "息内容本年收费金额（单位：万元）行政事业性收费0 三、收到和处理政府信息公开申请情况（"
        "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法"
        "人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开"
        "申请数量");
    const QList<std::pair<const char*, const char*>> rows = {
        {"new", "二、上年结转政府信息公开申请数量"},
        {"carried_over", "三、本年度办理结果（一）予以公开"},
        {"granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
        {"partial", "（三）不予公开1.属于国家秘密"},
        {"denied.state_secret", "2.其他法律行政法规禁止公开"},
        {"denied.law_forbidden", "3.危及“三安全一稳定”"},
        {"denied.safety_stability", "4.保护第三方合法权益"},
        {"denied.third_party", "5.属于三类内部事务信息"},
        {"denied.internal_affairs", "6.属于四类过程性信息"},
        {"denied.process_info", "7.属于行政执法案卷"},
        {"denied.enforcement_file", "8.属于行政查询事项"},
        {"denied.query_matter", "（四）无法提供1.本机关不掌握相关政府信息"},
        {"unavailable.not_held", "2.没有现成信息需要另行制作"},
        {"unavailable.needs_creation", "3.补正后申请内容仍不明确"},
        {"unavailable.unclear", "（五）不予处理1.信访举报投诉类申请"},
        {"rejected.petition", "2.重复申请"},
        {"rejected.repeated", "3.要求提供公开出版物"},
        {"rejected.publication", "4.无正当理由大量反复申请"},
        {"rejected.massive", "5.要求行政机关确认或重新出具已获取信息"},
        {"rejected.confirm",
         "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
        {"other.no_correction",
         "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
        {"other.no_fee", "3.其他"},
        {"other.other", "（七）总计"},
        {"results_total", "四、结转下年度继续办理"},
    };
    for (const auto& [key, nextLabel] : rows) {
        const QLatin1String row(key);
        const bool isGlued = row == QLatin1String("new") || row == QLatin1String("granted") ||
                             row == QLatin1String("results_total");
        text += (isGlued ? glued : zeros) + QString::fromUtf8(nextLabel);
    }
    text += zeros +
            QStringLiteral("四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正"
                           "其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结"
                           "果尚未审结总计结果维持结果纠正其他结果尚未审结总计000000000000000 五、"
                           "存在的主要问题及改进情况无。六、其他需要报告的事项无。");
    return text;
}

FormView* tableView(WindowFixture& fixture, const QString& table)
{
    return fixture.find<FormView>(qPrintable(QStringLiteral("formTable_") + table));
}

/// The short-row warnings of the open report still waiting for a reviewer.
int openShortRows(const ReportSession& session)
{
    int open = 0;
    for (const Finding& finding : session.findings()) {
        open +=
            finding.rule == QLatin1String("extract.short_row") && session.stored().isOpen(finding);
    }
    return open;
}

} // namespace

class TestReviewGroups : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void candidateReadingIsAppliedToTheRowWithOneKey();
    void enterAcceptsAFindingsCellsAtOnce();
    void severalFindingsAreDismissedWithOneComment();
    void copyGivesTabSeparatedCellsAndPasteFillsTheRow();
    void reviewedGateSaysWhyJumpsAndOverridesWithAReason();
    void f8SkipsDecidedFindings();
    void settlingTwentyThreeShortRowsTakesAFewKeystrokes();
    void reasonAppliesToTheNextEditUnlessPinned();
    void settledWarningSaysSoAndZeroIsNotBlank();
    void undoneEditIsNotExportedAsCorrected();
    void doubtsAlikeAcrossReportsAreAcceptedAtOnce();

private:
    QTemporaryDir m_dir;
    QString m_archive;
};

void TestReviewGroups::initTestCase()
{
    const QString glued = m_dir.filePath(QStringLiteral("glued-web.txt"));
    QFile file(glued);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(gluedReportText().toUtf8());
    file.close();
    m_archive = m_dir.filePath(QStringLiteral("prepared.sqlite"));
    writeArchive(m_archive, allSamples() << glued);
}

void TestReviewGroups::candidateReadingIsAppliedToTheRowWithOneKey()
{
    WindowFixture fixture(m_archive);
    QVERIFY(fixture.window().openReport(fixture.reportOf(QStringLiteral("测试县"), 2022)));
    ReportSession* session = fixture.window().workspace()->session();
    const QString key = QStringLiteral("t3.new.total");
    QVERIFY(session->current().cell(key)->candidates.size() >= 2);

    FormPane* form = fixture.window().workspace()->formPane();
    form->selectCells({key});
    FormView* t3 = tableView(fixture, QStringLiteral("t3"));
    t3->setFocus();
    // The list shows each reading as the whole row, best first, with the rules it keeps.
    ReadingsPanel* panel = form->readingsPanel();
    QVERIFY(!panel->isHidden());
    auto* list = fixture.find<QTreeWidget>("candidateReadings");
    QVERIFY(list->topLevelItemCount() >= 2);
    const workflow::RowReadings& readings = panel->readings();
    QCOMPARE(readings.keys.size(), 7);
    QCOMPARE(list->columnCount(), 7 + 2);
    const workflow::RowReading& best = readings.readings.front();
    // The best reading keeps the row's sum and breaks nothing; a reading mixing the two ways
    // of splitting the figures breaks a rule and comes later.
    QVERIFY(best.broken.isEmpty());
    QVERIFY(!best.satisfied.isEmpty());
    QVERIFY(!readings.readings.back().broken.isEmpty());
    double parts = 0;
    for (std::size_t i = 0; i + 1 < best.values.size(); ++i) {
        parts += best.values[i].value_or(0);
    }
    QCOMPARE(parts, best.values.back().value_or(-1));
    QCOMPARE(list->topLevelItem(0)->text(7), QString::number(*best.values.back()));
    QVERIFY(list->topLevelItem(0)->text(8).contains(QStringLiteral("✓")));
    QVERIFY(
        list->topLevelItem(list->topLevelItemCount() - 1)->text(8).contains(QStringLiteral("✗")));

    // Alt+2 takes the second reading for the whole row, as one step.
    const workflow::RowReading second = readings.readings[1];
    const QStringList keys = readings.keys;
    const int steps = session->undoStack()->count();
    QTest::keyClick(t3, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(session->undoStack()->count(), steps + 1);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(session->current().value(keys[i]), second.values[std::size_t(i)]);
        const Correction* correction = session->stored().correction(keys[i]);
        if (second.choice[std::size_t(i)]) {
            QVERIFY2(correction && correction->isAcceptance(), qPrintable(keys[i]));
            QCOMPARE(correction->candidate, second.choice[std::size_t(i)]);
        }
    }
    const ReportId id = session->id();
    const std::size_t recorded = fixture.window().archive().reportHistory(id)->corrections.size();
    // One undo takes the whole row back.
    QTest::keyClick(t3, Qt::Key_Z, Qt::ControlModifier);
    for (const QString& cellKey : keys) {
        QVERIFY2(!session->stored().isVouchedFor(cellKey), qPrintable(cellKey));
        QCOMPARE(session->current().value(cellKey), session->stored().extracted.value(cellKey));
    }
    QVERIFY(fixture.window().archive().reportHistory(id)->corrections.size() > recorded);
}

void TestReviewGroups::enterAcceptsAFindingsCellsAtOnce()
{
    WindowFixture fixture(m_archive);
    QVERIFY(fixture.window().openReport(fixture.reportOf(kSeed003, 2022)));
    ReportSession* session = fixture.window().workspace()->session();
    const int before = openShortRows(*session);
    QCOMPARE(before, 23);
    // F8 chooses the first open finding and selects its seven cells; Enter accepts them all.
    QTest::keyClick(&fixture.window(), Qt::Key_F8);
    const Finding* chosen = fixture.window().workspace()->findingsPanel()->currentFinding();
    QVERIFY(chosen);
    const QStringList cells = chosen->cells;
    QCOMPARE(cells.size(), 7);
    FormView* view = tableView(fixture, cells.front().section(QLatin1Char('.'), 0, 0));
    QCOMPARE(view->selectedCellKeys().size(), 7);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(session->undoStack()->count(), 1);
    for (const QString& key : cells) {
        QVERIFY2(session->stored().isVouchedFor(key), qPrintable(key));
    }
    QCOMPARE(openShortRows(*session), before - 1);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(openShortRows(*session), before);
    for (const QString& key : cells) {
        QVERIFY(!session->stored().isVouchedFor(key));
    }
}

void TestReviewGroups::severalFindingsAreDismissedWithOneComment()
{
    WindowFixture fixture(m_archive);
    QVERIFY(fixture.window().openReport(fixture.reportOf(kSeed003, 2022)));
    ReportSession* session = fixture.window().workspace()->session();
    auto* table = fixture.find<QTableView>("findingsTable");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(fixture.window().workspace()->findingsPanel()->selectedFindings().size(),
             std::size_t(3));
    fixture.prompter().texts.push_back(QStringLiteral("rows of zeros, checked"));
    QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(openShortRows(*session), 20);
    QCOMPARE(session->undoStack()->count(), 1);
    const ReportHistory history = *fixture.window().archive().reportHistory(session->id());
    QCOMPARE(history.decisions.size(), std::size_t(3));
    for (const FindingDecision& decision : history.decisions) {
        QCOMPARE(decision.verdict, FindingVerdict::Dismissed);
        QCOMPARE(decision.comment, QStringLiteral("rows of zeros, checked"));
    }
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(openShortRows(*session), 23);
}

void TestReviewGroups::copyGivesTabSeparatedCellsAndPasteFillsTheRow()
{
    WindowFixture fixture(m_archive);
    QVERIFY(fixture.window().openReport(fixture.reportOf(kBody, 2021)));
    ReportSession* session = fixture.window().workspace()->session();
    FormView* t3 = tableView(fixture, QStringLiteral("t3"));
    const QStringList rectangle{
        QStringLiteral("t3.new.natural"), QStringLiteral("t3.new.commercial"),
        QStringLiteral("t3.carried_over.natural"), QStringLiteral("t3.carried_over.commercial")};
    fixture.window().workspace()->formPane()->selectCells(rectangle);
    t3->setFocus();
    QTest::keyClick(t3, Qt::Key_C, Qt::ControlModifier);
    const auto shown = [&](const QString& key) {
        return QString::number(*session->current().value(key), 'g', 15);
    };
    QCOMPARE(QApplication::clipboard()->text(), shown(rectangle[0]) + u'\t' + shown(rectangle[1]) +
                                                    u'\n' + shown(rectangle[2]) + u'\t' +
                                                    shown(rectangle[3]) + u'\n');

    // A row of figures as copied from a PDF viewer: spaces and a tab between them.
    fixture.window().workspace()->formPane()->selectCells({QStringLiteral("t3.new.natural")});
    QApplication::clipboard()->setText(QStringLiteral("11  12\t13 14"));
    QTest::keyClick(t3, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(session->undoStack()->count(), 1);
    QCOMPARE(session->current().value(u"t3.new.natural"), 11.0);
    QCOMPARE(session->current().value(u"t3.new.commercial"), 12.0);
    QCOMPARE(session->current().value(u"t3.new.research"), 13.0);
    QCOMPARE(session->current().value(u"t3.new.social"), 14.0);
    QTest::keyClick(t3, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session->current().value(u"t3.new.natural"),
             session->stored().extracted.value(u"t3.new.natural"));
    QCOMPARE(session->current().value(u"t3.new.social"),
             session->stored().extracted.value(u"t3.new.social"));
    // Text that is no figure is refused, naming it, and changes nothing.
    QApplication::clipboard()->setText(QStringLiteral("12 abc"));
    QTest::keyClick(t3, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(session->undoStack()->index(), 0);
    QVERIFY(fixture.window().statusBar()->currentMessage().contains(QStringLiteral("abc")));
}

void TestReviewGroups::reviewedGateSaysWhyJumpsAndOverridesWithAReason()
{
    WindowFixture fixture(m_archive);
    const ReportId id = fixture.reportOf(kBody, 2021);
    QVERIFY(fixture.window().openReport(id));
    ReportSession* session = fixture.window().workspace()->session();
    QVERIFY(session->editCell(QStringLiteral("t3.new.natural"), 999, QString()));
    QVERIFY(session->openCounts().errors > 0);
    const QString firstError = findingFingerprint(*session->firstUndecidedError());
    FindingsPanel* findings = fixture.window().workspace()->findingsPanel();
    FormView* t3 = tableView(fixture, QStringLiteral("t3"));
    t3->setFocus();
    // No reason given: the report stays pending, the reason is said, the first error chosen.
    QTest::keyClick(t3, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(fixture.window().archive().reportInfo(id)->status, ReviewStatus::Pending);
    QVERIFY(findings->currentFinding());
    QCOMPARE(findingFingerprint(*findings->currentFinding()), firstError);
    QVERIFY(fixture.window().statusBar()->currentMessage().contains(QStringLiteral("undecided")));
    QCOMPARE(fixture.prompter().asked.last(), QStringLiteral("Mark reviewed anyway?"));

    // The form shows the error's cells.
    QVERIFY(findings->currentFinding()->cells.contains(
        fixture.window().workspace()->formPane()->currentCellKey()));

    // The status control asks the same; without a reason it goes back to pending.
    auto* status = fixture.find<QComboBox>("statusCombo");
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(fixture.prompter().asked.size(), 2);
    QCOMPARE(fixture.window().archive().reportInfo(id)->status, ReviewStatus::Pending);
    QCOMPARE(status->currentData().toInt(), int(ReviewStatus::Pending));
    // With a reason, the override is recorded.
    fixture.prompter().texts.push_back(QStringLiteral("confirmed by phone with the office"));
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(fixture.window().archive().reportInfo(id)->status, ReviewStatus::Reviewed);
    const ReportHistory history = *fixture.window().archive().reportHistory(id);
    QCOMPARE(history.changes.size(), std::size_t(1));
    QVERIFY(history.changes.front().override);
    QCOMPARE(history.changes.front().reason, QStringLiteral("confirmed by phone with the office"));
}

void TestReviewGroups::f8SkipsDecidedFindings()
{
    WindowFixture fixture(m_archive);
    QVERIFY(fixture.window().openReport(fixture.reportOf(kSeed003, 2022)));
    ReportSession* session = fixture.window().workspace()->session();
    // Dismiss the second finding of the list: F8 from the first passes over it.
    auto* table = fixture.find<QTableView>("findingsTable");
    const Finding second = *static_cast<FindingsModel*>(table->model())->finding(1);
    QVERIFY(session->decide(second, FindingVerdict::Dismissed, QString()));
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(&fixture.window(), Qt::Key_F8);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(&fixture.window(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(table->currentIndex().row(), 0);
}

void TestReviewGroups::settlingTwentyThreeShortRowsTakesAFewKeystrokes()
{
    // Seed 003 prints six zeros for the seven columns of 23 rows: 23 short-row warnings.
    WindowFixture fixture(m_archive);
    QVERIFY(fixture.window().openReport(fixture.reportOf(kSeed003, 2022)));
    ReportSession* session = fixture.window().workspace()->session();
    QCOMPARE(openShortRows(*session), 23);
    int keystrokes = 0;
    const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        ++keystrokes;
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget()
                                                      : static_cast<QWidget*>(&fixture.window());
        QTest::keyClick(target, key, modifiers);
    };
    press(Qt::Key_F8);                                         // the first open warning
    press(Qt::Key_F8, Qt::ControlModifier);                    // every one alike
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier); // accept their cells
    QCOMPARE(openShortRows(*session), 0);
    QVERIFY(keystrokes <= 10);
    qInfo("settled 23 short-row warnings in %d keystrokes", keystrokes);
    // As one step: one undo reopens them all.
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(openShortRows(*session), 23);
}

void TestReviewGroups::reasonAppliesToTheNextEditUnlessPinned()
{
    WindowFixture fixture(m_archive);
    const ReportId id = fixture.reportOf(kBody, 2022);
    QVERIFY(fixture.window().openReport(id));
    auto* reason = fixture.find<QLineEdit>("reasonEdit");
    FormView* t3 = tableView(fixture, QStringLiteral("t3"));
    const auto edit = [&](const QString& key, const QString& text) {
        fixture.window().workspace()->formPane()->selectCells({key});
        t3->setFocus();
        // The first key opens the editor on the cell; the rest are typed there.
        QTest::keyClick(t3, text.at(0).toLatin1());
        auto* editor = t3->findChild<QLineEdit*>(QStringLiteral("cellEditor"));
        QVERIFY(editor);
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(fixture.window().workspace()->session()->current().value(key),
                     text.toDouble());
    };
    reason->setText(QStringLiteral("typo in the PDF"));
    edit(QStringLiteral("t3.new.natural"), QStringLiteral("41"));
    QTRY_VERIFY(reason->text().isEmpty());
    edit(QStringLiteral("t3.new.commercial"), QStringLiteral("42"));
    // Pinned, the reason stays for every following edit.
    reason->setText(QStringLiteral("per the office's letter"));
    fixture.find<QToolButton>("pinReasonButton")->click();
    edit(QStringLiteral("t3.new.research"), QStringLiteral("43"));
    edit(QStringLiteral("t3.new.social"), QStringLiteral("44"));
    QTRY_COMPARE(fixture.window().workspace()->session()->current().value(u"t3.new.social"), 44.0);
    QCOMPARE(reason->text(), QStringLiteral("per the office's letter"));
    QHash<QString, QString> reasons;
    const ReportHistory history = *fixture.window().archive().reportHistory(id);
    for (const Correction& correction : history.corrections) {
        reasons.insert(correction.cellKey, correction.reason);
    }
    QCOMPARE(reasons.value(QStringLiteral("t3.new.natural")), QStringLiteral("typo in the PDF"));
    QCOMPARE(reasons.value(QStringLiteral("t3.new.commercial")), QString());
    QCOMPARE(reasons.value(QStringLiteral("t3.new.research")),
             QStringLiteral("per the office's letter"));
    QCOMPARE(reasons.value(QStringLiteral("t3.new.social")),
             QStringLiteral("per the office's letter"));
}

void TestReviewGroups::settledWarningSaysSoAndZeroIsNotBlank()
{
    WindowFixture fixture(m_archive);
    QVERIFY(fixture.window().openReport(fixture.reportOf(kSeed003, 2022)));
    ReportSession* session = fixture.window().workspace()->session();
    const Finding row =
        *std::find_if(session->findings().begin(), session->findings().end(), [](const Finding& f) {
            return f.rule == QLatin1String("extract.short_row");
        });
    QVERIFY(session->acceptCells(row.cells, QString()));
    auto* table = fixture.find<QTableView>("findingsTable");
    QString decision;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(CellKeysRole).toStringList() == row.cells) {
            decision = table->model()->index(r, FindingsModel::DecisionColumn).data().toString();
        }
    }
    QVERIFY2(decision.startsWith(QStringLiteral("Settled by accepting")), qPrintable(decision));
    QVERIFY(!decision.contains(QStringLiteral("Dismissed")));

    // Every cell that reads 0 is described as 0, never as blank.
    for (const Cell& cell : session->current().cells) {
        const Cell* extracted = session->stored().extracted.cell(cell.key);
        if (!extracted || extracted->value != 0.0) {
            continue;
        }
        FormView* view = tableView(fixture, cell.key.section(QLatin1Char('.'), 0, 0));
        const QModelIndex index = view->formModel()->indexOf(cell.key);
        if (!index.isValid()) {
            continue;
        }
        QVERIFY2(!index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Blank")),
                 qPrintable(cell.key));
    }
}

void TestReviewGroups::undoneEditIsNotExportedAsCorrected()
{
    WindowFixture fixture(m_archive);
    const ReportId id = fixture.reportOf(QStringLiteral("测试县"), 2022);
    QVERIFY(fixture.window().openReport(id));
    ReportSession* session = fixture.window().workspace()->session();
    const QString undone = QStringLiteral("t3.new.natural");
    const QString typed = QStringLiteral("t3.new.commercial");
    QVERIFY(session->current().cell(typed)->confidence < kLowConfidence);
    QVERIFY(session->editCell(undone, 77, QString()));
    session->undoStack()->undo();
    QVERIFY(session->editCell(typed, 3, QString()));

    auto reader =
        fixture.window().archive().readDataset(DatasetFilter{}, DatasetParts{true, false});
    QVERIFY(reader);
    DatasetReport report;
    bool found = false;
    while (*(*reader)->next(report)) {
        if (report.id != id) {
            continue;
        }
        found = true;
        for (const DatasetCell& cell : report.cells) {
            const QString& key = (*reader)->cellKeys()[cell.key];
            if (key == undone) {
                QVERIFY(!cell.corrected());
                QCOMPARE(cell.current, cell.extracted);
            } else if (key == typed) {
                QVERIFY(cell.corrected());
                QCOMPARE(cell.current, 3.0);
                QCOMPARE(cell.confidence, 1.0);
            }
        }
    }
    QVERIFY(found);
}

void TestReviewGroups::doubtsAlikeAcrossReportsAreAcceptedAtOnce()
{
    WindowFixture fixture(m_archive);
    const ReportId seed003 = fixture.reportOf(kSeed003, 2022);
    QVERIFY(fixture.window().openReport(seed003));
    QTest::keyClick(&fixture.window(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    DoubtsAlikeDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = fixture.window().findChild<DoubtsAlikeDialog*>()) != nullptr);
    // The largest group: seed 003's rows of zeros printed one figure short, read alike.
    QVERIFY(!dialog->groups().empty());
    const workflow::DoubtGroup group = dialog->groups().front();
    QCOMPARE(group.rule, QStringLiteral("extract.short_row"));
    QCOMPARE(group.reading, QStringLiteral("0 0 0 0 0 0 0"));
    QVERIFY(group.members.size() >= 23);
    QSet<ReportId> reports;
    for (const workflow::DoubtMember& member : group.members) {
        reports.insert(member.report);
        QCOMPARE(member.finding.rule, group.rule);
    }
    // A member shows where its report prints the row.
    QTreeWidget* tree = dialog->tree();
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    const QString snippet = dialog->findChild<QLabel*>(QStringLiteral("doubtSnippet"))->text();
    QVERIFY2(snippet.contains(QStringLiteral("<b>")), qPrintable(snippet));

    // Accepted at once: every member's doubt is settled in its report's history.
    dialog->findChild<QPushButton*>(QStringLiteral("acceptDoubtGroupButton"))->click();
    for (const ReportId id : reports) {
        const std::size_t corrections =
            fixture.window().archive().reportHistory(id)->corrections.size();
        QVERIFY(corrections > 0);
    }
    ReportSession* session = fixture.window().workspace()->session();
    QCOMPARE(session->id(), seed003);
    QCOMPARE(openShortRows(*session), 0);
    for (const workflow::DoubtGroup& left : dialog->groups()) {
        QVERIFY(!(left.rule == group.rule && left.reading == group.reading));
    }

    // Opening a member of another group opens its report with the doubt's cells chosen.
    if (!dialog->groups().empty()) {
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        const workflow::DoubtMember member = dialog->groups().front().members.front();
        dialog->findChild<QPushButton*>(QStringLiteral("openDoubtButton"))->click();
        QCOMPARE(fixture.window().workspace()->session()->id(), member.report);
        QVERIFY(member.finding.cells.contains(
            fixture.window().workspace()->formPane()->currentCellKey()));
    }
    dialog->close();
}

QTEST_MAIN(TestReviewGroups)
#include "tst_reviewgroups.moc"
