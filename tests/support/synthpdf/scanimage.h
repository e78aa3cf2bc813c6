#pragma once

#include <QImage>
#include <QRandomGenerator>

namespace nianbao::synth {

/// What a flatbed scanner and a tired printer do to a page.
struct ScanDamage {
    double skewDegrees = 0;
    double blurRadius = 0; ///< Gaussian sigma, pixels
    double speckles = 0;   ///< dark specks per square inch
    int paperGrey = 255;
};

/// The page image as scanned: turned by the skew about its centre, blurred, specked, on
/// greyish paper; greyscale, the same size.
QImage scanned(const QImage& page, double dpi, const ScanDamage& damage, QRandomGenerator& random);

} // namespace nianbao::synth
