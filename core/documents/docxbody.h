#pragma once

#include "common/error.h"

#include <QByteArray>

namespace nianbao {

class BlockTextWriter;

/// Writes the body of a Word document (word/document.xml) as blocks: each w:p a paragraph
/// (its runs joined, so a figure Word split across runs reads whole again; w:tab a tab, w:br
/// a new line), each w:tbl a grid with w:gridSpan, w:gridBefore and w:vMerge placed as Word
/// places them. Deleted text, field codes and duplicate fallback drawings are left out.
/// Fails on XML that does not parse.
Result<void> writeDocxBody(const QByteArray& documentXml, BlockTextWriter& writer);

} // namespace nianbao
