#pragma once

#include <libxml/tree.h>

namespace nianbao {

/// The element of a saved government page that holds the article, when that is obvious: the
/// deepest element holding nearly all of the page's text (menus, headers and footers around it
/// hold little) and every one of its tables. `body` itself when no element stands out, so
/// nothing is dropped on pages laid out otherwise.
const xmlNode* articleElement(const xmlNode* body);

} // namespace nianbao
