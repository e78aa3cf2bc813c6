#include "pdf/inkmap.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace nianbao {

InkMap::InkMap(int width, int height)
    : m_width(std::max(0, width))
    , m_height(std::max(0, height))
    , m_bits(static_cast<size_t>(m_width) * static_cast<size_t>(m_height), 0)
{}

namespace {

/// Ink of an RGB32 image, pixel by pixel, each colour judged as QImage's conversion to grey
/// judges it. A rendered page has a few colours (paper, ink, a fill or two), so each is
/// converted once: converting the whole image cost more than finding the rules in it.
InkMap inkOfRgb32(const QImage& image, int threshold)
{
    InkMap map(image.width(), image.height());
    QHash<QRgb, bool> inkByColour;
    const auto isInk = [&](QRgb colour) {
        if (const auto known = inkByColour.constFind(colour); known != inkByColour.cend()) {
            return *known;
        }
        QImage pixel(1, 1, QImage::Format_RGB32);
        pixel.setPixel(0, 0, colour);
        const bool ink =
            pixel.convertToFormat(QImage::Format_Grayscale8).constScanLine(0)[0] < threshold;
        inkByColour.insert(colour, ink);
        return ink;
    };
    QRgb last = 0;
    bool lastInk = isInk(last);
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] != last) {
                last = line[x];
                lastInk = isInk(last);
            }
            map.set(x, y, lastInk);
        }
    }
    return map;
}

} // namespace

InkMap InkMap::fromImage(const QImage& image, int threshold)
{
    if (image.format() == QImage::Format_RGB32) {
        return inkOfRgb32(image, threshold);
    }
    const QImage grey = image.format() == QImage::Format_Grayscale8
                            ? image
                            : image.convertToFormat(QImage::Format_Grayscale8);
    InkMap map(grey.width(), grey.height());
    for (int y = 0; y < map.m_height; ++y) {
        const uchar* line = grey.constScanLine(y);
        std::uint8_t* bits = map.m_bits.data() + static_cast<size_t>(y) * map.m_width;
        for (int x = 0; x < map.m_width; ++x) {
            bits[x] = line[x] < threshold ? 1 : 0;
        }
    }
    return map;
}

void InkMap::clear(const QRect& rect)
{
    const QRect clipped = rect.intersected(QRect(0, 0, m_width, m_height));
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        std::fill_n(m_bits.begin() + static_cast<qsizetype>(y) * m_width + clipped.left(),
                    clipped.width(), 0);
    }
}

InkMap InkMap::transposed() const
{
    InkMap map(m_height, m_width);
    // In tiles, so that both the rows read and the rows written stay in the cache.
    constexpr int tile = 64;
    for (int y0 = 0; y0 < m_height; y0 += tile) {
        for (int x0 = 0; x0 < m_width; x0 += tile) {
            const int y1 = std::min(m_height, y0 + tile);
            const int x1 = std::min(m_width, x0 + tile);
            for (int y = y0; y < y1; ++y) {
                for (int x = x0; x < x1; ++x) {
                    map.m_bits[static_cast<size_t>(x) * map.m_width + y] =
                        m_bits[static_cast<size_t>(y) * m_width + x];
                }
            }
        }
    }
    return map;
}

int InkMap::count(const QRect& rect) const
{
    const QRect clipped = rect.intersected(QRect(0, 0, m_width, m_height));
    int total = 0;
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        const std::uint8_t* bits = row(y) + clipped.left();
        total += static_cast<int>(std::count(bits, bits + clipped.width(), 1));
    }
    return total;
}

int inkThreshold(const QImage& image)
{
    const QImage grey = image.format() == QImage::Format_Grayscale8
                            ? image
                            : image.convertToFormat(QImage::Format_Grayscale8);
    std::array<double, 256> histogram{};
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            histogram[line[x]] += 1;
        }
    }
    double total = 0;
    double weighted = 0;
    for (int level = 0; level < 256; ++level) {
        total += histogram[level];
        weighted += level * histogram[level];
    }
    if (total == 0) {
        return 128;
    }
    // Otsu: the level that maximises the variance between the two classes.
    double darkCount = 0;
    double darkSum = 0;
    double best = -1;
    int threshold = 128;
    for (int level = 0; level < 255; ++level) {
        darkCount += histogram[level];
        darkSum += level * histogram[level];
        const double lightCount = total - darkCount;
        if (darkCount == 0 || lightCount == 0) {
            continue;
        }
        const double darkMean = darkSum / darkCount;
        const double lightMean = (weighted - darkSum) / lightCount;
        const double between =
            darkCount * lightCount * (darkMean - lightMean) * (darkMean - lightMean);
        if (between > best) {
            best = between;
            threshold = level + 1;
        }
    }
    return threshold;
}

} // namespace nianbao
