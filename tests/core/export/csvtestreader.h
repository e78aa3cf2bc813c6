#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao::test {

/// A CSV file read back the way RFC 4180 defines it, written independently of the exporter
/// so that a round trip checks the writer rather than agreeing with it.
struct CsvTable {
    QStringList header;
    std::vector<QStringList> rows;
    bool byteOrderMark = false;
    /// Every record ended by CRLF (and no bare LF outside quotes).
    bool crlfRecords = true;

    /// The field of `row` under `column`; fails the test through qFatal for an unknown column.
    [[nodiscard]] QString field(std::size_t row, const QString& column) const;
    /// The field as a number, nothing for an empty field.
    [[nodiscard]] std::optional<double> number(std::size_t row, const QString& column) const;
};

/// Parses `bytes` (UTF-8, with or without a byte-order mark); qFatal on malformed quoting.
CsvTable parseCsv(const QByteArray& bytes);
/// Reads and parses a file.
CsvTable readCsv(const QString& path);

} // namespace nianbao::test
