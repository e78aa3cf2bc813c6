#include "archiveoption.h"
#include "commands.h"
#include "filteroptions.h"
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

QJsonObject rowToJson(const store::ReportRow& row)
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

QString rowsAsJson(const std::vector<store::ReportRow>& rows)
{
    QJsonArray array;
    for (const store::ReportRow& row : rows) {
        array.append(rowToJson(row));
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString rowsAsTable(const std::vector<store::ReportRow>& rows)
{
    using Align = TextTable::Align;
    TextTable table({{tr(QT_TRANSLATE_NOOP("nianbao::cli", "ID")), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "AGENCY")), Align::Left},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "YEAR")), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "TEMPLATE")), Align::Left},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "STATUS")), Align::Left},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "OPEN ISSUES")), Align::Right}});
    const QString none = QStringLiteral("-");
    for (const store::ReportRow& row : rows) {
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
    const std::optional<store::ReportFilter> filter = filters.filter(parser);
    if (!filter || !archiveOptionIsValid(parser, db)) {
        return BadArguments;
    }
    if (argumentsOnly()) {
        return Success;
    }
    std::unique_ptr<store::Archive> archive = openArchive(parser, db);
    if (!archive) {
        return SomeFailed;
    }
    store::ReportQuery query;
    query.filter = *filter;
    const Result<std::vector<store::ReportRow>> rows = archive->listReports(query);
    if (!rows) {
        reportFileError(archive->location(), rows.error().message);
        return SomeFailed;
    }
    writeOut(parser.isSet(json) ? rowsAsJson(*rows) : rowsAsTable(*rows));
    return Success;
}

} // namespace nianbao::cli
