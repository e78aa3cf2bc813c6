#include "documents/texttables.h"

#include <QStringView>

#include <algorithm>

namespace nianbao {

namespace {

/// Lines past this many fields are not a report's table (and would make huge grids).
constexpr int kMaxFields = 200;

struct Line {
    qsizetype start = 0; ///< UTF-16 offsets in the text
    qsizetype end = 0;
};

/// A field of a line: where its text starts and ends once trimmed.
struct Field {
    qsizetype start = 0;
    qsizetype end = 0;
};

std::vector<Line> splitLines(const QString& text)
{
    std::vector<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            end = text.size();
        }
        qsizetype trimmedEnd = end;
        if (trimmedEnd > start && text.at(trimmedEnd - 1) == QLatin1Char('\r')) {
            --trimmedEnd;
        }
        lines.push_back(Line{start, trimmedEnd});
        start = end + 1;
    }
    return lines;
}

bool isBlankCharacter(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x3000) || c == QChar(0x00A0) ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

Field trimmed(const QString& text, qsizetype start, qsizetype end)
{
    while (start < end && isBlankCharacter(text.at(start))) {
        ++start;
    }
    while (end > start && isBlankCharacter(text.at(end - 1))) {
        --end;
    }
    return Field{start, end};
}

/// A Markdown cell's text without the emphasis or code markers around it (**12**, `12`).
Field withoutEmphasis(const QString& text, Field field)
{
    const auto marker = [](QChar c) {
        return c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('`');
    };
    while (field.end - field.start >= 2 && marker(text.at(field.start)) &&
           text.at(field.end - 1) == text.at(field.start)) {
        ++field.start;
        --field.end;
    }
    return trimmed(text, field.start, field.end);
}

/// Whether a line is a row of a Markdown pipe table.
bool isPipeRow(const QString& text, const Line& line)
{
    const Field content = trimmed(text, line.start, line.end);
    if (content.end - content.start < 2 || text.at(content.start) != QLatin1Char('|')) {
        return false;
    }
    return QStringView(text).mid(content.start + 1, content.end - content.start - 1).contains(u'|');
}

/// The cells of a pipe row, between its pipes ("\|" is a pipe inside a cell).
std::vector<Field> pipeCells(const QString& text, const Line& line)
{
    const Field content = trimmed(text, line.start, line.end);
    std::vector<Field> cells;
    qsizetype cellStart = content.start + 1;
    for (qsizetype i = cellStart; i < content.end; ++i) {
        if (text.at(i) == QLatin1Char('|') && text.at(i - 1) != QLatin1Char('\\')) {
            cells.push_back(withoutEmphasis(text, trimmed(text, cellStart, i)));
            cellStart = i + 1;
        }
    }
    if (cellStart < content.end) { // no closing pipe
        cells.push_back(withoutEmphasis(text, trimmed(text, cellStart, content.end)));
    }
    return cells;
}

/// "|---|:---:|": the line under a Markdown table's header. Three dashes at least, or a colon:
/// a cell holding "-" or "--" is a zero mark.
bool isSeparatorRow(const QString& text, const std::vector<Field>& cells)
{
    bool dashes = false;
    for (const Field& cell : cells) {
        const QStringView value = QStringView(text).mid(cell.start, cell.end - cell.start);
        if (value.isEmpty()) {
            continue; // a row of empty cells is a row, unless dashes mark it a separator
        }
        int dashCount = 0;
        bool colon = false;
        for (const QChar c : value) {
            if (c == QLatin1Char('-')) {
                ++dashCount;
            } else if (c == QLatin1Char(':')) {
                colon = true;
            } else if (c != QLatin1Char(' ')) {
                return false;
            }
        }
        if (dashCount == 0 || (dashCount < 3 && !colon)) {
            return false;
        }
        dashes = true;
    }
    return dashes;
}

std::vector<Field> tabFields(const QString& text, const Line& line)
{
    std::vector<Field> fields;
    qsizetype fieldStart = line.start;
    for (qsizetype i = line.start; i <= line.end; ++i) {
        if (i == line.end || text.at(i) == QLatin1Char('\t')) {
            fields.push_back(trimmed(text, fieldStart, i));
            fieldStart = i + 1;
        }
    }
    return fields;
}

/// Whether lines with the same number of tabs are a table's rows: two at least, most of them
/// with two cells or more holding text (not a cell per line, each after a tab), and a last
/// column that holds something (not fields padded out to a fixed count, as OCR tools write
/// them: their empty fields say nothing about where a figure belongs).
bool isTabGrid(const std::vector<std::vector<Field>>& rows)
{
    if (rows.size() < 2) {
        return false;
    }
    std::size_t wide = 0;
    bool lastColumnUsed = false;
    for (const std::vector<Field>& row : rows) {
        const auto filled =
            std::count_if(row.begin(), row.end(), [](const Field& f) { return f.end > f.start; });
        wide += filled >= 2 ? 1 : 0;
        lastColumnUsed = lastColumnUsed || (!row.empty() && row.back().end > row.back().start);
    }
    return wide >= 2 && wide * 2 >= rows.size() && lastColumnUsed;
}

/// Builds source tables with UTF-16 spans; converted to code points at the end.
class TableCollector {
public:
    void add(const QString& origin, const std::vector<std::vector<Field>>& rows)
    {
        SourceTable table;
        table.origin = origin;
        table.rowCount = static_cast<int>(rows.size());
        for (int r = 0; r < table.rowCount; ++r) {
            const std::vector<Field>& row = rows[static_cast<std::size_t>(r)];
            const int columns = std::min(static_cast<int>(row.size()), kMaxFields);
            table.columnCount = std::max(table.columnCount, columns);
            for (int c = 0; c < columns; ++c) {
                const Field& field = row[static_cast<std::size_t>(c)];
                SourceCell cell;
                cell.row = r;
                cell.column = c;
                cell.span = Span{field.start, field.end};
                table.cells.push_back(cell);
            }
        }
        if (table.cells.empty()) {
            return;
        }
        table.span = Span{table.cells.front().span.start, table.cells.back().span.end};
        m_tables.push_back(std::move(table));
    }

    std::vector<SourceTable> take(const QString& text)
    {
        // Code points: a character outside the BMP counts once.
        std::vector<qsizetype> pairsBefore(static_cast<std::size_t>(text.size()) + 1, 0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool pairEnd =
                i > 0 && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate();
            pairsBefore[static_cast<std::size_t>(i) + 1] =
                pairsBefore[static_cast<std::size_t>(i)] + (pairEnd ? 1 : 0);
        }
        const auto codePoints = [&](Span span) {
            return Span{span.start - pairsBefore[static_cast<std::size_t>(span.start)],
                        span.end - pairsBefore[static_cast<std::size_t>(span.end)]};
        };
        for (SourceTable& table : m_tables) {
            table.span = codePoints(table.span);
            for (SourceCell& cell : table.cells) {
                cell.span = codePoints(cell.span);
            }
        }
        return std::move(m_tables);
    }

private:
    std::vector<SourceTable> m_tables;
};

} // namespace

std::vector<SourceTable> findTextTables(const QString& text)
{
    TableCollector collector;
    const std::vector<Line> lines = splitLines(text);
    std::size_t i = 0;
    while (i < lines.size()) {
        if (isPipeRow(text, lines[i])) {
            std::vector<std::vector<Field>> rows;
            for (; i < lines.size() && isPipeRow(text, lines[i]); ++i) {
                std::vector<Field> cells = pipeCells(text, lines[i]);
                if (!isSeparatorRow(text, cells)) {
                    rows.push_back(std::move(cells));
                }
            }
            collector.add(QStringLiteral("markdown"), rows);
            continue;
        }
        const qsizetype tabs =
            QStringView(text).mid(lines[i].start, lines[i].end - lines[i].start).count(u'\t');
        if (tabs == 0 || tabs >= kMaxFields) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < lines.size() && !isPipeRow(text, lines[end]) &&
               QStringView(text)
                       .mid(lines[end].start, lines[end].end - lines[end].start)
                       .count(u'\t') == tabs) {
            ++end;
        }
        std::vector<std::vector<Field>> rows;
        for (std::size_t r = i; r < end; ++r) {
            rows.push_back(tabFields(text, lines[r]));
        }
        if (isTabGrid(rows)) {
            collector.add(QStringLiteral("tabs"), rows);
        }
        i = end;
    }
    return collector.take(text);
}

} // namespace nianbao
