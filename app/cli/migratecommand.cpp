#include "commands.h"
#include "output.h"
#include "store/migration.h"
#include "store/pgconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::cli {

namespace {

QJsonObject summaryToJson(const store::MigrationSummary& summary)
{
    QJsonArray tables;
    for (const store::TableCopy& table : summary.tables) {
        tables.append(
            QJsonObject{{QStringLiteral("table"), table.table},
                        {QStringLiteral("rows"), table.rows},
                        {QStringLiteral("sha256"), QString::fromLatin1(table.checksum.toHex())}});
    }
    return QJsonObject{{QStringLiteral("from"), summary.from},
                       {QStringLiteral("to"), summary.to},
                       {QStringLiteral("reports"), summary.reports()},
                       {QStringLiteral("tables"), tables}};
}

} // namespace

int runMigrate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "nianbao::cli",
        "Copies a whole archive into a new, empty one: from an SQLite file to a team archive "
        "on PostgreSQL, or back. Reports, texts, corrections with their history, decisions and "
        "changes are copied row for row; every table's row count and checksum are compared "
        "before the copy is committed."));
    parser.addHelpOption();
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate("nianbao::cli", "the archive to copy (a file or a URI)"),
        QCoreApplication::translate("nianbao::cli", "ARCHIVE"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate("nianbao::cli",
                                    "the new archive (a file or a URI; it must hold no report)"),
        QCoreApplication::translate("nianbao::cli", "ARCHIVE"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("nianbao::cli", "print the tables copied as JSON"));
    parser.addOptions({from, to, json});
    if (!parser.parse(QStringList{QStringLiteral("nianbao-cli migrate")} + arguments)) {
        reportError(parser.errorText());
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return Success;
    }
    if (parser.value(from).isEmpty() || parser.value(to).isEmpty() ||
        !parser.positionalArguments().isEmpty()) {
        reportError(QCoreApplication::translate(
            "nianbao::cli", "migrate needs --from ARCHIVE and --to ARCHIVE, and nothing else"));
        return BadArguments;
    }
    const Result<store::MigrationSummary> moved =
        store::migrateArchive(parser.value(from), parser.value(to));
    if (!moved) {
        reportFileError(store::PgConnection::withoutPassword(parser.value(to)),
                        moved.error().message);
        return SomeFailed;
    }
    if (parser.isSet(json)) {
        writeOut(QJsonDocument(summaryToJson(*moved)).toJson(QJsonDocument::Indented));
        return Success;
    }
    QString text = QCoreApplication::translate(
                       "nianbao::cli", "copied %n report(s) from %1 to %2; every table verified:\n",
                       nullptr, int(moved->reports()))
                       .arg(moved->from, moved->to);
    for (const store::TableCopy& table : moved->tables) {
        text += QStringLiteral("  %1  %2  %3\n")
                    .arg(table.table, -18)
                    .arg(table.rows, 9)
                    .arg(QString::fromLatin1(table.checksum.toHex().left(16)));
    }
    writeOut(text);
    return Success;
}

} // namespace nianbao::cli
