#pragma once

#include "export/bufferedoutput.h"
#include "export/exporttable.h"

class QIODevice;

namespace nianbao::exporting {

/// CSV as Excel and WPS open it without an import dialog: UTF-8 with a byte-order mark,
/// fields quoted as RFC 4180 says (a comma, quote or line break inside; quotes doubled),
/// every record ended by CRLF. Blank values are empty fields; yes/no is true/false.
class CsvTableWriter final : public TableWriter {
public:
    explicit CsvTableWriter(QIODevice& device);

    Result<void> writeHeader(const QList<ExportColumn>& columns) override;
    Result<void> writeRow(std::span<const ExportField> fields) override;
    Result<void> finish() override;

private:
    void appendText(QByteArrayView utf8);

    BufferedOutput m_out;
};

} // namespace nianbao::exporting
