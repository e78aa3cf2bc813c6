#include "deskoption.h"

#include "commands.h"
#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nianbao::cli {

std::optional<supervision::DeskStore> openDesk(const store::Archive& archive)
{
    Result<supervision::DeskStore> desk = supervision::DeskStore::open(archive);
    if (!desk) {
        reportFileError(archive.location(), desk.error().message);
        return std::nullopt;
    }
    return std::move(*desk);
}

QJsonObject findingToJson(const Finding& finding)
{
    return QJsonObject{
        {QStringLiteral("rule"), finding.rule},
        {QStringLiteral("severity"), severityCode(finding.severity)},
        {QStringLiteral("cells"), QJsonArray::fromStringList(finding.cells)},
        {QStringLiteral("message"), finding.message()},
    };
}

std::optional<int> parseCommand(QCommandLineParser& parser, const QString& command,
                                const QStringList& arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("nianbao-cli ") + command} + arguments)) {
        reportError(parser.errorText());
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return Success;
    }
    return std::nullopt;
}

std::optional<int> yearValue(const QCommandLineParser& parser, const QString& option)
{
    bool ok = false;
    const int year = parser.value(option).toInt(&ok);
    if (!ok || year < 1900 || year > 9999) {
        reportError(QCoreApplication::translate("nianbao::cli", "--%1 does not take \"%2\"")
                        .arg(option, parser.value(option)));
        return std::nullopt;
    }
    return year;
}

} // namespace nianbao::cli
