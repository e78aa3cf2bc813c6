#include "desk/coverageview.h"

#include "desk/coveragemodel.h"
#include "supervision/desk/deskstore.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMetaObject>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace nianbao::ui {

using namespace nianbao::supervision;

CoverageView::CoverageView(QWidget* parent)
    : QWidget(parent)
    , m_model(new CoverageModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_chart(new QChartView(this))
    , m_unmatchedLabel(new QLabel(this))
    , m_unmatched(new QListWidget(this))
    , m_bodies(new QComboBox(this))
    , m_match(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_unmatched->setObjectName(QStringLiteral("unmatchedReports"));
    m_bodies->setObjectName(QStringLiteral("matchBody"));
    m_match->setObjectName(QStringLiteral("matchButton"));
    m_chart->setObjectName(QStringLiteral("coverageChart"));
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_bodies->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bodies->setMinimumContentsLength(16);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_chart, 3);
    sideLayout->addWidget(m_unmatchedLabel);
    sideLayout->addWidget(m_unmatched, 2);
    auto* matchRow = new QHBoxLayout;
    matchRow->addWidget(m_bodies, 1);
    matchRow->addWidget(m_match);
    sideLayout->addLayout(matchRow);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_unmatched, &QListWidget::currentRowChanged, this, &CoverageView::unmatchedChosen);
    connect(m_match, &QPushButton::clicked, this, &CoverageView::matchSelected);
    // A date a reviewer types is stored, then the year counted again (queued: the model is
    // reset by the reload, which must not happen inside its own setData).
    connect(m_model, &CoverageModel::publicationDateSet, this,
            [this](const QString& report, const QDate& date) {
                if (m_store) {
                    if (Result<void> set = m_store->setPublicationDate(report.toLongLong(), date);
                        !set) {
                        m_summary->setText(set.error().message);
                        return;
                    }
                }
                QMetaObject::invokeMethod(
                    this, [this] { load(m_store, m_year); }, Qt::QueuedConnection);
            });
    retranslate();
}

CoverageView::~CoverageView() = default;

const CoverageAnalysis* CoverageView::analysis() const
{
    return m_analysis ? &*m_analysis : nullptr;
}

void CoverageView::load(DeskStore* store, int year)
{
    m_store = store;
    m_year = year;
    m_model->setAnalysis(nullptr);
    m_analysis.reset();
    if (store) {
        Result<CoverageAnalysis> analysis = analyseCoverage(*store, year);
        if (analysis) {
            m_analysis = std::move(*analysis);
        } else {
            m_summary->setText(analysis.error().message);
        }
    }
    m_model->setAnalysis(analysis());
    showUnmatched();
    showChart();
    retranslate();
}

void CoverageView::showUnmatched()
{
    m_unmatched->clear();
    if (!m_analysis) {
        return;
    }
    for (const UnmatchedReport& entry : m_analysis->coverage.unmatched) {
        const CoverageReport& report = m_analysis->reports[std::size_t(entry.report)];
        m_unmatched->addItem(tr("%1 (report %2)").arg(report.agency, report.id));
    }
    unmatchedChosen();
}

void CoverageView::unmatchedChosen()
{
    m_bodies->clear();
    const int row = m_unmatched->currentRow();
    m_match->setEnabled(m_analysis && row >= 0);
    if (!m_analysis || row < 0) {
        return;
    }
    const UnmatchedReport& entry = m_analysis->coverage.unmatched[std::size_t(row)];
    // The suggestions first, then every other body.
    std::vector<int> order = entry.suggestions;
    for (int body = 0; body < int(m_analysis->registry.size()); ++body) {
        if (std::ranges::find(order, body) == order.end()) {
            order.push_back(body);
        }
    }
    for (const int body : order) {
        m_bodies->addItem(m_analysis->registry.bodies()[std::size_t(body)].name, body);
    }
}

void CoverageView::matchSelected()
{
    const int row = m_unmatched->currentRow();
    if (!m_store || !m_analysis || row < 0 || m_bodies->currentIndex() < 0) {
        return;
    }
    const UnmatchedReport& entry = m_analysis->coverage.unmatched[std::size_t(row)];
    const QString agency = m_analysis->reports[std::size_t(entry.report)].agency;
    if (Result<void> done = m_store->matchAgency(agency, m_bodies->currentText()); !done) {
        m_summary->setText(done.error().message);
        return;
    }
    load(m_store, m_year);
    emit matched();
}

void CoverageView::showChart()
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (m_analysis) {
        auto* series = new QStackedBarSeries(chart);
        QBarSet* onTime = new QBarSet(tr("on time"));
        QBarSet* late = new QBarSet(tr("late"));
        QBarSet* unknown = new QBarSet(tr("date unknown"));
        QBarSet* missing = new QBarSet(tr("missing"));
        onTime->setColor(QColor(0x8f, 0xc9, 0x8f));
        late->setColor(QColor(0xf0, 0xc0, 0x50));
        unknown->setColor(QColor(0x9f, 0xc5, 0xe8));
        missing->setColor(QColor(0xe0, 0x70, 0x70));
        QStringList categories;
        for (const CoverageGroup& group : m_analysis->coverage.groups) {
            categories.append((group.region.isEmpty() ? tr("no region") : group.region) +
                              QLatin1Char('\n') +
                              (group.level ? bodyLevelName(*group.level) : QString()));
            *onTime << group.counts.onTime;
            *late << group.counts.late;
            *unknown << group.counts.dateUnknown;
            *missing << group.counts.missing;
        }
        series->append({onTime, late, unknown, missing});
        chart->addSeries(series);
        auto* axisX = new QBarCategoryAxis(chart);
        axisX->append(categories);
        auto* axisY = new QValueAxis(chart);
        axisY->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        axisY->setMin(0);
        axisY->applyNiceNumbers();
        chart->setTitle(tr("Reports of %1 by region and level").arg(m_year));
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void CoverageView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showChart();
    }
    QWidget::changeEvent(event);
}

void CoverageView::retranslate()
{
    m_unmatchedLabel->setText(tr("Reports no body of the registry matches:"));
    m_match->setText(tr("Match"));
    m_match->setToolTip(tr("Count the selected report for the chosen body from now on"));
    if (!m_store) {
        m_summary->setText(tr("No archive."));
    } else if (!m_analysis || m_analysis->registry.size() == 0) {
        m_summary->setText(tr("No registry of the bodies expected to report: import one "
                              "(CSV or XLSX) to see who published, who is late and who is "
                              "missing."));
    } else {
        const CoverageCounts& total = m_analysis->coverage.total;
        m_summary->setText(tr("%1: %2 bodies expected; %3 published on time, %4 late, %5 "
                              "without a date, %6 missing (deadline %7).")
                               .arg(m_year)
                               .arg(total.expected)
                               .arg(total.onTime)
                               .arg(total.late)
                               .arg(total.dateUnknown)
                               .arg(total.missing)
                               .arg(m_analysis->coverage.deadline.toString(Qt::ISODate)));
    }
}

} // namespace nianbao::ui
