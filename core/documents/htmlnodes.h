#pragma once

#include <QByteArray>
#include <QString>

#include <libxml/tree.h>

namespace nianbao::html {

/// Whether a node is the element `name` (the HTML parser lower-cases element names).
bool isElement(const xmlNode* node, const char* name);

/// The value of an attribute, empty when absent.
QByteArray attribute(const xmlNode* node, const char* name);

/// The content of a text or CDATA node (empty for other nodes).
QString textContent(const xmlNode* node);

/// Elements whose content is never report text: scripts, styles, the head, embedded
/// objects, <noscript> notes, form controls that list options.
bool isIgnored(const xmlNode* node);

/// Elements that break the flow of text into blocks (paragraphs, headings, list items,
/// sections, <br>...): their content starts and ends a line.
bool breaksLine(const xmlNode* node);

/// The first element called `name` below `root`, in document order.
const xmlNode* findDescendant(const xmlNode* root, const char* name);

/// How deep the recursive walks over a page go. The parser takes any depth (XML_PARSE_HUGE:
/// its default stops at 256 and loses the rest of the page); below this depth the walks read
/// a subtree's text with flatText(), iteratively, so a hostile page cannot exhaust the stack
/// and no text is lost.
constexpr int maxDepth = 512;

/// The text below `node` (its own text if it is a text node), in document order, read
/// without recursion: `blockBreak` between the blocks that breaksLine() names, ignored
/// elements left out. For subtrees nested past maxDepth, where structure no longer matters.
QString flatText(const xmlNode* node, QStringView blockBreak);

} // namespace nianbao::html
