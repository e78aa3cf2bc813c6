#include "pdf/pagefurniture.h"

#include "pdf/pagelines.h"

#include <QHash>
#include <QRegularExpression>

namespace nianbao {

namespace {

/// Margins: the share of the page's height at its top and bottom where furniture sits.
constexpr double marginShare = 0.12;
/// Furniture is at most this many lines at either end of a page.
constexpr size_t linesAtEachEnd = 2;

/// A line with its figures blanked: a running head names the page it is on.
QString withoutFigures(const QString& text)
{
    static const QRegularExpression figures(QStringLiteral("[0-9０-９]+"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(figures, QStringLiteral("#")).remove(space);
}

enum class Margin { None, Top, Bottom };

/// Where a line sits: in the top margin, the bottom one, or the body; only the outermost
/// lines of a page count.
Margin marginOf(const PageLines& page, size_t index)
{
    const PageLine& line = page.lines[index];
    if (index < linesAtEachEnd && line.bottom <= page.height * marginShare) {
        return Margin::Top;
    }
    if (index + linesAtEachEnd >= page.lines.size() &&
        line.top >= page.height * (1.0 - marginShare)) {
        return Margin::Bottom;
    }
    return Margin::None;
}

} // namespace

bool isPageNumber(const QString& line)
{
    static const QRegularExpression number(QStringLiteral(
        "^[\\s\\-—–－_·•]*(?:第\\s*)?[0-9０-９]{1,4}(?:\\s*页)?"
        "(?:\\s*[/"
        "／]\\s*[0-9０-９]{1,4}|\\s*[,，]?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?[\\s\\-—–－_·•]*$"));
    return number.match(line).hasMatch();
}

std::vector<std::vector<bool>> findPageFurniture(const std::vector<PageLines>& pages)
{
    // How many pages show each text in each margin.
    QHash<QString, int> seen;
    for (const PageLines& page : pages) {
        QHash<QString, bool> onThisPage;
        for (size_t index = 0; index < page.lines.size(); ++index) {
            const Margin margin = marginOf(page, index);
            if (margin != Margin::None) {
                onThisPage.insert(
                    QString::number(int(margin)) + withoutFigures(page.lines[index].text), true);
            }
        }
        for (auto it = onThisPage.cbegin(); it != onThisPage.cend(); ++it) {
            seen[it.key()] += 1;
        }
    }
    std::vector<std::vector<bool>> furniture;
    for (const PageLines& page : pages) {
        // The first page's top lines are its title, even where later pages repeat it as
        // their running head.
        const bool firstPage = furniture.empty();
        std::vector<bool> flags(page.lines.size(), false);
        for (size_t index = 0; index < page.lines.size(); ++index) {
            const Margin margin = marginOf(page, index);
            if (margin == Margin::None) {
                continue;
            }
            const QString& text = page.lines[index].text;
            const QString key = QString::number(int(margin)) + withoutFigures(text);
            const bool runningLine = seen.value(key) >= 2 && !text.trimmed().isEmpty() &&
                                     !(firstPage && margin == Margin::Top);
            flags[index] = isPageNumber(text) || runningLine;
        }
        furniture.push_back(std::move(flags));
    }
    return furniture;
}

void dropFurnitureWords(std::vector<std::vector<PositionedWord>>& pages,
                        const std::vector<double>& heights)
{
    std::vector<std::vector<layout::Line>> pageLines;
    std::vector<PageLines> lines;
    for (size_t page = 0; page < pages.size(); ++page) {
        pageLines.push_back(layout::buildLines(pages[page]));
        PageLines texts;
        texts.height = page < heights.size() ? heights[page] : 0;
        for (const layout::Line& line : pageLines.back()) {
            QString text;
            for (const PositionedWord& word : line.words) {
                text = joinWords(text, word.text, word.spaceAfter);
            }
            texts.lines.push_back(PageLine{text, line.top, line.bottom});
        }
        lines.push_back(std::move(texts));
    }
    const std::vector<std::vector<bool>> furniture = findPageFurniture(lines);
    for (size_t page = 0; page < pages.size(); ++page) {
        const std::vector<layout::Line>& onPage = pageLines[page];
        std::vector<PositionedWord> kept;
        for (size_t index = 0; index < onPage.size(); ++index) {
            const layout::Line& line = onPage[index];
            layout::Row row;
            row.add(line);
            const bool oneCell = layout::cellsOf(row).size() == 1;
            // A lone figure among a page's last lines may be a table's figure (beside its
            // wrapped label, or the second line of one too wide for its column): a page
            // number only at the very edge of the page, a line's height apart from the rest.
            const double apart = line.bottom - line.top;
            const bool alone = (index == 0 && (index + 1 == onPage.size() ||
                                               onPage[index + 1].top - line.bottom >= apart)) ||
                               (index > 0 && index + 1 == onPage.size() &&
                                line.top - onPage[index - 1].bottom >= apart);
            const QString& text = lines[page].lines[index].text;
            const bool drop =
                furniture[page][index] && oneCell && (isPageNumber(text) ? alone : true);
            if (!drop) {
                kept.insert(kept.end(), line.words.begin(), line.words.end());
            }
        }
        pages[page] = std::move(kept);
    }
}

} // namespace nianbao
