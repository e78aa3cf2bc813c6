#include "text/utfdecoding.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>

namespace nianbao {

namespace {

/// What a UTF-8 lead byte promises: the sequence length (0 for a byte that cannot lead) and
/// the allowed range of the second byte (Unicode Table 3-7). The range is what rules out
/// overlong forms, surrogates and values past U+10FFFF; every later byte is a plain
/// continuation byte.
struct Utf8Lead {
    int length = 0;
    uchar secondMin = 0x80;
    uchar secondMax = 0xBF;
};

constexpr std::array<Utf8Lead, 256> utf8Leads = [] {
    std::array<Utf8Lead, 256> leads{};
    for (int byte = 0xC2; byte <= 0xDF; ++byte) {
        leads[byte] = {2};
    }
    for (int byte = 0xE0; byte <= 0xEF; ++byte) {
        leads[byte] = {3};
    }
    leads[0xE0] = {3, 0xA0, 0xBF};
    leads[0xED] = {3, 0x80, 0x9F};
    for (int byte = 0xF0; byte <= 0xF4; ++byte) {
        leads[byte] = {4};
    }
    leads[0xF0] = {4, 0x90, 0xBF};
    leads[0xF4] = {4, 0x80, 0x8F};
    return leads;
}();

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

/// The length of the valid UTF-8 sequence at data[i], a non-ASCII byte; 0 when the sequence
/// is invalid, -1 when the bytes end before it does but are valid as far as they go.
int sequenceLength(const uchar* data, qsizetype i, qsizetype size)
{
    const Utf8Lead& lead = utf8Leads[data[i]];
    if (lead.length == 0) {
        return 0;
    }
    const qsizetype available = std::min<qsizetype>(lead.length, size - i);
    if (available >= 2 && (data[i + 1] < lead.secondMin || data[i + 1] > lead.secondMax)) {
        return 0;
    }
    for (qsizetype k = 2; k < available; ++k) {
        if (!isContinuation(data[i + k])) {
            return 0;
        }
    }
    return available < lead.length ? -1 : lead.length;
}

/// The index just past a run of ASCII bytes starting at `from`, eight bytes at a time: the
/// digits, spaces and tabs between the Chinese of a report are long ASCII runs.
qsizetype skipAscii(const uchar* data, qsizetype from, qsizetype size)
{
    constexpr quint64 highBits = 0x8080808080808080ULL;
    qsizetype i = from;
    while (i + 8 <= size) {
        quint64 word = 0;
        std::memcpy(&word, data + i, sizeof word);
        if (word & highBits) {
            break;
        }
        i += 8;
    }
    while (i < size && data[i] < 0x80) {
        ++i;
    }
    return i;
}

char16_t readUnit16(const char* at, ByteOrder order)
{
    return order == ByteOrder::LittleEndian ? qFromLittleEndian<char16_t>(at)
                                            : qFromBigEndian<char16_t>(at);
}

quint32 readUnit32(const char* at, ByteOrder order)
{
    return order == ByteOrder::LittleEndian ? qFromLittleEndian<quint32>(at)
                                            : qFromBigEndian<quint32>(at);
}

} // namespace

Utf8Validation validateUtf8(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        if (data[i] < 0x80) {
            i = skipAscii(data, i + 1, size);
            continue;
        }
        // Chinese is three-byte sequences led by E1-EC (U+1000-U+CFFF): the quick way.
        if (data[i] >= 0xE1 && data[i] <= 0xEC && i + 2 < size && isContinuation(data[i + 1]) &&
            isContinuation(data[i + 2])) {
            i += 3;
            continue;
        }
        const int length = sequenceLength(data, i, size);
        if (length == 0) {
            return {Utf8Validation::Outcome::Invalid, i};
        }
        if (length < 0) {
            return {Utf8Validation::Outcome::Truncated, i};
        }
        i += length;
    }
    return {Utf8Validation::Outcome::Valid, size};
}

bool looksLikeDamagedUtf8(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype validSequences = 0;
    qsizetype invalidBytes = 0;
    qsizetype i = 0;
    while (i < size) {
        if (data[i] < 0x80) {
            i = skipAscii(data, i + 1, size);
            continue;
        }
        const int length = sequenceLength(data, i, size);
        if (length > 0) {
            ++validSequences;
            i += length;
        } else {
            ++invalidBytes;
            ++i;
        }
    }
    // The proportion at which ICU's detector, too, still calls damaged UTF-8 UTF-8.
    return validSequences > 3 && validSequences >= 10 * invalidBytes;
}

std::optional<TextDecoding> decodeUtf8(QByteArrayView bytes)
{
    const Utf8Validation validation = validateUtf8(bytes);
    if (validation.outcome == Utf8Validation::Outcome::Invalid) {
        return std::nullopt;
    }
    return TextDecoding{QString::fromUtf8(bytes.first(validation.validLength)),
                        validation.outcome == Utf8Validation::Outcome::Truncated};
}

std::optional<TextDecoding> decodeUtf16(QByteArrayView bytes, ByteOrder order)
{
    const qsizetype units = bytes.size() / 2;
    QString text(units, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    for (qsizetype i = 0; i < units; ++i) {
        out[i] = readUnit16(bytes.data() + 2 * i, order);
    }
    bool truncated = bytes.size() % 2 != 0;
    for (qsizetype i = 0; i < units; ++i) {
        if (QChar::isLowSurrogate(out[i])) {
            return std::nullopt;
        }
        if (!QChar::isHighSurrogate(out[i])) {
            continue;
        }
        if (i + 1 == units) {
            text.chop(1);
            truncated = true;
            break;
        }
        if (!QChar::isLowSurrogate(out[i + 1])) {
            return std::nullopt;
        }
        ++i;
    }
    return TextDecoding{std::move(text), truncated};
}

std::optional<TextDecoding> decodeUtf32(QByteArrayView bytes, ByteOrder order)
{
    const qsizetype units = bytes.size() / 4;
    QString text;
    text.reserve(units);
    for (qsizetype i = 0; i < units; ++i) {
        const quint32 value = readUnit32(bytes.data() + 4 * i, order);
        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            return std::nullopt;
        }
        if (QChar::requiresSurrogates(value)) {
            text.append(QChar(QChar::highSurrogate(value)));
            text.append(QChar(QChar::lowSurrogate(value)));
        } else {
            text.append(QChar(static_cast<char16_t>(value)));
        }
    }
    return TextDecoding{std::move(text), bytes.size() % 4 != 0};
}

} // namespace nianbao
