#include "synth/prose.h"
#include "synth/randomtools.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace nianbao::synth {

namespace {

/// Words a copier swaps for one of the same meaning, so the text reads as their own.
constexpr std::array<std::pair<const char16_t*, const char16_t*>, 16> kSynonyms = {{
    {u"进一步", u"更进一步"},
    {u"加强", u"强化"},
    {u"切实", u"扎实"},
    {u"及时", u"按时"},
    {u"不断", u"持续"},
    {u"积极", u"主动"},
    {u"完善", u"健全"},
    {u"提升", u"提高"},
    {u"群众", u"公众"},
    {u"全年", u"本年度"},
    {u"开展", u"组织"},
    {u"规范", u"规范化"},
    {u"明显", u"显著"},
    {u"重点", u"主要"},
    {u"有效", u"切实有效"},
    {u"工作", u"各项工作"},
}};

/// Clauses a copier adds to make a copied paragraph look worked on.
constexpr std::array<const char16_t*, 8> kAddedClauses = {
    u"取得较好效果", u"得到上级肯定", u"形成长效机制", u"效果良好",
    u"进展顺利",     u"按期完成",     u"群众反映良好", u"运行平稳",
};

bool swapSynonym(QString& text, QRandomGenerator& random)
{
    const auto& [from, to] = kSynonyms.at(std::size_t(random.bounded(int(kSynonyms.size()))));
    const QString word = QString::fromUtf16(from);
    const qsizetype at =
        text.indexOf(word, random.bounded(int(std::max<qsizetype>(1, text.size()))) / 2);
    const qsizetype found = at >= 0 ? at : text.indexOf(word);
    if (found < 0) {
        return false;
    }
    text.replace(found, word.size(), QString::fromUtf16(to));
    return true;
}

bool addClause(QString& text, QRandomGenerator& random)
{
    QList<qsizetype> stops;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'。') {
            stops.append(i);
        }
    }
    if (stops.isEmpty()) {
        return false;
    }
    text.insert(pick(random, stops), QStringLiteral("，") + pick(random, kAddedClauses));
    return true;
}

bool dropClause(QString& text, QRandomGenerator& random)
{
    // A clause between two commas, short enough to go unnoticed.
    static const QRegularExpression clause(QStringLiteral("，[^，。；：]{2,12}(?=[，。])"));
    QList<QRegularExpressionMatch> matches;
    for (auto it = clause.globalMatch(text); it.hasNext();) {
        matches.append(it.next());
    }
    if (matches.isEmpty()) {
        return false;
    }
    const QRegularExpressionMatch& match = pick(random, matches);
    text.remove(match.capturedStart(), match.capturedLength());
    return true;
}

/// Every figure that is not a year changed now and then, as a copier updates the numbers.
QString changeFigures(const QString& text, int fromYear, QRandomGenerator& random)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString result;
    qsizetype last = 0;
    for (auto it = digits.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const int value = match.captured().toInt();
        const bool year = value >= fromYear - 1 && value <= fromYear + 1;
        result += (!year && chance(random, 0.6)) ? QString::number(skewed(random, 1, 500))
                                                 : match.captured();
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace

QString lightlyEditedCopy(const QString& source, const CopyOptions& options,
                          QRandomGenerator& random)
{
    QString text = changeFigures(source, options.fromYear, random);
    if (!options.fromAgency.isEmpty()) {
        text.replace(options.fromAgency, options.toAgency);
        text.replace(selfReference(options.fromAgency), selfReference(options.toAgency));
    }
    if (options.fromYear != options.toYear) {
        text.replace(QString::number(options.fromYear + 1), QString::number(options.toYear + 1));
        text.replace(QString::number(options.fromYear), QString::number(options.toYear));
    }
    for (int edit = 0; edit < options.edits; ++edit) {
        const double kind = random.generateDouble();
        bool done = false;
        if (kind < 0.5) {
            done = swapSynonym(text, random);
        } else if (kind < 0.75) {
            done = addClause(text, random);
        } else {
            done = dropClause(text, random);
        }
        if (!done) {
            swapSynonym(text, random);
        }
    }
    return text;
}

} // namespace nianbao::synth
