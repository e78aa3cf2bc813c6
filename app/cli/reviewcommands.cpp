// nianbao-cli correct, accept, decide and status: a reviewer's change to one report, through
// the same review session as the window's (one transaction, re-validated, doubts settled).

#include "commands.h"
#include "output.h"
#include "reviewarguments.h"
#include "reviewoutput.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace nianbao::cli {

namespace {

/// Applies the change and prints what it did; the archive's refusal is a failure (exit 1)
/// with nothing written.
int applyAndReport(OpenReview& open, const workflow::ReviewChange& change, bool json)
{
    const Result<workflow::ChangeRecord> record = open.session->apply(change);
    if (!record) {
        reportError(record.error().message);
        return SomeFailed;
    }
    const StoredReport& after = open.session->stored();
    writeOut(json ? QJsonDocument(changeToJson(*record, after)).toJson(QJsonDocument::Indented)
                  : changeAsText(*record, after).toUtf8());
    return Success;
}

/// Refuses a cell key the report does not have (exit 2).
bool hasCell(const OpenReview& open, ReportId id, const QString& key)
{
    if (open.session->current().cell(key)) {
        return true;
    }
    reportError(QCoreApplication::translate(
                    "nianbao::cli", "report %1 has no cell \"%2\" (cell keys as in tables.md, "
                                    "e.g. t3.new.natural)")
                    .arg(id)
                    .arg(key));
    return false;
}

} // namespace

int runCorrect(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "nianbao::cli",
        "Records a reviewer's value for a cell of a report (a number, or \"blank\"), or a new "
        "agency, year, title or region for the report. The report is checked again and the "
        "change is kept in its history."));
    const ReviewOptions options;
    const ParsedReview parsed =
        parseReview(parser, options, QStringLiteral("correct"),
                    {QStringLiteral("REPORT"), QStringLiteral("KEY"), QStringLiteral("VALUE")}, 3,
                    true, arguments);
    if (parsed.exitCode) {
        return *parsed.exitCode;
    }
    const std::optional<ReportId> id = parseReportId(parsed.positional.at(0));
    if (!id) {
        return BadArguments;
    }
    const QString key = parsed.positional.at(1);
    const QString text = parsed.positional.at(2);
    const std::optional<ReportField> field = reportFieldFromCode(key);
    if (field == ReportField::Status) {
        reportError(QCoreApplication::translate(
            "nianbao::cli", "the review status is set with nianbao-cli status"));
        return BadArguments;
    }
    std::optional<std::optional<double>> value;
    QString fieldValue = text.trimmed();
    if (!field) {
        value = parseCellValue(text);
        if (!value) {
            reportError(QCoreApplication::translate("nianbao::cli",
                                                    "\"%1\" is not a cell value: give a "
                                                    "number, or \"blank\"")
                            .arg(text));
            return BadArguments;
        }
    } else if (field == ReportField::Year) {
        bool number = false;
        const int year = fieldValue.toInt(&number);
        if (fieldValue.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0) {
            fieldValue.clear();
        } else if (!number || year < 1900 || year > 2999) {
            reportError(QCoreApplication::translate(
                            "nianbao::cli", "\"%1\" is not a year: give one such as 2022, or "
                                            "\"unknown\"")
                            .arg(text));
            return BadArguments;
        }
    }
    OpenReview open = openReview(parser, options, *id, parser.value(options.reviewer));
    if (open.exitCode) {
        return *open.exitCode;
    }
    if (!field && !hasCell(open, *id, key)) {
        return BadArguments;
    }
    const QString reason = parser.value(options.reason);
    return applyAndReport(open,
                          field ? workflow::ReviewChange::setField(*field, fieldValue, reason)
                                : workflow::ReviewChange::edit(key, *value, reason),
                          parser.isSet(options.json));
}

int runAccept(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "nianbao::cli",
        "Records that a reviewer vouches for a cell's value as read, or, with --candidate, "
        "takes one of the extractor's candidate readings for it. Extraction doubts whose "
        "every cell is vouched for are settled."));
    const QCommandLineOption candidate(
        QStringLiteral("candidate"),
        QCoreApplication::translate("nianbao::cli",
                                    "take the extractor's candidate reading N (1 is the best)"),
        QStringLiteral("N"));
    parser.addOption(candidate);
    const ReviewOptions options;
    const ParsedReview parsed =
        parseReview(parser, options, QStringLiteral("accept"),
                    {QStringLiteral("REPORT"), QStringLiteral("CELL")}, 2, true, arguments);
    if (parsed.exitCode) {
        return *parsed.exitCode;
    }
    const std::optional<ReportId> id = parseReportId(parsed.positional.at(0));
    if (!id) {
        return BadArguments;
    }
    std::optional<int> rank;
    if (parser.isSet(candidate)) {
        bool ok = false;
        rank = parser.value(candidate).toInt(&ok);
        if (!ok || *rank < 1) {
            reportError(QCoreApplication::translate("nianbao::cli",
                                                    "--candidate takes 1, 2, ..., not "
                                                    "\"%1\"")
                            .arg(parser.value(candidate)));
            return BadArguments;
        }
    }
    const QString key = parsed.positional.at(1);
    OpenReview open = openReview(parser, options, *id, parser.value(options.reviewer));
    if (open.exitCode) {
        return *open.exitCode;
    }
    if (!hasCell(open, *id, key)) {
        return BadArguments;
    }
    if (rank) {
        const Cell* cell = open.session->current().cell(key);
        if (std::size_t(*rank) > cell->candidates.size()) {
            reportError(QCoreApplication::translate(
                            "nianbao::cli", "cell %1 of report %2 has %3 candidate readings, "
                                            "not %4")
                            .arg(key)
                            .arg(*id)
                            .arg(cell->candidates.size())
                            .arg(*rank));
            return BadArguments;
        }
    }
    const workflow::CellStep step = rank ? workflow::CellStep::acceptCandidate(key, *rank - 1)
                                         : workflow::CellStep::accept(key);
    return applyAndReport(open, workflow::ReviewChange::cells({step}, parser.value(options.reason)),
                          parser.isSet(options.json));
}

int runDecide(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "nianbao::cli",
        "Records a reviewer's verdict on a finding of a report: confirm (the report is wrong "
        "as printed), dismiss (the finding does not hold) or reopen. FINDING is the finding's "
        "id as --json prints it (\"finding\"), or a rule code the report has one finding of."));
    const ReviewOptions options;
    const ParsedReview parsed = parseReview(
        parser, options, QStringLiteral("decide"),
        {QStringLiteral("REPORT"), QStringLiteral("FINDING"), QStringLiteral("VERDICT")}, 3, true,
        arguments);
    if (parsed.exitCode) {
        return *parsed.exitCode;
    }
    const std::optional<ReportId> id = parseReportId(parsed.positional.at(0));
    if (!id) {
        return BadArguments;
    }
    const QString verdictText = parsed.positional.at(2).toLower();
    std::optional<FindingVerdict> verdict;
    if (verdictText == QLatin1String("confirm") || verdictText == QLatin1String("confirmed")) {
        verdict = FindingVerdict::Confirmed;
    } else if (verdictText == QLatin1String("dismiss") ||
               verdictText == QLatin1String("dismissed")) {
        verdict = FindingVerdict::Dismissed;
    } else if (verdictText == QLatin1String("reopen") || verdictText == QLatin1String("open")) {
        verdict = FindingVerdict::Open;
    } else {
        reportError(QCoreApplication::translate(
                        "nianbao::cli", "\"%1\" is not a verdict: confirm, dismiss or reopen")
                        .arg(parsed.positional.at(2)));
        return BadArguments;
    }
    OpenReview open = openReview(parser, options, *id, parser.value(options.reviewer));
    if (open.exitCode) {
        return *open.exitCode;
    }
    // The finding's id, or a rule the report has exactly one finding of.
    const QString named = parsed.positional.at(1);
    QStringList matches;
    for (const Finding& finding : open.session->findings()) {
        const QString fingerprint = findingFingerprint(finding);
        if (fingerprint == named) {
            matches = QStringList{fingerprint};
            break;
        }
        if (finding.rule == named && !matches.contains(fingerprint)) {
            matches.append(fingerprint);
        }
    }
    if (matches.size() != 1) {
        reportError(
            matches.isEmpty()
                ? QCoreApplication::translate("nianbao::cli", "report %1 has no finding \"%2\"")
                      .arg(*id)
                      .arg(named)
                : QCoreApplication::translate("nianbao::cli",
                                              "report %1 has several findings of rule %2; name "
                                              "one: %3")
                      .arg(*id)
                      .arg(named, matches.join(QStringLiteral(", "))));
        return BadArguments;
    }
    return applyAndReport(
        open,
        workflow::ReviewChange::decide(matches.front(), *verdict, parser.value(options.reason)),
        parser.isSet(options.json));
}

int runStatus(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "nianbao::cli",
        "Sets a report's review status: pending, reviewed or doubtful. A report with undecided "
        "errors is marked reviewed only with --override and a --reason, both recorded."));
    const QCommandLineOption override(
        QStringLiteral("override"),
        QCoreApplication::translate("nianbao::cli",
                                    "mark the report reviewed although errors are undecided (needs "
                                    "--reason)"));
    parser.addOption(override);
    const ReviewOptions options;
    const ParsedReview parsed =
        parseReview(parser, options, QStringLiteral("status"),
                    {QStringLiteral("REPORT"), QStringLiteral("STATUS")}, 2, true, arguments);
    if (parsed.exitCode) {
        return *parsed.exitCode;
    }
    const std::optional<ReportId> id = parseReportId(parsed.positional.at(0));
    if (!id) {
        return BadArguments;
    }
    const std::optional<ReviewStatus> status = reviewStatusFromCode(parsed.positional.at(1));
    if (!status) {
        reportError(QCoreApplication::translate("nianbao::cli", "\"%1\" is not a review status: "
                                                                "pending, reviewed or doubtful")
                        .arg(parsed.positional.at(1)));
        return BadArguments;
    }
    const QString reason = parser.value(options.reason);
    if (parser.isSet(override) && reason.trimmed().isEmpty()) {
        reportError(QCoreApplication::translate(
            "nianbao::cli", "--override needs --reason TEXT: the history says why"));
        return BadArguments;
    }
    OpenReview open = openReview(parser, options, *id, parser.value(options.reviewer));
    if (open.exitCode) {
        return *open.exitCode;
    }
    return applyAndReport(
        open, workflow::ReviewChange::setStatus(*status, reason, parser.isSet(override)),
        parser.isSet(options.json));
}

} // namespace nianbao::cli
