#pragma once

#include "supervision/yearonyear/yearonyear.h"

#include <QAbstractTableModel>
#include <QSet>

namespace nianbao {
class ReportTemplate;
}

namespace nianbao::ui {

/// A body's two years side by side, a cell a row: its name, last year's figure, this year's
/// and the change; the cells an implausible change or broken identity concerns painted.
class YearOnYearModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Cell, Previous, Current, Change, ColumnCount };
    /// The cell key of a row.
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit YearOnYearModel(QObject* parent = nullptr);

    /// Shows `comparison` (nothing when null); cells are named by `format` where it has them.
    void setComparison(const supervision::YearOnYear* comparison, const ReportTemplate* format);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const supervision::YearOnYear* m_comparison = nullptr;
    const ReportTemplate* m_format = nullptr;
    std::vector<int> m_rows; ///< cells with a figure in either year
    QSet<QString> m_flagged;
};

} // namespace nianbao::ui
