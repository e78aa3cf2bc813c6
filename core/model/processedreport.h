#pragma once

#include "model/document.h"
#include "model/report.h"

namespace nianbao {

/// One report as it is processed and stored: what extraction and validation made of it, and
/// the document text every span points into.
struct ProcessedReport {
    Report report;
    Document document;
};

} // namespace nianbao
