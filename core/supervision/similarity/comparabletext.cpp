#include "supervision/similarity/comparabletext.h"

#include "model/agencyname.h"
#include "text/codepointnormalizer.h"

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>

namespace nianbao::supervision {

namespace {

/// What a BMP code unit becomes: itself or its NFKC form when that is one character, '#'
/// for a digit, nothing (0) for spaces, punctuation and symbols, or kExpands when its NFKC
/// form has several characters (⑴ → (1)), which then go through the table one by one.
constexpr char16_t kDropped = 0;
constexpr char16_t kExpands = 0xFFFF;

class Alphabet {
public:
    static const Alphabet& instance()
    {
        static std::once_flag once;
        static std::unique_ptr<Alphabet> alphabet;
        std::call_once(once, [] { alphabet.reset(new Alphabet); });
        return *alphabet;
    }

    [[nodiscard]] char16_t map(char16_t unit) const { return m_map[unit]; }

private:
    Alphabet()
    {
        for (std::size_t unit = 0; unit < m_map.size(); ++unit) {
            const auto c = char16_t(unit);
            if (QChar::isSurrogate(c)) {
                m_map[unit] = c; // characters past the BMP are rare: kept as they are
                continue;
            }
            const QStringView normalized = normalizedBmpCharacter(c);
            m_map[unit] = normalized.size() == 1 ? classify(normalized.at(0))
                          : normalized.isEmpty() ? kDropped
                                                 : kExpands;
        }
    }

    static char16_t classify(QChar c)
    {
        if (c.isDigit()) {
            return ComparableText::kFigureMark;
        }
        if (c.isLetter()) {
            return c.toLower().unicode();
        }
        return kDropped; // spaces, punctuation, symbols, marks, controls
    }

    std::array<char16_t, 65536> m_map{};
};

/// The comparable form of a short string (a name), without sources.
std::u16string comparableForm(QStringView text)
{
    const Alphabet& alphabet = Alphabet::instance();
    std::u16string form;
    for (const QChar c : text) {
        const char16_t mapped = alphabet.map(c.unicode());
        if (mapped != kDropped && mapped != kExpands) {
            form.push_back(mapped);
        }
    }
    return form;
}

/// Words after 我/本 that make a body's reference to itself (我局, 本委, 我县, 本机关 …).
constexpr std::array<const char16_t*, 24> kSelfWords = {
    u"街道", u"单位", u"机关", u"部门", u"中心", u"公司", u"局", u"委", u"办", u"县", u"区", u"市",
    u"镇",   u"乡",   u"厅",   u"署",   u"院",   u"处",   u"所", u"站", u"部", u"会", u"校", u"馆",
};

qsizetype selfReferenceAt(const std::u16string& chars, std::size_t at)
{
    if (chars[at] != u'我' && chars[at] != u'本') {
        return 0;
    }
    for (const char16_t* word : kSelfWords) {
        const std::u16string_view view(word);
        if (chars.compare(at + 1, view.size(), view) == 0) {
            return qsizetype(view.size() + 1);
        }
    }
    return 0;
}

} // namespace

qsizetype ComparableText::sourceStart(qsizetype index) const
{
    if (index >= size()) {
        return m_sourceEnd.empty() ? 0 : m_sourceEnd.back();
    }
    return m_sourceStart.at(std::size_t(index));
}

qsizetype ComparableText::sourceEnd(qsizetype index) const
{
    return m_sourceEnd.at(std::size_t(index));
}

qsizetype ComparableText::firstFrom(qsizetype offset, qsizetype begin, qsizetype end) const
{
    while (begin < end) {
        const qsizetype middle = begin + (end - begin) / 2;
        if (m_sourceStart[std::size_t(middle)] < offset) {
            begin = middle + 1;
        } else {
            end = middle;
        }
    }
    return begin;
}

void ComparableText::append(const ComparableText& other, char16_t separator, qsizetype sourceOffset)
{
    if (!m_chars.empty()) {
        m_chars.push_back(separator);
        const qint32 at = qint32(sourceOffset);
        m_sourceStart.push_back(at);
        m_sourceEnd.push_back(at);
    }
    m_chars += other.m_chars;
    for (std::size_t i = 0; i < other.m_sourceStart.size(); ++i) {
        m_sourceStart.push_back(qint32(other.m_sourceStart[i] + sourceOffset));
        m_sourceEnd.push_back(qint32(other.m_sourceEnd[i] + sourceOffset));
    }
}

ComparableTextBuilder::ComparableTextBuilder(const QStringList& ownNames)
{
    for (const QString& name : ownNames) {
        std::u16string form = comparableForm(name);
        if (form.size() >= 2) {
            m_names.push_back(std::move(form));
        }
    }
    std::sort(m_names.begin(), m_names.end(),
              [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

QStringList ComparableTextBuilder::ownNames(const QString& agency)
{
    const QString name = normalizedAgencyName(agency);
    QStringList names;
    if (name.isEmpty()) {
        return names;
    }
    names.append(name);
    static constexpr std::array<char16_t, 7> kLevels = {u'省', u'市', u'州', u'盟',
                                                        u'县', u'区', u'旗'};
    const auto isLevel = [](QChar c) {
        return std::find(kLevels.begin(), kLevels.end(), c.unicode()) != kLevels.end();
    };
    // Tails that still name a place ("洪泽区人民政府"), not a bare "人民政府" every other body
    // also writes.
    for (qsizetype i = 0; i + 1 < name.size(); ++i) {
        if (isLevel(name.at(i))) {
            const QString tail = name.mid(i + 1);
            const bool namesPlace =
                std::any_of(tail.begin(), tail.end() - 1, [&](QChar c) { return isLevel(c); });
            if (tail.size() >= 4 && namesPlace) {
                names.append(tail);
            }
        }
    }
    return names;
}

ComparableText ComparableTextBuilder::build(QStringView text, bool keepSources) const
{
    const Alphabet& alphabet = Alphabet::instance();
    ComparableText raw;
    raw.m_chars.reserve(std::size_t(text.size()));
    if (keepSources) {
        raw.m_sourceStart.reserve(std::size_t(text.size()));
        raw.m_sourceEnd.reserve(std::size_t(text.size()));
    }
    bool inFigure = false; // the last kept character is a '#' whose run may go on
    const auto keep = [&](char16_t mapped, qsizetype start, qsizetype end) {
        if (mapped == ComparableText::kFigureMark && inFigure) {
            if (keepSources) {
                raw.m_sourceEnd.back() = qint32(end);
            }
            return;
        }
        inFigure = mapped == ComparableText::kFigureMark;
        raw.m_chars.push_back(mapped);
        if (keepSources) {
            raw.m_sourceStart.push_back(qint32(start));
            raw.m_sourceEnd.push_back(qint32(end));
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        const char16_t mapped = alphabet.map(unit);
        if (mapped == kDropped) {
            // Spaces and separators inside a figure ("3,119", "1 016.72") keep its run going;
            // anything else between digits would too, which is harmless: '#' means "figures".
            continue;
        }
        if (mapped != kExpands) {
            keep(mapped, i, i + 1);
            continue;
        }
        for (const QChar part : normalizedBmpCharacter(unit)) {
            const char16_t partMapped = alphabet.map(part.unicode());
            if (partMapped != kDropped && partMapped != kExpands) {
                keep(partMapped, i, i + 1);
            }
        }
    }

    // Masks: the body's names (longest first), then self-references, each becomes one '@'.
    const std::u16string& chars = raw.m_chars;
    std::vector<qint32> maskLength(chars.size(), 0);
    for (const std::u16string& name : m_names) {
        for (std::size_t at = chars.find(name); at != std::u16string::npos;
             at = chars.find(name, at + name.size())) {
            const bool free = std::all_of(maskLength.begin() + qsizetype(at),
                                          maskLength.begin() + qsizetype(at + name.size()),
                                          [](qint32 length) { return length == 0; });
            if (free) {
                maskLength[at] = qint32(name.size());
                std::fill(maskLength.begin() + qsizetype(at) + 1,
                          maskLength.begin() + qsizetype(at + name.size()), -1);
            }
        }
    }
    for (std::size_t at = 0; at + 1 < chars.size(); ++at) {
        if (maskLength[at] == 0) {
            const qsizetype length = selfReferenceAt(chars, at);
            if (length > 0 && at + std::size_t(length) <= chars.size()) {
                maskLength[at] = qint32(length);
                std::fill(maskLength.begin() + qsizetype(at) + 1,
                          maskLength.begin() + qsizetype(at) + length, -1);
                at += std::size_t(length) - 1;
            }
        }
    }

    ComparableText result;
    result.m_chars.reserve(chars.size());
    for (std::size_t at = 0; at < chars.size(); ++at) {
        const qint32 length = maskLength[at];
        if (length < 0) {
            continue;
        }
        result.m_chars.push_back(length > 0 ? ComparableText::kNameMark : chars[at]);
        if (keepSources) {
            result.m_sourceStart.push_back(raw.m_sourceStart[at]);
            result.m_sourceEnd.push_back(
                raw.m_sourceEnd[at + std::size_t(std::max<qint32>(length, 1)) - 1]);
        }
    }
    return result;
}

} // namespace nianbao::supervision
