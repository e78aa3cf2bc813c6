// The long layout: one row per cell of every report.

#include "export/exportrows.h"

namespace nianbao::exporting {

namespace {

class LongRows final : public ExportRows {
public:
    LongRows(const QStringList& archiveKeys, bool provenance)
        : m_archiveKeys(archiveKeys)
        , m_provenance(provenance)
    {
        for (const QString& key : archiveKeys) {
            m_keyFields.push_back(textField(key));
        }
        m_row.resize(provenance ? 12 : 9);
    }

    [[nodiscard]] QList<ExportColumn> columns() const override
    {
        QList<ExportColumn> columns{
            {QStringLiteral("report_id"), 9},
            {QStringLiteral("agency"), 30},
            {QStringLiteral("year"), 6},
            {QStringLiteral("template"), 9},
            {QStringLiteral("key"), 40},
            {QStringLiteral("value"), 12},
            {QStringLiteral("extracted_value"), 14},
            {QStringLiteral("corrected"), 10},
            {QStringLiteral("issue_rules"), 24},
        };
        if (m_provenance) {
            columns.append({QStringLiteral("raw"), 12});
            columns.append({QStringLiteral("confidence"), 11});
            columns.append({QStringLiteral("corrected_by"), 14});
        }
        return columns;
    }

    Result<qint64> write(const store::DatasetReport& report, TableWriter& writer) override
    {
        m_row[0] = ExportField{qint64(report.id)};
        m_row[1] = textField(report.agency);
        m_row[2] = integerField(report.year);
        m_row[3] = textField(report.templateId);
        const OpenFindingsByCell findings(report.openFindings);
        const bool anyOpenFinding = !report.openFindings.empty();
        for (const store::DatasetCell& cell : report.cells) {
            if (cell.key < 0) {
                continue;
            }
            const QString& key = m_archiveKeys.at(cell.key);
            m_row[4] = m_keyFields[std::size_t(cell.key)];
            m_row[5] = numberField(cell.current);
            m_row[5].openError = anyOpenFinding && findings.hasOpenError(key);
            m_row[6] = numberField(cell.extracted);
            m_row[7] = ExportField{cell.corrected()};
            m_row[8] = anyOpenFinding ? textField(findings.rules(key)) : ExportField{Utf8Text{}};
            if (m_provenance) {
                m_row[9] = textField(cell.raw);
                m_row[10] = ExportField{cell.confidence};
                m_row[11] = cell.corrected() ? textField(cell.correctedBy) : ExportField{};
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
    /// The key column of every archive key, encoded once.
    std::vector<ExportField> m_keyFields;
    std::vector<ExportField> m_row;
};

} // namespace

std::unique_ptr<ExportRows> longRows(const QStringList& archiveKeys, bool provenance)
{
    return std::make_unique<LongRows>(archiveKeys, provenance);
}

} // namespace nianbao::exporting
