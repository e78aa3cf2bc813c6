// The report generator is the oracle of the extraction and validation tests: its figures
// must keep every hard rule, and what it says was printed must be in the text, where it
// says, readable as the value it claims. These tests check that independently of the
// generator's own code (the rules are restated here from tables.md).

#include "hardrules.h"
#include "synth/reportgenerator.h"
#include "templates/reporttemplate.h"
#include "templates/templateloader.h"
#include "templates/templateregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace nianbao;
using namespace nianbao::synth;
using namespace nianbao::test;

Q_DECLARE_METATYPE(nianbao::synth::Shape)

namespace {

const ReportTemplate& format(const QString& id)
{
    const ReportTemplate* found = TemplateRegistry::builtin().find(id);
    if (!found) {
        qFatal("bundled template %s missing", qPrintable(id));
    }
    return *found;
}

QString key(const QString& table, const QString& row, const QString& column)
{
    return table + u'.' + row + u'.' + column;
}

QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    text.remove(space);
    return text;
}

GeneratedReport generated(quint64 seed, const QString& templateId, Shape shape,
                          const Difficulties& difficulties, bool realistic = true)
{
    ReportGenerator generator(seed);
    GeneratorOptions options;
    options.templateId = templateId;
    options.shape = shape;
    options.difficulties = difficulties;
    options.realistic = realistic;
    return generator.generate(options);
}

QStringList templateIds()
{
    return {QStringLiteral("2021"), QStringLiteral("2019")};
}

void addShapeRows()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<Shape>("shape");
    for (const QString& id : templateIds()) {
        for (const Shape shape : allShapes()) {
            QTest::addRow("%s %s", qPrintable(id), qPrintable(shapeName(shape))) << id << shape;
        }
    }
}

} // namespace

class TestReportGenerator : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameReport_data() { addShapeRows(); }

    void sameSeedSameReport()
    {
        QFETCH(QString, templateId);
        QFETCH(Shape, shape);
        for (const Difficulties& difficulties : {Difficulties::none(), Difficulties::all()}) {
            const GeneratedReport a = generated(4242, templateId, shape, difficulties);
            const GeneratedReport b = generated(4242, templateId, shape, difficulties);
            QVERIFY(!a.text.isEmpty());
            QCOMPARE(a.text, b.text);
            QCOMPARE(a.expected, b.expected);
            QCOMPARE(a.printed, b.printed);
            QCOMPARE(a.uncertain, b.uncertain);
            QCOMPARE(a.extras, b.extras);
            const GeneratedReport other = generated(4243, templateId, shape, difficulties);
            QVERIFY(other.text != a.text);
        }
    }

    void figuresKeepEveryHardRule_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<bool>("realistic");
        QTest::addColumn<bool>("collapsedOther");
        for (const QString& id : templateIds()) {
            for (const bool realistic : {true, false}) {
                for (const bool collapsed : {false, true}) {
                    QTest::addRow("%s %s%s", qPrintable(id), realistic ? "realistic" : "uniform",
                                  collapsed ? " collapsed" : "")
                        << id << realistic << collapsed;
                }
            }
        }
    }

    void figuresKeepEveryHardRule()
    {
        QFETCH(QString, templateId);
        QFETCH(bool, realistic);
        QFETCH(bool, collapsedOther);
        const ReportTemplate& t = format(templateId);
        const QStringList cellSet = expectedCellSet(t, collapsedOther);
        int nonZero = 0;
        for (quint64 seed = 0; seed < 300; ++seed) {
            ReportGenerator generator(seed);
            const TableValues values = generator.consistentValues(t, realistic, collapsedOther);
            QCOMPARE(values.keys, cellSet);
            const QString breach = firstBreach(t, values.values, values.keys);
            QVERIFY2(breach.isEmpty(),
                     qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(breach)));
            nonZero += values.values.value(QStringLiteral("t3.new.total")) > 0 ? 1 : 0;
        }
        // Figures that are all zero would make every rule hold trivially.
        QVERIFY2(nonZero > (realistic ? 120 : 280), qPrintable(QString::number(nonZero)));
    }

    void realisticFiguresLookLikeRealBodies()
    {
        const ReportTemplate& t = format(QStringLiteral("2021"));
        int few = 0;
        int hundreds = 0;
        double natural = 0.0;
        double all = 0.0;
        QList<int> zeroRows;
        for (quint64 seed = 0; seed < 400; ++seed) {
            ReportGenerator generator(seed);
            const TableValues values = generator.consistentValues(t, true);
            const auto v = [&](const char* cell) {
                return values.values.value(QLatin1String(cell));
            };
            const double requests = v("t3.new.total");
            few += requests <= 30 ? 1 : 0;
            hundreds += requests >= 100 ? 1 : 0;
            natural += v("t3.new.natural");
            all += requests;
            int zeros = 0;
            for (const QString& row : table3Rows(values.keys)) {
                zeros += values.values.value(
                             key(QStringLiteral("t3"), row, QStringLiteral("total"))) == 0
                             ? 1
                             : 0;
            }
            zeroRows.append(zeros);
            QVERIFY(v("t2.normative_docs.in_force") >= v("t2.normative_docs.issued"));
            QVERIFY(v("t2.regulations.in_force") >= v("t2.regulations.issued"));
        }
        std::sort(zeroRows.begin(), zeroRows.end());
        QVERIFY2(few > 240, qPrintable(QString::number(few)));           // most bodies: 0–30
        QVERIFY2(hundreds >= 12, qPrintable(QString::number(hundreds))); // some: hundreds
        QVERIFY2(natural / all > 0.75, qPrintable(QString::number(natural / all)));
        QVERIFY2(zeroRows.at(zeroRows.size() / 2) >= 12,
                 qPrintable(QString::number(zeroRows.at(200))));
    }

    void printedTextIsWhereTheSpanSays_data() { addShapeRows(); }

    void printedTextIsWhereTheSpanSays()
    {
        QFETCH(QString, templateId);
        QFETCH(Shape, shape);
        for (quint64 seed = 0; seed < 60; ++seed) {
            QRandomGenerator pickDifficulties(quint32(seed + 99));
            const Difficulties difficulties = seed % 3 == 0 ? Difficulties::none()
                                              : seed % 3 == 1
                                                  ? Difficulties::all()
                                                  : Difficulties::random(pickDifficulties);
            const GeneratedReport report =
                generated(seed, templateId, shape, difficulties, seed % 2 == 0);
            const QString context =
                QStringLiteral("seed %1 (%2)").arg(seed).arg(difficulties.describe());
            QCOMPARE(report.keys, expectedCellSet(format(templateId), difficulties.collapsedOther));
            // Blank cells aside, the figures printed keep every hard rule.
            QHash<QString, double> values;
            for (const QString& cell : report.keys) {
                values.insert(cell, report.expected.value(cell).value_or(0.0));
            }
            const bool anyBlank =
                std::any_of(report.keys.begin(), report.keys.end(),
                            [&](const QString& k) { return !report.expected.value(k); });
            QVERIFY2(anyBlank || firstBreach(format(templateId), values, report.keys).isEmpty(),
                     qPrintable(context));
            QStringList checked = report.keys;
            checked << report.extras.keys();
            for (const QString& cell : checked) {
                const QString why = context + u' ' + cell;
                QVERIFY2(report.printed.contains(cell), qPrintable(why));
                const QString printed = report.printed.value(cell);
                const std::optional<double> expected = report.extras.contains(cell)
                                                           ? report.extras.value(cell)
                                                           : report.expected.value(cell);
                if (!expected) {
                    QVERIFY2(printed.isEmpty() && !report.spans.contains(cell), qPrintable(why));
                    continue;
                }
                QVERIFY2(!printed.isEmpty(), qPrintable(why));
                QVERIFY2(report.spans.contains(cell), qPrintable(why));
                const Span span = report.spans.value(cell);
                QCOMPARE(report.text.mid(span.start, span.length()), printed);
                const std::optional<double> read = readPrinted(printed);
                QVERIFY2(read && std::abs(*read - *expected) < 1e-9,
                         qPrintable(why + u' ' + printed + u" ≠ " + QString::number(*expected)));
                if (report.uncertain.contains(cell)) {
                    continue;
                }
                // A certain figure does not touch another digit: nothing can lengthen it.
                const QChar before = span.start > 0 ? report.text.at(span.start - 1) : QChar(u' ');
                const QChar after =
                    span.end < report.text.size() ? report.text.at(span.end) : QChar(u' ');
                QVERIFY2(
                    !before.isDigit() && !after.isDigit() && after != u'.',
                    qPrintable(why + QStringLiteral(": \"%1\" touches a digit")
                                         .arg(report.text.mid(span.start - 3, span.length() + 6))));
            }
        }
    }

    void everyShapeHasTitleHeadingsAndNote_data() { addShapeRows(); }

    void everyShapeHasTitleHeadingsAndNote()
    {
        QFETCH(QString, templateId);
        QFETCH(Shape, shape);
        for (quint64 seed = 0; seed < 20; ++seed) {
            const Difficulties difficulties = seed % 2 ? Difficulties::all() : Difficulties::none();
            const GeneratedReport report = generated(seed, templateId, shape, difficulties);
            const QString text = squeezed(report.text);
            QVERIFY2(text.contains(squeezed(report.title)), qPrintable(report.title));
            QVERIFY(report.title.startsWith(report.agency));
            QVERIFY(report.title.contains(
                QStringLiteral("%1年政府信息公开工作年度报告").arg(report.year)));
            QCOMPARE(report.headings.size(), 6);
            const QStringList numbers = {QStringLiteral("一、"), QStringLiteral("二、"),
                                         QStringLiteral("三、"), QStringLiteral("四、"),
                                         QStringLiteral("五、"), QStringLiteral("六、")};
            qsizetype from = 0;
            for (qsizetype i = 0; i < report.headings.size(); ++i) {
                QVERIFY(report.headings.at(i).startsWith(numbers.at(i)));
                const qsizetype at = report.text.indexOf(report.headings.at(i), from);
                QVERIFY2(at >= 0, qPrintable(report.headings.at(i)));
                from = at;
            }
            // The note of table 3; OCR debris may damage one of its phrases, never all three.
            QVERIFY(text.contains(QStringLiteral("本列数据")) ||
                    text.contains(QStringLiteral("勾稽关系")) ||
                    text.contains(QStringLiteral("第一项加第二项之和")));
            // Part 六 reports the 信息处理费.
            const QString partSix = squeezed(report.text.mid(from));
            QVERIFY2(partSix.contains(QStringLiteral("信息处理费")), qPrintable(partSix));
        }
    }

    void narrativeAgreesWithTheTables_data() { addShapeRows(); }

    void narrativeAgreesWithTheTables()
    {
        QFETCH(QString, templateId);
        QFETCH(Shape, shape);
        static const QRegularExpression received(
            QStringLiteral("共收到政府信息公开申请\\s*(\\d+)\\s*件"));
        static const QRegularExpression none(QStringLiteral("未收到(和处理)?政府信息公开申请"));
        static const QRegularExpression reviews(QStringLiteral("被申请行政复议\\s*(\\d+)\\s*件"));
        int said = 0;
        for (quint64 seed = 0; seed < 60; ++seed) {
            const GeneratedReport report = generated(seed, templateId, shape, Difficulties::none());
            const double requests =
                report.expected.value(QStringLiteral("t3.new.total")).value_or(-1);
            const QString text = squeezed(report.text);
            const QRegularExpressionMatch count = received.match(text);
            if (count.hasMatch()) {
                QCOMPARE(count.captured(1).toDouble(), requests);
                ++said;
            }
            if (none.match(text).hasMatch()) {
                QCOMPARE(requests, 0.0);
                ++said;
            }
            const QRegularExpressionMatch review = reviews.match(text);
            if (review.hasMatch()) {
                QCOMPARE(review.captured(1).toDouble(),
                         report.expected.value(QStringLiteral("t4.review.total")).value_or(-1));
            }
        }
        QVERIFY(said > 50);
    }

    void uncertainOnlyWhereDigitsRunTogether_data() { addShapeRows(); }

    void uncertainOnlyWhereDigitsRunTogether()
    {
        QFETCH(QString, templateId);
        QFETCH(Shape, shape);
        int uncertain = 0;
        for (quint64 seed = 0; seed < 30; ++seed) {
            const GeneratedReport report = generated(seed, templateId, shape, Difficulties::all());
            uncertain += int(report.uncertain.size());
            for (const QString& cell : report.uncertain) {
                QVERIFY(report.keys.contains(cell) || report.extras.contains(cell));
            }
            if (shape != Shape::Glued) {
                continue;
            }
            // Glued text shows figures only as digits: no zero marks, blanks or separators.
            for (const QString& cell : report.keys) {
                const QString printed = report.printed.value(cell);
                QVERIFY2(report.expected.value(cell).has_value(), qPrintable(cell));
                QVERIFY2(!isZeroMark(printed) && !printed.contains(u','), qPrintable(printed));
            }
        }
        if (shape == Shape::Glued || shape == Shape::PdfText) {
            // Digits run together; labels printed after the figures of later rows.
            QVERIFY(uncertain > 0);
        } else if (shape != Shape::Markdown) {
            // Markdown may print table 3's value rows apart from its labels, only when every
            // row prints all its figures (never with every difficulty on).
            QCOMPARE(uncertain, 0);
        }
    }

    void blanksOnlyWhereTheShapeShowsThem_data() { addShapeRows(); }

    void blanksOnlyWhereTheShapeShowsThem()
    {
        QFETCH(QString, templateId);
        QFETCH(Shape, shape);
        Difficulties blanks;
        blanks.blanks = true;
        int blankCells = 0;
        for (quint64 seed = 0; seed < 40; ++seed) {
            const GeneratedReport report = generated(seed, templateId, shape, blanks);
            for (const QString& cell : report.keys) {
                if (report.expected.value(cell)) {
                    continue;
                }
                ++blankCells;
                if (shape == Shape::Markdown) {
                    // Only whole rows: every cell of the blank one's row is blank too.
                    const QString row = cell.section(u'.', 0, -2);
                    for (const QString& other : report.keys) {
                        if (other.section(u'.', 0, -2) == row) {
                            QVERIFY2(!report.expected.value(other), qPrintable(other));
                        }
                    }
                }
            }
        }
        if (shape == Shape::Glued || shape == Shape::Layout || shape == Shape::PdfText) {
            QCOMPARE(blankCells, 0);
        } else {
            QVERIFY(blankCells > 0);
        }
    }

    void difficultiesShowUp_data() { addShapeRows(); }

    void difficultiesShowUp()
    {
        QFETCH(QString, templateId);
        QFETCH(Shape, shape);
        int marks = 0;
        int fullWidth = 0;
        int thousands = 0;
        int notes = 0;
        int extras = 0;
        int variants = 0;
        for (quint64 seed = 0; seed < 40; ++seed) {
            const GeneratedReport report = generated(seed, templateId, shape, Difficulties::all());
            for (const QString& printed : report.printed) {
                marks += isZeroMark(printed) ? 1 : 0;
                fullWidth +=
                    printed.contains(QChar(0xFF10 + 0)) || printed.contains(QChar(0xFF10 + 1)) ? 1
                                                                                               : 0;
                thousands += printed.contains(u',') ? 1 : 0;
                notes += printed.contains(QStringLiteral("其中修订")) || printed.endsWith(u"件") ||
                                 printed.endsWith(u"万元")
                             ? 1
                             : 0;
            }
            extras += int(report.extras.size());
            for (const char* alias : {"社会组织", "国家机密", "本年废纸件数", "以获取",
                                      "结转下半年度", "（一）", "（第一项）"}) {
                variants += report.text.contains(QString::fromUtf8(alias)) ? 1 : 0;
            }
        }
        QVERIFY(fullWidth > 0);
        QVERIFY(variants > 0);
        if (shape == Shape::PdfText) {
            // A cell per line shows no column: no subtotal column or row, no note that wraps.
            QCOMPARE(extras + notes, 0);
            QVERIFY(marks > 0);
            QVERIFY(thousands > 0);
        } else if (shape != Shape::Glued) {
            QVERIFY(extras > 0);
            QVERIFY(marks > 0);
            QVERIFY(thousands > 0);
            QVERIFY(notes > 0);
        } else {
            QVERIFY(extras > 0);
            QCOMPARE(marks + thousands + notes, 0);
        }
    }

    void collapsedOtherPrintsTheOtherForm_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("absent");
        QTest::newRow("2021") << QStringLiteral("2021") << QStringLiteral("t3.other.total")
                              << QStringLiteral("t3.other.no_fee.total");
        QTest::newRow("2019") << QStringLiteral("2019") << QStringLiteral("t3.other.no_fee.total")
                              << QStringLiteral("t3.other.total");
    }

    void collapsedOtherPrintsTheOtherForm()
    {
        QFETCH(QString, templateId);
        QFETCH(QString, present);
        QFETCH(QString, absent);
        Difficulties collapsed;
        collapsed.collapsedOther = true;
        for (const Shape shape : allShapes()) {
            const GeneratedReport report = generated(11, templateId, shape, collapsed);
            QVERIFY(report.expected.contains(present));
            QVERIFY(!report.expected.contains(absent));
            QVERIFY(report.spans.contains(present));
        }
        const GeneratedReport plain =
            generated(11, templateId, Shape::TabRows, Difficulties::none());
        QVERIFY(plain.expected.contains(absent));
        QVERIFY(!plain.expected.contains(present));
    }

    void seriesCarryOverFromYearToYear()
    {
        int carried = 0;
        for (quint64 seed = 70; seed < 80; ++seed) {
            ReportGenerator generator(seed);
            GeneratorOptions options;
            options.shape = Shape::TabRows;
            options.busy = true;
            const QList<GeneratedReport> reports =
                generator.series(QStringLiteral("示例县生成数据局（虚构）"), 2019, 6, options);
            QCOMPARE(reports.size(), 6);
            checkCarryOver(reports, carried);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        QVERIFY(carried > 0);
    }

private:
    /// The cross-year rules of tables.md (rule 8) hold between consecutive reports; counts
    /// the requests carried over.
    static void checkCarryOver(const QList<GeneratedReport>& reports, int& carried)
    {
        for (qsizetype i = 0; i < reports.size(); ++i) {
            const GeneratedReport& report = reports.at(i);
            QCOMPARE(report.year, 2019 + int(i));
            QCOMPARE(report.templateId,
                     report.year <= 2020 ? QStringLiteral("2019") : QStringLiteral("2021"));
            QCOMPARE(report.agency, QStringLiteral("示例县生成数据局（虚构）"));
            QVERIFY(report.expected.value(QStringLiteral("t3.new.total")).value_or(0) > 0);
            if (i == 0) {
                continue;
            }
            const GeneratedReport& before = reports.at(i - 1);
            for (const QString& column : kTable3Columns) {
                const auto over = report.expected.value(
                    key(QStringLiteral("t3"), QStringLiteral("carried_over"), column));
                const auto forward = before.expected.value(
                    key(QStringLiteral("t3"), QStringLiteral("carried_forward"), column));
                QCOMPARE(over, forward);
                carried += int(over.value_or(0));
            }
            if (report.templateId == u"2021" && before.templateId == u"2021") {
                for (const char* row : {"regulations", "normative_docs"}) {
                    const auto v = [&](const GeneratedReport& r, const char* column) {
                        return r.expected
                            .value(key(QStringLiteral("t2"), QLatin1String(row),
                                       QLatin1String(column)))
                            .value_or(-1);
                    };
                    QVERIFY(v(report, "in_force") >= v(report, "issued"));
                    QCOMPARE(v(report, "in_force"),
                             v(before, "in_force") + v(report, "issued") - v(report, "repealed"));
                }
            }
            if (report.templateId == u"2019" && before.templateId == u"2019") {
                const auto v = [&](const GeneratedReport& r, const char* cell) {
                    return r.expected.value(QLatin1String(cell)).value_or(-1);
                };
                QCOMPARE(v(report, "t2.licensing.prev_items"),
                         std::max(0.0, v(before, "t2.licensing.prev_items") +
                                           v(before, "t2.licensing.change")));
            }
        }
    }

private slots:

    void badOptionsAreRefusedWithAReason()
    {
        ReportGenerator generator(1);
        GeneratorOptions unknown;
        unknown.templateId = QStringLiteral("1999");
        const auto refused = generator.tryGenerate(unknown);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("1999")));
        QVERIFY(generator.generate(unknown).text.isEmpty());

        GeneratorOptions tooEarly;
        tooEarly.year = 1990;
        const auto early = generator.tryGenerate(tooEarly);
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(QStringLiteral("1990")));

        // Figures missing from the given values are printed blank, not invented.
        const ReportTemplate& t = format(QStringLiteral("2021"));
        TableValues values = generator.consistentValues(t, true);
        values.values.remove(QStringLiteral("t3.new.natural"));
        const GeneratedReport report = generator.render(t, values, GeneratorOptions{});
        QVERIFY(!report.expected.value(QStringLiteral("t3.new.natural")).has_value());
        QCOMPARE(report.printed.value(QStringLiteral("t3.new.natural")), QString());
    }

    void otherFormatsNeedNoCode()
    {
        // The generator reads formats from the template data: a third format, or one without
        // table 4, is generated in every shape without a code change.
        QFile file(QStringLiteral(":/templates/2021.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        json.insert(QStringLiteral("id"), QStringLiteral("2030"));
        const auto renamed = loadTemplate(QJsonDocument(json).toJson());
        QVERIFY2(renamed, renamed ? "" : qPrintable(renamed.error().message));

        QJsonArray tables;
        for (const QJsonValue& table : json.value(u"tables").toArray()) {
            if (table.toObject().value(u"key").toString() != u"t4") {
                tables.append(table);
            }
        }
        QJsonArray sections;
        for (const QJsonValue& section : json.value(u"sections").toArray()) {
            if (section.toObject().value(u"key").toString() != u"t4") {
                sections.append(section);
            }
        }
        QJsonArray rules;
        for (const QJsonValue& rule : json.value(u"rules").toArray()) {
            if (rule.toObject().value(u"table").toString() != u"t4") {
                rules.append(rule);
            }
        }
        json.insert(QStringLiteral("tables"), tables);
        json.insert(QStringLiteral("sections"), sections);
        json.insert(QStringLiteral("rules"), rules);
        const auto withoutTable4 = loadTemplate(QJsonDocument(json).toJson());
        QVERIFY2(withoutTable4, withoutTable4 ? "" : qPrintable(withoutTable4.error().message));

        for (const Shape shape : allShapes()) {
            for (const Difficulties& difficulties : {Difficulties::none(), Difficulties::all()}) {
                ReportGenerator generator(9);
                GeneratorOptions options;
                options.shape = shape;
                options.difficulties = difficulties;
                const TableValues values = generator.consistentValues(*renamed, true);
                QVERIFY(firstBreach(*renamed, values.values, values.keys).isEmpty());
                const GeneratedReport report = generator.render(*renamed, values, options);
                QCOMPARE(report.templateId, QStringLiteral("2030"));
                QCOMPARE(report.keys, expectedCellSet(*renamed, difficulties.collapsedOther));

                const TableValues partial = generator.consistentValues(*withoutTable4, false);
                const GeneratedReport shorter = generator.render(*withoutTable4, partial, options);
                QCOMPARE(shorter.headings.size(), 5);
                QVERIFY(!shorter.text.isEmpty());
                QVERIFY(std::none_of(shorter.keys.begin(), shorter.keys.end(),
                                     [](const QString& k) { return k.startsWith(u"t4."); }));
                QVERIFY(shorter.spans.contains(QStringLiteral("t3.new.total")) ||
                        !shorter.expected.value(QStringLiteral("t3.new.total")));
            }
        }
    }

    void shapeNamesRoundTrip()
    {
        for (const Shape shape : allShapes()) {
            QCOMPARE(shapeFromName(shapeName(shape)), std::optional<Shape>(shape));
        }
        QVERIFY(!shapeFromName(u"pdf"));
        QCOMPARE(Difficulties::none().describe(), QStringLiteral("none"));
        QVERIFY(Difficulties::all().describe().contains(QStringLiteral("collapsed-other")));
    }
};

QTEST_GUILESS_MAIN(TestReportGenerator)
#include "tst_reportgenerator.moc"
