#pragma once

#include <optional>

namespace nianbao::ui {

/// A cell as a reviewer leaves it: its value, and whether the reviewer stands behind it
/// (an edit or an acceptance does; see Correction::vouched).
struct CellReview {
    std::optional<double> value;
    bool vouched = false;

    friend bool operator==(const CellReview&, const CellReview&) = default;
};

} // namespace nianbao::ui
