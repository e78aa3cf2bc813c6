#include "extract/labelchain.h"

#include "extract/fuzzysearch.h"

#include <algorithm>

namespace nianbao::extract {

namespace {

/// Aliases this short match by accident ("其他", "总计"): they need their numbering.
constexpr qsizetype kShortAlias = 2;

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n');
}

/// The digit or Chinese numeral inside a numbering such as "1.", "(三)", "四、".
QString numeral(const QString& number)
{
    QString core;
    for (const QChar c : number) {
        if (c.isDigit() || CompactText::isHan(c)) {
            core.append(c);
        }
    }
    return core;
}

} // namespace

LabelElement::LabelElement(QString elementKey, const QStringList& labelAliases, QString numbering)
    : key(std::move(elementKey))
    , aliases(labelAliases)
    , number(std::move(numbering))
{
    for (const QString& alias : aliases) {
        compactAliases.append(CompactText::compact(alias));
    }
}

bool sameLabels(const std::vector<LabelElement>& a, const std::vector<LabelElement>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const LabelElement& x, const LabelElement& y) {
                          return x.key == y.key && x.aliases == y.aliases && x.number == y.number &&
                                 x.deferred == y.deferred;
                      });
}

std::vector<qsizetype> occurrences(const QString& compact, const QString& compactAlias,
                                   qsizetype from, qsizetype to)
{
    std::vector<qsizetype> found;
    if (compactAlias.isEmpty()) {
        return found;
    }
    if (to < 0 || to > compact.size()) {
        to = compact.size();
    }
    // Searched in the range only (a gap between two labels is a small part of the text), by
    // its first character, which the vectorised character search finds in a fraction of the
    // instructions a substring search spends (every alias of a format is looked for).
    const QStringView range = QStringView(compact).first(to);
    const QStringView alias(compactAlias);
    const QChar first = alias.front();
    const qsizetype last = range.size() - alias.size();
    for (qsizetype at = from < 0 ? 0 : from; at <= last; ++at) {
        at = range.indexOf(first, at);
        if (at < 0 || at > last) {
            break;
        }
        if (range.sliced(at, alias.size()) == alias) {
            found.push_back(at);
        }
    }
    return found;
}

qsizetype numberingStart(const QString& text, qsizetype lowerBound, qsizetype labelStart,
                         const QString& number)
{
    const QString core = numeral(number);
    if (core.isEmpty()) {
        return -1;
    }
    qsizetype i = labelStart;
    auto skipBack = [&](auto predicate) {
        while (i > lowerBound && predicate(text.at(i - 1))) {
            --i;
        }
    };
    skipBack(isSpace);
    // Punctuation after the numeral: "1." "1、" "(三)" "四、" "1 ." "（3）".
    skipBack([](QChar c) {
        return c == QLatin1Char('.') || c == QChar(0x3001) || c == QLatin1Char(')') ||
               c == QLatin1Char(',') || c == QLatin1Char(':') || c == QChar(0x3002) || isSpace(c);
    });
    if (i - core.size() < lowerBound ||
        QStringView(text).mid(i - core.size(), core.size()) != core) {
        return -1;
    }
    i -= core.size();
    // A digit numeral must not be the tail of a longer number ("12." is not "2.") unless the
    // figures of the previous row run straight into it, as in glued web text ("00000002.其他").
    skipBack([](QChar c) { return c == QLatin1Char('(') || c == QLatin1Char(' '); });
    return i;
}
namespace {

/// A whole report is some 20,000 characters: a label is never further than this from the
/// labels around it. Past it (a hostile or garbled text of a megabyte) the approximate search,
/// which costs the gap's length times the alias's, is not run, and the label stays missing,
/// with the finding that says so.
constexpr qsizetype kMaxFuzzyGap = 100000;

std::vector<FoundLabel> keepOutermost(std::vector<FoundLabel> candidates)
{
    std::sort(candidates.begin(), candidates.end(), [](const FoundLabel& a, const FoundLabel& b) {
        return a.compactStart != b.compactStart ? a.compactStart < b.compactStart
                                                : a.compactEnd > b.compactEnd;
    });
    std::vector<bool> inside(candidates.size(), false);
    qsizetype furthestBefore = -1; // the furthest end of the candidates starting earlier
    for (std::size_t group = 0; group < candidates.size();) {
        std::size_t next = group;
        const qsizetype groupStart = candidates[group].compactStart;
        const qsizetype groupEnd = candidates[group].compactEnd; // the longest, sorted first
        qsizetype furthest = furthestBefore;
        for (; next < candidates.size() && candidates[next].compactStart == groupStart; ++next) {
            const FoundLabel& c = candidates[next];
            inside[next] = furthestBefore >= c.compactEnd || groupEnd > c.compactEnd;
            furthest = std::max(furthest, c.compactEnd);
        }
        furthestBefore = furthest;
        group = next;
    }
    std::vector<FoundLabel> kept;
    kept.reserve(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (!inside[i]) {
            kept.push_back(candidates[i]);
        }
    }
    std::stable_sort(kept.begin(), kept.end(), [](const FoundLabel& a, const FoundLabel& b) {
        return a.compactStart != b.compactStart ? a.compactStart < b.compactStart
                                                : a.element < b.element;
    });
    return kept;
}

/// The heaviest chain of labels increasing in both template order and position: best[i] is
/// the weight of the heaviest chain ending at label i, previous[i] the label before it (the
/// first in order among equals). Labels become eligible as predecessors once the scan passes
/// their end, and the best chain per element is kept, so the scan costs n times the number of
/// elements rather than n squared.
void heaviestChain(const std::vector<FoundLabel>& kept, int numberedBonus, std::size_t elements,
                   std::vector<int>& best, std::vector<int>& previous)
{
    const std::size_t n = kept.size();
    std::vector<std::size_t> byEnd(n);
    for (std::size_t i = 0; i < n; ++i) {
        byEnd[i] = i;
    }
    std::sort(byEnd.begin(), byEnd.end(), [&](std::size_t a, std::size_t b) {
        return kept[a].compactEnd != kept[b].compactEnd ? kept[a].compactEnd < kept[b].compactEnd
                                                        : a < b;
    });
    // Per element: the best chain among the eligible labels, and the first label reaching it.
    std::vector<int> bestOf(elements, -1);
    std::vector<int> bestAt(elements, -1);
    std::size_t activated = 0;
    for (std::size_t i = 0; i < n; ++i) {
        while (activated < n && kept[byEnd[activated]].compactEnd <= kept[i].compactStart) {
            const std::size_t j = byEnd[activated++];
            const auto e = static_cast<std::size_t>(kept[j].element);
            if (best[j] > bestOf[e] || (best[j] == bestOf[e] && int(j) < bestAt[e])) {
                bestOf[e] = best[j];
                bestAt[e] = int(j);
            }
        }
        const int weight = static_cast<int>(kept[i].compactEnd - kept[i].compactStart) +
                           (kept[i].numbered ? numberedBonus : 0);
        best[i] = weight;
        int chosen = -1;
        int chosenBest = -1;
        for (int e = 0; e < kept[i].element; ++e) {
            const int at = bestAt[std::size_t(e)];
            if (at < 0) {
                continue;
            }
            const int value = bestOf[std::size_t(e)];
            if (value > chosenBest || (value == chosenBest && at < chosen)) {
                chosenBest = value;
                chosen = at;
            }
        }
        if (chosen >= 0) {
            best[i] = chosenBest + weight;
            previous[i] = chosen;
        }
    }
}

} // namespace

std::vector<FoundLabel> findLabelChain(const QString& text, qsizetype start, qsizetype end,
                                       const std::vector<LabelElement>& elements, int numberedBonus)
{
    const CompactText compact(text, start, end);
    const QString& chars = compact.chars();

    // 1. Every exact occurrence of every alias.
    std::vector<FoundLabel> candidates;
    for (int e = 0; e < static_cast<int>(elements.size()); ++e) {
        const LabelElement& element = elements[e];
        if (element.deferred) {
            continue;
        }
        for (int a = 0; a < element.compactAliases.size(); ++a) {
            const QString& alias = element.compactAliases.at(a);
            for (const qsizetype at : occurrences(chars, alias)) {
                FoundLabel label;
                label.element = e;
                label.alias = a;
                label.compactStart = at;
                label.compactEnd = at + alias.size();
                label.start = compact.sourceStart(at);
                label.end = compact.sourceEnd(label.compactEnd - 1);
                const qsizetype numbered = numberingStart(text, start, label.start, element.number);
                label.numbered = numbered >= 0;
                if (alias.size() <= kShortAlias && !element.number.isEmpty() && !label.numbered) {
                    continue;
                }
                if (label.numbered) {
                    label.start = numbered;
                }
                candidates.push_back(label);
            }
        }
    }
    // A label cannot sit inside a longer one ("规范性文件" in "行政规范性文件", "其他" in
    // "其他处理").
    // One sweep in order of start (the longest first at each start), so that a text of
    // thousands of label occurrences costs n log n, not n squared: a candidate lies inside a
    // longer one when one starting before it ends at or after its end, or one starting where
    // it starts ends after it.
    std::vector<FoundLabel> kept = keepOutermost(std::move(candidates));

    // 2. The heaviest chain increasing in both template order and position.
    const std::size_t n = kept.size();
    std::vector<int> best(n);
    std::vector<int> previous(n, -1);
    heaviestChain(kept, numberedBonus, elements.size(), best, previous);
    std::vector<FoundLabel> chain;
    if (n > 0) {
        int at = static_cast<int>(std::max_element(best.begin(), best.end()) - best.begin());
        for (; at >= 0; at = previous[at]) {
            chain.push_back(kept[at]);
        }
        std::reverse(chain.begin(), chain.end());
    }

    // 3. Missing elements in the gap their neighbours leave: regular ones first
    // (approximately), then deferred ones (exactly, then approximately).
    std::vector<const FoundLabel*> byElement(elements.size(), nullptr);
    std::vector<FoundLabel> found = chain;
    found.reserve(elements.size());
    for (const FoundLabel& label : found) {
        byElement[label.element] = &label;
    }
    auto fillGaps = [&](bool deferredPass) {
        for (int e = 0; e < static_cast<int>(elements.size()); ++e) {
            const LabelElement& element = elements[e];
            if (byElement[e] || element.deferred != deferredPass) {
                continue;
            }
            qsizetype gapStart = 0;
            qsizetype gapEnd = chars.size();
            for (int before = e - 1; before >= 0; --before) {
                if (byElement[before]) {
                    gapStart = byElement[before]->compactEnd;
                    break;
                }
            }
            for (int after = e + 1; after < static_cast<int>(elements.size()); ++after) {
                if (byElement[after]) {
                    gapEnd = byElement[after]->compactStart;
                    break;
                }
            }
            std::optional<FuzzyHit> bestHit;
            int bestAlias = -1;
            for (int a = 0; a < element.compactAliases.size() && gapEnd > gapStart; ++a) {
                const QString& alias = element.compactAliases.at(a);
                std::optional<FuzzyHit> hit;
                if (deferredPass) {
                    for (const qsizetype at : occurrences(chars, alias, gapStart, gapEnd)) {
                        if (alias.size() > kShortAlias || element.number.isEmpty() ||
                            numberingStart(text, start, compact.sourceStart(at), element.number) >=
                                0) {
                            hit = FuzzyHit{at, at + alias.size(), 0};
                            break;
                        }
                    }
                }
                const int tolerated = toleratedDistance(alias.size());
                if (!hit && tolerated > 0 && gapEnd - gapStart <= kMaxFuzzyGap) {
                    hit = fuzzyFind(chars, gapStart, gapEnd, alias, tolerated);
                }
                if (hit && (!bestHit || hit->distance < bestHit->distance)) {
                    bestHit = hit;
                    bestAlias = a;
                }
            }
            if (!bestHit) {
                continue;
            }
            FoundLabel label;
            label.element = e;
            label.alias = bestAlias;
            label.compactStart = bestHit->start;
            label.compactEnd = bestHit->end;
            label.start = compact.sourceStart(bestHit->start);
            label.end = compact.sourceEnd(bestHit->end - 1);
            label.distance = bestHit->distance;
            const qsizetype numbered = numberingStart(text, start, label.start, element.number);
            label.numbered = numbered >= 0;
            if (label.numbered) {
                label.start = numbered;
            }
            found.push_back(label);
            byElement[e] = &found.back();
        }
    };
    fillGaps(false);
    fillGaps(true);
    std::sort(found.begin(), found.end(),
              [](const FoundLabel& a, const FoundLabel& b) { return a.element < b.element; });
    return found;
}

} // namespace nianbao::extract
