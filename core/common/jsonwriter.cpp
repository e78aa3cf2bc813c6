#include "common/jsonwriter.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

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

char* JsonWriter::room(std::size_t bytes)
{
    if (m_out.size() - m_size < bytes) {
        m_out.resize(std::max(2 * m_out.size(), m_size + bytes + 4096));
    }
    return m_out.data() + m_size;
}

void JsonWriter::raw(std::string_view bytes)
{
    std::memcpy(room(bytes.size()), bytes.data(), bytes.size());
    m_size += bytes.size();
}

char* JsonWriter::separate(char* cursor)
{
    if (m_levels.back().count++ > 0) {
        *cursor++ = ',';
        *cursor++ = '\n';
    }
    const std::size_t spaces = 4 * m_levels.size();
    std::memset(cursor, ' ', spaces);
    return cursor + spaces;
}

void JsonWriter::appendString(QStringView text)
{
    // A UTF-16 unit becomes at most six bytes (\uXXXX); two units of a pair, four bytes.
    char* const first = room(6 * static_cast<std::size_t>(text.size()) + 2);
    char* cursor = first;
    *cursor++ = '"';
    cursor = escape(cursor, text);
    *cursor++ = '"';
    m_size += static_cast<std::size_t>(cursor - first);
}

void JsonWriter::appendInteger(qint64 number)
{
    char* const first = room(24);
    m_size += static_cast<std::size_t>(std::to_chars(first, first + 24, number).ptr - first);
}

void JsonWriter::appendDouble(double number)
{
    if (!std::isfinite(number)) {
        raw("null"); // as Qt writes them (RFC 4627 has no infinity or NaN)
        return;
    }
    const double magnitude = std::abs(number);
    if (std::trunc(number) == number && magnitude <= kExactIntegers) {
        appendInteger(static_cast<qint64>(number));
        return;
    }
    // Qt prints the shortest digits that read back, in fixed notation unless the exponent
    // form is shorter. A fraction of at least 0.001 is always shorter in fixed notation, and
    // std::to_chars gives the same shortest digits without a locale's round trip.
    if (std::trunc(number) != number && magnitude >= 0.001) {
        constexpr std::size_t kLongest = 400; // the largest double has 309 digits
        char* const first = room(kLongest);
        const auto written =
            std::to_chars(first, first + kLongest, number, std::chars_format::fixed);
        m_size += static_cast<std::size_t>(written.ptr - first);
        return;
    }
    const QByteArray shortest = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    raw(std::string_view(shortest.constData(), static_cast<std::size_t>(shortest.size())));
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
    char* const first = room(2 + 4 * m_levels.size());
    m_size += static_cast<std::size_t>(separate(first) - first);
}

void JsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().object);
    const auto length = static_cast<std::size_t>(name.size());
    char* const first = room(2 + 4 * m_levels.size() + length + 4);
    char* cursor = separate(first);
    *cursor++ = '"';
    std::memcpy(cursor, name.data(), length); // ASCII: nothing to escape
    cursor += length;
    std::memcpy(cursor, "\": ", 3);
    m_size += static_cast<std::size_t>(cursor + 3 - first);
    m_afterKey = true;
}

void JsonWriter::key(QStringView name)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().object);
    char* const first = room(2 + 4 * m_levels.size());
    m_size += static_cast<std::size_t>(separate(first) - first);
    appendString(name);
    raw(": ");
    m_afterKey = true;
}

void JsonWriter::beginContainer(char open, bool object)
{
    beforeValue();
    const char opening[] = {open, '\n'};
    raw(std::string_view(opening, 2));
    m_levels.push_back(Level{object, 0});
}

void JsonWriter::endContainer(char close)
{
    const bool empty = m_levels.back().count == 0;
    m_levels.pop_back();
    const std::size_t spaces = 4 * m_levels.size();
    char* const first = room(spaces + 2);
    char* cursor = first;
    if (!empty) {
        *cursor++ = '\n';
    }
    std::memset(cursor, ' ', spaces);
    cursor += spaces;
    *cursor++ = close;
    m_size += static_cast<std::size_t>(cursor - first);
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
    appendString(text);
}

void JsonWriter::value(QLatin1StringView text)
{
    beforeValue();
    appendString(QString(text));
}

void JsonWriter::value(double number)
{
    beforeValue();
    appendDouble(number);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    appendInteger(number);
}

void JsonWriter::value(bool yes)
{
    beforeValue();
    raw(yes ? std::string_view("true") : std::string_view("false"));
}

void JsonWriter::null()
{
    beforeValue();
    raw("null");
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
