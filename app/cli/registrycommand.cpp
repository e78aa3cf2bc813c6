// nianbao-cli registry: the bodies expected to report, imported from a sheet.

#include "archiveoption.h"
#include "commands.h"
#include "deskoption.h"
#include "output.h"
#include "supervision/registry/registryfile.h"
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

int importRegistry(store::Archive& archive, const QString& file, bool json)
{
    const RegistryRead read = readRegistryFile(file);
    if (!read) {
        // Every problem, each on its line; nothing is stored.
        for (const RegistryProblem& problem : read.error()) {
            reportFileError(file, problem.describe());
        }
        return SomeFailed;
    }
    if (archive.damage()) {
        return SomeFailed; // said by openArchive: a damaged archive is never written
    }
    std::optional<DeskStore> desk = openDesk(archive);
    if (!desk) {
        return SomeFailed;
    }
    if (Result<void> stored = desk->replaceRegistry(*read, file); !stored) {
        reportFileError(archive.location(), stored.error().message);
        return SomeFailed;
    }
    if (json) {
        writeOut(QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                           {QStringLiteral("bodies"), int(read->size())}})
                     .toJson(QJsonDocument::Indented));
    } else {
        writeOut(QCoreApplication::translate("nianbao::cli", "imported %n bodies\n", nullptr,
                                             int(read->size())));
    }
    return Success;
}

QJsonObject bodyToJson(const BodyRegistry& registry, const Body& body)
{
    return QJsonObject{
        {QStringLiteral("name"), body.name},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(body.aliases)},
        {QStringLiteral("region_code"), body.regionCode},
        {QStringLiteral("level"),
         body.level ? QJsonValue(bodyLevelCode(*body.level)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("parent"),
         body.parent >= 0 ? QJsonValue(registry.bodies()[std::size_t(body.parent)].name)
                          : QJsonValue(QJsonValue::Null)},
    };
}

int listRegistry(store::Archive& archive, bool json)
{
    std::optional<DeskStore> desk = openDesk(archive);
    if (!desk) {
        return SomeFailed;
    }
    Result<BodyRegistry> registry = desk->registry();
    if (!registry) {
        reportFileError(archive.location(), registry.error().message);
        return SomeFailed;
    }
    if (json) {
        QJsonArray bodies;
        for (const Body& body : registry->bodies()) {
            bodies.append(bodyToJson(*registry, body));
        }
        writeOut(QJsonDocument(bodies).toJson(QJsonDocument::Indented));
        return Success;
    }
    TextTable table({{tr(QT_TRANSLATE_NOOP("nianbao::cli", "BODY"))},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "REGION"))},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "LEVEL"))},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "ALIASES"))}});
    for (const Body& body : registry->bodies()) {
        table.addRow({body.name, body.regionCode,
                      body.level ? bodyLevelName(*body.level) : QString(),
                      body.aliases.join(QStringLiteral("、"))});
    }
    writeOut(table.render());
    return Success;
}

} // namespace

int runRegistry(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(QT_TRANSLATE_NOOP(
        "nianbao::cli",
        "registry import FILE: replaces the registry of bodies expected to report with the "
        "bodies of a CSV or XLSX sheet (name, aliases, region code, level, parent body); every "
        "bad row is reported and nothing is stored unless all rows are good.\n"
        "registry list: prints the registry.")));
    const QCommandLineOption db = archiveOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr(QT_TRANSLATE_NOOP("nianbao::cli", "print JSON")));
    parser.addOptions({db, json});
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 tr(QT_TRANSLATE_NOOP("nianbao::cli", "import or list")));
    if (const auto done = parseCommand(parser, QStringLiteral("registry"), arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!((action == QLatin1String("import") && positional.size() == 2) ||
          (action == QLatin1String("list") && positional.size() == 1))) {
        reportError(
            tr(QT_TRANSLATE_NOOP("nianbao::cli", "registry takes \"import FILE\" or \"list\"")));
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
    return action == QLatin1String("import")
               ? importRegistry(*archive, positional.at(1), parser.isSet(json))
               : listRegistry(*archive, parser.isSet(json));
}

} // namespace nianbao::cli
