#include "pdf/pagedtextwriter.h"

namespace nianbao {

namespace {

qsizetype codePointCount(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())) {
            ++count;
        }
    }
    return count;
}

/// A cell's text as one field of its row.
QString singleField(QString text)
{
    for (QChar& character : text) {
        if (character == u'\t' || character == u'\n' || character == u'\r') {
            character = u' ';
        }
    }
    return text;
}

} // namespace

void PagedTextWriter::addPage(int page, const std::vector<LaidOutRow>& rows)
{
    for (const LaidOutRow& row : rows) {
        for (size_t index = 0; index < row.size(); ++index) {
            if (index > 0) {
                append(QStringLiteral("\t"));
            }
            const QString field = singleField(row[index].text);
            const qsizetype start = m_codePoints;
            append(field);
            m_pageBoxes.push_back(PageBox{page, row[index].box, Span{start, m_codePoints}});
        }
        append(QStringLiteral("\n"));
    }
}

void PagedTextWriter::append(const QString& text)
{
    m_text += text;
    m_codePoints += codePointCount(text);
}

} // namespace nianbao
