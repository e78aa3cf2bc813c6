#include "synth/narrativecorpus.h"

#include "synth/agencies.h"
#include "synth/prose.h"
#include "synth/randomtools.h"

#include <QSet>

namespace nianbao::synth {

namespace {

struct Entry {
    QString agency;
    int year = 0;
    Narrative narrative;
    bool copier = false;
    bool source = false;
};

NarrativeFacts randomFacts(const QString& agency, int year, QRandomGenerator& random)
{
    NarrativeFacts facts;
    facts.agency = agency;
    facts.year = year;
    facts.newRequests = chance(random, 0.3) ? 0 : skewed(random, 1, 400);
    facts.carriedForward = facts.newRequests > 0 ? skewed(random, 0, facts.newRequests / 5) : 0;
    facts.reviews = chance(random, 0.8) ? 0 : skewed(random, 1, 10);
    facts.feesCollected = chance(random, 0.05);
    return facts;
}

QList<Paragraph> edited(const QList<Paragraph>& source, const Entry& from, const Entry& to,
                        int edits, QRandomGenerator& random)
{
    QList<Paragraph> copy;
    for (const Paragraph& paragraph : source) {
        const CopyOptions options{from.agency, from.year, to.agency, to.year, edits};
        copy.append({paragraph.heading, lightlyEditedCopy(paragraph.text, options, random)});
    }
    return copy;
}

/// Copies one unit of `source` into `copier`; returns the unit's name.
QString plant(Entry& copier, const Entry& source, int edits, QRandomGenerator& random)
{
    const double kind = random.generateDouble();
    if (kind < 0.35) {
        // The whole of part 一, one light edit per paragraph.
        copier.narrative.overview = edited(source.narrative.overview, source, copier, 1, random);
        return QStringLiteral("overview");
    }
    if (kind < 0.8) {
        const int subsection = between(
            random, 1,
            int(std::min(source.narrative.overview.size(), copier.narrative.overview.size())) - 1);
        const QList<Paragraph> one =
            edited({source.narrative.overview.at(subsection)}, source, copier, edits, random);
        copier.narrative.overview[subsection].text = one.front().text;
        return QStringLiteral("overview.") + QString::number(subsection);
    }
    copier.narrative.problems = edited(source.narrative.problems, source, copier, 1, random);
    return QStringLiteral("problems");
}

supervision::NarrativeDocument render(const Entry& entry, int index)
{
    supervision::NarrativeDocument document;
    document.id = QStringLiteral("report-%1").arg(index);
    document.agency = entry.agency;
    document.body = entry.agency;
    document.year = entry.year;
    const auto part = [](const char* key, const char16_t* heading, const QList<Paragraph>& text) {
        NarrativePart made;
        made.key = QString::fromLatin1(key);
        made.heading = QString::fromUtf16(heading);
        made.text = partText(text);
        made.span = {0, made.text.size()};
        return made;
    };
    document.parts.push_back(part("overview", u"一、总体情况", entry.narrative.overview));
    document.parts.push_back(
        part("problems", u"五、存在的主要问题及改进情况", entry.narrative.problems));
    document.parts.push_back(
        part("other_matters", u"六、其他需要报告的事项", entry.narrative.otherMatters));
    return document;
}

} // namespace

NarrativeCorpus narrativeCorpus(const CorpusOptions& options, quint64 seed)
{
    QRandomGenerator random(seed);
    const int years = int(options.years.size());
    std::vector<Entry> entries;
    entries.reserve(std::size_t(options.bodies * years));
    QSet<QString> agencies;
    for (int body = 0; body < options.bodies; ++body) {
        QString agency = randomAgency(random);
        while (agencies.contains(agency)) {
            agency = randomAgency(random);
        }
        agencies.insert(agency);
        const bool formulaic = chance(random, options.formulaicShare);
        for (const int year : options.years) {
            const NarrativeFacts facts = randomFacts(agency, year, random);
            entries.push_back({agency, year,
                               formulaic ? writeNarrative(facts, random)
                                         : writeIndependentNarrative(facts, random)});
        }
    }

    NarrativeCorpus corpus;
    const auto total = int(entries.size());
    const int wanted = int(options.copyRate * total + 0.5);
    for (int attempt = 0; attempt < wanted * 20 && int(corpus.planted.size()) < wanted; ++attempt) {
        const int copier = int(random.bounded(total));
        const int yearIndex = copier % years;
        const bool ownYear = yearIndex > 0 && chance(random, 0.3);
        const int source =
            ownYear ? copier - 1 : int(random.bounded(options.bodies)) * years + yearIndex;
        Entry& to = entries[std::size_t(copier)];
        Entry& from = entries[std::size_t(source)];
        if (source == copier || to.copier || to.source || from.copier || from.source) {
            continue;
        }
        const QString unit = plant(to, from, options.edits, random);
        to.copier = true;
        from.source = true;
        corpus.planted.push_back({copier, source, unit, ownYear});
    }
    corpus.documents.reserve(entries.size());
    for (int i = 0; i < total; ++i) {
        corpus.documents.push_back(render(entries[std::size_t(i)], i));
    }
    return corpus;
}

} // namespace nianbao::synth
