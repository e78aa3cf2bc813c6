#pragma once

#include "export/exporttable.h"

#include <QtGlobal>

struct lxw_worksheet;
struct lxw_format;

namespace nianbao::exporting {

struct XlsxWriterLibrary;

/// One sheet of an XlsxWorkbook: a bold header row that stays in view (frozen) with a filter
/// on it, column widths that suit the values, numbers as numbers, and the values an open
/// error concerns painted. The workbook owns the sheet and the formats.
class XlsxSheetWriter final : public TableWriter {
public:
    XlsxSheetWriter(const XlsxWriterLibrary& library, lxw_worksheet* sheet,
                    lxw_format* headerFormat, lxw_format* openErrorFormat);

    Result<void> writeHeader(const QList<ExportColumn>& columns) override;
    Result<void> writeRow(std::span<const ExportField> fields) override;
    Result<void> finish() override;

private:
    [[nodiscard]] Result<void> checked(int error) const;

    const XlsxWriterLibrary& m_library;
    lxw_worksheet* m_sheet;
    lxw_format* m_headerFormat;
    lxw_format* m_openErrorFormat;
    quint32 m_nextRow = 0;
    quint16 m_columnCount = 0;
};

} // namespace nianbao::exporting
