#include "goldenfile.h"

#include "extract/rowsolver.h"

#include <QJsonArray>

namespace nianbao::test {

namespace {

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QStringList extractionFindings(const Report& report)
{
    QStringList lines;
    for (const Finding& finding : report.findings) {
        if (finding.rule.startsWith(QLatin1String("extract."))) {
            lines.append(finding.rule + QLatin1Char(' ') + finding.cells.join(QLatin1Char(',')));
        }
    }
    return lines;
}

} // namespace

Golden Golden::fromReport(const Report& report)
{
    QJsonObject cells;
    for (const Cell& cell : report.cells) {
        cells.insert(cell.key, QJsonArray{number(cell.value), cell.raw,
                                          cell.confidence < extract::kLowConfidence});
    }
    QJsonObject meta{{QStringLiteral("agency"), report.meta.agency},
                     {QStringLiteral("title"), report.meta.title},
                     {QStringLiteral("year"), report.meta.year ? QJsonValue(*report.meta.year)
                                                               : QJsonValue(QJsonValue::Null)}};
    QJsonArray narrative;
    for (const NarrativePart& part : report.narrative) {
        narrative.append(part.key);
    }
    return Golden{QJsonObject{
        {QStringLiteral("template"), report.templateId},
        {QStringLiteral("meta"), meta},
        {QStringLiteral("narrative"), narrative},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("findings"), QJsonArray::fromStringList(extractionFindings(report))}}};
}

QStringList Golden::compare(const Report& report) const
{
    const Golden actual = fromReport(report);
    QStringList differences;
    for (const QString& field : {QStringLiteral("template"), QStringLiteral("meta"),
                                 QStringLiteral("narrative"), QStringLiteral("findings")}) {
        if (json.value(field) != actual.json.value(field)) {
            differences.append(QStringLiteral("%1 differs").arg(field));
        }
    }
    const QJsonObject expectedCells = json.value(QLatin1String("cells")).toObject();
    const QJsonObject actualCells = actual.json.value(QLatin1String("cells")).toObject();
    for (auto it = expectedCells.begin(); it != expectedCells.end(); ++it) {
        if (!actualCells.contains(it.key())) {
            differences.append(QStringLiteral("%1 missing").arg(it.key()));
        } else if (actualCells.value(it.key()) != it.value()) {
            const QJsonArray e = it.value().toArray();
            const QJsonArray a = actualCells.value(it.key()).toArray();
            differences.append(QStringLiteral("%1: expected %2 \"%3\"%4, got %5 \"%6\"%7")
                                   .arg(it.key(), e.at(0).toVariant().toString(),
                                        e.at(1).toString(),
                                        e.at(2).toBool() ? QStringLiteral(" flagged") : QString(),
                                        a.at(0).toVariant().toString(), a.at(1).toString(),
                                        a.at(2).toBool() ? QStringLiteral(" flagged") : QString()));
        }
    }
    for (auto it = actualCells.begin(); it != actualCells.end(); ++it) {
        if (!expectedCells.contains(it.key())) {
            differences.append(QStringLiteral("%1 unexpected").arg(it.key()));
        }
    }
    return differences;
}

} // namespace nianbao::test
