// nianbao-cli assign and progress: a supervisor gives reports to reviewers, and sees how far
// each reviewer has got (TeamReview, on both back ends).

#include "archiveoption.h"
#include "commands.h"
#include "filteroptions.h"
#include "output.h"
#include "store/teamreview.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("nianbao::cli", text);
}

/// The ids given as arguments, or nothing (the reason on standard error).
std::optional<std::vector<ReportId>> idsOf(const QStringList& arguments)
{
    std::vector<ReportId> ids;
    for (const QString& argument : arguments) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        if (!ok || id <= 0) {
            reportError(
                tr(QT_TRANSLATE_NOOP("nianbao::cli", "\"%1\" is not a report id")).arg(argument));
            return std::nullopt;
        }
        ids.push_back(id);
    }
    return ids;
}

/// The archive's TeamReview, or null with the reason on standard error.
store::TeamReview* teamOf(store::Archive& archive)
{
    store::TeamReview* team = store::teamReview(archive);
    if (!team) {
        reportFileError(archive.location(),
                        tr(QT_TRANSLATE_NOOP("nianbao::cli", "this archive keeps no assignments")));
    }
    return team;
}

} // namespace

int runAssign(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(QT_TRANSLATE_NOOP(
        "nianbao::cli",
        "Assigns reports to a reviewer: the reports named by id, or every report the filter "
        "options choose (as list does). A report has at most one reviewer; assigning it again "
        "gives it to the new one, --unassign gives it to nobody.")));
    const QCommandLineOption db = archiveOption();
    const QCommandLineOption to(QStringLiteral("to"),
                                tr(QT_TRANSLATE_NOOP("nianbao::cli", "the reviewer to assign to")),
                                tr(QT_TRANSLATE_NOOP("nianbao::cli", "REVIEWER")));
    const QCommandLineOption unassign(
        QStringLiteral("unassign"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "take the reports from whoever has them")));
    const QCommandLineOption by(
        QStringLiteral("by"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "who assigns (recorded with the assignment)")),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "NAME")));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr(QT_TRANSLATE_NOOP("nianbao::cli", "print JSON")));
    const FilterOptions filters;
    parser.addOptions({db, to, unassign, by, json});
    filters.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("REPORT"),
                                 tr(QT_TRANSLATE_NOOP("nianbao::cli", "ids of reports to assign")),
                                 QStringLiteral("[REPORT...]"));
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("nianbao-cli assign")} + arguments)) {
        reportError(parser.errorText());
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return Success;
    }
    if (parser.isSet(to) == parser.isSet(unassign) ||
        (parser.isSet(to) && parser.value(to).trimmed().isEmpty())) {
        reportError(tr(
            QT_TRANSLATE_NOOP("nianbao::cli", "assign needs either --to REVIEWER or --unassign")));
        return BadArguments;
    }
    if (parser.value(by).trimmed().isEmpty()) {
        reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "assign needs --by NAME")));
        return BadArguments;
    }
    const std::optional<std::vector<ReportId>> named = idsOf(parser.positionalArguments());
    const std::optional<store::ReportFilter> filter = filters.filter(parser);
    if (!named || !filter || !archiveOptionIsValid(parser, db)) {
        return BadArguments;
    }
    if (named->empty() == !filters.anySet(parser)) {
        reportError(tr(QT_TRANSLATE_NOOP(
            "nianbao::cli", "assign takes either report ids or filter options, not both")));
        return BadArguments;
    }
    if (argumentsOnly()) {
        return Success;
    }
    std::unique_ptr<store::Archive> archive = openArchive(parser, db);
    if (!archive) {
        return SomeFailed;
    }
    store::TeamReview* team = teamOf(*archive);
    if (!team) {
        return SomeFailed;
    }
    std::vector<ReportId> ids = *named;
    if (ids.empty()) {
        store::ReportQuery query;
        query.filter = *filter;
        const Result<std::vector<store::ReportRow>> rows = archive->listReports(query);
        if (!rows) {
            reportFileError(archive->location(), rows.error().message);
            return SomeFailed;
        }
        for (const store::ReportRow& row : *rows) {
            ids.push_back(row.id);
        }
    }
    const QString reviewer = parser.isSet(unassign) ? QString() : parser.value(to).trimmed();
    const Result<qint64> changed = team->assign(ids, reviewer, parser.value(by));
    if (!changed) {
        reportFileError(archive->location(), changed.error().message);
        return SomeFailed;
    }
    if (parser.isSet(json)) {
        QJsonArray reports;
        for (const ReportId id : ids) {
            reports.append(id);
        }
        writeOut(QJsonDocument(QJsonObject{{QStringLiteral("reviewer"),
                                            reviewer.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(reviewer)},
                                           {QStringLiteral("reports"), reports},
                                           {QStringLiteral("changed"), *changed}})
                     .toJson(QJsonDocument::Indented));
    } else {
        writeOut((reviewer.isEmpty()
                      ? tr(QT_TRANSLATE_NOOP("nianbao::cli", "unassigned %1 of %2 reports"))
                            .arg(*changed)
                            .arg(ids.size())
                      : tr(QT_TRANSLATE_NOOP("nianbao::cli", "assigned %1 of %2 reports to %3"))
                            .arg(*changed)
                            .arg(ids.size())
                            .arg(reviewer)) +
                 QLatin1Char('\n'));
    }
    return Success;
}

int runProgress(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(QT_TRANSLATE_NOOP(
        "nianbao::cli", "Prints each reviewer's reports by review status, and the reports "
                        "assigned to nobody.")));
    const QCommandLineOption db = archiveOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr(QT_TRANSLATE_NOOP("nianbao::cli", "print JSON")));
    parser.addOptions({db, json});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("nianbao-cli progress")} + arguments)) {
        reportError(parser.errorText());
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "progress takes no argument: \"%1\""))
                        .arg(parser.positionalArguments().constFirst()));
        return BadArguments;
    }
    if (!archiveOptionIsValid(parser, db)) {
        return BadArguments;
    }
    if (argumentsOnly()) {
        return Success;
    }
    std::unique_ptr<store::Archive> archive = openArchive(parser, db);
    if (!archive) {
        return SomeFailed;
    }
    store::TeamReview* team = teamOf(*archive);
    if (!team) {
        return SomeFailed;
    }
    const Result<std::vector<store::ReviewerProgress>> rows = team->progress();
    if (!rows) {
        reportFileError(archive->location(), rows.error().message);
        return SomeFailed;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const store::ReviewerProgress& row : *rows) {
            array.append(QJsonObject{
                {QStringLiteral("reviewer"),
                 row.reviewer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.reviewer)},
                {QStringLiteral("reports"), row.reports},
                {QStringLiteral("pending"), row.pending},
                {QStringLiteral("reviewed"), row.reviewed},
                {QStringLiteral("doubtful"), row.doubtful},
            });
        }
        writeOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    using Align = TextTable::Align;
    TextTable table({{tr(QT_TRANSLATE_NOOP("nianbao::cli", "REVIEWER")), Align::Left},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "REPORTS")), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "PENDING")), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "REVIEWED")), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "DOUBTFUL")), Align::Right}});
    for (const store::ReviewerProgress& row : *rows) {
        table.addRow({row.reviewer.isEmpty() ? tr(QT_TRANSLATE_NOOP("nianbao::cli", "(unassigned)"))
                                             : row.reviewer,
                      QString::number(row.reports), QString::number(row.pending),
                      QString::number(row.reviewed), QString::number(row.doubtful)});
    }
    writeOut(table.render());
    return Success;
}

} // namespace nianbao::cli
