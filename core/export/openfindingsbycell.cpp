#include "export/exportrows.h"

namespace nianbao::exporting {

OpenFindingsByCell::OpenFindingsByCell(const std::vector<Finding>& openFindings)
{
    for (const Finding& finding : openFindings) {
        for (const QString& key : finding.cells) {
            Mark& mark = m_marks[key];
            mark.error = mark.error || finding.severity == Severity::Error;
            if (!mark.rules.contains(finding.rule)) {
                mark.rules.append(finding.rule);
            }
        }
    }
}

bool OpenFindingsByCell::hasOpenError(const QString& key) const
{
    const auto mark = m_marks.constFind(key);
    return mark != m_marks.constEnd() && mark->error;
}

QString OpenFindingsByCell::rules(const QString& key) const
{
    const auto mark = m_marks.constFind(key);
    return mark == m_marks.constEnd() ? QString() : mark->rules.join(QLatin1Char(';'));
}

} // namespace nianbao::exporting
