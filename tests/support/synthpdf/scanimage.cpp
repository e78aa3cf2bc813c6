#include "synthpdf/scanimage.h"

#include <QPainter>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <vector>

namespace nianbao::synth {

namespace {

/// A separable Gaussian blur of a greyscale image.
QImage blurred(const QImage& grey, double sigma)
{
    if (sigma < 0.2) {
        return grey;
    }
    const int radius = static_cast<int>(std::ceil(sigma * 2.5));
    std::vector<double> kernel(static_cast<size_t>(2 * radius + 1));
    double sum = 0;
    for (int i = -radius; i <= radius; ++i) {
        kernel[static_cast<size_t>(i + radius)] = std::exp(-(i * i) / (2 * sigma * sigma));
        sum += kernel[static_cast<size_t>(i + radius)];
    }
    for (double& weight : kernel) {
        weight /= sum;
    }
    const int width = grey.width();
    const int height = grey.height();
    std::vector<double> across(static_cast<size_t>(width) * height);
    for (int y = 0; y < height; ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < width; ++x) {
            double value = 0;
            for (int i = -radius; i <= radius; ++i) {
                value +=
                    kernel[static_cast<size_t>(i + radius)] * line[std::clamp(x + i, 0, width - 1)];
            }
            across[static_cast<size_t>(y) * width + x] = value;
        }
    }
    QImage result(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar* line = result.scanLine(y);
        for (int x = 0; x < width; ++x) {
            double value = 0;
            for (int i = -radius; i <= radius; ++i) {
                value += kernel[static_cast<size_t>(i + radius)] *
                         across[static_cast<size_t>(std::clamp(y + i, 0, height - 1)) * width + x];
            }
            line[x] = static_cast<uchar>(std::clamp(value, 0.0, 255.0));
        }
    }
    return result;
}

} // namespace

QImage scanned(const QImage& page, double dpi, const ScanDamage& damage, QRandomGenerator& random)
{
    QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    // Paper's grey: ink stays black, white becomes the paper's tone.
    const double paper = damage.paperGrey / 255.0;
    for (int y = 0; y < grey.height(); ++y) {
        uchar* line = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            line[x] = static_cast<uchar>(line[x] * paper);
        }
    }
    if (std::abs(damage.skewDegrees) > 0.01) {
        QImage turned(grey.size(), QImage::Format_Grayscale8);
        turned.fill(damage.paperGrey);
        QPainter painter(&turned);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(grey.width() / 2.0, grey.height() / 2.0);
        painter.rotate(damage.skewDegrees);
        painter.translate(-grey.width() / 2.0, -grey.height() / 2.0);
        painter.drawImage(0, 0, grey);
        painter.end();
        grey = turned;
    }
    grey = blurred(grey, damage.blurRadius);
    // Specks of toner and dust, a fraction of a point across.
    const double square = (grey.width() / dpi) * (grey.height() / dpi);
    const int specks = static_cast<int>(damage.speckles * square);
    for (int i = 0; i < specks; ++i) {
        const int cx = static_cast<int>(random.bounded(grey.width()));
        const int cy = static_cast<int>(random.bounded(grey.height()));
        const double radius = (0.3 + random.generateDouble() * 0.9) * dpi / 300.0;
        const int reach = static_cast<int>(std::ceil(radius));
        const int darkness = 60 + static_cast<int>(random.bounded(120));
        for (int y = cy - reach; y <= cy + reach; ++y) {
            for (int x = cx - reach; x <= cx + reach; ++x) {
                if (x < 0 || y < 0 || x >= grey.width() || y >= grey.height() ||
                    std::hypot(x - cx, y - cy) > radius) {
                    continue;
                }
                uchar& pixel = grey.scanLine(y)[x];
                pixel = static_cast<uchar>(std::min<int>(pixel, darkness));
            }
        }
    }
    return grey;
}

} // namespace nianbao::synth
