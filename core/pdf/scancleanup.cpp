#include "pdf/scancleanup.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace nianbao {

namespace {

/// How sharp the rows of ink are when the page is sheared by `tangent`: the sum of squared
/// counts of ink per sheared row (a straight page has full rows and empty gaps).
double sharpness(const std::vector<std::pair<int, int>>& points, double tangent, int height,
                 int width)
{
    const int margin = static_cast<int>(std::abs(tangent) * width) + 1;
    std::vector<int> rows(static_cast<size_t>(height + 2 * margin), 0);
    for (const auto& [x, y] : points) {
        const int row = y + margin + static_cast<int>(std::lround(x * tangent));
        if (row >= 0 && row < static_cast<int>(rows.size())) {
            ++rows[static_cast<size_t>(row)];
        }
    }
    double sum = 0;
    for (const int count : rows) {
        sum += static_cast<double>(count) * count;
    }
    return sum;
}

} // namespace

double estimateSkew(const InkMap& ink, double range)
{
    // Every fourth pixel each way: enough ink to see the rows, a sixteenth of the work.
    constexpr int step = 4;
    std::vector<std::pair<int, int>> points;
    for (int y = 0; y < ink.height(); y += step) {
        const std::uint8_t* row = ink.row(y);
        for (int x = 0; x < ink.width(); x += step) {
            if (row[x]) {
                points.emplace_back(x / step, y / step);
            }
        }
    }
    if (points.size() < 50) {
        return 0;
    }
    const int width = ink.width() / step + 1;
    const int height = ink.height() / step + 1;
    const auto best = [&](double from, double to, double increment) {
        double bestAngle = 0;
        double bestScore = -1;
        for (double angle = from; angle <= to + 1e-9; angle += increment) {
            const double score =
                sharpness(points, std::tan(angle * std::numbers::pi / 180.0), height, width);
            if (score > bestScore) {
                bestScore = score;
                bestAngle = angle;
            }
        }
        return bestAngle;
    };
    const double coarse = best(-range, range, 0.2);
    const double fine = best(coarse - 0.2, coarse + 0.2, 0.025);
    // A row sheared by +tangent was turned by -angle: the page is turned by -fine.
    return -fine;
}

QImage deskewed(const QImage& grey, double degrees)
{
    if (std::abs(degrees) < 0.02) {
        return grey;
    }
    QImage turned(grey.size(), QImage::Format_Grayscale8);
    turned.fill(255);
    QPainter painter(&turned);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(grey.width() / 2.0, grey.height() / 2.0);
    painter.rotate(-degrees);
    painter.translate(-grey.width() / 2.0, -grey.height() / 2.0);
    painter.drawImage(0, 0, grey);
    painter.end();
    return turned;
}

void removeSpecks(InkMap& ink, int minimumPixels)
{
    std::vector<std::uint8_t> seen(static_cast<size_t>(ink.width()) * ink.height(), 0);
    std::vector<std::pair<int, int>> component;
    std::vector<std::pair<int, int>> stack;
    for (int y = 0; y < ink.height(); ++y) {
        for (int x = 0; x < ink.width(); ++x) {
            const size_t at = static_cast<size_t>(y) * ink.width() + x;
            if (!ink.ink(x, y) || seen[at]) {
                continue;
            }
            component.clear();
            stack.assign(1, {x, y});
            seen[at] = 1;
            // Only small groups matter: stop following one as soon as it is big enough.
            bool large = false;
            while (!stack.empty()) {
                const auto [cx, cy] = stack.back();
                stack.pop_back();
                component.emplace_back(cx, cy);
                if (static_cast<int>(component.size()) >= minimumPixels) {
                    large = true;
                }
                for (int dy = -1; dy <= 1; ++dy) {
                    for (int dx = -1; dx <= 1; ++dx) {
                        const int nx = cx + dx;
                        const int ny = cy + dy;
                        if (nx < 0 || ny < 0 || nx >= ink.width() || ny >= ink.height()) {
                            continue;
                        }
                        const size_t next = static_cast<size_t>(ny) * ink.width() + nx;
                        if (ink.ink(nx, ny) && !seen[next]) {
                            seen[next] = 1;
                            stack.emplace_back(nx, ny);
                        }
                    }
                }
            }
            if (!large) {
                for (const auto& [px, py] : component) {
                    ink.set(px, py, false);
                }
            }
        }
    }
}

CleanScan cleanScan(const QImage& page, double dpi)
{
    CleanScan scan;
    const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    const int threshold = inkThreshold(grey);
    scan.skewDegrees = estimateSkew(InkMap::fromImage(grey, threshold));
    scan.grey = deskewed(grey, scan.skewDegrees);
    scan.ink = InkMap::fromImage(scan.grey, threshold);
    // A speck is well under a decimal point's dot (about a point and a quarter across).
    const double pixelsPerPoint = dpi / 72.0;
    removeSpecks(scan.ink,
                 std::max(3, static_cast<int>(std::lround(0.5 * pixelsPerPoint * pixelsPerPoint))));
    return scan;
}

} // namespace nianbao
