#include "commands.h"
#include "common/jsonwriter.h"
#include "documents/documentreader.h"
#include "export/reportjson.h"
#include "extract/extractor.h"
#include "output.h"
#include "rules/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nianbao::cli {

int runExtract(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "nianbao::cli", "Reads reports and prints, for each, its format, "
                        "metadata, every cell and every finding as JSON."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("nianbao::cli", "print JSON (the default)"));
    parser.addOption(json);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("nianbao::cli", "report files"),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(QStringList{QStringLiteral("nianbao-cli extract")} + arguments)) {
        reportError(parser.errorText());
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        reportError(QCoreApplication::translate("nianbao::cli", "extract needs at least one FILE"));
        return BadArguments;
    }
    if (argumentsOnly()) {
        return Success;
    }

    // One object for one file, an array for several (cli-json.md), written as a stream: each
    // report is printed once read, in the bytes QJsonDocument::Indented would give.
    const bool several = files.size() > 1;
    JsonWriter writer;
    if (several) {
        writer.beginArray();
    }
    int exitCode = Success;
    for (const QString& file : files) {
        auto document = readDocument(file);
        if (!document) {
            reportFileError(file, document.error().message);
            exitCode = SomeFailed;
            continue;
        }
        auto report = extractReport(*document);
        if (!report) {
            reportFileError(file, report.error().message);
            exitCode = SomeFailed;
            continue;
        }
        report->file = file;
        revalidate(*report);
        // What the archive stores of it: a report that does not say who or when is flagged.
        for (Finding& finding : identityFindings(*report)) {
            report->findings.push_back(std::move(finding));
        }
        // A missing table usually means a truncated or partial file: say so next to the data.
        for (const Finding& finding : report->findings) {
            if (finding.rule == QLatin1String("extract.table_missing")) {
                reportFileError(file, finding.message());
            }
        }
        writeReportJson(writer, *report);
        if (!several) {
            writer.raw("\n");
        }
        writeOut(writer.bytes());
        writer.clear();
    }
    if (several) {
        writer.endArray();
        writer.raw("\n");
        writeOut(writer.bytes());
    }
    return exitCode;
}

} // namespace nianbao::cli
