#pragma once

#include "workflow/doubtsalike.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace nianbao::store {
class Archive;
}

namespace nianbao::ui {

/// The extraction doubts alike across the reports of the archive's current list (ABBYY's
/// group verification, for table cells): each group is the same rule over cells read the same
/// way, with its members by report and the source snippet of the one chosen. A group is
/// accepted at once (each report in a step of its own history), or a member opened.
class DoubtsAlikeDialog final : public QDialog {
    Q_OBJECT

public:
    DoubtsAlikeDialog(store::Archive& archive, workflow::ReportProcessing processing,
                      QString reviewer, QSet<ReportId> within, QWidget* parent = nullptr);

    /// Reads the groups again from the archive.
    void refresh();
    [[nodiscard]] const std::vector<workflow::DoubtGroup>& groups() const { return m_groups; }
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    /// Accepts the cells of every member of the chosen group (or the chosen member's group).
    bool acceptChosenGroup();

signals:
    /// The reviewer asks to open a member: its report, with the doubt's cells chosen.
    void openRequested(nianbao::ReportId id, const QStringList& cells);
    /// Reports changed in the archive (a group was accepted).
    void reportsChanged();

private:
    void showSnippet();
    void openChosen();
    [[nodiscard]] int chosenGroup() const;
    [[nodiscard]] const workflow::DoubtMember* chosenMember() const;

    store::Archive& m_archive;
    workflow::ReportProcessing m_processing;
    QString m_reviewer;
    QSet<ReportId> m_within;
    std::vector<workflow::DoubtGroup> m_groups;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_snippet = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace nianbao::ui
