#include "browser/browserpane.h"

#include "browser/reportlistmodel.h"
#include "common/itemroles.h"
#include "common/reportyears.h"
#include "store/archive.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace nianbao::ui {

BrowserPane::BrowserPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new ReportListModel(this))
    , m_search(new QLineEdit(this))
    , m_agency(new QLineEdit(this))
    , m_year(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("browserSearchEdit"));
    m_agency->setObjectName(QStringLiteral("browserAgencyEdit"));
    m_year->setObjectName(QStringLiteral("browserYearCombo"));
    m_status->setObjectName(QStringLiteral("browserStatusCombo"));
    m_severity->setObjectName(QStringLiteral("browserSeverityCombo"));
    m_count->setObjectName(QStringLiteral("browserCountLabel"));
    m_table->setObjectName(QStringLiteral("browserTable"));
    m_search->setClearButtonEnabled(true);
    m_agency->setClearButtonEnabled(true);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportListModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("browserHeader"));
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ReportListModel::AgencyColumn, QHeaderView::Stretch);
    const int digits = fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 24;
    for (const int column :
         {int(ReportListModel::IdColumn), int(ReportListModel::YearColumn),
          int(ReportListModel::FormatColumn), int(ReportListModel::ErrorsColumn),
          int(ReportListModel::WarningsColumn), int(ReportListModel::NotesColumn)}) {
        m_table->setColumnWidth(column, digits);
    }
    m_table->setColumnWidth(ReportListModel::RegionColumn, digits * 2);
    m_table->setColumnWidth(ReportListModel::StatusColumn, digits * 3 / 2);
    m_table->setColumnWidth(ReportListModel::FileColumn, digits * 3);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kFilterDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &BrowserPane::applyFilter);
    for (QLineEdit* edit : {m_search, m_agency}) {
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &BrowserPane::applyFilter);
    }
    for (QComboBox* combo : {m_year, m_status, m_severity}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &BrowserPane::applyFilter);
    }
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit openRequested(index.data(ReportIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &BrowserPane::announceCounts);
    connect(m_model, &ReportListModel::failed, this, &BrowserPane::failed);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_agency, 2);
    filters->addWidget(m_year);
    filters->addWidget(m_status);
    filters->addWidget(m_severity);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    fillChoices();
    retranslate();
}

void BrowserPane::fillChoices()
{
    const QSignalBlocker yearBlocker(m_year);
    const QSignalBlocker statusBlocker(m_status);
    const QSignalBlocker severityBlocker(m_severity);
    const int year = m_year->currentIndex();
    const int status = m_status->currentIndex();
    const int severity = m_severity->currentIndex();
    m_year->clear();
    m_year->addItem(tr("Any year"));
    for (int y = QDate::currentDate().year(); y >= kFirstReportYear; --y) {
        m_year->addItem(QString::number(y), y);
    }
    m_status->clear();
    m_status->addItem(tr("Any status"));
    for (const ReviewStatus s :
         {ReviewStatus::Pending, ReviewStatus::Doubtful, ReviewStatus::Reviewed}) {
        m_status->addItem(reviewStatusName(s), int(s));
    }
    m_severity->clear();
    m_severity->addItem(tr("Any findings"));
    m_severity->addItem(tr("Open errors"), int(Severity::Error));
    m_severity->addItem(tr("Open errors or warnings"), int(Severity::Warning));
    m_severity->addItem(tr("Any open finding"), int(Severity::Note));
    m_year->setCurrentIndex(std::max(0, year));
    m_status->setCurrentIndex(std::max(0, status));
    m_severity->setCurrentIndex(std::max(0, severity));
}

void BrowserPane::setArchive(store::Archive* archive)
{
    m_archive = archive;
    m_model->setArchive(archive);
}

void BrowserPane::applyFilter()
{
    m_debounce->stop();
    store::ReportFilter filter;
    filter.text = m_search->text().trimmed();
    filter.agency = m_agency->text().trimmed();
    if (m_year->currentData().isValid()) {
        filter.year = m_year->currentData().toInt();
    }
    if (m_status->currentData().isValid()) {
        filter.status = ReviewStatus(m_status->currentData().toInt());
    }
    if (m_severity->currentData().isValid()) {
        filter.severity = Severity(m_severity->currentData().toInt());
    }
    const ReportId selected = selectedReport();
    m_model->setFilter(filter);
    selectReport(selected);
}

void BrowserPane::refresh()
{
    const ReportId selected = selectedReport();
    if (const Result<void> done = m_model->refresh(); !done) {
        emit failed(done.error().message);
    }
    selectReport(selected);
}

void BrowserPane::selectReport(ReportId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, ReportListModel::AgencyColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

ReportId BrowserPane::selectedReport() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ReportIdRole).toLongLong() : 0;
}

void BrowserPane::announceCounts()
{
    qint64 total = m_model->rowCount();
    if (m_archive) {
        if (const Result<qint64> all = m_archive->countReports()) {
            total = *all;
        }
    }
    m_count->setText(
        tr("%1 of %2").arg(QLocale().toString(m_model->rowCount()), QLocale().toString(total)));
    emit countsChanged(m_model->rowCount(), total);
}

void BrowserPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void BrowserPane::retranslate()
{
    m_search->setPlaceholderText(tr("Search the reports' text…"));
    m_search->setToolTip(tr("Words that must all occur in the report"));
    m_agency->setPlaceholderText(tr("Agency…"));
    m_agency->setToolTip(tr("Part of the agency's name"));
    m_year->setToolTip(tr("The year the report is about"));
    m_status->setToolTip(tr("Review status"));
    m_severity->setToolTip(tr("Reports with open findings of this severity or worse"));
    fillChoices();
    m_model->retranslate();
    announceCounts();
}

} // namespace nianbao::ui
