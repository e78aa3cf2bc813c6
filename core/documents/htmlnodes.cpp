#include "documents/htmlnodes.h"

#include <cstring>
#include <memory>

namespace nianbao::html {

namespace {

bool nameIsOneOf(const xmlNode* node, std::initializer_list<const char*> names)
{
    if (!node || node->type != XML_ELEMENT_NODE || !node->name) {
        return false;
    }
    const char* name = reinterpret_cast<const char*>(node->name);
    for (const char* candidate : names) {
        if (std::strcmp(name, candidate) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

bool isElement(const xmlNode* node, const char* name)
{
    return nameIsOneOf(node, {name});
}

QByteArray attribute(const xmlNode* node, const char* name)
{
    if (!node || node->type != XML_ELEMENT_NODE) {
        return {};
    }
    const std::unique_ptr<xmlChar, decltype(xmlFree)> value(
        xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)), xmlFree);
    return value ? QByteArray(reinterpret_cast<const char*>(value.get())) : QByteArray();
}

QString textContent(const xmlNode* node)
{
    if (!node || (node->type != XML_TEXT_NODE && node->type != XML_CDATA_SECTION_NODE) ||
        !node->content) {
        return {};
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(node->content));
}

bool isIgnored(const xmlNode* node)
{
    return nameIsOneOf(node, {"script", "style", "head", "noscript", "template", "object", "embed",
                              "iframe", "svg", "select", "button", "map"});
}

bool breaksLine(const xmlNode* node)
{
    return nameIsOneOf(node, {"p",        "div",    "br",      "h1",         "h2",         "h3",
                              "h4",       "h5",     "h6",      "li",         "ul",         "ol",
                              "dl",       "dt",     "dd",      "section",    "article",    "header",
                              "footer",   "nav",    "aside",   "main",       "blockquote", "pre",
                              "address",  "center", "figure",  "figcaption", "hr",         "form",
                              "fieldset", "legend", "caption", "tr",         "td",         "th",
                              "table",    "thead",  "tbody",   "tfoot",      "body",       "html",
                              "title",    "option"});
}

const xmlNode* findDescendant(const xmlNode* root, const char* name)
{
    // Iterative, in document order: no recursion on untrusted depth.
    const xmlNode* current = root ? root->children : nullptr;
    while (current) {
        if (isElement(current, name)) {
            return current;
        }
        if (current->type == XML_ELEMENT_NODE && current->children) {
            current = current->children;
            continue;
        }
        while (current != root && !current->next) {
            current = current->parent;
        }
        if (current == root) {
            return nullptr;
        }
        current = current->next;
    }
    return nullptr;
}

QString flatText(const xmlNode* node, QStringView blockBreak)
{
    if (!node) {
        return {};
    }
    if (node->type != XML_ELEMENT_NODE) {
        return textContent(node);
    }
    QString text;
    const xmlNode* current = node->children;
    while (current) {
        const bool element = current->type == XML_ELEMENT_NODE;
        if (!element) {
            text += textContent(current);
        } else if (breaksLine(current)) {
            text += blockBreak;
        }
        if (element && current->children && !isIgnored(current)) {
            current = current->children;
            continue;
        }
        // Up until a node with a next sibling, closing the blocks left on the way.
        while (current != node && !current->next) {
            current = current->parent;
            if (current != node && breaksLine(current)) {
                text += blockBreak;
            }
        }
        if (current == node) {
            break;
        }
        if (breaksLine(current)) {
            text += blockBreak;
        }
        current = current->next;
    }
    return text;
}

} // namespace nianbao::html
