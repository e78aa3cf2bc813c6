#include "reviewoutput.h"

#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace nianbao::cli {

namespace {

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString shown(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 15)
                 : QCoreApplication::translate("nianbao::cli", "blank");
}

QString time(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject correctionToJson(const Correction& correction)
{
    return QJsonObject{
        {QStringLiteral("kind"),
         correction.isAcceptance() ? QStringLiteral("acceptance") : QStringLiteral("correction")},
        {QStringLiteral("cell"), correction.cellKey},
        {QStringLiteral("old_value"), number(correction.oldValue)},
        {QStringLiteral("new_value"), number(correction.newValue)},
        {QStringLiteral("extracted_value"), number(correction.extractedValue)},
        {QStringLiteral("vouched"), correction.vouched},
        // 1 for the best reading, as the CLI takes it.
        {QStringLiteral("candidate"), correction.candidate ? QJsonValue(*correction.candidate + 1)
                                                           : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reviewer"), correction.reviewer},
        {QStringLiteral("time"), time(correction.time)},
        {QStringLiteral("reason"), correction.reason},
    };
}

QJsonObject decisionToJson(const FindingDecision& decision)
{
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("decision")},
        {QStringLiteral("finding"), decision.fingerprint},
        {QStringLiteral("verdict"), findingVerdictCode(decision.verdict)},
        {QStringLiteral("reviewer"), decision.reviewer},
        {QStringLiteral("time"), time(decision.time)},
        {QStringLiteral("reason"), decision.comment},
    };
}

QJsonObject reportChangeToJson(const ReportChange& change)
{
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("change")},
        {QStringLiteral("field"), reportFieldCode(change.field)},
        {QStringLiteral("old_value"), change.oldValue},
        {QStringLiteral("new_value"), change.newValue},
        {QStringLiteral("override"), change.override},
        {QStringLiteral("reviewer"), change.reviewer},
        {QStringLiteral("time"), time(change.time)},
        {QStringLiteral("reason"), change.reason},
    };
}

QJsonObject findingToJson(const Finding& finding, const StoredReport& after)
{
    const FindingDecision* decision = after.decision(finding);
    return QJsonObject{
        {QStringLiteral("finding"), findingFingerprint(finding)},
        {QStringLiteral("rule"), finding.rule},
        {QStringLiteral("severity"), severityCode(finding.severity)},
        {QStringLiteral("cells"), QJsonArray::fromStringList(finding.cells)},
        {QStringLiteral("message"), finding.message()},
        {QStringLiteral("verdict"),
         findingVerdictCode(decision ? decision->verdict : FindingVerdict::Open)},
    };
}

QString correctionLine(const Correction& correction)
{
    if (correction.candidate) {
        return QCoreApplication::translate("nianbao::cli", "%1: reading %2 accepted, %3 → %4")
            .arg(correction.cellKey)
            .arg(*correction.candidate + 1)
            .arg(shown(correction.oldValue), shown(correction.newValue));
    }
    if (correction.isAcceptance()) {
        return QCoreApplication::translate("nianbao::cli", "%1: %2 accepted")
            .arg(correction.cellKey, shown(correction.newValue));
    }
    return QCoreApplication::translate("nianbao::cli", "%1: %2 → %3")
        .arg(correction.cellKey, shown(correction.oldValue), shown(correction.newValue));
}

QString changeLine(const ReportChange& change)
{
    const QString none = QCoreApplication::translate("nianbao::cli", "(none)");
    QString line =
        QCoreApplication::translate("nianbao::cli", "%1: %2 → %3")
            .arg(reportFieldCode(change.field), change.oldValue.isEmpty() ? none : change.oldValue,
                 change.newValue.isEmpty() ? none : change.newValue);
    if (change.override) {
        line += QLatin1Char(' ') + QCoreApplication::translate("nianbao::cli", "(override)");
    }
    return line;
}

} // namespace

QJsonObject changeToJson(const workflow::ChangeRecord& record, const StoredReport& after)
{
    QJsonArray corrections;
    for (const Correction& correction : record.corrections) {
        corrections.append(correctionToJson(correction));
    }
    QJsonArray decisions;
    for (const FindingDecision& decision : record.decisions) {
        decisions.append(decisionToJson(decision));
    }
    QJsonArray changes;
    for (const ReportChange& change : record.reportChanges) {
        changes.append(reportChangeToJson(change));
    }
    QJsonArray issues;
    for (const Finding& finding : record.findings) {
        issues.append(findingToJson(finding, after));
    }
    return QJsonObject{
        {QStringLiteral("report_id"), record.reportId},
        {QStringLiteral("corrections"), corrections},
        {QStringLiteral("decisions"), decisions},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("settled"), QJsonArray::fromStringList(record.settled)},
        {QStringLiteral("status"), reviewStatusCode(after.info.status)},
        {QStringLiteral("open_issues"), record.open.total()},
        {QStringLiteral("open_errors"), record.open.errors},
        {QStringLiteral("open_warnings"), record.open.warnings},
        {QStringLiteral("open_notes"), record.open.notes},
        {QStringLiteral("issues"), issues},
    };
}

QString changeAsText(const workflow::ChangeRecord& record, const StoredReport& after)
{
    QString text;
    const auto line = [&text, &record](const QString& what) {
        text += QCoreApplication::translate("nianbao::cli", "report %1: %2")
                    .arg(record.reportId)
                    .arg(what) +
                QLatin1Char('\n');
    };
    for (const Correction& correction : record.corrections) {
        line(correctionLine(correction));
    }
    for (const FindingDecision& decision : record.decisions) {
        line(QStringLiteral("%1 %2").arg(findingVerdictCode(decision.verdict),
                                         decision.fingerprint));
    }
    for (const ReportChange& change : record.reportChanges) {
        line(changeLine(change));
    }
    line(QCoreApplication::translate("nianbao::cli",
                                     "%1; open issues: %2 (%3 errors, %4 warnings, %5 notes)")
             .arg(reviewStatusCode(after.info.status))
             .arg(record.open.total())
             .arg(record.open.errors)
             .arg(record.open.warnings)
             .arg(record.open.notes));
    return text;
}

QJsonObject historyToJson(ReportId id, const QString& cellKey, const store::ReportHistory& history)
{
    // One list, oldest first; a correction and a decision it caused share their time.
    std::vector<std::pair<QDateTime, QJsonObject>> events;
    for (const Correction& correction : history.corrections) {
        events.emplace_back(correction.time, correctionToJson(correction));
    }
    for (const FindingDecision& decision : history.decisions) {
        events.emplace_back(decision.time, decisionToJson(decision));
    }
    for (const ReportChange& change : history.changes) {
        events.emplace_back(change.time, reportChangeToJson(change));
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QJsonArray array;
    for (const auto& [when, event] : events) {
        array.append(event);
    }
    QJsonObject object{{QStringLiteral("report_id"), id}, {QStringLiteral("events"), array}};
    if (!cellKey.isEmpty()) {
        object.insert(QStringLiteral("cell"), cellKey);
    }
    return object;
}

QString historyAsText(const store::ReportHistory& history)
{
    struct Row {
        QDateTime when;
        QStringList entries;
    };
    std::vector<Row> rows;
    const auto add = [&rows](const QDateTime& when, const QString& reviewer, const QString& what,
                             const QString& reason) {
        rows.push_back({when, {time(when), reviewer, what, reason}});
    };
    for (const Correction& correction : history.corrections) {
        add(correction.time, correction.reviewer, correctionLine(correction), correction.reason);
    }
    for (const FindingDecision& decision : history.decisions) {
        add(decision.time, decision.reviewer,
            QStringLiteral("%1 %2").arg(findingVerdictCode(decision.verdict), decision.fingerprint),
            decision.comment);
    }
    for (const ReportChange& change : history.changes) {
        add(change.time, change.reviewer, changeLine(change), change.reason);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.when < b.when; });
    TextTable table(
        {{QCoreApplication::translate("nianbao::cli", "TIME"), TextTable::Align::Left},
         {QCoreApplication::translate("nianbao::cli", "REVIEWER"), TextTable::Align::Left},
         {QCoreApplication::translate("nianbao::cli", "CHANGE"), TextTable::Align::Left},
         {QCoreApplication::translate("nianbao::cli", "REASON"), TextTable::Align::Left}});
    for (Row& row : rows) {
        table.addRow(std::move(row.entries));
    }
    return table.render();
}

} // namespace nianbao::cli
