#pragma once

#include "common/error.h"
#include "export/exporttable.h"
#include "store/archive.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao::exporting {

/// One thing that happened to a report under review, as the timeline lists it.
struct TimelineEntry {
    enum class Kind {
        Edit,       ///< a new value for a cell
        Acceptance, ///< a reviewer vouched for a cell's value (or took a candidate reading)
        Restore,    ///< a cell back to a value nobody vouched for (an undo)
        Decision,   ///< a verdict on a finding
        Status,     ///< the review status
        Field,      ///< the agency, year, title or region
    };
    Kind kind = Kind::Edit;
    QDateTime time;
    QString reviewer;
    /// A cell's key, a finding's rule or a field's code.
    QString target;
    /// The cells to show when the entry is chosen.
    QStringList cells;
    QString oldValue;
    QString newValue;
    QString reason;
    /// A status set over undecided errors.
    bool override = false;
};

/// Stable code of a kind ("edit", "acceptance", "restore", "decision", "status", "field").
QString timelineKindCode(TimelineEntry::Kind kind);

/// Every correction, decision and change of a report in one list, oldest first (changes made
/// at the same moment keep the archive's order: cells, decisions, fields).
std::vector<TimelineEntry> reportTimeline(const store::ReportHistory& history);

/// The timeline as a table: `time, reviewer, kind, target, cells, old_value, new_value,
/// reason, override`, times in ISO 8601 (UTC, four-digit years).
QList<ExportColumn> timelineColumns();
Result<void> writeTimeline(const std::vector<TimelineEntry>& timeline, TableWriter& writer);

/// Saves the timeline as CSV, or as the sheet "timeline" of an XLSX workbook when `path`
/// ends in .xlsx; the file appears whole or not at all.
Result<void> saveTimeline(const std::vector<TimelineEntry>& timeline, const QString& path);

} // namespace nianbao::exporting
