#include "charts/chartspane.h"

#include "charts/bodyhistory.h"
#include "charts/chartcanvas.h"
#include "desk/peerschart.h"
#include "session/reportsession.h"
#include "supervision/desk/deskstore.h"
#include "templates/reporttemplate.h"

#include <QEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nianbao::ui {

namespace {

constexpr int kChartHeight = 260;

} // namespace

ChartsPane::ChartsPane(QWidget* parent)
    : QWidget(parent)
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_column = new QVBoxLayout(m_content);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_peers = new PeersChart(m_content);
    m_peers->setObjectName(QStringLiteral("reviewPeers"));
    m_peers->setMinimumHeight(kChartHeight);
    m_column->addWidget(m_peers);
    m_column->addStretch(1);
    scroll->setWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    redraw();
}

ChartsPane::~ChartsPane() = default;

void ChartsPane::setSession(ReportSession* session, store::Archive* archive)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_archive = archive;
    if (session) {
        connect(session, &ReportSession::cellChanged, this, [this] {
            // Only the open report's year changed: the other years stay as loaded.
            for (YearFigures& year : m_history) {
                if (m_session->info().year == year.year && m_session->format()) {
                    year = YearFigures::of(year.year, m_session->current(),
                                           m_session->format()->yearsChart);
                }
            }
            redraw();
            m_peers->draw(m_session->current());
        });
    }
    loadHistory();
    redraw();
    loadPeers();
}

void ChartsPane::loadPeers()
{
    if (!m_session || !m_archive) {
        m_peers->clear();
        return;
    }
    if (!m_desk || m_deskLocation != m_archive->location()) {
        m_desk.reset();
        m_deskLocation = m_archive->location();
        if (Result<supervision::DeskStore> desk = supervision::DeskStore::open(*m_archive)) {
            m_desk = std::make_unique<supervision::DeskStore>(std::move(*desk));
        }
    }
    const Report& report = m_session->current();
    m_peers->load(m_desk.get(), report, m_session->info().year.value_or(0));
}

void ChartsPane::loadHistory()
{
    m_history.clear();
    if (!m_session || !m_archive) {
        return;
    }
    // The chart across years is a view on the archive: if it cannot be read, the chart says
    // so by staying empty while the review goes on.
    if (!m_session->format()) {
        return;
    }
    if (Result<std::vector<YearFigures>> years =
            loadBodyHistory(*m_archive, m_session->info().agency, m_session->id(),
                            m_session->current(), m_session->format()->yearsChart)) {
        m_history = std::move(*years);
    }
}

void ChartsPane::ensureCanvases(const QStringList& keys)
{
    if (keys == m_canvasKeys) {
        return;
    }
    for (const auto& canvas : m_canvases) {
        delete canvas->widget(); // owned by the content widget, not by the canvas
    }
    m_canvases.clear();
    for (const QString& key : keys) {
        std::unique_ptr<ChartCanvas> canvas = createChartCanvas(m_content);
        canvas->widget()->setObjectName(QStringLiteral("chart_") + key);
        canvas->widget()->setMinimumHeight(kChartHeight);
        // Before the peers chart and the stretch.
        m_column->insertWidget(m_column->count() - 2, canvas->widget());
        m_canvases.push_back(std::move(canvas));
    }
    m_canvasKeys = keys;
}

void ChartsPane::redraw()
{
    m_shown.clear();
    const ReportTemplate* format = m_session ? m_session->format() : nullptr;
    if (!format) {
        ensureCanvases({QStringLiteral("none")});
        const QString message = m_session ? tr("The report's format was not recognised.")
                                          : tr("Open a report to see its charts.");
        m_canvases.front()->showMessage(tr("Charts"), message);
        return;
    }
    // The format says which charts its reports have (resources/templates/*.json).
    const Report& report = m_session->current();
    m_shown = ReportCharts::of(report, *format);
    if (!format->yearsChart.series.empty()) {
        m_shown.push_back(ReportCharts::acrossYears(m_history, format->yearsChart));
    }
    QStringList keys;
    for (const BarChartData& chart : m_shown) {
        keys << chart.key;
    }
    ensureCanvases(keys);
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        const BarChartData& chart = m_shown[i];
        if (chart.categories.isEmpty() || chart.isEmpty()) {
            m_canvases[i]->showMessage(chart.title, chart.key == QLatin1String("years")
                                                        ? tr("No year of this body has figures.")
                                                        : tr("All figures are 0 or blank."));
        } else {
            m_canvases[i]->showBars(chart);
        }
    }
}

void ChartsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        redraw();
    }
    QWidget::changeEvent(event);
}

} // namespace nianbao::ui
