#include "export/datasetexport.h"

#include "archive/datasetreader.h"
#include "export/codebook.h"
#include "export/exportdestination.h"
#include "export/outputpath.h"
#include "export/reportrows.h"
#include "templates/templateregistry.h"

#include <QCoreApplication>

namespace nianbao {

namespace {

/// Reading a report's open findings costs time; only what shows them asks for them.
DatasetParts partsFor(const ExportOptions& options)
{
    DatasetParts parts;
    parts.provenance = options.provenance && options.content == ExportContent::Dataset;
    parts.openFindings = options.content == ExportContent::Findings ||
                         options.format == ExportFormat::Xlsx ||
                         options.layout == ExportLayout::Long;
    return parts;
}

std::unique_ptr<ReportRows> mainRows(const ExportOptions& options, const QStringList& archiveKeys)
{
    if (options.content == ExportContent::Findings) {
        return findingRows(archiveKeys);
    }
    if (options.layout == ExportLayout::Long) {
        return longRows(archiveKeys, options.provenance);
    }
    return wideRows(TemplateRegistry::builtin().allCellKeys(), archiveKeys, options.provenance);
}

/// One table being filled: its writer and the rows that go in it.
struct TableFill {
    TableWriter* writer = nullptr;
    std::unique_ptr<ReportRows> rows;
};

} // namespace

Result<ExportSummary> exportArchive(const Archive& archive, const ExportOptions& options,
                                    const ExportProgress& progress)
{
    Result<DatasetReader> reader = DatasetReader::open(archive, options.filter, partsFor(options));
    if (!reader) {
        return std::unexpected(reader.error());
    }
    Result<std::unique_ptr<ExportDestination>> destination =
        ExportDestination::open(options, archiveFiles(archive));
    if (!destination) {
        return std::unexpected(destination.error());
    }
    if (TableWriter* codebook = (*destination)->codebook()) {
        if (Result<void> written =
                writeCodebook(*codebook, buildCodebook(TemplateRegistry::builtin()));
            !written) {
            return std::unexpected(written.error());
        }
    }

    TableFill main{&(*destination)->main(), mainRows(options, reader->cellKeys())};
    TableFill findings{(*destination)->findings(), nullptr};
    if (findings.writer) {
        findings.rows = findingRows(reader->cellKeys());
    }
    for (const TableFill* table : {&main, &findings}) {
        if (table->writer) {
            if (Result<void> header = table->writer->writeHeader(table->rows->columns()); !header) {
                return std::unexpected(header.error());
            }
        }
    }

    ExportSummary summary;
    const qint64 total = reader->reportCount();
    DatasetReport report;
    for (;;) {
        const Result<bool> read = reader->next(report);
        if (!read) {
            return std::unexpected(read.error());
        }
        if (!*read) {
            break;
        }
        Result<qint64> rows = main.rows->write(report, *main.writer);
        if (!rows) {
            return std::unexpected(rows.error());
        }
        summary.rows += *rows;
        if (findings.writer) {
            if (Result<qint64> written = findings.rows->write(report, *findings.writer); !written) {
                return std::unexpected(written.error());
            }
        }
        ++summary.reports;
        if (progress && !progress(summary.reports, total)) {
            return fail(ErrorCode::Cancelled,
                        QCoreApplication::translate("nianbao::Export", "the export was cancelled"));
        }
    }

    for (const TableFill* table : {&main, &findings}) {
        if (table->writer) {
            if (Result<void> finished = table->writer->finish(); !finished) {
                return std::unexpected(finished.error());
            }
        }
    }
    if (Result<void> committed = (*destination)->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    summary.files = (*destination)->files();
    return summary;
}

} // namespace nianbao
