#include "pdf/pagelines.h"

#include <QRegularExpression>

#include <algorithm>

namespace nianbao::layout {

namespace {

/// Words whose vertical extents overlap by this share of the smaller height sit on one line.
constexpr double sameLineShare = 0.5;
/// Lines whose vertical extents overlap by this share of the smaller height are one row.
constexpr double sameRowShare = 0.3;
/// A horizontal gap wider than this many ems separates cells; words of a sentence sit a
/// fraction of an em apart, cells of a table a padding and a rule apart.
constexpr double cellGapEms = 0.8;
/// A gap wider than this many ems reads as a space between Latin words, and separates two
/// figures: a number is never printed with a gap inside it.
constexpr double spaceGapEms = 0.25;
/// Fonts' boxes are taller than their em: CJK fonts reach about 1.4 em from descender to
/// ascender.
constexpr double emPerBoxHeight = 0.7;

/// Boxes that share more than a third of the narrower one's width: glyphs that would be
/// drawn over each other if they sat on one line.
bool collide(const QRectF& a, const QRectF& b)
{
    const double shared = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
    return shared > std::min(a.width(), b.width()) / 3.0;
}

/// A word of a row and the line it sits on.
struct Piece {
    const PositionedWord* word;
    int line;
};

LaidOutCell cellOf(std::vector<Piece> pieces, double em)
{
    std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
        return a.line != b.line ? a.line < b.line : a.word->box.left() < b.word->box.left();
    });
    LaidOutCell cell;
    const Piece* previous = nullptr;
    for (const Piece& piece : pieces) {
        bool space = true; // the cell's next line
        if (previous && previous->line == piece.line) {
            const double gap = piece.word->box.left() - previous->word->box.right();
            space = previous->word->spaceAfter || gap > spaceGapEms * em;
        }
        cell.text = joinWords(cell.text, piece.word->text, space);
        cell.box = cell.box.isNull() ? piece.word->box : cell.box.united(piece.word->box);
        previous = &piece;
    }
    return cell;
}

} // namespace

double verticalOverlap(double top1, double bottom1, double top2, double bottom2)
{
    return std::min(bottom1, bottom2) - std::max(top1, top2);
}

void Row::add(Line line)
{
    top = lines.empty() ? line.top : std::min(top, line.top);
    bottom = lines.empty() ? line.bottom : std::max(bottom, line.bottom);
    // Kept top to bottom: a cell's text is read line by line.
    const auto at =
        std::upper_bound(lines.begin(), lines.end(), line.top,
                         [](double lineTop, const Line& other) { return lineTop < other.top; });
    lines.insert(at, std::move(line));
}

std::vector<Line> buildLines(std::vector<PositionedWord> words)
{
    std::sort(words.begin(), words.end(), [](const PositionedWord& a, const PositionedWord& b) {
        return a.box.center().y() < b.box.center().y();
    });
    std::vector<Line> lines;
    for (PositionedWord& word : words) {
        Line* best = nullptr;
        double bestShare = sameLineShare;
        // Words come by height on the page: only the last lines can still take this one.
        for (auto line = lines.rbegin(); line != lines.rend(); ++line) {
            if (line->bottom < word.box.top()) {
                break;
            }
            const double share =
                verticalOverlap(line->top, line->bottom, word.box.top(), word.box.bottom()) /
                std::max(1e-6, std::min(line->height(), word.box.height()));
            const bool collision = std::any_of(
                line->words.begin(), line->words.end(),
                [&word](const PositionedWord& other) { return collide(other.box, word.box); });
            if (share >= bestShare && !collision) {
                best = &*line;
                bestShare = share;
            }
        }
        if (best) {
            best->top = std::min(best->top, word.box.top());
            best->bottom = std::max(best->bottom, word.box.bottom());
            best->words.push_back(std::move(word));
        } else {
            const double top = word.box.top();
            const double bottom = word.box.bottom();
            lines.push_back(Line{{std::move(word)}, top, bottom});
        }
    }
    for (Line& line : lines) {
        std::sort(line.words.begin(), line.words.end(),
                  [](const PositionedWord& a, const PositionedWord& b) {
                      return a.box.left() < b.box.left();
                  });
    }
    std::sort(lines.begin(), lines.end(),
              [](const Line& a, const Line& b) { return a.top < b.top; });
    return lines;
}

std::vector<Row> buildRows(std::vector<Line> lines)
{
    std::vector<Row> rows;
    double rowLineHeight = 0;
    for (Line& line : lines) {
        const double share =
            rows.empty()
                ? 0.0
                : verticalOverlap(rows.back().top, rows.back().bottom, line.top, line.bottom) /
                      std::max(1e-6, std::min(rowLineHeight, line.height()));
        if (!rows.empty() && share >= sameRowShare) {
            rowLineHeight = std::min(rowLineHeight, line.height());
            rows.back().add(std::move(line));
        } else {
            rowLineHeight = line.height();
            rows.push_back(Row{});
            rows.back().add(std::move(line));
        }
    }
    return rows;
}

bool isFigure(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^[+\\-−]?[0-9０-９][0-9０-９,，.．]*$"));
    const QString trimmed = text.trimmed();
    return number.match(trimmed).hasMatch() || trimmed == u"无" || trimmed == u"-" ||
           trimmed == u"—" || trimmed == u"/" || trimmed == u"－" || trimmed == u"／";
}

double emSize(const Row& row)
{
    std::vector<double> ems;
    std::vector<double> heights;
    for (const Line& line : row.lines) {
        for (const PositionedWord& word : line.words) {
            heights.push_back(word.box.height());
            const auto han = std::count_if(word.text.begin(), word.text.end(),
                                           [](QChar c) { return c.script() == QChar::Script_Han; });
            if (han > 0 && han == word.text.size()) {
                ems.push_back(word.box.width() / static_cast<double>(han));
            }
        }
    }
    const auto median = [](std::vector<double>& values) {
        const auto middle = values.begin() + static_cast<qsizetype>(values.size() / 2);
        std::nth_element(values.begin(), middle, values.end());
        return *middle;
    };
    if (!ems.empty()) {
        return median(ems);
    }
    return heights.empty() ? row.height() * emPerBoxHeight : median(heights) * emPerBoxHeight;
}

namespace {

/// The words of a row gathered into its cells, left to right.
std::vector<std::vector<Piece>> cellPieces(const Row& row, double em)
{
    std::vector<Piece> pieces;
    for (size_t line = 0; line < row.lines.size(); ++line) {
        for (const PositionedWord& word : row.lines[line].words) {
            pieces.push_back({&word, static_cast<int>(line)});
        }
    }
    std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
        return a.word->box.left() < b.word->box.left();
    });
    std::vector<std::vector<Piece>> cells;
    double currentRight = 0;
    const Piece* previous = nullptr;
    for (const Piece& piece : pieces) {
        // Sorted by their left edges, a word can only join the cell begun last.
        const double gap = piece.word->box.left() - currentRight;
        const bool figures = previous && previous->line == piece.line &&
                             isFigure(previous->word->text) && isFigure(piece.word->text);
        if (cells.empty() || gap > (figures ? spaceGapEms : cellGapEms) * em) {
            cells.emplace_back();
            currentRight = piece.word->box.right();
        } else {
            currentRight = std::max(currentRight, piece.word->box.right());
        }
        cells.back().push_back(piece);
        previous = &piece;
    }
    return cells;
}

} // namespace

LaidOutRow cellsOf(const Row& row)
{
    const double em = emSize(row);
    LaidOutRow cells;
    for (std::vector<Piece>& pieces : cellPieces(row, em)) {
        cells.push_back(cellOf(std::move(pieces), em));
    }
    return cells;
}

std::vector<Row> cellRows(const Row& row)
{
    std::vector<Row> rows;
    for (const std::vector<Piece>& pieces : cellPieces(row, emSize(row))) {
        std::vector<Line> lines(row.lines.size());
        for (const Piece& piece : pieces) {
            lines[static_cast<size_t>(piece.line)].words.push_back(*piece.word);
        }
        Row cell;
        for (size_t index = 0; index < lines.size(); ++index) {
            if (!lines[index].words.empty()) {
                lines[index].top = row.lines[index].top;
                lines[index].bottom = row.lines[index].bottom;
                cell.add(std::move(lines[index]));
            }
        }
        rows.push_back(std::move(cell));
    }
    return rows;
}

} // namespace nianbao::layout
