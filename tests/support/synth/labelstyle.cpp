#include "synth/labelstyle.h"

#include "synth/randomtools.h"
#include "templates/reporttemplate.h"

#include <QRegularExpression>

#include <array>

namespace nianbao::synth {

namespace {

/// The template's “”, then ASCII "", none, 「」, ‘’ — all met around 三安全一稳定.
constexpr std::array<std::array<char16_t, 2>, 5> kQuotes = {{
    {u'“', u'”'},
    {u'"', u'"'},
    {0, 0},
    {u'「', u'」'},
    {u'‘', u'’'},
}};

QString replaceQuotes(QString text, int style)
{
    const auto [open, close] = kQuotes.at(style);
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (ch == u'“' || ch == u'”') {
            const char16_t replacement = ch == u'“' ? open : close;
            if (replacement != 0) {
                out.append(QChar(replacement));
            }
        } else {
            out.append(ch);
        }
    }
    return out;
}

} // namespace

LabelStyle::LabelStyle(QRandomGenerator& random, bool aliases)
    : m_random(random)
    , m_aliases(aliases)
{
    if (!aliases) {
        return;
    }
    m_aliasRate = uniform(random, 0.2, 0.6);
    m_brackets = chance(random, 0.6) ? Brackets::Full : Brackets::Half;
    m_quotes = between(random, 0, int(kQuotes.size()) - 1);
    m_article = between(random, 0, 3);
}

QString LabelStyle::restyle(QString text) const
{
    switch (m_brackets) {
    case Brackets::AsTemplate:
        break;
    case Brackets::Full:
        text.replace(u'(', u'（').replace(u')', u'）').replace(u',', u'，').replace(u':', u'：');
        break;
    case Brackets::Half:
        text.replace(u'（', u'(').replace(u'）', u')').replace(u'，', u',').replace(u'：', u':');
        break;
    }
    return m_quotes == 0 ? text : replaceQuotes(text, m_quotes);
}

QString LabelStyle::variant(const QString& canonical, const QStringList& aliases)
{
    if (!m_aliases || !chance(m_random, m_aliasRate)) {
        return canonical;
    }
    QStringList others;
    for (const QString& alias : aliases) {
        if (alias != canonical) {
            others.append(alias);
        }
    }
    return others.isEmpty() ? canonical : pick(m_random, others);
}

PrintedLabel LabelStyle::numbered(const QString& label, const QString& number,
                                  const QStringList& aliases)
{
    const QString canonical =
        !number.isEmpty() && label.startsWith(number) ? label.mid(number.size()) : label;
    return {restyle(number), restyle(variant(canonical, aliases))};
}

PrintedLabel LabelStyle::row(const RowDef& row)
{
    return numbered(row.label.zh, row.number, row.aliases);
}

PrintedLabel LabelStyle::group(const GroupDef& group)
{
    return numbered(group.label.zh, group.number, group.aliases);
}

QString LabelStyle::column(const ColumnDef& column)
{
    return restyle(variant(column.label.zh, column.aliases));
}

QString LabelStyle::block(const BlockDef& block)
{
    const QString label = block.label.zh;
    static const QRegularExpression article(QStringLiteral("^(.*条)第[(（](.+)[)）]项$"));
    const QRegularExpressionMatch match = article.match(label);
    if (!m_aliases || !match.hasMatch()) {
        return restyle(label);
    }
    const QString law = match.captured(1);
    const QString item = match.captured(2);
    switch (m_article) {
    case 1:
        return law + u"第（" + item + u"）项";
    case 2:
        return law + u" 第（" + item + u"）项";
    case 3:
        return law + u"（第" + item + u"项）";
    default:
        return restyle(label);
    }
}

QString LabelStyle::heading(const SectionDef& section)
{
    QString title = section.title.zh;
    if (m_aliases && chance(m_random, 0.5) && !section.aliases.isEmpty()) {
        title = pick(m_random, section.aliases);
    }
    return section.number + u"、" + title;
}

} // namespace nianbao::synth
