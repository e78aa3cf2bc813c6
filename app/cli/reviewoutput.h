#pragma once

#include "store/archive.h"
#include "workflow/reviewchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace nianbao::cli {

/// What a review command did, as the JSON object `--json` prints: the rows written
/// (corrections, decisions, changes), the doubts settled, and the report's status, findings
/// and open counts after it.
QJsonObject changeToJson(const workflow::ChangeRecord& record, const StoredReport& after);
/// The same for people: one line per row written, then the open counts.
QString changeAsText(const workflow::ChangeRecord& record, const StoredReport& after);

/// Every step of a report's history (or of one cell's, when `cellKey` is not empty), oldest
/// first, as JSON or as a table.
QJsonObject historyToJson(ReportId id, const QString& cellKey, const store::ReportHistory& history);
QString historyAsText(const store::ReportHistory& history);

} // namespace nianbao::cli
