// nianbao-cli coverage: which expected bodies published a year's report, late or not at all.

#include "archiveoption.h"
#include "commands.h"
#include "deskoption.h"
#include "export/outputpath.h"
#include "output.h"
#include "supervision/desk/coveragesheet.h"
#include "supervision/desk/deskanalyses.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::cli {

namespace {

using namespace nianbao::supervision;

QString tr(const char* text)
{
    return QCoreApplication::translate("nianbao::cli", text);
}

QJsonObject countsToJson(const CoverageCounts& counts)
{
    return QJsonObject{
        {QStringLiteral("expected"), counts.expected},
        {QStringLiteral("published"), counts.published()},
        {QStringLiteral("on_time"), counts.onTime},
        {QStringLiteral("late"), counts.late},
        {QStringLiteral("date_unknown"), counts.dateUnknown},
        {QStringLiteral("missing"), counts.missing},
    };
}

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject coverageToJson(const CoverageAnalysis& analysis)
{
    const Coverage& coverage = analysis.coverage;
    const std::vector<Body>& bodies = analysis.registry.bodies();
    QJsonArray groups;
    for (const CoverageGroup& group : coverage.groups) {
        QJsonObject object = countsToJson(group.counts);
        object.insert(QStringLiteral("region"), optionalText(group.region));
        object.insert(QStringLiteral("level"), group.level ? QJsonValue(bodyLevelCode(*group.level))
                                                           : QJsonValue(QJsonValue::Null));
        groups.append(object);
    }
    QJsonArray bodyRows;
    for (const BodyCoverage& entry : coverage.bodies) {
        const Body& body = bodies[std::size_t(entry.body)];
        QJsonArray reports;
        for (const int report : entry.reports) {
            reports.append(analysis.reports[std::size_t(report)].id.toLongLong());
        }
        bodyRows.append(QJsonObject{
            {QStringLiteral("body"), body.name},
            {QStringLiteral("region_code"), optionalText(body.regionCode)},
            {QStringLiteral("level"),
             body.level ? QJsonValue(bodyLevelCode(*body.level)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("status"), coverageStatusCode(entry.status)},
            {QStringLiteral("published"),
             entry.published ? QJsonValue(entry.published->date.toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("date_source"),
             entry.published ? QJsonValue(dateSourceCode(entry.published->source))
                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reports"), reports},
        });
    }
    QJsonArray unmatched;
    for (const UnmatchedReport& entry : coverage.unmatched) {
        const CoverageReport& report = analysis.reports[std::size_t(entry.report)];
        QJsonArray suggestions;
        for (const int body : entry.suggestions) {
            suggestions.append(bodies[std::size_t(body)].name);
        }
        unmatched.append(QJsonObject{{QStringLiteral("report"), report.id.toLongLong()},
                                     {QStringLiteral("agency"), report.agency},
                                     {QStringLiteral("suggestions"), suggestions}});
    }
    return QJsonObject{
        {QStringLiteral("year"), coverage.year},
        {QStringLiteral("deadline"), coverage.deadline.toString(Qt::ISODate)},
        {QStringLiteral("total"), countsToJson(coverage.total)},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("bodies"), bodyRows},
        {QStringLiteral("unmatched"), unmatched},
    };
}

QString coverageAsText(const CoverageAnalysis& analysis)
{
    using Align = TextTable::Align;
    const Coverage& coverage = analysis.coverage;
    TextTable groups({{tr(QT_TRANSLATE_NOOP("nianbao::cli", "REGION"))},
                      {tr(QT_TRANSLATE_NOOP("nianbao::cli", "LEVEL"))},
                      {tr(QT_TRANSLATE_NOOP("nianbao::cli", "EXPECTED")), Align::Right},
                      {tr(QT_TRANSLATE_NOOP("nianbao::cli", "ON TIME")), Align::Right},
                      {tr(QT_TRANSLATE_NOOP("nianbao::cli", "LATE")), Align::Right},
                      {tr(QT_TRANSLATE_NOOP("nianbao::cli", "DATE UNKNOWN")), Align::Right},
                      {tr(QT_TRANSLATE_NOOP("nianbao::cli", "MISSING")), Align::Right}});
    const auto addCounts = [&groups](const QString& region, const QString& level,
                                     const CoverageCounts& counts) {
        groups.addRow({region, level, QString::number(counts.expected),
                       QString::number(counts.onTime), QString::number(counts.late),
                       QString::number(counts.dateUnknown), QString::number(counts.missing)});
    };
    for (const CoverageGroup& group : coverage.groups) {
        addCounts(group.region.isEmpty() ? QStringLiteral("-") : group.region,
                  group.level ? bodyLevelName(*group.level) : QStringLiteral("-"), group.counts);
    }
    addCounts(tr(QT_TRANSLATE_NOOP("nianbao::cli", "total")), QString(), coverage.total);
    QString text = groups.render();
    const std::vector<Body>& bodies = analysis.registry.bodies();
    for (const BodyCoverage& entry : coverage.bodies) {
        const QString& name = bodies[std::size_t(entry.body)].name;
        if (entry.status == CoverageStatus::Missing) {
            text += tr(QT_TRANSLATE_NOOP("nianbao::cli", "missing: %1\n")).arg(name);
        } else if (entry.status == CoverageStatus::Late) {
            text += tr(QT_TRANSLATE_NOOP("nianbao::cli", "late: %1 (published %2)\n"))
                        .arg(name, entry.published->date.toString(Qt::ISODate));
        }
    }
    for (const UnmatchedReport& entry : coverage.unmatched) {
        const CoverageReport& report = analysis.reports[std::size_t(entry.report)];
        QStringList names;
        for (const int body : entry.suggestions) {
            names.append(bodies[std::size_t(body)].name);
        }
        text += tr(QT_TRANSLATE_NOOP("nianbao::cli", "unmatched report %1: %2"))
                    .arg(report.id, report.agency);
        if (!names.isEmpty()) {
            text += tr(QT_TRANSLATE_NOOP("nianbao::cli", " (perhaps %1)"))
                        .arg(names.join(QStringLiteral(", ")));
        }
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

int runCoverage(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(QT_TRANSLATE_NOOP(
        "nianbao::cli",
        "For one year, which bodies of the registry published their report on time (by 31 "
        "January of the next year), late, with no date found, or not at all, by region and "
        "level; and the reports no body of the registry matches.")));
    const QCommandLineOption db = archiveOption();
    const QCommandLineOption year(QStringLiteral("year"),
                                  tr(QT_TRANSLATE_NOOP("nianbao::cli", "the year reported on")),
                                  tr(QT_TRANSLATE_NOOP("nianbao::cli", "YEAR")));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr(QT_TRANSLATE_NOOP("nianbao::cli", "print JSON")));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "also write one row per body to a sheet (.xlsx "
                                             "or .csv)")),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "FILE")));
    parser.addOptions({db, year, json, output});
    if (const auto done = parseCommand(parser, QStringLiteral("coverage"), arguments)) {
        return *done;
    }
    if (!parser.isSet(year)) {
        reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "coverage needs --year YEAR")));
        return BadArguments;
    }
    const std::optional<int> reportYear = yearValue(parser, QStringLiteral("year"));
    if (!reportYear || !archiveOptionIsValid(parser, db)) {
        return BadArguments;
    }
    if (!parser.positionalArguments().isEmpty()) {
        reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "coverage takes no FILE: \"%1\""))
                        .arg(parser.positionalArguments().constFirst()));
        return BadArguments;
    }
    std::optional<exporting::ExportFormat> sheetFormat;
    if (parser.isSet(output)) {
        sheetFormat = coverageSheetFormat(parser.value(output));
        if (!sheetFormat) {
            reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli",
                                             "-o takes a file ending in .xlsx or .csv: \"%1\""))
                            .arg(parser.value(output)));
            return BadArguments;
        }
    }
    if (argumentsOnly()) {
        return Success;
    }
    std::unique_ptr<store::Archive> archive = openArchive(parser, db);
    if (!archive) {
        return SomeFailed;
    }
    std::optional<DeskStore> desk = openDesk(*archive);
    if (!desk) {
        return SomeFailed;
    }
    Result<CoverageAnalysis> analysis = analyseCoverage(*desk, *reportYear);
    if (!analysis) {
        reportFileError(archive->location(), analysis.error().message);
        return SomeFailed;
    }
    if (analysis->registry.size() == 0) {
        reportFileError(archive->location(),
                        tr(QT_TRANSLATE_NOOP("nianbao::cli",
                                             "the archive holds no registry of bodies: import one "
                                             "with \"nianbao-cli registry import FILE\"")));
        return SomeFailed;
    }
    if (sheetFormat) {
        const QString path = parser.value(output);
        if (Result<void> written =
                writeCoverageSheet(analysis->coverage, analysis->registry, analysis->reports, path,
                                   *sheetFormat, exporting::archiveFiles(*archive));
            !written) {
            reportFileError(path, written.error().message);
            return SomeFailed;
        }
    }
    writeOut(parser.isSet(json)
                 ? QString::fromUtf8(
                       QJsonDocument(coverageToJson(*analysis)).toJson(QJsonDocument::Indented))
                 : coverageAsText(*analysis));
    return Success;
}

} // namespace nianbao::cli
