#include "store/teamreview.h"

#include "store/archive.h"

#include <QCoreApplication>

namespace nianbao::store {

TeamReview* teamReview(Archive& archive)
{
    return dynamic_cast<TeamReview*>(&archive);
}

QString claimedMessage(const Claim& held)
{
    return QCoreApplication::translate("nianbao::Archive",
                                       "Report %1 is being reviewed by %2 since %3.")
        .arg(held.report)
        .arg(held.reviewer, held.since.toLocalTime().toString(Qt::ISODate));
}

QString changedMeanwhileMessage(ReportId id)
{
    return QCoreApplication::translate("nianbao::Archive",
                                       "Report %1 was changed by another reviewer since it was "
                                       "opened; reload it and make the change again.")
        .arg(id);
}

} // namespace nianbao::store
