#pragma once

#include <libxml/tree.h>

namespace nianbao {

class BlockTextWriter;

/// Writes the text under an HTML element as blocks: inline text gathered into paragraphs
/// (<br> starts a line), data tables as grids with rowspan and colspan expanded, layout
/// tables (tables that hold other tables, a single column, or whole passages in a cell) as
/// the flow of their cells' content. Scripts, styles and the like are left out.
void writeHtmlContent(const xmlNode* element, BlockTextWriter& writer);

} // namespace nianbao
