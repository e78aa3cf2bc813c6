#include "fakeprocessing.h"

#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QStringList>

namespace nianbao::test {

namespace {

const QStringList kReviewParts{
    QStringLiteral("t4.review.upheld"), QStringLiteral("t4.review.corrected"),
    QStringLiteral("t4.review.other"), QStringLiteral("t4.review.pending")};
const QString kReviewTotal = QStringLiteral("t4.review.total");
const QString kCarriedOver = QStringLiteral("t3.carried_over.total");
const QString kCarriedForward = QStringLiteral("t3.carried_forward.total");

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

FakeReport parse(const QString& text)
{
    FakeReport report;
    QStringList body;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const auto field = [&](QLatin1String prefix) {
            return line.startsWith(prefix) ? line.mid(prefix.size()).trimmed() : QString();
        };
        const auto cell = [&](QLatin1String prefix, QHash<QString, QString>& into) {
            if (!line.startsWith(prefix)) {
                return false;
            }
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            into.insert(line.mid(prefix.size(), equals - prefix.size()).trimmed(),
                        line.mid(equals + 1).trimmed());
            return true;
        };
        if (line.startsWith(QLatin1String("agency:"))) {
            report.agency = field(QLatin1String("agency:"));
        } else if (line.startsWith(QLatin1String("year:"))) {
            report.year = field(QLatin1String("year:")).toInt();
        } else if (line.startsWith(QLatin1String("template:"))) {
            report.templateId = field(QLatin1String("template:"));
        } else if (line.startsWith(QLatin1String("fail:"))) {
            report.failure = field(QLatin1String("fail:"));
        } else if (!cell(QLatin1String("cell "), report.cells) &&
                   !cell(QLatin1String("v2 "), report.improvedCells)) {
            body.append(line);
        }
    }
    report.body = body.join(QLatin1Char('\n')).trimmed();
    return report;
}

Cell readCell(const QString& key, const QString& raw, const Document& document)
{
    Cell cell;
    cell.key = key;
    const qsizetype at = document.text.indexOf(QLatin1Char(' ') + key + QLatin1String(" = "));
    if (raw == QLatin1String("?")) {
        cell.confidence = 0.3;
        return cell;
    }
    cell.raw = raw;
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (ok) {
        cell.value = value;
    }
    if (at >= 0) {
        const qsizetype start = document.text.indexOf(raw, at + key.size() + 3);
        cell.span = Span{document.codePointAt(start), document.codePointAt(start + raw.size())};
    }
    return cell;
}

Finding finding(const QString& rule, Severity severity, QStringList cells, const char* message,
                QList<FindingArg> args)
{
    return Finding{rule, severity, std::move(cells), QString::fromUtf8(message), std::move(args)};
}

std::vector<Finding> validate(const Report& report, const std::optional<Report>& previous)
{
    std::vector<Finding> findings;
    double parts = 0;
    bool assessable = report.value(kReviewTotal).has_value();
    for (const QString& key : kReviewParts) {
        assessable = assessable && report.value(key).has_value();
        parts += report.value(key).value_or(0);
    }
    if (assessable && *report.value(kReviewTotal) != parts) {
        findings.push_back(finding(kReviewTotalRule, Severity::Error,
                                   QStringList(kReviewParts) << kReviewTotal,
                                   "Total %1 differs from the sum %2 of its parts",
                                   {FindingArg::value(number(*report.value(kReviewTotal))),
                                    FindingArg::value(number(parts))}));
    }
    if (previous && report.value(kCarriedOver) && previous->value(kCarriedForward) &&
        *report.value(kCarriedOver) != *previous->value(kCarriedForward)) {
        findings.push_back(
            finding(kCarryOverRule, Severity::Warning, {kCarriedOver},
                    "Carried over %1, but the previous year carried forward %2",
                    {FindingArg::value(number(*report.value(kCarriedOver))),
                     FindingArg::value(number(*previous->value(kCarriedForward))),
                     FindingArg::localized(LocalizedText{QStringLiteral("上年结转"),
                                                         QStringLiteral("carried over")})}));
    }
    return findings;
}

} // namespace

QByteArray FakeReport::bytes() const
{
    QStringList lines;
    if (!agency.isEmpty()) {
        lines << QStringLiteral("agency: ") + agency;
    }
    if (year) {
        lines << QStringLiteral("year: %1").arg(*year);
    }
    lines << QStringLiteral("template: ") + templateId;
    // Sorted, so that one description always makes the same bytes (and the same hash).
    QStringList keys = cells.keys();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        lines << QStringLiteral("cell %1 = %2").arg(key, cells.value(key));
    }
    keys = improvedCells.keys();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        lines << QStringLiteral("v2 %1 = %2").arg(key, improvedCells.value(key));
    }
    if (!failure.isEmpty()) {
        lines << QStringLiteral("fail: ") + failure;
    }
    lines << body;
    return lines.join(QLatin1Char('\n')).toUtf8();
}

namespace {

ProcessedReport build(const FakeReport& spec, const QString& text, const QString& fileName,
                      int extractorVersion)
{
    ProcessedReport processed;
    Document& document = processed.document;
    document.fileName = fileName;
    document.format = QStringLiteral("text");
    document.encoding = QStringLiteral("UTF-8");
    document.text = text;

    Report& report = processed.report;
    report.file = document.fileName;
    report.format = document.format;
    report.encoding = document.encoding;
    report.templateId = spec.templateId;
    report.meta.agency = spec.agency;
    report.meta.year = spec.year;
    report.meta.title = spec.agency + QStringLiteral("政府信息公开工作年度报告");
    if (const qsizetype at = document.text.indexOf(spec.agency);
        at >= 0 && !spec.agency.isEmpty()) {
        report.meta.agencySpan = Span{at, at + spec.agency.size()};
    }

    const ReportTemplate* format = TemplateRegistry::builtin().find(spec.templateId);
    const QStringList keys = format ? format->defaultCellKeys() : QStringList();
    for (const QString& key : keys) {
        QString raw = spec.cells.value(key, QStringLiteral("0"));
        if (extractorVersion >= 2 && spec.improvedCells.contains(key)) {
            raw = spec.improvedCells.value(key);
        }
        Cell cell = readCell(key, raw, document);
        if (!cell.value && raw == QLatin1String("?")) {
            report.findings.push_back(finding(kUncertainRule, Severity::Warning, {key},
                                              "Cell %1 could not be read",
                                              {FindingArg::value(key)}));
        }
        report.cells.push_back(std::move(cell));
    }
    for (auto it = spec.cells.cbegin(); it != spec.cells.cend(); ++it) {
        if (!keys.contains(it.key())) {
            report.extras.push_back(readCell(it.key(), it.value(), document));
        }
    }
    if (const qsizetype at = document.text.indexOf(spec.body); !spec.body.isEmpty() && at >= 0) {
        report.narrative.push_back(NarrativePart{
            QStringLiteral("overview"), QStringLiteral("一、总体情况"), spec.body,
            Span{document.codePointAt(at), document.codePointAt(at + spec.body.size())}});
        report.labels.push_back(LabelMatch{QStringLiteral("overview"), QStringLiteral("总体情况"),
                                           QStringLiteral("总体情况"), Span{0, 4}, 1});
    }
    return processed;
}

} // namespace

ProcessedReport fakeProcessed(const FakeReport& spec, int extractorVersion)
{
    ProcessedReport processed = build(spec, QString::fromUtf8(spec.bytes()),
                                      spec.agency + QStringLiteral(".txt"), extractorVersion);
    for (Finding& f : validate(processed.report, std::nullopt)) {
        processed.report.findings.push_back(std::move(f));
    }
    return processed;
}

workflow::ReportProcessing fakeProcessing(int extractorVersion)
{
    workflow::ReportProcessing processing;
    processing.validate = &validate;
    processing.process =
        [extractorVersion](
            const QByteArray& bytes, const QString& fileName,
            const workflow::PreviousYearLookup& previousYear) -> Result<ProcessedReport> {
        const QString text = QString::fromUtf8(bytes);
        const FakeReport spec = parse(text);
        if (!spec.failure.isEmpty()) {
            return fail(ErrorCode::Corrupt, spec.failure);
        }
        if (!TemplateRegistry::builtin().find(spec.templateId)) {
            return fail(ErrorCode::NoTables, QStringLiteral("no tables of a known format"));
        }
        ProcessedReport processed = build(spec, text, fileName, extractorVersion);
        std::optional<Report> previous;
        if (spec.year && previousYear) {
            Result<std::optional<Report>> found = previousYear(spec.agency, *spec.year);
            if (!found) {
                return std::unexpected(found.error());
            }
            previous = std::move(*found);
        }
        for (Finding& f : validate(processed.report, previous)) {
            processed.report.findings.push_back(std::move(f));
        }
        return processed;
    };
    return processing;
}

} // namespace nianbao::test
