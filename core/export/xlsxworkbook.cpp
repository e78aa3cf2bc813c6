#include "export/xlsxworkbook.h"

#include "export/xlsxsheetwriter.h"
#include "export/xlsxwriterlibrary.h"

#include <QCoreApplication>
#include <QDir>

namespace nianbao {

namespace {

// Excel's own "Bad" cell style: readable in print and for most colour-blind readers.
constexpr lxw_color_t kErrorFill = 0xFFC7CE;
constexpr lxw_color_t kErrorText = 0x9C0006;
constexpr lxw_color_t kHeaderFill = 0xDDEBF7;

} // namespace

void XlsxWorkbook::Closer::operator()(lxw_workbook* workbook) const
{
    // Closing is the only way libxlsxwriter frees a workbook; a workbook dropped on an error
    // path is written to its temporary path, which its owner removes.
    library->workbook_close(workbook);
}

XlsxWorkbook::XlsxWorkbook(const XlsxWriterLibrary& library, lxw_workbook* workbook,
                           Formats formats)
    : m_library(&library)
    , m_workbook(workbook, Closer{&library})
    , m_formats(formats)
{}

XlsxWorkbook::XlsxWorkbook(XlsxWorkbook&&) noexcept = default;
XlsxWorkbook& XlsxWorkbook::operator=(XlsxWorkbook&&) noexcept = default;
XlsxWorkbook::~XlsxWorkbook() = default;

Result<XlsxWorkbook> XlsxWorkbook::create(const QString& path, const QString& tempFolder)
{
    const Result<const XlsxWriterLibrary*> loaded = XlsxWriterLibrary::get();
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    const XlsxWriterLibrary& api = **loaded;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    // The rows it keeps until the workbook closes go where the caller says (beside the
    // output), not to /tmp.
    QByteArray nativeTempFolder = QDir::toNativeSeparators(tempFolder).toUtf8();
    if (!tempFolder.isEmpty()) {
        options.tmpdir = nativeTempFolder.data();
    }
    const QByteArray nativePath = QDir::toNativeSeparators(path).toUtf8();
    lxw_workbook* workbook = api.workbook_new_opt(nativePath.constData(), &options);
    if (!workbook) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("nianbao::Export", "cannot create a workbook at %1")
                        .arg(path));
    }
    Formats formats;
    formats.header = api.workbook_add_format(workbook);
    api.format_set_bold(formats.header);
    api.format_set_bg_color(formats.header, kHeaderFill);
    api.format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.openError = api.workbook_add_format(workbook);
    api.format_set_bg_color(formats.openError, kErrorFill);
    api.format_set_font_color(formats.openError, kErrorText);
    return XlsxWorkbook(api, workbook, formats);
}

Result<std::unique_ptr<TableWriter>> XlsxWorkbook::addSheet(const QString& name)
{
    const QByteArray utf8 = name.toUtf8();
    lxw_worksheet* sheet = m_library->workbook_add_worksheet(m_workbook.get(), utf8.constData());
    if (!sheet) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::Export", "cannot add the sheet \"%1\"")
                        .arg(name));
    }
    return std::make_unique<XlsxSheetWriter>(*m_library, sheet, m_formats.header,
                                             m_formats.openError);
}

Result<void> XlsxWorkbook::close()
{
    const lxw_error closed = m_library->workbook_close(m_workbook.release());
    if (closed != LXW_NO_ERROR) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("nianbao::Export", "cannot write the workbook: %1")
                        .arg(QString::fromUtf8(m_library->lxw_strerror(closed))));
    }
    return {};
}

} // namespace nianbao
