#include "formatcheck.h"

#include "extract/extractor.h"

namespace nianbao::test {

QStringList cellDifferences(const ReportLayout& layout, const Document& document)
{
    const Result<Report> report = extractReport(document);
    if (!report) {
        return {QStringLiteral("extraction failed: ") + report.error().message};
    }
    QStringList differences;
    if (report->templateId != layout.templateId) {
        differences.append(
            QStringLiteral("template %1, expected %2").arg(report->templateId, layout.templateId));
    }
    for (const QString& key : layout.keys) {
        const std::optional<double> value = report->value(key);
        const double expected = layout.values.value(key);
        if (!value || qAbs(*value - expected) > 1e-9) {
            differences.append(
                QStringLiteral("%1: read %2, expected %3")
                    .arg(key, value ? QString::number(*value) : QStringLiteral("nothing"))
                    .arg(expected));
        }
    }
    return differences;
}

QStringList missingTables(const ReportLayout& layout, const QString& text)
{
    QStringList missing;
    int index = 0;
    for (const LayoutBlock& block : layout.blocks) {
        if (!block.isTable()) {
            continue;
        }
        ++index;
        const QString rows = placeTable(block.rows).tabRows().join(QLatin1Char('\n'));
        if (!text.contains(rows)) {
            missing.append(QStringLiteral("table %1:\n%2").arg(index).arg(rows));
        }
    }
    return missing;
}

} // namespace nianbao::test
