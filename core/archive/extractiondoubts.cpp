#include "archive/extractiondoubts.h"

#include "archive/findingcodec.h"
#include "archive/reportprocessing.h"
#include "archive/storedreport.h"
#include "extract/rowsolver.h"

#include <algorithm>

namespace nianbao {

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
    if (!latest.vouched) {
        return {};
    }
    const auto vouched = [&](const QString& key) {
        return key == latest.cellKey || stored.isVouchedFor(key);
    };
    QStringList settled;
    for (const Finding& finding : findings) {
        if (isOpenDoubtOn(stored, finding, latest.cellKey) &&
            std::all_of(finding.cells.begin(), finding.cells.end(), vouched)) {
            const QString fingerprint = findingFingerprint(finding);
            if (!settled.contains(fingerprint)) {
                settled.append(fingerprint);
            }
        }
    }
    return settled;
}

} // namespace nianbao
