// The review window end to end: open a report from the browser, edit a cell with the
// keyboard, see the finding come and go, undo and redo, restart and find the history; walk
// the findings with F8 and the reports with Ctrl+Enter.

#include "browser/browserpane.h"
#include "common/itemroles.h"
#include "documents/pdfpageview.h"
#include "findings/findingsmodel.h"
#include "findings/findingspanel.h"
#include "form/formmodel.h"
#include "form/formpane.h"
#include "form/formview.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "session/reportsession.h"
#include "source/sourcetextview.h"
#include "store/findingcodec.h"
#include "testdata.h"
#include "uitestkit.h"
#include "workspace/reportworkspace.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;
using namespace nianbao::ui;
using namespace nianbao::test;

namespace {

const QString kBody = QStringLiteral("示例县生成数据局");
const QString kCell = QStringLiteral("t3.new.natural");

/// The rows of the findings panel that concern a cell, by rule.
QStringList rulesOnCell(QTableView* findings, const QString& cellKey)
{
    QStringList rules;
    const QAbstractItemModel* model = findings->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(CellKeysRole).toStringList().contains(cellKey)) {
            rules << index.data(RuleCodesRole).toStringList();
        }
    }
    return rules;
}

QTableWidget* openHistoryDialog()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("cellHistoryDialog") && widget->isVisible()) {
            return widget->findChild<QTableWidget*>(QStringLiteral("historyTable"));
        }
    }
    return nullptr;
}

} // namespace

class TestReviewWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void editShowsFindingAndUndoWritesHistory();
    void reasonIsRecordedWithTheEdit();
    void enterAcceptsAndMovesToNextProblem();
    void enterAcceptsDoubtfulReadingsUntilTheirFindingIsSettled();
    void clickingAFigureSelectsItsCell();
    void f8WalksTheFindings();
    void findingIsConfirmedWithAComment();
    void ctrlEnterMarksReviewedAndOpensNextPending();
    void ctrlEnterKeepsAReportWithUndecidedErrors();
    void pdfReportShowsTheFigureOnItsPage();
    void findingsNameTheirRuleInTheLanguage();

private:
    /// Opens a report through the browser, with the keyboard.
    static void openFromBrowser(WindowFixture& fixture, ReportId id);
    static FormView* editCell(WindowFixture& fixture, const QString& key, const QString& text);

    QTemporaryDir m_dir;
    QString m_archive;
};

void TestReviewWindow::initTestCase()
{
    m_archive = m_dir.filePath(QStringLiteral("prepared.sqlite"));
    writeArchive(m_archive, allSamples());
}

void TestReviewWindow::openFromBrowser(WindowFixture& fixture, ReportId id)
{
    auto* browser = fixture.find<QTableView>("browserTable");
    const QModelIndex row = findIndex(browser->model(), ReportIdRole, id);
    QVERIFY(row.isValid());
    browser->setCurrentIndex(row);
    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_Return);
    QTRY_VERIFY(fixture.window().workspace()->session());
    QCOMPARE(fixture.window().workspace()->session()->id(), id);
}

FormView* TestReviewWindow::editCell(WindowFixture& fixture, const QString& key,
                                     const QString& text)
{
    FormPane* form = fixture.window().workspace()->formPane();
    form->selectCells({key});
    auto* view = fixture.find<FormView>(
        qPrintable(QStringLiteral("formTable_") + key.section(QLatin1Char('.'), 0, 0)));
    view->setFocus();
    // The first key opens the editor on the cell and lands in it; the rest are typed there.
    QTest::keyClick(view, text.at(0).toLatin1());
    auto* editor = view->findChild<QLineEdit*>(QStringLiteral("cellEditor"));
    if (!editor) {
        return nullptr;
    }
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    return view;
}

void TestReviewWindow::editShowsFindingAndUndoWritesHistory()
{
    WindowFixture fixture(m_archive);
    const ReportId id = fixture.reportOf(kBody, 2022);
    openFromBrowser(fixture, id);
    auto* findings = fixture.find<QTableView>("findingsTable");
    auto* t3 = fixture.find<FormView>("formTable_t3");
    const QString before = t3->formModel()->indexOf(kCell).data().toString();
    QVERIFY(!before.isEmpty());
    QVERIFY(!rulesOnCell(findings, kCell).contains(QStringLiteral("t3.balance")));
    QCOMPARE(t3->formModel()->indexOf(kCell).data(SeverityRole), QVariant());

    QVERIFY(editCell(fixture, kCell, QStringLiteral("999")));
    QTRY_COMPARE(t3->formModel()->indexOf(kCell).data().toString(), QStringLiteral("999"));
    // The balance of the column no longer holds: an error on the cell, listed in the panel.
    QTRY_COMPARE(t3->formModel()->indexOf(kCell).data(SeverityRole).toString(),
                 QStringLiteral("error"));
    QVERIFY(t3->formModel()
                ->indexOf(kCell)
                .data(RuleCodesRole)
                .toStringList()
                .contains(QStringLiteral("t3.balance")));
    QVERIFY(rulesOnCell(findings, kCell).contains(QStringLiteral("t3.balance")));
    QVERIFY(t3->formModel()
                ->indexOf(kCell)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("t3.balance")));
    // Written at once, with the reviewer's name; the archive's list counts the new errors.
    Result<std::vector<Correction>> history = fixture.window().archive().cellHistory(id, kCell);
    QVERIFY(history && history->size() == 1);
    QCOMPARE(history->front().newValue, std::optional<double>(999));
    QCOMPARE(history->front().reviewer, QStringLiteral("测试审核员"));
    QVERIFY(fixture.window().archive().reportInfo(id));
    ReportQuery errors;
    errors.filter.severity = Severity::Error;
    errors.filter.agency = kBody;
    QCOMPARE(fixture.window().archive().listReports(errors)->size(), std::size_t(1));

    // Ctrl+Z: the value goes back, the finding goes, and the archive records the way back.
    QTest::keyClick(t3, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(t3->formModel()->indexOf(kCell).data().toString(), before);
    QTRY_VERIFY(!rulesOnCell(findings, kCell).contains(QStringLiteral("t3.balance")));
    QCOMPARE(t3->formModel()->indexOf(kCell).data(SeverityRole), QVariant());
    history = fixture.window().archive().cellHistory(id, kCell);
    QCOMPARE(history->size(), std::size_t(2));
    QVERIFY(history->back().reason.contains(QStringLiteral("Undo")));

    // Redo brings the edit back as one more correction.
    QTest::keyClick(t3, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(t3->formModel()->indexOf(kCell).data().toString(), QStringLiteral("999"));
    QCOMPARE(fixture.window().archive().cellHistory(id, kCell)->size(), std::size_t(3));
    QTest::keyClick(t3, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(t3->formModel()->indexOf(kCell).data().toString(), before);

    // A restart: the value is the one undone to, and the history is one click away.
    fixture.reopen();
    QVERIFY(fixture.window().openReport(id));
    t3 = fixture.find<FormView>("formTable_t3");
    QCOMPARE(t3->formModel()->indexOf(kCell).data().toString(), before);
    fixture.window().workspace()->formPane()->selectCells({kCell});
    t3->setFocus();
    QTest::keyClick(t3, Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(openHistoryDialog());
    QTableWidget* table = openHistoryDialog();
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(0, 0)->text(), before);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("999"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("测试审核员"));
    QVERIFY(table->item(1, 4)->text().contains(QStringLiteral("Undo")));
    table->window()->close();
}

void TestReviewWindow::reasonIsRecordedWithTheEdit()
{
    WindowFixture fixture(m_archive);
    const ReportId id = fixture.reportOf(kBody, 2021);
    QVERIFY(fixture.window().openReport(id));
    auto* reason = fixture.find<QLineEdit>("reasonEdit");
    QTest::keyClicks(reason, QStringLiteral("OCR misread"));
    QVERIFY(editCell(fixture, QStringLiteral("t4.review.upheld"), QStringLiteral("7")));
    QTRY_COMPARE(
        fixture.window().archive().cellHistory(id, QStringLiteral("t4.review.upheld"))->size(),
        std::size_t(1));
    QCOMPARE(fixture.window()
                 .archive()
                 .cellHistory(id, QStringLiteral("t4.review.upheld"))
                 ->front()
                 .reason,
             QStringLiteral("OCR misread"));
}

void TestReviewWindow::enterAcceptsAndMovesToNextProblem()
{
    WindowFixture fixture(m_archive);
    const ReportId id = fixture.reportOf(kBody, 2022);
    QVERIFY(fixture.window().openReport(id));
    // Two errors on different rows of table 3: Enter walks from one problem cell to the next.
    QVERIFY(editCell(fixture, QStringLiteral("t3.new.natural"), QStringLiteral("500")));
    // The edit commits once the event loop turns; Enter then moves on from the edited cell.
    QTRY_VERIFY(fixture.window().workspace()->formPane()->currentCellKey() !=
                QStringLiteral("t3.new.natural"));
    const QString after = fixture.window().workspace()->formPane()->currentCellKey();
    ReportSession* session = fixture.window().workspace()->session();
    QVERIFY2(session->annotation(after).isProblem(), qPrintable(after));
    auto* t3 = fixture.find<FormView>("formTable_t3");
    QTest::keyClick(t3, Qt::Key_Return);
    const QString next = fixture.window().workspace()->formPane()->currentCellKey();
    QVERIFY(session->annotation(next).isProblem());
    QVERIFY(next != after);
}

void TestReviewWindow::enterAcceptsDoubtfulReadingsUntilTheirFindingIsSettled()
{
    // Seed 003 prints 6 figures for the 7 columns of each row of outcomes: every cell of such
    // a row is doubtful, and an extraction warning names the row.
    WindowFixture fixture(m_archive);
    const ReportId id = fixture.reportOf(QStringLiteral("卫北办事处"), 2022);
    QVERIFY(fixture.window().openReport(id));
    ReportSession* session = fixture.window().workspace()->session();
    const auto shortRow = std::find_if(
        session->findings().begin(), session->findings().end(), [](const Finding& finding) {
            return finding.rule == QLatin1String("extract.short_row") &&
                   finding.cells.contains(QStringLiteral("t3.granted.natural"));
        });
    QVERIFY(shortRow != session->findings().end());
    const QStringList row = shortRow->cells;
    const QString fingerprint = findingFingerprint(*shortRow);
    QCOMPARE(row.size(), 7);
    const auto isOpen = [&] {
        for (const Finding& finding : session->findings()) {
            if (findingFingerprint(finding) == fingerprint) {
                return session->stored().isOpen(finding);
            }
        }
        return false;
    };

    FormPane* form = fixture.window().workspace()->formPane();
    auto* t3 = fixture.find<FormView>("formTable_t3");
    form->selectCells({row.front()});
    t3->setFocus();
    QCOMPARE(t3->formModel()->indexOf(row.front()).data(SeverityRole).toString(),
             QStringLiteral("warning"));
    // Enter accepts each reading and moves along the row; the warning holds until the last.
    for (int i = 0; i < row.size(); ++i) {
        QCOMPARE(form->currentCellKey(), row[i]);
        QVERIFY(isOpen());
        QTest::keyClick(t3, Qt::Key_Return);
        QVERIFY2(session->stored().isVouchedFor(row[i]), qPrintable(row[i]));
    }
    QVERIFY(!isOpen());
    QVERIFY(form->currentCellKey() != row.back());
    for (const QString& key : row) {
        QVERIFY2(!session->annotation(key).isProblem(), qPrintable(key));
        QVERIFY(t3->formModel()
                    ->indexOf(key)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Accepted by 测试审核员")));
    }
    // Nothing was changed: the values are the ones read, and the rules see the same report.
    for (const QString& key : row) {
        QCOMPARE(session->current().value(key), session->stored().extracted.value(key));
    }

    // Ctrl+Z withdraws the last acceptance, and with it the settling of the row's warning.
    QTest::keyClick(t3, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!session->stored().isVouchedFor(row.back()));
    QVERIFY(isOpen());
    QVERIFY(session->annotation(row.back()).isProblem());
    QVERIFY(session->stored().isVouchedFor(row.front()));
    // Redo settles it again.
    QTest::keyClick(t3, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!isOpen());

    // After a restart the history shows the acceptance for what it is.
    fixture.reopen();
    QVERIFY(fixture.window().openReport(id));
    session = fixture.window().workspace()->session();
    QVERIFY(!session->annotation(row.front()).isProblem());
    t3 = fixture.find<FormView>("formTable_t3");
    fixture.window().workspace()->formPane()->selectCells({row.front()});
    t3->setFocus();
    QTest::keyClick(t3, Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(openHistoryDialog());
    QTableWidget* table = openHistoryDialog();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("accepted")));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("测试审核员"));
    table->window()->close();
}

void TestReviewWindow::clickingAFigureSelectsItsCell()
{
    WindowFixture fixture(m_archive);
    const ReportId id = fixture.reportOf(kBody, 2020);
    QVERIFY(fixture.window().openReport(id));
    ReportSession* session = fixture.window().workspace()->session();
    const Cell* cell = session->current().cell(QStringLiteral("t3.carried_forward.total"));
    QVERIFY(cell && cell->span);
    auto* text = fixture.find<SourceTextView>("sourceText");
    QTextCursor cursor(text->document());
    cursor.setPosition(int(session->document().utf16At(cell->span->start)));
    text->setTextCursor(cursor);
    text->ensureCursorVisible();
    const QRect at = text->cursorRect(cursor);
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, at.center() + QPoint(2, 0));
    QTRY_COMPARE(fixture.window().workspace()->formPane()->currentCellKey(),
                 QStringLiteral("t3.carried_forward.total"));

    // And the other way: choosing a cell highlights where it was read.
    fixture.window().workspace()->formPane()->selectCells({QStringLiteral("t4.review.total")});
    const Cell* review = session->current().cell(QStringLiteral("t4.review.total"));
    QVERIFY(review && review->span);
    QTRY_COMPARE(qsizetype(text->textCursor().position()),
                 session->document().utf16At(review->span->start));
}

void TestReviewWindow::f8WalksTheFindings()
{
    WindowFixture fixture(m_archive);
    // A real report with findings of several kinds.
    ReportQuery query;
    query.filter.severity = Severity::Warning;
    const std::vector<ReportRow> rows = *fixture.window().archive().listReports(query);
    const auto many = std::find_if(rows.begin(), rows.end(), [](const ReportRow& row) {
        return row.openErrors + row.openWarnings >= 3;
    });
    QVERIFY(many != rows.end());
    QVERIFY(fixture.window().openReport(many->id));
    auto* findings = fixture.find<QTableView>("findingsTable");
    const int count = findings->model()->rowCount();
    QVERIFY(count >= 3);
    auto* form = fixture.find<FormView>("formTable_t3");
    form->setFocus();

    QTest::keyClick(form, Qt::Key_F8);
    QTRY_COMPARE(findings->currentIndex().row(), 0);
    QTest::keyClick(form, Qt::Key_F8);
    QTRY_COMPARE(findings->currentIndex().row(), 1);
    QTest::keyClick(form, Qt::Key_F8, Qt::ShiftModifier);
    QTRY_COMPARE(findings->currentIndex().row(), 0);
    QTest::keyClick(form, Qt::Key_F8, Qt::ShiftModifier);
    QTRY_COMPARE(findings->currentIndex().row(), count - 1);

    // The finding's cells are selected in the form, and the first is shown in the text.
    for (int row = 0; row < count; ++row) {
        const QStringList cells =
            findings->model()->index(row, 0).data(CellKeysRole).toStringList();
        if (cells.isEmpty()) {
            continue;
        }
        fixture.window().workspace()->findingsPanel()->table()->setCurrentIndex(
            findings->model()->index(row, 0));
        QTRY_VERIFY(cells.contains(fixture.window().workspace()->formPane()->currentCellKey()));
        break;
    }
}

void TestReviewWindow::findingIsConfirmedWithAComment()
{
    WindowFixture fixture(m_archive);
    const ReportId id = fixture.reportOf(kBody, 2023);
    QVERIFY(fixture.window().openReport(id));
    QVERIFY(editCell(fixture, QStringLiteral("t4.review.total"), QStringLiteral("50")));
    auto* findings = fixture.find<QTableView>("findingsTable");
    QTRY_VERIFY(findings->model()->rowCount() > 0);
    QTest::keyClick(findings, Qt::Key_F8);
    QTRY_VERIFY(findings->currentIndex().isValid());
    const int row = findings->currentIndex().row();
    fixture.prompter().texts.push_back(QStringLiteral("the report prints it so"));
    QTest::keyClick(findings, Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(findings->model()->index(row, 0).data(VerdictRole).toString(),
                 QStringLiteral("confirmed"));
    QVERIFY(findings->model()
                ->index(row, FindingsModel::DecisionColumn)
                .data()
                .toString()
                .contains(QStringLiteral("the report prints it so")));
    const Finding* finding = fixture.window().workspace()->findingsPanel()->currentFinding();
    const Result<std::vector<FindingDecision>> decisions =
        fixture.window().archive().decisionHistory(id, findingFingerprint(*finding));
    QVERIFY(decisions && decisions->size() == 1);
    QCOMPARE(decisions->front().reviewer, QStringLiteral("测试审核员"));
}

void TestReviewWindow::ctrlEnterMarksReviewedAndOpensNextPending()
{
    WindowFixture fixture(m_archive);
    auto* browser = fixture.find<QTableView>("browserTable");
    const ReportId first = browser->model()->index(0, 0).data(ReportIdRole).toLongLong();
    const ReportId second = browser->model()->index(1, 0).data(ReportIdRole).toLongLong();
    const ReportId third = browser->model()->index(2, 0).data(ReportIdRole).toLongLong();
    // The second is reviewed already: Ctrl+Enter passes over it.
    QVERIFY(fixture.window().archive().setReviewStatus(second, ReviewStatus::Reviewed,
                                                       QStringLiteral("tester")));
    fixture.window().browser()->refresh();
    openFromBrowser(fixture, first);

    auto* form = fixture.find<FormView>("formTable_t3");
    form->setFocus();
    QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(fixture.window().workspace()->session()->id(), third);
    QCOMPARE(fixture.window().archive().reportInfo(first)->status, ReviewStatus::Reviewed);
    QCOMPARE(findIndex(browser->model(), ReportIdRole, first).data(StatusRole).toString(),
             QStringLiteral("reviewed"));
    QCOMPARE(browser->currentIndex().data(ReportIdRole).toLongLong(), third);
}

void TestReviewWindow::ctrlEnterKeepsAReportWithUndecidedErrors()
{
    WindowFixture fixture(m_archive);
    const ReportId id = fixture.reportOf(kBody, 2021);
    QVERIFY(fixture.window().openReport(id));
    ReportSession* session = fixture.window().workspace()->session();
    // An edit that breaks the balance of table 3: an error nobody decided on.
    QVERIFY(editCell(fixture, kCell, QStringLiteral("999")));
    QTRY_VERIFY(session->openCounts().errors > 0);
    auto* form = fixture.find<FormView>("formTable_t3");
    form->setFocus();
    QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier);
    // Refused: the report stays open and pending, and the undo stack holds only the edit.
    QCOMPARE(fixture.window().workspace()->session(), session);
    QCOMPARE(fixture.window().archive().reportInfo(id)->status, ReviewStatus::Pending);
    QCOMPARE(session->undoStack()->count(), 1);
    QVERIFY(fixture.window().archive().reportHistory(id)->changes.empty());
    // Undoing the edit takes the error away; then the report is marked reviewed.
    QTest::keyClick(form, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(session->openCounts().errors, qint64(0));
    QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(fixture.window().archive().reportInfo(id)->status, ReviewStatus::Reviewed);
}

void TestReviewWindow::pdfReportShowsTheFigureOnItsPage()
{
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("pdf.sqlite"));
    writeArchive(archive, {dataPath(QStringLiteral("formats/two-page-table.pdf"))});
    WindowFixture fixture(archive);
    const ReportId id = fixture.find<QTableView>("browserTable")
                            ->model()
                            ->index(0, 0)
                            .data(ReportIdRole)
                            .toLongLong();
    QVERIFY(fixture.window().openReport(id));
    auto* views = fixture.find<QTabWidget>("sourceViews");
    auto* pages = fixture.find<PdfPageView>("sourcePages");
    QVERIFY(views->isTabVisible(views->indexOf(pages)));
    QVERIFY(pages->hasDocument());

    ReportSession* session = fixture.window().workspace()->session();
    const Cell* cell = session->current().cell(QStringLiteral("t3.carried_forward.total"));
    QVERIFY(cell && cell->span);
    const std::optional<PageBox> box = session->document().pageBoxAt(*cell->span);
    QVERIFY(box);
    fixture.window().workspace()->formPane()->selectCells({cell->key});
    QTRY_COMPARE(pages->currentPage(), box->page);
    QCOMPARE(pages->highlightedBox(), box->box);
}

void TestReviewWindow::findingsNameTheirRuleInTheLanguage()
{
    WindowFixture fixture(m_archive);
    MainWindow& window = fixture.window();
    window.actions()->english->trigger();
    openFromBrowser(fixture, fixture.reportOf(kBody, 2022));
    auto* findings = fixture.find<QTableView>("findingsTable");
    // A broken balance: the panel names the rule, not its id.
    QVERIFY(editCell(fixture, kCell, QStringLiteral("999")));
    const auto balanceRow = [&] {
        return findIndex(findings->model(), RuleCodesRole,
                         QStringList{QStringLiteral("t3.balance")});
    };
    QTRY_VERIFY(balanceRow().isValid());
    const auto shown = [&](int column) {
        return balanceRow().siblingAtColumn(column).data().toString();
    };
    QCOMPARE(shown(FindingsModel::RuleColumn), QStringLiteral("Requests balance"));
    QCOMPARE(findings->model()->headerData(FindingsModel::RuleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Rule"));
    // The id stays in the model, in a column hidden until the reviewer asks for it.
    QCOMPARE(shown(FindingsModel::RuleIdColumn), QStringLiteral("t3.balance"));
    QVERIFY(findings->isColumnHidden(FindingsModel::RuleIdColumn));
    QVERIFY(!findings->isColumnHidden(FindingsModel::RuleColumn));

    // Switching the language renames the rule at once.
    window.actions()->chinese->trigger();
    QTRY_COMPARE(shown(FindingsModel::RuleColumn), QStringLiteral("申请收支平衡"));
    QCOMPARE(findings->model()->headerData(FindingsModel::RuleIdColumn, Qt::Horizontal).toString(),
             QStringLiteral("规则编号"));
    QCOMPARE(shown(FindingsModel::RuleIdColumn), QStringLiteral("t3.balance"));
    // A workflow rule is named too: every finding shown has a name, never a bare id.
    for (int row = 0; row < findings->model()->rowCount(); ++row) {
        const QModelIndex index = findings->model()->index(row, FindingsModel::RuleColumn);
        QVERIFY2(index.data().toString() !=
                     index.siblingAtColumn(FindingsModel::RuleIdColumn).data().toString(),
                 qPrintable(index.data().toString()));
    }

    // The header's context menu shows the id column.
    QHeaderView* header = findings->horizontalHeader();
    emit header->customContextMenuRequested(QPoint(10, 5));
    QMenu* menu = window.findChild<QMenu*>(QStringLiteral("findingsColumnMenu"));
    QVERIFY(menu);
    QAction* idAction = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->data().toInt() == FindingsModel::RuleIdColumn) {
            idAction = action;
        }
    }
    QVERIFY(idAction);
    QCOMPARE(idAction->text(), QStringLiteral("规则编号"));
    QVERIFY(!idAction->isChecked());
    idAction->trigger();
    QVERIFY(!findings->isColumnHidden(FindingsModel::RuleIdColumn));
    menu->close();
    window.actions()->english->trigger();
}

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
