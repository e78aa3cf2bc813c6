#pragma once

#include "common/error.h"

#include <xlsxwriter.h>

namespace nianbao::exporting {

/// The libxlsxwriter functions the XLSX export calls, from the library loaded at run time.
///
/// Why not linked: QuaZip (which reads Word documents) carries its own copy of minizip and
/// exports minizip's zipOpen, unzOpen2 … with QIODevice-based I/O, while libxlsxwriter calls
/// the same names in the system's libminizip. In one ELF process both libraries bind those
/// names to whichever copy was loaded first, and then one of them crashes. Loaded with
/// QLibrary::DeepBindHint, libxlsxwriter binds to its own libminizip first, and QuaZip keeps
/// its copy.
struct XlsxWriterLibrary {
    decltype(&::workbook_new_opt) workbook_new_opt = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::format_set_bg_color) format_set_bg_color = nullptr;
    decltype(&::format_set_font_color) format_set_font_color = nullptr;
    decltype(&::format_set_bottom) format_set_bottom = nullptr;
    decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_boolean) worksheet_write_boolean = nullptr;
    decltype(&::worksheet_write_blank) worksheet_write_blank = nullptr;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
    decltype(&::worksheet_autofilter) worksheet_autofilter = nullptr;
    decltype(&::lxw_strerror) lxw_strerror = nullptr;

    /// The library, loaded on first use and kept for the life of the process; an error
    /// saying what is missing when it is not installed.
    static Result<const XlsxWriterLibrary*> get();
};

} // namespace nianbao::exporting
