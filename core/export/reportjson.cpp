#include "export/reportjson.h"

#include "common/jsonwriter.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace nianbao {

namespace {

QJsonValue spanToJson(const std::optional<Span>& span)
{
    if (!span) {
        return QJsonValue::Null;
    }
    return QJsonArray{static_cast<qint64>(span->start), static_cast<qint64>(span->end)};
}

std::optional<Span> spanFromJson(const QJsonValue& value)
{
    const QJsonArray array = value.toArray();
    if (array.size() != 2) {
        return std::nullopt;
    }
    return Span{array.at(0).toInteger(), array.at(1).toInteger()};
}

QJsonValue numberToJson(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> numberFromJson(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QJsonObject cellsToJson(const std::vector<Cell>& cells)
{
    QJsonObject object;
    for (const Cell& cell : cells) {
        QJsonObject json{{QStringLiteral("value"), numberToJson(cell.value)},
                         {QStringLiteral("raw"), cell.raw},
                         {QStringLiteral("span"), spanToJson(cell.span)},
                         {QStringLiteral("confidence"), cell.confidence}};
        // An extension of the contract: only cells the extractor could not settle have it.
        if (!cell.candidates.empty()) {
            QJsonArray candidates;
            for (const CellCandidate& candidate : cell.candidates) {
                candidates.append(QJsonObject{{QStringLiteral("value"), candidate.value},
                                              {QStringLiteral("score"), candidate.score}});
            }
            json.insert(QStringLiteral("candidates"), candidates);
        }
        object.insert(cell.key, json);
    }
    return object;
}

std::vector<Cell> cellsFromJson(const QJsonObject& object, const QStringList& order)
{
    std::vector<Cell> cells;
    QStringList keys = order;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key())) {
            keys.append(it.key());
        }
    }
    for (const QString& key : keys) {
        if (!object.contains(key)) {
            continue;
        }
        const QJsonObject c = object.value(key).toObject();
        Cell cell{key,
                  numberFromJson(c.value(QLatin1String("value"))),
                  c.value(QLatin1String("raw")).toString(),
                  spanFromJson(c.value(QLatin1String("span"))),
                  c.value(QLatin1String("confidence")).toDouble(),
                  {}};
        for (const QJsonValue& candidate : c.value(QLatin1String("candidates")).toArray()) {
            const QJsonObject reading = candidate.toObject();
            cell.candidates.push_back(
                CellCandidate{reading.value(QLatin1String("value")).toDouble(),
                              reading.value(QLatin1String("score")).toDouble()});
        }
        cells.push_back(std::move(cell));
    }
    return cells;
}

QJsonObject findingToJson(const Finding& finding)
{
    QJsonArray args;
    for (const FindingArg& arg : finding.args) {
        if (arg.term.isEmpty()) {
            args.append(arg.plain);
        } else {
            args.append(arg.term.toJson());
        }
    }
    return QJsonObject{{QStringLiteral("rule"), finding.rule},
                       {QStringLiteral("severity"), severityCode(finding.severity)},
                       {QStringLiteral("cells"), QJsonArray::fromStringList(finding.cells)},
                       {QStringLiteral("message"), finding.message()},
                       {QStringLiteral("message_template"), finding.messageTemplate},
                       {QStringLiteral("args"), args}};
}

Finding findingFromJson(const QJsonObject& object)
{
    Finding finding;
    finding.rule = object.value(QLatin1String("rule")).toString();
    finding.severity = severityFromCode(object.value(QLatin1String("severity")).toString())
                           .value_or(Severity::Note);
    const QJsonArray cells = object.value(QLatin1String("cells")).toArray();
    for (const QJsonValue& cell : cells) {
        finding.cells.append(cell.toString());
    }
    finding.messageTemplate = object.value(QLatin1String("message_template")).toString();
    const QJsonArray args = object.value(QLatin1String("args")).toArray();
    for (const QJsonValue& arg : args) {
        finding.args.append(arg.isString() ? FindingArg::value(arg.toString())
                                           : FindingArg::localized(LocalizedText::fromJson(arg)));
    }
    return finding;
}

// The stream writers below print members in the order QJsonObject keeps them: sorted by key.

void writeSpan(JsonWriter& out, const std::optional<Span>& span)
{
    if (!span) {
        out.null();
        return;
    }
    out.beginArray();
    out.value(static_cast<qint64>(span->start));
    out.value(static_cast<qint64>(span->end));
    out.endArray();
}

/// Cells keyed by their key: sorted as QJsonObject sorts, the last of equal keys kept.
void writeCells(JsonWriter& out, const std::vector<Cell>& cells)
{
    std::vector<const Cell*> sorted;
    sorted.reserve(cells.size());
    for (const Cell& cell : cells) {
        sorted.push_back(&cell);
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Cell* a, const Cell* b) { return a->key < b->key; });
    out.beginObject();
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i + 1 < sorted.size() && sorted[i + 1]->key == sorted[i]->key) {
            continue; // a later cell of the same key replaces it, as QJsonObject::insert does
        }
        const Cell& cell = *sorted[i];
        out.key(cell.key);
        out.beginObject();
        if (!cell.candidates.empty()) {
            out.key(QLatin1StringView("candidates"));
            out.beginArray();
            for (const CellCandidate& candidate : cell.candidates) {
                out.beginObject();
                out.key(QLatin1StringView("score"));
                out.value(candidate.score);
                out.key(QLatin1StringView("value"));
                out.value(candidate.value);
                out.endObject();
            }
            out.endArray();
        }
        out.key(QLatin1StringView("confidence"));
        out.value(cell.confidence);
        out.key(QLatin1StringView("raw"));
        out.value(cell.raw);
        out.key(QLatin1StringView("span"));
        writeSpan(out, cell.span);
        out.key(QLatin1StringView("value"));
        out.numberOrNull(cell.value);
        out.endObject();
    }
    out.endObject();
}

void writeFinding(JsonWriter& out, const Finding& finding)
{
    out.beginObject();
    out.key(QLatin1StringView("args"));
    out.beginArray();
    for (const FindingArg& arg : finding.args) {
        if (arg.term.isEmpty()) {
            out.value(arg.plain);
        } else {
            out.beginObject(); // LocalizedText::toJson()
            out.key(QLatin1StringView("en"));
            out.value(arg.term.en);
            out.key(QLatin1StringView("zh"));
            out.value(arg.term.zh);
            out.endObject();
        }
    }
    out.endArray();
    out.key(QLatin1StringView("cells"));
    out.beginArray();
    for (const QString& cell : finding.cells) {
        out.value(cell);
    }
    out.endArray();
    out.key(QLatin1StringView("message"));
    out.value(finding.message());
    out.key(QLatin1StringView("message_template"));
    out.value(finding.messageTemplate);
    out.key(QLatin1StringView("rule"));
    out.value(finding.rule);
    out.key(QLatin1StringView("severity"));
    out.value(severityCode(finding.severity));
    out.endObject();
}

void writeMeta(JsonWriter& out, const ReportMeta& meta)
{
    out.beginObject();
    out.key(QLatin1StringView("agency"));
    out.textOrNull(meta.agency);
    out.key(QLatin1StringView("agency_span"));
    writeSpan(out, meta.agencySpan);
    out.key(QLatin1StringView("title"));
    out.textOrNull(meta.title);
    out.key(QLatin1StringView("title_span"));
    writeSpan(out, meta.titleSpan);
    out.key(QLatin1StringView("year"));
    if (meta.year) {
        out.value(*meta.year);
    } else {
        out.null();
    }
    out.key(QLatin1StringView("year_span"));
    writeSpan(out, meta.yearSpan);
    out.endObject();
}

} // namespace

void writeReportJson(JsonWriter& out, const Report& report)
{
    out.beginObject();
    out.key(QLatin1StringView("cells"));
    writeCells(out, report.cells);
    out.key(QLatin1StringView("encoding"));
    out.value(report.encoding);
    out.key(QLatin1StringView("extras"));
    writeCells(out, report.extras);
    out.key(QLatin1StringView("file"));
    out.value(report.file);
    out.key(QLatin1StringView("format"));
    out.value(report.format);
    out.key(QLatin1StringView("issues"));
    out.beginArray();
    for (const Finding& finding : report.findings) {
        writeFinding(out, finding);
    }
    out.endArray();
    out.key(QLatin1StringView("labels"));
    out.beginArray();
    for (const LabelMatch& label : report.labels) {
        out.beginObject();
        out.key(QLatin1StringView("alias"));
        out.value(label.alias);
        out.key(QLatin1StringView("distance"));
        out.value(label.distance);
        out.key(QLatin1StringView("key"));
        out.value(label.key);
        out.key(QLatin1StringView("span"));
        writeSpan(out, label.span);
        out.key(QLatin1StringView("text"));
        out.value(label.text);
        out.endObject();
    }
    out.endArray();
    out.key(QLatin1StringView("meta"));
    writeMeta(out, report.meta);
    out.key(QLatin1StringView("narrative"));
    out.beginArray();
    for (const NarrativePart& part : report.narrative) {
        out.beginObject();
        out.key(QLatin1StringView("heading"));
        out.value(part.heading);
        out.key(QLatin1StringView("key"));
        out.value(part.key);
        out.key(QLatin1StringView("span"));
        writeSpan(out, part.span);
        out.key(QLatin1StringView("text"));
        out.value(part.text);
        out.endObject();
    }
    out.endArray();
    out.key(QLatin1StringView("template"));
    out.value(report.templateId.isEmpty() ? QStringLiteral("unknown") : report.templateId);
    out.endObject();
}

QJsonObject reportToJson(const Report& report)
{
    QJsonObject meta{
        {QStringLiteral("title"), report.meta.title.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(report.meta.title)},
        {QStringLiteral("agency"), report.meta.agency.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(report.meta.agency)},
        {QStringLiteral("year"),
         report.meta.year ? QJsonValue(*report.meta.year) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("title_span"), spanToJson(report.meta.titleSpan)},
        {QStringLiteral("agency_span"), spanToJson(report.meta.agencySpan)},
        {QStringLiteral("year_span"), spanToJson(report.meta.yearSpan)}};
    QJsonArray issues;
    for (const Finding& finding : report.findings) {
        issues.append(findingToJson(finding));
    }
    QJsonArray labels;
    for (const LabelMatch& label : report.labels) {
        labels.append(QJsonObject{{QStringLiteral("key"), label.key},
                                  {QStringLiteral("alias"), label.alias},
                                  {QStringLiteral("text"), label.text},
                                  {QStringLiteral("span"), spanToJson(label.span)},
                                  {QStringLiteral("distance"), label.distance}});
    }
    QJsonArray narrative;
    for (const NarrativePart& part : report.narrative) {
        narrative.append(QJsonObject{{QStringLiteral("key"), part.key},
                                     {QStringLiteral("heading"), part.heading},
                                     {QStringLiteral("text"), part.text},
                                     {QStringLiteral("span"), spanToJson(part.span)}});
    }
    return QJsonObject{{QStringLiteral("file"), report.file},
                       {QStringLiteral("format"), report.format},
                       {QStringLiteral("encoding"), report.encoding},
                       {QStringLiteral("template"), report.templateId.isEmpty()
                                                        ? QStringLiteral("unknown")
                                                        : report.templateId},
                       {QStringLiteral("meta"), meta},
                       {QStringLiteral("cells"), cellsToJson(report.cells)},
                       {QStringLiteral("extras"), cellsToJson(report.extras)},
                       {QStringLiteral("issues"), issues},
                       {QStringLiteral("labels"), labels},
                       {QStringLiteral("narrative"), narrative}};
}

Result<Report> reportFromJson(const QJsonObject& object)
{
    if (!object.value(QLatin1String("cells")).isObject()) {
        return fail(ErrorCode::Corrupt, QCoreApplication::translate(
                                            "nianbao::ReportJson", "the JSON object has no cells"));
    }
    Report report;
    report.file = object.value(QLatin1String("file")).toString();
    report.format = object.value(QLatin1String("format")).toString();
    report.encoding = object.value(QLatin1String("encoding")).toString();
    report.templateId = object.value(QLatin1String("template")).toString();
    if (report.templateId == QLatin1String("unknown")) {
        report.templateId.clear();
    }
    const QJsonObject meta = object.value(QLatin1String("meta")).toObject();
    report.meta.title = meta.value(QLatin1String("title")).toString();
    report.meta.agency = meta.value(QLatin1String("agency")).toString();
    if (meta.value(QLatin1String("year")).isDouble()) {
        report.meta.year = meta.value(QLatin1String("year")).toInt();
    }
    report.meta.titleSpan = spanFromJson(meta.value(QLatin1String("title_span")));
    report.meta.agencySpan = spanFromJson(meta.value(QLatin1String("agency_span")));
    report.meta.yearSpan = spanFromJson(meta.value(QLatin1String("year_span")));
    report.cells = cellsFromJson(object.value(QLatin1String("cells")).toObject(), {});
    report.extras = cellsFromJson(object.value(QLatin1String("extras")).toObject(), {});
    const QJsonArray issues = object.value(QLatin1String("issues")).toArray();
    for (const QJsonValue& issue : issues) {
        report.findings.push_back(findingFromJson(issue.toObject()));
    }
    const QJsonArray labels = object.value(QLatin1String("labels")).toArray();
    for (const QJsonValue& value : labels) {
        const QJsonObject l = value.toObject();
        report.labels.push_back(LabelMatch{
            l.value(QLatin1String("key")).toString(), l.value(QLatin1String("alias")).toString(),
            l.value(QLatin1String("text")).toString(),
            spanFromJson(l.value(QLatin1String("span"))).value_or(Span{}),
            l.value(QLatin1String("distance")).toInt()});
    }
    const QJsonArray narrative = object.value(QLatin1String("narrative")).toArray();
    for (const QJsonValue& value : narrative) {
        const QJsonObject n = value.toObject();
        report.narrative.push_back(NarrativePart{
            n.value(QLatin1String("key")).toString(), n.value(QLatin1String("heading")).toString(),
            n.value(QLatin1String("text")).toString(),
            spanFromJson(n.value(QLatin1String("span"))).value_or(Span{})});
    }
    return report;
}

} // namespace nianbao
