#include "export/reporttimeline.h"

#include "export/csvtablewriter.h"
#include "export/numbertext.h"
#include "export/xlsxworkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>

namespace nianbao::exporting {

namespace {

QString valueText(const std::optional<double>& value)
{
    if (!value) {
        return {};
    }
    QByteArray text;
    appendNumber(text, *value);
    return QString::fromLatin1(text);
}

TimelineEntry fromCorrection(const Correction& correction)
{
    TimelineEntry entry;
    entry.kind = !correction.vouched         ? TimelineEntry::Kind::Restore
                 : correction.isAcceptance() ? TimelineEntry::Kind::Acceptance
                                             : TimelineEntry::Kind::Edit;
    entry.time = correction.time;
    entry.reviewer = correction.reviewer;
    entry.target = correction.cellKey;
    entry.cells = {correction.cellKey};
    entry.oldValue = valueText(correction.oldValue);
    entry.newValue = valueText(correction.newValue);
    entry.reason = correction.reason;
    return entry;
}

TimelineEntry fromDecision(const FindingDecision& decision)
{
    TimelineEntry entry;
    entry.kind = TimelineEntry::Kind::Decision;
    entry.time = decision.time;
    entry.reviewer = decision.reviewer;
    // A fingerprint is "rule|cell,cell" (findingFingerprint).
    entry.target = decision.fingerprint.section(QLatin1Char('|'), 0, 0);
    entry.cells = decision.fingerprint.section(QLatin1Char('|'), 1)
                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
    entry.newValue = findingVerdictCode(decision.verdict);
    entry.reason = decision.comment;
    return entry;
}

TimelineEntry fromChange(const ReportChange& change)
{
    TimelineEntry entry;
    entry.kind = change.field == ReportField::Status ? TimelineEntry::Kind::Status
                                                     : TimelineEntry::Kind::Field;
    entry.time = change.time;
    entry.reviewer = change.reviewer;
    entry.target = reportFieldCode(change.field);
    entry.oldValue = change.oldValue;
    entry.newValue = change.newValue;
    entry.reason = change.reason;
    entry.override = change.override;
    return entry;
}

Result<void> saveCsv(const std::vector<TimelineEntry>& timeline, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io, file.errorString());
    }
    CsvTableWriter writer(file);
    if (Result<void> written = writeTimeline(timeline, writer); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit()) {
        return fail(ErrorCode::Io, file.errorString());
    }
    return {};
}

Result<void> saveXlsx(const std::vector<TimelineEntry>& timeline, const QString& path)
{
    // Made whole in a folder of its own, then copied in one atomic replacement.
    QTemporaryDir folder;
    if (!folder.isValid()) {
        return fail(ErrorCode::Io, folder.errorString());
    }
    const QString made = folder.filePath(QStringLiteral("timeline.xlsx"));
    {
        Result<XlsxWorkbook> workbook = XlsxWorkbook::create(made, folder.path());
        if (!workbook) {
            return std::unexpected(workbook.error());
        }
        Result<std::unique_ptr<TableWriter>> sheet = workbook->addSheet(QStringLiteral("timeline"));
        if (!sheet) {
            return std::unexpected(sheet.error());
        }
        if (Result<void> written = writeTimeline(timeline, **sheet); !written) {
            return written;
        }
        if (Result<void> closed = workbook->close(); !closed) {
            return closed;
        }
    }
    QFile source(made);
    QSaveFile file(path);
    if (!source.open(QIODevice::ReadOnly) || !file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io, file.errorString());
    }
    if (file.write(source.readAll()) < 0 || !file.commit()) {
        return fail(ErrorCode::Io, file.errorString());
    }
    return {};
}

} // namespace

QString timelineKindCode(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Edit:
        return QStringLiteral("edit");
    case TimelineEntry::Kind::Acceptance:
        return QStringLiteral("acceptance");
    case TimelineEntry::Kind::Restore:
        return QStringLiteral("restore");
    case TimelineEntry::Kind::Decision:
        return QStringLiteral("decision");
    case TimelineEntry::Kind::Status:
        return QStringLiteral("status");
    case TimelineEntry::Kind::Field:
        return QStringLiteral("field");
    }
    return {};
}

std::vector<TimelineEntry> reportTimeline(const store::ReportHistory& history)
{
    std::vector<TimelineEntry> timeline;
    timeline.reserve(history.corrections.size() + history.decisions.size() +
                     history.changes.size());
    for (const Correction& correction : history.corrections) {
        timeline.push_back(fromCorrection(correction));
    }
    for (const FindingDecision& decision : history.decisions) {
        timeline.push_back(fromDecision(decision));
    }
    for (const ReportChange& change : history.changes) {
        timeline.push_back(fromChange(change));
    }
    std::stable_sort(
        timeline.begin(), timeline.end(),
        [](const TimelineEntry& a, const TimelineEntry& b) { return a.time < b.time; });
    return timeline;
}

QList<ExportColumn> timelineColumns()
{
    return {{QStringLiteral("time"), 20},      {QStringLiteral("reviewer"), 12},
            {QStringLiteral("kind"), 11},      {QStringLiteral("target"), 24},
            {QStringLiteral("cells"), 24},     {QStringLiteral("old_value"), 12},
            {QStringLiteral("new_value"), 12}, {QStringLiteral("reason"), 40},
            {QStringLiteral("override"), 9}};
}

Result<void> writeTimeline(const std::vector<TimelineEntry>& timeline, TableWriter& writer)
{
    if (Result<void> header = writer.writeHeader(timelineColumns()); !header) {
        return header;
    }
    for (const TimelineEntry& entry : timeline) {
        const ExportField fields[] = {
            textField(entry.time.toUTC().toString(Qt::ISODate)),
            textField(entry.reviewer),
            textField(timelineKindCode(entry.kind)),
            textField(entry.target),
            textField(entry.cells.join(QLatin1Char(';'))),
            textField(entry.oldValue),
            textField(entry.newValue),
            textField(entry.reason),
            ExportField{entry.override},
        };
        if (Result<void> row = writer.writeRow(fields); !row) {
            return row;
        }
    }
    return writer.finish();
}

Result<void> saveTimeline(const std::vector<TimelineEntry>& timeline, const QString& path)
{
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? saveXlsx(timeline, path)
                                                                       : saveCsv(timeline, path);
}

} // namespace nianbao::exporting
