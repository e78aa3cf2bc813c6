// Who and when a report is, and its story, in the real main window: the agency, year, title
// and region edited in place (undoable, in the timeline and the archive), a missing agency
// as a finding, one body under two names lined up across years, the timeline saved as CSV
// and XLSX, the file name in the browser, a blank form refused at import, and the menus
// that open an archive and list the keyboard shortcuts.

#include "browser/reportlistmodel.h"
#include "common/itemroles.h"
#include "findings/findingspanel.h"
#include "form/formmodel.h"
#include "form/formpane.h"
#include "form/formview.h"
#include "history/timelinemodel.h"
#include "history/timelinepane.h"
#include "import/importdialog.h"
#include "import/importrunner.h"
#include "mainwindow/mainactions.h"
#include "session/reportsession.h"
#include "testdata.h"
#include "uitestkit.h"
#include "workspace/reportdetails.h"
#include "workspace/reportworkspace.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace nianbao;
using namespace nianbao::ui;
using namespace nianbao::test;

namespace {

constexpr int kImportTimeoutMs = 60000;
const QString kBody = QStringLiteral("示例县生成数据局");
/// The same body's 2022 report printed under another name.
const QString kOtherName = QStringLiteral("示例县数据资源管理局");

QByteArray resourceBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

bool hasRule(const ReportSession& session, const QString& prefix, const QString& cell = {})
{
    return std::ranges::any_of(session.findings(), [&](const Finding& finding) {
        return finding.rule.startsWith(prefix) && (cell.isEmpty() || finding.cells.contains(cell));
    });
}

/// Puts `text` in a details editor (QTest types Latin-1 only) and leaves it with Enter.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->setText(text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestReportIdentity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void detailsAreEditedUndoneAndInTheTimeline();
    void aMissingAgencyIsAFinding();
    void timelineJumpsToCellsAndSavesAsCsvAndXlsx();
    void mergingTwoNamesLinesUpTheCrossYearCheck();
    void keepThisOneRetiresTheOtherCopy();
    void browserShowsTheFileName();
    void openFindingsBringTheFindingsTabForward();
    void blankTemplateIsRefusedAtImport();
    void helpListsTheShortcutsAndFileOpensAnArchive();

private:
    static ReportSession* open(WindowFixture& fixture, ReportId id);

    QTemporaryDir m_dir;
    QString m_archive;
    QString m_renamed;
    /// Body 3's 2020 report twice: as published and as reposted with a line more.
    QString m_copies;
};

void TestReportIdentity::initTestCase()
{
    m_renamed = m_dir.filePath(QStringLiteral("renamed-2022.txt"));
    writeBytes(m_renamed, QString::fromUtf8(resourceBytes(generatedSample(1, 2022)))
                              .replace(kBody, kOtherName)
                              .toUtf8());
    m_archive = m_dir.filePath(QStringLiteral("prepared.sqlite"));
    writeArchive(m_archive, {generatedSample(1, 2021), m_renamed, generatedSample(2, 2022)});

    const QString reposted = m_dir.filePath(QStringLiteral("reposted-2020.txt"));
    writeBytes(reposted, resourceBytes(generatedSample(3, 2020)) + "\n（转载）\n");
    m_copies = m_dir.filePath(QStringLiteral("copies.sqlite"));
    writeArchive(m_copies, {generatedSample(3, 2020), reposted});
}

ReportSession* TestReportIdentity::open(WindowFixture& fixture, ReportId id)
{
    if (!fixture.window().openReport(id)) {
        return nullptr;
    }
    return fixture.window().workspace()->session();
}

void TestReportIdentity::detailsAreEditedUndoneAndInTheTimeline()
{
    WindowFixture fixture(m_archive);
    ReportSession* session = open(fixture, fixture.reportOf(kBody, 2021));
    QVERIFY(session);
    const QString agency = session->info().agency;
    ReportDetails* details = fixture.window().workspace()->details();
    fixture.window().workspace()->bottomTabs()->setCurrentWidget(details);
    QCOMPARE(details->editor(ReportField::Agency)->text(), agency);
    QCOMPARE(details->editor(ReportField::Year)->text(), QStringLiteral("2021"));

    typeInto(details->editor(ReportField::Title), QStringLiteral("改过的标题"));
    typeInto(details->editor(ReportField::Year), QStringLiteral("2020"));
    QCOMPARE(session->info().title, QStringLiteral("改过的标题"));
    QCOMPARE(session->info().year, std::optional<int>(2020));
    // In the archive (what the browser and the export read) and in the timeline.
    QCOMPARE(fixture.window().archive().reportInfo(session->id())->year, std::optional<int>(2020));
    TimelineModel* timeline = fixture.window().workspace()->timeline()->model();
    QCOMPARE(timeline->rowCount(), 2);
    QCOMPARE(timeline->entries().back().target, QStringLiteral("year"));
    QCOMPARE(timeline->entries().back().newValue, QStringLiteral("2020"));
    QCOMPARE(timeline->entries().back().reviewer, QStringLiteral("测试审核员"));
    // Four-digit years in the timeline's dates.
    QVERIFY(timeline->index(0, TimelineModel::TimeColumn)
                .data()
                .toString()
                .contains(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} "))));

    // Ctrl+Z takes the year back, in the editor too; the undo is one more timeline step.
    QTest::keyClick(&fixture.window(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session->info().year, std::optional<int>(2021));
    QCOMPARE(details->editor(ReportField::Year)->text(), QStringLiteral("2021"));
    QCOMPARE(timeline->rowCount(), 3);
    QCOMPARE(fixture.window().archive().reportInfo(session->id())->year, std::optional<int>(2021));

    // A year that is no year is not taken.
    typeInto(details->editor(ReportField::Year), QStringLiteral("99"));
    QCOMPARE(session->info().year, std::optional<int>(2021));
}

void TestReportIdentity::aMissingAgencyIsAFinding()
{
    WindowFixture fixture(m_archive);
    ReportSession* session = open(fixture, fixture.reportOf(kBody, 2021));
    QVERIFY(session);
    QVERIFY(!hasRule(*session, QStringLiteral("report.agency_missing")));
    ReportDetails* details = fixture.window().workspace()->details();
    QLineEdit* agency = details->editor(ReportField::Agency);
    agency->setFocus();
    agency->selectAll();
    QTest::keyClick(agency, Qt::Key_Backspace);
    QTest::keyClick(agency, Qt::Key_Return);
    QVERIFY(session->info().agency.isEmpty());
    QVERIFY(hasRule(*session, QStringLiteral("report.agency_missing")));
    QVERIFY(session->openCounts().warnings > 0);
    session->undoStack()->undo();
    QVERIFY(!session->info().agency.isEmpty());
    QVERIFY(!hasRule(*session, QStringLiteral("report.agency_missing")));
}

void TestReportIdentity::timelineJumpsToCellsAndSavesAsCsvAndXlsx()
{
    WindowFixture fixture(m_archive);
    ReportSession* session = open(fixture, fixture.reportOf(kBody, 2021));
    QVERIFY(session);
    const QString cell = QStringLiteral("t3.new.natural");
    const std::optional<double> before = session->current().cell(cell)->value;
    QVERIFY(session->editCell(cell, before.value_or(0) + 7, QStringLiteral("印刷错误")));
    QVERIFY(session->setStatus(ReviewStatus::Doubtful, QStringLiteral("待核实")).has_value());

    // Dates with four-digit years wherever the window shows when (here the cell's tooltip).
    const QRegularExpression fullDate(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\b"));
    auto* t3 = fixture.find<FormView>("formTable_t3");
    QVERIFY(t3->formModel()->indexOf(cell).data(Qt::ToolTipRole).toString().contains(fullDate));

    TimelinePane* pane = fixture.window().workspace()->timeline();
    fixture.window().workspace()->bottomTabs()->setCurrentWidget(pane);
    QTableView* table = pane->table();
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, TimelineModel::ReasonColumn).data().toString(),
             QStringLiteral("印刷错误"));
    // Enter on the edit shows its cell in the form.
    fixture.window().workspace()->formPane()->setFocus();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, TimelineModel::TargetColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(fixture.window().workspace()->formPane()->currentCellKey(), cell);

    const QString csv = m_dir.filePath(QStringLiteral("timeline.csv"));
    const QString xlsx = m_dir.filePath(QStringLiteral("timeline.xlsx"));
    fixture.prompter().saveFiles = {csv, xlsx};
    auto* save = pane->findChild<QPushButton*>(QStringLiteral("saveTimelineButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTest::mouseClick(save, Qt::LeftButton);
    QFile written(csv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    QVERIFY(text.contains(QStringLiteral("time,reviewer,kind,target,cells")));
    QVERIFY(text.contains(QStringLiteral(",edit,t3.new.natural,")));
    QVERIFY(text.contains(QStringLiteral("印刷错误")));
    QVERIFY(text.contains(QStringLiteral(",status,status,")));
    QVERIFY(text.contains(QStringLiteral("待核实")));
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(2), QByteArray("PK")); // a zip, as every XLSX is
}

void TestReportIdentity::mergingTwoNamesLinesUpTheCrossYearCheck()
{
    WindowFixture fixture(m_archive);
    const ReportId renamed = fixture.reportOf(kOtherName, 2022);
    const ReportId earlier = fixture.reportOf(kBody, 2021);
    const QString carried = QStringLiteral("t3.carried_over.total");
    ReportSession* session = open(fixture, renamed);
    QVERIFY(session);
    // Under its other name the 2022 report has no previous year: a wrong carry-over passes.
    QVERIFY(!session->hasPreviousYear());
    const std::optional<double> before = session->current().cell(carried)->value;
    QVERIFY(session->editCell(carried, before.value_or(0) + 1000, {}));
    QVERIFY(!hasRule(*session, QStringLiteral("cross_year.carried_over"), carried));
    session->undoStack()->undo();

    // The reviewer says the other name is the same body as the 2021 report's.
    const QString bodyName = fixture.window().archive().reportInfo(earlier)->agency;
    fixture.prompter().texts = {bodyName};
    auto* sameBody = fixture.window().workspace()->details()->findChild<QPushButton*>(
        QStringLiteral("sameBodyButton"));
    QTest::mouseClick(sameBody, Qt::LeftButton);
    session = fixture.window().workspace()->session();
    QCOMPARE(session->id(), renamed);
    QVERIFY(session->hasPreviousYear());
    QCOMPARE(*fixture.window().archive().findReport(session->info().agency, 2021),
             std::optional<ReportId>(earlier));
    // Either name finds the body's other years, and the details say which names it has.
    QCOMPARE(*fixture.window().archive().findReport(bodyName, 2022),
             std::optional<ReportId>(renamed));
    QVERIFY(fixture.window()
                .workspace()
                ->details()
                ->findChild<QLabel*>(QStringLiteral("detailsBody"))
                ->text()
                .contains(QStringLiteral("示例县生成数据局")));
    // The carry-over is now checked against the 2021 report.
    QVERIFY(session->editCell(carried, before.value_or(0) + 1000, {}));
    QVERIFY(hasRule(*session, QStringLiteral("cross_year.carried_over"), carried));
    session->undoStack()->undo();

    // Undoing the match (an empty answer) separates them again.
    fixture.prompter().texts = {QString()};
    QTest::mouseClick(fixture.window().workspace()->details()->findChild<QPushButton*>(
                          QStringLiteral("sameBodyButton")),
                      Qt::LeftButton);
    QVERIFY(!fixture.window().workspace()->session()->hasPreviousYear());
}

void TestReportIdentity::keepThisOneRetiresTheOtherCopy()
{
    WindowFixture fixture(m_copies);
    store::Archive& archive = fixture.window().archive();
    const std::vector<store::ReportRow> rows = archive.listReports().value();
    QCOMPARE(rows.size(), std::size_t(2));
    const ReportId published = rows.at(0).id;
    const ReportId reposted = rows.at(1).id;
    const QString agency = rows.at(0).agency;
    const QString sameYear = QStringLiteral("report.same_body_year");
    // Both copies are flagged from the import on.
    ReportSession* session = open(fixture, published);
    QVERIFY(hasRule(*session, sameYear));
    session = open(fixture, reposted);
    QVERIFY(hasRule(*session, sameYear));

    ReportDetails* details = fixture.window().workspace()->details();
    auto* keep = details->findChild<QPushButton*>(QStringLiteral("keepThisButton"));
    auto* restore = details->findChild<QPushButton*>(QStringLiteral("restoreReportButton"));
    QVERIFY(!keep->isHidden());
    QVERIFY(restore->isHidden());
    QTest::mouseClick(keep, Qt::LeftButton);
    session = fixture.window().workspace()->session();
    QCOMPARE(session->id(), reposted);
    QVERIFY(!hasRule(*session, sameYear));
    QVERIFY(keep->isHidden());
    const std::optional<store::Retirement> retired = archive.retirement(published).value();
    QVERIFY(retired);
    QCOMPARE(retired->kept, reposted);
    QCOMPARE(retired->reviewer, QStringLiteral("测试审核员"));
    QCOMPARE(*archive.findReport(agency, 2020), std::optional<ReportId>(reposted));
    QCOMPARE(archive.readDataset(store::DatasetFilter{}).value()->reportCount(), 1);

    // The retired copy says so, is not flagged, and comes back on request.
    session = open(fixture, published);
    QVERIFY(!hasRule(*session, sameYear));
    QVERIFY(!restore->isHidden());
    QVERIFY(details->findChild<QLabel*>(QStringLiteral("detailsCopies"))
                ->text()
                .contains(QString::number(reposted)));
    QTest::mouseClick(restore, Qt::LeftButton);
    session = fixture.window().workspace()->session();
    QVERIFY(hasRule(*session, sameYear));
    QVERIFY(!archive.retirement(published).value());
    QCOMPARE(archive.readDataset(store::DatasetFilter{}).value()->reportCount(), 2);
}

void TestReportIdentity::browserShowsTheFileName()
{
    WindowFixture fixture(m_archive);
    auto* table = fixture.find<QTableView>("browserTable");
    const QModelIndex row =
        findIndex(table->model(), ReportIdRole, fixture.reportOf(kOtherName, 2022),
                  ReportListModel::FileColumn);
    QVERIFY(row.isValid());
    QCOMPARE(row.data().toString(), QStringLiteral("renamed-2022.txt"));
    QVERIFY(!table->isColumnHidden(ReportListModel::FileColumn));
    QCOMPARE(table->model()->headerData(ReportListModel::FileColumn, Qt::Horizontal).toString(),
             QStringLiteral("File"));
}

void TestReportIdentity::openFindingsBringTheFindingsTabForward()
{
    WindowFixture fixture(m_copies);
    QTabWidget* bottom = fixture.window().workspace()->bottomTabs();
    const std::vector<store::ReportRow> rows = fixture.window().archive().listReports().value();
    ReportSession* session = open(fixture, rows.at(0).id);
    QVERIFY(session);
    // Away from the findings, then a report with open findings comes to them.
    bottom->setCurrentWidget(fixture.window().workspace()->timeline());
    session = open(fixture, rows.at(1).id);
    QVERIFY(session);
    QVERIFY(session->openCounts().total() > 0);
    QCOMPARE(bottom->currentWidget(),
             static_cast<QWidget*>(fixture.window().workspace()->findingsPanel()));
}

void TestReportIdentity::blankTemplateIsRefusedAtImport()
{
    const QString blank = sharedRealDir().isEmpty()
                              ? QString()
                              : sharedRealDir() + QStringLiteral("/blank-2021-template.docx");
    if (blank.isEmpty() || !QFile::exists(blank)) {
        QSKIP("the shared blank template is not here");
    }
    WindowFixture fixture(m_archive);
    const qint64 before = *fixture.window().archive().countReports();
    fixture.window().importPaths({blank});
    ImportDialog* dialog = fixture.window().importDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.window().importRunner()->isRunning() && dialog->isDone(),
                             kImportTimeoutMs);
    QCOMPARE(dialog->failures()->topLevelItemCount(), 1);
    QVERIFY(dialog->failures()->topLevelItem(0)->text(0).endsWith(
        QStringLiteral("blank-2021-template.docx")));
    QVERIFY(dialog->failures()->topLevelItem(0)->text(1).contains(QStringLiteral("blank")));
    QCOMPARE(*fixture.window().archive().countReports(), before);
}

void TestReportIdentity::helpListsTheShortcutsAndFileOpensAnArchive()
{
    WindowFixture fixture(m_archive);
    fixture.window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&fixture.window()));
    fixture.window().actions()->keyboardShortcuts->trigger();
    QTableWidget* shortcuts = nullptr;
    QTRY_VERIFY(
        (shortcuts = fixture.window().findChild<QTableWidget*>(QStringLiteral("shortcutsTable"))));
    const QList<QTableWidgetItem*> f8 = shortcuts->findItems(
        QKeySequence(Qt::Key_F8).toString(QKeySequence::NativeText), Qt::MatchExactly);
    QCOMPARE(f8.size(), 1);
    QCOMPARE(shortcuts->item(f8.front()->row(), 0)->text(),
             fixture.window().actions()->nextFinding->text().remove(QLatin1Char('&')));
    shortcuts->window()->close();

    // A file that is no archive is refused; an archive is handed on to be opened.
    QSignalSpy opened(&fixture.window(), &MainWindow::openArchiveRequested);
    const QString notAnArchive = m_dir.filePath(QStringLiteral("notes.sqlite"));
    writeBytes(notAnArchive, "just some notes, not a database");
    fixture.prompter().files = {{notAnArchive}, {m_archive}};
    fixture.window().actions()->openArchive->trigger();
    QCOMPARE(opened.size(), 0);
    fixture.window().actions()->openArchive->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.front().front().toString(), m_archive);
}

QTEST_MAIN(TestReportIdentity)
#include "tst_reportidentity.moc"
