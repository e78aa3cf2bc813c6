#pragma once

#include "charts/chartdata.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QVBoxLayout;

namespace nianbao::store {
class Archive;
}
namespace nianbao::supervision {
class DeskStore;
}

namespace nianbao::ui {

class ChartCanvas;
class PeersChart;
class ReportSession;

/// The charts the open report's format describes (for the bundled formats: applicants,
/// outcomes, reviews and lawsuits) and its body across the years the archive holds, one
/// canvas each, named "chart_<key>". They follow the reviewer's edits.
class ChartsPane final : public QWidget {
    Q_OBJECT

public:
    explicit ChartsPane(QWidget* parent = nullptr);
    ~ChartsPane() override;

    /// `archive` supplies the body's other years; it must outlive the session's use here.
    void setSession(ReportSession* session, store::Archive* archive);
    /// Where the report's figures stand among its peers' (the supervisor's desk), below the
    /// format's charts.
    [[nodiscard]] PeersChart* peers() const { return m_peers; }
    /// What each chart shows now, in the order drawn (for tests and screenshots).
    [[nodiscard]] const std::vector<BarChartData>& shown() const { return m_shown; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadHistory();
    void loadPeers();
    void redraw();
    /// One canvas per chart key, in order; rebuilt only when the keys change.
    void ensureCanvases(const QStringList& keys);

    QPointer<ReportSession> m_session;
    store::Archive* m_archive = nullptr;
    std::vector<YearFigures> m_history;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_column = nullptr;
    QStringList m_canvasKeys;
    std::vector<std::unique_ptr<ChartCanvas>> m_canvases;
    std::vector<BarChartData> m_shown;
    PeersChart* m_peers = nullptr;
    /// The desk's own connection to the archive, opened with the first report shown.
    std::unique_ptr<supervision::DeskStore> m_desk;
    QString m_deskLocation; ///< of the archive m_desk connects to
};

} // namespace nianbao::ui
