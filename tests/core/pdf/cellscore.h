#pragma once

#include "model/report.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao::test {

/// How the cells of extracted reports compare with what a perfect extractor returns.
struct CellScore {
    int cells = 0;
    int exact = 0;          ///< the expected value (or blank), confidently
    int flagged = 0;        ///< otherwise, below the low-confidence threshold or named by a finding
    int confidentWrong = 0; ///< a wrong value, confidently, and no finding naming it
    int rightButDoubted = 0; ///< the right value, flagged
    QStringList wrong;       ///< the first few confident wrong cells, described
    QStringList doubts;      ///< the first few flagged cells, described

    void add(const Report& report, const QHash<QString, std::optional<double>>& expected,
             const QStringList& keys, const QString& file);
    CellScore& operator+=(const CellScore& other);
    [[nodiscard]] double exactShare() const { return cells ? double(exact) / cells : 0; }
    /// "N cells: E exact (P %), F flagged, W confident wrong".
    [[nodiscard]] QString summary() const;
};

} // namespace nianbao::test
