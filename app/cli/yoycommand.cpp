// nianbao-cli yoy: a body's report beside its report of the year before.

#include "archiveoption.h"
#include "commands.h"
#include "deskoption.h"
#include "output.h"
#include "supervision/yearonyear/yearonyear.h"
#include "templates/templateregistry.h"
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

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString numberText(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 12) : QStringLiteral("-");
}

QJsonObject comparisonToJson(const YearOnYear& comparison, ReportId report, ReportId previous)
{
    QJsonArray cells;
    for (const CellChange& cell : comparison.cells) {
        cells.append(QJsonObject{{QStringLiteral("key"), cell.key},
                                 {QStringLiteral("previous"), number(cell.previous)},
                                 {QStringLiteral("current"), number(cell.current)},
                                 {QStringLiteral("change"), number(cell.change())},
                                 {QStringLiteral("ratio"), number(cell.ratio())}});
    }
    QJsonArray findings;
    for (const Finding& finding : comparison.findings) {
        findings.append(findingToJson(finding));
    }
    QJsonArray narrative;
    for (const NarrativeChange& part : comparison.narrative) {
        narrative.append(
            QJsonObject{{QStringLiteral("key"), part.key},
                        {QStringLiteral("kept_share"), qRound(part.keptShare * 1000) / 1000.0},
                        {QStringLiteral("edits"), qint64(part.edits.size())}});
    }
    return QJsonObject{{QStringLiteral("report"), report},
                       {QStringLiteral("previous_report"), previous},
                       {QStringLiteral("year"), comparison.currentYear},
                       {QStringLiteral("previous_year"), comparison.previousYear},
                       {QStringLiteral("cells"), cells},
                       {QStringLiteral("issues"), findings},
                       {QStringLiteral("narrative"), narrative}};
}

QString comparisonAsText(const YearOnYear& comparison)
{
    using Align = TextTable::Align;
    TextTable table({{tr(QT_TRANSLATE_NOOP("nianbao::cli", "CELL"))},
                     {QString::number(comparison.previousYear), Align::Right},
                     {QString::number(comparison.currentYear), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "CHANGE")), Align::Right}});
    for (const CellChange& cell : comparison.cells) {
        const std::optional<double> change = cell.change();
        if (!cell.previous && !cell.current) {
            continue;
        }
        table.addRow({cell.key, numberText(cell.previous), numberText(cell.current),
                      change ? (*change > 0 ? QStringLiteral("+") : QString()) + numberText(change)
                             : QStringLiteral("-")});
    }
    QString text = table.render();
    for (const NarrativeChange& part : comparison.narrative) {
        text += tr(QT_TRANSLATE_NOOP("nianbao::cli", "%1: %2 % of the text kept from %3\n"))
                    .arg(part.key)
                    .arg(qRound(part.keptShare * 100))
                    .arg(comparison.previousYear);
    }
    for (const Finding& finding : comparison.findings) {
        text += QStringLiteral("%1 [%2] %3\n")
                    .arg(severityName(finding.severity), finding.rule, finding.message());
    }
    return text;
}

} // namespace

int runYearOnYear(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(QT_TRANSLATE_NOOP(
        "nianbao::cli",
        "Compares a stored report with the same body's report of the year before: every cell "
        "with its change, the implausible changes and broken identities between the years as "
        "issues, and how much of each narrative part was kept.")));
    const QCommandLineOption db = archiveOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr(QT_TRANSLATE_NOOP("nianbao::cli", "print JSON")));
    parser.addOptions({db, json});
    parser.addPositionalArgument(
        QStringLiteral("REPORT"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "the report's id in the archive (see list)")));
    if (const auto done = parseCommand(parser, QStringLiteral("yoy"), arguments)) {
        return *done;
    }
    bool ok = false;
    const ReportId id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok) {
        reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "yoy takes one report id")));
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
    Result<StoredReport> current = archive->loadReport(id);
    if (!current) {
        reportFileError(archive->location(), current.error().message);
        return SomeFailed;
    }
    if (!current->info.year) {
        reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "report %1 gives no year to compare with"))
                        .arg(id));
        return SomeFailed;
    }
    Result<std::optional<ReportId>> previousId =
        archive->findReport(current->info.agency, *current->info.year - 1);
    if (!previousId || !*previousId) {
        reportError(previousId ? tr(QT_TRANSLATE_NOOP("nianbao::cli",
                                                      "the archive holds no report of %1 for %2"))
                                     .arg(current->info.agency)
                                     .arg(*current->info.year - 1)
                               : previousId.error().message);
        return SomeFailed;
    }
    Result<StoredReport> previous = archive->loadReport(**previousId);
    if (!previous) {
        reportFileError(archive->location(), previous.error().message);
        return SomeFailed;
    }
    const YearOnYear comparison =
        compareYears(previous->current(), current->current(), YearOnYearThresholds{},
                     &TemplateRegistry::builtin());
    writeOut(parser.isSet(json)
                 ? QString::fromUtf8(QJsonDocument(comparisonToJson(comparison, id, **previousId))
                                         .toJson(QJsonDocument::Indented))
                 : comparisonAsText(comparison));
    return Success;
}

} // namespace nianbao::cli
