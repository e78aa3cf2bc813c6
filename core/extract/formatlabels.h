#pragma once

#include "extract/labelchain.h"

#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace nianbao {
class ReportTemplate;
class TemplateRegistry;
} // namespace nianbao

namespace nianbao::extract {

/// What one label of a table stands for: a block header (row -1) or a row of a block.
struct ElementRef {
    int block = 0;
    int row = -1;
};

/// The labels of one table in template order, ready for findLabelChain.
struct TableLabels {
    std::vector<LabelElement> elements;
    std::vector<ElementRef> refs;
};

/// Everything extraction derives from a format's labels: per table, the part headings, and
/// the table-2 labels no other format of the registry has (evidence of this format).
struct FormatLabels {
    std::vector<TableLabels> tables; ///< parallel to ReportTemplate::tables
    std::vector<LabelElement> sections;
    QSet<QString> distinctive;
};

/// The label data of `format` within `registry`. Computed once for the bundled formats (the
/// hot path: thousands of reports in a batch), on each call for any other registry.
std::shared_ptr<const FormatLabels> formatLabels(const ReportTemplate& format,
                                                 const TemplateRegistry& registry);

} // namespace nianbao::extract
