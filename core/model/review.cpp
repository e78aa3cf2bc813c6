#include "model/review.h"

#include <QCoreApplication>

namespace nianbao {

namespace {

constexpr const char* kContext = "nianbao::ReviewStatus";

struct StatusName {
    ReviewStatus status;
    const char* code;
    const char* name;
};

constexpr StatusName kStatuses[] = {
    {ReviewStatus::Pending, "pending",
     QT_TRANSLATE_NOOP("nianbao::ReviewStatus", "Pending review")},
    {ReviewStatus::Reviewed, "reviewed", QT_TRANSLATE_NOOP("nianbao::ReviewStatus", "Reviewed")},
    {ReviewStatus::Doubtful, "doubtful", QT_TRANSLATE_NOOP("nianbao::ReviewStatus", "Doubtful")},
};

struct VerdictName {
    FindingVerdict verdict;
    const char* code;
    const char* name;
};

struct FieldName {
    ReportField field;
    const char* code;
    const char* name;
};

constexpr FieldName kFields[] = {
    {ReportField::Agency, "agency", QT_TRANSLATE_NOOP("nianbao::ReviewStatus", "Agency")},
    {ReportField::Year, "year", QT_TRANSLATE_NOOP("nianbao::ReviewStatus", "Year")},
    {ReportField::Title, "title", QT_TRANSLATE_NOOP("nianbao::ReviewStatus", "Title")},
    {ReportField::Region, "region", QT_TRANSLATE_NOOP("nianbao::ReviewStatus", "Region")},
    {ReportField::Status, "status", QT_TRANSLATE_NOOP("nianbao::ReviewStatus", "Review status")},
};

constexpr VerdictName kVerdicts[] = {
    {FindingVerdict::Open, "open", QT_TRANSLATE_NOOP("nianbao::ReviewStatus", "Open")},
    {FindingVerdict::Confirmed, "confirmed",
     QT_TRANSLATE_NOOP("nianbao::ReviewStatus", "Confirmed")},
    {FindingVerdict::Dismissed, "dismissed",
     QT_TRANSLATE_NOOP("nianbao::ReviewStatus", "Dismissed")},
};

} // namespace

QString reviewStatusCode(ReviewStatus status)
{
    for (const StatusName& entry : kStatuses) {
        if (entry.status == status) {
            return QLatin1String(entry.code);
        }
    }
    return QStringLiteral("pending");
}

std::optional<ReviewStatus> reviewStatusFromCode(QStringView code)
{
    for (const StatusName& entry : kStatuses) {
        if (code == QLatin1String(entry.code)) {
            return entry.status;
        }
    }
    return std::nullopt;
}

QString reviewStatusName(ReviewStatus status)
{
    for (const StatusName& entry : kStatuses) {
        if (entry.status == status) {
            return QCoreApplication::translate(kContext, entry.name);
        }
    }
    return {};
}

QString findingVerdictCode(FindingVerdict verdict)
{
    for (const VerdictName& entry : kVerdicts) {
        if (entry.verdict == verdict) {
            return QLatin1String(entry.code);
        }
    }
    return QStringLiteral("open");
}

std::optional<FindingVerdict> findingVerdictFromCode(QStringView code)
{
    for (const VerdictName& entry : kVerdicts) {
        if (code == QLatin1String(entry.code)) {
            return entry.verdict;
        }
    }
    return std::nullopt;
}

QString findingVerdictName(FindingVerdict verdict)
{
    for (const VerdictName& entry : kVerdicts) {
        if (entry.verdict == verdict) {
            return QCoreApplication::translate(kContext, entry.name);
        }
    }
    return {};
}

QString reportFieldCode(ReportField field)
{
    for (const FieldName& entry : kFields) {
        if (entry.field == field) {
            return QLatin1String(entry.code);
        }
    }
    return QStringLiteral("status");
}

std::optional<ReportField> reportFieldFromCode(QStringView code)
{
    for (const FieldName& entry : kFields) {
        if (code == QLatin1String(entry.code)) {
            return entry.field;
        }
    }
    return std::nullopt;
}

QString reportFieldName(ReportField field)
{
    for (const FieldName& entry : kFields) {
        if (entry.field == field) {
            return QCoreApplication::translate(kContext, entry.name);
        }
    }
    return {};
}

SeverityCounts SeverityCounts::of(const std::vector<Finding>& findings)
{
    SeverityCounts counts;
    for (const Finding& finding : findings) {
        ++counts[finding.severity];
    }
    return counts;
}

qint64& SeverityCounts::operator[](Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return errors;
    case Severity::Warning:
        return warnings;
    case Severity::Note:
        break;
    }
    return notes;
}

} // namespace nianbao
