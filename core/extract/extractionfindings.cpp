#include "extract/extractionfindings.h"

#include <QtGlobal>

namespace nianbao::extract::findings {

namespace {

Finding make(const char* rule, Severity severity, QStringList cells, const char* text,
             QList<FindingArg> args = {})
{
    Finding finding;
    finding.rule = QString::fromLatin1(rule);
    finding.severity = severity;
    finding.cells = std::move(cells);
    finding.messageTemplate = QString::fromUtf8(text);
    finding.args = std::move(args);
    return finding;
}

FindingArg term(const LocalizedText& text)
{
    return FindingArg::localized(text);
}

FindingArg plain(const QString& text)
{
    return FindingArg::value(text);
}

FindingArg number(double value)
{
    return FindingArg::value(QString::number(value, 'g', 15));
}

} // namespace

Finding tableMissing(const QString& tableKey, const LocalizedText& title, QStringList cells)
{
    return make(
        "extract.table_missing", Severity::Error, std::move(cells),
        QT_TRANSLATE_NOOP("nianbao::Finding",
                          "Table %1 (%2) was not found in the report: its cells are empty."),
        {plain(tableKey.mid(1)), term(title)});
}

Finding rowMissing(const LocalizedText& row, QStringList cells)
{
    return make("extract.row_missing", Severity::Warning, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "Row “%1” was not found in the report: its cells are empty."),
                {term(row)});
}

Finding rowByPosition(const LocalizedText& row, const LocalizedText& after,
                      const QString& printedLabel, QStringList cells)
{
    if (printedLabel.isEmpty()) {
        return make("extract.row_by_position", Severity::Warning, std::move(cells),
                    QT_TRANSLATE_NOOP("nianbao::Finding",
                                      "Row “%1” was not found by its label; the figures printed "
                                      "after row “%2” were taken as its figures."),
                    {term(row), term(after)});
    }
    return make("extract.row_by_position", Severity::Warning, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "A row labelled “%1” stands where row “%2” belongs; "
                                  "its figures were taken as those of “%2”."),
                {plain(printedLabel), term(row)});
}

Finding shortRow(const LocalizedText& row, int printed, int columns, QStringList cells)
{
    return make("extract.short_row", Severity::Warning, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "Row “%1” prints %2 figures for %3 columns; which cells they "
                                  "belong to is uncertain, so the cells concerned are flagged."),
                {term(row), plain(QString::number(printed)), plain(QString::number(columns))});
}

Finding extraFigures(const LocalizedText& row, int printed, int columns, QStringList cells)
{
    return make("extract.extra_figures", Severity::Warning, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "Row “%1” prints %2 figures for %3 columns; the cells whose "
                                  "figure is uncertain are flagged."),
                {term(row), plain(QString::number(printed)), plain(QString::number(columns))});
}

Finding gluedDigits(const LocalizedText& row, const QString& printed, int readings,
                    const QStringList& examples, QStringList cells)
{
    const QString count = readings < 0 ? QStringLiteral(">1000") : QString::number(readings);
    return make(
        "extract.glued_digits", Severity::Warning, std::move(cells),
        QT_TRANSLATE_NOOP("nianbao::Finding",
                          "The figures of row “%1” run together (“%2”) and %3 "
                          "readings fit, e.g. %4: the cells concerned are flagged."),
        {term(row), plain(printed), plain(count), plain(examples.join(QStringLiteral("; ")))});
}

Finding gluedDigitsSplit(const LocalizedText& row, const QString& printed, QStringList cells)
{
    return make("extract.glued_digits_split", Severity::Note, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "The figures of row “%1” run together (“%2”); only one "
                                  "split fits the row's totals and was used."),
                {term(row), plain(printed)});
}

Finding settledByEvidence(const LocalizedText& row, const QString& printed,
                          const LocalizedText& evidence, QStringList cells)
{
    return make("extract.settled_by_evidence", Severity::Note, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "The figures of row “%1” (“%2”) admit several readings; "
                                  "only one fits %3, and it was used."),
                {term(row), plain(printed), term(evidence)});
}

Finding labelsApart(const LocalizedText& table, QStringList cells)
{
    return make("extract.labels_apart", Severity::Note, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "The labels of “%1” are printed apart from their figures; the "
                                  "figures were read in the table's row order, and every total of "
                                  "the table holds with them."),
                {term(table)});
}

Finding labelsDisplaced(const LocalizedText& table, QStringList cells)
{
    return make("extract.labels_displaced", Severity::Warning, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "Some labels of “%1” are printed apart from their figures, and "
                                  "the figures could not be placed with certainty: the cells are "
                                  "flagged."),
                {term(table)});
}

Finding searchCapped(const LocalizedText& row, QStringList cells)
{
    return make("extract.search_capped", Severity::Warning, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "Row “%1” and the rows related to it by the tables' totals "
                                  "admit too many readings to check them all: the cells "
                                  "concerned are flagged."),
                {term(row)});
}

Finding fuzzyLabel(const LocalizedText& row, const QString& printed, QStringList cells)
{
    return make(
        "extract.fuzzy_label", Severity::Note, std::move(cells),
        QT_TRANSLATE_NOOP("nianbao::Finding", "The label printed as “%1” was read as row “%2”."),
        {plain(printed), term(row)});
}

Finding excessDecimals(const QString& printed, int allowed, const QString& cell)
{
    return make(
        "extract.excess_decimals", Severity::Warning, {cell},
        QT_TRANSLATE_NOOP("nianbao::Finding",
                          "“%1” has more than %2 decimal places: the digits of a neighbouring "
                          "cell may be glued on, so the value is uncertain."),
        {plain(printed), plain(QString::number(allowed))});
}

Finding unitConverted(const QString& printed, double value, const QString& cell)
{
    return make("extract.unit_converted", Severity::Note, {cell},
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "“%1” is printed in yuan; it was converted to %2 (10,000 yuan)."),
                {plain(printed), number(value)});
}

Finding variantForm(const LocalizedText& group, bool printedAsOneRow, QStringList cells)
{
    if (printedAsOneRow) {
        return make(
            "extract.variant_form", Severity::Note, std::move(cells),
            QT_TRANSLATE_NOOP("nianbao::Finding",
                              "“%1” is printed as a single row, as the other official format "
                              "prints it; its cells were read in that form."),
            {term(group)});
    }
    return make(
        "extract.variant_form", Severity::Note, std::move(cells),
        QT_TRANSLATE_NOOP("nianbao::Finding",
                          "“%1” is printed item by item, as the other official format prints "
                          "it; its cells were read in that form."),
        {term(group)});
}

Finding cellUnreadable(const LocalizedText& row, const QString& printed, const QString& cell)
{
    return make("extract.cell_unreadable", Severity::Warning, {cell},
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "A cell of row “%1” prints “%2”, which is not a figure: the "
                                  "cell is left empty."),
                {term(row), plain(printed)});
}

Finding orderUncertain(const LocalizedText& table, QStringList cells)
{
    return make("extract.order_uncertain", Severity::Warning, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "The figures of “%1” are interleaved with its header words; "
                                  "their order is uncertain."),
                {term(table)});
}

Finding formatFromYear(const QString& formatId, int year)
{
    return make(
        "extract.format_from_year", Severity::Warning, {},
        QT_TRANSLATE_NOOP("nianbao::Finding",
                          "The tables do not show which format the report uses; the %1 format "
                          "was assumed from the year %2."),
        {plain(formatId), plain(QString::number(year))});
}

Finding formatUnknown(const QString& formatId)
{
    return make(
        "extract.format_unknown", Severity::Warning, {},
        QT_TRANSLATE_NOOP("nianbao::Finding",
                          "Neither the tables nor a year show which format the report uses; the "
                          "%1 format was assumed."),
        {plain(formatId)});
}

Finding lowQualityText()
{
    return make(
        "extract.low_quality_text", Severity::Note, {},
        QT_TRANSLATE_NOOP("nianbao::Finding",
                          "The text was read by OCR or from a damaged text layer: every figure "
                          "has reduced confidence."));
}

Finding truncatedFile()
{
    return make("extract.truncated_file", Severity::Note, {},
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "The file ends in the middle of a character: it seems to have "
                                  "been cut short (an interrupted download or copy), and the end "
                                  "of the report may be missing. Compare the end with the "
                                  "original."));
}

} // namespace nianbao::extract::findings
