#include "texttable.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace nianbao::cli {

namespace {

/// Columns are set apart by this many spaces.
constexpr int kGap = 2;

int codePointWidth(char32_t codePoint)
{
    const auto category = UCharCategory(u_charType(UChar32(codePoint)));
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
        category == U_FORMAT_CHAR) {
        return 0;
    }
    const auto width =
        UEastAsianWidth(u_getIntPropertyValue(UChar32(codePoint), UCHAR_EAST_ASIAN_WIDTH));
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t codePoint : text.toUcs4()) {
        width += codePointWidth(codePoint);
    }
    return width;
}

TextTable::TextTable(std::vector<Column> columns)
    : m_columns(std::move(columns))
{}

void TextTable::addRow(QStringList entries)
{
    entries.resize(qsizetype(m_columns.size()));
    m_rows.push_back(std::move(entries));
}

QString TextTable::render() const
{
    std::vector<int> widths;
    QStringList headers;
    for (const Column& column : m_columns) {
        widths.push_back(displayWidth(column.header));
        headers.append(column.header);
    }
    for (const QStringList& row : m_rows) {
        for (std::size_t i = 0; i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], displayWidth(row.at(qsizetype(i))));
        }
    }
    QString text = renderLine(headers, widths);
    for (const QStringList& row : m_rows) {
        text += renderLine(row, widths);
    }
    return text;
}

QString TextTable::renderLine(const QStringList& entries, const std::vector<int>& widths) const
{
    QString line;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const QString& entry = entries.at(qsizetype(i));
        const QString padding(widths[i] - displayWidth(entry), QLatin1Char(' '));
        if (i > 0) {
            line += QString(kGap, QLatin1Char(' '));
        }
        line += m_columns[i].align == Align::Right ? padding + entry : entry + padding;
    }
    while (line.endsWith(QLatin1Char(' '))) {
        line.chop(1);
    }
    return line + QLatin1Char('\n');
}

} // namespace nianbao::cli
