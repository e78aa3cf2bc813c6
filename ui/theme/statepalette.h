#pragma once

#include "model/finding.h"

#include <QColor>
#include <QIcon>

namespace nianbao::ui {

/// The meaning a cell's colour carries. Models return a CellState; only this palette turns it
/// into colours and icons, so no literal colour appears in a model.
enum class CellState {
    Normal,
    Error,         ///< a hard rule is broken here
    Warning,       ///< a warning concerns this cell
    Note,          ///< a note concerns this cell
    LowConfidence, ///< the extractor is unsure of this value
    Corrected,     ///< a reviewer corrected this value
};

/// Semantic colours that stay readable in light and dark themes.
class StatePalette {
public:
    /// The palette for the application's current colour scheme.
    static StatePalette current();

    [[nodiscard]] QColor background(CellState state) const;
    [[nodiscard]] QColor foreground(CellState state) const;
    [[nodiscard]] QIcon icon(CellState state) const;

    static CellState stateFor(Severity severity);

private:
    bool m_dark = false;
};

} // namespace nianbao::ui
