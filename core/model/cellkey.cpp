#include "model/cellkey.h"

#include <QStringBuilder>

namespace nianbao {

namespace {

constexpr QChar kSeparator = u'.';

} // namespace

QString cellKey(QStringView table, QStringView row, QStringView column)
{
    return table % kSeparator % row % kSeparator % column;
}

QString rowKey(QStringView table, QStringView row)
{
    return table % kSeparator % row;
}

QString groupSubtotalKey(QStringView table, QStringView group, QStringView column)
{
    return table % kSeparator % group % QLatin1String(".subtotal") % kSeparator % column;
}

std::optional<CellKeyParts> parseCellKey(QStringView key)
{
    const qsizetype first = key.indexOf(kSeparator);
    const qsizetype last = key.lastIndexOf(kSeparator);
    if (first <= 0 || last <= first + 1 || last + 1 >= key.size()) {
        return std::nullopt;
    }
    return CellKeyParts{key.first(first), key.sliced(first + 1, last - first - 1),
                        key.sliced(last + 1)};
}

bool keyInTable(QStringView key, QStringView table)
{
    return key.size() > table.size() && key.startsWith(table) && key.at(table.size()) == kSeparator;
}

} // namespace nianbao
