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

/// Writes `text` escaped into `cursor` (room for six bytes per unit); returns the end.
char* escape(char* cursor, QStringView text)
{
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
    return cursor;
}

} // namespace

void JsonWriter::appendString(std::string& out, QStringView text)
{
    // A UTF-16 unit becomes at most six bytes (\uXXXX); two units of a pair, four bytes.
    // (libstdc++ 12's resize_and_overwrite drops bytes appended by earlier calls, so
    // the room is made with resize(), and cut back after.)
    const std::size_t start = out.size();
    out.resize(start + 6 * static_cast<std::size_t>(text.size()) + 2);
    char* const first = out.data() + start;
    char* cursor = first;
    *cursor++ = '"';
    cursor = escape(cursor, text);
    *cursor++ = '"';
    out.resize(start + static_cast<std::size_t>(cursor - first));
}

void JsonWriter::appendInteger(std::string& out, qint64 number)
{
    std::array<char, 24> text{};
    const auto written = std::to_chars(text.data(), text.data() + text.size(), number);
    out.append(text.data(), written.ptr);
}

void JsonWriter::appendDouble(std::string& out, double number)
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
        out.append(text.data(), written.ptr);
        return;
    }
    const QByteArray shortest = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    out.append(shortest.constData(), static_cast<std::size_t>(shortest.size()));
}

void JsonWriter::indent()
{
    m_out.append(4 * m_levels.size(), ' ');
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
    m_out.append(name.data(), static_cast<std::size_t>(name.size())); // ASCII: no escapes
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
