#pragma once

#include <span>

namespace nianbao::synth::phrases {

/// The vocabulary of the prose writer (prose.cpp): the areas, channels, verbs and clauses
/// published reports combine. Each list is long enough that two bodies' sentences rarely
/// agree in more than a word or two, while the register stays that of the real reports.
using Words = std::span<const char16_t* const>;

Words topics();             ///< 乡村振兴, 营商环境 …: what a body publishes about
Words contents();           ///< 政策文件, 工作动态 …: kinds of information published
Words channels();           ///< 门户网站, 政务微信公众号 …
Words adverbs();            ///< 扎实, 持续, 着力 …
Words discloseVerbs();      ///< 主动公开, 集中发布 …
Words results();            ///< clauses saying what the work achieved
Words explainForms();       ///< 图解, 短视频, 问答 …: forms of policy interpretation
Words events();             ///< 政府开放日, 新闻发布会 …
Words audiences();          ///< 人大代表, 企业代表 …
Words requestMeasures();    ///< clauses on handling disclosure requests
Words managementMeasures(); ///< clauses on managing government information
Words platformMeasures();   ///< clauses on the disclosure platforms
Words oversightMeasures();  ///< clauses on training, assessment, supervision
Words problemAreas();       ///< 政策解读, 基层政务公开 …
Words problemIssues();      ///< 形式较为单一, 更新不够及时 …
Words remedyVerbs();        ///< 加大, 完善, 拓展 …
Words remedyObjects();      ///< what improvements aim at
Words remedyPurposes();     ///< clauses saying why
Words otherItems();         ///< part 六's other matters, with %1 for a figure
Words columnWords();        ///< words for the names of columns and accounts (“惠企通”)
Words placeSyllables();     ///< characters for place and programme names
Words months();             ///< 1月 … 12月 as reports write them
Words documentKinds(); ///< 实施方案, 管理办法 …: what a body's own documents are called
Words localUnits();    ///< 镇, 社区, 村 …: the places a body's work reaches
Words projectKinds();  ///< 工程, 专项行动 …
Words projectStages(); ///< 立项批复, 招标投标 …: what is published about a project
Words departments();   ///< bodies a body works with
Words verbs();         ///< 梳理, 编制, 更新 …: what a body does to information

} // namespace nianbao::synth::phrases
