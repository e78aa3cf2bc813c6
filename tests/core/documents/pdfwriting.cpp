#include "pdfwriting.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>
#include <vector>

namespace nianbao::test {

namespace {

constexpr double margin = 56.0;     // points, about 2 cm
constexpr double cellPadding = 4.0; // points
constexpr double paragraphGap = 6.0;
constexpr int textFlags = Qt::TextWordWrap | Qt::TextWrapAnywhere;

/// Something to draw on a page: text in a rectangle, with or without a frame.
struct DrawOp {
    int page = 0;
    QRectF rect;
    QString text;
    int alignment = Qt::AlignLeft | Qt::AlignTop;
    bool framed = false;
};

class PageLayouter {
public:
    /// Measures text as it is drawn on `device` (a PDF at 72 dpi: units are points).
    PageLayouter(const QFont& font, const QPaintDevice* device, QSizeF pageSize)
        : m_font(font)
        , m_metrics(font, device)
        , m_pageSize(pageSize)
        , m_y(margin)
    {}

    void paragraph(const QString& text)
    {
        const double width = contentWidth();
        const double height = textHeight(text, width);
        makeRoom(height);
        m_ops.push_back({m_page, QRectF(margin, m_y, width, height), text, Qt::AlignLeft, false});
        m_y += height + paragraphGap;
    }

    void table(const QList<LayoutRow>& rows)
    {
        const PlacedTable table = placeTable(rows);
        const std::vector<double> widths = columnWidths(table);
        std::vector<double> left(widths.size() + 1, margin);
        for (size_t column = 0; column < widths.size(); ++column) {
            left[column + 1] = left[column] + widths[column];
        }
        const std::vector<double> heights = rowHeights(table, widths);
        std::vector<double> tops(heights.size());
        std::vector<int> pages(heights.size());
        for (size_t row = 0; row < heights.size(); ++row) {
            makeRoom(heights[row]);
            tops[row] = m_y;
            pages[row] = m_page;
            m_y += heights[row];
        }
        m_y += paragraphGap;
        for (const PlacedTable::Placed& placed : table.cells) {
            const double x = left[static_cast<size_t>(placed.column)];
            const double width = spanWidth(widths, placed.column, placed.cell.columnSpan);
            const int last = std::min(placed.row + placed.cell.rowSpan, table.rowCount) - 1;
            // A merged cell broken by a page is framed on each page; its text goes in its
            // first part, as Word puts it.
            bool textWritten = false;
            for (int row = placed.row; row <= last;) {
                const int page = pages[static_cast<size_t>(row)];
                int end = row;
                while (end + 1 <= last && pages[static_cast<size_t>(end + 1)] == page) {
                    ++end;
                }
                const double top = tops[static_cast<size_t>(row)];
                const double bottom =
                    tops[static_cast<size_t>(end)] + heights[static_cast<size_t>(end)];
                const QRectF frame(x, top, width, bottom - top);
                m_ops.push_back({page, frame, QString(), 0, true});
                if (!textWritten) {
                    m_ops.push_back(
                        {page, frame.adjusted(cellPadding, cellPadding, -cellPadding, -cellPadding),
                         placed.cell.text, Qt::AlignCenter, false});
                    textWritten = true;
                }
                row = end + 1;
            }
        }
    }

    [[nodiscard]] const std::vector<DrawOp>& ops() const { return m_ops; }
    [[nodiscard]] int pageCount() const { return m_page + 1; }

private:
    [[nodiscard]] double contentWidth() const { return m_pageSize.width() - 2 * margin; }
    [[nodiscard]] double pageBottom() const { return m_pageSize.height() - margin; }

    [[nodiscard]] double textHeight(const QString& text, double width) const
    {
        return m_metrics.boundingRect(QRectF(0, 0, width, 1e6), textFlags, text).height();
    }

    void makeRoom(double height)
    {
        if (m_y + height > pageBottom() && m_y > margin) {
            ++m_page;
            m_y = margin;
        }
    }

    static double spanWidth(const std::vector<double>& widths, int column, int span)
    {
        return std::accumulate(widths.begin() + column, widths.begin() + column + span, 0.0);
    }

    /// Columns of figures as wide as their widest figure (their headings wrap, as on the
    /// official form); label columns as wide as their text, cut down to fit the page, and
    /// taking whatever width is left.
    std::vector<double> columnWidths(const PlacedTable& table) const
    {
        // About the 1.5 cm the official form gives a column of figures, less where the
        // columns are many (table 4 has fifteen).
        const auto columns = static_cast<size_t>(table.columnCount);
        const double minimum = std::min(4.0 * m_metrics.horizontalAdvance(QStringLiteral("国")),
                                        contentWidth() / static_cast<double>(columns));
        std::vector<double> labels(columns, minimum);
        std::vector<double> figures(columns, 0);
        for (const PlacedTable::Placed& placed : table.cells) {
            if (placed.cell.columnSpan != 1) {
                continue;
            }
            const auto column = static_cast<size_t>(placed.column);
            for (const QString& line : placed.cell.text.split(u'\n')) {
                const double width = m_metrics.horizontalAdvance(line) + 2 * cellPadding + 1;
                bool figure = false;
                line.toDouble(&figure);
                double& widest = figure ? figures[column] : labels[column];
                widest = std::max(widest, width);
            }
        }
        std::vector<double> natural(columns);
        std::vector<double> least(columns);
        for (size_t column = 0; column < columns; ++column) {
            const bool figureColumn = figures[column] > 0;
            least[column] = figureColumn ? std::max(minimum, figures[column]) : minimum;
            natural[column] = figureColumn ? least[column] : labels[column];
        }
        const double available = contentWidth();
        const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
        if (total <= available) {
            double labelTotal = 0;
            for (size_t column = 0; column < columns; ++column) {
                labelTotal += figures[column] > 0 ? 0 : natural[column];
            }
            for (size_t column = 0; column < columns; ++column) {
                const double share = labelTotal > 0
                                         ? (figures[column] > 0 ? 0 : natural[column] / labelTotal)
                                         : natural[column] / total;
                natural[column] += (available - total) * share;
            }
            return natural;
        }
        const auto cut = [&](double level) {
            std::vector<double> widths(columns);
            for (size_t column = 0; column < columns; ++column) {
                widths[column] = std::max(least[column], std::min(natural[column], level));
            }
            return widths;
        };
        double low = 0;
        double high = *std::max_element(natural.begin(), natural.end());
        for (int step = 0; step < 50; ++step) {
            const double level = (low + high) / 2;
            const std::vector<double> widths = cut(level);
            (std::accumulate(widths.begin(), widths.end(), 0.0) > available ? high : low) = level;
        }
        return cut(low);
    }

    std::vector<double> rowHeights(const PlacedTable& table,
                                   const std::vector<double>& widths) const
    {
        std::vector<double> heights(static_cast<size_t>(table.rowCount),
                                    m_metrics.height() + 2 * cellPadding);
        for (int pass = 0; pass < 2; ++pass) {
            for (const PlacedTable::Placed& placed : table.cells) {
                const int span = std::min(placed.cell.rowSpan, table.rowCount - placed.row);
                if ((pass == 0) != (span == 1)) {
                    continue; // single rows first, then merged cells stretch what they span
                }
                const double width =
                    spanWidth(widths, placed.column, placed.cell.columnSpan) - 2 * cellPadding;
                const double needed = textHeight(placed.cell.text, width) + 2 * cellPadding;
                const double have = std::accumulate(heights.begin() + placed.row,
                                                    heights.begin() + placed.row + span, 0.0);
                if (needed > have) {
                    for (int row = placed.row; row < placed.row + span; ++row) {
                        heights[static_cast<size_t>(row)] += (needed - have) / span;
                    }
                }
            }
        }
        return heights;
    }

    QFont m_font;
    QFontMetricsF m_metrics;
    QSizeF m_pageSize;
    double m_y;
    int m_page = 0;
    std::vector<DrawOp> m_ops;
};

void paintPage(QPainter& painter, const std::vector<DrawOp>& ops, int page, QSizeF pageSize)
{
    painter.setPen(QPen(Qt::black, 0.6));
    for (const DrawOp& op : ops) {
        if (op.page != page) {
            continue;
        }
        if (op.framed) {
            painter.drawRect(op.rect);
        } else {
            painter.drawText(op.rect, op.alignment | textFlags, op.text);
        }
    }
    painter.drawText(QRectF(0, pageSize.height() - margin * 0.7, pageSize.width(), margin * 0.5),
                     Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("- %1 -").arg(page + 1));
}

PageLayouter layOut(const ReportLayout& layout, const PdfOptions& options, const QFont& font,
                    const QPaintDevice* device, QSizeF pageSize)
{
    PageLayouter layouter(font, device, pageSize);
    bool fillerWritten = false;
    for (const LayoutBlock& block : layout.blocks) {
        if (!block.isTable()) {
            layouter.paragraph(block.paragraph);
            continue;
        }
        if (!fillerWritten) {
            for (int i = 0; i < options.fillerParagraphs; ++i) {
                layouter.paragraph(QStringLiteral("本机关持续推进政务公开标准化规范化建设，围绕中心"
                                                  "工作做好信息发布、解读回应和平台建设等工作。"));
            }
            fillerWritten = true;
        }
        layouter.table(block.rows);
    }
    return layouter;
}

} // namespace

QByteArray pdfFile(const ReportLayout& layout, const PdfOptions& options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF());
    writer.setResolution(72); // painter units are points
    writer.setTitle(layout.title);
    const QSizeF pageSize = QPageSize(options.pageSize).size(QPageSize::Point);

    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(options.fontPointSize);
    painter.setFont(font);
    const PageLayouter layouter = layOut(layout, options, painter.font(), &writer, pageSize);
    for (int page = 0; page < layouter.pageCount(); ++page) {
        if (page > 0) {
            writer.newPage();
        }
        if (!options.scanned) {
            paintPage(painter, layouter.ops(), page, pageSize);
            continue;
        }
        if (options.damagedTextLayer) {
            // Under the image, where scanning software puts its text layer.
            std::vector<DrawOp> damaged = layouter.ops();
            for (DrawOp& op : damaged) {
                for (QChar& character : op.text) {
                    character =
                        character.isSpace() ? character : QChar(QChar::ReplacementCharacter);
                }
            }
            paintPage(painter, damaged, page, pageSize);
        }
        const double scale = options.scanDpi / 72.0;
        QImage scan((pageSize * scale).toSize(), QImage::Format_RGB32);
        // 72 dots per inch before scaling: fonts come out the size they have in the PDF.
        constexpr double pointsPerMetre = 72.0 / 0.0254;
        scan.setDotsPerMeterX(qRound(pointsPerMetre));
        scan.setDotsPerMeterY(qRound(pointsPerMetre));
        scan.fill(Qt::white);
        {
            QPainter scanPainter(&scan);
            scanPainter.setRenderHint(QPainter::Antialiasing);
            scanPainter.scale(scale, scale);
            scanPainter.setFont(painter.font());
            paintPage(scanPainter, layouter.ops(), page, pageSize);
        }
        painter.drawImage(QRectF(QPointF(0, 0), pageSize), scan);
    }
    painter.end();
    return buffer.data();
}

} // namespace nianbao::test
