// nianbao-cli copies: the most similar pairs of reports' narratives (内容雷同).

#include "archiveoption.h"
#include "commands.h"
#include "deskoption.h"
#include "output.h"
#include "supervision/desk/deskanalyses.h"
#include "supervision/similarity/copyfindings.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::cli {

namespace {

using namespace nianbao::supervision;

QString tr(const char* text)
{
    return QCoreApplication::translate("nianbao::cli", text);
}

QString relationCode(CopyRelation relation)
{
    return relation == CopyRelation::SameYear ? QStringLiteral("same_year")
                                              : QStringLiteral("own_earlier_year");
}

/// The text of a passage in the part it lies in.
QString passageText(const NarrativeDocument& document, int part, const Span& span)
{
    if (part < 0 || std::size_t(part) >= document.parts.size()) {
        return {};
    }
    return document.parts[std::size_t(part)].text.mid(span.start, span.length());
}

QJsonObject matchToJson(const CopyMatch& match, std::span<const NarrativeDocument> documents)
{
    const NarrativeDocument& own = documents[std::size_t(match.document)];
    const NarrativeDocument& other = documents[std::size_t(match.other)];
    QJsonArray passages;
    for (const SharedPassage& passage : match.passages) {
        passages.append(QJsonObject{
            {QStringLiteral("text"), passageText(own, passage.part, passage.span)},
            {QStringLiteral("other_text"),
             passageText(other, passage.otherPart, passage.otherSpan)},
        });
    }
    return QJsonObject{
        {QStringLiteral("report"), own.id.toLongLong()},
        {QStringLiteral("part"), match.unit.key},
        {QStringLiteral("name"), unitName(match.unit, own).text()},
        {QStringLiteral("share"), qRound(match.share * 1000) / 1000.0},
        {QStringLiteral("characters"), match.ownCharacters},
        {QStringLiteral("passages"), passages},
    };
}

QJsonArray pairsToJson(const CopiesAnalysis& analysis, qsizetype limit)
{
    QJsonArray array;
    for (const SimilarPair& pair : analysis.pairs) {
        if (array.size() >= limit) {
            break;
        }
        const NarrativeDocument& own = analysis.documents[std::size_t(pair.document)];
        const NarrativeDocument& other = analysis.documents[std::size_t(pair.other)];
        QJsonArray parts;
        for (const int index : pair.matches) {
            parts.append(
                matchToJson(analysis.detection.matches[std::size_t(index)], analysis.documents));
        }
        array.append(QJsonObject{
            {QStringLiteral("report"), own.id.toLongLong()},
            {QStringLiteral("agency"), own.agency},
            {QStringLiteral("year"), own.year},
            {QStringLiteral("other_report"), other.id.toLongLong()},
            {QStringLiteral("other_agency"), other.agency},
            {QStringLiteral("other_year"), other.year},
            {QStringLiteral("relation"), relationCode(pair.relation)},
            {QStringLiteral("share"), qRound(pair.share * 1000) / 1000.0},
            {QStringLiteral("parts"), parts},
        });
    }
    return array;
}

QString pairsAsText(const CopiesAnalysis& analysis, qsizetype limit)
{
    using Align = TextTable::Align;
    TextTable table({{tr(QT_TRANSLATE_NOOP("nianbao::cli", "SHARE")), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "ID")), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "AGENCY"))},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "YEAR")), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "OTHER ID")), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "OTHER AGENCY"))},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "YEAR")), Align::Right},
                     {tr(QT_TRANSLATE_NOOP("nianbao::cli", "PARTS"))}});
    qsizetype shown = 0;
    for (const SimilarPair& pair : analysis.pairs) {
        if (shown++ >= limit) {
            break;
        }
        const NarrativeDocument& own = analysis.documents[std::size_t(pair.document)];
        const NarrativeDocument& other = analysis.documents[std::size_t(pair.other)];
        QStringList parts;
        for (const int index : pair.matches) {
            const CopyMatch& match = analysis.detection.matches[std::size_t(index)];
            parts.append(
                unitName(match.unit, analysis.documents[std::size_t(match.document)]).text());
        }
        parts.removeDuplicates();
        table.addRow({QStringLiteral("%1 %").arg(qRound(pair.share * 100)), own.id, own.agency,
                      QString::number(own.year), other.id, other.agency,
                      QString::number(other.year), parts.join(QStringLiteral("、"))});
    }
    return table.render();
}

} // namespace

int runCopies(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(QT_TRANSLATE_NOOP(
        "nianbao::cli",
        "Lists the pairs of reports whose narrative parts are largely the same (内容雷同), "
        "most similar first: each report against every other report of its year and its own "
        "body's earlier reports; the format's own words and what most reports share do not "
        "count.")));
    const QCommandLineOption db = archiveOption();
    const QCommandLineOption year(
        QStringLiteral("year"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "only pairs with a report of this year")),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "YEAR")));
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "the share of a part's own text that must be "
                                             "shared for it to count as copied (default 0.8)")),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "SHARE")));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "at most this many pairs (default 50)")),
        tr(QT_TRANSLATE_NOOP("nianbao::cli", "N")));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr(QT_TRANSLATE_NOOP("nianbao::cli", "print JSON")));
    parser.addOptions({db, year, threshold, limit, json});
    if (const auto done = parseCommand(parser, QStringLiteral("copies"), arguments)) {
        return *done;
    }
    std::optional<int> onlyYear;
    if (parser.isSet(year)) {
        onlyYear = yearValue(parser, QStringLiteral("year"));
        if (!onlyYear) {
            return BadArguments;
        }
    }
    SimilarityThresholds thresholds;
    if (parser.isSet(threshold)) {
        bool ok = false;
        thresholds.copiedShare = parser.value(threshold).toDouble(&ok);
        if (!ok || thresholds.copiedShare <= 0 || thresholds.copiedShare > 1) {
            reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli",
                                             "--threshold takes a share above 0 and up to 1: "
                                             "\"%1\""))
                            .arg(parser.value(threshold)));
            return BadArguments;
        }
    }
    qsizetype maxPairs = 50;
    if (parser.isSet(limit)) {
        bool ok = false;
        maxPairs = parser.value(limit).toLongLong(&ok);
        if (!ok || maxPairs < 1) {
            reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "--%1 does not take \"%2\""))
                            .arg(QStringLiteral("limit"), parser.value(limit)));
            return BadArguments;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "copies takes no FILE: \"%1\""))
                        .arg(parser.positionalArguments().constFirst()));
        return BadArguments;
    }
    if (!archiveOptionIsValid(parser, db)) {
        return BadArguments;
    }
    if (argumentsOnly()) {
        return Success;
    }
    std::unique_ptr<store::Archive> archive = openArchive(parser, db);
    if (!archive) {
        return SomeFailed;
    }
    std::optional<DeskStore> desk = openDesk(*archive);
    if (!desk) {
        return SomeFailed;
    }
    Result<CopiesAnalysis> analysis = analyseCopies(*desk, onlyYear, thresholds);
    if (!analysis) {
        reportFileError(archive->location(), analysis.error().message);
        return SomeFailed;
    }
    writeOut(
        parser.isSet(json)
            ? QString::fromUtf8(
                  QJsonDocument(pairsToJson(*analysis, maxPairs)).toJson(QJsonDocument::Indented))
            : pairsAsText(*analysis, maxPairs));
    return Success;
}

} // namespace nianbao::cli
