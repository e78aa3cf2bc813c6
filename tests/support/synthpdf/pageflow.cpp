#include "synthpdf/pageflow.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPageSize>

#include <algorithm>
#include <map>
#include <numeric>

namespace nianbao::synth {

namespace {

constexpr double cellPaddingX = 3.0;
constexpr double cellPaddingY = 2.5;
constexpr double tableLineSpacing = 1.25;
constexpr double furnitureSize = 10.5;
constexpr double runningHeadSize = 9.0;

/// Font metrics on a 72 dpi device, where a unit is a point.
class Measure {
public:
    explicit Measure(const QString& family)
        : m_family(family)
        , m_device(1, 1, QImage::Format_RGB32)
    {
        constexpr double pointsPerMetre = 72.0 / 0.0254;
        m_device.setDotsPerMeterX(qRound(pointsPerMetre));
        m_device.setDotsPerMeterY(qRound(pointsPerMetre));
    }

    const QFontMetricsF& metrics(double size, bool bold)
    {
        const int key = qRound(size * 100) * 2 + (bold ? 1 : 0);
        auto it = m_metrics.find(key);
        if (it == m_metrics.end()) {
            QFont font(m_family);
            font.setPointSizeF(size);
            font.setBold(bold);
            it = m_metrics.emplace(key, QFontMetricsF(font, &m_device)).first;
        }
        return it->second;
    }

private:
    QString m_family;
    QImage m_device;
    std::map<int, QFontMetricsF> m_metrics;
};

bool keepsTogether(QChar ch)
{
    return ch.isDigit() || (ch.unicode() < 0x80 && ch.isLetter()) || ch == u'.' || ch == u',' ||
           ch == u'%';
}

/// Pieces a line may break between: each Chinese character alone, figures and Latin words
/// whole.
QStringList tokens(const QString& text)
{
    QStringList pieces;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype end = i + 1;
        if (keepsTogether(text.at(i))) {
            while (end < text.size() && keepsTogether(text.at(end))) {
                ++end;
            }
        }
        pieces.append(text.mid(i, end - i));
        i = end;
    }
    return pieces;
}

/// The text broken into lines no wider than `width` (the first `indent` narrower).
QStringList breakLines(const QString& text, const QFontMetricsF& metrics, double width,
                       double indent = 0)
{
    QStringList lines;
    QString line;
    double used = indent;
    for (const QString& token : tokens(text)) {
        const double advance = metrics.horizontalAdvance(token);
        if (!line.isEmpty() && used + advance > width) {
            lines.append(line);
            line.clear();
            used = 0;
        }
        if (line.isEmpty() && advance > width) {
            // A figure wider than the cell: broken anywhere, as word processors do.
            for (const QChar ch : token) {
                const double one = metrics.horizontalAdvance(ch);
                if (!line.isEmpty() && used + one > width) {
                    lines.append(line);
                    line.clear();
                    used = 0;
                }
                line.append(ch);
                used += one;
            }
            continue;
        }
        line.append(token);
        used += advance;
    }
    if (!line.isEmpty()) {
        lines.append(line);
    }
    return lines;
}

/// Rows of a table placed on one page.
struct Segment {
    int page = 0;
    std::vector<int> rows;
    std::vector<double> tops;
    bool repeatedHeader = false; ///< begins with the header drawn again
};

class Flow {
public:
    Flow(const PdfStyle& style)
        : m_style(style)
        , m_measure(style.font)
        , m_size(QPageSize(QPageSize::A4).size(QPageSize::Point))
    {
        newPage();
    }

    void paragraph(const TextBlock& block)
    {
        const QFontMetricsF& metrics = m_measure.metrics(block.size, block.bold);
        const double indent = block.indentEms * block.size;
        const QStringList lines = breakLines(block.text, metrics, width(), indent);
        const double lineHeight = block.size * m_style.lineSpacing;
        m_y += block.spaceBefore;
        for (qsizetype index = 0; index < lines.size(); ++index) {
            if (m_y + lineHeight > bottom()) {
                newPage();
            }
            double x = m_style.marginLeft + (index == 0 ? indent : 0);
            if (block.centred) {
                x = m_style.marginLeft + (width() - metrics.horizontalAdvance(lines.at(index))) / 2;
            }
            text(m_page, x, m_y, lineHeight, metrics, lines.at(index), block.size, block.bold);
            m_y += lineHeight;
        }
    }

    void table(const TableModel& model)
    {
        const double total = std::accumulate(model.widths.begin(), model.widths.end(), 0.0);
        std::vector<double> xs{m_style.marginLeft};
        for (const double share : model.widths) {
            xs.push_back(xs.back() + share / total * width());
        }
        const QFontMetricsF& metrics = m_measure.metrics(m_style.tableSize, false);
        const double lineHeight = m_style.tableSize * tableLineSpacing;
        std::vector<QStringList> lines;
        for (const TableCellModel& cell : model.cells) {
            const double cellWidth = xs[static_cast<size_t>(cell.column + cell.columnSpan)] -
                                     xs[static_cast<size_t>(cell.column)] - 2 * cellPaddingX;
            lines.push_back(breakLines(cell.text, metrics, cellWidth));
        }
        const std::vector<double> heights = rowHeights(model, lines, lineHeight);
        const std::vector<Segment> segments = paginate(model, heights);
        for (size_t index = 0; index < model.cells.size(); ++index) {
            drawCell(model.cells[index], model.headerRows, lines[index], xs, heights, segments,
                     metrics, lineHeight);
        }
        if (m_style.borders == PdfStyle::Borders::Frame) {
            frameRules(model, xs, heights, segments);
        }
        m_y += 8;
    }

    LaidOutPages finish(const QString& title, const QString& agency)
    {
        const auto count = static_cast<int>(m_pages.size());
        for (int page = 0; page < count; ++page) {
            pageNumber(page, count);
            if (page > 0) {
                runningHead(page, title, agency);
            }
        }
        return LaidOutPages{m_size, m_style.font, std::move(m_pages)};
    }

private:
    [[nodiscard]] double width() const
    {
        return m_size.width() - m_style.marginLeft - m_style.marginRight;
    }
    [[nodiscard]] double bottom() const { return m_size.height() - m_style.marginBottom; }

    void newPage()
    {
        m_pages.emplace_back();
        m_pages.back().fillColour = QColor(m_shade);
        m_page = static_cast<int>(m_pages.size()) - 1;
        m_y = m_style.marginTop;
    }

    /// A line of text centred vertically in a line box at `top`.
    void text(int page, double x, double top, double lineHeight, const QFontMetricsF& metrics,
              const QString& line, double size, bool bold)
    {
        const double baseline =
            top + (lineHeight - metrics.ascent() - metrics.descent()) / 2 + metrics.ascent();
        m_pages[static_cast<size_t>(page)].texts.push_back(
            TextOp{QPointF(x, baseline), line, size, bold});
    }

    std::vector<double> rowHeights(const TableModel& model, const std::vector<QStringList>& lines,
                                   double lineHeight) const
    {
        std::vector<double> heights(
            static_cast<size_t>(model.rowCount),
            std::max(m_style.tableSize * 1.9, lineHeight + 2 * cellPaddingY));
        for (int pass = 0; pass < 2; ++pass) {
            for (size_t index = 0; index < model.cells.size(); ++index) {
                const TableCellModel& cell = model.cells[index];
                if ((pass == 0) != (cell.rowSpan == 1)) {
                    continue; // single rows first, then merged cells stretch what they span
                }
                const double needed =
                    static_cast<double>(lines[index].size()) * lineHeight + 2 * cellPaddingY;
                const auto first = heights.begin() + cell.row;
                const auto last =
                    heights.begin() + std::min(model.rowCount, cell.row + cell.rowSpan);
                const double have = std::accumulate(first, last, 0.0);
                if (needed > have) {
                    const double extra = (needed - have) / static_cast<double>(last - first);
                    std::for_each(first, last, [extra](double& height) { height += extra; });
                }
            }
        }
        return heights;
    }

    std::vector<Segment> paginate(const TableModel& model, const std::vector<double>& heights)
    {
        m_y += 4;
        std::vector<Segment> segments{Segment{m_page, {}, {}, false}};
        for (int row = 0; row < model.rowCount; ++row) {
            const double height = heights[static_cast<size_t>(row)];
            if (m_y + height > bottom() && m_y > m_style.marginTop + 1) {
                Segment& current = segments.back();
                const bool onlyHeader =
                    !current.rows.empty() &&
                    std::all_of(current.rows.begin(), current.rows.end(),
                                [&](int placed) { return placed < model.headerRows; });
                newPage();
                if (onlyHeader || current.rows.empty()) {
                    // A header is never left alone at the foot of a page.
                    const std::vector<int> moved = current.rows;
                    current.rows.clear();
                    current.tops.clear();
                    current.page = m_page;
                    for (const int header : moved) {
                        current.tops.push_back(m_y);
                        current.rows.push_back(header);
                        m_y += heights[static_cast<size_t>(header)];
                    }
                } else {
                    segments.push_back(Segment{m_page, {}, {}, false});
                    if (m_style.repeatHeader && row >= model.headerRows && model.headerRows > 0) {
                        segments.back().repeatedHeader = true;
                        for (int header = 0; header < model.headerRows; ++header) {
                            segments.back().rows.push_back(header);
                            segments.back().tops.push_back(m_y);
                            m_y += heights[static_cast<size_t>(header)];
                        }
                    }
                }
            }
            segments.back().rows.push_back(row);
            segments.back().tops.push_back(m_y);
            m_y += height;
        }
        std::erase_if(segments, [](const Segment& segment) { return segment.rows.empty(); });
        return segments;
    }

    /// Where a cell is drawn: one rectangle per page it reaches, for each time it is drawn
    /// (the header again on a page that repeats it).
    static std::vector<std::vector<std::pair<int, QRectF>>>
    cellParts(const TableCellModel& cell, int headerRows, const std::vector<double>& xs,
              const std::vector<double>& heights, const std::vector<Segment>& segments)
    {
        std::vector<std::vector<std::pair<int, QRectF>>> instances(1);
        const auto rectOver = [&](const Segment& segment, size_t from, size_t to) {
            double top = -1;
            double bottom = -1;
            for (size_t index = from; index < to; ++index) {
                const int row = segment.rows[index];
                if (row >= cell.row && row < cell.row + cell.rowSpan) {
                    if (top < 0) {
                        top = segment.tops[index];
                    }
                    bottom = segment.tops[index] + heights[static_cast<size_t>(row)];
                }
            }
            return top < 0 ? QRectF()
                           : QRectF(QPointF(xs[static_cast<size_t>(cell.column)], top),
                                    QPointF(xs[static_cast<size_t>(cell.column + cell.columnSpan)],
                                            bottom));
        };
        for (const Segment& segment : segments) {
            const size_t copies =
                segment.repeatedHeader ? static_cast<size_t>(headerRows) : size_t{0};
            if (copies > 0) {
                const QRectF again = rectOver(segment, 0, copies);
                if (!again.isNull()) {
                    instances.push_back({{segment.page, again}});
                }
            }
            const QRectF rect = rectOver(segment, copies, segment.rows.size());
            if (!rect.isNull()) {
                instances.front().emplace_back(segment.page, rect);
            }
        }
        std::erase_if(instances, [](const auto& parts) { return parts.empty(); });
        return instances;
    }

    void drawCell(const TableCellModel& cell, int headerRows, const QStringList& lines,
                  const std::vector<double>& xs, const std::vector<double>& heights,
                  const std::vector<Segment>& segments, const QFontMetricsF& metrics,
                  double lineHeight)
    {
        for (const auto& parts : cellParts(cell, headerRows, xs, heights, segments)) {
            for (const auto& [page, rect] : parts) {
                PageOps& ops = m_pages[static_cast<size_t>(page)];
                if (cell.shaded) {
                    ops.fills.push_back(rect);
                }
                if (m_style.borders == PdfStyle::Borders::All) {
                    ops.rules.push_back(QLineF(rect.topLeft(), rect.topRight()));
                    ops.rules.push_back(QLineF(rect.bottomLeft(), rect.bottomRight()));
                    ops.rules.push_back(QLineF(rect.topLeft(), rect.bottomLeft()));
                    ops.rules.push_back(QLineF(rect.topRight(), rect.bottomRight()));
                }
            }
            if (!parts.empty()) {
                cellText(cell, lines, parts, metrics, lineHeight);
            }
        }
    }

    void cellText(const TableCellModel& cell, const QStringList& lines,
                  const std::vector<std::pair<int, QRectF>>& parts, const QFontMetricsF& metrics,
                  double lineHeight)
    {
        // The text's own height, centred in the cell: over all its parts when the style lays
        // merged text over the page break, in its first part otherwise.
        // Text that does not fit in the first part flows on into the next, whatever the style.
        const double needed = static_cast<double>(lines.size()) * lineHeight + 2 * cellPaddingY;
        const bool overParts =
            parts.size() > 1 && (m_style.splitMergedText || needed > parts.front().second.height());
        double space = parts.front().second.height();
        if (overParts) {
            space = 0;
            for (const auto& part : parts) {
                space += part.second.height();
            }
        }
        double offset = (space - static_cast<double>(lines.size()) * lineHeight) / 2;
        size_t part = 0;
        double partStart = 0; // where the current part begins in the text's run
        for (const QString& line : lines) {
            // A line that does not fit in what is left of a part goes to the next one.
            while (overParts && part + 1 < parts.size() &&
                   offset + lineHeight > partStart + parts[part].second.height() + 0.01) {
                partStart += parts[part].second.height();
                offset = std::max(offset, partStart + cellPaddingY);
                ++part;
            }
            const QRectF& rect = parts[part].second;
            const double advance = metrics.horizontalAdvance(line);
            const int alignment = cell.header ? 1 : (cell.figure ? m_style.figureAlignment : 0);
            double x = rect.left() + cellPaddingX;
            if (alignment == 1) {
                x = rect.left() + (rect.width() - advance) / 2;
            } else if (alignment == 2) {
                x = rect.right() - cellPaddingX - advance;
            }
            const double top = rect.top() + std::max(cellPaddingY / 2, offset - partStart);
            text(parts[part].first, x, top, lineHeight, metrics, line, m_style.tableSize, false);
            offset += lineHeight;
        }
    }

    void frameRules(const TableModel& model, const std::vector<double>& xs,
                    const std::vector<double>& heights, const std::vector<Segment>& segments)
    {
        for (const Segment& segment : segments) {
            PageOps& ops = m_pages[static_cast<size_t>(segment.page)];
            const double top = segment.tops.front();
            const double bottom =
                segment.tops.back() + heights[static_cast<size_t>(segment.rows.back())];
            ops.rules.push_back(QLineF(xs.front(), top, xs.back(), top));
            ops.rules.push_back(QLineF(xs.front(), bottom, xs.back(), bottom));
            for (size_t index = 0; index < segment.rows.size(); ++index) {
                if (segment.rows[index] == model.headerRows - 1) {
                    const double under =
                        segment.tops[index] + heights[static_cast<size_t>(model.headerRows - 1)];
                    ops.rules.push_back(QLineF(xs.front(), under, xs.back(), under));
                }
            }
        }
    }

    void pageNumber(int page, int count)
    {
        QString label;
        switch (m_style.pageNumbers) {
        case PdfStyle::PageNumbers::None:
            return;
        case PdfStyle::PageNumbers::Dashed:
            label = QStringLiteral("- %1 -").arg(page + 1);
            break;
        case PdfStyle::PageNumbers::Plain:
            label = QString::number(page + 1);
            break;
        case PdfStyle::PageNumbers::Chinese:
            label = QStringLiteral("第%1页").arg(page + 1);
            break;
        case PdfStyle::PageNumbers::ChineseTotal:
            label = QStringLiteral("第 %1 页 共 %2 页").arg(page + 1).arg(count);
            break;
        case PdfStyle::PageNumbers::Slash:
            label = QStringLiteral("%1/%2").arg(page + 1).arg(count);
            break;
        }
        const QFontMetricsF& metrics = m_measure.metrics(furnitureSize, false);
        const double advance = metrics.horizontalAdvance(label);
        const double x = m_style.pageNumberAtRight ? m_size.width() - m_style.marginRight - advance
                                                   : (m_size.width() - advance) / 2;
        const double top = m_size.height() - m_style.marginBottom / 2 - furnitureSize;
        text(page, x, top, furnitureSize * 1.4, metrics, label, furnitureSize, false);
    }

    void runningHead(int page, const QString& title, const QString& agency)
    {
        if (m_style.runningHead == PdfStyle::RunningHead::None) {
            return;
        }
        const QString label = m_style.runningHead == PdfStyle::RunningHead::Agency ? agency : title;
        const QFontMetricsF& metrics = m_measure.metrics(runningHeadSize, false);
        const double top = m_style.marginTop / 2 - runningHeadSize;
        text(page, (m_size.width() - metrics.horizontalAdvance(label)) / 2, top,
             runningHeadSize * 1.4, metrics, label, runningHeadSize, false);
        if (m_style.runningHead == PdfStyle::RunningHead::TitleRuled) {
            const double under = top + runningHeadSize * 1.4 + 2;
            m_pages[static_cast<size_t>(page)].rules.push_back(
                QLineF(m_style.marginLeft, under, m_size.width() - m_style.marginRight, under));
        }
    }

    const PdfStyle& m_style;
    Measure m_measure;
    QSizeF m_size;
    std::vector<PageOps> m_pages;
    int m_page = 0;
    double m_y = 0;
    QRgb m_shade = qRgb(0xDD, 0xEB, 0xF7);
};

} // namespace

LaidOutPages layOutPages(const std::vector<ModelBlock>& blocks, const PdfStyle& style,
                         const QString& title, const QString& agency)
{
    Flow flow(style);
    for (const ModelBlock& block : blocks) {
        if (block.text) {
            flow.paragraph(*block.text);
        } else if (block.table) {
            flow.table(*block.table);
        }
    }
    return flow.finish(title, agency);
}

} // namespace nianbao::synth
