#pragma once

#include "store/archive.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace nianbao::supervision {
class DeskStore;
}

namespace nianbao::ui {

class BodyView;
class CoverageView;
class DashboardView;
class PairsView;
class Prompter;

/// The supervisor's desk: a year's coverage of the registry, the most similar pairs of
/// reports, a body's year on year beside its peers, and the archive's dashboard. Works on
/// the review window's archive through a connection of its own (DeskStore).
class DeskPane final : public QWidget {
    Q_OBJECT

public:
    DeskPane(store::Archive& archive, Prompter& prompter, QWidget* parent = nullptr);
    ~DeskPane() override;

    /// Reads everything again for the year shown (after an import, a match, a new registry).
    void refresh();
    void setYear(int year);
    [[nodiscard]] int year() const;
    /// Asks for a registry file (CSV, XLSX) and imports it; problems are shown, row by row.
    void importRegistry();
    /// Imports the registry file at `path`; false with the problems shown when it is refused.
    bool importRegistryFile(const QString& path);
    /// Asks where, then writes the year's coverage as a sheet (.xlsx or .csv).
    void exportCoverage();
    /// Writes the year's coverage to `path` (its suffix says the format); false with the
    /// reason shown when it cannot.
    bool exportCoverageTo(const QString& path);
    /// Which reports a rectification notice covers.
    enum class NoticeScope {
        ShownReport, ///< the report shown in the year on year view
        WholeYear,   ///< every report of the year
    };
    /// Asks where, then writes a rectification notice (.pdf or .docx, in Chinese).
    void writeNotice(NoticeScope scope);
    /// Writes the notice for `scope` to `path`; false with the reason shown when it cannot.
    bool writeNoticeTo(NoticeScope scope, const QString& path);

    [[nodiscard]] CoverageView* coverage() const { return m_coverage; }
    [[nodiscard]] PairsView* pairs() const { return m_pairs; }
    [[nodiscard]] BodyView* body() const { return m_body; }
    [[nodiscard]] DashboardView* dashboard() const { return m_dashboard; }
    [[nodiscard]] QTabWidget* views() const { return m_views; }
    [[nodiscard]] QLabel* message() const { return m_message; }
    [[nodiscard]] QPushButton* exportCoverageButton() const { return m_exportCoverage; }
    [[nodiscard]] QPushButton* noticeButton() const { return m_notice; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    supervision::DeskStore* store();

    store::Archive& m_archive;
    Prompter& m_prompter;
    std::unique_ptr<supervision::DeskStore> m_store;
    QLabel* m_yearLabel;
    QSpinBox* m_year;
    QPushButton* m_import;
    QPushButton* m_exportCoverage;
    QPushButton* m_notice;
    QAction* m_noticeForReport;
    QAction* m_noticeForYear;
    QAction* m_noticeInEnglish;
    QLabel* m_message;
    QTabWidget* m_views;
    CoverageView* m_coverage;
    PairsView* m_pairs;
    BodyView* m_body;
    DashboardView* m_dashboard;
};

} // namespace nianbao::ui
