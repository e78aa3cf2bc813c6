#include "export/xlsxsheetwriter.h"

#include "export/xlsxwriterlibrary.h"

#include <QCoreApplication>

namespace nianbao::exporting {

namespace {} // namespace

XlsxSheetWriter::XlsxSheetWriter(const XlsxWriterLibrary& library, lxw_worksheet* sheet,
                                 lxw_format* headerFormat, lxw_format* openErrorFormat)
    : m_library(library)
    , m_sheet(sheet)
    , m_headerFormat(headerFormat)
    , m_openErrorFormat(openErrorFormat)
{}

Result<void> XlsxSheetWriter::checked(int error) const
{
    if (error == LXW_NO_ERROR) {
        return {};
    }
    return fail(ErrorCode::Io,
                QCoreApplication::translate("nianbao::Export", "cannot write the workbook: %1")
                    .arg(QString::fromUtf8(m_library.lxw_strerror(lxw_error(error)))));
}

Result<void> XlsxSheetWriter::writeHeader(const QList<ExportColumn>& columns)
{
    if (columns.size() > LXW_COL_MAX) {
        return fail(
            ErrorCode::TooLarge,
            QCoreApplication::translate("nianbao::Export", "%1 columns are more than a sheet holds")
                .arg(columns.size()));
    }
    m_columnCount = quint16(columns.size());
    for (quint16 column = 0; column < m_columnCount; ++column) {
        m_library.worksheet_set_column(m_sheet, column, column, columns.at(column).width, nullptr);
    }
    for (quint16 column = 0; column < m_columnCount; ++column) {
        const QByteArray name = columns.at(column).name.toUtf8();
        if (Result<void> written = checked(m_library.worksheet_write_string(
                m_sheet, 0, column, name.constData(), m_headerFormat));
            !written) {
            return written;
        }
    }
    m_library.worksheet_freeze_panes(m_sheet, 1, 0);
    m_nextRow = 1;
    return {};
}

Result<void> XlsxSheetWriter::writeRow(std::span<const ExportField> fields)
{
    if (m_nextRow >= LXW_ROW_MAX) {
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate("nianbao::Export",
                                                "more rows than one sheet holds (%L1): export "
                                                "CSV or JSON, or take fewer reports")
                        .arg(LXW_ROW_MAX - 1));
    }
    const lxw_row_t row = m_nextRow++;
    for (std::size_t i = 0; i < fields.size() && i < m_columnCount; ++i) {
        const auto column = lxw_col_t(i);
        const ExportField& field = fields[i];
        lxw_format* format = field.openError ? m_openErrorFormat : nullptr;
        lxw_error error = LXW_NO_ERROR;
        if (const auto* number = std::get_if<double>(&field.value)) {
            error = m_library.worksheet_write_number(m_sheet, row, column, *number, format);
        } else if (const auto* integer = std::get_if<qint64>(&field.value)) {
            error =
                m_library.worksheet_write_number(m_sheet, row, column, double(*integer), format);
        } else if (const auto* text = std::get_if<Utf8Text>(&field.value)) {
            error = m_library.worksheet_write_string(m_sheet, row, column, text->bytes.constData(),
                                                     format);
        } else if (const auto* yes = std::get_if<bool>(&field.value)) {
            error = m_library.worksheet_write_boolean(m_sheet, row, column, *yes, format);
        } else if (format) {
            // A blank an error concerns (a total left empty) is painted too.
            error = m_library.worksheet_write_blank(m_sheet, row, column, format);
        }
        if (Result<void> written = checked(error); !written) {
            return written;
        }
    }
    return {};
}

Result<void> XlsxSheetWriter::finish()
{
    if (m_columnCount == 0) {
        return {};
    }
    return checked(m_library.worksheet_autofilter(m_sheet, 0, 0, m_nextRow - 1, m_columnCount - 1));
}

} // namespace nianbao::exporting
