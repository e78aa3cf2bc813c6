#pragma once

#include <Qt>

namespace nianbao::ui {

/// Custom data roles of Nianbao's models, for delegates, selection wiring and tests. A role
/// answers a question about the item; none carries view state.
enum ItemRole {
    /// QString: the stable cell key (`t3.new.natural`) of a form cell; empty elsewhere.
    CellKeyRole = Qt::UserRole + 1,
    /// QString: "error", "warning" or "note" — the most serious finding on the item that is
    /// not dismissed (severityCode); invalid when there is none.
    SeverityRole,
    /// QStringList: the rule codes of the findings on the item.
    RuleCodesRole,
    /// double: the extractor's confidence in a form cell's value, in [0, 1].
    ConfidenceRole,
    /// int: the item's CellState (theme/statepalette.h).
    CellStateRole,
    /// int: a form item's FormItemKind (form/formgrid.h).
    ItemKindRole,
    /// QStringList: the cell keys a finding concerns.
    CellKeysRole,
    /// QString: a finding's verdict code ("open", "confirmed", "dismissed").
    VerdictRole,
    /// qint64: the archive id of a report row.
    ReportIdRole,
    /// QString: a report row's review status code ("pending", "reviewed", "doubtful").
    StatusRole,
};

} // namespace nianbao::ui
