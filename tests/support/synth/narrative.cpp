#include "synth/narrative.h"

#include "synth/randomtools.h"

#include <array>

namespace nianbao::synth {

namespace {

// Markers in the sentences: %1 year, %2 agency, %3 the body's self-reference, %4 next year, %5-%7
// figures in another scope than the tables (items published, sessions held), so that no narrative
// check can read them as a table's cell.

constexpr std::array<const char16_t*, 4> kIntro = {
    u"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级政务公开工作要求编制，"
    u"由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政"
    u"诉讼情况、"
    u"存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告中所列数据的统计期限自%"
    u"1年1月1日起"
    u"至%1年12月31日止。",
    u"根据《中华人民共和国政府信息公开条例》等规定，发布%2%"
    u"1年政府信息公开工作年度报告。报告中所列数据"
    u"统计期限为%1年1月1日至12月31日。如对本报告有疑问，请与%2办公室联系。",
    u"本年度报告依据《中华人民共和国政府信息公开条例》第五十条要求编制。报告所列数据统计期限自%"
    u"1年1月1日"
    u"至%1年12月31日。本报告电子版可在%2门户网站“政府信息公开”专栏查阅下载。",
    u"按照《中华人民共和国政府信息公开条例》规定，现将%2%"
    u"1年度政府信息公开工作情况报告如下。本报告所列"
    u"数据统计期限为%1年1月1日至%1年12月31日。",
};

constexpr std::array<const char16_t*, 4> kOverviewLead = {
    u"%1年，%3坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党中央、国务院关于全面推进"
    u"政务公开的决策部署，严格执行《条例》各项规定，不断提升政府信息公开工作质量，切实保障人民群众"
    u"的"
    u"知情权、参与权和监督权。",
    u"%1年，%"
    u"3深入贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作持续深化政务公开，推进决策、"
    u"执行、管理、服务、结果公开，政府信息公开工作取得新进展。",
    u"%1年，在上级政务公开工作机构的指导下，%"
    u"3以提升公开质量为目标，完善工作机制，拓宽公开渠道，规范"
    u"办理流程，各项工作有序推进。",
    u"%1年，%"
    u"3把政府信息公开作为转变工作作风、提高行政效能的重要举措，坚持依法公开、真实公正、注重实效，"
    u"各项工作取得了较好成效。",
};

struct Subsection {
    std::array<const char16_t*, 3> headings;
    std::array<const char16_t*, 3> texts;
};

const Subsection kProactive = {
    {u"主动公开情况", u"主动公开方面", u"主动公开政府信息情况"},
    {u"%1年，%3通过门户网站、政务新媒体等平台主动公开政府信息%5条，其中政策文件%"
     u"6条。坚持“公开为常态、"
     u"不公开为例外”，及时更新政府信息公开目录和指南。",
     u"按照“谁公开、谁审查、谁负责”的原则，%3全年在政府网站发布各类信息%"
     u"5条，及时公开机构职能、政策文件、"
     u"财政预决算、人事信息等内容，发布政策解读%7篇。",
     u"全年主动公开各类政府信息%5条，公开规范性文件%6篇，发布政策解读%7篇，及时回应社会关切。"},
};

const Subsection kOnRequest = {
    {u"依申请公开情况", u"依申请公开方面", u"依申请公开办理情况"},
    {u"进一步规范依申请公开受理、登记、办理、答复流程，做到依法依规、及时答复。",
     u"严格执行政府信息公开申请办理规范，畅通网上申请、信函申请和当面申请渠道。",
     u"完善依申请公开工作制度，加强与申请人的沟通，提高答复的规范性和针对性。"},
};

const Subsection kManagement = {
    {u"政府信息管理情况", u"政府信息管理方面", u"政府信息资源的规范化、标准化管理情况"},
    {u"严格落实信息发布保密审查制度，坚持“先审查、后公开”“一事一审”原则，全年开展公开前审查%7次，"
     u"未发生泄密和不当公开情况。",
     u"对本机关制发的规范性文件开展清理，动态调整政务公开事项清单，确保公开内容准确、规范。",
     u"加强政府信息源头管理，在公文办理环节明确公开属性，对不予公开的说明理由，提高公开属性认定的准"
     u"确性。"},
};

const Subsection kPlatforms = {
    {u"政府信息公开平台建设情况", u"平台建设方面", u"政府信息公开平台建设"},
    {u"持续优化门户网站“政府信息公开”专栏设置，完善政策文件库，提升检索和下载功能，方便公众查阅。",
     u"加强政务新媒体规范管理，全年通过微信公众号发布信息%6条，做到内容更新及时、发布审核严格。",
     u"依托政务服务大厅、便民服务中心设置政府信息查阅点，为群众提供现场查阅服务。"},
};

const Subsection kOversight = {
    {u"监督保障情况", u"监督保障方面", u"政府信息公开监督保障及教育培训情况"},
    {u"调整充实政务公开工作领导小组，明确专人负责，全年组织业务培训%"
     u"7次，将政务公开工作纳入年度绩效考核。",
     u"建立日常巡查机制，定期对公开栏目进行检查，发现问题及时整改，持续提升公开工作规范化水平。",
     u"主动接受社会监督，畅通意见反馈渠道，认真听取公众对政府信息公开工作的意见和建议。"},
};

constexpr std::array<const char16_t*, 3> kRequestsReceived = {
    u"本年度共收到政府信息公开申请%8件，均在法定期限内予以答复。",
    u"全年共收到政府信息公开申请%8件，已全部依法办理。",
    u"%1年共收到政府信息公开申请%8件。",
};

constexpr std::array<const char16_t*, 3> kNoRequests = {
    u"本年度未收到政府信息公开申请。",
    u"全年暂未收到政府信息公开申请。",
    u"%3未收到和处理政府信息公开申请。",
};

constexpr std::array<const char16_t*, 3> kProblems = {
    u"%1年，%3政府信息公开工作取得了一定成效，但仍存在一些不足：一是主动公开的深度和广度还需拓展；"
    u"二是政策解读的形式不够丰富；三是工作人员业务能力有待进一步提升。",
    u"存在的主要问题：部分栏目更新不够及时，公开内容与群众需求结合不够紧密，依申请公开办理的规范化"
    u"水平"
    u"还需提高。",
    u"对照上级要求，我们的工作还存在差距，主要表现在：信息发布的及时性有待加强，政策解读的针对性有"
    u"待提高，"
    u"基层政务公开标准化规范化建设仍需推进。",
};

constexpr std::array<const char16_t*, 3> kImprovements = {
    u"下一步，%"
    u"3将重点做好以下工作：一是加大主动公开力度，及时准确发布各类政府信息；二是丰富政策解读形式，"
    u"运用图表图解、音频视频等方式提高解读质量；三是加强业务培训，提升工作人员的政策把握和依法办理"
    u"能力。",
    u"%4年，%"
    u"3将进一步健全工作机制，严格落实信息发布审核制度，持续优化公开平台，推动政府信息公开工作"
    u"规范化、标准化。",
    u"针对上述问题，%"
    u"3将采取以下措施：一是压实工作责任，确保应公开尽公开；二是加强平台建设，提升栏目"
    u"更新的及时性；三是强化监督检查，推动各项工作落到实处。",
};

constexpr std::array<const char16_t*, 3> kFeesSentences = {
    u"%1年，%3未收取政府信息公开信息处理费。",
    u"本年度%3依据《政府信息公开信息处理费管理办法》，未收取信息处理费。",
    u"%1年，%3共收取信息处理费0元。",
};

constexpr std::array<const char16_t*, 2> kNothingElse = {
    u"无其他需要报告的事项。",
    u"除上述情况外，无其他需要报告的事项。",
};

const std::array<const char16_t*, 5> kSectionNumbers = {u"（一）", u"（二）", u"（三）", u"（四）",
                                                        u"（五）"};

QString fill(const QString& pattern, const NarrativeFacts& facts, const QList<int>& figures)
{
    QString text = pattern;
    const QString self = selfReference(facts.agency);
    // Replaced one by one (not with multi-arg) so that a pattern may skip markers.
    const std::array<QString, 8> values = {
        QString::number(facts.year),
        facts.agency,
        self,
        QString::number(facts.year + 1),
        QString::number(figures.value(0)),
        QString::number(figures.value(1)),
        QString::number(figures.value(2)),
        QString::number(facts.newRequests),
    };
    for (int i = int(values.size()); i >= 1; --i) {
        text.replace(QLatin1Char('%') + QString::number(i), values.at(i - 1));
    }
    return text;
}

} // namespace

QString selfReference(const QString& agency)
{
    if (agency.endsWith(u"局") || agency.endsWith(u"分局")) {
        return QStringLiteral("我局");
    }
    if (agency.endsWith(u"委员会")) {
        return QStringLiteral("我委");
    }
    if (agency.endsWith(u"办事处") || agency.endsWith(u"办公室")) {
        return QStringLiteral("我办");
    }
    if (agency.endsWith(u"镇人民政府")) {
        return QStringLiteral("我镇");
    }
    if (agency.endsWith(u"县人民政府")) {
        return QStringLiteral("我县");
    }
    if (agency.endsWith(u"区人民政府")) {
        return QStringLiteral("我区");
    }
    return QStringLiteral("本机关");
}

Narrative writeNarrative(const NarrativeFacts& facts, QRandomGenerator& random)
{
    const QList<int> figures = {skewed(random, 20, 3000), skewed(random, 3, 80),
                                between(random, 2, 40)};
    const auto text = [&](const QString& pattern) { return fill(pattern, facts, figures); };
    Narrative narrative;
    narrative.intro.append(text(pick(random, kIntro)));
    narrative.overview.append({QString(), text(pick(random, kOverviewLead))});

    const std::array<const Subsection*, 5> subsections = {&kProactive, &kOnRequest, &kManagement,
                                                          &kPlatforms, &kOversight};
    for (std::size_t i = 0; i < subsections.size(); ++i) {
        const Subsection& subsection = *subsections.at(i);
        QString body = text(pick(random, subsection.texts));
        if (&subsection == &kOnRequest) {
            body += text(pick(random, facts.newRequests > 0 ? kRequestsReceived : kNoRequests));
            if (facts.carriedOver > 0 && chance(random, 0.5)) {
                body += QStringLiteral("另有上年结转政府信息公开申请%1件。").arg(facts.carriedOver);
            }
            if (facts.carriedForward > 0 && chance(random, 0.5)) {
                body += QStringLiteral("结转下年度继续办理%1件。").arg(facts.carriedForward);
            }
            if (facts.reviews > 0 && chance(random, 0.5)) {
                body +=
                    QStringLiteral("全年因政府信息公开工作被申请行政复议%1件。").arg(facts.reviews);
            } else if (facts.reviews == 0 && facts.suits == 0 && chance(random, 0.4)) {
                body += QStringLiteral("全年未发生因政府信息公开引起的行政复议和行政诉讼。");
            }
        }
        const QString heading =
            QString::fromUtf16(kSectionNumbers.at(i)) + pick(random, subsection.headings);
        narrative.overview.append({heading, body});
    }

    narrative.problems.append({QString(), text(pick(random, kProblems))});
    narrative.problems.append({QString(), text(pick(random, kImprovements))});

    // Part 六 reports the 信息处理费 (2021 format); "无其他需要报告的事项" only where table 2
    // shows no fees either, or it would read as denying them (tables.md rule 10).
    QString otherMatters = text(pick(random, kFeesSentences));
    if (!facts.feesCollected && chance(random, 0.4)) {
        otherMatters.prepend(pick(random, kNothingElse));
    }
    narrative.otherMatters.append({QString(), otherMatters});
    return narrative;
}

} // namespace nianbao::synth
