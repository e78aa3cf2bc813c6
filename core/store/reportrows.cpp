#include "store/reportrows.h"

#include "model/agencyname.h"
#include "store/findingcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::store {

namespace {

QByteArray compactJson(const QJsonDocument& document)
{
    return document.toJson(QJsonDocument::Compact);
}

QJsonValue spanJson(const std::optional<Span>& span)
{
    if (!span) {
        return QJsonValue::Null;
    }
    return QJsonArray{qint64(span->start), qint64(span->end)};
}

QByteArray metaSpansJson(const ReportMeta& meta)
{
    return compactJson(
        QJsonDocument(QJsonObject{{QStringLiteral("title"), spanJson(meta.titleSpan)},
                                  {QStringLiteral("agency"), spanJson(meta.agencySpan)},
                                  {QStringLiteral("year"), spanJson(meta.yearSpan)}}));
}

QByteArray pageBoxesJson(const std::vector<PageBox>& boxes)
{
    QJsonArray array;
    for (const PageBox& box : boxes) {
        array.append(QJsonArray{box.page, box.box.x(), box.box.y(), box.box.width(),
                                box.box.height(), qint64(box.span.start), qint64(box.span.end)});
    }
    return compactJson(QJsonDocument(array));
}

std::vector<ReportRows::CellRow> cellRows(const std::vector<Cell>& cells)
{
    std::vector<ReportRows::CellRow> rows;
    rows.reserve(cells.size());
    for (const Cell& cell : cells) {
        rows.push_back(
            {cell.key, cell.value, cell.raw.toUtf8(), cell.span, cell.confidence, cell.candidates});
    }
    return rows;
}

/// The first of `a` and `b` that is not empty: the report's own provenance, else the
/// document's.
const QString& either(const QString& a, const QString& b)
{
    return a.isEmpty() ? b : a;
}

} // namespace

ReportRows ReportRows::of(const ProcessedReport& processed)
{
    const Report& report = processed.report;
    const Document& document = processed.document;
    ReportRows rows;
    const QString agencyKey = normalizedAgencyName(report.meta.agency);
    rows.fileName = either(report.file, document.fileName).toUtf8();
    rows.format = either(report.format, document.format).toUtf8();
    rows.encoding = either(report.encoding, document.encoding).toUtf8();
    rows.title = report.meta.title.toUtf8();
    rows.agency = report.meta.agency.trimmed().toUtf8();
    rows.agencyKey = agencyKey.toUtf8();
    rows.region = regionOfAgency(agencyKey).toUtf8();
    if (report.meta.year) {
        rows.year = *report.meta.year;
    }
    rows.templateId =
        report.templateId.isEmpty() ? QByteArray("unknown") : report.templateId.toUtf8();
    rows.open = SeverityCounts::of(report.findings);

    rows.text = document.text.toUtf8();
    rows.notices = compactJson(QJsonDocument(QJsonArray::fromStringList(document.notices)));
    rows.pageBoxes = pageBoxesJson(document.pageBoxes);
    rows.metaSpans = metaSpansJson(report.meta);
    rows.lowQuality = document.lowQualityText;

    rows.cells = cellRows(report.cells);
    rows.extras = cellRows(report.extras);
    rows.labels.reserve(report.labels.size());
    for (const LabelMatch& match : report.labels) {
        rows.labels.push_back({match.key.toUtf8(), match.alias.toUtf8(), match.text.toUtf8(),
                               match.span, match.distance});
    }
    rows.narrative.reserve(report.narrative.size());
    for (const NarrativePart& part : report.narrative) {
        rows.narrative.push_back(
            {part.key.toUtf8(), part.heading.toUtf8(), part.text.toUtf8(), part.span});
    }
    rows.findings = findingRows(report.findings);
    return rows;
}

std::vector<ReportRows::FindingRow> ReportRows::findingRows(const std::vector<Finding>& findings)
{
    std::vector<FindingRow> rows;
    rows.reserve(findings.size());
    for (const Finding& finding : findings) {
        rows.push_back({finding.rule.toUtf8(), severityCode(finding.severity).toUtf8(),
                        encodeCellKeysUtf8(finding.cells), finding.messageTemplate.toUtf8(),
                        encodeFindingArgsUtf8(finding.args), findingFingerprint(finding).toUtf8()});
    }
    return rows;
}

} // namespace nianbao::store
