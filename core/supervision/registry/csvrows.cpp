#include "supervision/registry/sheetrows.h"
#include "text/decoder.h"

#include <QCoreApplication>

#include <array>

namespace nianbao::supervision {

namespace {

/// The separator the first line uses most, outside quotes.
QChar separatorOf(QStringView text)
{
    std::array<std::pair<QChar, int>, 3> counts = {{{u',', 0}, {u'\t', 0}, {u';', 0}}};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            break;
        }
        for (auto& [separator, count] : counts) {
            count += (!quoted && c == separator) ? 1 : 0;
        }
    }
    const auto best =
        std::max_element(counts.begin(), counts.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    return best->second > 0 ? best->first : QChar(u',');
}

} // namespace

Result<SheetRows> readCsvRows(QByteArrayView bytes)
{
    Result<DecodedText> decoded = decodeText(bytes);
    if (!decoded) {
        return std::unexpected(decoded.error());
    }
    const QString& text = decoded->text;
    const QChar separator = separatorOf(text);
    SheetRows rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    int line = 1;
    int quoteLine = 1; // where the open quote started, for the message
    const auto endCell = [&] {
        row.append(cell);
        cell.clear();
        cellStarted = false;
    };
    const auto endRow = [&] {
        endCell();
        rows.push_back(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                line += c == u'\n' ? 1 : 0;
                cell.append(c);
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            endRow();
            ++line;
        } else {
            cell.append(c);
            cellStarted = true;
        }
    }
    if (quoted) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::BodyRegistry",
                                                "a quote opened in line %1 is never closed")
                        .arg(quoteLine));
    }
    if (cellStarted || !row.isEmpty()) {
        endRow();
    }
    return rows;
}

} // namespace nianbao::supervision
