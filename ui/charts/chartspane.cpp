#include "charts/chartspane.h"

#include "charts/bodyhistory.h"
#include "charts/chartcanvas.h"
#include "session/reportsession.h"

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
    auto* content = new QWidget(scroll);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    const char* names[] = {"chartApplicants", "chartOutcomes", "chartLitigation", "chartYears"};
    for (const char* name : names) {
        std::unique_ptr<ChartCanvas> canvas = createChartCanvas(content);
        canvas->widget()->setObjectName(QLatin1String(name));
        canvas->widget()->setMinimumHeight(kChartHeight);
        column->addWidget(canvas->widget());
        m_canvases.push_back(std::move(canvas));
    }
    column->addStretch(1);
    scroll->setWidget(content);
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
                if (m_session->info().year == year.year) {
                    year = YearFigures::of(year.year, m_session->current());
                }
            }
            redraw();
        });
    }
    loadHistory();
    redraw();
}

void ChartsPane::loadHistory()
{
    m_history.clear();
    if (!m_session || !m_archive) {
        return;
    }
    // The chart across years is a view on the archive: if it cannot be read, the chart says
    // so by staying empty while the review goes on.
    if (Result<std::vector<YearFigures>> years = loadBodyHistory(
            *m_archive, m_session->info().agency, m_session->id(), m_session->current())) {
        m_history = std::move(*years);
    }
}

void ChartsPane::redraw()
{
    m_shown.clear();
    const ReportTemplate* format = m_session ? m_session->format() : nullptr;
    if (!format) {
        const QString title = tr("Charts");
        const QString message = m_session ? tr("The report's format was not recognised.")
                                          : tr("Open a report to see its charts.");
        for (const auto& canvas : m_canvases) {
            canvas->showMessage(title, message);
        }
        return;
    }
    const Report& report = m_session->current();
    m_shown = {ReportCharts::applicants(report, *format), ReportCharts::outcomes(report, *format),
               ReportCharts::litigation(report, *format), ReportCharts::acrossYears(m_history)};
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        const BarChartData& chart = m_shown[i];
        if (chart.categories.isEmpty() || chart.isEmpty()) {
            m_canvases[i]->showMessage(chart.title, i == 3 ? tr("No year of this body has figures.")
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
