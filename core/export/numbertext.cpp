#include "export/numbertext.h"

#include <array>
#include <charconv>
#include <cmath>

namespace nianbao::exporting {

void appendNumber(QByteArray& out, double value)
{
    if (value == 0.0) {
        // Also -0.0, which would print as "-0".
        out += '0';
        return;
    }
    if (!std::isfinite(value)) {
        // The archive stores finite numbers only; an empty field is the safe reading.
        return;
    }
    // Fixed notation without a precision is the shortest form that round-trips; the largest
    // double needs 309 digits before the point.
    std::array<char, 400> text{};
    const std::to_chars_result written =
        std::to_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
    out.append(text.data(), written.ptr - text.data());
}

void appendInteger(QByteArray& out, qint64 value)
{
    std::array<char, 24> text{};
    const std::to_chars_result written =
        std::to_chars(text.data(), text.data() + text.size(), value);
    out.append(text.data(), written.ptr - text.data());
}

} // namespace nianbao::exporting
