#include "extract/rowsegments.h"

#include <algorithm>

namespace nianbao::extract {

int Segment::valueCount() const
{
    return static_cast<int>(std::count_if(tokens.begin(), tokens.end(),
                                          [](const ValueToken& t) { return t.isValue(); }));
}

RangeContent readRange(const QString& text, qsizetype start, qsizetype end,
                       const std::function<bool(QStringView)>& isGroupLabel)
{
    RangeContent content;
    const std::vector<ValueToken> tokens = scanValues(text, start, end);
    Segment* current = &content.own;
    bool seenValue = false;
    QString pendingLabel;
    for (const ValueToken& token : tokens) {
        if (token.kind == TokenKind::Text) {
            // A label broken over lines ("(四)无法\n提供") arrives as several runs.
            pendingLabel += text.mid(token.start, token.end - token.start);
            continue;
        }
        if (!pendingLabel.isEmpty() && token.isValue()) {
            if (seenValue || (isGroupLabel && isGroupLabel(pendingLabel))) {
                content.strays.push_back(Segment{pendingLabel, {}});
                current = &content.strays.back();
            }
            pendingLabel.clear();
        }
        if (token.kind == TokenKind::Blank && current->tokens.empty()) {
            continue;
        }
        if (token.isValue() && !seenValue) {
            content.attached = token.attached;
        }
        seenValue = seenValue || token.isValue();
        current->tokens.push_back(token);
    }
    // OCR debris: a zero mark opening the line on which the next label is printed
    // ("-\t三、本年度办理结果…", seed 004) belongs to no cell.
    auto opensNextLabelLine = [&](const ValueToken& token) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), token.end);
        return token.kind == TokenKind::ZeroMark && token.lineStart &&
               (newline < 0 || newline >= end);
    };
    Segment& last = content.strays.empty() ? content.own : content.strays.back();
    if (!last.tokens.empty() && opensNextLabelLine(last.tokens.back())) {
        last.tokens.pop_back();
    }
    auto trimBlanks = [](Segment& segment) {
        while (!segment.tokens.empty() && segment.tokens.back().kind == TokenKind::Blank) {
            segment.tokens.pop_back();
        }
    };
    trimBlanks(content.own);
    for (Segment& stray : content.strays) {
        trimBlanks(stray);
    }
    return content;
}

void splitStackedRows(RangeContent& content, int columns, int missingAfter)
{
    const int values = content.own.valueCount();
    if (missingAfter <= 0 || values < 2 * columns || values % columns != 0) {
        return;
    }
    std::vector<ValueToken> figures;
    for (const ValueToken& token : content.own.tokens) {
        if (token.isValue()) {
            figures.push_back(token);
        }
    }
    const int groups = std::min(values / columns - 1, missingAfter);
    content.own.tokens.assign(figures.begin(), figures.begin() + columns);
    std::vector<Segment> stacked;
    for (int g = 1; g <= groups; ++g) {
        Segment segment;
        segment.tokens.assign(figures.begin() + g * columns, figures.begin() + (g + 1) * columns);
        stacked.push_back(std::move(segment));
    }
    content.strays.insert(content.strays.begin(), stacked.begin(), stacked.end());
}

} // namespace nianbao::extract
