#pragma once

#include <QRandomGenerator>
#include <QString>

#include <utility>

namespace nianbao::synth {

// Label noise of PDF, OCR and web text. None of it adds or removes a digit, and a label's
// numbering ("1.", "（三）", "三、") stays whole, so a tolerant reader still knows the row.

/// Spaces inside a label, as when a table cell's line breaks become spaces ("社会公益 组织").
QString spacedOut(const QString& label, QRandomGenerator& random, int spaces = 1);

/// One stray character inside a long label, as OCR leaves them ("対据的勾稽关").
QString withDebris(const QString& label, QRandomGenerator& random);

/// A long label with one character lost, as OCR and text layers lose them.
QString withDropped(const QString& label, QRandomGenerator& random);

/// A label broken over two lines at a random place (both parts non-empty, the numbering
/// kept in the first). Short labels come back whole with an empty second part.
std::pair<QString, QString> brokenLabel(const QString& label, QRandomGenerator& random);

/// A vertical label of a merged cell read line by line: "三 、本 年 度办 理 结果".
QString letterSpaced(const QString& label, QRandomGenerator& random);

/// A field of OCR junk that some rows of seed 004 start with: "Δπ", "<b></b>", "-", "=" …
QString junkField(QRandomGenerator& random);

/// The length of a label's numbering ("（三）" → 3, "1." → 2, "三、" → 2, none → 0).
qsizetype numberingLength(const QString& label);

} // namespace nianbao::synth
