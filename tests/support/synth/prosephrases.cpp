#include "synth/prosephrases.h"

#include <array>

namespace nianbao::synth::phrases {

namespace {

constexpr std::array<const char16_t*, 48> kTopics = {
    u"乡村振兴",       u"营商环境优化",   u"义务教育",       u"基本医疗保障", u"养老服务",
    u"就业创业",       u"社会救助",       u"生态环境保护",   u"安全生产",     u"食品药品安全",
    u"保障性住房",     u"征地补偿",       u"财政预决算",     u"重大建设项目", u"公共资源配置",
    u"减税降费",       u"防汛抗旱",       u"城市更新",       u"老旧小区改造", u"农村人居环境",
    u"河湖长制",       u"民生实事",       u"政府采购",       u"公共文化服务", u"交通出行",
    u"消费者权益保护", u"行政审批改革",   u"数字政府建设",   u"科技创新",     u"招商引资",
    u"退役军人服务",   u"残疾人帮扶",     u"耕地保护",       u"森林防火",     u"燃气安全",
    u"校外培训治理",   u"农民工工资支付", u"高标准农田建设", u"水土保持",     u"大气污染防治",
    u"医疗卫生",       u"地质灾害防治",   u"文物保护",       u"普惠托育",     u"公共法律服务",
    u"市场主体培育",   u"物业管理",       u"粮食安全",
};

constexpr std::array<const char16_t*, 36> kContents = {
    u"政策文件",         u"工作动态",     u"通知公告",         u"人事信息",
    u"财政资金信息",     u"项目审批信息", u"行政执法信息",     u"双随机抽查结果",
    u"惠企政策",         u"办事指南",     u"权责清单",         u"招投标信息",
    u"规划计划",         u"统计数据",     u"突发事件应对信息", u"重大决策预公开信息",
    u"建议提案办理结果", u"部门预算",     u"部门决算",         u"三公经费",
    u"政策解读",         u"会议信息",     u"督查检查结果",     u"民生资金发放信息",
    u"补贴补助名单",     u"行政处罚决定", u"行政许可结果",     u"公共服务事项清单",
    u"价格信息",         u"环境监测数据", u"安全生产检查情况", u"征收补偿方案",
    u"人才招聘公告",     u"资金分配结果", u"项目进展情况",     u"工作要点落实情况",
};

constexpr std::array<const char16_t*, 22> kChannels = {
    u"门户网站",     u"政务微信公众号", u"政务微博",     u"抖音政务号", u"政务服务网",
    u"政府公报",     u"新闻发布会",     u"信息公开栏",   u"电子显示屏", u"便民服务中心",
    u"村务公开栏",   u"融媒体中心",     u"政务服务热线", u"视频号",     u"政府信息查阅点",
    u"档案馆查阅室", u"图书馆查阅点",   u"移动客户端",   u"短信平台",   u"宣传册",
    u"社区公告栏",   u"官方头条号",
};

constexpr std::array<const char16_t*, 16> kAdverbs = {
    u"扎实", u"持续", u"着力", u"全面", u"进一步", u"积极", u"稳步", u"认真",
    u"切实", u"大力", u"不断", u"深入", u"有序",   u"及时", u"主动", u"精准",
};

constexpr std::array<const char16_t*, 14> kDiscloseVerbs = {
    u"主动公开", u"集中发布", u"及时公开", u"专题发布", u"动态更新", u"分类公开", u"依法公开",
    u"逐项公开", u"公开发布", u"统一发布", u"定期发布", u"实时更新", u"汇总发布", u"滚动发布",
};

constexpr std::array<const char16_t*, 20> kResults = {
    u"群众获取信息更加便捷",         u"社会关注热点得到及时回应", u"公开的针对性和实效性明显增强",
    u"企业群众知晓率进一步提高",     u"有效保障了群众的知情权",   u"相关栏目的访问量同比增长明显",
    u"未出现信息发布不及时的情况",   u"做到了应公开尽公开",       u"收到群众留言点赞多条",
    u"公开质量在年度评估中位居前列", u"政策落地见效明显加快",     u"各类市场主体反映良好",
    u"公众参与度明显提升",           u"信息检索更加方便快捷",     u"社会监督渠道更加畅通",
    u"办事群众少跑腿成为常态",       u"实现了信息发布全流程留痕", u"内容更新频率较往年明显加快",
    u"群众满意度稳步提高",           u"相关诉求量同比下降",
};

constexpr std::array<const char16_t*, 12> kExplainForms = {
    u"图文解读", u"图解",       u"短视频", u"动漫", u"问答",     u"一图读懂",
    u"专家解读", u"负责人解读", u"H5",     u"音频", u"案例解读", u"长图",
};

constexpr std::array<const char16_t*, 14> kEvents = {
    u"政府开放日活动", u"新闻发布会",     u"政策宣讲会",       u"在线访谈",   u"政策进社区活动",
    u"政企恳谈会",     u"局长接待日活动", u"政务公开体验活动", u"网络问政",   u"专题座谈会",
    u"群众评议会",     u"政策咨询会",     u"民生议事会",       u"现场答疑会",
};

constexpr std::array<const char16_t*, 10> kAudiences = {
    u"人大代表", u"政协委员",   u"企业代表", u"群众代表", u"专家学者",
    u"村民代表", u"社区工作者", u"律师",     u"媒体记者", u"志愿者",
};

constexpr std::array<const char16_t*, 18> kRequestMeasures = {
    u"严格执行申请登记、审核、办理、答复、归档全流程管理",
    u"对每件申请建立台账，实行限时办结",
    u"在答复前与申请人充分沟通，准确把握申请诉求",
    u"邀请法律顾问参与疑难申请的研判",
    u"规范答复文书格式，做到告知理由充分、救济途径明确",
    u"畅通网上申请、信函申请和当面申请渠道",
    u"对申请量较大的事项及时转为主动公开",
    u"建立依申请公开办理会商机制",
    u"定期梳理分析申请内容，研判社会关注点",
    u"对答复不规范的问题开展专项整改",
    u"落实申请办理首问负责制",
    u"制定依申请公开答复范本并组织学习",
    u"设置专门的申请接收窗口和联系电话",
    u"对涉及第三方权益的申请依法征求第三方意见",
    u"加强与法制部门的联动审核",
    u"实行办理进度短信告知",
    u"对逾期风险件实行提前预警",
    u"按季度通报申请办理情况",
};

constexpr std::array<const char16_t*, 16> kManagementMeasures = {
    u"在公文拟制环节同步明确公开属性",
    u"对不予公开的文件逐件说明理由",
    u"建立政府信息公开保密审查台账",
    u"对现行有效的规范性文件进行集中清理并标注效力",
    u"动态调整政务公开事项标准目录",
    u"规范政府信息发布审核流程，实行三级审核",
    u"开展历史信息清理，撤下过期失效信息",
    u"对个人隐私信息进行去标识化处理",
    u"建立政策文件库并实行分类管理",
    u"对转载信息严格执行来源审核",
    u"修订完善信息发布管理办法",
    u"统一规范信息公开目录的分类和编排",
    u"对敏感信息实行专人把关",
    u"定期开展错别字和链接有效性检查",
    u"将政府信息与档案管理有机衔接",
    u"建立信息公开与保密审查联动机制",
};

constexpr std::array<const char16_t*, 16> kPlatformMeasures = {
    u"完成网站栏目改版，新增智能问答功能",
    u"开通无障碍浏览和适老化服务",
    u"优化站内搜索，实现政策文件一键检索",
    u"将政务新媒体纳入统一管理，关停更新缓慢的账号",
    u"在政务服务大厅设置自助查阅终端",
    u"推动网站集约化建设，统一技术标准",
    u"开设政策文件库和解读专区",
    u"完善网站安全防护措施，全年未发生安全事件",
    u"在乡镇和村居设置政务公开专区",
    u"打通网站与政务服务平台的数据接口",
    u"建立新媒体内容三审制度",
    u"增设互动交流栏目，及时回复网民留言",
    u"开展网站和新媒体常态化监测",
    u"上线移动端政务公开专题页面",
    u"推动公开专区与便民服务窗口融合设置",
    u"对公开栏目进行标准化改造",
};

constexpr std::array<const char16_t*, 16> kOversightMeasures = {
    u"将政务公开纳入年度绩效考核",
    u"组织开展政务公开业务培训",
    u"聘请社会评议员开展监督评议",
    u"开展政务公开工作专项督查",
    u"对下属单位公开工作进行季度通报",
    u"调整充实政务公开工作领导小组",
    u"建立政务公开工作联络员制度",
    u"邀请专家对公开工作进行评估",
    u"落实责任追究制度",
    u"组织人员参加上级举办的业务培训",
    u"开展政务公开工作交叉检查",
    u"将公开工作情况纳入党风廉政建设责任制检查",
    u"对照评估指标逐项开展自查",
    u"建立问题整改台账并跟踪销号",
    u"召开政务公开工作推进会",
    u"开展政务公开知识测试",
};

constexpr std::array<const char16_t*, 20> kProblemAreas = {
    u"政策解读",     u"基层政务公开",     u"依申请公开办理",   u"公开平台建设",
    u"信息发布审核", u"重点领域信息公开", u"政务新媒体管理",   u"公开目录维护",
    u"回应社会关切", u"政策文件清理",     u"公众参与",         u"办事指南编制",
    u"数据开放",     u"公开队伍建设",     u"决策预公开",       u"公开工作考核",
    u"历史信息管理", u"信息公开指南更新", u"工作人员业务能力", u"互动交流",
};

constexpr std::array<const char16_t*, 20> kProblemIssues = {
    u"形式较为单一",           u"更新不够及时",       u"规范化水平不高",
    u"与群众需求结合不够紧密", u"深度和广度有待拓展", u"工作力量相对薄弱",
    u"存在重形式轻实效的现象", u"标准化程度有待提高", u"答复的针对性有待加强",
    u"内容不够全面",           u"覆盖面还不够广",     u"实效性还需提升",
    u"机制还不够健全",         u"与业务工作衔接不够", u"存在栏目空白的情况",
    u"宣传引导力度不足",       u"发布渠道较为分散",   u"群众参与的积极性不高",
    u"专业性还有欠缺",         u"统筹协调不够有力",
};

constexpr std::array<const char16_t*, 14> kRemedyVerbs = {
    u"加大", u"完善", u"拓展", u"健全", u"强化", u"规范", u"优化",
    u"提升", u"深化", u"落实", u"改进", u"丰富", u"推进", u"加强",
};

constexpr std::array<const char16_t*, 20> kRemedyObjects = {
    u"重点领域信息公开力度", u"政策解读的形式和渠道", u"公开平台的功能设置",
    u"依申请公开办理流程",   u"信息发布审核机制",     u"基层政务公开标准体系",
    u"政务新媒体的日常管理", u"公开目录的动态调整",   u"工作人员的业务培训",
    u"公众参与的渠道",       u"政策文件的清理和公开", u"信息公开的考核评价",
    u"回应关切的时效",       u"办事指南的准确性",     u"数据开放的范围",
    u"决策预公开的程序",     u"公开内容的可读性",     u"历史信息的归档管理",
    u"与上级部门的沟通衔接", u"公开工作的统筹协调",
};

constexpr std::array<const char16_t*, 16> kRemedyPurposes = {
    u"切实提高公开质量",     u"增强群众获得感",     u"推动公开工作提质增效",
    u"确保各项要求落到实处", u"不断提升公众满意度", u"更好地服务经济社会发展",
    u"让政策更加通俗易懂",   u"做到应公开尽公开",   u"提升办理的规范性",
    u"方便群众查询获取",     u"以公开促落实",       u"以公开促规范",
    u"以公开促服务",         u"营造良好的公开氛围", u"筑牢信息安全防线",
    u"提升依法行政水平",
};

constexpr std::array<const char16_t*, 12> kOtherItems = {
    u"全年共办理人大代表建议%1件，均已按要求公开办理结果。",
    u"全年共承办政协委员提案%1件，办理复文已在门户网站公开。",
    u"按照本年度政务公开工作要点，共完成重点任务%1项。",
    u"开展政务公开示范点创建工作，确定示范点%1个。",
    u"组织开展基层政务公开标准化规范化建设，编制事项目录%1项。",
    u"落实政务公开第三方评估整改要求，完成整改事项%1项。",
    u"全年收到上级转办的网民留言%1件，均已按时办结。",
    u"开展“政务公开日”主题活动%1次。",
    u"全年开展政策文件合法性审查%1件。",
    u"推进政府数据开放，上线数据集%1个。",
    u"对所属单位政务公开工作开展专项检查%1次。",
    u"全年共处理网站纠错留言%1条。",
};

constexpr std::array<const char16_t*, 24> kColumnWords = {
    u"发布",   u"政务", u"民生", u"服务", u"在线", u"之声", u"通",   u"速递",
    u"直通车", u"e站",  u"微讯", u"惠民", u"便民", u"资讯", u"晨报", u"快报",
    u"家园",   u"窗口", u"热线", u"云",   u"新闻", u"观察", u"视点", u"播报",
};

constexpr std::array<const char16_t*, 40> kPlaceSyllables = {
    u"青", u"临", u"安", u"清", u"东", u"西", u"南", u"北", u"长", u"宁",
    u"泰", u"兴", u"丰", u"云", u"石", u"永", u"嘉", u"定", u"望", u"白",
    u"禾", u"江", u"阳", u"川", u"山", u"湖", u"原", u"桥", u"溪", u"峰",
    u"河", u"台", u"源", u"泉", u"林", u"城", u"岭", u"湾", u"洲", u"丘",
};

constexpr std::array<const char16_t*, 12> kMonths = {
    u"1月", u"2月", u"3月", u"4月",  u"5月",  u"6月",
    u"7月", u"8月", u"9月", u"10月", u"11月", u"12月",
};

constexpr std::array<const char16_t*, 16> kDocumentKinds = {
    u"实施方案", u"管理办法", u"工作方案", u"实施意见",     u"若干措施", u"行动计划",
    u"工作细则", u"指导意见", u"考核办法", u"三年行动方案", u"暂行办法", u"操作规程",
    u"工作规则", u"服务指南", u"补助办法", u"应急预案",
};

constexpr std::array<const char16_t*, 6> kLocalUnits = {
    u"镇", u"乡", u"街道", u"社区", u"村", u"片区",
};

constexpr std::array<const char16_t*, 10> kProjectKinds = {
    u"工程",     u"项目", u"专项行动", u"示范区建设", u"提升工程",
    u"改造项目", u"试点", u"三年行动", u"民生工程",   u"攻坚行动",
};

constexpr std::array<const char16_t*, 12> kProjectStages = {
    u"立项批复",     u"招标投标", u"施工进度", u"竣工验收",     u"资金使用", u"征地补偿",
    u"环境影响评价", u"规划许可", u"合同履约", u"质量安全监管", u"审计结果", u"绩效评价",
};

constexpr std::array<const char16_t*, 16> kDepartments = {
    u"财政部门",     u"发展改革部门", u"自然资源部门", u"住建部门",
    u"生态环境部门", u"市场监管部门", u"卫生健康部门", u"教育部门",
    u"人社部门",     u"民政部门",     u"司法行政部门", u"农业农村部门",
    u"交通运输部门", u"应急管理部门", u"医保部门",     u"数据资源部门",
};

constexpr std::array<const char16_t*, 16> kVerbs = {
    u"梳理", u"编制", u"更新", u"汇编", u"核查", u"校对", u"补充", u"整合",
    u"归集", u"比对", u"修订", u"复核", u"上传", u"标注", u"清理", u"细化",
};

} // namespace

Words documentKinds()
{
    return kDocumentKinds;
}
Words localUnits()
{
    return kLocalUnits;
}
Words projectKinds()
{
    return kProjectKinds;
}
Words projectStages()
{
    return kProjectStages;
}
Words departments()
{
    return kDepartments;
}
Words verbs()
{
    return kVerbs;
}

Words topics()
{
    return kTopics;
}
Words contents()
{
    return kContents;
}
Words channels()
{
    return kChannels;
}
Words adverbs()
{
    return kAdverbs;
}
Words discloseVerbs()
{
    return kDiscloseVerbs;
}
Words results()
{
    return kResults;
}
Words explainForms()
{
    return kExplainForms;
}
Words events()
{
    return kEvents;
}
Words audiences()
{
    return kAudiences;
}
Words requestMeasures()
{
    return kRequestMeasures;
}
Words managementMeasures()
{
    return kManagementMeasures;
}
Words platformMeasures()
{
    return kPlatformMeasures;
}
Words oversightMeasures()
{
    return kOversightMeasures;
}
Words problemAreas()
{
    return kProblemAreas;
}
Words problemIssues()
{
    return kProblemIssues;
}
Words remedyVerbs()
{
    return kRemedyVerbs;
}
Words remedyObjects()
{
    return kRemedyObjects;
}
Words remedyPurposes()
{
    return kRemedyPurposes;
}
Words otherItems()
{
    return kOtherItems;
}
Words columnWords()
{
    return kColumnWords;
}
Words placeSyllables()
{
    return kPlaceSyllables;
}
Words months()
{
    return kMonths;
}

} // namespace nianbao::synth::phrases
