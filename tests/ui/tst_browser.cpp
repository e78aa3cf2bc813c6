// The archive browser on the real window: filters (debounced), sorting, and the model's
// consistency under both.

#include "browser/browserpane.h"
#include "browser/reportlistmodel.h"
#include "common/itemroles.h"
#include "uitestkit.h"
#include "workflow/crossyear.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;
using namespace nianbao::ui;
using namespace nianbao::test;

namespace {

void typeText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    for (const QChar character : text) {
        edit->insert(QString(character));
    }
}

} // namespace

class TestBrowser : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryReport();
    void filtersByAgencyAfterAPause();
    void filtersByYearStatusAndSeverity();
    void searchesTheText();
    void sortsByAnyColumn();

private:
    qint64 count(const ReportFilter& filter);

    QTemporaryDir m_dir;
    QString m_archive;
    std::unique_ptr<WindowFixture> m_fixture;
    QTableView* m_table = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestBrowser::initTestCase()
{
    m_archive = m_dir.filePath(QStringLiteral("prepared.sqlite"));
    writeArchive(m_archive, allSamples());
}

void TestBrowser::init()
{
    m_fixture = std::make_unique<WindowFixture>(m_archive);
    m_table = m_fixture->find<QTableView>("browserTable");
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBrowser::cleanup()
{
    m_tester.reset();
    m_fixture.reset();
}

qint64 TestBrowser::count(const ReportFilter& filter)
{
    return *m_fixture->window().archive().countReports(filter);
}

void TestBrowser::listsEveryReport()
{
    QCOMPARE(qint64(m_table->model()->rowCount()), count({}));
    QCOMPARE(m_table->model()->rowCount(), int(allSamples().size()));
    const QModelIndex first = m_table->model()->index(0, ReportListModel::AgencyColumn);
    QVERIFY(!first.data().toString().isEmpty());
    QCOMPARE(first.data(StatusRole).toString(), QStringLiteral("pending"));
}

void TestBrowser::filtersByAgencyAfterAPause()
{
    auto* agency = m_fixture->find<QLineEdit>("browserAgencyEdit");
    // Chinese arrives through an input method, one committed character at a time. Typing does
    // not query at each character: the list changes once the typing pauses.
    typeText(agency, QStringLiteral("示例县"));
    QCOMPARE(m_table->model()->rowCount(), int(allSamples().size()));
    QTRY_COMPARE(m_table->model()->rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        QVERIFY(m_table->model()
                    ->index(row, ReportListModel::AgencyColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("示例县")));
    }
    agency->clear();
    QTRY_COMPARE(m_table->model()->rowCount(), int(allSamples().size()));
}

void TestBrowser::filtersByYearStatusAndSeverity()
{
    auto* year = m_fixture->find<QComboBox>("browserYearCombo");
    year->setCurrentIndex(year->findData(2022));
    ReportFilter filter;
    filter.year = 2022;
    QTRY_COMPARE(qint64(m_table->model()->rowCount()), count(filter));
    QVERIFY(m_table->model()->rowCount() >= 5);
    year->setCurrentIndex(0);

    const ReportId doubtful = m_table->model()->index(3, 0).data(ReportIdRole).toLongLong();
    QVERIFY(m_fixture->window().archive().setReviewStatus(doubtful, ReviewStatus::Doubtful,
                                                          QStringLiteral("tester")));
    auto* status = m_fixture->find<QComboBox>("browserStatusCombo");
    status->setCurrentIndex(status->findData(int(ReviewStatus::Doubtful)));
    QTRY_COMPARE(m_table->model()->rowCount(), 1);
    QCOMPARE(m_table->model()->index(0, 0).data(ReportIdRole).toLongLong(), doubtful);
    status->setCurrentIndex(0);

    // The samples break no hard rule: a reviewer's wrong value makes one report break some.
    Archive& archive = m_fixture->window().archive();
    const ReportId wrong = m_table->model()->index(7, 0).data(ReportIdRole).toLongLong();
    QVERIFY(archive.recordCorrection(
        wrong, CorrectionRequest{QStringLiteral("t3.new.total"), 9999.0, QStringLiteral("t"), {}}));
    QVERIFY(revalidateStoredReport(archive, defaultReportProcessing(), wrong));
    auto* severity = m_fixture->find<QComboBox>("browserSeverityCombo");
    severity->setCurrentIndex(severity->findData(int(Severity::Error)));
    filter = {};
    filter.severity = Severity::Error;
    QTRY_COMPARE(m_table->model()->rowCount(), 1);
    QCOMPARE(count(filter), 1);
    QCOMPARE(m_table->model()->index(0, 0).data(ReportIdRole).toLongLong(), wrong);
    QCOMPARE(m_table->model()->index(0, 0).data(SeverityRole).toString(), QStringLiteral("error"));
}

void TestBrowser::searchesTheText()
{
    auto* search = m_fixture->find<QLineEdit>("browserSearchEdit");
    typeText(search, QStringLiteral("经济开发区"));
    ReportFilter filter;
    filter.text = QStringLiteral("经济开发区");
    QTRY_COMPARE(qint64(m_table->model()->rowCount()), count(filter));
    QVERIFY(m_table->model()->rowCount() >= 5);
    QVERIFY(m_table->model()->rowCount() < int(allSamples().size()));
}

void TestBrowser::sortsByAnyColumn()
{
    QHeaderView* header = m_table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(ReportListModel::YearColumn) + 5, 5));
    const auto yearAt = [this](int row) {
        return m_table->model()->index(row, ReportListModel::YearColumn).data().toInt();
    };
    const int rows = m_table->model()->rowCount();
    const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    for (int row = 1; row < rows; ++row) {
        if (yearAt(row - 1) != 0 && yearAt(row) != 0) {
            QVERIFY(ascending ? yearAt(row - 1) <= yearAt(row) : yearAt(row - 1) >= yearAt(row));
        }
    }
    // Columns the archive does not order are sorted in the list itself.
    m_table->sortByColumn(ReportListModel::WarningsColumn, Qt::DescendingOrder);
    const auto warningsAt = [this](int row) {
        return m_table->model()->index(row, ReportListModel::WarningsColumn).data().toInt();
    };
    for (int row = 1; row < rows; ++row) {
        QVERIFY(warningsAt(row - 1) >= warningsAt(row));
    }
    QVERIFY(warningsAt(0) > 0);
}

QTEST_MAIN(TestBrowser)
#include "tst_browser.moc"
