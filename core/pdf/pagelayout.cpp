#include "pdf/pagelayout.h"

#include "pdf/pagelines.h"
#include "pdf/wrappedlabels.h"

namespace nianbao {

namespace {

bool isChinese(QChar character)
{
    const char16_t code = character.unicode();
    // Ideographic punctuation and full-width forms (（），１２) read like Han.
    return character.script() == QChar::Script_Han || (code >= 0x3000 && code <= 0x303F) ||
           (code >= 0xFF00 && code <= 0xFFEF);
}

} // namespace

QString joinWords(const QString& left, const QString& right, bool space)
{
    if (left.isEmpty()) {
        return right;
    }
    if (right.isEmpty()) {
        return left;
    }
    if (!space || isChinese(left.back()) || isChinese(right.front())) {
        return left + right;
    }
    return left + QLatin1Char(' ') + right;
}

std::vector<LaidOutRow> layOutPage(std::vector<PositionedWord> words)
{
    std::erase_if(words, [](const PositionedWord& word) { return word.text.trimmed().isEmpty(); });
    std::vector<layout::Row> rows =
        layout::joinWrappedLabels(layout::buildRows(layout::buildLines(std::move(words))));
    std::vector<LaidOutRow> laidOut;
    laidOut.reserve(rows.size());
    for (const layout::Row& row : rows) {
        laidOut.push_back(layout::cellsOf(row));
    }
    return laidOut;
}

} // namespace nianbao
