#pragma once

#include "model/finding.h"
#include "model/review.h"
#include "model/storedreport.h"

#include <QStringList>

#include <vector>

namespace nianbao::workflow {

/// Whether a reviewer must still answer for a cell: the extractor doubted how it read it (low
/// confidence, or an open extraction finding names it) and no reviewer stands behind its
/// value yet.
bool awaitsAcceptance(const StoredReport& stored, const std::vector<Finding>& findings,
                      QStringView cellKey, double confidence);

/// The fingerprints of the open extraction findings that `latest` (a correction of one of
/// their cells, not yet in `stored`) settles: once a reviewer stands behind every cell a
/// finding names, its doubt about how they were read is answered.
QStringList settledDoubts(const StoredReport& stored, const std::vector<Finding>& findings,
                          const Correction& latest);
/// The same for a step that changed several cells at once (`latest`, in the order written).
QStringList settledDoubts(const StoredReport& stored, const std::vector<Finding>& findings,
                          const std::vector<Correction>& latest);

} // namespace nianbao::workflow
