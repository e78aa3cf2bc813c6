#pragma once

#include "common/error.h"
#include "model/document.h"
#include "model/report.h"

#include <functional>
#include <optional>

namespace nianbao {

class TemplateRegistry;

/// The same body's report for the year before `year`, when the caller has one (the archive
/// looks it up by agency); nothing otherwise.
using PreviousYearReport = std::function<std::optional<Report>(const QString& agency, int year)>;

struct ExtractionOptions {
    /// The formats to detect; the bundled ones when null.
    const TemplateRegistry* templates = nullptr;
    /// Evidence from the previous year's report (its 结转下年度 is this year's 上年结转, its
    /// 现行有效件数 leads to this year's): asked once, with the agency and year read from the
    /// report, and only when some figures admit several readings. May be empty.
    PreviousYearReport previousYear;
};

/// Reads tables 2, 3 and 4 of the detected format, the title, agency and year, and the
/// narrative parts from a document's text. Every cell of the detected template is in the
/// result, with value, raw text, span and confidence; whatever the extractor is unsure of
/// carries low confidence and an "extract.*" finding. Values are what the report printed:
/// nothing is repaired. Where cells are not separated (glued digits, short rows), every
/// reading of the figures is weighed against all the evidence at once — the format's
/// identities, the narrative's figures, the previous year's report — and what it does not
/// settle keeps its ranked candidate readings (Cell::candidates). Fails with
/// ErrorCode::NoTables when the text holds none of the tables.
Result<Report> extractReport(const Document& document, const ExtractionOptions& options = {});

} // namespace nianbao
