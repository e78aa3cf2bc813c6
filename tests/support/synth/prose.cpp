#include "synth/prose.h"

#include "synth/prosephrases.h"
#include "synth/randomtools.h"

#include <array>
#include <functional>
#include <numeric>

namespace nianbao::synth {

namespace {

using phrases::Words;

/// What every sentence of one report draws on.
struct Writer {
    const NarrativeFacts& facts;
    QRandomGenerator& random;
    QString self;

    QString any(Words words) const { return pick(random, words); }
    QString number(int low, int high) const { return QString::number(skewed(random, low, high)); }
    QString year() const { return QString::number(facts.year); }
    /// Two different entries of a list, joined by "、".
    QString two(Words words, const QString& between = QStringLiteral("、")) const
    {
        const QString first = any(words);
        QString second = any(words);
        while (second == first) {
            second = any(words);
        }
        return first + between + second;
    }
    /// A name such as “青禾发布”: the columns and accounts bodies name after their place.
    QString columnName() const
    {
        return QStringLiteral("“") + any(phrases::placeSyllables()) +
               any(phrases::placeSyllables()) + any(phrases::columnWords()) + QStringLiteral("”");
    }
    /// A place the body's work reaches: "青禾镇", "白泉社区".
    QString place() const
    {
        return any(phrases::placeSyllables()) + any(phrases::placeSyllables()) +
               any(phrases::localUnits());
    }
    /// One of the body's own documents: 《青禾乡村振兴实施方案》.
    QString documentName() const
    {
        return QStringLiteral("《") + any(phrases::placeSyllables()) +
               any(phrases::placeSyllables()) + any(phrases::topics()) +
               any(phrases::documentKinds()) + QStringLiteral("》");
    }
    /// A project of the body: 白泉村农村人居环境改造项目.
    QString project() const
    {
        return place() + any(phrases::topics()) + any(phrases::projectKinds());
    }
    QString date() const
    {
        return QString::number(between(random, 1, 12)) + QStringLiteral("月") +
               QString::number(between(random, 1, 28)) + QStringLiteral("日");
    }
    QString monthSpan() const
    {
        const int from = between(random, 0, 9);
        const int to = between(random, from + 1, 11);
        return phrases::months()[std::size_t(from)] + QString::fromUtf16(u"至") +
               phrases::months()[std::size_t(to)];
    }
};

using Sentence = std::function<QString(const Writer&)>;

/// Pieces joined into one sentence (one allocation, and no long chains of temporaries).
QString cat(std::initializer_list<QString> pieces)
{
    QString text;
    for (const QString& piece : pieces) {
        text += piece;
    }
    return text;
}

QString oneOf(const Writer& w, const std::vector<Sentence>& forms)
{
    return forms.at(std::size_t(w.random.bounded(int(forms.size()))))(w);
}

/// `count` sentences of different forms (a writer does not say the same thing twice in a
/// paragraph), each built from the lists, joined into a paragraph.
QString paragraph(const Writer& w, const std::vector<Sentence>& forms, int count)
{
    std::vector<std::size_t> order(forms.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    for (std::size_t i = order.size(); i > 1; --i) {
        std::swap(order[i - 1], order[std::size_t(w.random.bounded(int(i)))]);
    }
    QString text;
    for (std::size_t i = 0; i < std::min(order.size(), std::size_t(count)); ++i) {
        text += forms[order[i]](w);
    }
    return text;
}

const std::vector<Sentence> kProactive = {
    [](const Writer& w) {
        return cat({w.date(), QStringLiteral("，"), w.self, QStringLiteral("在"),
                    w.any(phrases::channels()), QStringLiteral("发布"), w.documentName(),
                    QStringLiteral("，同步推出"), w.any(phrases::explainForms()),
                    QStringLiteral("解读，"), w.any(phrases::results()), QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("重点公开"), w.project(), QStringLiteral("的"),
                    w.any(phrases::projectStages()), QStringLiteral("、"),
                    w.any(phrases::projectStages()), QStringLiteral("等信息"), w.number(2, 80),
                    QStringLiteral("条，涉及资金"), w.number(10, 9000), QStringLiteral("万元。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("在"), w.place(), QStringLiteral("、"), w.place(),
                    QStringLiteral("设立政务公开专区，集中展示"), w.any(phrases::contents()),
                    QStringLiteral("和"), w.any(phrases::contents()),
                    QStringLiteral("，累计接待群众查阅"), w.number(20, 5000),
                    QStringLiteral("人次。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("针对"), w.place(), QStringLiteral("群众关心的"),
                    w.any(phrases::topics()), QStringLiteral("问题，会同"),
                    w.any(phrases::departments()), QStringLiteral("发布"),
                    w.any(phrases::contents()), w.number(2, 200), QStringLiteral("条，并通过"),
                    w.any(phrases::channels()), QStringLiteral("逐条答疑。")});
    },
    [](const Writer& w) {
        return cat({w.year(), QStringLiteral("年，"), w.self, w.any(phrases::adverbs()),
                    QStringLiteral("做好"), w.any(phrases::topics()), QStringLiteral("领域"),
                    w.any(phrases::contents()), QStringLiteral("公开，"),
                    w.any(phrases::discloseVerbs()), QStringLiteral("相关信息"), w.number(5, 900),
                    QStringLiteral("条，"), w.any(phrases::results()), QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("围绕"), w.two(phrases::topics()),
                    QStringLiteral("等重点工作，通过"), w.any(phrases::channels()),
                    w.any(phrases::discloseVerbs()), w.any(phrases::contents()), w.number(3, 400),
                    QStringLiteral("条。")});
    },
    [](const Writer& w) {
        return cat({w.monthSpan(), QStringLiteral("，在"), w.any(phrases::channels()),
                    QStringLiteral("开设"), w.columnName(), QStringLiteral("专栏，"),
                    w.any(phrases::discloseVerbs()), w.any(phrases::topics()),
                    QStringLiteral("方面的"), w.any(phrases::contents()), w.number(4, 300),
                    QStringLiteral("条，"), w.any(phrases::results()), QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("聚焦"), w.any(phrases::topics()), QStringLiteral("，"),
                    w.any(phrases::adverbs()), QStringLiteral("推进"), w.any(phrases::contents()),
                    QStringLiteral("公开，制作"), w.any(phrases::explainForms()),
                    QStringLiteral("、"), w.any(phrases::explainForms()),
                    QStringLiteral("等解读材料"), w.number(2, 60), QStringLiteral("期。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("全年通过"), w.any(phrases::channels()), QStringLiteral("发布"),
                    w.any(phrases::contents()), w.number(10, 2000), QStringLiteral("条，通过"),
                    w.any(phrases::channels()), QStringLiteral("推送"), w.any(phrases::contents()),
                    w.number(5, 900), QStringLiteral("条，其中涉及"), w.any(phrases::topics()),
                    QStringLiteral("的信息"), w.number(1, 200), QStringLiteral("条。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("在制定"), w.any(phrases::topics()),
                    QStringLiteral("相关政策过程中，"), QStringLiteral("通过"),
                    w.any(phrases::channels()), QStringLiteral("公开征求意见"), w.number(1, 30),
                    QStringLiteral("次，收到"), w.any(phrases::audiences()),
                    QStringLiteral("等各方意见"), w.number(3, 300), QStringLiteral("条，采纳"),
                    w.number(1, 60), QStringLiteral("条。")});
    },
};

const std::vector<Sentence> kOnRequest = {
    [](const Writer& w) {
        return cat({QStringLiteral("全年受理的申请主要集中在"), w.any(phrases::topics()),
                    QStringLiteral("、"), w.any(phrases::topics()), QStringLiteral("和"),
                    w.any(phrases::topics()), QStringLiteral("等方面，其中涉及"), w.project(),
                    QStringLiteral("的申请较多。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("对"), w.place(), QStringLiteral("居民申请公开的"), w.project(),
                    w.any(phrases::projectStages()), QStringLiteral("信息，"), w.self,
                    QStringLiteral("在"), w.number(3, 20), QStringLiteral("个工作日内作出答复，并"),
                    w.any(phrases::requestMeasures()), QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({w.date(), QStringLiteral("，"), w.self,
                    QStringLiteral("召开依申请公开案例分析会，对"), w.number(2, 30),
                    QStringLiteral("件涉及"), w.any(phrases::topics()),
                    QStringLiteral("的典型申请逐一复盘，"), w.any(phrases::requestMeasures()),
                    QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({w.self, w.any(phrases::adverbs()), QStringLiteral("规范依申请公开工作，"),
                    w.two(phrases::requestMeasures(), QStringLiteral("，")),
                    QStringLiteral("，平均答复时间缩短至"), w.number(3, 15),
                    QStringLiteral("个工作日。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("针对"), w.any(phrases::topics()),
                    QStringLiteral("方面申请较为集中的情况，"), w.any(phrases::requestMeasures()),
                    QStringLiteral("，"), w.any(phrases::results()), QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({w.monthSpan(), QStringLiteral("，"), w.self, QStringLiteral("修订了"),
                    w.documentName(), QStringLiteral("，"), w.any(phrases::requestMeasures()),
                    QStringLiteral("，并对"), w.place(), QStringLiteral("等"), w.number(2, 20),
                    QStringLiteral("个受理点进行了业务指导。")});
    },
};

const std::vector<Sentence> kManagement = {
    [](const Writer& w) {
        return cat({w.self, w.any(phrases::verbs()), w.any(phrases::contents()), w.number(2, 300),
                    QStringLiteral("件、"), w.any(phrases::verbs()), w.any(phrases::contents()),
                    w.number(2, 300), QStringLiteral("件，对"), w.documentName(),
                    QStringLiteral("等"), w.number(2, 40),
                    QStringLiteral("件文件进行了合法性审核。")});
    },
    [](const Writer& w) {
        return cat({w.date(), QStringLiteral("起施行"), w.documentName(), QStringLiteral("，明确"),
                    w.any(phrases::contents()), QStringLiteral("的公开属性认定标准和发布时限，"),
                    w.any(phrases::managementMeasures()), QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({w.self, w.any(phrases::adverbs()), QStringLiteral("加强政府信息管理，"),
                    w.two(phrases::managementMeasures(), QStringLiteral("，")),
                    QStringLiteral("，全年撤下过期"), w.any(phrases::contents()), w.number(2, 200),
                    QStringLiteral("条。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("全年共对"), w.number(10, 800), QStringLiteral("件"),
                    w.any(phrases::contents()), QStringLiteral("进行公开前审查，"),
                    w.any(phrases::managementMeasures()), QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("结合"), w.any(phrases::topics()), QStringLiteral("工作实际，"),
                    w.any(phrases::managementMeasures()), QStringLiteral("，清理"),
                    w.any(phrases::contents()), w.number(2, 200), QStringLiteral("件。")});
    },
};

const std::vector<Sentence> kPlatforms = {
    [](const Writer& w) {
        return cat({w.date(), QStringLiteral("，"), w.columnName(),
                    QStringLiteral("移动端正式上线，设置"), w.any(phrases::contents()),
                    QStringLiteral("、"), w.any(phrases::contents()), QStringLiteral("等"),
                    w.number(3, 30), QStringLiteral("个栏目，累计访问量达"), w.number(1, 900),
                    QStringLiteral("万次。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("在"), w.place(),
                    QStringLiteral("便民服务中心配备政务公开查阅终端"), w.number(1, 20),
                    QStringLiteral("台，"), w.any(phrases::results()), QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("依托"), w.any(phrases::channels()), QStringLiteral("和"),
                    w.any(phrases::channels()), QStringLiteral("，"),
                    w.any(phrases::platformMeasures()), QStringLiteral("，"),
                    w.any(phrases::results()), QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({w.self, QStringLiteral("的"), w.columnName(), w.any(phrases::channels()),
                    QStringLiteral("全年更新信息"), w.number(20, 3000), QStringLiteral("条，"),
                    w.any(phrases::platformMeasures()), QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({w.monthSpan(), QStringLiteral("，"), w.any(phrases::platformMeasures()),
                    QStringLiteral("，并在"), w.place(), QStringLiteral("试点"),
                    w.any(phrases::platformMeasures()), QStringLiteral("。")});
    },
};

const std::vector<Sentence> kOversight = {
    [](const Writer& w) {
        return cat({w.date(), QStringLiteral("，"), w.self, QStringLiteral("组织召开"),
                    w.any(phrases::events()), QStringLiteral("，"), w.two(phrases::audiences()),
                    QStringLiteral("等"), w.number(5, 200), QStringLiteral("人围绕"),
                    w.any(phrases::topics()), QStringLiteral("建言献策，收集意见"),
                    w.number(3, 300), QStringLiteral("条。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("将"), w.place(), QStringLiteral("、"), w.place(),
                    QStringLiteral("确定为基层政务公开示范点，"),
                    w.any(phrases::oversightMeasures()), QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({w.self, w.any(phrases::oversightMeasures()), QStringLiteral("，全年"),
                    w.any(phrases::oversightMeasures()), w.number(1, 12),
                    QStringLiteral("次，参与"), w.number(10, 600), QStringLiteral("人次。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("举办"), w.any(phrases::events()), w.number(1, 20),
                    QStringLiteral("场，邀请"), w.two(phrases::audiences()), QStringLiteral("等"),
                    w.number(5, 300), QStringLiteral("人次参加，"), w.any(phrases::results()),
                    QStringLiteral("。")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("围绕"), w.any(phrases::topics()), QStringLiteral("，"),
                    w.two(phrases::oversightMeasures(), QStringLiteral("，")),
                    QStringLiteral("，对"), w.place(), QStringLiteral("等"), w.number(2, 30),
                    QStringLiteral("个单位进行了通报。")});
    },
};

/// The opening of part 一 that most reports share almost word for word.
constexpr std::array<const char16_t*, 3> kLeads = {
    u"%1年，%3坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党中央、国务院关于全面推进"
    u"政务公开的决策部署，严格执行《中华人民共和国政府信息公开条例》，不断提升政府信息公开工作质量"
    u"。",
    u"%1年，%"
    u"3深入贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作持续深化政务公开，推进决策、"
    u"执行、管理、服务、结果公开。",
    u"%1年，%3认真贯彻落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的部署要求，"
    u"坚持以公开为常态、不公开为例外。",
};

constexpr std::array<std::array<const char16_t*, 2>, 5> kHeadings = {{
    {u"主动公开情况", u"主动公开方面"},
    {u"依申请公开情况", u"依申请公开办理情况"},
    {u"政府信息管理情况", u"政府信息管理方面"},
    {u"政府信息公开平台建设情况", u"平台建设方面"},
    {u"监督保障情况", u"监督保障方面"},
}};

constexpr std::array<const char16_t*, 5> kNumbers = {u"（一）", u"（二）", u"（三）", u"（四）",
                                                     u"（五）"};

QString fillFacts(QString pattern, const Writer& w)
{
    return pattern.replace(QStringLiteral("%1"), w.year()).replace(QStringLiteral("%3"), w.self);
}

/// The requests and reviews of the year, in the figures of tables 3 and 4.
QString requestFacts(const Writer& w)
{
    const NarrativeFacts& facts = w.facts;
    QString text;
    if (facts.newRequests > 0) {
        text = QStringLiteral("全年共收到政府信息公开申请%1件。").arg(facts.newRequests);
    } else {
        text = QStringLiteral("本年度未收到政府信息公开申请。");
    }
    if (facts.carriedForward > 0 && chance(w.random, 0.5)) {
        text += QStringLiteral("结转下年度继续办理%1件。").arg(facts.carriedForward);
    }
    if (facts.reviews > 0 && chance(w.random, 0.5)) {
        text += QStringLiteral("全年因政府信息公开工作被申请行政复议%1件。").arg(facts.reviews);
    }
    return text;
}

/// What a problem looks like in this body: the detail that follows "一是…".
const std::vector<Sentence> kProblemDetails = {
    [](const Writer& w) {
        return cat({QStringLiteral("部分"), w.any(phrases::contents()), QStringLiteral("在"),
                    w.any(phrases::channels()),
                    QStringLiteral("上的更新滞后，个别信息发布时间超过"), w.number(3, 30),
                    QStringLiteral("个工作日")});
    },
    [](const Writer& w) {
        return cat({w.place(), QStringLiteral("等"), w.number(2, 15),
                    QStringLiteral("个单位全年在"), w.any(phrases::channels()),
                    QStringLiteral("发布信息不足"), w.number(5, 60), QStringLiteral("条")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("对"), w.any(phrases::topics()),
                    QStringLiteral("相关政策的解读仍以文字为主，"), w.any(phrases::explainForms()),
                    QStringLiteral("等形式运用较少")});
    },
    [](const Writer& w) {
        return cat({w.project(), QStringLiteral("的"), w.any(phrases::projectStages()),
                    QStringLiteral("信息公开不够完整")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("全年有"), w.number(1, 12), QStringLiteral("件涉及"),
                    w.any(phrases::topics()), QStringLiteral("的申请答复时引用条款不够准确")});
    },
    [](const Writer& w) {
        return cat({w.two(phrases::contents(), QStringLiteral("与")), QStringLiteral("在"),
                    w.any(phrases::channels()), QStringLiteral("存在重复发布的情况")});
    },
};

/// What a body plans against a problem: the action that follows "一是…".
const std::vector<Sentence> kRemedyActions = {
    [](const Writer& w) {
        return cat({QStringLiteral("计划于"), QString::number(w.facts.year + 1),
                    QStringLiteral("年"), w.any(phrases::months()), QStringLiteral("底前完成"),
                    w.any(phrases::channels()), w.number(2, 20),
                    QStringLiteral("个栏目的优化调整")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("对"), w.project(), QStringLiteral("的"),
                    w.any(phrases::projectStages()), QStringLiteral("信息实行全过程公开")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("每季度对"), w.place(),
                    QStringLiteral("等基层单位开展一次公开质量抽查")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("围绕"), w.any(phrases::topics()), QStringLiteral("制作"),
                    w.any(phrases::explainForms()), QStringLiteral("解读产品不少于"),
                    w.number(2, 30), QStringLiteral("期")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("会同"), w.any(phrases::departments()), QStringLiteral("建立"),
                    w.any(phrases::contents()), QStringLiteral("联合发布机制")});
    },
    [](const Writer& w) {
        return cat({QStringLiteral("组织"), w.number(3, 60),
                    QStringLiteral("名信息公开工作人员参加"), w.any(phrases::events())});
    },
};

constexpr std::array<const char16_t*, 3> kOrdinals = {u"一是", u"二是", u"三是"};

QString problemsParagraph(const Writer& w)
{
    QString text = w.year() + QStringLiteral("年，") + w.self +
                   QStringLiteral("政府信息公开工作取得了一定成效，但仍存在一些不足：");
    const int count = between(w.random, 2, 3);
    for (int i = 0; i < count; ++i) {
        text += QString::fromUtf16(kOrdinals.at(std::size_t(i))) + w.any(phrases::problemAreas()) +
                w.any(phrases::problemIssues()) + QStringLiteral("，") + oneOf(w, kProblemDetails) +
                (i + 1 < count ? QStringLiteral("；") : QStringLiteral("。"));
    }
    return text;
}

QString improvementsParagraph(const Writer& w)
{
    QString text = QStringLiteral("下一步，") + w.self + QStringLiteral("将重点做好以下工作：");
    const int count = between(w.random, 2, 3);
    for (int i = 0; i < count; ++i) {
        text += QString::fromUtf16(kOrdinals.at(std::size_t(i))) + w.any(phrases::remedyVerbs()) +
                w.any(phrases::remedyObjects()) + QStringLiteral("，") + oneOf(w, kRemedyActions) +
                QStringLiteral("，") + w.any(phrases::remedyPurposes()) +
                (i + 1 < count ? QStringLiteral("；") : QStringLiteral("。"));
    }
    return text;
}

QString otherMattersParagraph(const Writer& w)
{
    QString text = w.facts.feesCollected
                       ? w.year() + QStringLiteral("年，") + w.self +
                             QStringLiteral("依法收取信息处理费，收费情况见本报告第二部分。")
                       : w.year() + QStringLiteral("年，") + w.self +
                             QStringLiteral("未收取政府信息公开信息处理费。");
    const int items = between(w.random, 0, 3);
    for (int i = 0; i < items; ++i) {
        text += w.any(phrases::otherItems()).arg(w.number(1, 80));
    }
    if (items == 0 && !w.facts.feesCollected && chance(w.random, 0.5)) {
        text += QStringLiteral("无其他需要报告的事项。");
    }
    return text;
}

} // namespace

Narrative writeIndependentNarrative(const NarrativeFacts& facts, QRandomGenerator& random)
{
    const Writer w{facts, random, selfReference(facts.agency)};
    Narrative narrative;
    narrative.intro.append(
        QStringLiteral("本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的"
                       "统计期限自%1年1月1日起至%1年12月31日止。")
            .arg(facts.year));
    QString lead = fillFacts(pick(random, kLeads), w);
    if (chance(random, 0.6)) {
        lead += oneOf(w, kProactive);
    }
    narrative.overview.append({QString(), lead});

    const std::array<const std::vector<Sentence>*, 5> forms = {
        &kProactive, &kOnRequest, &kManagement, &kPlatforms, &kOversight};
    for (std::size_t i = 0; i < forms.size(); ++i) {
        QString body = paragraph(w, *forms.at(i), between(random, 3, 5));
        if (i == 1) {
            body += requestFacts(w);
        }
        const auto& headings = kHeadings.at(i);
        const QString heading = QString::fromUtf16(kNumbers.at(i)) +
                                QString::fromUtf16(headings.at(std::size_t(random.bounded(2))));
        narrative.overview.append({heading, body});
    }
    narrative.problems.append({QString(), problemsParagraph(w)});
    narrative.problems.append({QString(), improvementsParagraph(w)});
    narrative.otherMatters.append({QString(), otherMattersParagraph(w)});
    return narrative;
}

QString partText(const QList<Paragraph>& paragraphs)
{
    QStringList blocks;
    for (const Paragraph& paragraph : paragraphs) {
        if (!paragraph.heading.isEmpty()) {
            blocks.append(paragraph.heading);
        }
        blocks.append(paragraph.text);
    }
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace nianbao::synth
