#pragma once

#include "reportlayout.h"

#include <QByteArray>

namespace nianbao::test {

struct HtmlPageOptions {
    /// The charset the page declares and is encoded in: "UTF-8", or "gb2312" / "GBK"
    /// (encoded as GB18030, which both are subsets of).
    QByteArray charset = "UTF-8";
    /// Declare it the old way (http-equiv Content-Type) instead of <meta charset>.
    bool httpEquiv = false;
    /// Wrap the report in what a saved government page has around it: a menu, breadcrumbs,
    /// a footer, scripts and styles.
    bool siteChrome = true;
    /// Markup as Word-exported pages have it: cells holding <p><span>, &nbsp; padding,
    /// entities, a layout table around the article.
    bool heavyMarkup = true;
};

/// The report as a web page.
QByteArray htmlPage(const ReportLayout& layout, const HtmlPageOptions& options = {});

/// Text with &, < and > escaped, and line breaks as <br>.
QString escapeHtml(const QString& text);

} // namespace nianbao::test
