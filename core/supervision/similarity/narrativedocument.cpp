#include "supervision/similarity/narrativedocument.h"

#include "model/agencyname.h"

namespace nianbao::supervision {

NarrativeDocument narrativeDocument(const Report& report, QString id, QString body)
{
    NarrativeDocument document;
    document.id = std::move(id);
    document.agency = report.meta.agency;
    document.body = body.isEmpty() ? normalizedAgencyName(report.meta.agency) : std::move(body);
    document.year = report.meta.year.value_or(0);
    document.parts = report.narrative;
    return document;
}

} // namespace nianbao::supervision
