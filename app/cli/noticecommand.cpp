// nianbao-cli notice: the rectification notice for one report or a batch, as PDF or .docx.

#include "archiveoption.h"
#include "commands.h"
#include "deskoption.h"
#include "export/outputpath.h"
#include "noticewriter/noticedocx.h"
#include "noticewriter/noticepdf.h"
#include "output.h"
#include "supervision/notice/noticebuilder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

namespace nianbao::cli {

namespace {

using namespace nianbao::supervision;

QString tr(const char* text)
{
    return QCoreApplication::translate("nianbao::cli", text);
}

} // namespace

int runNotice(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(QT_TRANSLATE_NOOP(
        "nianbao::cli",
        "Writes a rectification notice for the reports given (ids, see list): every open "
        "error, warning and note, the implausible changes since the body's report of the year "
        "before and the copied passages, with the cells concerned painted in the official "
        "tables. Chinese unless --lang en.")));
    const QCommandLineOption db = archiveOption();
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "the notice to write: .pdf or .docx")),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "FILE")));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "the notice's language: zh (default) or en")),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "LANGUAGE")), QStringLiteral("zh"));
    parser.addOptions({db, output, language});
    parser.addPositionalArgument(QStringLiteral("REPORT"),
                                 tr(QT_TRANSLATE_NOOP("nianbao::cli", "report ids")),
                                 QStringLiteral("REPORT..."));
    if (const auto done = parseCommand(parser, QStringLiteral("notice"), arguments)) {
        return *done;
    }
    std::vector<ReportId> reports;
    for (const QString& argument : parser.positionalArguments()) {
        bool ok = false;
        reports.push_back(argument.toLongLong(&ok));
        if (!ok) {
            reportError(
                tr(QT_TRANSLATE_NOOP("nianbao::cli", "\"%1\" is no report id")).arg(argument));
            return BadArguments;
        }
    }
    if (reports.empty()) {
        reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "notice needs at least one report id")));
        return BadArguments;
    }
    const QString path = parser.value(output);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("docx")) {
        reportError(
            tr(QT_TRANSLATE_NOOP("nianbao::cli", "-o takes a file ending in .pdf or .docx: \"%1\""))
                .arg(path));
        return BadArguments;
    }
    const QString lang = parser.value(language);
    if (lang != QLatin1String("zh") && lang != QLatin1String("en")) {
        reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "--%1 does not take \"%2\""))
                        .arg(QStringLiteral("lang"), lang));
        return BadArguments;
    }
    if (!archiveOptionIsValid(parser, db)) {
        return BadArguments;
    }
    if (argumentsOnly()) {
        return Success;
    }
    if (suffix == QLatin1String("pdf") &&
        !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "a PDF needs the GUI library's fonts")));
        return SomeFailed;
    }
    std::unique_ptr<store::Archive> archive = openArchive(parser, db);
    if (!archive) {
        return SomeFailed;
    }
    if (Result<void> allowed = exporting::checkOutputPath(path, exporting::archiveFiles(*archive));
        !allowed) {
        reportFileError(path, allowed.error().message);
        return SomeFailed;
    }
    std::optional<DeskStore> desk = openDesk(*archive);
    if (!desk) {
        return SomeFailed;
    }
    Result<Notice> notice = buildNotice(*archive, *desk, reports, lang == QLatin1String("zh"));
    if (!notice) {
        reportFileError(archive->location(), notice.error().message);
        return SomeFailed;
    }
    const Result<void> written = suffix == QLatin1String("pdf") ? writeNoticePdf(*notice, path)
                                                                : writeNoticeDocx(*notice, path);
    if (!written) {
        reportFileError(path, written.error().message);
        return SomeFailed;
    }
    qsizetype items = 0;
    for (const NoticeSection& section : notice->sections) {
        items += qsizetype(section.items.size());
    }
    writeOut(tr(QT_TRANSLATE_NOOP("nianbao::cli", "wrote %1: %2 reports, %3 items\n"))
                 .arg(path)
                 .arg(notice->sections.size())
                 .arg(items));
    return Success;
}

} // namespace nianbao::cli
