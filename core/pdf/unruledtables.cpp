#include "pdf/unruledtables.h"

#include "pdf/pagefurniture.h"
#include "pdf/pagelines.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace nianbao {

namespace {

using layout::Line;
using layout::Row;

/// A line of prose runs wider than this share of the text width in one piece.
constexpr double proseShare = 0.6;
/// Lines further apart than this many ems are not one table.
constexpr double tableGapEms = 3.0;
/// Lines above or below a table's figures, closer than this share of its row pitch (its rows
/// of one line), are its labels' lines.
constexpr double sameCellPitchShare = 0.8;
/// Figures whose centres are closer than this many ems share a column.
constexpr double sameColumnEms = 0.8;
/// Label starts closer than this many ems share a label column.
constexpr double sameLabelColumnEms = 1.0;
/// Tables have at most this many label columns (三、本年度办理结果, a group, an item).
constexpr size_t maxLabelColumns = 3;

/// A run of words on a line that a gap sets apart: a cell's line.
struct Piece {
    std::vector<PositionedWord> words;
    QRectF box;
    QString text;
    bool figure = false;
    int line = 0;
};

struct TextLine {
    std::vector<Piece> pieces;
    double top = 0;
    double bottom = 0;
    double em = 0;
    bool figures = false; ///< a line of a table's figures

    [[nodiscard]] double centre() const { return (top + bottom) / 2; }
};

/// A figure, with a unit or a note after it perhaps (0项, 12（其中修订5件）), or a zero mark.
bool isFigureLike(const QString& text)
{
    static const QRegularExpression figure(
        QStringLiteral("^\\s*(?:[+\\-−]?[0-9０-９][0-9０-９,，.．]*\\s*(?:$|[（(件项个条万元%％])|("
                       "?:无|[-—－/／])\\s*$)"));
    return figure.match(text).hasMatch();
}

bool isPartHeading(const QString& text)
{
    static const QRegularExpression heading(
        QStringLiteral("^\\s*[一二三四五六七八九十]+\\s*[、.．]"));
    return heading.match(text).hasMatch();
}

/// Words apart by more than this many ems are different cells' (a label's words follow each
/// other closely; neighbouring cells of a table are a padding and a column apart, narrow as
/// the column of 三、本年度办理结果 may be).
constexpr double pieceGapEms = 0.4;

Piece pieceOf(std::vector<PositionedWord> words)
{
    Piece piece;
    const PositionedWord* previous = nullptr;
    for (const PositionedWord& word : words) {
        const bool space =
            previous && (previous->spaceAfter ||
                         word.box.left() - previous->box.right() > 0.1 * word.box.height());
        piece.text = joinWords(piece.text, word.text, space);
        piece.box = piece.box.isNull() ? word.box : piece.box.united(word.box);
        previous = &word;
    }
    piece.words = std::move(words);
    piece.figure = isFigureLike(piece.text);
    return piece;
}

std::vector<TextLine> textLines(const std::vector<PositionedWord>& words)
{
    std::vector<TextLine> lines;
    for (Line& line : layout::buildLines(words)) {
        TextLine text;
        text.top = line.top;
        text.bottom = line.bottom;
        Row row;
        row.add(line);
        text.em = layout::emSize(row);
        std::vector<PositionedWord> current;
        for (PositionedWord& word : line.words) {
            if (!current.empty() &&
                word.box.left() - current.back().box.right() > pieceGapEms * text.em) {
                text.pieces.push_back(pieceOf(std::move(current)));
                current.clear();
            }
            current.push_back(std::move(word));
        }
        if (!current.empty()) {
            text.pieces.push_back(pieceOf(std::move(current)));
        }
        const auto figureCount = std::count_if(text.pieces.begin(), text.pieces.end(),
                                               [](const Piece& piece) { return piece.figure; });
        const bool labelBeforeFigure =
            figureCount >= 1 && !text.pieces.front().figure && text.pieces.size() >= 2;
        text.figures = figureCount >= 2 || labelBeforeFigure;
        lines.push_back(std::move(text));
    }
    return lines;
}

/// Whether a line is the title of an item of table 2 (第二十条第（一）项): items are printed
/// as tables of their own as often as one table, their columns not lined up with the others'.
bool startsItem(const TextLine& line)
{
    static const QRegularExpression item(QStringLiteral("^\\s*第二十条"));
    return !line.figures && !line.pieces.empty() && item.match(line.pieces.front().text).hasMatch();
}

/// Whether a label opens with a row's numbering (二、 （一） 1.): the first line of a row of
/// its own, never the next line of the label above, however close it follows.
bool startsNumberedRow(const QString& text)
{
    static const QRegularExpression numbering(
        QStringLiteral("^\\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|["
                       "0-9０-９]+[.．、])"));
    return numbering.match(text).hasMatch();
}

/// Whether `next` carries on a figure broken over two lines after `text` (digits on both
/// sides of the break, or a separator before it).
bool continuesFigure(const QString& text, const QString& next)
{
    static const QRegularExpression end(QStringLiteral("[0-9０-９,，.．]$"));
    static const QRegularExpression start(QStringLiteral("^[0-9０-９,，.．]"));
    return end.match(text.trimmed()).hasMatch() && start.match(next.trimmed()).hasMatch();
}

/// A line no table holds: prose, or a part heading.
bool isProse(const TextLine& line, double textWidth, bool pageEdge)
{
    QString text;
    for (const Piece& piece : line.pieces) {
        text += piece.text;
    }
    // Page furniture at the top or the foot of the page, kept out of tables ("- 3 -",
    // "第3页"); inside a table a lone number is a figure's second line.
    if (pageEdge && isPageNumber(text)) {
        return true;
    }
    if (line.figures || line.pieces.size() != 1) {
        return false;
    }
    const Piece& only = line.pieces.front();
    return only.box.width() >= proseShare * textWidth || isPartHeading(only.text);
}

/// A column of figures: the extent of the figures that line up in it.
struct Column {
    double left = 0;
    double right = 0;
    double centre = 0;
    int count = 0;
};

std::vector<Column> figureColumns(const std::vector<TextLine>& lines, size_t first, size_t last)
{
    std::vector<const Piece*> figures;
    double em = 0;
    for (size_t index = first; index <= last; ++index) {
        if (!lines[index].figures) {
            continue;
        }
        em = std::max(em, lines[index].em);
        for (const Piece& piece : lines[index].pieces) {
            if (piece.figure) {
                figures.push_back(&piece);
            }
        }
    }
    std::sort(figures.begin(), figures.end(), [](const Piece* a, const Piece* b) {
        return a->box.center().x() < b->box.center().x();
    });
    std::vector<Column> columns;
    for (const Piece* piece : figures) {
        const double centre = piece->box.center().x();
        if (!columns.empty()) {
            Column& current = columns.back();
            const bool overlaps =
                piece->box.left() < current.right && piece->box.right() > current.left;
            if (overlaps || std::abs(centre - current.centre) < sameColumnEms * em) {
                current.left = std::min(current.left, piece->box.left());
                current.right = std::max(current.right, piece->box.right());
                current.centre = (current.centre * current.count + centre) / (current.count + 1);
                ++current.count;
                continue;
            }
        }
        columns.push_back(Column{piece->box.left(), piece->box.right(), centre, 1});
    }
    return columns;
}

/// How far apart a table's rows of one line are: the shorter distances between its lines of
/// figures (longer ones are rows of wrapped labels). Two ems where it has one line of figures.
double rowPitch(const std::vector<TextLine>& lines, size_t first, size_t last)
{
    std::vector<double> pitches;
    double previous = -1;
    double em = 0;
    for (size_t index = first; index <= last; ++index) {
        em = std::max(em, lines[index].em);
    }
    for (size_t index = first; index <= last; ++index) {
        if (lines[index].figures) {
            if (previous >= 0 && lines[index].centre() - previous > em) {
                pitches.push_back(lines[index].centre() - previous);
            }
            previous = lines[index].centre();
        }
    }
    if (pitches.empty()) {
        return 2 * em;
    }
    std::sort(pitches.begin(), pitches.end());
    return pitches[pitches.size() / 10];
}

/// Lines of one cell follow each other at most this many ems apart (the line spacing of
/// word processors reaches 1.5); rows of one line sit further apart, a line and a padding.
constexpr double wrappedSpacingEms = 1.65;

/// How far apart stacked text of one column of a table follows: the distances from each
/// piece of text to the ones under it that share its column, shortest first.
std::vector<double> stackedDistances(const std::vector<TextLine>& lines, size_t first, size_t last)
{
    std::vector<double> distances;
    for (size_t index = first; index < last; ++index) {
        for (const Piece& upper : lines[index].pieces) {
            for (size_t below = index + 1; below <= last && below <= index + 3; ++below) {
                for (const Piece& lower : lines[below].pieces) {
                    const double shared = std::min(upper.box.right(), lower.box.right()) -
                                          std::max(upper.box.left(), lower.box.left());
                    if (!upper.figure && !lower.figure &&
                        shared > 0.5 * std::min(upper.box.width(), lower.box.width())) {
                        distances.push_back(lower.box.top() - upper.box.top());
                    }
                }
            }
        }
    }
    std::sort(distances.begin(), distances.end());
    return distances;
}

/// The line spacing of a table's wrapped text: how far apart the lines of one cell follow
/// each other. None (0) where no cell wraps.
double wrappedLineSpacing(const std::vector<double>& distances, double em)
{
    if (distances.empty()) {
        return 0;
    }
    const double shortest = distances[distances.size() / 10];
    return shortest <= wrappedSpacingEms * em ? shortest : 0;
}

/// The pitch of a table's rows of one line: the shorter of the distances between its lines
/// of figures and between stacked labels further apart than a line spacing.
double singleRowPitch(double figurePitch, const std::vector<double>& distances, double spacing,
                      double em)
{
    const double floor = std::max(wrappedSpacingEms * em, 1.3 * spacing);
    const auto row = std::find_if(distances.begin(), distances.end(),
                                  [floor](double distance) { return distance > floor; });
    return row == distances.end() ? figurePitch : std::min(figurePitch, *row);
}

/// A cell being gathered: the pieces of its lines, the grid slots it takes.
struct Block {
    std::vector<const Piece*> pieces;
    QRectF box;
    int column = 0;
    int columnSpan = 1;
    bool figure = false;
    bool header = false;
    int row = -1;
    int rowSpan = 1;
};

class RegionReader {
public:
    RegionReader(int page, const std::vector<TextLine>& lines, size_t first, size_t last)
        : m_page(page)
        , m_lines(lines)
        , m_first(first)
        , m_last(last)
    {}

    PdfTable read()
    {
        const std::vector<double> distances = stackedDistances(m_lines, m_first, m_last);
        m_lineSpacing = wrappedLineSpacing(distances, em());
        m_pitch =
            singleRowPitch(rowPitch(m_lines, m_first, m_last), distances, m_lineSpacing, em());
        placeColumns();
        gatherBlocks();
        placeRows();
        return table();
    }

private:
    [[nodiscard]] double em() const
    {
        double em = 0;
        for (size_t index = m_first; index <= m_last; ++index) {
            em = std::max(em, m_lines[index].em);
        }
        return em;
    }

    /// Whether the figures are centred in their columns: their middles line up better than
    /// either of their sides.
    [[nodiscard]] bool centredFigures() const
    {
        double centres = 0;
        double lefts = 0;
        double rights = 0;
        for (size_t index = m_first; index <= m_last; ++index) {
            if (!m_lines[index].figures) {
                continue;
            }
            for (const Piece& piece : m_lines[index].pieces) {
                if (!piece.figure) {
                    continue;
                }
                for (const Column& column : m_figureColumns) {
                    if (piece.box.center().x() >= column.left &&
                        piece.box.center().x() <= column.right) {
                        centres += std::abs(piece.box.center().x() - column.centre);
                        lefts += std::abs(piece.box.left() - column.left);
                        rights += std::abs(piece.box.right() - column.right);
                        break;
                    }
                }
            }
        }
        return centres <= std::min(lefts, rights);
    }

    /// Columns whose figures were all left blank, where only their heading shows them: a
    /// heading over the figures (in the header, or a header line between the figures, as in
    /// table 2's items) centred where the evenly spaced columns of figures skip one.
    void headedColumns()
    {
        if (m_figureColumns.size() < 2 || !centredFigures()) {
            return; // figures set to one side of their columns do not show the rhythm
        }
        std::vector<double> steps;
        for (size_t index = 0; index + 1 < m_figureColumns.size(); ++index) {
            steps.push_back(m_figureColumns[index + 1].centre - m_figureColumns[index].centre);
        }
        std::nth_element(steps.begin(), steps.begin() + static_cast<qsizetype>(steps.size() / 2),
                         steps.end());
        const double step = steps[steps.size() / 2];
        const double figuresLeft = m_figureColumns.front().left;
        std::vector<Column> added;
        const auto fits = [&](double centre) {
            std::vector<double> centres;
            for (const Column& column : m_figureColumns) {
                centres.push_back(column.centre);
            }
            for (const Column& column : added) {
                centres.push_back(column.centre);
            }
            std::sort(centres.begin(), centres.end());
            if (std::any_of(centres.begin(), centres.end(),
                            [&](double other) { return std::abs(other - centre) < 0.6 * step; })) {
                return false; // a column is there
            }
            // A step of the columns' rhythm from a neighbour: a column skipped.
            return std::any_of(centres.begin(), centres.end(), [&](double other) {
                return std::abs(std::abs(other - centre) - step) < 0.3 * step;
            });
        };
        for (size_t index = m_first; index <= m_last; ++index) {
            const TextLine& line = m_lines[index];
            const auto overFigures =
                std::count_if(line.pieces.begin(), line.pieces.end(), [&](const Piece& piece) {
                    return piece.box.center().x() > figuresLeft;
                });
            const bool headerLine =
                index < firstFigureLine() || (!line.figures && overFigures >= 2);
            if (!headerLine) {
                continue;
            }
            for (const Piece& piece : line.pieces) {
                const double centre = piece.box.center().x();
                if (centre > figuresLeft && piece.box.width() < 1.5 * step && fits(centre)) {
                    added.push_back(Column{piece.box.left(), piece.box.right(), centre, 0});
                }
            }
        }
        m_figureColumns.insert(m_figureColumns.end(), added.begin(), added.end());
        std::sort(m_figureColumns.begin(), m_figureColumns.end(),
                  [](const Column& a, const Column& b) { return a.centre < b.centre; });
    }

    /// Columns left blank where a heading of their own stands over them: each heading (its
    /// lines stacked) that heads at most one column of figures is a column; the columns of
    /// figures are matched to the headings nearest them, and a heading left without figures
    /// is a column all the same, wherever the figures sit in their cells. Nothing changes
    /// unless every column of figures has a heading clearly nearer it than any other.
    void columnsUnderHeadings()
    {
        const size_t firstFigures = firstFigureLine();
        double labelsRight = 0;
        for (size_t index = firstFigures; index <= m_last; ++index) {
            for (const Piece& piece : m_lines[index].pieces) {
                if (!piece.figure && piece.box.right() <= m_figureColumns.front().left) {
                    labelsRight = std::max(labelsRight, piece.box.right());
                }
            }
        }
        if (labelsRight <= 0) {
            return; // no labels to tell the headings of figures from theirs
        }
        const auto overlaps = [](double left, double right, const Column& column) {
            return left < column.right && right > column.left;
        };
        std::vector<Column> headings;
        for (size_t index = m_first; index < firstFigures; ++index) {
            if (startsItem(m_lines[index])) {
                continue;
            }
            for (const Piece& piece : m_lines[index].pieces) {
                const double left = piece.box.left();
                const double right = piece.box.right();
                const auto headed = std::count_if(
                    m_figureColumns.begin(), m_figureColumns.end(),
                    [&](const Column& column) { return overlaps(left, right, column); });
                if (left < labelsRight || headed > 1) {
                    continue; // the labels' heading, or one over a group of columns
                }
                const auto same =
                    std::find_if(headings.begin(), headings.end(),
                                 [&](const Column& h) { return overlaps(left, right, h); });
                if (same != headings.end()) {
                    same->left = std::min(same->left, left);
                    same->right = std::max(same->right, right);
                    same->centre = (same->left + same->right) / 2;
                } else {
                    headings.push_back(Column{left, right, piece.box.center().x(), 0});
                }
            }
        }
        if (headings.size() <= m_figureColumns.size()) {
            return;
        }
        std::sort(headings.begin(), headings.end(),
                  [](const Column& a, const Column& b) { return a.centre < b.centre; });
        for (size_t index = 0; index + 1 < headings.size(); ++index) {
            if (headings[index].right > headings[index + 1].left) {
                return; // headings that run into each other are no row of column headings
            }
        }
        std::vector<bool> matched(headings.size(), false);
        for (const Column& column : m_figureColumns) {
            std::vector<std::pair<double, size_t>> distances;
            for (size_t h = 0; h < headings.size(); ++h) {
                distances.emplace_back(std::abs(headings[h].centre - column.centre), h);
            }
            std::sort(distances.begin(), distances.end());
            const bool clear =
                distances.size() < 2 || distances[0].first < 0.6 * distances[1].first;
            if (!clear || matched[distances[0].second]) {
                return;
            }
            matched[distances[0].second] = true;
        }
        for (size_t h = 0; h < headings.size(); ++h) {
            if (!matched[h]) {
                m_figureColumns.push_back(headings[h]);
            }
        }
        std::sort(m_figureColumns.begin(), m_figureColumns.end(),
                  [](const Column& a, const Column& b) { return a.centre < b.centre; });
    }

    void placeColumns()
    {
        m_figureColumns = figureColumns(m_lines, m_first, m_last);
        columnsUnderHeadings();
        headedColumns();
        m_valueLeft = m_figureColumns.front().left;
        // Label columns where labels of the table's body start.
        std::vector<double> starts;
        double labelsRight = 0;
        double left = m_figureColumns.front().left;
        for (size_t index = firstFigureLine(); index <= m_last; ++index) {
            for (const Piece& piece : m_lines[index].pieces) {
                left = std::min(left, piece.box.left());
                if (!piece.figure && piece.box.right() <= m_valueLeft + em()) {
                    starts.push_back(piece.box.left());
                    labelsRight = std::max(labelsRight, piece.box.right());
                }
            }
        }
        for (size_t index = m_first; index <= m_last; ++index) {
            for (const Piece& piece : m_lines[index].pieces) {
                left = std::min(left, piece.box.left());
            }
        }
        std::sort(starts.begin(), starts.end());
        std::vector<std::pair<double, int>> clusters; // start, count
        for (const double start : starts) {
            if (!clusters.empty() && start - clusters.back().first < sameLabelColumnEms * em()) {
                ++clusters.back().second;
            } else {
                clusters.emplace_back(start, 1);
            }
        }
        // The most used starts, as many as a table has label columns.
        while (clusters.size() > maxLabelColumns) {
            const auto least =
                std::min_element(clusters.begin() + 1, clusters.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
            clusters.erase(least);
        }
        m_boundaries = {left - 1};
        for (size_t index = 1; index < clusters.size(); ++index) {
            m_boundaries.push_back(clusters[index].first - 1);
        }
        m_labelColumns = static_cast<int>(m_boundaries.size());
        // The labels end a padding before their column does; figures set to the right of
        // their columns may start well after it, their headings centred before them.
        m_boundaries.push_back(labelsRight > 0 ? std::min(m_valueLeft - std::min(2.0, em() / 4),
                                                          labelsRight + em() / 2)
                                               : m_valueLeft - std::min(2.0, em() / 4));
        for (size_t index = 0; index + 1 < m_figureColumns.size(); ++index) {
            m_boundaries.push_back(
                (m_figureColumns[index].right + m_figureColumns[index + 1].left) / 2);
        }
        m_boundaries.push_back(m_figureColumns.back().right + 2);
    }

    [[nodiscard]] size_t firstFigureLine() const
    {
        for (size_t index = m_first; index <= m_last; ++index) {
            if (m_lines[index].figures) {
                return index;
            }
        }
        return m_first;
    }

    [[nodiscard]] int columnCount() const { return static_cast<int>(m_boundaries.size()) - 1; }

    /// The grid column holding x.
    [[nodiscard]] int columnAt(double x) const
    {
        const auto it = std::upper_bound(m_boundaries.begin(), m_boundaries.end(), x);
        return std::clamp(static_cast<int>(it - m_boundaries.begin()) - 1, 0, columnCount() - 1);
    }

    /// Where a piece of text sits in the grid. Header text over the figures is centred over
    /// the columns it heads; labels start in their column and may reach over the next ones.
    void spanOf(Block& block) const
    {
        const QRectF& box = block.box;
        // Text over the figure columns is placed by its middle: headings are centred there,
        // and a heading starting left of its column's figures is still that column's.
        const bool centred = block.figure || box.right() > m_valueLeft - em() / 2;
        if (centred) {
            block.column = columnAt(box.center().x());
            int first = block.column;
            int last = block.column;
            if (!block.figure) {
                // Every column whose middle the heading covers.
                for (int column = m_labelColumns; column < columnCount(); ++column) {
                    const double middle = (m_boundaries[static_cast<size_t>(column)] +
                                           m_boundaries[static_cast<size_t>(column) + 1]) /
                                          2;
                    if (middle > box.left() && middle < box.right()) {
                        first = std::min(first, column);
                        last = std::max(last, column);
                    }
                }
            }
            block.column = first;
            block.columnSpan = last - first + 1;
            return;
        }
        const double slack = em() / 2;
        block.column = std::min(columnAt(box.left() + slack / 2), m_labelColumns - 1);
        // A label reaches over the label columns it runs into, never over the figures'.
        int last = block.column;
        while (last + 1 < m_labelColumns &&
               m_boundaries[static_cast<size_t>(last) + 1] < box.right() - slack) {
            ++last;
        }
        block.columnSpan = last - block.column + 1;
    }

    void gatherBlocks()
    {
        const size_t firstFigures = firstFigureLine();
        // Lines whose every piece carries on a cell above (the second lines of figures too
        // wide for their columns) are no rows of their own.
        std::vector<bool> startsCell(m_lines.size(), false);
        for (size_t index = m_first; index <= m_last; ++index) {
            const TextLine& line = m_lines[index];
            for (const Piece& piece : line.pieces) {
                Block block;
                block.pieces.push_back(&piece);
                block.box = piece.box;
                block.figure = line.figures && piece.figure;
                block.header = index < firstFigures;
                spanOf(block);
                // A cell's next line: a line spacing below a block of the same column (a
                // figure's note wrapped under it included).
                Block* above = nullptr;
                for (Block& other : m_blocks) {
                    const bool sameColumn =
                        other.column == block.column && other.columnSpan == block.columnSpan;
                    const double pitch = piece.box.top() - other.pieces.back()->box.top();
                    const double spacing = m_lineSpacing > 0 ? 1.2 * m_lineSpacing : 0.75 * m_pitch;
                    const bool next = pitch > 0.2 * piece.box.height() && pitch < spacing;
                    // A figure too wide for its column wraps like a label ("１０" over "０２"):
                    // its lines join whichever of them lies on the row's line of figures.
                    const bool wrappedFigure =
                        continuesFigure(other.pieces.back()->text, piece.text);
                    const bool newRow =
                        !block.figure && !block.header && startsNumberedRow(piece.text);
                    if (sameColumn && next && other.header == block.header && !newRow &&
                        (!block.figure || wrappedFigure)) {
                        above = &other;
                    }
                }
                if (above) {
                    above->pieces.push_back(&piece);
                    above->box = above->box.united(piece.box);
                    above->figure = above->figure || block.figure;
                } else {
                    startsCell[index] = true;
                    m_blocks.push_back(std::move(block));
                }
            }
        }
        for (size_t index = firstFigures; index <= m_last; ++index) {
            if (m_lines[index].figures && !startsCell[index]) {
                m_continuations.insert(index);
            }
        }
    }

    /// Whether a block is a row's own label or lies over the figure columns: a row of the
    /// table of its own where no figures face it. Labels in columns left of the row labels
    /// run down the side of rows instead, where row labels stand beside them; one with none
    /// beside it is a row's own label set further left ((一)予以公开 among items 1., 2., …).
    [[nodiscard]] bool opensRows(const Block& block) const
    {
        if (block.column + block.columnSpan >= m_labelColumns) {
            return true;
        }
        if (block.header || block.figure) {
            return false;
        }
        return std::none_of(m_blocks.begin(), m_blocks.end(), [&](const Block& other) {
            return !other.header && !other.figure &&
                   other.column >= block.column + block.columnSpan &&
                   other.column < m_labelColumns && other.box.top() < block.box.bottom() &&
                   other.box.bottom() > block.box.top();
        });
    }

    void placeRows()
    {
        // Header lines are rows of their own; below them, each line of figures is a row.
        std::vector<double> centres;
        const size_t firstFigures = firstFigureLine();
        for (size_t index = m_first; index < firstFigures; ++index) {
            centres.push_back(m_lines[index].centre());
        }
        const size_t headerRows = centres.size();
        double pitch = 0;
        int gaps = 0;
        double previous = -1;
        for (size_t index = firstFigures; index <= m_last; ++index) {
            if (m_lines[index].figures && !m_continuations.contains(index)) {
                if (previous >= 0) {
                    pitch += m_lines[index].centre() - previous;
                    ++gaps;
                }
                previous = m_lines[index].centre();
                centres.push_back(previous);
            }
        }
        pitch = m_pitch;
        (void)gaps;
        const double tolerance = 0.3 * em();
        const auto bodyCentres = [&] {
            return std::vector<double>(centres.begin() + static_cast<qsizetype>(headerRows),
                                       centres.end());
        };
        const auto faces = [&](const Block& block, double reach) {
            const std::vector<double> body = bodyCentres();
            return std::any_of(body.begin(), body.end(), [&](double centre) {
                return centre >= block.box.top() - reach && centre <= block.box.bottom() + reach;
            });
        };
        // A row label facing no figures is a row whose figures were left blank; so are a
        // title or a header over the figure columns between the figures of a table.
        std::vector<double> blankRows;
        for (const Block& block : m_blocks) {
            if (block.header || block.figure || !opensRows(block)) {
                continue;
            }
            const double centre = block.box.center().y();
            const std::vector<double> body = bodyCentres();
            const bool nearFigures = std::any_of(body.begin(), body.end(), [&](double other) {
                return std::abs(other - centre) < 0.35 * pitch;
            });
            if (!faces(block, tolerance) && !nearFigures) {
                blankRows.push_back(centre);
            }
        }
        std::sort(blankRows.begin(), blankRows.end());
        for (const double centre : blankRows) {
            if (centres.size() == headerRows || std::abs(centre - centres.back()) >= 0.35 * pitch) {
                centres.push_back(centre);
            }
        }
        std::sort(centres.begin() + static_cast<qsizetype>(headerRows), centres.end());
        m_rowCentres = centres;
        for (Block& block : m_blocks) {
            std::vector<int> rows;
            const size_t from = block.header ? 0 : headerRows;
            const size_t to = block.header ? headerRows : centres.size();
            // A label down the side of rows (a group's, 三、本年度办理结果) belongs to every row
            // it reaches half a row towards; a row's own cells to the rows they face.
            const double reach = block.header || opensRows(block) ? tolerance : 0.5 * pitch;
            for (size_t row = from; row < to; ++row) {
                if (centres[row] >= block.box.top() - reach &&
                    centres[row] <= block.box.bottom() + reach) {
                    rows.push_back(static_cast<int>(row));
                }
            }
            if (rows.empty()) {
                size_t nearest = from;
                for (size_t row = from; row < to; ++row) {
                    if (std::abs(centres[row] - block.box.center().y()) <
                        std::abs(centres[nearest] - block.box.center().y())) {
                        nearest = row;
                    }
                }
                rows.push_back(static_cast<int>(nearest));
            }
            block.row = rows.front();
            block.rowSpan = rows.back() - rows.front() + 1;
        }
        spanLoneFigures(headerRows);
    }

    /// A figure alone in its row, under a header with one heading centred over all the
    /// figure columns (an item of table 2 with one column), spans them all.
    void spanLoneFigures(size_t headerRows)
    {
        const double valueCentre = (m_valueLeft + m_boundaries.back()) / 2;
        const int valueColumns = columnCount() - m_labelColumns;
        if (valueColumns < 2) {
            return;
        }
        const auto centredHeading = [&](const Block& block) {
            return !block.figure && block.column >= m_labelColumns &&
                   std::abs(block.box.center().x() - valueCentre) < em();
        };
        (void)headerRows;
        for (Block& block : m_blocks) {
            if (!block.figure) {
                continue;
            }
            const bool alone =
                std::none_of(m_blocks.begin(), m_blocks.end(), [&](const Block& other) {
                    return &other != &block && other.row == block.row &&
                           other.column >= m_labelColumns;
                });
            if (!alone || std::abs(block.box.center().x() - valueCentre) > em()) {
                continue;
            }
            // The nearest heading above it over the figure columns.
            const Block* heading = nullptr;
            for (const Block& other : m_blocks) {
                if (!other.figure && other.row < block.row && other.column >= m_labelColumns &&
                    (!heading || other.row > heading->row)) {
                    heading = &other;
                }
            }
            if (heading && centredHeading(*heading)) {
                block.column = m_labelColumns;
                block.columnSpan = valueColumns;
            }
        }
    }

    PdfTable table()
    {
        PdfTable table;
        table.columns = m_boundaries;
        table.rowCount = static_cast<int>(m_rowCentres.size());
        table.firstPage = m_page;
        table.lastPage = m_page;
        table.top = m_lines[m_first].top;
        table.bottom = m_lines[m_last].bottom;
        table.ruled = false;
        std::vector<int> owner(static_cast<size_t>(table.rowCount * columnCount()), -1);
        const auto slot = [&](int row, int column) -> int& {
            return owner[static_cast<size_t>(row * columnCount() + column)];
        };
        for (const Block& block : m_blocks) {
            // A slot taken already: the cell keeps its place, the later block joins it.
            const int taken = slot(block.row, block.column);
            std::vector<PositionedWord> words;
            for (const Piece* piece : block.pieces) {
                words.insert(words.end(), piece->words.begin(), piece->words.end());
            }
            CellPiece text = cellPiece(m_page, std::move(words));
            if (taken >= 0) {
                PdfTableCell& cell = table.cells[static_cast<size_t>(taken)];
                cell.pieces.push_back(std::move(text));
                continue;
            }
            bool free = true;
            for (int row = block.row; row < block.row + block.rowSpan; ++row) {
                for (int column = block.column; column < block.column + block.columnSpan;
                     ++column) {
                    free = free && slot(row, column) < 0;
                }
            }
            const int rowSpan = free ? block.rowSpan : 1;
            const int columnSpan = free ? block.columnSpan : 1;
            const auto index = static_cast<int>(table.cells.size());
            table.cells.push_back(PdfTableCell{
                block.row, block.column, rowSpan, columnSpan, {std::move(text)}, 1.0, {}});
            for (int row = block.row; row < block.row + rowSpan; ++row) {
                for (int column = block.column; column < block.column + columnSpan; ++column) {
                    if (slot(row, column) < 0) {
                        slot(row, column) = index;
                    }
                }
            }
        }
        // Every slot no cell covers is a blank cell of its own.
        for (int row = 0; row < table.rowCount; ++row) {
            for (int column = 0; column < columnCount(); ++column) {
                if (slot(row, column) < 0) {
                    table.cells.push_back(PdfTableCell{row, column, 1, 1, {}, 1.0, {}});
                }
            }
        }
        table.sortCells();
        return table;
    }

    int m_page;
    const std::vector<TextLine>& m_lines;
    size_t m_first;
    size_t m_last;
    std::vector<Column> m_figureColumns;
    double m_valueLeft = 0;
    std::vector<double> m_boundaries;
    int m_labelColumns = 1;
    std::vector<Block> m_blocks;
    std::vector<double> m_rowCentres;
    double m_pitch = 0;
    double m_lineSpacing = 0;
    QSet<size_t> m_continuations; ///< lines of figures that only carry on cells above
};

/// Whether the lines [first, last] hold a table: two lines of figures, or one with several, or
/// one under a heading over its figure (an item of table 2 with a single row).
bool holdsTable(const std::vector<TextLine>& lines, size_t first, size_t last)
{
    int figureLines = 0;
    size_t most = 0;
    std::optional<size_t> firstFigures;
    for (size_t index = first; index <= last; ++index) {
        if (lines[index].figures) {
            ++figureLines;
            firstFigures = firstFigures.value_or(index);
            most = std::max<size_t>(
                most, std::count_if(lines[index].pieces.begin(), lines[index].pieces.end(),
                                    [](const Piece& piece) { return piece.figure; }));
        }
    }
    // A row of two figures or more at the top of a page may carry on a table from the page
    // before.
    if (figureLines >= 2 || most >= 2) {
        return true;
    }
    if (!firstFigures) {
        return false;
    }
    const TextLine& figureLine = lines[*firstFigures];
    // A heading line of two cells or more, one of them right of the row's label.
    const double labelRight = figureLine.pieces.front().box.right();
    for (size_t index = first; index < *firstFigures; ++index) {
        const auto& pieces = lines[index].pieces;
        if (pieces.size() >= 2 &&
            std::any_of(pieces.begin(), pieces.end(),
                        [&](const Piece& piece) { return piece.box.left() > labelRight; })) {
            return true;
        }
    }
    return false;
}

/// Narrows a run of lines to its table: from the highest line above the first line of
/// figures with text over the figure columns (the header), to the last line of figures and
/// the lines of its labels just below.
std::pair<size_t, size_t> tableLines(const std::vector<TextLine>& lines, size_t first, size_t last)
{
    size_t firstFigures = first;
    while (!lines[firstFigures].figures) {
        ++firstFigures;
    }
    size_t lastFigures = last;
    while (!lines[lastFigures].figures) {
        --lastFigures;
    }
    const std::vector<Column> columns = figureColumns(lines, firstFigures, lastFigures);
    const double valueLeft = columns.front().left;
    const double pitch = rowPitch(lines, firstFigures, lastFigures);
    size_t top = firstFigures;
    for (size_t index = firstFigures; index-- > first;) {
        const bool overFigures =
            std::any_of(lines[index].pieces.begin(), lines[index].pieces.end(),
                        [&](const Piece& piece) { return piece.box.right() > valueLeft; });
        // A label's first lines above its row's figures, a line spacing apart.
        const bool labelAbove =
            index + 1 == top && lines[top].top - lines[index].top < sameCellPitchShare * pitch;
        if (overFigures || labelAbove) {
            top = index;
        }
    }
    size_t bottom = lastFigures;
    while (bottom + 1 <= last &&
           lines[bottom + 1].top - lines[bottom].top < sameCellPitchShare * pitch) {
        ++bottom;
    }
    return {top, bottom};
}

} // namespace

std::vector<PdfTable> unruledTables(int page, std::vector<PositionedWord>& words, double textWidth)
{
    std::erase_if(words, [](const PositionedWord& word) { return word.text.trimmed().isEmpty(); });
    const std::vector<TextLine> lines = textLines(words);
    std::vector<PdfTable> tables;
    std::vector<bool> used(lines.size(), false);
    const auto readRun = [&](size_t first, size_t end) {
        if (end <= first || !holdsTable(lines, first, end - 1)) {
            return;
        }
        const auto [top, bottom] = tableLines(lines, first, end - 1);
        tables.push_back(RegionReader(page, lines, top, bottom).read());
        for (size_t line = top; line <= bottom; ++line) {
            used[line] = true;
        }
    };
    // Runs of lines between prose and wide gaps.
    size_t start = 0;
    for (size_t index = 0; index < lines.size(); ++index) {
        // A page number stands apart from the lines around it; a lone figure touching the
        // line above is the second line of a figure too wide for its column.
        const double height = lines[index].bottom - lines[index].top;
        const bool apart =
            (index == 0 || lines[index].top - lines[index - 1].bottom >= height / 2) &&
            (index + 1 == lines.size() || lines[index + 1].top - lines[index].bottom >= height / 2);
        const bool pageEdge = (index < 2 || index + 2 >= lines.size()) && apart;
        if (isProse(lines[index], textWidth, pageEdge)) {
            readRun(start, index);
            start = index + 1;
        } else if (index > start &&
                   (lines[index].top - lines[index - 1].bottom > tableGapEms * lines[index].em ||
                    startsItem(lines[index]))) {
            readRun(start, index);
            start = index;
        }
    }
    readRun(start, lines.size());
    // The words of the tables leave the page's loose words.
    std::vector<PositionedWord> loose;
    for (size_t index = 0; index < lines.size(); ++index) {
        if (used[index]) {
            continue;
        }
        for (const Piece& piece : lines[index].pieces) {
            loose.insert(loose.end(), piece.words.begin(), piece.words.end());
        }
    }
    words = std::move(loose);
    return tables;
}

} // namespace nianbao
