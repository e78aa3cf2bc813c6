#include "archive/archive.h"
#include "commands.h"
#include "export/datasetexport.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace nianbao::cli {

namespace {

/// The options of `nianbao-cli export` (cli-json.md), plus the filters and the findings
/// report of the export feature.
struct ExportArguments {
    QCommandLineOption db{
        QStringLiteral("db"),
        QCoreApplication::translate("nianbao::cli", "the archive (default: the user's archive)"),
        QStringLiteral("ARCHIVE")};
    QCommandLineOption format{QStringLiteral("format"),
                              QCoreApplication::translate("nianbao::cli", "csv, xlsx or json"),
                              QStringLiteral("FORMAT")};
    QCommandLineOption layout{
        QStringLiteral("layout"),
        QCoreApplication::translate(
            "nianbao::cli", "wide (a row per report, the default) or long (a row per cell)"),
        QStringLiteral("LAYOUT")};
    QCommandLineOption reviewedOnly{
        QStringLiteral("reviewed-only"),
        QCoreApplication::translate("nianbao::cli", "only reports a reviewer marked as reviewed")};
    QCommandLineOption years{
        QStringLiteral("years"),
        QCoreApplication::translate("nianbao::cli", "only these years, e.g. 2021,2022"),
        QStringLiteral("YEARS")};
    QCommandLineOption agency{
        QStringLiteral("agency"),
        QCoreApplication::translate("nianbao::cli",
                                    "only agencies whose name contains TEXT (may be repeated)"),
        QStringLiteral("TEXT")};
    QCommandLineOption templateId{
        QStringLiteral("template"),
        QCoreApplication::translate("nianbao::cli",
                                    "only reports in this format, e.g. 2021 (may be repeated)"),
        QStringLiteral("FORMAT")};
    QCommandLineOption provenance{
        QStringLiteral("provenance"),
        QCoreApplication::translate(
            "nianbao::cli",
            "add each value's printed text, confidence, extracted value and corrector")};
    QCommandLineOption findings{
        QStringLiteral("findings"),
        QCoreApplication::translate("nianbao::cli",
                                    "write the report of open findings instead of the dataset")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              QCoreApplication::translate("nianbao::cli", "the file to write"),
                              QStringLiteral("FILE")};

    void addTo(QCommandLineParser& parser) const
    {
        for (const QCommandLineOption* option :
             {&db, &format, &layout, &reviewedOnly, &years, &agency, &templateId, &provenance,
              &findings, &output}) {
            parser.addOption(*option);
        }
    }
};

/// The export the arguments ask for, or the reason they do not make one.
Result<ExportOptions> exportOptions(const QCommandLineParser& parser, const ExportArguments& args)
{
    ExportOptions options;
    options.outputPath = parser.value(args.output);
    if (options.outputPath.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::cli", "export needs -o FILE"));
    }
    // Without --format, a file name ending in .csv, .xlsx or .json says it.
    const QString format = parser.isSet(args.format) ? parser.value(args.format)
                                                     : QFileInfo(options.outputPath).suffix();
    const std::optional<ExportFormat> knownFormat = exportFormatFromCode(format);
    if (!knownFormat) {
        return fail(ErrorCode::InvalidArgument,
                    parser.isSet(args.format)
                        ? QCoreApplication::translate("nianbao::cli",
                                                      "unknown format \"%1\" (csv, xlsx or json)")
                              .arg(format)
                        : QCoreApplication::translate("nianbao::cli",
                                                      "export needs --format csv, xlsx or json"));
    }
    options.format = *knownFormat;
    if (parser.isSet(args.layout)) {
        const std::optional<ExportLayout> layout = exportLayoutFromCode(parser.value(args.layout));
        if (!layout) {
            return fail(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("nianbao::cli", "unknown layout \"%1\" (wide or long)")
                    .arg(parser.value(args.layout)));
        }
        options.layout = *layout;
    }
    options.content =
        parser.isSet(args.findings) ? ExportContent::Findings : ExportContent::Dataset;
    options.provenance = parser.isSet(args.provenance);
    options.filter.reviewedOnly = parser.isSet(args.reviewedOnly);
    Result<QList<int>> years = parseYearList(parser.values(args.years).join(QLatin1Char(',')));
    if (!years) {
        return std::unexpected(years.error());
    }
    options.filter.years = *years;
    options.filter.agencies = parser.values(args.agency);
    for (const QString& value : parser.values(args.templateId)) {
        options.filter.templateIds += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return options;
}

} // namespace

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "nianbao::cli",
        "Writes the archive's reports as a dataset (corrected values where a reviewer "
        "corrected a cell, extracted values elsewhere), or the report of open findings."));
    const ExportArguments args;
    args.addTo(parser);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("nianbao-cli export")} + arguments)) {
        reportError(parser.errorText());
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        reportError(QCoreApplication::translate(
            "nianbao::cli", "export takes no FILE arguments: give the output with -o FILE"));
        return BadArguments;
    }
    const Result<ExportOptions> options = exportOptions(parser, args);
    if (!options) {
        reportError(options.error().message);
        return BadArguments;
    }
    if (argumentsOnly()) {
        return Success;
    }

    const QString archivePath =
        parser.isSet(args.db) ? parser.value(args.db) : Archive::defaultPath();
    // Exporting reads: it never creates an archive where there was none.
    if (!QFileInfo::exists(archivePath)) {
        reportFileError(archivePath,
                        QCoreApplication::translate(
                            "nianbao::cli", "there is no archive here (import reports first)"));
        return SomeFailed;
    }
    Result<Archive> archive = Archive::open(archivePath);
    if (!archive) {
        reportFileError(archivePath, archive.error().message);
        return SomeFailed;
    }
    if (archive->damage()) {
        // Exporting only reads: what the damaged archive still gives is worth having.
        reportFileError(archivePath, *archive->damage());
    }
    const Result<ExportSummary> exported = exportArchive(*archive, *options);
    if (!exported) {
        // Database errors are the archive's; everything else concerns the file written.
        const bool archiveFailed = exported.error().code == ErrorCode::Database ||
                                   exported.error().code == ErrorCode::Corrupt;
        reportFileError(archiveFailed ? archivePath : options->outputPath,
                        exported.error().message);
        return SomeFailed;
    }
    writeOut(QCoreApplication::translate("nianbao::cli", "exported %n report(s), %1 rows: %2\n",
                                         nullptr, int(exported->reports))
                 .arg(exported->rows)
                 .arg(exported->files.join(QStringLiteral(", "))));
    return Success;
}

} // namespace nianbao::cli
