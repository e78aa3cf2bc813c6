#include "commands.h"
#include "output.h"
#include "reviewarguments.h"
#include "reviewoutput.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace nianbao::cli {

int runHistory(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "nianbao::cli", "Prints every change a reviewer made to a report (corrections, "
                        "acceptances, decisions, field and status changes), oldest first, or "
                        "those of one cell."));
    const ReviewOptions options;
    const ParsedReview parsed =
        parseReview(parser, options, QStringLiteral("history"),
                    {QStringLiteral("REPORT"), QStringLiteral("[CELL]")}, 1, false, arguments);
    if (parsed.exitCode) {
        return *parsed.exitCode;
    }
    const std::optional<ReportId> id = parseReportId(parsed.positional.at(0));
    if (!id) {
        return BadArguments;
    }
    const QString cell = parsed.positional.value(1);
    OpenReview open = openReview(parser, options, *id);
    if (open.exitCode) {
        return *open.exitCode;
    }
    if (!cell.isEmpty() && !open.session->current().cell(cell)) {
        reportError(QCoreApplication::translate("nianbao::cli", "report %1 has no cell \"%2\"")
                        .arg(*id)
                        .arg(cell));
        return BadArguments;
    }
    store::ReportHistory history;
    if (cell.isEmpty()) {
        Result<store::ReportHistory> all = open.archive->reportHistory(*id);
        if (!all) {
            reportFileError(open.archive->location(), all.error().message);
            return SomeFailed;
        }
        history = std::move(*all);
    } else {
        Result<std::vector<Correction>> corrections = open.archive->cellHistory(*id, cell);
        if (!corrections) {
            reportFileError(open.archive->location(), corrections.error().message);
            return SomeFailed;
        }
        history.corrections = std::move(*corrections);
    }
    writeOut(parser.isSet(options.json)
                 ? QJsonDocument(historyToJson(*id, cell, history)).toJson(QJsonDocument::Indented)
                 : historyAsText(history).toUtf8());
    return Success;
}

} // namespace nianbao::cli
