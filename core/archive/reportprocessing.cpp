#include "archive/reportprocessing.h"

namespace nianbao {

bool isExtractionFinding(const Finding& finding) {
    // validator.h: extraction findings carry "extract.*" rule codes, and re-validation keeps them.
    return finding.rule.startsWith(QLatin1String("extract."));
}

} // namespace nianbao
