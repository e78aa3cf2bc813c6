#pragma once

#include "model/document.h"
#include "pdf/pagelayout.h"

#include <QString>

#include <vector>

namespace nianbao {

/// Writes a paged document's text with its provenance: every page's rows as lines (cells
/// separated by tabs, so a table row reads like the TabRows shape), pages one after the
/// other so that a table continued on the next page simply continues; and for every cell,
/// the span of its text (in code points) with its page and box.
class PagedTextWriter {
public:
    void addPage(int page, const std::vector<LaidOutRow>& rows);

    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] const std::vector<PageBox>& pageBoxes() const { return m_pageBoxes; }
    std::vector<PageBox> takePageBoxes() { return std::move(m_pageBoxes); }

private:
    void append(const QString& text);

    QString m_text;
    qsizetype m_codePoints = 0;
    std::vector<PageBox> m_pageBoxes;
};

} // namespace nianbao
