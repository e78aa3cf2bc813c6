// The Qt Charts side of ChartCanvas: the only file that knows the chart library.

#include "charts/chartcanvas.h"
#include "charts/chartdata.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPalette>
#include <QStackedWidget>
#include <QValueAxis>

#include <algorithm>

namespace nianbao::ui {

namespace {

class QtChartCanvas final : public ChartCanvas {
public:
    explicit QtChartCanvas(QWidget* parent)
        : m_stack(new QStackedWidget(parent))
        , m_chart(new QChart)
        , m_view(new QChartView(m_chart, m_stack))
        , m_message(new QLabel(m_stack))
    {
        m_message->setAlignment(Qt::AlignCenter);
        m_message->setWordWrap(true);
        m_message->setTextFormat(Qt::RichText);
        m_stack->addWidget(m_view);
        m_stack->addWidget(m_message);
        m_view->setRenderHint(QPainter::Antialiasing);
        m_chart->setAnimationOptions(QChart::NoAnimation);
        // The legend stays on top: at the bottom, Qt Charts 6.4 elides every category label of
        // a horizontal bar chart.
        m_chart->setMargins(QMargins(4, 4, 4, 4));
        const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
        m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        m_chart->setBackgroundRoundness(0);
    }

    QWidget* widget() const override { return m_stack; }

    void showBars(const BarChartData& data) override
    {
        clear();
        m_stack->setCurrentWidget(m_view);
        m_chart->setTitle(data.title);
        // Horizontal bars are drawn bottom up: reversed, they read top down as printed.
        const auto ordered = [&](auto list) {
            if (data.horizontal) {
                std::reverse(list.begin(), list.end());
            }
            return list;
        };
        QAbstractBarSeries* series = nullptr;
        if (data.horizontal) {
            series = new QHorizontalBarSeries;
        } else {
            series = new QBarSeries;
        }
        double maximum = 0.0;
        for (const BarSet& set : data.sets) {
            auto* bars = new QBarSet(set.name);
            bars->append(ordered(set.values));
            for (const double value : set.values) {
                maximum = std::max(maximum, value);
            }
            series->append(bars);
        }
        m_chart->addSeries(series);

        auto* categories = new QBarCategoryAxis;
        categories->append(ordered(data.categories));
        auto* values = new QValueAxis;
        values->setLabelFormat(QStringLiteral("%d"));
        values->setRange(0, std::max(4.0, maximum));
        values->applyNiceNumbers();
        m_chart->addAxis(categories, data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        m_chart->addAxis(values, data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(values);
        m_chart->legend()->setVisible(data.sets.size() > 1);
    }

    void showMessage(const QString& title, const QString& message) override
    {
        clear();
        m_message->setText(QStringLiteral("<b>%1</b><p>%2</p>")
                               .arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
        m_stack->setCurrentWidget(m_message);
    }

private:
    void clear()
    {
        m_chart->removeAllSeries();
        for (QAbstractAxis* axis : m_chart->axes()) {
            m_chart->removeAxis(axis);
            delete axis;
        }
    }

    QStackedWidget* m_stack;
    QChart* m_chart;
    QChartView* m_view;
    QLabel* m_message;
};

} // namespace

std::unique_ptr<ChartCanvas> createChartCanvas(QWidget* parent)
{
    return std::make_unique<QtChartCanvas>(parent);
}

} // namespace nianbao::ui
