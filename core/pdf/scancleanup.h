#pragma once

#include "pdf/inkmap.h"

#include <QImage>

namespace nianbao {

/// How much a scanned page is turned, in degrees (positive: clockwise, as QPainter::rotate
/// turns), within ±`range`: the angle at which its rows of ink (text lines, table rules) are
/// sharpest, found on a reduced copy and refined.
double estimateSkew(const InkMap& ink, double range = 3.0);

/// The page turned back by `degrees` about its centre, on white, the same size.
QImage deskewed(const QImage& grey, double degrees);

/// Clears specks: groups of touching ink pixels smaller than `minimumPixels` (dust, toner),
/// far smaller than the dot of a decimal point at the resolution the page is read at.
void removeSpecks(InkMap& ink, int minimumPixels);

/// A scanned page ready to read: greyscale, turned straight, and its ink (Otsu's threshold,
/// specks removed) at `dpi`.
struct CleanScan {
    QImage grey;
    InkMap ink;
    double skewDegrees = 0;
};

CleanScan cleanScan(const QImage& page, double dpi);

} // namespace nianbao
