#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <span>
#include <variant>

namespace nianbao::exporting {

/// One column of an exported table. Names are stable data (cli-json.md), never translated.
struct ExportColumn {
    QString name;
    /// A spreadsheet column width in characters that suits the values.
    int width = 10;
};

/// Text as UTF-8, the encoding every format writes. It is encoded once where it is made (a
/// key's name once per export, an agency's once per report), not once per field written: a
/// long export writes tens of millions of them.
struct Utf8Text {
    QByteArray bytes;
};

/// One value of an exported row: nothing (a blank cell, JSON null), text, an integer, a
/// number or a yes/no.
using FieldValue = std::variant<std::monostate, Utf8Text, qint64, double, bool>;

struct ExportField {
    FieldValue value;
    /// An open error concerns this value: spreadsheets paint it.
    bool openError = false;
};

inline ExportField textField(const QString& text)
{
    return ExportField{Utf8Text{text.toUtf8()}};
}

inline ExportField numberField(const std::optional<double>& value)
{
    return value ? ExportField{*value} : ExportField{};
}

inline ExportField integerField(const std::optional<int>& value)
{
    return value ? ExportField{qint64(*value)} : ExportField{};
}

/// Writes one table, row by row, in one format. The columns are given once, before the
/// first row; every row has exactly one field per column.
class TableWriter {
public:
    TableWriter() = default;
    TableWriter(const TableWriter&) = delete;
    TableWriter& operator=(const TableWriter&) = delete;
    virtual ~TableWriter() = default;

    virtual Result<void> writeHeader(const QList<ExportColumn>& columns) = 0;
    virtual Result<void> writeRow(std::span<const ExportField> fields) = 0;
    /// Ends the table (closing brackets, last buffered bytes).
    virtual Result<void> finish() = 0;
};

} // namespace nianbao::exporting
