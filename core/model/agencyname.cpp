#include "model/agencyname.h"

namespace nianbao {

namespace {

/// The short name of each province-level region and its full name.
struct Region {
    const char16_t* shortName;
    const char16_t* fullName;
};

constexpr Region kRegions[] = {
    {u"北京", u"北京市"},           {u"天津", u"天津市"},         {u"河北", u"河北省"},
    {u"山西", u"山西省"},           {u"内蒙古", u"内蒙古自治区"}, {u"辽宁", u"辽宁省"},
    {u"吉林", u"吉林省"},           {u"黑龙江", u"黑龙江省"},     {u"上海", u"上海市"},
    {u"江苏", u"江苏省"},           {u"浙江", u"浙江省"},         {u"安徽", u"安徽省"},
    {u"福建", u"福建省"},           {u"江西", u"江西省"},         {u"山东", u"山东省"},
    {u"河南", u"河南省"},           {u"湖北", u"湖北省"},         {u"湖南", u"湖南省"},
    {u"广东", u"广东省"},           {u"广西", u"广西壮族自治区"}, {u"海南", u"海南省"},
    {u"重庆", u"重庆市"},           {u"四川", u"四川省"},         {u"贵州", u"贵州省"},
    {u"云南", u"云南省"},           {u"西藏", u"西藏自治区"},     {u"陕西", u"陕西省"},
    {u"甘肃", u"甘肃省"},           {u"青海", u"青海省"},         {u"宁夏", u"宁夏回族自治区"},
    {u"新疆", u"新疆维吾尔自治区"},
};

} // namespace

QString normalizedAgencyName(const QString& agency)
{
    const QString compatible = agency.trimmed().normalized(QString::NormalizationForm_KC);
    QString key;
    key.reserve(compatible.size());
    for (const QChar c : compatible) {
        if (!c.isSpace()) {
            key.append(c);
        }
    }
    return key;
}

QString regionOfAgency(const QString& normalizedAgency)
{
    for (const Region& region : kRegions) {
        const QString shortName = QString::fromUtf16(region.shortName);
        if (normalizedAgency.startsWith(shortName)) {
            return QString::fromUtf16(region.fullName);
        }
    }
    return {};
}

} // namespace nianbao
