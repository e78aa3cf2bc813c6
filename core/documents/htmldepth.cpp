#include "documents/htmldepth.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <vector>

namespace nianbao {

namespace {

bool isNameCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == ':' || c == '_';
}

/// Elements that never nest: void elements and those whose closing tag is optional (the next
/// sibling or the parent's end closes them).
bool nestsFreely(const QByteArray& name)
{
    static constexpr std::array kNames{
        "area", "base",  "br",    "col",   "colgroup", "dd",    "dt",       "embed",
        "hr",   "img",   "input", "li",    "link",     "meta",  "option",   "optgroup",
        "p",    "param", "rp",    "rt",    "source",   "tbody", "td",       "tfoot",
        "th",   "thead", "tr",    "track", "wbr",      "frame", "basefont", "isindex"};
    return std::any_of(kNames.begin(), kNames.end(),
                       [&](const char* known) { return name == known; });
}

/// A scan of the markup, tag by tag.
class DepthLimiter {
public:
    DepthLimiter(const QByteArray& html, int maxDepth)
        : m_html(html)
        , m_maxDepth(maxDepth)
    {}

    HtmlWithinDepth run()
    {
        const qsizetype size = m_html.size();
        qsizetype at = 0;
        while (at < size) {
            const qsizetype open = m_html.indexOf('<', at);
            if (open < 0) {
                break;
            }
            at = open + 1;
            if (QByteArrayView(m_html).sliced(open).startsWith("<!--")) {
                const qsizetype close = m_html.indexOf("-->", open + 4);
                at = close < 0 ? size : close + 3;
            } else if (at < size && (m_html.at(at) == '!' || m_html.at(at) == '?')) {
                const qsizetype close = m_html.indexOf('>', at);
                at = close < 0 ? size : close + 1;
            } else if (at < size && m_html.at(at) == '/') {
                at = closingTag(open);
            } else if (at < size && isNameCharacter(m_html.at(at))) {
                at = openingTag(open);
            }
        }
        if (m_removed == 0) {
            return {m_html, 0};
        }
        m_out.append(m_html.sliced(m_copied));
        return {std::move(m_out), m_removed};
    }

private:
    QByteArray nameAt(qsizetype at) const
    {
        qsizetype end = at;
        while (end < m_html.size() && isNameCharacter(m_html.at(end))) {
            ++end;
        }
        return m_html.mid(at, end - at).toLower();
    }

    /// Just past the '>' ending the tag whose name ends at `at`, over quoted values.
    qsizetype tagEnd(qsizetype at) const
    {
        const qsizetype size = m_html.size();
        while (at < size) {
            const char c = m_html.at(at);
            if (c == '"' || c == '\'') {
                const qsizetype close = m_html.indexOf(c, at + 1);
                if (close < 0) {
                    return size;
                }
                at = close + 1;
            } else if (c == '>') {
                return at + 1;
            } else {
                ++at;
            }
        }
        return size;
    }

    /// Where the closing tag of the raw-text element `name` starts, in any letter case.
    qsizetype rawTextEnd(const QByteArray& name, qsizetype from) const
    {
        for (qsizetype at = m_html.indexOf("</", from); at >= 0;
             at = m_html.indexOf("</", at + 2)) {
            if (nameAt(at + 2) == name) {
                return at;
            }
        }
        return m_html.size();
    }

    void drop(qsizetype from, qsizetype to)
    {
        m_out.append(m_html.sliced(m_copied, from - m_copied));
        m_copied = to;
    }

    qsizetype openingTag(qsizetype open)
    {
        const QByteArray name = nameAt(open + 1);
        const qsizetype end = tagEnd(open + 1 + name.size());
        if (name == "script" || name == "style" || name == "textarea" || name == "title") {
            // Raw text: nothing inside is markup.
            return rawTextEnd(name, end);
        }
        const bool selfClosing = end >= 2 && m_html.at(end - 2) == '/';
        if (selfClosing || nestsFreely(name)) {
            return end;
        }
        if (static_cast<int>(m_stack.size()) >= m_maxDepth) {
            drop(open, end);
            ++m_dropped[name];
            ++m_removed;
            return end;
        }
        m_stack.push_back(name);
        ++m_open[name];
        return end;
    }

    qsizetype closingTag(qsizetype open)
    {
        const QByteArray name = nameAt(open + 2);
        const qsizetype end = tagEnd(open + 2 + name.size());
        if (auto dropped = m_dropped.find(name); dropped != m_dropped.end() && *dropped > 0) {
            --*dropped;
            drop(open, end);
            return end;
        }
        if (m_open.value(name) > 0) {
            // The parser closes everything opened since: so does the count.
            while (!m_stack.empty()) {
                const QByteArray top = m_stack.back();
                m_stack.pop_back();
                --m_open[top];
                if (top == name) {
                    break;
                }
            }
        }
        return end;
    }

    const QByteArray& m_html;
    const int m_maxDepth;
    std::vector<QByteArray> m_stack;
    QHash<QByteArray, int> m_open;
    QHash<QByteArray, int> m_dropped;
    QByteArray m_out;
    qsizetype m_copied = 0;
    qsizetype m_removed = 0;
};

} // namespace

HtmlWithinDepth withinDepth(const QByteArray& html, int maxDepth)
{
    return DepthLimiter(html, maxDepth).run();
}

} // namespace nianbao
