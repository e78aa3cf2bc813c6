#pragma once

#include <QByteArray>

namespace nianbao {

/// The deepest nesting of elements a page keeps for the HTML parser. Real reports nest a few
/// dozen deep (Word's pages, content systems' templates); libxml2's own default limit is 256.
inline constexpr int kMaxHtmlDepth = 512;

/// A page's markup with elements opened past kMaxHtmlDepth (and their closing tags) taken
/// out, so their contents read as if one level up.
///
/// Why: the parser searches its stack of open elements at every closing tag it cannot match,
/// so a hostile page of tens of thousands of unclosed elements followed by stray closing tags
/// costs the product of the two — 40 s for one megabyte — and a page nested 100,000 deep
/// builds a tree every later walk must descend. Bounded here, both stay linear.
///
/// Only elements whose closing tag HTML requires are counted: p, li, td, tr and the like close
/// themselves, so an old page of thousands of unclosed <p> is not deep. Comments, script and
/// style are passed over, and quoted attribute values may hold '>'.
struct HtmlWithinDepth {
    QByteArray html;
    /// Opening tags taken out (0: the page is returned as it was).
    qsizetype removed = 0;
};
HtmlWithinDepth withinDepth(const QByteArray& html, int maxDepth = kMaxHtmlDepth);

} // namespace nianbao
