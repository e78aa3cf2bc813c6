#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace nianbao {

/// One answer of ICU's charset detector.
struct CharsetGuess {
    QString name;       ///< as ICU names it: "GB18030", "Shift_JIS", "EUC-KR", "Big5", "UTF-8"...
    QString language;   ///< "zh", "ja", "ko"... when the detector tells, else empty
    int confidence = 0; ///< 0 to 100
};

/// ICU's guesses at the encoding of the bytes, most likely first. Only the first two
/// kilobytes are looked at: ICU is slow (about 0.4 us a byte), and a report's first
/// paragraphs tell its encoding as well as the whole.
std::vector<CharsetGuess> guessCharsets(QByteArrayView bytes);

} // namespace nianbao
