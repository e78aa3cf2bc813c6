// Rule kinds "narrative_count" and "narrative_absence" (tables.md rules 9 and 10) on
// sentences in the wordings real reports use, including the ones that must be left alone
// because their number belongs to another scope.

#include "reportbuilder.h"
#include "rules/validator.h"

#include <QTest>

using namespace nianbao;
using test::ReportBuilder;

namespace {

struct Figures {
    std::optional<double> newTotal = 20;
    double carriedOver = 1;
    double carriedForward = 2;
    double review = 5;
    double fees = 1016.72;
};

Report reportWith(const QString& part, const QString& text, const Figures& figures,
                  const QString& format = QStringLiteral("2021"))
{
    ReportBuilder builder(format);
    builder.year(format == QLatin1String("2021") ? 2023 : 2020)
        .set(QStringLiteral("t3.new.total"), figures.newTotal)
        .set(QStringLiteral("t3.carried_over.total"), figures.carriedOver)
        .set(QStringLiteral("t3.carried_forward.total"), figures.carriedForward)
        .set(QStringLiteral("t4.review.total"), figures.review)
        .narrative(part, text);
    if (format == QLatin1String("2021")) {
        builder.set(QStringLiteral("t2.fees.amount"), figures.fees);
    }
    return builder.report();
}

std::vector<Finding> narrativeFindings(const std::vector<Finding>& findings)
{
    std::vector<Finding> narrative;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(narrative),
                 [](const Finding& f) { return f.rule.startsWith(QLatin1String("narrative.")); });
    return narrative;
}

QStringList narrativeRules(const std::vector<Finding>& findings)
{
    QStringList rules;
    for (const Finding& finding : findings) {
        if (finding.rule.startsWith(QLatin1String("narrative."))) {
            rules.append(finding.rule);
        }
    }
    return rules;
}

const QString kOverview = QStringLiteral("overview");
const QString kOtherMatters = QStringLiteral("other_matters");

} // namespace

class TestNarrativeRules : public QObject {
    Q_OBJECT

private slots:
    void countsAgainstTheirCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        const QStringList newRequests{QStringLiteral("narrative.new_requests")};

        // Counts that agree with the tables (new 20, carried over 1, forward 2, reviews 5).
        QTest::newRow("受理…申请 N 件, PDF spacing")
            << QStringLiteral("2023 年全区受理政府信息公开申请 20 件，均在法定\n期限答复。")
            << none;
        QTest::newRow("共收到N件申请, N件结转下年度")
            << QStringLiteral(
                   "本年度全区共收到20件申请，及时依法依规办结19件，2件结转下年度继续办理。")
            << none;
        QTest::newRow("收到 includes carried over")
            << QStringLiteral("2023年，全区收到政府信息公开申请21件，涉及自然人20件、商业企业1件。")
            << none;
        QTest::newRow("full-width digits, 共计")
            << QStringLiteral(
                   "２０２３年，本机关接收通过邮寄、网络提交的各类政府信息公开申请共计２０件。")
            << none;
        QTest::newRow("本年新收…数量为")
            << QStringLiteral("本年新收政府信息公开申请数量为20件，上年结转政府信息公开申请1件。")
            << none;
        QTest::newRow("结转至Y+1年")
            << QStringLiteral(
                   "2023年，全区共收到政府信息公开申请20件，共办结19件，结转至2024年2件。")
            << none;
        QTest::newRow("顺延到下年度, 含上年度结转")
            << QStringLiteral(
                   "全年共受理政府信息公开申请20件，答复19件（含上年度结转申请1件，另有2件"
                   "顺延到下年度答复）。")
            << none;
        QTest::newRow("行政复议案件N件、行政诉讼")
            << QStringLiteral("因政府信息公开引起的行政复议案件5件、行政诉讼案件7件。") << none;
        QTest::newRow("行政复议N件，其中…")
            << QStringLiteral(
                   "政府信息公开行政复议5件，其中结果维持3件，结果纠正1件，尚未审结1件。")
            << none;
        QTest::newRow("行政复议N起")
            << QStringLiteral("全年办理因政府信息公开申请引发的行政复议5起，行政诉讼9起。") << none;

        // Numbers of another scope: not findings.
        QTest::newRow("other year")
            << QStringLiteral("2022年共收到政府信息公开申请15件，2023年有所增加。") << none;
        QTest::newRow("sub-unit after 其中")
            << QStringLiteral("全年共收到申请20件，其中区政府办公室收到申请12件。") << none;
        QTest::newRow("aggregate of all bodies")
            << QStringLiteral("全区各级行政机关共受理政府信息公开申请35件。") << none;
        QTest::newRow("percentage and growth")
            << QStringLiteral("共收到申请20件，较上年增长25%，办结率100%。") << none;
        QTest::newRow("count of something else")
            << QStringLiteral(
                   "处理12345热线、市长信箱等群众反映问题782件，接到群众来电咨询1200件。")
            << none;
        QTest::newRow("review applications are not disclosure requests")
            << QStringLiteral("收到行政复议申请5件，均已办结。") << none;
        QTest::newRow("reviews and suits together")
            << QStringLiteral("行政复议、行政诉讼各1件。") << none;
        QTest::newRow("decimal figure") << QStringLiteral("共收到申请20.5件。") << none;

        // Counts that differ: one finding each.
        QTest::newRow("new differs")
            << QStringLiteral("全年共受理政府信息公开申请25件。") << newRequests;
        QTest::newRow("new differs, number first")
            << QStringLiteral("本年度共收到8件政府信息公开申请。") << newRequests;
        QTest::newRow("carried over differs")
            << QStringLiteral("上年度结转的申请3件已全部办结。")
            << QStringList{QStringLiteral("narrative.carried_over")};
        QTest::newRow("carried forward differs")
            << QStringLiteral("结转下年度继续办理3件。")
            << QStringList{QStringLiteral("narrative.carried_forward")};
        QTest::newRow("reviews differ")
            << QStringLiteral("共有行政诉讼案件1件、行政复议案件4件，均已结案。")
            << QStringList{QStringLiteral("narrative.review")};
        QTest::newRow("same wrong number twice: one finding")
            << QStringLiteral("全年共受理申请25件。全年共受理申请25件。") << newRequests;
    }

    void countsAgainstTheirCells()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto findings = validateReport(reportWith(kOverview, text, {}));
        QVERIFY2(narrativeRules(findings) == expected,
                 qPrintable(test::describe(narrativeFindings(findings))));
        for (const Finding& finding : findings) {
            if (finding.rule.startsWith(QLatin1String("narrative."))) {
                QCOMPARE(finding.severity, Severity::Warning);
            }
        }
    }

    void countMessageQuotesTheSentence()
    {
        const auto findings = narrativeFindings(validateReport(
            reportWith(kOverview, QStringLiteral("2023年，全区受理政府信息公开申请 25 件。"), {})));
        QCOMPARE(findings.size(), 1u);
        QCOMPARE(findings.front().message(false),
                 QStringLiteral("Part “Overview” states 25 (“全区受理政府信息公开申请25件”), "
                                "but table 3's new requests (total) is 20."));
        QCOMPARE(findings.front().cells, QStringList(QStringLiteral("t3.new.total")));
        QVERIFY(findings.front().message(true).contains(QStringLiteral("总体情况")));
    }

    void countAgainstABlankCellIsNotAssessable()
    {
        Figures figures;
        figures.newTotal = std::nullopt;
        const auto findings = validateReport(
            reportWith(kOverview, QStringLiteral("全年共受理政府信息公开申请25件。"), figures));
        const auto narrative = narrativeFindings(findings);
        QCOMPARE(narrativeRules(narrative),
                 QStringList(QStringLiteral("narrative.new_requests.unassessable")));
        QCOMPARE(narrative.front().severity, Severity::Note);
    }

    void noRequestsAgainstNewTotal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("newTotal");
        QTest::addColumn<bool>("warned");

        for (const auto& [name, text] : std::initializer_list<std::pair<const char*, QString>>{
                 {"暂未收到", QStringLiteral("全年暂未收到政府信息公开申请。")},
                 {"未收到和处理", QStringLiteral("本年度，我办未收到和处理政府信息公开申请。")},
                 {"无依申请公开事项", QStringLiteral("2023年度，我局无依申请公开事项。")},
                 {"没有收到", QStringLiteral("本年度没有收到政府信息公开申请。")},
                 {"暂无申请", QStringLiteral("依申请公开方面，暂无政府信息公开申请。")}}) {
            QTest::addRow("%s, some received", name) << text << 3.0 << true;
            QTest::addRow("%s, none received", name) << text << 0.0 << false;
        }
        // Another scope, or not a statement that no request came.
        for (const auto& [name, text] : std::initializer_list<std::pair<const char*, QString>>{
                 {"no review", QStringLiteral("本年度未收到政府信息公开行政复议申请。")},
                 {"no complaint", QStringLiteral("未收到申请人对答复结果的投诉。")},
                 {"no objection", QStringLiteral("全年未收到申请人异议。")},
                 {"last year", QStringLiteral("2022年未收到政府信息公开申请，今年有所增加。")},
                 {"sub-unit", QStringLiteral("其中3个社区未收到申请。")},
                 {"table row wording", QStringLiteral("对无正当理由大量反复申请的，不予处理。")},
                 {"no fee", QStringLiteral("未收取信息处理费，无投诉举报。")}}) {
            QTest::addRow("%s", name) << text << 3.0 << false;
        }
    }

    void noRequestsAgainstNewTotal()
    {
        QFETCH(QString, text);
        QFETCH(double, newTotal);
        QFETCH(bool, warned);
        Figures figures;
        figures.newTotal = newTotal;
        const auto findings = validateReport(reportWith(kOverview, text, figures));
        const auto absence = test::withRule(findings, QStringLiteral("narrative.no_requests"));
        QCOMPARE(absence.size(), warned ? 1u : 0u);
        if (warned) {
            const QString message = absence.front().message(false);
            QVERIFY2(message.startsWith(QStringLiteral("Part “Overview” says “")),
                     qPrintable(message));
            QVERIFY2(message.endsWith(QStringLiteral("but table 3's new requests (total) is 3.")),
                     qPrintable(message));
        }
    }

    void noRequestsAgainstABlankTotalIsNotAssessable()
    {
        Figures figures;
        figures.newTotal = std::nullopt;
        const auto findings = validateReport(
            reportWith(kOverview, QStringLiteral("全年暂未收到政府信息公开申请。"), figures));
        QCOMPARE(narrativeRules(findings),
                 QStringList(QStringLiteral("narrative.no_requests.unassessable")));
    }

    void feesInTable2AgainstPart6_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("fees");
        QTest::addColumn<bool>("warned");
        // Part 六 reports 信息处理费 (2021 format): saying none were charged does not speak of
        // table 2's 行政事业性收费, nor does "nothing else to report".
        QTest::newRow("no other matters")
            << QStringLiteral("2023年，我局没有其他需要报告的事项。") << 1016.72 << false;
        QTest::newRow("just 无") << QStringLiteral("无。") << 1016.72 << false;
        QTest::newRow("no processing fee")
            << QStringLiteral("2023年，无收取信息处理费情况。") << 24252.3111 << false;
        QTest::newRow("processing fee of 0 yuan")
            << QStringLiteral("全年收取政府信息公开信息处理费0元。") << 7730.28 << false;
        QTest::newRow("not published, not absent")
            << QStringLiteral("个别单位未按规定公开行政事业性收费目录。") << 10.0 << false;
        // Saying no administrative fees were charged contradicts the table-2 amount.
        QTest::newRow("no administrative fees")
            << QStringLiteral("本年度未收取行政事业性收费。") << 1016.72 << true;
        QTest::newRow("no administrative fees, none in table")
            << QStringLiteral("本年度未收取行政事业性收费。") << 0.0 << false;
        QTest::newRow("fees said to be zero")
            << QStringLiteral("2023年行政事业性收费为零。") << 3.5 << true;
    }

    void feesInTable2AgainstPart6()
    {
        QFETCH(QString, text);
        QFETCH(double, fees);
        QFETCH(bool, warned);
        Figures figures;
        figures.fees = fees;
        const auto findings =
            narrativeFindings(validateReport(reportWith(kOtherMatters, text, figures)));
        QCOMPARE(narrativeRules(findings),
                 warned ? QStringList(QStringLiteral("narrative.no_fees")) : QStringList());
        if (warned) {
            QCOMPARE(findings.front().cells, QStringList(QStringLiteral("t2.fees.amount")));
            QVERIFY2(findings.front().message(false).startsWith(
                         QStringLiteral("Part “Other matters to report” says")),
                     qPrintable(findings.front().message(false)));
        }
    }

    void the2019FormatHasNoFeeRule()
    {
        // 2019 table 2 counts fee items; its part 六 has no fee statement to compare.
        const auto findings =
            validateReport(reportWith(kOtherMatters, QStringLiteral("本年度未收取行政事业性收费。"),
                                      {}, QStringLiteral("2019")));
        QVERIFY2(narrativeRules(findings).isEmpty(), qPrintable(test::describe(findings)));
    }

    void reportWithoutNarrativeIsFine()
    {
        ReportBuilder builder(QStringLiteral("2021"));
        builder.set(QStringLiteral("t3.new.total"), 4);
        QVERIFY(narrativeRules(validateReport(builder.report())).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNarrativeRules)
#include "tst_narrativerules.moc"
