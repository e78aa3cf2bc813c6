#include "model/report.h"

#include <algorithm>

namespace nianbao {

const Cell* Report::cell(QStringView key) const
{
    const auto it = std::find_if(cells.begin(), cells.end(),
                                 [key](const Cell& cell) { return cell.key == key; });
    return it == cells.end() ? nullptr : &*it;
}

Cell* Report::cell(QStringView key)
{
    return const_cast<Cell*>(std::as_const(*this).cell(key));
}

std::optional<double> Report::value(QStringView key) const
{
    const Cell* found = cell(key);
    return found ? found->value : std::nullopt;
}

const NarrativePart* Report::narrativePart(QStringView key) const
{
    const auto it = std::find_if(narrative.begin(), narrative.end(),
                                 [key](const NarrativePart& part) { return part.key == key; });
    return it == narrative.end() ? nullptr : &*it;
}

} // namespace nianbao
