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
/// The figures of a row admit several readings and evidence beyond the row (`evidence`: the
/// tables' identities, the narrative's figures, last year's report) left only one.
Finding settledByEvidence(const LocalizedText& row, const QString& printed,
                          const LocalizedText& evidence, QStringList cells);
/// The table's labels are printed apart from its figures, which were read in row order.
Finding labelsApart(const LocalizedText& table, QStringList cells);
/// The table's labels are printed apart from its figures, and no reading in row order fits.
Finding labelsDisplaced(const LocalizedText& table, QStringList cells);
/// The search over the readings of related rows stopped at its bound: nothing was settled.
Finding searchCapped(const LocalizedText& row, QStringList cells);
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
