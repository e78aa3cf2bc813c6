#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

/// Writes JSON as a stream into a byte buffer, in exactly the bytes that
/// `QJsonDocument::toJson(QJsonDocument::Indented)` gives for the same document: four spaces
/// per level, `"key": value`, an empty container as "{", a new line and its closing brace,
/// control characters as \uXXXX, non-BMP text as four UTF-8 bytes and a lone surrogate as
/// \uXXXX, numbers as QJsonValue prints them. The caller writes object members in the order
/// QJsonObject keeps them (sorted keys); the writer does not sort. Building a QJsonObject copies
/// on every insert: for a report of hundreds of cells, streaming costs a fraction. The bytes
/// go into a plain buffer the writer owns (appending to it is a few instructions).
class JsonWriter {
public:
    /// What has been written since the last clear().
    [[nodiscard]] QByteArrayView bytes() const
    {
        return {m_out.data(), static_cast<qsizetype>(m_size)};
    }
    /// Empties the buffer (after the caller wrote it out), keeping its room and the writer's
    /// place in the document.
    void clear() { m_size = 0; }
    /// Appends raw bytes (a new line after the document, say).
    void raw(std::string_view bytes);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /// The next member's name (ASCII names given as literals are the common case).
    void key(QLatin1StringView name);
    void key(QStringView name);

    void value(QStringView text);
    void value(QLatin1StringView text);
    /// As QJsonValue(double) prints: an integral double within ±2^53 as an integer, other
    /// finite doubles in the shortest form that reads back the same, infinity and NaN as null.
    void value(double number);
    void value(qint64 number);
    void value(int number) { value(static_cast<qint64>(number)); }
    void value(bool yes);
    void null();
    /// The text, or null when it is empty.
    void textOrNull(QStringView text);
    void numberOrNull(std::optional<double> number);

private:
    struct Level {
        bool object = false;
        int count = 0;
    };

    void beforeValue();
    void beginContainer(char open, bool object);
    void endContainer(char close);
    /// Where the next `bytes` bytes go: the buffer grows (geometrically) when it must, and
    /// the caller advances m_size by what it wrote.
    char* room(std::size_t bytes);
    /// ",\n" before every member or element but the first, then the indentation.
    char* separate(char* cursor);
    void appendString(QStringView text);
    void appendInteger(qint64 number);
    void appendDouble(double number);

    std::string m_out; ///< bytes [0, m_size) are written; the rest is room
    std::size_t m_size = 0;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace nianbao
