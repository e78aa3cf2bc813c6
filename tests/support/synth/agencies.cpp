#include "synth/agencies.h"

#include "synth/randomtools.h"

#include <array>

namespace nianbao::synth {

namespace {

constexpr std::array<const char16_t*, 24> kPlaceFirst = {
    u"青", u"临", u"安", u"清", u"东", u"西", u"南", u"北", u"长", u"宁", u"泰", u"兴",
    u"丰", u"云", u"石", u"永", u"嘉", u"定", u"望", u"白", u"金", u"平", u"鹤", u"柳",
};
constexpr std::array<const char16_t*, 20> kPlaceSecond = {
    u"禾", u"江", u"阳", u"川", u"山", u"湖", u"原", u"桥", u"溪", u"峰",
    u"河", u"台", u"源", u"泉", u"林", u"城", u"岭", u"湾", u"洲", u"丘",
};

constexpr std::array<const char16_t*, 22> kDepartments = {
    u"人民政府办公室",   u"发展和改革局",
    u"自然资源和规划局", u"市场监督管理局",
    u"卫生健康委员会",   u"交通运输局",
    u"住房和城乡建设局", u"生态环境分局",
    u"教育体育局",       u"人力资源和社会保障局",
    u"财政局",           u"民政局",
    u"司法局",           u"农业农村局",
    u"应急管理局",       u"医疗保障局",
    u"退役军人事务局",   u"文化广电和旅游局",
    u"城市管理局",       u"水利局",
    u"行政审批局",       u"统计局",
};

QString placeName(QRandomGenerator& random)
{
    return pick(random, kPlaceFirst) + pick(random, kPlaceSecond);
}

} // namespace

QString randomAgency(QRandomGenerator& random)
{
    const QString city = placeName(random) + QStringLiteral("市");
    const QString county =
        placeName(random) + (chance(random, 0.5) ? QStringLiteral("县") : QStringLiteral("区"));
    const double kind = random.generateDouble();
    if (kind < 0.45) {
        return county + pick(random, kDepartments);
    }
    if (kind < 0.65) {
        return city + pick(random, kDepartments);
    }
    if (kind < 0.75) {
        return county + QStringLiteral("人民政府");
    }
    if (kind < 0.85) {
        return city + county + placeName(random) + QStringLiteral("街道办事处");
    }
    if (kind < 0.93) {
        return county + placeName(random) + QStringLiteral("镇人民政府");
    }
    return city + placeName(random) + QStringLiteral("经济开发区管理委员会");
}

QString reportTitle(const QString& agency, int year)
{
    return agency + QString::number(year) + QStringLiteral("年政府信息公开工作年度报告");
}

} // namespace nianbao::synth
