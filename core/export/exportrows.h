#pragma once

#include "export/exporttable.h"
#include "store/datasetreader.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace nianbao::exporting {

/// Turns stored reports into the rows of one exported table. (Not store::ReportRows, the rows
/// a report is stored as: the two once shared the name nianbao::ReportRows, which broke the
/// one-definition rule and crashed tst_exportroundtrip in a Debug build.)
class ExportRows {
public:
    ExportRows() = default;
    ExportRows(const ExportRows&) = delete;
    ExportRows& operator=(const ExportRows&) = delete;
    virtual ~ExportRows() = default;

    [[nodiscard]] virtual QList<ExportColumn> columns() const = 0;
    /// Writes the rows `report` makes (none, one or many) and says how many.
    virtual Result<qint64> write(const store::DatasetReport& report, TableWriter& writer) = 0;
};

/// The wide layout of cli-json.md: one row per report, `report_id, file, agency, year,
/// template, status, issues`, then one column per key of `datasetKeys` holding the current
/// value (null where the report's format has no such cell or the cell is blank). With
/// provenance, each key is followed by `KEY:extracted`, `KEY:raw`, `KEY:confidence` and
/// `KEY:corrected_by`. `archiveKeys` is DatasetReader::cellKeys(); a cell whose key is not in
/// `datasetKeys` has no column.
std::unique_ptr<ExportRows> wideRows(const QStringList& datasetKeys, const QStringList& archiveKeys,
                                     bool provenance);

/// The long layout of cli-json.md: one row per cell, `report_id, agency, year, template, key,
/// value, extracted_value, corrected, issue_rules` (the rules of the open findings naming the
/// cell, joined by ";"); with provenance `raw, confidence, corrected_by` after them.
std::unique_ptr<ExportRows> longRows(const QStringList& archiveKeys, bool provenance);

/// The findings report: one row per open finding, `report_id, file, agency, year, template,
/// rule, severity, cells, values, message_zh, message_en`. `values` gives each cell's current
/// value as "KEY=VALUE" (nothing after "=" for a blank), joined by "; ".
std::unique_ptr<ExportRows> findingRows(const QStringList& archiveKeys);

/// Which open findings a report has on each cell, for painting and issue_rules.
class OpenFindingsByCell {
public:
    explicit OpenFindingsByCell(const std::vector<Finding>& openFindings);

    [[nodiscard]] bool hasOpenError(const QString& key) const;
    /// The rules of the open findings naming `key`, each once, joined by ";".
    [[nodiscard]] QString rules(const QString& key) const;

private:
    struct Mark {
        bool error = false;
        QStringList rules;
    };
    /// Only the cells some open finding names: most reports have none.
    QHash<QString, Mark> m_marks;
};

} // namespace nianbao::exporting
