#include "export/exportdestination.h"

#include "export/codebook.h"
#include "export/csvtablewriter.h"
#include "export/exporttempfolder.h"
#include "export/jsontablewriter.h"
#include "export/outputpath.h"
#include "export/xlsxworkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <optional>
#include <tuple>

namespace nianbao::exporting {

namespace {

/// The output file, or the codebook beside it: errors name only the codebook, since callers
/// put the output file in front of the message ("nianbao-cli: FILE: reason").
enum class OutputRole { Main, Codebook };

Error writeFailure(OutputRole role, const QString& path, const QString& reason)
{
    return Error{
        ErrorCode::Io,
        role == OutputRole::Main
            ? QCoreApplication::translate("nianbao::Export", "cannot write the file: %1")
                  .arg(reason)
            : QCoreApplication::translate("nianbao::Export", "cannot write the codebook %1: %2")
                  .arg(path, reason)};
}

Result<std::unique_ptr<QSaveFile>> openSaveFile(const QString& path, OutputRole role)
{
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        return std::unexpected(writeFailure(role, path, file->errorString()));
    }
    return file;
}

Result<void> commitFile(QSaveFile& file, OutputRole role)
{
    // Flushed first, while the written part still takes its room on the disk: a full disk
    // is seen as one, and the reason survives (QSaveFile::commit() reports a failed final
    // flush as "Unknown error").
    if (!file.flush()) {
        const QString reason = writeFailureReason(file.fileName(), file.errorString());
        file.cancelWriting();
        return std::unexpected(writeFailure(role, file.fileName(), reason));
    }
    if (!file.commit()) {
        return std::unexpected(writeFailure(
            role, file.fileName(), writeFailureReason(file.fileName(), file.errorString())));
    }
    return {};
}

std::unique_ptr<TableWriter> tableWriter(ExportFormat format, QIODevice& device)
{
    if (format == ExportFormat::Json) {
        return std::make_unique<JsonTableWriter>(device);
    }
    return std::make_unique<CsvTableWriter>(device);
}

/// CSV and JSON: the table in the output file, a dataset's codebook in a file beside it.
class FileDestination final : public ExportDestination {
public:
    static Result<std::unique_ptr<ExportDestination>> open(const ExportOptions& options)
    {
        auto destination = std::make_unique<FileDestination>();
        Result<std::unique_ptr<QSaveFile>> main =
            openSaveFile(options.outputPath, OutputRole::Main);
        if (!main) {
            return std::unexpected(main.error());
        }
        destination->m_mainFile = std::move(*main);
        destination->m_main = tableWriter(options.format, *destination->m_mainFile);
        if (options.content == ExportContent::Dataset) {
            Result<std::unique_ptr<QSaveFile>> codebook =
                openSaveFile(codebookPathFor(options.outputPath), OutputRole::Codebook);
            if (!codebook) {
                return std::unexpected(codebook.error());
            }
            destination->m_codebookFile = std::move(*codebook);
            destination->m_codebook = tableWriter(options.format, *destination->m_codebookFile);
        }
        return destination;
    }

    TableWriter& main() override { return *m_main; }
    TableWriter* codebook() override { return m_codebook.get(); }
    TableWriter* findings() override { return nullptr; }

    Result<void> commit() override
    {
        // The codebook first: a dataset never appears without the key to its columns.
        if (m_codebookFile) {
            if (Result<void> committed = commitFile(*m_codebookFile, OutputRole::Codebook);
                !committed) {
                return committed;
            }
        }
        return commitFile(*m_mainFile, OutputRole::Main);
    }

    [[nodiscard]] QStringList files() const override
    {
        QStringList paths{m_mainFile->fileName()};
        if (m_codebookFile) {
            paths.append(m_codebookFile->fileName());
        }
        return paths;
    }

private:
    // Files before writers: a writer must not outlive the device it writes to.
    std::unique_ptr<QSaveFile> m_mainFile;
    std::unique_ptr<QSaveFile> m_codebookFile;
    std::unique_ptr<TableWriter> m_main;
    std::unique_ptr<TableWriter> m_codebook;
};

/// XLSX: a workbook with the dataset, codebook and findings sheets (or the findings report
/// alone). libxlsxwriter writes to a file name, not a device, so the workbook is built in a
/// temporary folder beside the output (ExportTempFolder) and copied into the output's
/// QSaveFile once complete.
class WorkbookDestination final : public ExportDestination {
public:
    static Result<std::unique_ptr<ExportDestination>> open(const ExportOptions& options)
    {
        auto destination = std::make_unique<WorkbookDestination>();
        Result<std::unique_ptr<QSaveFile>> output =
            openSaveFile(options.outputPath, OutputRole::Main);
        if (!output) {
            return std::unexpected(output.error());
        }
        destination->m_output = std::move(*output);
        Result<std::unique_ptr<ExportTempFolder>> folder =
            ExportTempFolder::create(options.outputPath);
        if (!folder) {
            return std::unexpected(folder.error());
        }
        destination->m_folder = std::move(*folder);
        Result<XlsxWorkbook> workbook =
            XlsxWorkbook::create(destination->workbookPath(), destination->m_folder->path());
        if (!workbook) {
            return std::unexpected(workbook.error());
        }
        destination->m_workbook.emplace(std::move(*workbook));
        // Sheet names are data like column names: scripts open them by name.
        const bool dataset = options.content == ExportContent::Dataset;
        for (const auto& [sheet, name, wanted] :
             {std::tuple{&destination->m_main, dataset ? "data" : "findings", true},
              std::tuple{&destination->m_codebook, "codebook", dataset},
              std::tuple{&destination->m_findings, "findings", dataset}}) {
            if (!wanted) {
                continue;
            }
            const bool named =
                sheet == &destination->m_main && !dataset && !options.sheetName.isEmpty();
            Result<std::unique_ptr<TableWriter>> added = destination->m_workbook->addSheet(
                named ? options.sheetName : QString(QLatin1String(name)));
            if (!added) {
                return std::unexpected(added.error());
            }
            *sheet = std::move(*added);
        }
        return destination;
    }

    TableWriter& main() override { return *m_main; }
    TableWriter* codebook() override { return m_codebook.get(); }
    TableWriter* findings() override { return m_findings.get(); }

    Result<void> commit() override
    {
        if (Result<void> closed = m_workbook->close(); !closed) {
            // The workbook is built beside the output: a full disk fails it there.
            return fail(closed.error().code,
                        writeFailureReason(m_output->fileName(), closed.error().message));
        }
        QFile workbook(workbookPath());
        if (!workbook.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Io, QCoreApplication::translate("nianbao::Export",
                                                                   "cannot read the workbook: %1")
                                           .arg(workbook.errorString()));
        }
        constexpr qint64 kChunk = 1 << 20;
        while (!workbook.atEnd()) {
            const QByteArray chunk = workbook.read(kChunk);
            if (chunk.isEmpty() || m_output->write(chunk) != chunk.size()) {
                return std::unexpected(writeFailure(
                    OutputRole::Main, m_output->fileName(),
                    writeFailureReason(m_output->fileName(), m_output->errorString())));
            }
        }
        return commitFile(*m_output, OutputRole::Main);
    }

    [[nodiscard]] QStringList files() const override { return {m_output->fileName()}; }

private:
    [[nodiscard]] QString workbookPath() const
    {
        return m_folder->filePath(QStringLiteral("export.xlsx"));
    }

    // Declared first, so it goes last: the workbook's files in it are closed by then.
    std::unique_ptr<ExportTempFolder> m_folder;
    std::unique_ptr<QSaveFile> m_output;
    // The sheets die before the workbook that owns them.
    std::optional<XlsxWorkbook> m_workbook;
    std::unique_ptr<TableWriter> m_main;
    std::unique_ptr<TableWriter> m_codebook;
    std::unique_ptr<TableWriter> m_findings;
};

} // namespace

Result<std::unique_ptr<ExportDestination>>
ExportDestination::open(const ExportOptions& options, const QStringList& protectedFiles)
{
    // Every file the export writes is checked before the first is opened: nothing is written
    // when one of them may not be.
    QStringList outputs{options.outputPath};
    if (options.content == ExportContent::Dataset && options.format != ExportFormat::Xlsx) {
        outputs.append(codebookPathFor(options.outputPath));
    }
    for (const QString& output : std::as_const(outputs)) {
        if (Result<void> allowed = checkOutputPath(output, protectedFiles); !allowed) {
            if (output == options.outputPath) {
                return std::unexpected(allowed.error());
            }
            return std::unexpected(Error{
                allowed.error().code,
                QCoreApplication::translate("nianbao::Export", "cannot write the codebook %1: %2")
                    .arg(output, allowed.error().message)});
        }
    }
    if (options.format == ExportFormat::Xlsx) {
        return WorkbookDestination::open(options);
    }
    return FileDestination::open(options);
}

} // namespace nianbao::exporting
