#include "archiveoption.h"
#include "commands.h"
#include "output.h"
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

/// The options that narrow the list, each one field of ReportFilter.
struct FilterOptions {
    QCommandLineOption year{QStringLiteral("year"),
                            tr(QT_TRANSLATE_NOOP("nianbao::cli", "only reports on this year")),
                            tr(QT_TRANSLATE_NOOP("nianbao::cli", "YEAR"))};
    QCommandLineOption status{
        QStringLiteral("status"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli",
                             "only reports in this review status: pending, reviewed or doubtful")),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "STATUS"))};
    QCommandLineOption agency{
        QStringLiteral("agency"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "only reports of agencies whose name contains NAME")),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "NAME"))};
    QCommandLineOption search{
        QStringLiteral("search"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli",
                             "only reports whose text contains every word of WORDS")),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "WORDS"))};
    QCommandLineOption templateId{
        QStringLiteral("template"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "only reports in this format: 2021, 2019 or unknown")),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "TEMPLATE"))};
    QCommandLineOption severity{
        QStringLiteral("severity"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "only reports with an open issue of this severity "
                                             "or a more serious one: error, warning or note")),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "SEVERITY"))};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({year, status, agency, search, templateId, severity});
    }

    /// The filter the options ask for, or nothing (the reason on standard error) when a value
    /// is not one the option takes.
    [[nodiscard]] std::optional<ReportFilter> filter(const QCommandLineParser& parser) const
    {
        ReportFilter filter;
        filter.agency = parser.value(agency);
        filter.text = parser.value(search);
        filter.templateId = parser.value(templateId);
        if (parser.isSet(year)) {
            bool ok = false;
            filter.year = parser.value(year).toInt(&ok);
            if (!ok) {
                return refuse(year, parser);
            }
        }
        if (parser.isSet(status)) {
            filter.status = reviewStatusFromCode(parser.value(status));
            if (!filter.status) {
                return refuse(status, parser);
            }
        }
        if (parser.isSet(severity)) {
            filter.severity = severityFromCode(parser.value(severity));
            if (!filter.severity) {
                return refuse(severity, parser);
            }
        }
        return filter;
    }

private:
    static std::optional<ReportFilter> refuse(const QCommandLineOption& option,
                                              const QCommandLineParser& parser)
    {
        const QString name = option.names().constFirst();
        reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "--%1 does not take \"%2\""))
                        .arg(name, parser.value(name)));
        return std::nullopt;
    }
};

QJsonObject rowToJson(const ReportRow& row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("file"), row.fileName},
        {QStringLiteral("agency"), row.agency},
        {QStringLiteral("year"), row.year ? QJsonValue(*row.year) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("template"), row.templateId},
        {QStringLiteral("status"), reviewStatusCode(row.status)},
        {QStringLiteral("open_issues"), row.openFindings()},
        {QStringLiteral("open_errors"), row.openErrors},
        {QStringLiteral("open_warnings"), row.openWarnings},
        {QStringLiteral("open_notes"), row.openNotes},
    };
}

QString rowsAsJson(const std::vector<ReportRow>& rows)
{
    QJsonArray array;
    for (const ReportRow& row : rows) {
        array.append(rowToJson(row));
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString rowsAsTable(const std::vector<ReportRow>& rows)
{
    using Align = TextTable::Align;
    TextTable table({{tr(QT_TRANSLATE_NOOP("nianbao::cli", "ID")), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "AGENCY")), Align::Left},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "YEAR")), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "TEMPLATE")), Align::Left},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "STATUS")), Align::Left},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "OPEN ISSUES")), Align::Right}});
    const QString none = QStringLiteral("-");
    for (const ReportRow& row : rows) {
        table.addRow({QString::number(row.id), row.agency.isEmpty() ? none : row.agency,
                      row.year ? QString::number(*row.year) : none, row.templateId,
                      reviewStatusName(row.status), QString::number(row.openFindings())});
    }
    return table.render();
}

} // namespace

int runList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(QT_TRANSLATE_NOOP(
        "nianbao::cli", "Lists the reports in the archive, in import order, with their review "
                        "status and the number of issues still open.")));
    const QCommandLineOption db = archiveOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "print a JSON array instead of a table")));
    const FilterOptions filters;
    parser.addOptions({db, json});
    filters.addTo(parser);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("nianbao-cli list")} + arguments)) {
        reportError(parser.errorText());
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "list takes no FILE: \"%1\""))
                        .arg(parser.positionalArguments().constFirst()));
        return BadArguments;
    }
    const std::optional<ReportFilter> filter = filters.filter(parser);
    if (!filter || !archiveOptionIsValid(parser, db)) {
        return BadArguments;
    }
    if (argumentsOnly()) {
        return Success;
    }
    std::optional<Archive> archive = openArchive(parser, db);
    if (!archive) {
        return SomeFailed;
    }
    ReportQuery query;
    query.filter = *filter;
    const Result<std::vector<ReportRow>> rows = archive->listReports(query);
    if (!rows) {
        reportFileError(archive->path(), rows.error().message);
        return SomeFailed;
    }
    writeOut(parser.isSet(json) ? rowsAsJson(*rows) : rowsAsTable(*rows));
    return Success;
}

} // namespace nianbao::cli
