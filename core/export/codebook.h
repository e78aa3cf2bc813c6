#pragma once

#include "common/localizedtext.h"
#include "export/exporttable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao {
class TemplateRegistry;
}

namespace nianbao::exporting {

/// What one cell key means, as the codebook tells the people who use a dataset.
struct CodebookEntry {
    QString key;   ///< "t3.denied.state_secret.natural"
    QString table; ///< "t3"
    LocalizedText tableTitle;
    /// What the row sits under: its group ((三)不予公开) or, in table 2, its 第二十条 item.
    LocalizedText rowGroup;
    LocalizedText row;
    /// The column's label, after its group's (法人或其他组织) when it has one.
    LocalizedText column;
    QString unit;
    QString type; ///< valueTypeCode: "count", "signed", "money"
    int decimals = 0;
    /// The ids of the formats that have the key, newest first.
    QStringList formats;
};

/// One entry per key of TemplateRegistry::allCellKeys, in that order: every key of every
/// format, each once. Where formats label a key differently (table 2 of 2019 says
/// 处理决定数量, of 2021 本年处理决定数量), the labels are joined by " / " in the order of
/// `formats`.
std::vector<CodebookEntry> buildCodebook(const TemplateRegistry& templates);

/// key, table, table_zh, table_en, row_group_zh, row_group_en, row_zh, row_en, column_zh,
/// column_en, unit, type, decimals, formats (ids joined by ";").
QList<ExportColumn> codebookColumns();
/// The fields of one entry, in the order of codebookColumns().
std::vector<ExportField> codebookRow(const CodebookEntry& entry);

/// Where a CSV or JSON dataset's codebook goes: beside it, "data.csv" → "data.codebook.csv".
QString codebookPathFor(const QString& dataPath);

/// Writes the header and one row per entry.
Result<void> writeCodebook(TableWriter& writer, const std::vector<CodebookEntry>& entries);

} // namespace nianbao::exporting
