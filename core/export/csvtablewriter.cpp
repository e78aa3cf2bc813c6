#include "export/csvtablewriter.h"

#include "export/numbertext.h"

namespace nianbao::exporting {

namespace {

constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";
constexpr char kRecordEnd[] = "\r\n";

bool needsQuotes(QByteArrayView utf8)
{
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            return true;
        }
    }
    return false;
}

} // namespace

CsvTableWriter::CsvTableWriter(QIODevice& device)
    : m_out(device)
{}

void CsvTableWriter::appendText(QByteArrayView utf8)
{
    QByteArray& out = m_out.buffer();
    if (!needsQuotes(utf8)) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
}

Result<void> CsvTableWriter::writeHeader(const QList<ExportColumn>& columns)
{
    m_out.buffer() += kByteOrderMark;
    bool first = true;
    for (const ExportColumn& column : columns) {
        if (!first) {
            m_out.buffer() += ',';
        }
        first = false;
        appendText(column.name.toUtf8());
    }
    m_out.buffer() += kRecordEnd;
    return m_out.flushIfFull();
}

Result<void> CsvTableWriter::writeRow(std::span<const ExportField> fields)
{
    QByteArray& out = m_out.buffer();
    bool first = true;
    for (const ExportField& field : fields) {
        if (!first) {
            out += ',';
        }
        first = false;
        if (const auto* number = std::get_if<double>(&field.value)) {
            appendNumber(out, *number);
        } else if (const auto* integer = std::get_if<qint64>(&field.value)) {
            appendInteger(out, *integer);
        } else if (const auto* text = std::get_if<Utf8Text>(&field.value)) {
            appendText(text->bytes);
        } else if (const auto* yes = std::get_if<bool>(&field.value)) {
            out += *yes ? "true" : "false";
        }
    }
    out += kRecordEnd;
    return m_out.flushIfFull();
}

Result<void> CsvTableWriter::finish()
{
    return m_out.flush();
}

} // namespace nianbao::exporting
