#include "desk/dashboardview.h"

#include "model/review.h"
#include "supervision/desk/deskstore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QValueAxis>

namespace nianbao::ui {

using namespace nianbao::supervision;

namespace {

/// Rules shown at most in the errors chart (the rest are few).
constexpr std::size_t kMaxRules = 10;

QChart* barChart(const QString& title, const QStringList& categories, const QList<qreal>& values,
                 bool horizontal)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    auto* set = new QBarSet(title);
    set->append(values);
    QAbstractBarSeries* series = horizontal
                                     ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis(chart);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    // Counts: from zero, on whole ticks.
    valueAxis->setMin(0);
    valueAxis->applyNiceNumbers();
    return chart;
}

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    for (int i = 0; i < 4; ++i) {
        m_charts[i] = new QChartView(this);
        m_charts[i]->setObjectName(QStringLiteral("dashboardChart%1").arg(i));
        m_charts[i]->setRenderHint(QPainter::Antialiasing);
        m_charts[i]->setChart(new QChart);
        layout->addWidget(m_charts[i], i / 2, i % 2);
    }
}

void DashboardView::load(DeskStore* store)
{
    m_store = store;
    if (!store) {
        return;
    }
    Result<DeskDashboard> dashboard = store->dashboard();
    if (!dashboard) {
        return;
    }
    QStringList years;
    QList<qreal> perYear;
    for (const auto& [year, count] : dashboard->reportsByYear) {
        years.append(year > 0 ? QString::number(year) : tr("no year"));
        perYear.append(count);
    }
    QStringList regions;
    QList<qreal> perRegion;
    for (const auto& [region, count] : dashboard->reportsByRegion) {
        regions.append(region.isEmpty() ? tr("no region") : region);
        perRegion.append(count);
    }
    QStringList rules;
    QList<qreal> perRule;
    for (const auto& [rule, count] : dashboard->openErrorsByRule) {
        if (std::size_t(rules.size()) == kMaxRules) {
            break;
        }
        rules.append(rule);
        perRule.append(count);
    }
    auto* progress = new QChart;
    progress->setTitle(tr("Review progress"));
    auto* pie = new QPieSeries(progress);
    for (const auto& [status, count] : dashboard->reportsByReviewStatus) {
        const std::optional<ReviewStatus> known = reviewStatusFromCode(status);
        pie->append(
            QStringLiteral("%1 (%2)").arg(known ? reviewStatusName(*known) : status).arg(count),
            count);
    }
    progress->addSeries(pie);
    progress->legend()->setAlignment(Qt::AlignRight);

    QChart* charts[4] = {
        barChart(tr("Reports by year"), years, perYear, false),
        barChart(tr("Reports by region"), regions, perRegion, true),
        barChart(tr("Open errors by rule"), rules, perRule, true),
        progress,
    };
    for (int i = 0; i < 4; ++i) {
        QChart* old = m_charts[i]->chart();
        m_charts[i]->setChart(charts[i]);
        delete old;
    }
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_store) {
        load(m_store);
    }
    QWidget::changeEvent(event);
}

} // namespace nianbao::ui
