#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace nianbao {
struct Finding;
}

namespace nianbao::ui {

class ReportSession;

/// Every finding on the open report, errors first, with the reviewer's decision on it.
class FindingsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        RuleColumn, ///< the rule's name in the interface language
        MessageColumn,
        CellsColumn,
        DecisionColumn,
        RuleIdColumn, ///< the stable rule id ("t3.balance"); the panel hides it by default
        ColumnCount
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setSession(ReportSession* session);
    /// The finding shown in a row, or null.
    [[nodiscard]] const Finding* finding(int row) const;
    /// Re-renders messages and headers in the current language.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    /// Sorts the session's findings into m_order (inside a reset).
    void order();
    [[nodiscard]] QString cellsText(const Finding& finding) const;
    [[nodiscard]] QString decisionText(const Finding& finding) const;

    QPointer<ReportSession> m_session;
    /// Indices into the session's findings, most serious first (stable within a severity).
    std::vector<int> m_order;
};

} // namespace nianbao::ui
