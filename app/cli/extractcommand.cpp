#include "commands.h"
#include "documents/documentreader.h"
#include "export/reportjson.h"
#include "extract/extractor.h"
#include "output.h"
#include "rules/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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

    int exitCode = Success;
    QJsonArray results;
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
        // A missing table usually means a truncated or partial file: say so next to the data.
        for (const Finding& finding : report->findings) {
            if (finding.rule == QLatin1String("extract.table_missing")) {
                reportFileError(file, finding.message());
            }
        }
        results.append(reportToJson(*report));
    }
    // One object for one file, an array for several (cli-json.md).
    const QJsonDocument output = files.size() == 1 && results.size() == 1
                                     ? QJsonDocument(results.first().toObject())
                                     : QJsonDocument(results);
    if (files.size() > 1 || !results.isEmpty()) {
        writeOut(output.toJson(QJsonDocument::Indented));
    }
    return exitCode;
}

} // namespace nianbao::cli
