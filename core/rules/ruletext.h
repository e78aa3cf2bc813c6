#pragma once

#include "common/localizedtext.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace nianbao::rules {

/// Full-width ASCII forms (１２，（）) as ASCII and U+3000 as a space: what rule data and
/// narrative text are compared in, so a rule written with "，" matches a report printing ",".
QString asciiForms(QStringView text);

/// Narrative text ready for the narrative patterns: ASCII forms, no whitespace (PDF text
/// wraps lines and spaces digits apart: "申请 21 件"), no digit-grouping commas ("3,119").
QString prepareNarrative(QStringView text);

/// A cell's raw text as compared with the zero marks: ASCII forms, trimmed.
QString prepareMark(QStringView raw);

/// A number as a message shows it: integers without decimals, others with at most four.
QString formatNumber(double value);

/// Equality of two sums of printed figures, tolerant of binary rounding (万元 with decimals).
bool sameValue(double a, double b);

/// "row · column" in both languages: how a message names one cell.
LocalizedText cellName(const LocalizedText& row, const LocalizedText& column);

/// Terms joined into one term, "、" between Chinese ones and ", " between English ones.
LocalizedText joinTerms(const QList<LocalizedText>& terms);

/// A term followed by another, as "lhs = rhs" names a rule in notes.
LocalizedText equationTerm(const LocalizedText& lhs, const LocalizedText& rhs);

} // namespace nianbao::rules
