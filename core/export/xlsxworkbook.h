#pragma once

#include "common/error.h"
#include "export/exporttable.h"

#include <QString>

#include <memory>

struct lxw_workbook;
struct lxw_format;

namespace nianbao {

struct XlsxWriterLibrary;

/// An XLSX workbook written with libxlsxwriter, whose C handles it owns.
///
/// Rows stream to temporary files as they are written (libxlsxwriter's constant-memory
/// mode), so a sheet of a million rows needs no more memory than one row; rows of a sheet
/// must come in order, but sheets may be filled side by side. The file appears at `path`
/// when the workbook is closed.
class XlsxWorkbook {
public:
    /// `tempFolder` takes the rows' temporary files (the system's temporary folder if empty).
    static Result<XlsxWorkbook> create(const QString& path, const QString& tempFolder = {});

    XlsxWorkbook(XlsxWorkbook&&) noexcept;
    XlsxWorkbook& operator=(XlsxWorkbook&&) noexcept;
    ~XlsxWorkbook();

    /// A new sheet, after the ones added before. The writer lives no longer than the
    /// workbook.
    Result<std::unique_ptr<TableWriter>> addSheet(const QString& name);
    /// Writes the file and releases libxlsxwriter's handles.
    Result<void> close();

private:
    struct Closer {
        const XlsxWriterLibrary* library = nullptr;
        void operator()(lxw_workbook* workbook) const;
    };
    struct Formats {
        lxw_format* header = nullptr;
        lxw_format* openError = nullptr;
    };
    XlsxWorkbook(const XlsxWriterLibrary& library, lxw_workbook* workbook, Formats formats);

    const XlsxWriterLibrary* m_library;
    std::unique_ptr<lxw_workbook, Closer> m_workbook;
    Formats m_formats;
};

} // namespace nianbao
