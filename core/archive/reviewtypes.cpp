#include "archive/reviewtypes.h"

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

} // namespace nianbao
