#include "reviewarguments.h"

#include "archiveoption.h"
#include "commands.h"
#include "output.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace nianbao::cli {

namespace {} // namespace

ReviewOptions::ReviewOptions()
    : db(archiveOption())
    , reviewer(QStringLiteral("reviewer"),
               QCoreApplication::translate("nianbao::cli", "who makes the change (required)"),
               QCoreApplication::translate("nianbao::cli", "NAME"))
    , reason(QStringLiteral("reason"),
             QCoreApplication::translate("nianbao::cli", "why, recorded in the history"),
             QCoreApplication::translate("nianbao::cli", "TEXT"))
    , json(QStringLiteral("json"),
           QCoreApplication::translate("nianbao::cli", "print JSON instead of text"))
{}

void ReviewOptions::addTo(QCommandLineParser& parser, bool writes) const
{
    parser.addOptions({db, json});
    if (writes) {
        parser.addOptions({reviewer, reason});
    }
}

ParsedReview parseReview(QCommandLineParser& parser, const ReviewOptions& options,
                         const QString& command, const QStringList& names, int minimum, bool writes,
                         const QStringList& arguments)
{
    options.addTo(parser, writes);
    parser.addHelpOption();
    for (const QString& name : names) {
        parser.addPositionalArgument(name, QString());
    }
    if (!parser.parse(QStringList{QStringLiteral("nianbao-cli ") + command} + arguments)) {
        reportError(parser.errorText());
        return {BadArguments, {}};
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return {Success, {}};
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < minimum || positional.size() > names.size()) {
        reportError(
            QCoreApplication::translate("nianbao::cli", "usage: nianbao-cli %1 [OPTIONS] %2")
                .arg(command, names.join(QLatin1Char(' '))));
        return {BadArguments, {}};
    }
    if (!archiveOptionIsValid(parser, options.db)) {
        return {BadArguments, {}};
    }
    if (writes && parser.value(options.reviewer).trimmed().isEmpty()) {
        reportError(QCoreApplication::translate(
                        "nianbao::cli", "%1 needs --reviewer NAME: every change is recorded "
                                        "with who made it")
                        .arg(command));
        return {BadArguments, {}};
    }
    return {std::nullopt, positional};
}

std::optional<ReportId> parseReportId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        reportError(QCoreApplication::translate("nianbao::cli", "\"%1\" is not a report id (the ID "
                                                                "column of nianbao-cli list)")
                        .arg(text));
        return std::nullopt;
    }
    return id;
}

std::optional<std::optional<double>> parseCellValue(const QString& text)
{
    // Full-width digits, signs and points as typed in a Chinese input method become ASCII.
    const QString value = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (value.isEmpty() || value.compare(QLatin1String("blank"), Qt::CaseInsensitive) == 0) {
        return std::optional<double>();
    }
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?$"));
    if (!number.match(value).hasMatch()) {
        return std::nullopt;
    }
    QString plain = value;
    plain.remove(QLatin1Char(','));
    bool ok = false;
    const double parsed = plain.toDouble(&ok);
    if (!ok || !std::isfinite(parsed)) {
        return std::nullopt;
    }
    return std::optional<double>(parsed);
}

OpenReview openReview(const QCommandLineParser& parser, const ReviewOptions& options, ReportId id,
                      const QString& reviewer)
{
    OpenReview open;
    // Checking the arguments alone (the CLI fuzz target) opens and writes nothing.
    if (argumentsOnly()) {
        open.exitCode = Success;
        return open;
    }
    open.archive = openArchive(parser, options.db);
    if (!open.archive) {
        open.exitCode = SomeFailed;
        return open;
    }
    // A report the archive does not hold is named wrongly: nothing is written.
    if (const Result<ReportInfo> info = open.archive->reportInfo(id); !info) {
        reportError(info.error().message);
        open.exitCode = info.error().code == ErrorCode::Database ? SomeFailed : BadArguments;
        return open;
    }
    Result<workflow::ReviewSession> session = workflow::ReviewSession::open(
        *open.archive, workflow::defaultReportProcessing(), id, reviewer.trimmed());
    if (!session) {
        reportFileError(open.archive->location(), session.error().message);
        open.exitCode = SomeFailed;
        return open;
    }
    open.session.emplace(std::move(*session));
    return open;
}

} // namespace nianbao::cli
