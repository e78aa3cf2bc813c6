#include "common/jsonwriter.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace nianbao {

namespace {

constexpr char kHex[] = "0123456789abcdef";
/// QJsonValue(double) keeps an integral double as an integer while it has no more digits than
/// a double holds exactly (±2^53).
constexpr double kExactIntegers = 9007199254740992.0;

/// Room for `extra` more bytes, growing geometrically (resize() alone would grow by what is
/// asked, and a report is written a few bytes at a time).
char* reserveTail(QByteArray& out, qsizetype extra)
{
    const qsizetype size = out.size();
    if (out.capacity() < size + extra) {
        out.reserve(std::max(size + extra, 2 * out.capacity()));
    }
    out.resize(size + extra);
    return out.data() + size;
}

} // namespace

JsonWriter::JsonWriter(QByteArray& out)
    : m_out(out)
{}

void JsonWriter::appendString(QByteArray& out, QStringView text)
{
    // A UTF-16 unit becomes at most six bytes (\uXXXX); two units of a pair, four bytes.
    const qsizetype start = out.size();
    char* const first = reserveTail(out, 6 * text.size() + 2);
    char* cursor = first;
    *cursor++ = '"';
    const char16_t* source = text.utf16();
    const char16_t* const end = source + text.size();
    while (source != end) {
        const char16_t u = *source++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *cursor++ = static_cast<char>(u);
                continue;
            }
            *cursor++ = '\\';
            switch (u) {
            case u'"':
                *cursor++ = '"';
                break;
            case u'\\':
                *cursor++ = '\\';
                break;
            case u'\b':
                *cursor++ = 'b';
                break;
            case u'\f':
                *cursor++ = 'f';
                break;
            case u'\n':
                *cursor++ = 'n';
                break;
            case u'\r':
                *cursor++ = 'r';
                break;
            case u'\t':
                *cursor++ = 't';
                break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = kHex[u >> 4];
                *cursor++ = kHex[u & 0xf];
            }
        } else if (u < 0x800) {
            *cursor++ = static_cast<char>(0xc0 | (u >> 6));
            *cursor++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *cursor++ = static_cast<char>(0xe0 | (u >> 12));
            *cursor++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && source != end && QChar::isLowSurrogate(*source)) {
            const char32_t c = QChar::surrogateToUcs4(u, *source++);
            *cursor++ = static_cast<char>(0xf0 | (c >> 18));
            *cursor++ = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | (c & 0x3f));
        } else {
            // A lone surrogate has no UTF-8 form: JSON's escape keeps it (as Qt does).
            *cursor++ = '\\';
            *cursor++ = 'u';
            *cursor++ = kHex[(u >> 12) & 0xf];
            *cursor++ = kHex[(u >> 8) & 0xf];
            *cursor++ = kHex[(u >> 4) & 0xf];
            *cursor++ = kHex[u & 0xf];
        }
    }
    *cursor++ = '"';
    out.resize(start + (cursor - first));
}

void JsonWriter::appendInteger(QByteArray& out, qint64 number)
{
    std::array<char, 24> text{};
    const auto written = std::to_chars(text.data(), text.data() + text.size(), number);
    out.append(text.data(), written.ptr - text.data());
}

void JsonWriter::appendDouble(QByteArray& out, double number)
{
    if (!std::isfinite(number)) {
        out += "null"; // as Qt writes them (RFC 4627 has no infinity or NaN)
        return;
    }
    const double magnitude = std::abs(number);
    if (std::trunc(number) == number && magnitude <= kExactIntegers) {
        appendInteger(out, static_cast<qint64>(number));
        return;
    }
    // Qt prints the shortest digits that read back, in fixed notation unless the exponent
    // form is shorter. A fraction of at least 0.001 is always shorter in fixed notation, and
    // std::to_chars gives the same shortest digits without a locale's round trip.
    if (std::trunc(number) != number && magnitude >= 0.001) {
        std::array<char, 400> text{};
        const auto written =
            std::to_chars(text.data(), text.data() + text.size(), number, std::chars_format::fixed);
        out.append(text.data(), written.ptr - text.data());
        return;
    }
    out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::indent()
{
    const qsizetype spaces = 4 * static_cast<qsizetype>(m_levels.size());
    char* cursor = reserveTail(m_out, spaces);
    std::fill(cursor, cursor + spaces, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty()) {
        return; // the document's own value
    }
    // An array element: on its own line.
    if (m_levels.back().count++ > 0) {
        m_out += ",\n";
    }
    indent();
}

void JsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().object);
    Level& level = m_levels.back();
    if (level.count++ > 0) {
        m_out += ",\n";
    }
    indent();
    m_out += '"';
    m_out.append(name.data(), name.size()); // ASCII names need no escapes
    m_out += "\": ";
    m_afterKey = true;
}

void JsonWriter::key(QStringView name)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().object);
    Level& level = m_levels.back();
    if (level.count++ > 0) {
        m_out += ",\n";
    }
    indent();
    appendString(m_out, name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::beginContainer(char open, bool object)
{
    beforeValue();
    m_out += open;
    m_out += '\n';
    m_levels.push_back(Level{object, 0});
}

void JsonWriter::endContainer(char close)
{
    const bool empty = m_levels.back().count == 0;
    m_levels.pop_back();
    if (!empty) {
        m_out += '\n';
    }
    indent();
    m_out += close;
}

void JsonWriter::beginObject()
{
    beginContainer('{', true);
}

void JsonWriter::endObject()
{
    endContainer('}');
}

void JsonWriter::beginArray()
{
    beginContainer('[', false);
}

void JsonWriter::endArray()
{
    endContainer(']');
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    appendString(m_out, text);
}

void JsonWriter::value(QLatin1StringView text)
{
    beforeValue();
    appendString(m_out, QString(text));
}

void JsonWriter::value(double number)
{
    beforeValue();
    appendDouble(m_out, number);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    appendInteger(m_out, number);
}

void JsonWriter::value(bool yes)
{
    beforeValue();
    m_out += yes ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::textOrNull(QStringView text)
{
    if (text.isEmpty()) {
        null();
    } else {
        value(text);
    }
}

void JsonWriter::numberOrNull(std::optional<double> number)
{
    if (number) {
        value(*number);
    } else {
        null();
    }
}

} // namespace nianbao
