// The long layout: one row per cell of every report.

#include "export/reportrows.h"

namespace nianbao {

namespace {

class LongRows final : public ReportRows {
public:
    LongRows(const QStringList& archiveKeys, bool provenance)
        : m_archiveKeys(archiveKeys)
        , m_provenance(provenance)
    {
        m_row.resize(provenance ? 12 : 9);
    }

    [[nodiscard]] QList<ExportColumn> columns() const override
    {
        QList<ExportColumn> columns{
            {QStringLiteral("report_id"), ColumnKind::Integer, 9},
            {QStringLiteral("agency"), ColumnKind::Text, 30},
            {QStringLiteral("year"), ColumnKind::Integer, 6},
            {QStringLiteral("template"), ColumnKind::Text, 9},
            {QStringLiteral("key"), ColumnKind::Text, 40},
            {QStringLiteral("value"), ColumnKind::Number, 12},
            {QStringLiteral("extracted_value"), ColumnKind::Number, 14},
            {QStringLiteral("corrected"), ColumnKind::Boolean, 10},
            {QStringLiteral("issue_rules"), ColumnKind::Text, 24},
        };
        if (m_provenance) {
            columns.append({QStringLiteral("raw"), ColumnKind::Text, 12});
            columns.append({QStringLiteral("confidence"), ColumnKind::Number, 11});
            columns.append({QStringLiteral("corrected_by"), ColumnKind::Text, 14});
        }
        return columns;
    }

    Result<qint64> write(const DatasetReport& report, TableWriter& writer) override
    {
        m_row[0] = ExportField{qint64(report.id)};
        m_row[1] = ExportField{report.agency};
        m_row[2] = integerField(report.year);
        m_row[3] = ExportField{report.templateId};
        const OpenFindingsByCell findings(report.openFindings);
        for (const DatasetCell& cell : report.cells) {
            const QString key = cell.key >= 0 ? m_archiveKeys.at(cell.key) : QString();
            m_row[4] = ExportField{key};
            m_row[5] = numberField(cell.current);
            m_row[5].openError = findings.hasOpenError(key);
            m_row[6] = numberField(cell.extracted);
            m_row[7] = ExportField{cell.corrected()};
            m_row[8] = ExportField{findings.rules(key)};
            if (m_provenance) {
                m_row[9] = ExportField{cell.raw};
                m_row[10] = ExportField{cell.confidence};
                m_row[11] = cell.corrected() ? ExportField{cell.correctedBy} : ExportField{};
            }
            if (Result<void> written = writer.writeRow(m_row); !written) {
                return std::unexpected(written.error());
            }
        }
        return qint64(report.cells.size());
    }

private:
    QStringList m_archiveKeys;
    bool m_provenance;
    std::vector<ExportField> m_row;
};

} // namespace

std::unique_ptr<ReportRows> longRows(const QStringList& archiveKeys, bool provenance)
{
    return std::make_unique<LongRows>(archiveKeys, provenance);
}

} // namespace nianbao
