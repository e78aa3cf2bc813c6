#include "supervision/desk/coveragesheet.h"

#include "export/exportdestination.h"

#include <QFileInfo>

namespace nianbao::supervision {

using namespace exporting;

std::optional<ExportFormat> coverageSheetFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        return ExportFormat::Xlsx;
    }
    if (suffix == QLatin1String("csv")) {
        return ExportFormat::Csv;
    }
    return std::nullopt;
}

Result<void> writeCoverageSheet(const Coverage& coverage, const BodyRegistry& registry,
                                std::span<const CoverageReport> reports, const QString& path,
                                ExportFormat format, const QStringList& protectedFiles)
{
    ExportOptions options;
    options.format = format;
    options.content = ExportContent::Findings; // one table, no codebook
    options.outputPath = path;
    options.sheetName = QStringLiteral("coverage");
    Result<std::unique_ptr<ExportDestination>> destination =
        ExportDestination::open(options, protectedFiles);
    if (!destination) {
        return std::unexpected(destination.error());
    }
    TableWriter& sheet = (*destination)->main();
    const QList<ExportColumn> columns{
        {QStringLiteral("year"), 6},        {QStringLiteral("body"), 30},
        {QStringLiteral("agency"), 30},     {QStringLiteral("region_code"), 12},
        {QStringLiteral("level"), 10},      {QStringLiteral("status"), 12},
        {QStringLiteral("published"), 12},  {QStringLiteral("date_source"), 14},
        {QStringLiteral("report_ids"), 12}, {QStringLiteral("suggestions"), 30},
    };
    if (auto header = sheet.writeHeader(columns); !header) {
        return header;
    }
    const auto joinIds = [&reports](const std::vector<int>& indexes) {
        QStringList ids;
        for (const int index : indexes) {
            ids.append(reports[std::size_t(index)].id);
        }
        return ids.join(QLatin1Char(' '));
    };
    for (const BodyCoverage& entry : coverage.bodies) {
        const Body& body = registry.bodies()[std::size_t(entry.body)];
        QStringList agencies;
        for (const int index : entry.reports) {
            agencies.append(reports[std::size_t(index)].agency);
        }
        agencies.removeDuplicates();
        const std::vector<ExportField> row{
            ExportField{qint64(coverage.year)},
            textField(body.name),
            textField(agencies.join(QStringLiteral("; "))),
            textField(body.regionCode),
            textField(body.level ? bodyLevelCode(*body.level) : QString()),
            textField(coverageStatusCode(entry.status)),
            entry.published ? textField(entry.published->date.toString(Qt::ISODate))
                            : ExportField{},
            entry.published ? textField(dateSourceCode(entry.published->source)) : ExportField{},
            textField(joinIds(entry.reports)),
            ExportField{},
        };
        if (auto written = sheet.writeRow(row); !written) {
            return written;
        }
    }
    for (const UnmatchedReport& entry : coverage.unmatched) {
        const CoverageReport& report = reports[std::size_t(entry.report)];
        QStringList suggestions;
        for (const int body : entry.suggestions) {
            suggestions.append(registry.bodies()[std::size_t(body)].name);
        }
        const std::vector<ExportField> row{
            ExportField{qint64(coverage.year)},
            ExportField{},
            textField(report.agency),
            ExportField{},
            ExportField{},
            textField(QStringLiteral("unmatched")),
            report.published ? textField(report.published->date.toString(Qt::ISODate))
                             : ExportField{},
            report.published ? textField(dateSourceCode(report.published->source)) : ExportField{},
            textField(report.id),
            textField(suggestions.join(QStringLiteral("; "))),
        };
        if (auto written = sheet.writeRow(row); !written) {
            return written;
        }
    }
    if (auto finished = sheet.finish(); !finished) {
        return finished;
    }
    return (*destination)->commit();
}

} // namespace nianbao::supervision
