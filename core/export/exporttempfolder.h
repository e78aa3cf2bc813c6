#pragma once

#include "common/error.h"

#include <QLockFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace nianbao {

/// A temporary folder for a file that is built in pieces before it is copied into place (an
/// XLSX workbook: libxlsxwriter writes to file names, not to devices). It lives beside the
/// output, on the same disk, so it neither fills /tmp nor hides a full disk, and it is named
/// after the output (".NAME.nianbao-export-XXXXXX") so a user sees whose it is.
///
/// The folder is removed when the object goes. One left behind by a killed export is removed
/// by the next export to the same folder: each folder holds a lock file naming the process
/// that owns it, and a folder whose owner is gone is stale. Folders of an export still
/// running (in this or another process) are left alone.
class ExportTempFolder {
public:
    /// Removes the stale folders beside `outputPath`, then makes a new one.
    static Result<std::unique_ptr<ExportTempFolder>> create(const QString& outputPath);

    ExportTempFolder(const ExportTempFolder&) = delete;
    ExportTempFolder& operator=(const ExportTempFolder&) = delete;
    ~ExportTempFolder();

    [[nodiscard]] QString path() const { return m_folder.path(); }
    [[nodiscard]] QString filePath(const QString& name) const { return m_folder.filePath(name); }

    /// Removes the folders beside `outputPath` that exports killed before they finished left
    /// behind; returns how many.
    static int removeStale(const QString& outputPath);

private:
    explicit ExportTempFolder(const QString& templatePath);

    QTemporaryDir m_folder;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace nianbao
