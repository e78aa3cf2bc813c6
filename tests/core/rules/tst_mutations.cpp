// Mutation tests: generated consistent reports of both formats (and both forms of
// (六)其他处理) raise no finding at all; changing any single cell of table 3 or table 4 raises
// an error naming that very cell, for every cell and every change tried; pushing a table-2
// cell out of its domain does too.

#include "model/report.h"
#include "reportbuilder.h"
#include "rules/ruletext.h"
#include "rules/validator.h"
#include "synth/reportgenerator.h"
#include "templates/templateregistry.h"

#include <QTest>

using namespace nianbao;

namespace {

constexpr int kSeedsPerCase = 6;

Report reportFrom(const synth::TableValues& values, const QString& templateId)
{
    Report report;
    report.file = QStringLiteral("generated.txt");
    report.templateId = templateId;
    for (const QString& key : values.keys) {
        const double value = values.values.value(key);
        report.cells.push_back(Cell{key, value, rules::formatNumber(value), std::nullopt, 1.0, {}});
    }
    return report;
}

bool errorNames(const std::vector<Finding>& findings, const QString& key)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& finding) {
        return finding.severity == Severity::Error && finding.cells.contains(key);
    });
}

/// The changes tried on a figure of table 3 or 4: up, down, far up, and to zero.
QList<double> changedValues(double value)
{
    QList<double> changed{value + 1, value + 13};
    if (value >= 1) {
        changed << value - 1 << 0;
    }
    return changed;
}

/// A table-2 value outside its column's domain.
double outOfDomain(const ReportTemplate& format, const CellDef& cell)
{
    switch (cell.type) {
    case ValueType::Count:
        return -1;
    case ValueType::Signed:
        return 0.5;
    case ValueType::Money:
        return format.column(cell).decimals > 0 ? 1.0 / 3.0 : -1;
    }
    return -1;
}

} // namespace

class TestMutations : public QObject {
    Q_OBJECT

private slots:
    void everySingleChangeIsCaught_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("collapsedOther");
        QTest::addColumn<bool>("realistic");
        for (const QString& format : {QStringLiteral("2021"), QStringLiteral("2019")}) {
            for (const bool collapsed : {false, true}) {
                for (const bool realistic : {true, false}) {
                    QTest::addRow("%s%s%s", qPrintable(format),
                                  collapsed ? ", other form of (六)" : "",
                                  realistic ? ", realistic" : ", uniform")
                        << format << collapsed << realistic;
                }
            }
        }
    }

    void everySingleChangeIsCaught()
    {
        QFETCH(QString, format);
        QFETCH(bool, collapsedOther);
        QFETCH(bool, realistic);
        const ReportTemplate& templ = *TemplateRegistry::builtin().find(format);
        int mutations = 0;
        for (int seed = 1; seed <= kSeedsPerCase; ++seed) {
            synth::ReportGenerator generator(static_cast<quint64>(seed) * 7919u +
                                             (collapsedOther ? 1 : 0) + (realistic ? 2 : 0));
            const synth::TableValues values =
                generator.consistentValues(templ, realistic, collapsedOther);
            const Report consistent = reportFrom(values, format);
            const auto clean = validateReport(consistent);
            QVERIFY2(
                clean.empty(),
                qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(test::describe(clean))));

            for (std::size_t i = 0; i < consistent.cells.size(); ++i) {
                const Cell& original = consistent.cells[i];
                const CellDef* def = templ.cell(original.key);
                QVERIFY2(def, qPrintable(original.key));
                const bool table2 = original.key.startsWith(QLatin1String("t2."));
                const QList<double> changes = table2 ? QList<double>{outOfDomain(templ, *def)}
                                                     : changedValues(*original.value);
                for (const double changed : changes) {
                    Report mutated = consistent;
                    mutated.cells[i].value = changed;
                    mutated.cells[i].raw = rules::formatNumber(changed);
                    const auto findings = validateReport(mutated);
                    QVERIFY2(errorNames(findings, original.key),
                             qPrintable(QStringLiteral("seed %1: %2 changed from %3 to %4 raised "
                                                       "no error naming it")
                                            .arg(seed)
                                            .arg(original.key)
                                            .arg(*original.value)
                                            .arg(changed)));
                    ++mutations;
                }
            }
        }
        qInfo("%d single-cell mutations, each caught by an error naming its cell", mutations);
    }
};

QTEST_GUILESS_MAIN(TestMutations)
#include "tst_mutations.moc"
