#include "workflow/extractiondoubts.h"

#include "extract/rowsolver.h"

#include <algorithm>

namespace nianbao::workflow {

namespace {

bool isOpenDoubtOn(const StoredReport& stored, const Finding& finding, QStringView cellKey)
{
    return isExtractionFinding(finding) && finding.cells.contains(cellKey) &&
           stored.isOpen(finding);
}

} // namespace

bool awaitsAcceptance(const StoredReport& stored, const std::vector<Finding>& findings,
                      QStringView cellKey, double confidence)
{
    if (stored.isVouchedFor(cellKey)) {
        return false;
    }
    return confidence < extract::kLowConfidence ||
           std::any_of(findings.begin(), findings.end(), [&](const Finding& finding) {
               return isOpenDoubtOn(stored, finding, cellKey);
           });
}

QStringList settledDoubts(const StoredReport& stored, const std::vector<Finding>& findings,
                          const Correction& latest)
{
    return settledDoubts(stored, findings, std::vector<Correction>{latest});
}

QStringList settledDoubts(const StoredReport& stored, const std::vector<Finding>& findings,
                          const std::vector<Correction>& latest)
{
    // After the step, the latest corrections say whether their cells are vouched for; the
    // stored layer says it for the others.
    const auto vouched = [&](const QString& key) {
        for (auto correction = latest.rbegin(); correction != latest.rend(); ++correction) {
            if (correction->cellKey == key) {
                return correction->vouched;
            }
        }
        return stored.isVouchedFor(key);
    };
    QStringList settled;
    for (const Finding& finding : findings) {
        const bool touched = std::any_of(latest.begin(), latest.end(), [&](const Correction& c) {
            return c.vouched && isOpenDoubtOn(stored, finding, c.cellKey);
        });
        if (touched && std::all_of(finding.cells.begin(), finding.cells.end(), vouched)) {
            const QString fingerprint = findingFingerprint(finding);
            if (!settled.contains(fingerprint)) {
                settled.append(fingerprint);
            }
        }
    }
    return settled;
}

} // namespace nianbao::workflow
