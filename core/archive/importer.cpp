#include "archive/importer.h"

#include "archive/archive.h"
#include "archive/crossyear.h"
#include "documents/documentreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace nianbao {

namespace {

constexpr const char* kContext = "nianbao::Importer";

/// The extensions of the formats reports are published in; other files in a folder
/// (images, spreadsheets, archives) are not reports.
const QStringList& reportFilePatterns()
{
    static const QStringList patterns{
        QStringLiteral("*.txt"),   QStringLiteral("*.text"),  QStringLiteral("*.htm"),
        QStringLiteral("*.html"),  QStringLiteral("*.xhtml"), QStringLiteral("*.mht"),
        QStringLiteral("*.mhtml"), QStringLiteral("*.doc"),   QStringLiteral("*.docx"),
        QStringLiteral("*.wps"),   QStringLiteral("*.pdf"),
    };
    return patterns;
}

Result<QByteArray> readReportFile(const QString& path)
{
    const QFileInfo info(path);
    const qint64 limit = ReadLimits{}.maxFileBytes;
    if (info.size() > limit) {
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate(kContext, "The file is larger than %1 MB, the "
                                                          "most a report may be.")
                        .arg(limit / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Unreadable,
                    QCoreApplication::translate(kContext, "The file cannot be read: %1")
                        .arg(file.errorString()));
    }
    return file.readAll();
}

struct FileResult {
    ImportOutcome outcome = ImportOutcome::Imported;
    ReportId id = 0;
    bool revalidated = false;
};

Result<FileResult> importFile(Archive& archive, const ReportProcessing& processing,
                              const QString& path)
{
    const Result<QByteArray> bytes = readReportFile(path);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    // Checked before processing so that a re-run skips stored files without extracting them.
    const QByteArray hash = QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256);
    const Result<std::optional<ReportId>> stored = archive.findByHash(hash);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (*stored) {
        return FileResult{ImportOutcome::Duplicate, **stored, false};
    }

    const Result<ProcessedReport> processed =
        processReport(processing, *bytes, path, previousYearLookup(archive));
    if (!processed) {
        return std::unexpected(processed.error());
    }

    // The report and the re-validation it causes commit together.
    Result<SqliteTransaction> transaction = archive.transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const Result<AddOutcome> added = archive.addReport(*bytes, *processed);
    if (!added) {
        return std::unexpected(added.error());
    }
    FileResult result{added->duplicate ? ImportOutcome::Duplicate : ImportOutcome::Imported,
                      added->id, false};
    const ReportMeta& meta = processed->report.meta;
    if (!added->duplicate && meta.year) {
        const Result<std::optional<ReportId>> following =
            revalidateFollowingYear(archive, processing, meta.agency, *meta.year);
        if (!following) {
            return std::unexpected(following.error());
        }
        result.revalidated = following->has_value();
    }
    if (Result<void> committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return result;
}

} // namespace

FileSelection collectReportFiles(const QStringList& paths)
{
    FileSelection selection;
    QSet<QString> seen;
    const auto add = [&](const QString& file) {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        if (!seen.contains(absolute)) {
            seen.insert(absolute);
            selection.files.append(absolute);
        }
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, reportFilePatterns(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                found.append(it.next());
            }
            found.sort();
            for (const QString& file : std::as_const(found)) {
                add(file);
            }
        } else if (info.exists()) {
            add(path);
        } else {
            selection.failures.push_back(
                {path, Error{ErrorCode::FileNotFound,
                             QCoreApplication::translate(kContext, "No such file or folder.")}});
        }
    }
    return selection;
}

ImportSummary importReports(Archive& archive, const ReportProcessing& processing,
                            const QStringList& paths, const ImportOptions& options)
{
    ImportSummary summary;
    FileSelection selection = collectReportFiles(paths);
    summary.failures = std::move(selection.failures);
    const qsizetype total = selection.files.size();
    if (!processing.process || !processing.validate) {
        for (const QString& file : std::as_const(selection.files)) {
            summary.failures.push_back(
                {file, Error{ErrorCode::InvalidArgument,
                             QCoreApplication::translate(kContext, "No report processing was "
                                                                   "set up for the import.")}});
        }
        return summary;
    }

    qsizetype done = 0;
    for (const QString& file : std::as_const(selection.files)) {
        if (options.stop.stop_requested()) {
            summary.cancelled = true;
            break;
        }
        const Result<FileResult> result = importFile(archive, processing, file);
        ImportOutcome outcome = ImportOutcome::Failed;
        if (!result) {
            summary.failures.push_back({file, result.error()});
        } else {
            outcome = result->outcome;
            if (outcome == ImportOutcome::Duplicate) {
                ++summary.duplicates;
            } else {
                ++summary.imported;
                summary.importedIds.push_back(result->id);
            }
            summary.revalidated += result->revalidated ? 1 : 0;
        }
        if (options.progress) {
            options.progress(ImportProgress{++done, total, file, outcome});
        }
    }
    return summary;
}

} // namespace nianbao
