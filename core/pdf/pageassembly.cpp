#include "pdf/pageassembly.h"

#include "pdf/pagedtextwriter.h"
#include "pdf/pagefurniture.h"
#include "pdf/tablestitching.h"

#include <algorithm>

namespace nianbao {

namespace {

/// Something written in its place on a page: a row of text or a table.
struct Block {
    int page = 0;
    double top = 0;
    const LaidOutRow* row = nullptr;
    PdfTable* table = nullptr;
};

QRectF rowBox(const LaidOutRow& row)
{
    QRectF box;
    for (const LaidOutCell& cell : row) {
        box = box.isNull() ? cell.box : box.united(cell.box);
    }
    return box;
}

QString rowText(const LaidOutRow& row)
{
    QString text;
    for (const LaidOutCell& cell : row) {
        text = joinWords(text, cell.text, true);
    }
    return text;
}

/// Each page's rows with the furniture among them left out.
std::vector<std::vector<const LaidOutRow*>> bodyRows(const std::vector<ReadPage>& pages)
{
    std::vector<PageLines> lines;
    for (const ReadPage& page : pages) {
        PageLines pageLines;
        pageLines.height = page.height;
        for (const LaidOutRow& row : page.rows) {
            const QRectF box = rowBox(row);
            pageLines.lines.push_back(PageLine{rowText(row), box.top(), box.bottom()});
        }
        // Tables are body: a line below a table's top is not in the page's top margin.
        for (const PdfTable& table : page.tables) {
            pageLines.lines.push_back(PageLine{QStringLiteral("\t"), table.top, table.bottom});
        }
        std::stable_sort(pageLines.lines.begin(), pageLines.lines.end(),
                         [](const PageLine& a, const PageLine& b) { return a.top < b.top; });
        lines.push_back(std::move(pageLines));
    }
    const std::vector<std::vector<bool>> furniture = findPageFurniture(lines);
    std::vector<std::vector<const LaidOutRow*>> body(pages.size());
    for (size_t page = 0; page < pages.size(); ++page) {
        // The lines were sorted with the tables among them: match rows by their place.
        for (const LaidOutRow& row : pages[page].rows) {
            const QRectF box = rowBox(row);
            const QString text = rowText(row);
            bool dropped = false;
            for (size_t index = 0; index < lines[page].lines.size(); ++index) {
                const PageLine& line = lines[page].lines[index];
                if (furniture[page][index] && line.top == box.top() && line.text == text) {
                    dropped = true;
                    break;
                }
            }
            if (!dropped) {
                body[page].push_back(&row);
            }
        }
    }
    return body;
}

} // namespace

AssembledPages assemblePages(std::vector<ReadPage> pages)
{
    const std::vector<std::vector<const LaidOutRow*>> body = bodyRows(pages);
    std::vector<Block> blocks;
    PdfTable* lastOnPreviousPage = nullptr;
    for (size_t index = 0; index < pages.size(); ++index) {
        ReadPage& page = pages[index];
        std::vector<Block> pageBlocks;
        for (const LaidOutRow* row : body[index]) {
            pageBlocks.push_back(Block{page.page, rowBox(*row).top(), row, nullptr});
        }
        for (PdfTable& table : page.tables) {
            pageBlocks.push_back(Block{page.page, table.top, nullptr, &table});
        }
        std::stable_sort(pageBlocks.begin(), pageBlocks.end(),
                         [](const Block& a, const Block& b) { return a.top < b.top; });
        // A table that opens the page and lines up with the one that closed the page before
        // carries it on.
        if (!pageBlocks.empty() && pageBlocks.front().table && lastOnPreviousPage &&
            continuesTable(*lastOnPreviousPage, *pageBlocks.front().table)) {
            appendContinuation(*lastOnPreviousPage, std::move(*pageBlocks.front().table));
            pageBlocks.erase(pageBlocks.begin());
            if (pageBlocks.empty()) {
                continue; // the table runs on over the whole page
            }
        }
        lastOnPreviousPage =
            !pageBlocks.empty() && pageBlocks.back().table ? pageBlocks.back().table : nullptr;
        blocks.insert(blocks.end(), pageBlocks.begin(), pageBlocks.end());
    }

    PagedTextWriter writer;
    for (const Block& block : blocks) {
        if (block.row) {
            writer.addRow(block.page, *block.row);
        } else {
            writer.addTable(*block.table);
        }
    }
    AssembledPages assembled;
    assembled.text = writer.text();
    assembled.pageBoxes = writer.takePageBoxes();
    assembled.tables = writer.takeTables();
    return assembled;
}

} // namespace nianbao
