#include "extract/evidencesolver.h"
#include "extract/extractor.h"
#include "extract/rowsolver.h"

#include <QTest>

#include <algorithm>

using namespace nianbao;
using namespace nianbao::extract;

namespace {

/// A 2021-format report as a web page's innerText (real 002–008): every row's figures run
/// straight into its label. Rows not given print seven (or one) zeros, which split one way
/// only.
struct WebReport {
    QString narrative = QStringLiteral("本年度依法依规做好政府信息公开工作。");
    QString normativeDocs = QStringLiteral("303");
    QHash<QString, QString> table3;
    QString table4 = QStringLiteral("000000000000000");

    [[nodiscard]] QString row(const QString& key) const
    {
        return table3.value(key, QStringLiteral("0000000"));
    }

    [[nodiscard]] Document document() const
    {
        QString text =
            QStringLiteral("测试县人民政府2022年政府信息公开工作年度报告 一、总体情况") +
            narrative +
            QStringLiteral("二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止"
                           "件数现行有效件数规章000行政规范性文件") +
            normativeDocs +
            QStringLiteral(
                "第二十条第（五）项信息内容本年处理决定数量行政许可5第二十条第（六）项信"
                "息内容本年处理决定数量行政处罚3行政强制0第二十条第（八）项信息内容本年收"
                "费金额（单位：万元）行政事业性收费0 三、收到和处理政府信息公开申请情况（"
                "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人"
                "情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
                "一、本年新收政府信息公开申请数量");
        const QList<std::pair<const char*, const char*>> rows = {
            {"new", "二、上年结转政府信息公开申请数量"},
            {"carried_over", "三、本年度办理结果（一）予以公开"},
            {"granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
            {"partial", "（三）不予公开1.属于国家秘密"},
            {"denied.state_secret", "2.其他法律行政法规禁止公开"},
            {"denied.law_forbidden", "3.危及“三安全一稳定”"},
            {"denied.safety_stability", "4.保护第三方合法权益"},
            {"denied.third_party", "5.属于三类内部事务信息"},
            {"denied.internal_affairs", "6.属于四类过程性信息"},
            {"denied.process_info", "7.属于行政执法案卷"},
            {"denied.enforcement_file", "8.属于行政查询事项"},
            {"denied.query_matter", "（四）无法提供1.本机关不掌握相关政府信息"},
            {"unavailable.not_held", "2.没有现成信息需要另行制作"},
            {"unavailable.needs_creation", "3.补正后申请内容仍不明确"},
            {"unavailable.unclear", "（五）不予处理1.信访举报投诉类申请"},
            {"rejected.petition", "2.重复申请"},
            {"rejected.repeated", "3.要求提供公开出版物"},
            {"rejected.publication", "4.无正当理由大量反复申请"},
            {"rejected.massive", "5.要求行政机关确认或重新出具已获取信息"},
            {"rejected.confirm",
             "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
            {"other.no_correction",
             "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
            {"other.no_fee", "3.其他"},
            {"other.other", "（七）总计"},
            {"results_total", "四、结转下年度继续办理"},
        };
        for (const auto& [key, nextLabel] : rows) {
            text += row(QLatin1String(key)) + QString::fromUtf8(nextLabel);
        }
        text += row(QStringLiteral("carried_forward")) +
                QStringLiteral(
                    "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结"
                    "果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结"
                    "果维持结果纠正其他结果尚未审结总计") +
                table4 +
                QStringLiteral(" 五、存在的主要问题及改进情况无。六、其他需要报告的事项无。");
        Document document;
        document.fileName = QStringLiteral("web.txt");
        document.format = QStringLiteral("text");
        document.encoding = QStringLiteral("UTF-8");
        document.text = text;
        return document;
    }
};

Report read(const WebReport& web, const ExtractionOptions& options = {})
{
    auto report = extractReport(web.document(), options);
    if (!report) {
        qFatal("%s", qUtf8Printable(report.error().message));
    }
    return *report;
}

/// The value of a cell read with confidence, or -1.
double certain(const Report& report, const QString& key)
{
    const Cell* cell = report.cell(key);
    if (!cell || !cell->value || cell->confidence < kLowConfidence) {
        return -1;
    }
    return *cell->value;
}

QStringList rulesNaming(const Report& report, const QString& key)
{
    QStringList rules;
    for (const Finding& finding : report.findings) {
        if (finding.cells.contains(key)) {
            rules.append(finding.rule);
        }
    }
    return rules;
}

std::vector<double> rowValues(const Report& report, const QString& row)
{
    std::vector<double> values;
    for (const char* column :
         {"natural", "commercial", "research", "social", "legal", "other_org", "total"}) {
        values.push_back(
            certain(report, QStringLiteral("t3.%1.%2").arg(row, QLatin1String(column))));
    }
    return values;
}

/// A report whose table 3 balances: these rows as given, every other row zero.
WebReport withRows(const QHash<QString, QString>& rows)
{
    WebReport web;
    web.table3 = rows;
    return web;
}

} // namespace

/// The solver that settles glued figures: each kind of evidence alone settles what it can, and
/// what nothing settles keeps its ranked readings and is flagged.
class TestEvidenceSolver : public QObject {
    Q_OBJECT

private slots:
    void aRowsOwnTotalSettlesItsGluedFigures()
    {
        // "230000023": only 23/0/0/0/0/0/23 adds up.
        const Report report =
            read(withRows({{QStringLiteral("new"), QStringLiteral("230000023")},
                           {QStringLiteral("granted"), QStringLiteral("230000023")},
                           {QStringLiteral("results_total"), QStringLiteral("230000023")}}));
        QCOMPARE(rowValues(report, QStringLiteral("new")),
                 (std::vector<double>{23, 0, 0, 0, 0, 0, 23}));
        QVERIFY(rulesNaming(report, QStringLiteral("t3.new.natural"))
                    .contains(QStringLiteral("extract.glued_digits_split")));
        QCOMPARE(report.cell(u"t3.new.natural")->confidence, 1.0);
    }

    void theColumnTotalsSettleWhatTheRowsTotalsLeaveOpen()
    {
        // Real 006: "220000022" is 22/0/…/22 or 2/20/…/22 by its own total, "191000020" is
        // 19/1/…/20 or 1/9/10/…/20; only 22 + 19 makes the 41 that (七)总计 prints.
        const Report report =
            read(withRows({{QStringLiteral("new"), QStringLiteral("411000042")},
                           {QStringLiteral("granted"), QStringLiteral("220000022")},
                           {QStringLiteral("partial"), QStringLiteral("191000020")},
                           {QStringLiteral("results_total"), QStringLiteral("411000042")}}));
        QCOMPARE(rowValues(report, QStringLiteral("granted")),
                 (std::vector<double>{22, 0, 0, 0, 0, 0, 22}));
        QCOMPARE(rowValues(report, QStringLiteral("partial")),
                 (std::vector<double>{19, 1, 0, 0, 0, 0, 20}));
        QCOMPARE(report.cell(u"t3.granted.natural")->confidence, 1.0);
        QVERIFY(rulesNaming(report, QStringLiteral("t3.granted.natural"))
                    .contains(QStringLiteral("extract.settled_by_evidence")));
        QVERIFY(report.cell(u"t3.granted.natural")->candidates.empty());
    }

    void theNarrativesFigureSettlesWhatTheTablesLeaveOpen()
    {
        // "19100051119154" is 19/100/0/5/11/19/154 or 1/9100/0/51/1/1/9154; printed alike in
        // 一, (一) and (七), every identity holds either way. The narrative's 154 decides.
        const QString glued = QStringLiteral("19100051119154");
        WebReport web = withRows({{QStringLiteral("new"), glued},
                                  {QStringLiteral("granted"), glued},
                                  {QStringLiteral("results_total"), glued}});
        const Report open = read(web);
        QCOMPARE(certain(open, QStringLiteral("t3.new.total")), -1.0);
        QCOMPARE(open.cell(u"t3.new.total")->candidates.size(), std::size_t(2));

        web.narrative = QStringLiteral("本年度共收到政府信息公开申请154件，均已按时答复。");
        const Report settled = read(web);
        for (const QString& row :
             {QStringLiteral("new"), QStringLiteral("granted"), QStringLiteral("results_total")}) {
            QCOMPARE(rowValues(settled, row), (std::vector<double>{19, 100, 0, 5, 11, 19, 154}));
        }
        const Cell* total = settled.cell(u"t3.new.total");
        QVERIFY(total->confidence >= kLowConfidence && total->confidence < 1.0);
        QVERIFY(rulesNaming(settled, QStringLiteral("t3.new.total"))
                    .contains(QStringLiteral("extract.settled_by_evidence")));
    }

    void aNarrativeFigureNoReadingFitsIsLeftOut()
    {
        const QString glued = QStringLiteral("19100051119154");
        WebReport web = withRows({{QStringLiteral("new"), glued},
                                  {QStringLiteral("granted"), glued},
                                  {QStringLiteral("results_total"), glued}});
        web.narrative = QStringLiteral("本年度共收到政府信息公开申请37件。");
        const Report report = read(web);
        QCOMPARE(certain(report, QStringLiteral("t3.new.total")), -1.0);
        QVERIFY(rulesNaming(report, QStringLiteral("t3.new.total"))
                    .contains(QStringLiteral("extract.glued_digits")));
    }

    void lastYearsReportSettlesWhatNothingInThisOneCan()
    {
        // "8855698": fifteen splits into 本年制发/本年废止/现行有效, no identity among them. Last
        // year's 665 in force: only 88 issued and 55 repealed lead to 698.
        WebReport web;
        web.normativeDocs = QStringLiteral("8855698");
        Report previous;
        previous.templateId = QStringLiteral("2021");
        previous.meta.agency = QStringLiteral("测试县人民政府");
        previous.meta.year = 2021;
        previous.cells.push_back(Cell{QStringLiteral("t2.normative_docs.in_force"),
                                      665.0,
                                      QStringLiteral("665"),
                                      std::nullopt,
                                      1.0,
                                      {}});
        QString askedAgency;
        int askedYear = 0;
        ExtractionOptions options;
        options.previousYear = [&](const QString& agency, int year) -> std::optional<Report> {
            askedAgency = agency;
            askedYear = year;
            return previous;
        };
        const Report report = read(web, options);
        QCOMPARE(askedAgency, QStringLiteral("测试县人民政府"));
        QCOMPARE(askedYear, 2022);
        QCOMPARE(certain(report, QStringLiteral("t2.normative_docs.issued")), 88.0);
        QCOMPARE(certain(report, QStringLiteral("t2.normative_docs.repealed")), 55.0);
        QCOMPARE(certain(report, QStringLiteral("t2.normative_docs.in_force")), 698.0);
        QCOMPARE(report.cell(u"t2.normative_docs.issued")->raw, QStringLiteral("88"));
        QVERIFY(rulesNaming(report, QStringLiteral("t2.normative_docs.issued"))
                    .contains(QStringLiteral("extract.settled_by_evidence")));

        // A report of another year than the one before is no evidence.
        previous.meta.year = 2019;
        const Report stale = read(web, options);
        QCOMPARE(certain(stale, QStringLiteral("t2.normative_docs.issued")), -1.0);
    }

    void lastYearsCarriedForwardSettlesThisYearsCarriedOver()
    {
        // 上年结转 and 结转下年度 glued alike: 一+二 = 七+四 holds either way.
        const QString glued = QStringLiteral("19100051119154");
        WebReport web = withRows(
            {{QStringLiteral("carried_over"), glued}, {QStringLiteral("carried_forward"), glued}});
        Report previous;
        previous.templateId = QStringLiteral("2021");
        previous.meta.year = 2021;
        const QList<std::pair<const char*, double>> forward = {
            {"natural", 19}, {"commercial", 100}, {"research", 0}, {"social", 5},
            {"legal", 11},   {"other_org", 19},   {"total", 154}};
        for (const auto& [column, value] : forward) {
            previous.cells.push_back(
                Cell{QStringLiteral("t3.carried_forward.%1").arg(QLatin1String(column)),
                     value,
                     QString(),
                     std::nullopt,
                     1.0,
                     {}});
        }
        ExtractionOptions options;
        options.previousYear = [&](const QString&, int) { return std::optional<Report>(previous); };
        QCOMPARE(certain(read(web), QStringLiteral("t3.carried_over.commercial")), -1.0);
        const Report report = read(web, options);
        QCOMPARE(rowValues(report, QStringLiteral("carried_over")),
                 (std::vector<double>{19, 100, 0, 5, 11, 19, 154}));
        // 结转下年度 is tied to 上年结转 by 一+二 = 七+四 only: settled with it.
        QCOMPARE(rowValues(report, QStringLiteral("carried_forward")),
                 (std::vector<double>{19, 100, 0, 5, 11, 19, 154}));
    }

    void withoutEvidenceTheReadingsAreRankedOnTheCellAndFlagged()
    {
        WebReport web;
        web.normativeDocs = QStringLiteral("8855698");
        const Report report = read(web);
        for (const QString& key : {QStringLiteral("t2.normative_docs.issued"),
                                   QStringLiteral("t2.normative_docs.repealed"),
                                   QStringLiteral("t2.normative_docs.in_force")}) {
            const Cell* cell = report.cell(key);
            QVERIFY(cell);
            QVERIFY(!cell->value);
            QVERIFY(cell->confidence < kLowConfidence);
            QVERIFY2(rulesNaming(report, key).contains(QStringLiteral("extract.glued_digits")),
                     qPrintable(key));
            QVERIFY(cell->candidates.size() >= 3);
            double total = 0;
            for (std::size_t i = 0; i < cell->candidates.size(); ++i) {
                QVERIFY(cell->candidates[i].score > 0 && cell->candidates[i].score <= 1);
                if (i > 0) {
                    QVERIFY(cell->candidates[i - 1].score >= cell->candidates[i].score);
                }
                total += cell->candidates[i].score;
            }
            QVERIFY(total <= 1.001);
        }
        const auto has = [&](const char* key, double value) {
            const auto& candidates = report.cell(QString::fromLatin1(key))->candidates;
            return std::any_of(candidates.begin(), candidates.end(),
                               [&](const CellCandidate& c) { return c.value == value; });
        };
        QVERIFY(has("t2.normative_docs.issued", 88));
        QVERIFY(has("t2.normative_docs.repealed", 55));
        QVERIFY(has("t2.normative_docs.in_force", 698));
        // Zeros standing alone are likelier than zeros inside longer figures.
        QCOMPARE(report.cell(u"t2.normative_docs.issued")->candidates.front().value, 88.0);
    }

    void aRunOfZerosSplitsOneWayOnly()
    {
        const Report report = read(WebReport{});
        for (const char* group : {"review", "suit_direct", "suit_after_review"}) {
            for (const char* column : {"upheld", "corrected", "other", "pending", "total"}) {
                const QString key =
                    QStringLiteral("t4.%1.%2").arg(QLatin1String(group), QLatin1String(column));
                QCOMPARE(certain(report, key), 0.0);
            }
        }
    }

    void table4sGroupsSettleAGluedRun()
    {
        // Real 008: "25380363300630003" is 25/3/8/0/36, 3/3/0/0/6, 3/0/0/0/3.
        WebReport web;
        web.table4 = QStringLiteral("25380363300630003");
        const Report report = read(web);
        QCOMPARE(certain(report, QStringLiteral("t4.review.upheld")), 25.0);
        QCOMPARE(certain(report, QStringLiteral("t4.review.total")), 36.0);
        QCOMPARE(certain(report, QStringLiteral("t4.suit_direct.total")), 6.0);
        QCOMPARE(certain(report, QStringLiteral("t4.suit_after_review.upheld")), 3.0);
    }

    // The solver alone, on variables built by hand.

    void identitiesKeepOnlyReadingsSomeCombinationUses()
    {
        // a + b = 10, with a ∈ {1, 4, 7} and b ∈ {3, 6, 8}: a = 4 with 6, a = 7 with 3.
        std::vector<SolverVariable> variables(2);
        variables[0] = {{QStringLiteral("a")}, {{1.0}, {4.0}, {7.0}}, {1, 1, 1}};
        variables[1] = {{QStringLiteral("b")}, {{3.0}, {6.0}, {8.0}}, {1, 1, 1}};
        const Evidence sum{EvidenceSource::Identity,
                           {Equation{{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}}, -10}},
                           QStringLiteral("test")};
        const auto outcomes = solveEvidence(variables, {}, {sum});
        QCOMPARE(outcomes[0].kept, (std::vector<int>{1, 2}));
        QCOMPARE(outcomes[1].kept, (std::vector<int>{0, 1}));
        QCOMPARE(outcomes[0].narrowedBy, std::optional(EvidenceSource::Identity));
    }

    void aBlankCellMakesAnIdentityUnassessable()
    {
        std::vector<SolverVariable> variables(1);
        variables[0] = {{QStringLiteral("a")}, {{1.0}, {4.0}}, {1, 1}};
        const Evidence sum{EvidenceSource::Identity,
                           {Equation{{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}}, -5}},
                           QStringLiteral("test")};
        QHash<QString, std::optional<double>> fixed{{QStringLiteral("b"), std::nullopt}};
        QCOMPARE(solveEvidence(variables, fixed, {sum})[0].kept.size(), std::size_t(2));
        fixed[QStringLiteral("b")] = 1.0;
        QCOMPARE(solveEvidence(variables, fixed, {sum})[0].kept, (std::vector<int>{1}));
    }

    void whenNoCombinationFitsNothingIsDropped()
    {
        // The report's own arithmetic is wrong: no reading may be preferred for it.
        std::vector<SolverVariable> variables(1);
        variables[0] = {{QStringLiteral("a")}, {{1.0}, {4.0}}, {1, 1}};
        const Evidence sum{EvidenceSource::Identity,
                           {Equation{{{QStringLiteral("a"), 1}}, -9}},
                           QStringLiteral("test")};
        const auto outcomes = solveEvidence(variables, {}, {sum});
        QVERIFY(outcomes[0].contradicted);
        QCOMPARE(outcomes[0].kept.size(), std::size_t(2));
        QVERIFY(!outcomes[0].narrowedBy);
    }

    void softFiguresThatContradictEachOtherSettleNothing()
    {
        std::vector<SolverVariable> variables(1);
        variables[0] = {{QStringLiteral("a")}, {{1.0}, {4.0}, {9.0}}, {1, 1, 1}};
        const auto says = [](double n) {
            return Evidence{EvidenceSource::Narrative,
                            {Equation{{{QStringLiteral("a"), 1}}, -n}},
                            QStringLiteral("test")};
        };
        QCOMPARE(solveEvidence(variables, {}, {says(4)})[0].kept, (std::vector<int>{1}));
        QCOMPARE(solveEvidence(variables, {}, {says(4), says(2)})[0].kept, (std::vector<int>{1}));
        QCOMPARE(solveEvidence(variables, {}, {says(4), says(9)})[0].kept.size(), std::size_t(3));
    }

    void theSearchIsBoundedAndSaysSo()
    {
        // Forty rows of two readings, 0 or 2, whose sum the identity says is 41: no combination
        // fits, but no bound shows it before the last row. The search stops at its bound and
        // says so; every reading stays.
        std::vector<SolverVariable> variables(40);
        Equation total;
        for (int v = 0; v < 40; ++v) {
            const QString key = QStringLiteral("v%1").arg(v);
            variables[v] = {{key}, {{0.0}, {2.0}}, {1, 1}};
            total.terms.push_back({key, 1});
        }
        total.constant = -41;
        SolverLimits limits;
        limits.nodes = 5000;
        const auto outcomes = solveEvidence(
            variables, {}, {Evidence{EvidenceSource::Identity, {total}, QStringLiteral("test")}},
            limits);
        for (const VariableOutcome& outcome : outcomes) {
            QVERIFY(outcome.capped);
            QCOMPARE(outcome.kept.size(), std::size_t(2));
            QVERIFY(!outcome.narrowedBy);
        }
    }
};

QTEST_GUILESS_MAIN(TestEvidenceSolver)
#include "tst_evidencesolver.moc"
