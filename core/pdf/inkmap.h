#pragma once

#include <QImage>
#include <QRect>

#include <cstdint>
#include <vector>

namespace nianbao {

/// A page image reduced to ink and paper, one byte a pixel: what rule finding, deskewing and
/// cell cropping work on. Cheap to transpose, so that vertical rules are found by the same
/// code as horizontal ones.
class InkMap {
public:
    InkMap() = default;
    InkMap(int width, int height);
    /// Pixels darker than `threshold` (0–255 grey) are ink.
    static InkMap fromImage(const QImage& image, int threshold);

    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int height() const { return m_height; }
    [[nodiscard]] bool isEmpty() const { return m_width == 0 || m_height == 0; }

    [[nodiscard]] bool ink(int x, int y) const
    {
        return m_bits[static_cast<size_t>(y) * static_cast<size_t>(m_width) +
                      static_cast<size_t>(x)] != 0;
    }
    void set(int x, int y, bool ink)
    {
        m_bits[static_cast<size_t>(y) * static_cast<size_t>(m_width) + static_cast<size_t>(x)] =
            ink ? 1 : 0;
    }
    [[nodiscard]] const std::uint8_t* row(int y) const
    {
        return m_bits.data() + static_cast<size_t>(y) * static_cast<size_t>(m_width);
    }

    /// Clears the pixels of a rectangle (clipped to the map): text known from a text layer,
    /// whose strokes are not rules.
    void clear(const QRect& rect);
    /// Columns become rows.
    [[nodiscard]] InkMap transposed() const;
    /// Ink pixels inside a rectangle (clipped to the map).
    [[nodiscard]] int count(const QRect& rect) const;

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<std::uint8_t> m_bits;
};

/// The grey level that best separates ink from paper in a greyscale image (Otsu's method),
/// for scans whose contrast is unknown.
int inkThreshold(const QImage& grey);

} // namespace nianbao
