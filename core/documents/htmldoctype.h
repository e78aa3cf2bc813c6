#pragma once

#include <QString>

namespace nianbao {

/// A page's text without the internal subset of its document type declaration:
/// `<!DOCTYPE html [ <!ENTITY ...> ]>` becomes `<!DOCTYPE html>`. libxml2's HTML parser does
/// not read internal subsets; it ends the declaration at the first '>' and the rest of the
/// declarations leak into the page's text. The entities such a subset declares are not
/// expanded (a web page has no business declaring them; expanding them invites
/// billion-laughs): their references stay as printed.
struct HtmlWithoutSubset {
    QString html;
    /// The page had an internal subset, now removed.
    bool removed = false;
};
HtmlWithoutSubset withoutInternalSubset(const QString& html);

} // namespace nianbao
