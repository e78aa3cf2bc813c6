#include "supervision/similarity/boilerplate.h"

#include "supervision/similarity/comparabletext.h"
#include "supervision/similarity/parallel.h"
#include "supervision/similarity/shingles.h"
#include "templates/templateregistry.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace nianbao::supervision {

namespace {

void appendAll(QStringList& phrases, const LocalizedText& text, const QStringList& aliases)
{
    if (!text.zh.isEmpty()) {
        phrases.append(text.zh);
    }
    phrases.append(aliases);
}

/// The distinct shingles of one report's narrative (its names masked), appended to `out`.
void reportShingles(const NarrativeDocument& document, int shingleLength,
                    std::vector<quint64>& windows, std::vector<quint64>& out)
{
    const ComparableTextBuilder builder(ComparableTextBuilder::ownNames(document.agency));
    const std::size_t first = out.size();
    for (const NarrativePart& part : document.parts) {
        const ComparableText text = builder.build(part.text, false);
        windowHashes(text.chars(), shingleLength, windows);
        out.insert(out.end(), windows.begin(), windows.end());
    }
    std::sort(out.begin() + qsizetype(first), out.end());
    out.erase(std::unique(out.begin() + qsizetype(first), out.end()), out.end());
}

/// The shingles that at least `commonStockMinBodies` different bodies, and
/// `commonStockShare` of the batch's bodies, write (the rule for small batches; a larger one
/// learns the same and more by the share of reports, so it is skipped there).
std::vector<quint64> commonStock(std::span<const NarrativeDocument> documents,
                                 const SimilarityThresholds& thresholds)
{
    QHash<QString, std::vector<quint64>> byBody;
    for (const NarrativeDocument& document : documents) {
        byBody[document.body];
    }
    const auto bodies = std::size_t(byBody.size());
    const auto needed = std::size_t(std::max<double>(
        thresholds.commonStockMinBodies, std::ceil(thresholds.commonStockShare * double(bodies))));
    const auto neededReports = std::size_t(
        std::max<double>(thresholds.templateMinReports,
                         std::ceil(thresholds.templateShare * double(documents.size()))));
    // Past this size every shingle this rule finds is found by the share of reports too.
    if (bodies < needed || needed >= neededReports) {
        return {};
    }
    std::vector<quint64> windows;
    for (const NarrativeDocument& document : documents) {
        reportShingles(document, thresholds.shingleLength, windows, byBody[document.body]);
    }
    std::vector<quint64> all;
    for (std::vector<quint64>& shingles : byBody) {
        // A body's several years count once: its own text repeated is not common stock.
        std::sort(shingles.begin(), shingles.end());
        shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
        all.insert(all.end(), shingles.begin(), shingles.end());
    }
    std::sort(all.begin(), all.end());
    std::vector<quint64> stock;
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i + 1;
        while (j < all.size() && all[j] == all[i]) {
            ++j;
        }
        if (j - i >= needed) {
            stock.push_back(all[i]);
        }
        i = j;
    }
    return stock;
}

} // namespace

QStringList Boilerplate::formatPhrases(const TemplateRegistry& formats)
{
    QStringList phrases;
    for (const auto& format : formats.templates()) {
        phrases.append(format->standardText);
        for (const SectionDef& section : format->sections) {
            appendAll(phrases, section.title, section.aliases);
        }
        for (const TableDef& table : format->tables) {
            appendAll(phrases, table.title, {});
            for (const GroupDef& group : table.groups) {
                appendAll(phrases, group.label, group.aliases);
            }
            for (const BlockDef& block : table.blocks) {
                appendAll(phrases, block.label, block.aliases);
                for (const RowDef& row : block.rows) {
                    appendAll(phrases, row.label, row.aliases);
                }
                for (const ColumnDef& column : block.columns) {
                    appendAll(phrases, column.label, column.aliases);
                }
            }
        }
    }
    phrases.removeDuplicates();
    return phrases;
}

Boilerplate Boilerplate::fromFormats(const TemplateRegistry& formats, int shingleLength)
{
    const ComparableTextBuilder builder;
    std::vector<quint64> shingles;
    std::vector<quint64> windows;
    for (const QString& phrase : formatPhrases(formats)) {
        windowHashes(builder.build(phrase, false).chars(), shingleLength, windows);
        shingles.insert(shingles.end(), windows.begin(), windows.end());
    }
    Boilerplate boilerplate;
    boilerplate.m_shingleLength = shingleLength;
    boilerplate.m_shingles = HashSet(shingles);
    return boilerplate;
}

Boilerplate Boilerplate::learn(std::span<const NarrativeDocument> documents,
                               const TemplateRegistry& formats,
                               const SimilarityThresholds& thresholds)
{
    const int k = thresholds.shingleLength;
    // An even sample: report i * N / sample for i < sample.
    const std::size_t sample =
        std::min(documents.size(), std::size_t(std::max(1, thresholds.templateSample)));

    const unsigned workers = workerCount();
    std::vector<std::vector<quint64>> perWorker(workers);
    parallelSlices(sample, workers, [&](std::size_t begin, std::size_t end, unsigned worker) {
        std::vector<quint64> windows;
        std::vector<quint64>& out = perWorker[worker];
        for (std::size_t i = begin; i < end; ++i) {
            reportShingles(documents[i * documents.size() / sample], k, windows, out);
        }
        std::sort(out.begin(), out.end());
    });
    std::vector<quint64> all;
    for (std::vector<quint64>& part : perWorker) {
        const auto middle = qsizetype(all.size());
        all.insert(all.end(), part.begin(), part.end());
        std::vector<quint64>().swap(part);
        std::inplace_merge(all.begin(), all.begin() + middle, all.end());
    }

    const auto needed = std::size_t(std::max<double>(
        thresholds.templateMinReports, std::ceil(thresholds.templateShare * double(sample))));
    std::vector<quint64> learnt;
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i + 1;
        while (j < all.size() && all[j] == all[i]) {
            ++j;
        }
        if (j - i >= needed) {
            learnt.push_back(all[i]);
        }
        i = j;
    }

    const std::vector<quint64> stock = commonStock(documents, thresholds);
    learnt.insert(learnt.end(), stock.begin(), stock.end());
    std::sort(learnt.begin(), learnt.end());
    learnt.erase(std::unique(learnt.begin(), learnt.end()), learnt.end());

    const ComparableTextBuilder builder;
    std::vector<quint64> windows;
    std::vector<quint64> shingles = learnt;
    for (const QString& phrase : formatPhrases(formats)) {
        windowHashes(builder.build(phrase, false).chars(), k, windows);
        shingles.insert(shingles.end(), windows.begin(), windows.end());
    }
    Boilerplate boilerplate;
    boilerplate.m_shingleLength = k;
    boilerplate.m_shingles = HashSet(shingles);
    boilerplate.m_learnt = learnt.size();
    boilerplate.m_reportsRead = int(sample);
    return boilerplate;
}

std::vector<quint8> Boilerplate::ownCharacters(std::span<const quint64> windows,
                                               std::size_t size) const
{
    std::vector<quint8> own(size, windows.empty() ? 1 : 0);
    const auto k = std::size_t(m_shingleLength);
    for (std::size_t w = 0; w < windows.size(); ++w) {
        if (!contains(windows[w])) {
            std::fill(own.begin() + qsizetype(w), own.begin() + qsizetype(std::min(size, w + k)),
                      quint8(1));
        }
    }
    return own;
}

} // namespace nianbao::supervision
