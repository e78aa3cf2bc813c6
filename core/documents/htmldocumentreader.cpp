#include "documents/htmldocumentreader.h"

#include "documents/blocktextwriter.h"
#include "documents/documentformat.h"
#include "documents/htmlarticle.h"
#include "documents/htmlcharset.h"
#include "documents/htmlcontent.h"
#include "documents/htmldepth.h"
#include "documents/htmldoctype.h"
#include "documents/htmlnodes.h"

#include <QCoreApplication>

#include <libxml/HTMLparser.h>

#include <memory>
#include <mutex>

namespace nianbao {

namespace {

struct XmlDocumentFree {
    void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
using XmlDocumentPointer = std::unique_ptr<xmlDoc, XmlDocumentFree>;

/// libxml2 sets up its global state once; doing it first keeps later parses thread-safe.
void initialiseLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

XmlDocumentPointer parseHtml(const QByteArray& utf8)
{
    initialiseLibxml();
    // The text is UTF-8 already: the page's own <meta charset> must not switch decoding.
    // XML_PARSE_HUGE (which the HTML parser honours; libxml2 2.9 names no HTML_ alias)
    // lifts the parser's depth limit of 256, past which it drops the rest of the page and a
    // deeply nested report "holds no text". The page's size is bounded by
    // ReadLimits::maxFileBytes, its depth by withinDepth (htmldepth.h), and every walk over the
    // tree is bounded (htmlnodes.h).
    constexpr int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                            HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT |
                            int(XML_PARSE_HUGE);
    return XmlDocumentPointer(
        htmlReadMemory(utf8.constData(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options));
}

QString pageTitle(const xmlNode* root)
{
    const xmlNode* title = html::findDescendant(root, "title");
    QString text;
    for (const xmlNode* child = title ? title->children : nullptr; child; child = child->next) {
        text += html::textContent(child);
    }
    return collapseWhiteSpace(text);
}

} // namespace

Result<Document> readHtmlDocument(const QByteArray& bytes, const QString& fileName,
                                  const ReadLimits& limits)
{
    Q_UNUSED(limits); // the file size, checked before, bounds everything the parser builds
    Result<DecodedText> decoded = decodeHtml(bytes);
    if (!decoded) {
        return std::unexpected(std::move(decoded.error()));
    }
    const HtmlWithoutSubset html = withoutInternalSubset(decoded->text);
    const HtmlWithinDepth bounded = withinDepth(html.html.toUtf8());
    const XmlDocumentPointer page = parseHtml(bounded.html);
    const xmlNode* root = page ? xmlDocGetRootElement(page.get()) : nullptr;
    if (!root) {
        return fail(ErrorCode::Corrupt, QCoreApplication::translate("nianbao::HtmlDocumentReader",
                                                                    "the web page cannot be "
                                                                    "parsed as HTML"));
    }
    const xmlNode* body = html::isElement(root, "body") ? root : html::findDescendant(root, "body");
    const xmlNode* article = articleElement(body ? body : root);

    BlockTextWriter writer;
    writeHtmlContent(article, writer);
    // Narrowed to the article, the page may lose the heading above it; its <title> says
    // which report this is.
    if (article != body) {
        const QString title = pageTitle(root);
        if (!writer.text().contains(title)) {
            writer.prependParagraph(title);
        }
    }
    if (writer.isEmpty()) {
        return fail(ErrorCode::Empty, QCoreApplication::translate("nianbao::HtmlDocumentReader",
                                                                  "the web page holds no text"));
    }

    Document document;
    document.fileName = fileName;
    document.format = formatId(DocumentFormat::Html);
    document.encoding = std::move(decoded->encoding);
    document.text = writer.text();
    document.tables = writer.sourceTables(QStringLiteral("html"));
    document.notices = std::move(decoded->notices);
    document.truncated = decoded->truncated;
    document.notices += writer.notices();
    if (html.removed) {
        document.notices.append(QCoreApplication::translate(
            "nianbao::HtmlDocumentReader",
            "The page declares a document type of its own (an internal DTD); it was left out, "
            "and the entities it declares were not expanded."));
    }
    if (bounded.removed > 0) {
        document.notices.append(
            QCoreApplication::translate("nianbao::HtmlDocumentReader",
                                        "The page nests elements more than %1 deep; %2 elements "
                                        "past that depth were read as if one level up.")
                .arg(kMaxHtmlDepth)
                .arg(bounded.removed));
    }
    return document;
}

} // namespace nianbao
