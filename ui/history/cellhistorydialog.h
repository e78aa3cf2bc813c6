#pragma once

#include "model/review.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QTableWidget;

namespace nianbao::ui {

/// Every correction of one cell, oldest first: old value, new value, reviewer, time, reason.
class CellHistoryDialog final : public QDialog {
    Q_OBJECT

public:
    /// `format` writes the values as the form shows them.
    CellHistoryDialog(const QString& cellTitle, std::optional<double> extracted,
                      const std::vector<Correction>& history,
                      const std::function<QString(std::optional<double>)>& format,
                      QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }

private:
    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace nianbao::ui
