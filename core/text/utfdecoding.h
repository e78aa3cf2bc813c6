#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace nianbao {

/// Bytes read in one encoding.
struct TextDecoding {
    QString text;
    /// The bytes end in the middle of a character, which was left out of `text`.
    bool truncated = false;
};

enum class ByteOrder { LittleEndian, BigEndian };

/// How far bytes are valid UTF-8.
struct Utf8Validation {
    enum class Outcome {
        Valid,
        Truncated, ///< valid up to an incomplete character at the very end
        Invalid,   ///< an invalid sequence at `validLength`
    };
    Outcome outcome = Outcome::Valid;
    /// Bytes before the incomplete or invalid sequence (all of them when valid).
    qsizetype validLength = 0;
};

/// Strict UTF-8 as Unicode defines it: overlong forms, surrogates and code points past
/// U+10FFFF are invalid, so legacy Chinese bytes are never taken for UTF-8.
Utf8Validation validateUtf8(QByteArrayView bytes);

/// Whether bytes that are not valid UTF-8 are still mostly UTF-8: far more valid multi-byte
/// sequences than invalid bytes, as in a UTF-8 file damaged here and there (legacy Chinese
/// bytes are mostly invalid as UTF-8).
bool looksLikeDamagedUtf8(QByteArrayView bytes);

/// The bytes as strict UTF-8 (without a byte-order mark), or std::nullopt when they are not
/// UTF-8. An incomplete last character is dropped and reported as truncation.
std::optional<TextDecoding> decodeUtf8(QByteArrayView bytes);

/// The bytes as UTF-16 (without a byte-order mark), or std::nullopt on an unpaired
/// surrogate. An odd last byte or a final lone high surrogate is reported as truncation.
std::optional<TextDecoding> decodeUtf16(QByteArrayView bytes, ByteOrder order);

/// The bytes as UTF-32 (without a byte-order mark), or std::nullopt on a value that is not a
/// Unicode scalar value. Trailing bytes short of a full unit are reported as truncation.
std::optional<TextDecoding> decodeUtf32(QByteArrayView bytes, ByteOrder order);

} // namespace nianbao
