#pragma once

#include "common/error.h"
#include "model/document.h"
#include "model/report.h"

namespace nianbao {

class TemplateRegistry;

struct ExtractionOptions {
    /// The formats to detect; the bundled ones when null.
    const TemplateRegistry* templates = nullptr;
};

/// Reads tables 2, 3 and 4 of the detected format, the title, agency and year, and the
/// narrative parts from a document's text. Every cell of the detected template is in the
/// result, with value, raw text, span and confidence; whatever the extractor is unsure of
/// carries low confidence and an "extract.*" finding. Values are what the report printed:
/// nothing is repaired. Fails with ErrorCode::NoTables when the text holds none of the tables.
Result<Report> extractReport(const Document& document, const ExtractionOptions& options = {});

} // namespace nianbao
