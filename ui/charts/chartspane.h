#pragma once

#include "charts/chartdata.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

namespace nianbao::store {
class Archive;
}

namespace nianbao::ui {

class ChartCanvas;
class ReportSession;

/// Charts of the open report (applicants, outcomes, reviews and lawsuits) and of its body
/// across the years the archive holds. They follow the reviewer's edits.
class ChartsPane final : public QWidget {
    Q_OBJECT

public:
    explicit ChartsPane(QWidget* parent = nullptr);
    ~ChartsPane() override;

    /// `archive` supplies the body's other years; it must outlive the session's use here.
    void setSession(ReportSession* session, store::Archive* archive);
    /// What each chart shows now, in the order drawn (for tests and screenshots).
    [[nodiscard]] const std::vector<BarChartData>& shown() const { return m_shown; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadHistory();
    void redraw();

    QPointer<ReportSession> m_session;
    store::Archive* m_archive = nullptr;
    std::vector<YearFigures> m_history;
    std::vector<std::unique_ptr<ChartCanvas>> m_canvases;
    std::vector<BarChartData> m_shown;
};

} // namespace nianbao::ui
