#pragma once

#include "common/localizedtext.h"
#include "model/finding.h"

#include <QStringList>

namespace nianbao::extract {

/// The findings extraction raises, each with a stable "extract.*" rule code. They lead the
/// reviewer to every cell the extractor is unsure of.
namespace findings {

Finding tableMissing(const QString& tableKey, const LocalizedText& title, QStringList cells);
Finding rowMissing(const LocalizedText& row, QStringList cells);
Finding rowByPosition(const LocalizedText& row, const LocalizedText& after,
                      const QString& printedLabel, QStringList cells);
Finding shortRow(const LocalizedText& row, int printed, int columns, QStringList cells);
Finding extraFigures(const LocalizedText& row, int printed, int columns, QStringList cells);
Finding gluedDigits(const LocalizedText& row, const QString& printed, int readings,
                    const QStringList& examples, QStringList cells);
Finding gluedDigitsSplit(const LocalizedText& row, const QString& printed, QStringList cells);
Finding fuzzyLabel(const LocalizedText& row, const QString& printed, QStringList cells);
Finding excessDecimals(const QString& printed, int allowed, const QString& cell);
Finding unitConverted(const QString& printed, double value, const QString& cell);
Finding variantForm(const LocalizedText& group, bool printedAsOneRow, QStringList cells);
Finding cellUnreadable(const LocalizedText& row, const QString& printed, const QString& cell);
Finding orderUncertain(const LocalizedText& table, QStringList cells);
Finding formatFromYear(const QString& formatId, int year);
Finding formatUnknown(const QString& formatId);
Finding lowQualityText();
Finding truncatedFile();

} // namespace findings
} // namespace nianbao::extract
