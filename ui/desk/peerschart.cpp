#include "desk/peerschart.h"

#include "supervision/desk/deskpeers.h"
#include "supervision/peers/peers.h"
#include "templates/templateregistry.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>

namespace nianbao::ui {

using namespace nianbao::supervision;

PeersChart::PeersChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChartView(this))
    , m_statistics(new QLabel(this))
{
    m_chart->setObjectName(QStringLiteral("peersChart"));
    m_statistics->setObjectName(QStringLiteral("peersStatistics"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_statistics->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_statistics);
}

PeersChart::~PeersChart() = default;

void PeersChart::load(DeskStore* desk, const Report& report, int year)
{
    m_peers.clear();
    if (desk) {
        // A view on the archive: when it cannot be read the chart has no peers, and the
        // review goes on.
        if (Result<std::vector<Report>> peers = peerReports(*desk, report, year)) {
            m_peers = std::move(*peers);
        }
    }
    draw(report);
}

void PeersChart::clear()
{
    m_peers.clear();
    draw(Report{});
}

void PeersChart::draw(const Report& report)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    const ReportTemplate* format = TemplateRegistry::builtin().find(report.templateId);
    QStringList statistics;
    if (format && !m_peers.empty()) {
        QStringList keys;
        QStringList labels;
        for (const YearSeriesDef& series : format->yearsChart.series) {
            if (series.cells.size() == 1) {
                keys.append(series.cells.constFirst());
                labels.append(series.label.text());
            }
        }
        const std::vector<PeerPosition> positions = comparePeers(report, m_peers, keys);
        auto* series = new QBarSeries(chart);
        auto* set = new QBarSet(tr("percentile"));
        QStringList categories;
        for (const PeerPosition& position : positions) {
            if (!position.percentile) {
                continue;
            }
            const QString label = labels.value(keys.indexOf(position.key), position.key);
            categories.append(label);
            statistics.append(tr("%1: %2 (median %3, quartiles %4–%5)")
                                  .arg(label)
                                  .arg(position.value.value_or(0))
                                  .arg(position.median)
                                  .arg(position.lowerQuartile)
                                  .arg(position.upperQuartile));
            *set << *position.percentile * 100;
        }
        series->append(set);
        chart->addSeries(series);
        auto* axisY = new QBarCategoryAxis(chart);
        axisY->append(categories);
        auto* axisX = new QValueAxis(chart);
        axisX->setRange(0, 100);
        axisX->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(axisY, Qt::AlignBottom);
        chart->addAxis(axisX, Qt::AlignLeft);
        series->attachAxis(axisY);
        series->attachAxis(axisX);
        chart->setTitle(tr("Percentile among %n peers", nullptr, int(m_peers.size())));
    } else {
        chart->setTitle(tr("No peers to compare with"));
    }
    m_statistics->setText(statistics.join(QLatin1Char('\n')));
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace nianbao::ui
