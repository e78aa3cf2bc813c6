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

/// Documents nest at most this deep (libxml2 stops at 256 without XML_PARSE_HUGE); walks
/// stop here too, so a hostile page cannot exhaust the stack.
constexpr int maxDepth = 512;

} // namespace nianbao::html
