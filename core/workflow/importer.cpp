#include "workflow/importer.h"

#include "workflow/importpipeline.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace nianbao::workflow {

namespace {

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
                             QCoreApplication::translate("nianbao::Importer",
                                                         "No such file or folder.")}});
        }
    }
    return selection;
}

ImportSummary importReports(store::Archive& archive, const ReportProcessing& processing,
                            const QStringList& paths, const ImportOptions& options)
{
    FileSelection selection = collectReportFiles(paths);
    ImportSummary summary = importFiles(archive, processing, selection.files, options);
    summary.failures.insert(summary.failures.begin(),
                            std::make_move_iterator(selection.failures.begin()),
                            std::make_move_iterator(selection.failures.end()));
    return summary;
}

ImportSummary importFiles(store::Archive& archive, const ReportProcessing& processing,
                          const QStringList& files, const ImportOptions& options)
{
    return ImportPipeline(archive, processing).run(files, options);
}

} // namespace nianbao::workflow
