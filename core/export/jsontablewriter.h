#pragma once

#include "export/bufferedoutput.h"
#include "export/exporttable.h"

#include <QByteArrayList>

class QIODevice;

namespace nianbao::exporting {

/// A table as a JSON array of objects, one per row, keyed by the column names, in column
/// order: numbers as numbers, blanks as null. Written as it goes, so a dataset of any size
/// streams through a small buffer (QJsonDocument would hold it all).
class JsonTableWriter final : public TableWriter {
public:
    explicit JsonTableWriter(QIODevice& device);

    Result<void> writeHeader(const QList<ExportColumn>& columns) override;
    Result<void> writeRow(std::span<const ExportField> fields) override;
    Result<void> finish() override;

private:
    BufferedOutput m_out;
    /// `"name": ` of every column, escaped once.
    QByteArrayList m_keys;
    bool m_firstRow = true;
};

/// Appends UTF-8 text as a JSON string literal (quotes and control characters escaped).
void appendJsonString(QByteArray& out, QByteArrayView utf8);

} // namespace nianbao::exporting
