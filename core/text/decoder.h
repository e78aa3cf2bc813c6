#pragma once

#include "common/error.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace nianbao {

/// Text decoded from a file's bytes, with the encoding it was found in.
struct DecodedText {
    QString text;
    /// "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" (GBK and GB2312 are read as GB18030).
    QString encoding;
    /// Things the user should know (e.g. the file ends in the middle of a character).
    QStringList notices;
    /// The bytes end in the middle of a character, which was left out (a notice says so).
    bool truncated = false;
};

/// Decodes a report's bytes: UTF-8 with or without BOM, UTF-16 (BOM, or detected), and
/// GB18030/GBK detected with ICU. Never returns mojibake: bytes that no supported encoding
/// reads cleanly are an error (ErrorCode::UndecodableText); NUL-laden or control-laden
/// bytes are ErrorCode::Binary; nothing but whitespace is ErrorCode::Empty.
Result<DecodedText> decodeText(QByteArrayView bytes);

} // namespace nianbao
