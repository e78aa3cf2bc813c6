#include "export/xlsxwriterlibrary.h"

#include <QCoreApplication>
#include <QLibrary>

namespace nianbao::exporting {

namespace {

/// The soname version of the libxlsxwriter releases Nianbao is built against (1.x).
constexpr int kSonameVersion = 4;

template <typename Function>
bool resolve(QLibrary& library, const char* name, Function*& function)
{
    function = reinterpret_cast<Function*>(library.resolve(name));
    return function != nullptr;
}

Result<XlsxWriterLibrary> load(QLibrary& library)
{
    library.setLoadHints(QLibrary::DeepBindHint);
    if (!library.load()) {
        // Another release than the one built against: the development link has no version.
        library.setFileNameAndVersion(QStringLiteral("xlsxwriter"), QString());
        if (!library.load()) {
            return fail(ErrorCode::MissingTool,
                        QCoreApplication::translate("nianbao::Export",
                                                    "cannot load libxlsxwriter for XLSX files: %1")
                            .arg(library.errorString()));
        }
    }
    XlsxWriterLibrary api;
    const bool complete =
        resolve(library, "workbook_new_opt", api.workbook_new_opt) &&
        resolve(library, "workbook_add_format", api.workbook_add_format) &&
        resolve(library, "workbook_add_worksheet", api.workbook_add_worksheet) &&
        resolve(library, "workbook_close", api.workbook_close) &&
        resolve(library, "format_set_bold", api.format_set_bold) &&
        resolve(library, "format_set_bg_color", api.format_set_bg_color) &&
        resolve(library, "format_set_font_color", api.format_set_font_color) &&
        resolve(library, "format_set_bottom", api.format_set_bottom) &&
        resolve(library, "worksheet_set_column", api.worksheet_set_column) &&
        resolve(library, "worksheet_write_string", api.worksheet_write_string) &&
        resolve(library, "worksheet_write_number", api.worksheet_write_number) &&
        resolve(library, "worksheet_write_boolean", api.worksheet_write_boolean) &&
        resolve(library, "worksheet_write_blank", api.worksheet_write_blank) &&
        resolve(library, "worksheet_freeze_panes", api.worksheet_freeze_panes) &&
        resolve(library, "worksheet_autofilter", api.worksheet_autofilter) &&
        resolve(library, "lxw_strerror", api.lxw_strerror);
    if (!complete) {
        return fail(ErrorCode::MissingTool,
                    QCoreApplication::translate("nianbao::Export",
                                                "the installed libxlsxwriter lacks a function "
                                                "Nianbao needs: %1")
                        .arg(library.errorString()));
    }
    return api;
}

} // namespace

Result<const XlsxWriterLibrary*> XlsxWriterLibrary::get()
{
    // Never unloaded (QLibrary leaves libraries loaded): the functions it hands out live as
    // long as the process.
    static QLibrary library(QStringLiteral("xlsxwriter"), kSonameVersion);
    static const Result<XlsxWriterLibrary> loaded = load(library);
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    return &*loaded;
}

} // namespace nianbao::exporting
