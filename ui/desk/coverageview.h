#pragma once

#include "supervision/desk/deskanalyses.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace nianbao::supervision {
class DeskStore;
}

namespace nianbao::ui {

class CoverageModel;

/// A year's coverage: counts by region and level as a chart, every body with its status and
/// date, and the reports no body matches, each matched to a body in one click.
class CoverageView final : public QWidget {
    Q_OBJECT

public:
    explicit CoverageView(QWidget* parent = nullptr);
    ~CoverageView() override;

    /// Shows the coverage of `year` read from `store` (nothing when the store is null).
    void load(supervision::DeskStore* store, int year);
    [[nodiscard]] const supervision::CoverageAnalysis* analysis() const;
    [[nodiscard]] CoverageModel* model() const { return m_model; }
    /// Matches the selected unmatched report to the body chosen beside it.
    void matchSelected();

signals:
    /// A reviewer's match changed which body a report counts for.
    void matched();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showUnmatched();
    void showChart();
    void unmatchedChosen();

    supervision::DeskStore* m_store = nullptr;
    int m_year = 0;
    std::optional<supervision::CoverageAnalysis> m_analysis;
    CoverageModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
    QChartView* m_chart;
    QLabel* m_unmatchedLabel;
    QListWidget* m_unmatched;
    QComboBox* m_bodies;
    QPushButton* m_match;
};

} // namespace nianbao::ui
