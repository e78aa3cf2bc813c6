#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace nianbao {

/// The stable names of tables.md: a cell is `table.row.column` ("t3.new.natural"), where a row
/// of a group names its group first ("t3.denied.state_secret.natural"); a row's or block's
/// label is `table.row` ("t3.new", "t2.item1"). Every key is made and read here.

/// "t3" + "new" + "natural" → "t3.new.natural".
[[nodiscard]] QString cellKey(QStringView table, QStringView row, QStringView column);
/// "t3" + "new" → "t3.new": a row's, block's or group's label.
[[nodiscard]] QString rowKey(QStringView table, QStringView row);
/// A group's subtotal figure, which some reports print on the group's line (not an official
/// cell): "t3" + "denied" + "natural" → "t3.denied.subtotal.natural".
[[nodiscard]] QString groupSubtotalKey(QStringView table, QStringView group, QStringView column);

/// The parts of a cell key; views into the key they were read from.
struct CellKeyParts {
    QStringView table;
    QStringView row; ///< may hold dots: "denied.state_secret"
    QStringView column;
};

/// Reads `table.row.column`: the table up to the first dot, the column after the last one,
/// the row between them. Nothing when a part is missing or empty.
[[nodiscard]] std::optional<CellKeyParts> parseCellKey(QStringView key);

/// Whether a cell or label key belongs to a table ("t3.new.natural" to "t3").
[[nodiscard]] bool keyInTable(QStringView key, QStringView table);

} // namespace nianbao
