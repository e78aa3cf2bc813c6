#pragma once

#include "model/document.h"
#include "pdf/pagelayout.h"
#include "pdf/pdftable.h"

#include <vector>

namespace nianbao {

/// A page as read: its tables, and the rows of text outside them (layOutPage).
struct ReadPage {
    int page = 0;
    double height = 0; ///< points
    std::vector<PdfTable> tables;
    std::vector<LaidOutRow> rows;
};

/// A paged document's text, its page boxes and the tables it holds.
struct AssembledPages {
    QString text;
    std::vector<PageBox> pageBoxes;
    std::vector<SourceTable> tables;
};

/// Writes the pages as one text, in reading order: page numbers and running heads left out,
/// each table where it starts, and a table that the next page carries on joined into one
/// (see appendContinuation).
AssembledPages assemblePages(std::vector<ReadPage> pages);

} // namespace nianbao
