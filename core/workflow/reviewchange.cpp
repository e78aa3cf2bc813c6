#include "workflow/reviewchange.h"

#include <utility>

namespace nianbao::workflow {

CellStep CellStep::edit(QString key, std::optional<double> value)
{
    return CellStep{Kind::Edit, std::move(key), value, std::nullopt, true};
}

CellStep CellStep::accept(QString key)
{
    return CellStep{Kind::Accept, std::move(key), std::nullopt, std::nullopt, true};
}

CellStep CellStep::acceptCandidate(QString key, int candidate)
{
    return CellStep{Kind::Accept, std::move(key), std::nullopt, candidate, true};
}

CellStep CellStep::restore(QString key, std::optional<double> value, bool vouched)
{
    return CellStep{Kind::Restore, std::move(key), value, std::nullopt, vouched};
}

ReviewChange ReviewChange::cells(std::vector<CellStep> steps, QString reason)
{
    return ReviewChange{CellsChange{std::move(steps), {}}, std::move(reason)};
}

ReviewChange ReviewChange::edit(const QString& key, std::optional<double> value, QString reason)
{
    return cells({CellStep::edit(key, value)}, std::move(reason));
}

ReviewChange ReviewChange::accept(const QString& key, QString reason)
{
    return cells({CellStep::accept(key)}, std::move(reason));
}

ReviewChange ReviewChange::decide(QString fingerprint, FindingVerdict verdict, QString comment)
{
    return ReviewChange{DecisionChange{{FindingVerdictStep{std::move(fingerprint), verdict}}},
                        std::move(comment)};
}

ReviewChange ReviewChange::decideAll(const QStringList& fingerprints, FindingVerdict verdict,
                                     QString comment)
{
    DecisionChange change;
    for (const QString& fingerprint : fingerprints) {
        change.verdicts.push_back(FindingVerdictStep{fingerprint, verdict});
    }
    return ReviewChange{std::move(change), std::move(comment)};
}

ReviewChange ReviewChange::setField(ReportField field, QString value, QString reason)
{
    return ReviewChange{FieldsChange{{FieldValue{field, std::move(value)}}}, std::move(reason)};
}

ReviewChange ReviewChange::setStatus(ReviewStatus status, QString reason, bool override)
{
    return ReviewChange{StatusChange{status, override}, std::move(reason)};
}

} // namespace nianbao::workflow
