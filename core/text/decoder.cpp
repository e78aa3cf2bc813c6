#include "text/decoder.h"

#include "text/charsetdetection.h"
#include "text/gb18030decoding.h"
#include "text/textcensus.h"
#include "text/utfdecoding.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace nianbao {

namespace {

/// A byte-order mark and what it says.
struct ByteOrderMark {
    QByteArrayView bytes;
    const char* encoding;
    std::optional<TextDecoding> (*decode)(QByteArrayView);
};

std::optional<TextDecoding> decodeUtf16Le(QByteArrayView bytes)
{
    return decodeUtf16(bytes, ByteOrder::LittleEndian);
}
std::optional<TextDecoding> decodeUtf16Be(QByteArrayView bytes)
{
    return decodeUtf16(bytes, ByteOrder::BigEndian);
}
std::optional<TextDecoding> decodeUtf32Le(QByteArrayView bytes)
{
    return decodeUtf32(bytes, ByteOrder::LittleEndian);
}
std::optional<TextDecoding> decodeUtf32Be(QByteArrayView bytes)
{
    return decodeUtf32(bytes, ByteOrder::BigEndian);
}

// UTF-32LE first: its mark begins with the UTF-16LE one.
const std::array<ByteOrderMark, 5> byteOrderMarks = {{
    {QByteArrayView("\xFF\xFE\x00\x00", 4), "UTF-32LE", decodeUtf32Le},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), "UTF-32BE", decodeUtf32Be},
    {QByteArrayView("\xEF\xBB\xBF", 3), "UTF-8", decodeUtf8},
    {QByteArrayView("\xFF\xFE", 2), "UTF-16LE", decodeUtf16Le},
    {QByteArrayView("\xFE\xFF", 2), "UTF-16BE", decodeUtf16Be},
}};

/// The only legacy encoding Nianbao reads; GBK and GB2312 are subsets of it.
const QString gb18030Name = QStringLiteral("GB18030");

/// Below this share of GB2312 characters, bytes that happen to be valid GB18030 are taken
/// for another encoding: simplified Chinese prose stays above 0.95.
constexpr double minimumGb2312Share = 0.8;

/// Below this share of report characters, bytes are not taken for UTF-16.
constexpr double minimumUtf16ReportShare = 0.9;

DecodedText decoded(TextDecoding decoding, const QString& encoding)
{
    DecodedText result{std::move(decoding.text), encoding, {}, decoding.truncated};
    if (decoding.truncated) {
        result.notices.append(QCoreApplication::translate(
            "nianbao::TextDecoder", "The file seems to be truncated: it ends in the middle of "
                                    "a character, which was left out."));
    }
    return result;
}

std::optional<Result<DecodedText>> decodeWithByteOrderMark(QByteArrayView bytes)
{
    for (const ByteOrderMark& mark : byteOrderMarks) {
        if (!bytes.startsWith(mark.bytes)) {
            continue;
        }
        const QString encoding = QLatin1String(mark.encoding);
        std::optional<TextDecoding> decoding = mark.decode(bytes.sliced(mark.bytes.size()));
        if (!decoding) {
            // Spelled out: clang takes no two user conversions (unexpected → expected →
            // optional) in one return.
            return Result<DecodedText>(
                fail(ErrorCode::UndecodableText,
                     QCoreApplication::translate("nianbao::TextDecoder",
                                                 "the file starts with a %1 byte-order mark "
                                                 "but its text is not valid %1")
                         .arg(encoding)));
        }
        return Result<DecodedText>(decoded(std::move(*decoding), encoding));
    }
    return std::nullopt;
}

/// UTF-16 without a byte-order mark. Zero bytes betray it: the high byte of every ASCII
/// character, line ends included, and the low byte of 一 (U+4E00) and its like. Binary data
/// has zero bytes too, so the text must also read as (almost) nothing but report characters
/// in one byte order; the wrong order turns CJK into other scripts. On a tie, the side with
/// more zero bytes (the high byte of ASCII) decides.
std::optional<DecodedText> detectUtf16(QByteArrayView bytes, const ByteCensus& census)
{
    if (census.nuls() == 0) {
        // Legacy CJK bytes read as UTF-16 give CJK ideographs as often as not: without the
        // evidence of zero bytes, nothing is taken for UTF-16 without a byte-order mark.
        return std::nullopt;
    }
    const std::array orders = census.nulsAtEvenOffsets > census.nulsAtOddOffsets
                                  ? std::array{ByteOrder::BigEndian, ByteOrder::LittleEndian}
                                  : std::array{ByteOrder::LittleEndian, ByteOrder::BigEndian};
    std::optional<TextDecoding> best;
    ByteOrder bestOrder = orders.front();
    double bestShare = 0.0;
    for (const ByteOrder order : orders) {
        std::optional<TextDecoding> decoding = decodeUtf16(bytes, order);
        if (!decoding) {
            continue;
        }
        const double share = reportCharacterShare(decoding->text);
        if (share >= minimumUtf16ReportShare && share > bestShare) {
            best = std::move(decoding);
            bestOrder = order;
            bestShare = share;
        }
    }
    if (!best) {
        return std::nullopt;
    }
    return decoded(std::move(*best),
                   QLatin1String(bestOrder == ByteOrder::LittleEndian ? "UTF-16LE" : "UTF-16BE"));
}

bool isMultiByteLegacyEncoding(const QString& name)
{
    static const QStringList names = {QStringLiteral("GB18030"),     QStringLiteral("Big5"),
                                      QStringLiteral("EUC-JP"),      QStringLiteral("EUC-KR"),
                                      QStringLiteral("Shift_JIS"),   QStringLiteral("ISO-2022-CN"),
                                      QStringLiteral("ISO-2022-JP"), QStringLiteral("ISO-2022-KR")};
    return names.contains(name);
}

/// GB18030 is accepted when the bytes convert strictly, look like simplified Chinese, and
/// ICU rates no other East Asian encoding higher (EUC-KR text is valid GB18030 too).
std::optional<DecodedText> detectGb18030(QByteArrayView bytes,
                                         const std::vector<CharsetGuess>& guesses)
{
    const auto gb = std::find_if(guesses.begin(), guesses.end(), [](const CharsetGuess& guess) {
        return guess.name == gb18030Name;
    });
    if (gb == guesses.end()) {
        return std::nullopt;
    }
    const bool outranked = std::any_of(guesses.begin(), guesses.end(), [&](const auto& guess) {
        return isMultiByteLegacyEncoding(guess.name) && guess.confidence > gb->confidence;
    });
    if (outranked || gb2312Share(bytes) < minimumGb2312Share) {
        return std::nullopt;
    }
    std::optional<TextDecoding> decoding = decodeGb18030(bytes);
    if (!decoding) {
        return std::nullopt;
    }
    return decoded(std::move(*decoding), gb18030Name);
}

/// The error for bytes that no supported encoding reads, naming what they look like when that
/// is fairly sure.
Error undecodable(QByteArrayView bytes, const std::vector<CharsetGuess>& guesses)
{
    if (looksLikeDamagedUtf8(bytes)) {
        return {ErrorCode::UndecodableText,
                QCoreApplication::translate("nianbao::TextDecoder",
                                            "the text looks like UTF-8, but the bytes from "
                                            "offset %1 on are not valid UTF-8")
                    .arg(validateUtf8(bytes).validLength)};
    }
    const bool sure = !guesses.empty() && guesses.front().confidence >= 50;
    if (sure && guesses.front().name == gb18030Name) {
        return {ErrorCode::UndecodableText,
                QCoreApplication::translate("nianbao::TextDecoder",
                                            "the text looks like GB18030 (GBK), but does not "
                                            "read cleanly as Chinese in it")};
    }
    if (sure) {
        return {ErrorCode::UndecodableText,
                QCoreApplication::translate("nianbao::TextDecoder",
                                            "the text is in none of the encodings Nianbao reads "
                                            "(UTF-8, UTF-16 and GB18030); it looks like %1")
                    .arg(guesses.front().name)};
    }
    return {ErrorCode::UndecodableText,
            QCoreApplication::translate("nianbao::TextDecoder",
                                        "the text is in none of the encodings Nianbao reads "
                                        "(UTF-8, UTF-16 and GB18030)")};
}

Result<DecodedText> detectAndDecode(QByteArrayView bytes)
{
    const ByteCensus census = takeCensus(bytes);
    if (std::optional<DecodedText> utf16 = detectUtf16(bytes, census)) {
        return std::move(*utf16);
    }
    if (census.nuls() > 0) {
        return fail(ErrorCode::Binary,
                    QCoreApplication::translate("nianbao::TextDecoder",
                                                "the file holds binary data, not text (it has "
                                                "zero bytes that are not UTF-16 text)"));
    }
    if (std::optional<TextDecoding> utf8 = decodeUtf8(bytes)) {
        return decoded(std::move(*utf8), QStringLiteral("UTF-8"));
    }
    if (looksBinary(census.strayControls, bytes.size())) {
        return fail(ErrorCode::Binary,
                    QCoreApplication::translate("nianbao::TextDecoder",
                                                "the file holds binary data, not text (%1 "
                                                "control characters in %2 bytes)")
                        .arg(census.strayControls)
                        .arg(bytes.size()));
    }
    const std::vector<CharsetGuess> guesses = guessCharsets(bytes);
    if (std::optional<DecodedText> gb = detectGb18030(bytes, guesses)) {
        return std::move(*gb);
    }
    return std::unexpected(undecodable(bytes, guesses));
}

Result<DecodedText> decodeBytes(QByteArrayView bytes)
{
    if (std::optional<Result<DecodedText>> marked = decodeWithByteOrderMark(bytes)) {
        return std::move(*marked);
    }
    return detectAndDecode(bytes);
}

} // namespace

Result<DecodedText> decodeText(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        return fail(ErrorCode::Empty,
                    QCoreApplication::translate("nianbao::TextDecoder", "the file is empty"));
    }
    Result<DecodedText> result = decodeBytes(bytes);
    if (!result) {
        return result;
    }
    const qsizetype controls = countStrayControls(result->text);
    if (looksBinary(controls, result->text.size())) {
        return fail(ErrorCode::Binary,
                    QCoreApplication::translate("nianbao::TextDecoder",
                                                "the file holds binary data, not text (%1 "
                                                "control characters in %2 characters)")
                        .arg(controls)
                        .arg(result->text.size()));
    }
    if (isBlank(result->text)) {
        return fail(ErrorCode::Empty,
                    QCoreApplication::translate("nianbao::TextDecoder", "the file holds only blank "
                                                                        "space"));
    }
    return result;
}

} // namespace nianbao
