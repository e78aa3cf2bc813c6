#pragma once

#include "supervision/desk/deskanalyses.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableView;
class QTextBrowser;

namespace nianbao::supervision {
class DeskStore;
}

namespace nianbao::ui {

class PairsModel;

/// The most similar pairs of a year's reports, and for the pair chosen both narratives side
/// by side with the passages they share highlighted.
class PairsView final : public QWidget {
    Q_OBJECT

public:
    explicit PairsView(QWidget* parent = nullptr);
    ~PairsView() override;

    void load(supervision::DeskStore* store, int year);
    [[nodiscard]] PairsModel* model() const { return m_model; }
    /// Shows pair `row` side by side.
    void showPair(int row);
    [[nodiscard]] QTextBrowser* left() const { return m_left; }
    [[nodiscard]] QTextBrowser* right() const { return m_right; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::optional<supervision::CopiesAnalysis> m_analysis;
    PairsModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
    QTextBrowser* m_left;
    QTextBrowser* m_right;
};

} // namespace nianbao::ui
