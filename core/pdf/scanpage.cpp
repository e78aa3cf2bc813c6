#include "pdf/scanpage.h"

#include "pdf/cellocr.h"
#include "pdf/pagetables.h"
#include "pdf/ruledtable.h"
#include "pdf/scancleanup.h"
#include "pdf/tesseractocr.h"

#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace nianbao {

namespace {

/// Cells are read this far inside their rules (points): clear of the rules' ink.
constexpr double cellInset = 1.5;
/// White margin round a cell's ink for Tesseract (points).
constexpr double cellMargin = 4.0;
/// A dash is at most this thick (points), twice as long as thick and two points long.
constexpr double dashThickness = 2.2;
/// A figure both models read alike; one read by one model only, or differently.
constexpr double sureFigure = 1.0;
constexpr double unsureFigure = 0.45;
/// Ink taller than this (points) is more than one line of a table's text.
constexpr double oneLineHeight = 16.0;
/// A figure the figure model reads with every character this sure (0–1) is sure, whatever
/// the Chinese model made of it.
constexpr double sureCharacter = 0.95;
/// Rules closer than this (points) meet.
constexpr double meetTolerance = 3.0;

/// A cell of a grid on the page, as found on the scan.
struct ScanCell {
    QRect ink;                     ///< its ink, in pixels; null when empty
    bool dash = false;             ///< a lone bar: -, —
    bool wide = false;             ///< for a dash: an em dash
    QImage image;                  ///< its ink on white, for Tesseract
    std::optional<size_t> chinese; ///< index in the Chinese batch
    std::optional<size_t> figures; ///< index in the figure batch
};

/// Figures' characters as the two models write them, made comparable.
QString comparable(QString text)
{
    QString plain;
    for (QChar c : text) {
        const char16_t code = c.unicode();
        if (code >= 0xFF01 && code <= 0xFF5E) {
            c = QChar(code - 0xFEE0); // full-width forms
        }
        if (c == u'〇' || c == u'O' || c == u'o') {
            c = u'0';
        } else if (c == u'—' || c == u'－' || c == u'–') {
            c = u'-';
        } else if (c == u'／') {
            c = u'/';
        }
        if (!c.isSpace()) {
            plain += c;
        }
    }
    return plain;
}

bool isNumber(const QString& text)
{
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?$"));
    return number.match(text).hasMatch();
}

bool looksLikeFigure(const QString& chinese)
{
    const QString plain = comparable(chinese);
    static const QRegularExpression figure(QStringLiteral("^[+\\-]?[\\d.,]+$|^[-/]$"));
    return figure.match(plain).hasMatch() || plain == u"无";
}

/// Whether a cell may hold a figure: the Chinese model read one, or little it could make
/// out (a lone "0" is too small for it), on one line.
bool mayBeFigure(const ScanCell& cell, const QString& chinese, double pixelsPerPoint)
{
    if (looksLikeFigure(chinese)) {
        return true;
    }
    const auto han = std::count_if(chinese.begin(), chinese.end(),
                                   [](QChar c) { return c.script() == QChar::Script_Han; });
    return han < 2 && cell.ink.height() / pixelsPerPoint < oneLineHeight;
}

/// Groups of touching pixels of a cell's ink.
struct Component {
    QRect box;
    int area = 0;
    std::vector<int> pixels; ///< indexes in the cell's buffer
};

std::vector<Component> components(const std::vector<std::uint8_t>& text, int width, int height)
{
    std::vector<Component> found;
    std::vector<std::uint8_t> seen(text.size(), 0);
    std::vector<int> stack;
    for (int start = 0; start < static_cast<int>(text.size()); ++start) {
        if (!text[static_cast<size_t>(start)] || seen[static_cast<size_t>(start)]) {
            continue;
        }
        Component component;
        stack.assign(1, start);
        seen[static_cast<size_t>(start)] = 1;
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            component.pixels.push_back(at);
            const int x = at % width;
            const int y = at / width;
            component.box = component.box.isNull() ? QRect(x, y, 1, 1)
                                                   : component.box.united(QRect(x, y, 1, 1));
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = x + dx;
                    const int ny = y + dy;
                    const int next = ny * width + nx;
                    if (nx >= 0 && ny >= 0 && nx < width && ny < height &&
                        text[static_cast<size_t>(next)] && !seen[static_cast<size_t>(next)]) {
                        seen[static_cast<size_t>(next)] = 1;
                        stack.push_back(next);
                    }
                }
            }
        }
        component.area = static_cast<int>(component.pixels.size());
        found.push_back(std::move(component));
    }
    return found;
}

/// The ink of a cell, inside its rules, and the image Tesseract reads of it. Not its text:
/// what is left of the rules at its edges (runs across most of the cell), and specks (small
/// dots away from the text; a decimal point sits on the text's line, among its figures).
ScanCell readInk(const QImage& grey, const InkMap& ink, const QRect& inside, double pixelsPerPoint,
                 double dpi)
{
    ScanCell cell;
    const QRect area = inside.intersected(QRect(0, 0, ink.width(), ink.height()));
    if (area.isEmpty()) {
        return cell;
    }
    const int width = area.width();
    const int height = area.height();
    std::vector<std::uint8_t> text(static_cast<size_t>(width) * height, 0);
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = ink.row(area.top() + y) + area.left();
        std::copy(row, row + width, text.begin() + static_cast<qsizetype>(y) * width);
    }
    const auto at = [&](int x, int y) -> std::uint8_t& {
        return text[static_cast<size_t>(y) * width + x];
    };
    // Rules: runs of ink over 60 % of the cell's width or height.
    std::vector<std::uint8_t> rule(text.size(), 0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width;) {
            int end = x;
            while (end < width && at(end, y)) {
                ++end;
            }
            if (end - x >= 0.6 * width) {
                std::fill_n(rule.begin() + static_cast<qsizetype>(y) * width + x, end - x, 1);
            }
            x = end + 1;
        }
    }
    for (int x = 0; x < width; ++x) {
        for (int y = 0; y < height;) {
            int end = y;
            while (end < height && at(x, end)) {
                ++end;
            }
            if (end - y >= 0.6 * height) {
                for (int i = y; i < end; ++i) {
                    rule[static_cast<size_t>(i) * width + x] = 1;
                }
            }
            y = end + 1;
        }
    }
    for (size_t index = 0; index < text.size(); ++index) {
        text[index] = text[index] && !rule[index];
    }
    std::vector<Component> parts = components(text, width, height);
    const auto largest = std::max_element(
        parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.area < b.area; });
    // Less ink than a decimal point's dot is no text.
    if (largest == parts.end() || largest->area < 0.6 * pixelsPerPoint * pixelsPerPoint) {
        return cell;
    }
    // The text: the big strokes, and small ones on their line and among them.
    QRect body;
    for (const Component& part : parts) {
        if (part.area >= 0.15 * largest->area) {
            body = body.isNull() ? part.box : body.united(part.box);
        }
    }
    const int reach = std::max(2, body.height() / 2);
    std::vector<const Component*> kept;
    QRect box;
    for (const Component& part : parts) {
        const bool big = part.area >= 0.15 * largest->area;
        const bool onTheLine = part.box.top() >= body.top() - reach / 2 &&
                               part.box.bottom() <= body.bottom() + reach / 2 &&
                               part.box.left() >= body.left() - reach &&
                               part.box.right() <= body.right() + reach;
        if (big || (onTheLine && part.area >= 0.25 * pixelsPerPoint * pixelsPerPoint)) {
            kept.push_back(&part);
            box = box.isNull() ? part.box : box.united(part.box);
        }
    }
    cell.ink = box.translated(area.topLeft());
    const double inkHeight = box.height() / pixelsPerPoint;
    const double inkWidth = box.width() / pixelsPerPoint;
    cell.dash = kept.size() == 1 && inkHeight <= dashThickness && inkWidth >= 2 * inkHeight &&
                inkWidth >= 2.0;
    cell.wide = inkWidth >= 7.0;

    // The kept strokes' grey, a pixel round them for their soft edges, on white.
    const int margin = static_cast<int>(std::lround(cellMargin * pixelsPerPoint));
    QImage image(box.size() + QSize(2 * margin, 2 * margin), QImage::Format_Grayscale8);
    image.fill(255);
    for (const Component* part : kept) {
        for (const int index : part->pixels) {
            const int x = index % width;
            const int y = index / width;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int gx = area.left() + x + dx;
                    const int gy = area.top() + y + dy;
                    const int ix = x + dx - box.left() + margin;
                    const int iy = y + dy - box.top() + margin;
                    if (gx < 0 || gy < 0 || gx >= grey.width() || gy >= grey.height() || ix < 0 ||
                        iy < 0 || ix >= image.width() || iy >= image.height()) {
                        continue;
                    }
                    image.scanLine(iy)[ix] = grey.constScanLine(gy)[gx];
                }
            }
        }
    }
    const int dotsPerMetre = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    cell.image = std::move(image);
    return cell;
}

/// The figure a cell reads as, with how sure the two readings make it.
void settleFigure(PdfTableCell& cell, const CellText& figures, const CellText& chinese)
{
    const QString byFigures = comparable(figures.text);
    const QString byChinese = comparable(chinese.text);
    // 无 is no figure the figure model knows: it makes digits of it, unsure.
    const bool figureModelSure = isNumber(byFigures) && figures.confidence >= 0.9;
    if (byChinese == u"无" && !figureModelSure) {
        cell.pieces.front().text = QStringLiteral("无");
        cell.confidence = chinese.confidence >= 0.8 ? sureFigure : unsureFigure;
        return;
    }
    const bool agreed = byFigures == byChinese;
    if (agreed && byFigures == u"-") {
        cell.pieces.front().text = QStringLiteral("-");
        cell.confidence = sureFigure;
        return;
    }
    const bool everyCharacterSure =
        !figures.choices.empty() && figures.confidence >= 0.9 &&
        std::all_of(figures.choices.begin(), figures.choices.end(), [](const auto& position) {
            return !position.empty() && position.front().second >= sureCharacter;
        });
    if (!byFigures.isEmpty() && (isNumber(byFigures) || byFigures == u"/") &&
        (agreed || everyCharacterSure)) {
        cell.pieces.front().text = byFigures;
        cell.confidence = sureFigure;
        return;
    }
    // The models disagree, or one read nothing: the better reading, doubted, with every
    // reading the recogniser weighed.
    cell.confidence = unsureFigure;
    cell.pieces.front().text = !byFigures.isEmpty() ? byFigures : byChinese;
    cell.alternatives = figureReadings(figures);
    if (isNumber(byChinese)) {
        const double value = QString(byChinese).remove(u',').toDouble();
        const bool known =
            std::any_of(cell.alternatives.begin(), cell.alternatives.end(),
                        [&](const auto& c) { return std::abs(c.value - value) < 1e-9; });
        if (!known) {
            cell.alternatives.push_back(CellCandidate{value, chinese.confidence * 0.5});
        }
    }
}

/// The page with its tables painted over: the prose is read on its own.
QImage withoutTables(const QImage& grey, const std::vector<RuledTable>& grids, double scale)
{
    QImage prose = grey;
    QPainter painter(&prose);
    for (const RuledTable& grid : grids) {
        const QRectF frame = grid.frame();
        painter.fillRect(
            QRectF(frame.topLeft() * scale, frame.size() * scale).adjusted(-3, -3, 3, 3),
            Qt::white);
    }
    painter.end();
    return prose;
}

} // namespace

Result<ScannedPage> readScannedPage(const QImage& image, int page, double dpi, int timeoutMs)
{
    const CleanScan scan = cleanScan(image, dpi);
    const double scale = dpi / 72.0; // pixels per point
    RuleSearch search;
    search.pointsPerPixel = 1.0 / scale;
    search.gapPixels = 2;
    std::vector<RuledTable> grids =
        findRuledTables(gridRules(findRules(scan.ink, search), meetTolerance), meetTolerance);
    std::erase_if(grids, [](const RuledTable& grid) {
        return grid.columnCount() < 2 || grid.cells.size() < 3;
    });

    // Every cell's ink; the cells with text go to the Chinese model first.
    std::vector<std::vector<ScanCell>> cells(grids.size());
    std::vector<QImage> chineseBatch;
    for (size_t grid = 0; grid < grids.size(); ++grid) {
        for (const GridCell& slot : grids[grid].cells) {
            const QRectF box = slot.box.adjusted(cellInset, cellInset, -cellInset, -cellInset);
            const QRect inside(QPointF(box.topLeft() * scale).toPoint(),
                               QPointF(box.bottomRight() * scale).toPoint());
            ScanCell cell = readInk(scan.grey, scan.ink, inside, scale, dpi);
            if (!cell.ink.isNull() && !cell.dash) {
                cell.chinese = chineseBatch.size();
                chineseBatch.push_back(cell.image);
            }
            cells[grid].push_back(cell);
        }
    }
    Result<std::vector<CellText>> chinese =
        recognizeCells(chineseBatch, CellScript::Chinese, dpi, timeoutMs);
    if (!chinese) {
        return std::unexpected(chinese.error());
    }
    // Figures a second time, with the figure model.
    std::vector<QImage> figureBatch;
    for (size_t grid = 0; grid < grids.size(); ++grid) {
        for (ScanCell& cell : cells[grid]) {
            if (cell.chinese && mayBeFigure(cell, (*chinese)[*cell.chinese].text, scale)) {
                cell.figures = figureBatch.size();
                figureBatch.push_back(chineseBatch[*cell.chinese]);
            }
        }
    }
    Result<std::vector<CellText>> figures =
        recognizeCells(figureBatch, CellScript::Figures, dpi, timeoutMs);
    if (!figures) {
        return std::unexpected(figures.error());
    }

    ScannedPage scanned;
    scanned.page.page = page;
    scanned.page.height = image.height() / scale;
    for (size_t grid = 0; grid < grids.size(); ++grid) {
        PdfTable table = tableOfGrid(page, grids[grid], {});
        table.origin = QStringLiteral("ocr");
        for (size_t index = 0; index < grids[grid].cells.size(); ++index) {
            const ScanCell& found = cells[grid][index];
            const GridCell& slot = grids[grid].cells[index];
            // tableOfGrid keeps the grid's order of cells.
            PdfTableCell& cell = table.cells[index];
            if (found.ink.isNull()) {
                continue; // a blank position
            }
            const QRectF box(QPointF(found.ink.topLeft()) / scale,
                             QPointF(found.ink.bottomRight()) / scale);
            cell.pieces.push_back(CellPiece{page, QString(), box});
            if (found.dash) {
                cell.pieces.front().text = found.wide ? QStringLiteral("—") : QStringLiteral("-");
                continue;
            }
            const CellText& read = (*chinese)[*found.chinese];
            if (found.figures) {
                settleFigure(cell, (*figures)[*found.figures], read);
            } else {
                cell.pieces.front().text = read.text;
                cell.confidence = read.confidence;
            }
            if (cell.pieces.front().text.isEmpty()) {
                cell.pieces.clear(); // ink the models could not read: left to the reviewer
                cell.confidence = 0;
            }
            (void)slot;
        }
        scanned.page.tables.push_back(std::move(table));
    }

    Result<RecognizedPage> prose =
        recognizePage(withoutTables(scan.grey, grids, scale), dpi, timeoutMs);
    if (!prose) {
        return std::unexpected(prose.error());
    }
    scanned.meanConfidence = prose->meanConfidence;
    scanned.page.rows = layOutPage(std::move(prose->words));
    return scanned;
}

} // namespace nianbao
