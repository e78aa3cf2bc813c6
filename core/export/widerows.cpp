// The wide layout: one row per report, one column (or, with provenance, five) per cell key.

#include "export/exportrows.h"
#include "model/review.h"

#include <QHash>

namespace nianbao::exporting {

namespace {

constexpr int kFixedColumns = 7;

class WideRows final : public ExportRows {
public:
    WideRows(const QStringList& datasetKeys, const QStringList& archiveKeys, bool provenance)
        : m_datasetKeys(datasetKeys)
        , m_archiveKeys(archiveKeys)
        , m_columnsPerKey(provenance ? 5 : 1)
    {
        QHash<QString, int> columnOf;
        for (qsizetype i = 0; i < datasetKeys.size(); ++i) {
            columnOf.insert(datasetKeys.at(i), kFixedColumns + int(i) * m_columnsPerKey);
        }
        m_columnOfArchiveKey.reserve(std::size_t(archiveKeys.size()));
        for (const QString& key : archiveKeys) {
            m_columnOfArchiveKey.push_back(columnOf.value(key, -1));
        }
        m_row.resize(std::size_t(kFixedColumns + datasetKeys.size() * m_columnsPerKey));
    }

    [[nodiscard]] QList<ExportColumn> columns() const override
    {
        QList<ExportColumn> columns{
            {QStringLiteral("report_id"), 9}, {QStringLiteral("file"), 40},
            {QStringLiteral("agency"), 30},   {QStringLiteral("year"), 6},
            {QStringLiteral("template"), 9},  {QStringLiteral("status"), 9},
            {QStringLiteral("issues"), 7},
        };
        for (const QString& key : m_datasetKeys) {
            columns.append({key, 12});
            if (m_columnsPerKey > 1) {
                columns.append({key + QStringLiteral(":extracted"), 12});
                columns.append({key + QStringLiteral(":raw"), 12});
                columns.append({key + QStringLiteral(":confidence"), 12});
                columns.append({key + QStringLiteral(":corrected_by"), 14});
            }
        }
        return columns;
    }

    Result<qint64> write(const store::DatasetReport& report, TableWriter& writer) override
    {
        std::fill(m_row.begin(), m_row.end(), ExportField{});
        m_row[0] = ExportField{qint64(report.id)};
        m_row[1] = textField(report.file);
        m_row[2] = textField(report.agency);
        m_row[3] = integerField(report.year);
        m_row[4] = textField(report.templateId);
        m_row[5] = textField(reviewStatusCode(report.status));
        m_row[6] = ExportField{qint64(report.openFindingCount)};
        const OpenFindingsByCell findings(report.openFindings);
        const bool anyOpenFinding = !report.openFindings.empty();
        for (const store::DatasetCell& cell : report.cells) {
            const int column = cell.key >= 0 ? m_columnOfArchiveKey[std::size_t(cell.key)] : -1;
            if (column < 0) {
                continue;
            }
            ExportField* fields = &m_row[std::size_t(column)];
            fields[0] = numberField(cell.current);
            fields[0].openError =
                anyOpenFinding && findings.hasOpenError(m_archiveKeys.at(cell.key));
            if (m_columnsPerKey > 1) {
                fields[1] = numberField(cell.extracted);
                fields[2] = textField(cell.raw);
                fields[3] = ExportField{cell.confidence};
                fields[4] = cell.corrected() ? textField(cell.correctedBy) : ExportField{};
            }
        }
        if (Result<void> written = writer.writeRow(m_row); !written) {
            return std::unexpected(written.error());
        }
        return 1;
    }

private:
    QStringList m_datasetKeys;
    QStringList m_archiveKeys;
    int m_columnsPerKey;
    /// DatasetCell::key → the cell's first column, or -1 when the dataset has no column.
    std::vector<int> m_columnOfArchiveKey;
    /// Reused from report to report: a wide row has hundreds of fields.
    std::vector<ExportField> m_row;
};

} // namespace

std::unique_ptr<ExportRows> wideRows(const QStringList& datasetKeys, const QStringList& archiveKeys,
                                     bool provenance)
{
    return std::make_unique<WideRows>(datasetKeys, archiveKeys, provenance);
}

} // namespace nianbao::exporting
