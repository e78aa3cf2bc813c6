#include "export/jsontablewriter.h"

#include "export/numbertext.h"

#include <cmath>

namespace nianbao::exporting {

void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += kHex[(c >> 4) & 0xf];
                out += kHex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

JsonTableWriter::JsonTableWriter(QIODevice& device)
    : m_out(device)
{}

Result<void> JsonTableWriter::writeHeader(const QList<ExportColumn>& columns)
{
    m_keys.clear();
    for (const ExportColumn& column : columns) {
        QByteArray key;
        appendJsonString(key, column.name.toUtf8());
        m_keys.append(key + ": ");
    }
    m_out.buffer() += '[';
    return {};
}

Result<void> JsonTableWriter::writeRow(std::span<const ExportField> fields)
{
    QByteArray& out = m_out.buffer();
    out += m_firstRow ? "\n  {" : ",\n  {";
    m_firstRow = false;
    for (std::size_t i = 0; i < fields.size() && i < std::size_t(m_keys.size()); ++i) {
        if (i > 0) {
            out += ", ";
        }
        out += m_keys.at(qsizetype(i));
        const FieldValue& value = fields[i].value;
        if (const auto* number = std::get_if<double>(&value); number && std::isfinite(*number)) {
            appendNumber(out, *number);
        } else if (const auto* integer = std::get_if<qint64>(&value)) {
            appendInteger(out, *integer);
        } else if (const auto* text = std::get_if<Utf8Text>(&value)) {
            appendJsonString(out, text->bytes);
        } else if (const auto* yes = std::get_if<bool>(&value)) {
            out += *yes ? "true" : "false";
        } else {
            out += "null";
        }
    }
    out += '}';
    return m_out.flushIfFull();
}

Result<void> JsonTableWriter::finish()
{
    m_out.buffer() += m_firstRow ? "]\n" : "\n]\n";
    return m_out.flush();
}

} // namespace nianbao::exporting
