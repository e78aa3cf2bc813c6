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
        return {m_out.data(), static_cast<qsizetype>(m_out.size())};
    }
    /// Empties the buffer (after the caller wrote it out), keeping its room and the writer's
    /// place in the document.
    void clear() { m_out.clear(); }
    /// Appends raw bytes (a new line after the document, say).
    void raw(std::string_view bytes) { m_out.append(bytes); }

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

    /// Appends a JSON string literal (quotes included), escaped as QJsonDocument does.
    static void appendString(std::string& out, QStringView text);
    /// Appends a number as QJsonValue(double) prints it.
    static void appendDouble(std::string& out, double number);
    static void appendInteger(std::string& out, qint64 number);

private:
    struct Level {
        bool object = false;
        int count = 0;
    };

    void beforeValue();
    void beginContainer(char open, bool object);
    void endContainer(char close);
    void indent();

    std::string m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace nianbao
