#include "model/storedreport.h"

#include <algorithm>

namespace nianbao {

Report StoredReport::current() const
{
    Report report = extracted;
    for (const Correction& correction : corrections) {
        if (Cell* cell = report.cell(correction.cellKey)) {
            cell->value = correction.newValue;
        }
    }
    return report;
}

std::optional<double> StoredReport::value(QStringView key) const
{
    if (const Correction* corrected = correction(key)) {
        return corrected->newValue;
    }
    return extracted.value(key);
}

const Correction* StoredReport::correction(QStringView key) const
{
    const auto found = std::find_if(corrections.begin(), corrections.end(),
                                    [key](const Correction& c) { return c.cellKey == key; });
    return found == corrections.end() ? nullptr : &*found;
}

bool StoredReport::isVouchedFor(QStringView key) const
{
    const Correction* latest = correction(key);
    return latest && latest->vouched;
}

const FindingDecision* StoredReport::decision(const Finding& finding) const
{
    return decisionOn(findingFingerprint(finding));
}

const FindingDecision* StoredReport::decisionOn(QStringView fingerprint) const
{
    const auto found =
        std::find_if(decisions.begin(), decisions.end(),
                     [&](const FindingDecision& d) { return d.fingerprint == fingerprint; });
    return found == decisions.end() ? nullptr : &*found;
}

bool StoredReport::isOpen(const Finding& finding) const
{
    return isOpenDecision(decision(finding));
}

SeverityCounts StoredReport::openCounts(const std::vector<Finding>& findings) const
{
    SeverityCounts open;
    for (const Finding& finding : findings) {
        if (isOpen(finding)) {
            ++open[finding.severity];
        }
    }
    return open;
}

QStringList StoredReport::disagreements() const
{
    QStringList keys;
    for (const Correction& correction : corrections) {
        const Cell* cell = extracted.cell(correction.cellKey);
        // A cell the new extraction no longer has (another format detected) is a
        // disagreement too: the correction has nothing left to sit on.
        if (!cell ||
            (cell->value != correction.extractedValue && cell->value != correction.newValue)) {
            keys.append(correction.cellKey);
        }
    }
    return keys;
}

} // namespace nianbao
