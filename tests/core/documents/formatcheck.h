#pragma once

#include "model/document.h"
#include "reportlayout.h"

#include <QStringList>

namespace nianbao::test {

/// What differs between a report's laid-out figures and what the extractor read from a
/// document made of it: one line per cell that is missing or has another value. Empty when
/// every cell reads back exactly.
QStringList cellDifferences(const ReportLayout& layout, const Document& document);

/// The tables of the layout that do not appear in the document's text as the TabRows lines
/// a perfect reader writes (placed independently of the product's TableGrid).
QStringList missingTables(const ReportLayout& layout, const QString& text);

} // namespace nianbao::test
