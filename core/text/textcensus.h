#pragma once

#include <QByteArrayView>
#include <QString>

namespace nianbao {

/// What a file's bytes are made of, as far as telling text from binary and UTF-16 from the
/// rest needs.
struct ByteCensus {
    qsizetype nulsAtEvenOffsets = 0;
    qsizetype nulsAtOddOffsets = 0;
    /// Control bytes that text does not use (all but tab, line feed, vertical tab, form feed,
    /// carriage return), NUL aside.
    qsizetype strayControls = 0;

    [[nodiscard]] qsizetype nuls() const { return nulsAtEvenOffsets + nulsAtOddOffsets; }
};

ByteCensus takeCensus(QByteArrayView bytes);

/// Control characters in decoded text that text does not use: C0 controls but tab, line
/// feed, vertical tab, form feed and carriage return; NUL, DEL and the C1 controls.
qsizetype countStrayControls(const QString& text);

/// Binary data shows itself by control characters: text tolerates a stray one in a hundred.
bool looksBinary(qsizetype strayControls, qsizetype total);

/// The share of UTF-16 units that are characters Chinese reports are made of: ASCII, CJK
/// ideographs and punctuation, full-width forms, general punctuation, enclosed and Roman
/// numerals, box drawing. Bytes of another encoding read as UTF-16 score about a third.
double reportCharacterShare(const QString& text);

/// True when the text holds nothing but white space and invisible formatting characters.
bool isBlank(const QString& text);

} // namespace nianbao
