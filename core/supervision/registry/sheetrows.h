#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <vector>

namespace nianbao::supervision {

/// The rows of a table as text cells, as a spreadsheet or CSV file holds them.
using SheetRows = std::vector<QStringList>;

/// A CSV (or tab-separated) file's rows: RFC 4180 quoting (quoted cells may hold separators,
/// line breaks and doubled quotes), the separator the header row uses most (comma, tab,
/// semicolon), the encoding found as for reports (UTF-8, UTF-16, GB18030 — Excel saves
/// Chinese CSV in GBK). A quote left open is an error naming the row it starts in.
Result<SheetRows> readCsvRows(QByteArrayView bytes);

/// The first worksheet of an XLSX workbook: shared strings, inline strings, numbers (as the
/// file writes them: 320813, not 3.2E5) and booleans; cells placed by their reference, so
/// skipped cells are empty. Read with the zip-bomb guards of Word files.
Result<SheetRows> readXlsxRows(const QByteArray& bytes);

} // namespace nianbao::supervision
