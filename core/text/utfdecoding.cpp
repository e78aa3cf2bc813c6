#include "text/utfdecoding.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace nianbao {

namespace {

/// What a UTF-8 lead byte promises: the sequence length and the allowed range of the second
/// byte (Unicode Table 3-7). The range is what rules out overlong forms, surrogates and values
/// past U+10FFFF; every later byte is a plain continuation byte.
struct Utf8Lead {
    int length = 0;
    uchar secondMin = 0x80;
    uchar secondMax = 0xBF;
};

std::optional<Utf8Lead> utf8Lead(uchar lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
        return Utf8Lead{2};
    }
    if (lead == 0xE0) {
        return Utf8Lead{3, 0xA0, 0xBF};
    }
    if (lead == 0xED) {
        return Utf8Lead{3, 0x80, 0x9F};
    }
    if (lead >= 0xE1 && lead <= 0xEF) {
        return Utf8Lead{3};
    }
    if (lead == 0xF0) {
        return Utf8Lead{4, 0x90, 0xBF};
    }
    if (lead >= 0xF1 && lead <= 0xF3) {
        return Utf8Lead{4};
    }
    if (lead == 0xF4) {
        return Utf8Lead{4, 0x80, 0x8F};
    }
    return std::nullopt;
}

bool isContinuation(uchar byte) {
    return (byte & 0xC0) == 0x80;
}

/// The index just past a run of ASCII bytes starting at `from`, eight bytes at a time: the
/// digits, spaces and tabs between the Chinese of a report are long ASCII runs.
qsizetype skipAscii(const uchar* data, qsizetype from, qsizetype size) {
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

char16_t readUnit16(const char* at, ByteOrder order) {
    return order == ByteOrder::LittleEndian ? qFromLittleEndian<char16_t>(at)
                                            : qFromBigEndian<char16_t>(at);
}

quint32 readUnit32(const char* at, ByteOrder order) {
    return order == ByteOrder::LittleEndian ? qFromLittleEndian<quint32>(at)
                                            : qFromBigEndian<quint32>(at);
}

} // namespace

Utf8Validation validateUtf8(QByteArrayView bytes) {
    const auto* data = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while ((i = skipAscii(data, i, size)) < size) {
        const std::optional<Utf8Lead> lead = utf8Lead(data[i]);
        if (!lead) {
            return {Utf8Validation::Outcome::Invalid, i};
        }
        const qsizetype available = std::min<qsizetype>(lead->length, size - i);
        bool valid =
            available < 2 || (data[i + 1] >= lead->secondMin && data[i + 1] <= lead->secondMax);
        for (qsizetype k = 2; valid && k < available; ++k) {
            valid = isContinuation(data[i + k]);
        }
        if (!valid) {
            return {Utf8Validation::Outcome::Invalid, i};
        }
        if (available < lead->length) {
            return {Utf8Validation::Outcome::Truncated, i};
        }
        i += lead->length;
    }
    return {Utf8Validation::Outcome::Valid, size};
}

bool looksLikeDamagedUtf8(QByteArrayView bytes) {
    const auto* data = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype validSequences = 0;
    qsizetype invalidBytes = 0;
    qsizetype i = 0;
    while ((i = skipAscii(data, i, size)) < size) {
        const std::optional<Utf8Lead> lead = utf8Lead(data[i]);
        bool valid = lead && i + lead->length <= size && data[i + 1] >= lead->secondMin &&
                     data[i + 1] <= lead->secondMax;
        for (qsizetype k = 2; valid && k < lead->length; ++k) {
            valid = isContinuation(data[i + k]);
        }
        if (valid) {
            ++validSequences;
            i += lead->length;
        } else {
            ++invalidBytes;
            ++i;
        }
    }
    // The proportion ICU's detector also uses to call damaged UTF-8 UTF-8.
    return validSequences > 3 && validSequences >= 10 * invalidBytes;
}

std::optional<TextDecoding> decodeUtf8(QByteArrayView bytes) {
    const Utf8Validation validation = validateUtf8(bytes);
    if (validation.outcome == Utf8Validation::Outcome::Invalid) {
        return std::nullopt;
    }
    return TextDecoding{QString::fromUtf8(bytes.first(validation.validLength)),
                        validation.outcome == Utf8Validation::Outcome::Truncated};
}

std::optional<TextDecoding> decodeUtf16(QByteArrayView bytes, ByteOrder order) {
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

std::optional<TextDecoding> decodeUtf32(QByteArrayView bytes, ByteOrder order) {
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
