#include "synthpdf/pdfstyle.h"

#include "synth/randomtools.h"

#include <QStringList>

namespace nianbao::synth {

QString pdfShapeName(PdfShape shape)
{
    switch (shape) {
    case PdfShape::Ruled:
        return QStringLiteral("pdf-ruled");
    case PdfShape::Unruled:
        return QStringLiteral("pdf-unruled");
    case PdfShape::Scan:
        return QStringLiteral("pdf-scan");
    }
    return {};
}

std::optional<PdfShape> pdfShapeFromName(QStringView name)
{
    for (const PdfShape shape : {PdfShape::Ruled, PdfShape::Unruled, PdfShape::Scan}) {
        if (pdfShapeName(shape) == name) {
            return shape;
        }
    }
    return std::nullopt;
}

PdfStyle PdfStyle::random(QRandomGenerator& random, PdfShape shape)
{
    PdfStyle style;
    style.font = chance(random, 0.6) ? QStringLiteral("Noto Serif CJK SC")
                                     : QStringLiteral("Noto Sans CJK SC");
    // 小四 and 四号 for the body, 五号 to 小四 in tables, 小二 to 二号 for the title.
    style.bodySize = chance(random, 0.6) ? 12.0 : (chance(random, 0.5) ? 14.0 : 10.5);
    style.tableSize = chance(random, 0.5) ? 10.5 : (chance(random, 0.5) ? 9.0 : 12.0);
    style.titleSize = chance(random, 0.5) ? 18.0 : (chance(random, 0.5) ? 16.0 : 22.0);
    style.lineSpacing = uniform(random, 1.25, 1.8);
    style.marginLeft = uniform(random, 56, 90);
    style.marginRight = uniform(random, 56, 90);
    style.marginTop = uniform(random, 60, 100);
    style.marginBottom = uniform(random, 60, 90);
    switch (shape) {
    case PdfShape::Ruled:
    case PdfShape::Scan:
        style.borders = Borders::All;
        break;
    case PdfShape::Unruled:
        style.borders = chance(random, 0.5) ? Borders::None : Borders::Frame;
        break;
    }
    style.shadeItemTitles = style.borders == Borders::All && chance(random, 0.4);
    style.table2AsOneTable = chance(random, 0.7);
    style.repeatHeader = chance(random, 0.4);
    style.splitMergedText = chance(random, 0.5);
    style.figureAlignment = chance(random, 0.75) ? 1 : (chance(random, 0.5) ? 0 : 2);
    style.pageNumbers = static_cast<PageNumbers>(between(random, 0, 5));
    style.pageNumberAtRight = chance(random, 0.3);
    style.runningHead =
        chance(random, 0.6) ? RunningHead::None : static_cast<RunningHead>(between(random, 1, 3));
    style.fillerParagraphs = between(random, 0, 9);
    style.itemLabelEms = uniform(random, 7.0, 16.0);
    style.groupLabelEms = uniform(random, 3.0, 7.0);
    style.resultsLabelEms = chance(random, 0.8) ? uniform(random, 1.4, 2.2) : uniform(random, 3, 5);
    if (shape == PdfShape::Scan) {
        style.scanDpi = between(random, 150, 300);
        style.skewDegrees = uniform(random, -2.0, 2.0);
        style.blurRadius = uniform(random, 0.0, 1.2);
        style.speckles = uniform(random, 0.0, 40.0);
        style.paperGrey = between(random, 225, 255);
    }
    return style;
}

QString PdfStyle::describe() const
{
    QStringList parts;
    parts << font << QStringLiteral("body %1pt, table %2pt").arg(bodySize).arg(tableSize);
    parts << (borders == Borders::All    ? QStringLiteral("ruled")
              : borders == Borders::None ? QStringLiteral("unruled")
                                         : QStringLiteral("frame rules"));
    if (repeatHeader) {
        parts << QStringLiteral("repeated header");
    }
    if (splitMergedText) {
        parts << QStringLiteral("merged text split over pages");
    }
    parts << QStringLiteral("filler %1").arg(fillerParagraphs);
    parts << QStringLiteral("item labels %1 em").arg(itemLabelEms, 0, 'f', 1);
    if (scanDpi > 0 && (skewDegrees != 0 || blurRadius > 0)) {
        parts << QStringLiteral("scan %1 dpi, skew %2°, blur %3, specks %4")
                     .arg(scanDpi)
                     .arg(skewDegrees, 0, 'f', 2)
                     .arg(blurRadius, 0, 'f', 2)
                     .arg(speckles, 0, 'f', 0);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace nianbao::synth
