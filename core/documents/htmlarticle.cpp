#include "documents/htmlarticle.h"

#include "documents/htmlnodes.h"

#include <unordered_map>

namespace nianbao {

namespace {

/// The share of the page's text an element must hold to be taken for the article. Site
/// menus and footers hold a tenth or less of a report page's text; a report's own parts
/// (a narrative section, a table) each hold less than this, so none is ever left out.
constexpr double articleShare = 0.85;

/// Pages with less text than this are not worth narrowing.
constexpr qsizetype minimumArticleText = 200;

struct ContentStats {
    qsizetype visibleCharacters = 0;
    int tables = 0;
};

class ContentCensus {
public:
    ContentStats count(const xmlNode* node, int depth)
    {
        ContentStats stats;
        if (depth > html::maxDepth) {
            for (const QChar character : html::flatText(node, u" ")) {
                stats.visibleCharacters += character.isSpace() ? 0 : 1;
            }
            return stats;
        }
        for (const xmlNode* child = node->children; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                const QString text = html::textContent(child);
                for (const QChar character : text) {
                    stats.visibleCharacters += character.isSpace() ? 0 : 1;
                }
            } else if (child->type == XML_ELEMENT_NODE && !html::isIgnored(child)) {
                const ContentStats inner = count(child, depth + 1);
                stats.visibleCharacters += inner.visibleCharacters;
                stats.tables += inner.tables + (html::isElement(child, "table") ? 1 : 0);
            }
        }
        m_stats[node] = stats;
        return stats;
    }

    [[nodiscard]] ContentStats stats(const xmlNode* node) const
    {
        const auto found = m_stats.find(node);
        return found == m_stats.end() ? ContentStats{} : found->second;
    }

private:
    std::unordered_map<const xmlNode*, ContentStats> m_stats;
};

} // namespace

const xmlNode* articleElement(const xmlNode* body)
{
    if (!body) {
        return nullptr;
    }
    ContentCensus census;
    census.count(body, 0);
    if (census.stats(body).visibleCharacters < minimumArticleText) {
        return body;
    }
    const qsizetype pageText = census.stats(body).visibleCharacters;
    const xmlNode* current = body;
    // A table's rows and cells are never taken apart from it.
    while (!html::isElement(current, "table")) {
        const ContentStats parent = census.stats(current);
        const xmlNode* inner = nullptr;
        for (const xmlNode* child = current->children; child; child = child->next) {
            if (child->type != XML_ELEMENT_NODE || html::isIgnored(child)) {
                continue;
            }
            const ContentStats stats = census.stats(child);
            const int tables = stats.tables + (html::isElement(child, "table") ? 1 : 0);
            if (stats.visibleCharacters >= articleShare * double(pageText) &&
                tables == parent.tables) {
                inner = child;
                break;
            }
        }
        if (!inner) {
            break;
        }
        current = inner;
    }
    return current;
}

} // namespace nianbao
