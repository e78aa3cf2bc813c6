#include "pdf/scanpreparation.h"

#include <vector>

namespace nianbao {

namespace {

/// Darker than this (of 255) is ink.
constexpr int inkThreshold = 160;
/// Rules are at least this long, in inches: longer than any stroke of a character at the
/// sizes reports are printed in (a 16 pt heading's strokes are under a quarter inch).
constexpr double minimumRuleInches = 0.35;

} // namespace

QImage prepareForOcr(const QImage& page, double dpi)
{
    QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    const int width = grey.width();
    const int height = grey.height();
    const int minimumRun = std::max(8, static_cast<int>(minimumRuleInches * dpi));
    std::vector<bool> rule(static_cast<size_t>(width) * static_cast<size_t>(height), false);
    const auto ink = [&grey](int x, int y) { return grey.constScanLine(y)[x] < inkThreshold; };
    const auto mark = [&rule, width](int x, int y) {
        rule[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)] = true;
    };

    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width;) {
            int end = x;
            while (end < width && ink(end, y)) {
                ++end;
            }
            if (end - x >= minimumRun) {
                for (int i = x; i < end; ++i) {
                    mark(i, y);
                }
            }
            x = end + 1;
        }
    }
    for (int x = 0; x < width; ++x) {
        for (int y = 0; y < height;) {
            int end = y;
            while (end < height && ink(x, end)) {
                ++end;
            }
            if (end - y >= minimumRun) {
                for (int i = y; i < end; ++i) {
                    mark(x, i);
                }
            }
            y = end + 1;
        }
    }
    for (int y = 0; y < height; ++y) {
        uchar* line = grey.scanLine(y);
        for (int x = 0; x < width; ++x) {
            if (rule[static_cast<size_t>(y) * static_cast<size_t>(width) +
                     static_cast<size_t>(x)]) {
                line[x] = 255;
            }
        }
    }
    return grey;
}

} // namespace nianbao
