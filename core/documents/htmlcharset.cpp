#include "documents/htmlcharset.h"

#include "text/gb18030decoding.h"
#include "text/utfdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace nianbao {

namespace {

/// Browsers look for the declaration in the first 1024 bytes; saved pages often carry a
/// longer head (scripts, styles) before it, so a little more is searched.
constexpr qsizetype declarationWindow = 4096;

bool isCharsetNameByte(char byte)
{
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
           (byte >= '0' && byte <= '9') || byte == '-' || byte == '_' || byte == '.' || byte == ':';
}

bool isSpaceByte(char byte)
{
    return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f';
}

/// The value after "charset" in one <meta ...> tag, or empty.
QByteArray charsetInTag(QByteArrayView tag)
{
    const QByteArray lower = tag.toByteArray().toLower();
    qsizetype at = lower.indexOf("charset");
    while (at >= 0) {
        qsizetype i = at + 7;
        while (i < lower.size() && isSpaceByte(lower[i])) {
            ++i;
        }
        if (i < lower.size() && lower[i] == '=') {
            ++i;
            while (i < lower.size() &&
                   (isSpaceByte(lower[i]) || lower[i] == '"' || lower[i] == '\'')) {
                ++i;
            }
            const qsizetype start = i;
            while (i < lower.size() && isCharsetNameByte(lower[i])) {
                ++i;
            }
            if (i > start) {
                return lower.mid(start, i - start);
            }
        }
        at = lower.indexOf("charset", at + 7);
    }
    return {};
}

bool isGbFamily(const QByteArray& charset)
{
    return charset == "gb2312" || charset == "gbk" || charset == "gb18030" || charset == "x-gbk" ||
           charset == "cp936" || charset == "windows-936" || charset == "euc-cn" ||
           charset == "csgb2312";
}

bool isUtf8(const QByteArray& charset)
{
    return charset == "utf-8" || charset == "utf8";
}

QString truncationNotice()
{
    return QCoreApplication::translate("nianbao::HtmlCharset",
                                       "The file seems to be truncated: it ends in the middle of "
                                       "a character, which was left out.");
}

/// The bytes in the declared charset, strictly: nothing when they are not in it.
std::optional<DecodedText> decodeDeclared(QByteArrayView bytes, const QByteArray& charset)
{
    std::optional<TextDecoding> decoding;
    QString encoding;
    if (isGbFamily(charset)) {
        decoding = decodeGb18030(bytes);
        encoding = QStringLiteral("GB18030");
    } else if (isUtf8(charset)) {
        decoding = decodeUtf8(bytes);
        encoding = QStringLiteral("UTF-8");
    } else {
        // Pages declaring UTF-16 in a <meta> are ASCII-compatible bytes: browsers ignore it.
        if (charset.startsWith("utf-16")) {
            return std::nullopt;
        }
        QStringDecoder decoder(charset.constData(), QStringDecoder::Flag::Stateless);
        if (!decoder.isValid()) {
            return std::nullopt;
        }
        QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            return std::nullopt;
        }
        decoding = TextDecoding{std::move(text), false};
        encoding = decoder.name() ? QString::fromLatin1(decoder.name())
                                  : QString::fromLatin1(charset.toUpper());
    }
    if (!decoding) {
        return std::nullopt;
    }
    DecodedText decoded{std::move(decoding->text), std::move(encoding), {}, decoding->truncated};
    if (decoding->truncated) {
        decoded.notices.append(truncationNotice());
    }
    return decoded;
}

bool startsWithByteOrderMark(QByteArrayView bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") ||
           bytes.startsWith("\xFE\xFF");
}

} // namespace

QByteArray declaredHtmlCharset(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min(bytes.size(), declarationWindow));
    qsizetype at = 0;
    while ((at = head.indexOf("<", at)) >= 0) {
        const qsizetype close = head.indexOf(">", at);
        const qsizetype end = close >= 0 ? close : head.size();
        const QByteArrayView tag = head.sliced(at, end - at);
        if (tag.size() > 5 && tag.first(5).compare("<meta", Qt::CaseInsensitive) == 0) {
            QByteArray charset = charsetInTag(tag);
            if (!charset.isEmpty()) {
                return charset;
            }
        }
        if (close < 0) {
            break;
        }
        at = close;
    }
    return {};
}

Result<DecodedText> decodeHtml(QByteArrayView bytes)
{
    if (startsWithByteOrderMark(bytes)) {
        return decodeText(bytes);
    }
    const QByteArray charset = declaredHtmlCharset(bytes);
    if (charset.isEmpty()) {
        return decodeText(bytes);
    }
    if (std::optional<DecodedText> declared = decodeDeclared(bytes, charset)) {
        return std::move(*declared);
    }
    Result<DecodedText> detected = decodeText(bytes);
    if (detected) {
        detected->notices.append(
            QCoreApplication::translate("nianbao::HtmlCharset",
                                        "The page declares the character set %1, but its text is "
                                        "not in it; it was read as %2.")
                .arg(QString::fromLatin1(charset), detected->encoding));
    }
    return detected;
}

} // namespace nianbao
