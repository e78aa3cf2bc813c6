#include "documents/legacyworddocumentreader.h"

#include "documents/documentformat.h"
#include "documents/docxdocumentreader.h"
#include "documents/externaltool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

namespace nianbao {

namespace {

QString officeProgram()
{
    QString program = findTool(QStringLiteral("soffice"));
    return program.isEmpty() ? findTool(QStringLiteral("libreoffice")) : program;
}

/// The last non-empty line a program wrote, for an error message.
QString lastLine(const QByteArray& output)
{
    const QStringList lines =
        QString::fromLocal8Bit(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

} // namespace

Result<Document> readLegacyWordDocument(const QByteArray& bytes, const QString& fileName,
                                        const ReadLimits& limits)
{
    const DocumentFormat format = sniffFormat(bytes, fileName);
    const QString program = officeProgram();
    if (program.isEmpty()) {
        return fail(ErrorCode::MissingTool,
                    QCoreApplication::translate("nianbao::LegacyWordDocumentReader",
                                                "%1 files are read by converting them with "
                                                "LibreOffice, which is not installed. Install it "
                                                "(Debian: apt install libreoffice-writer-nogui), "
                                                "or open the file in Word or WPS and save it as "
                                                ".docx.")
                        .arg(formatDisplayName(format)));
    }
    const QTemporaryDir workspace;
    if (!workspace.isValid()) {
        return fail(ErrorCode::Io, QCoreApplication::translate("nianbao::LegacyWordDocumentReader",
                                                               "no temporary folder for the "
                                                               "conversion: %1")
                                       .arg(workspace.errorString()));
    }
    const QString input = workspace.filePath(QStringLiteral("report.") + formatId(format));
    QFile inputFile(input);
    if (!inputFile.open(QIODevice::WriteOnly) || inputFile.write(bytes) != bytes.size()) {
        return fail(ErrorCode::Io, QCoreApplication::translate("nianbao::LegacyWordDocumentReader",
                                                               "the file could not be copied for "
                                                               "conversion: %1")
                                       .arg(inputFile.errorString()));
    }
    inputFile.close();

    const QString outputDir = workspace.filePath(QStringLiteral("converted"));
    // A profile of its own: no clash with a LibreOffice the user has open, and nothing left
    // in the user's home.
    const QString profile =
        QUrl::fromLocalFile(workspace.filePath(QStringLiteral("profile"))).toString();
    const QStringList arguments = {
        QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
        QStringLiteral("--norestore"), QStringLiteral("--nolockcheck"),
        // Without a filter, LibreOffice opens any bytes as plain
        // text; Kingsoft WPS writes Word's binary format too.
        QStringLiteral("--infilter=MS Word 97"), QStringLiteral("--convert-to"),
        QStringLiteral("docx"), QStringLiteral("--outdir"), outputDir, input};
    const Result<ToolRun> run = runTool(program, arguments, limits.toolTimeoutMs, workspace.path());
    if (!run) {
        return std::unexpected(run.error());
    }
    QFile converted(QDir(outputDir).filePath(QStringLiteral("report.docx")));
    if (!converted.open(QIODevice::ReadOnly)) {
        const QString detail = lastLine(run->standardError);
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::LegacyWordDocumentReader",
                                                "LibreOffice could not convert the %1 file (is it "
                                                "damaged or protected by a password?)%2")
                        .arg(formatDisplayName(format),
                             detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
    }
    Result<Document> document = readDocxDocument(converted.readAll(), fileName, limits);
    if (document) {
        document->format = formatId(format);
        document->notices.append(
            QCoreApplication::translate("nianbao::LegacyWordDocumentReader",
                                        "Converted from %1 to .docx with LibreOffice before "
                                        "reading.")
                .arg(formatDisplayName(format)));
    }
    return document;
}

} // namespace nianbao
