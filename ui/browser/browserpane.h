#pragma once

#include "model/review.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace nianbao::store {
class Archive;
}

namespace nianbao::ui {

class ReportListModel;

/// The archive browser: every report with its agency, year, format, status and open findings;
/// filters by words in the text, agency, year, status and severity; sorts by any column.
/// Typing in a filter waits for a pause before the archive is asked again.
class BrowserPane final : public QWidget {
    Q_OBJECT

public:
    explicit BrowserPane(QWidget* parent = nullptr);

    void setArchive(store::Archive* archive);
    [[nodiscard]] ReportListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    /// Reads the archive again, keeping the current report selected.
    void refresh();
    /// Selects a report's line if it is listed.
    void selectReport(ReportId id);
    /// The report selected in the list, or 0.
    [[nodiscard]] ReportId selectedReport() const;
    /// Delay between the last keystroke in a filter and the query.
    static constexpr int kFilterDelayMs = 250;

signals:
    void openRequested(nianbao::ReportId id);
    /// Shown reports and all reports, for the status bar.
    void countsChanged(int shown, qint64 total);
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFilter();
    void fillChoices();
    void retranslate();
    void announceCounts();

    store::Archive* m_archive = nullptr;
    ReportListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QLineEdit* m_agency = nullptr;
    QComboBox* m_year = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_severity = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace nianbao::ui
