// The findings report: one row per open finding, to send back to the body that published the
// report.

#include "export/exportrows.h"
#include "export/numbertext.h"

#include <algorithm>

namespace nianbao::exporting {

namespace {

class FindingRows final : public ExportRows {
public:
    explicit FindingRows(const QStringList& archiveKeys)
        : m_archiveKeys(archiveKeys)
    {}

    [[nodiscard]] QList<ExportColumn> columns() const override
    {
        return {
            {QStringLiteral("report_id"), 9},   {QStringLiteral("file"), 30},
            {QStringLiteral("agency"), 30},     {QStringLiteral("year"), 6},
            {QStringLiteral("template"), 9},    {QStringLiteral("rule"), 24},
            {QStringLiteral("severity"), 9},    {QStringLiteral("cells"), 40},
            {QStringLiteral("values"), 40},     {QStringLiteral("message_zh"), 60},
            {QStringLiteral("message_en"), 60},
        };
    }

    Result<qint64> write(const store::DatasetReport& report, TableWriter& writer) override
    {
        for (const Finding& finding : report.openFindings) {
            const std::vector<ExportField> row{
                ExportField{qint64(report.id)},
                textField(report.file),
                textField(report.agency),
                integerField(report.year),
                textField(report.templateId),
                textField(finding.rule),
                ExportField{Utf8Text{severityCode(finding.severity).toUtf8()},
                            finding.severity == Severity::Error},
                textField(finding.cells.join(QLatin1Char(';'))),
                ExportField{Utf8Text{valuesOf(report, finding.cells)}},
                textField(finding.message(true)),
                textField(finding.message(false)),
            };
            if (Result<void> written = writer.writeRow(row); !written) {
                return std::unexpected(written.error());
            }
        }
        return qint64(report.openFindings.size());
    }

private:
    /// "t3.new.total=5; t3.results_total.total=": the current values the finding is about.
    QByteArray valuesOf(const store::DatasetReport& report, const QStringList& keys) const
    {
        QByteArray text;
        for (const QString& key : keys) {
            if (!text.isEmpty()) {
                text += "; ";
            }
            text += key.toUtf8() + '=';
            const auto cell = std::find_if(report.cells.begin(), report.cells.end(),
                                           [&](const store::DatasetCell& c) {
                                               return c.key >= 0 && m_archiveKeys.at(c.key) == key;
                                           });
            if (cell != report.cells.end() && cell->current) {
                appendNumber(text, *cell->current);
            }
        }
        return text;
    }

    QStringList m_archiveKeys;
};

} // namespace

std::unique_ptr<ExportRows> findingRows(const QStringList& archiveKeys)
{
    return std::make_unique<FindingRows>(archiveKeys);
}

} // namespace nianbao::exporting
