// Coverage of a year: a generated registry of bodies (imported as a CSV file) and a generated
// set of reports where the bodies that published, published late, gave no date, or did not
// publish at all are known in advance; the counts by region and level must be exactly those.

#include "supervision/coverage/coverage.h"
#include "supervision/registry/registryfile.h"
#include "synth/agencies.h"
#include "synth/randomtools.h"
#include "synth/reportgenerator.h"

#include <QSet>
#include <QTest>

#include <map>

using namespace nianbao;
using namespace nianbao::supervision;

namespace {

constexpr int kYear = 2023;

struct PlannedBody {
    QString name;
    QString alias;
    QString code;
    BodyLevel level = BodyLevel::County;
    CoverageStatus status = CoverageStatus::Missing;
};

BodyLevel levelOf(const QString& agency)
{
    if (agency.contains(QLatin1String("街道")) || agency.endsWith(QLatin1String("镇人民政府"))) {
        return BodyLevel::Township;
    }
    const qsizetype city = agency.indexOf(u'市');
    const qsizetype county = std::max(agency.indexOf(u'县'), agency.indexOf(u'区'));
    return county >= 0 && (city < 0 || county > city) ? BodyLevel::County : BodyLevel::Municipal;
}

QString levelWord(BodyLevel level, QRandomGenerator& random)
{
    switch (level) {
    case BodyLevel::Township:
        return synth::chance(random, 0.5) ? QStringLiteral("乡镇") : QStringLiteral("township");
    case BodyLevel::County:
        return synth::chance(random, 0.5) ? QStringLiteral("县级") : QStringLiteral("county");
    default:
        return synth::chance(random, 0.5) ? QStringLiteral("市级") : QStringLiteral("city");
    }
}

/// How the report writes the body's name: as registered, spaced and in full-width forms, or
/// by its alias.
QString writtenName(const PlannedBody& body, QRandomGenerator& random)
{
    const double draw = random.generateDouble();
    if (draw < 0.2 && !body.alias.isEmpty()) {
        return body.alias;
    }
    if (draw < 0.4) {
        return body.name.left(3) + QStringLiteral("\u3000") + body.name.mid(3);
    }
    return body.name;
}

QDate randomDate(QRandomGenerator& random, const QDate& from, const QDate& to)
{
    return from.addDays(synth::between(random, 0, int(from.daysTo(to))));
}

} // namespace

class TestCoverage : public QObject {
    Q_OBJECT

private slots:
    void countsTheKnownMissingAndLateBodies()
    {
        QRandomGenerator random(2024);
        const QStringList codes = {QStringLiteral("320803"), QStringLiteral("320804"),
                                   QStringLiteral("320813"), QStringLiteral("321102"),
                                   QStringLiteral("321181")};
        std::vector<PlannedBody> bodies;
        QSet<QString> names;
        while (bodies.size() < 300) {
            const QString name = synth::randomAgency(random);
            if (names.contains(name)) {
                continue;
            }
            names.insert(name);
            PlannedBody body;
            body.name = name;
            body.level = levelOf(name);
            body.code = synth::pick(random, codes);
            if (body.level == BodyLevel::Township) {
                body.code += QStringLiteral("00") + QString::number(synth::between(random, 1, 9));
            }
            if (synth::chance(random, 0.3)) {
                body.alias = QStringLiteral("江苏省") + name;
            }
            const double draw = random.generateDouble();
            body.status = draw < 0.1    ? CoverageStatus::Missing
                          : draw < 0.25 ? CoverageStatus::Late
                          : draw < 0.35 ? CoverageStatus::DateUnknown
                                        : CoverageStatus::OnTime;
            bodies.push_back(body);
        }

        // The registry, imported as a supervisor's CSV file.
        QString csv = QStringLiteral("name,aliases,region code,level\n");
        for (const PlannedBody& body : bodies) {
            csv += QStringLiteral("%1,%2,%3,%4\n")
                       .arg(body.name, body.alias, body.code, levelWord(body.level, random));
        }
        const RegistryRead read = readRegistry(csv.toUtf8());
        QVERIFY(read);
        const BodyRegistry& registry = *read;
        QCOMPARE(registry.size(), 300);

        // The reports: dates from their text where the text prints one.
        const QDate deadline(kYear + 1, 1, 31);
        std::vector<CoverageReport> reports;
        synth::ReportGenerator generator(7);
        for (const PlannedBody& body : bodies) {
            if (body.status == CoverageStatus::Missing) {
                continue;
            }
            CoverageReport report;
            report.id = body.name;
            report.agency = writtenName(body, random);
            report.year = kYear;
            QDate date;
            if (body.status == CoverageStatus::OnTime) {
                date = randomDate(random, QDate(kYear + 1, 1, 5), deadline);
            } else if (body.status == CoverageStatus::Late) {
                date = randomDate(random, deadline.addDays(1), QDate(kYear + 1, 6, 30));
            }
            if (date.isValid() && synth::chance(random, 0.3)) {
                // The date as a web page prints it above the report.
                synth::GeneratorOptions options;
                options.agency = body.name;
                options.year = kYear;
                options.preamble = QStringLiteral("发布时间：") + date.toString(Qt::ISODate) +
                                   QStringLiteral(" 10:30");
                const synth::GeneratedReport text = generator.generate(options);
                report.published = publicationDateInText(text.text, kYear);
                QVERIFY(report.published);
                QCOMPARE(report.published->date, date);
            } else if (date.isValid()) {
                report.published = PublicationDate{date, DateSource::FileMetadata, {}, {}};
            }
            reports.push_back(report);
            // Some bodies republish a corrected report later: the first date counts.
            if (body.status == CoverageStatus::OnTime && synth::chance(random, 0.1)) {
                report.published->date = QDate(kYear + 1, 3, 15);
                reports.push_back(report);
            }
        }
        // Reports of another year, and of a body the registry does not list.
        reports.push_back({QStringLiteral("old"), bodies[0].name, kYear - 1, std::nullopt});
        reports.push_back({QStringLiteral("stranger"), QStringLiteral("淮安市 ") + bodies[1].name,
                           kYear, std::nullopt});
        reports.push_back(
            {QStringLiteral("unknown"), QStringLiteral("不在名单上的机关"), kYear, std::nullopt});

        const BodyMatcher matcher(registry);
        const Coverage coverage = computeCoverage(registry, matcher, reports, kYear,
                                                  CoverageRules{}, RegionGrouping::City);
        QCOMPARE(coverage.deadline, deadline);

        // Expected, from the plan.
        std::map<std::pair<QString, int>, CoverageCounts> expected;
        CoverageCounts total;
        for (std::size_t i = 0; i < bodies.size(); ++i) {
            const PlannedBody& body = bodies[i];
            QCOMPARE(coverage.bodies[i].status, body.status);
            CoverageCounts& counts =
                expected[{body.code.left(4) + QStringLiteral("00"), int(body.level)}];
            for (CoverageCounts* c : {&counts, &total}) {
                ++c->expected;
                c->onTime += body.status == CoverageStatus::OnTime ? 1 : 0;
                c->late += body.status == CoverageStatus::Late ? 1 : 0;
                c->dateUnknown += body.status == CoverageStatus::DateUnknown ? 1 : 0;
                c->missing += body.status == CoverageStatus::Missing ? 1 : 0;
            }
        }
        QCOMPARE(coverage.total, total);
        QCOMPARE(coverage.groups.size(), expected.size());
        for (const CoverageGroup& group : coverage.groups) {
            QVERIFY(group.level);
            const auto it = expected.find({group.region, int(*group.level)});
            QVERIFY(it != expected.end());
            QCOMPARE(group.counts, it->second);
        }
        QVERIFY(total.missing > 0 && total.late > 0 && total.dateUnknown > 0);

        // The two strangers are listed, the one a body's name with a place in front with the
        // body suggested.
        QCOMPARE(coverage.unmatched.size(), std::size_t(2));
        const UnmatchedReport& stranger = coverage.unmatched[0];
        QCOMPARE(reports[std::size_t(stranger.report)].id, QStringLiteral("stranger"));
        QCOMPARE(stranger.suggestions, std::vector<int>({1}));
        QVERIFY(coverage.unmatched[1].suggestions.empty());
    }

    void theDeadlineIsTheLastDayOnTime()
    {
        const RegistryRead read = readRegistry(QStringLiteral("名称\n甲局\n乙局\n丙局\n").toUtf8());
        QVERIFY(read);
        const BodyMatcher matcher(*read);
        const std::vector<CoverageReport> reports = {
            {QStringLiteral("a"), QStringLiteral("甲局"), kYear,
             PublicationDate{QDate(kYear + 1, 1, 31), DateSource::Label, {}, {}}},
            {QStringLiteral("b"), QStringLiteral("乙局"), kYear,
             PublicationDate{QDate(kYear + 1, 2, 1), DateSource::Label, {}, {}}},
        };
        Coverage coverage = computeCoverage(*read, matcher, reports, kYear);
        QCOMPARE(coverage.bodies[0].status, CoverageStatus::OnTime);
        QCOMPARE(coverage.bodies[1].status, CoverageStatus::Late);
        QCOMPARE(coverage.bodies[2].status, CoverageStatus::Missing);
        // No level or code: one group of its own.
        QCOMPARE(coverage.groups.size(), std::size_t(1));
        QVERIFY(coverage.groups[0].region.isEmpty() && !coverage.groups[0].level);
        // A supervisor's own deadline.
        CoverageRules rules;
        rules.deadlineMonth = 2;
        rules.deadlineDay = 15;
        coverage = computeCoverage(*read, matcher, reports, kYear, rules);
        QCOMPARE(coverage.bodies[1].status, CoverageStatus::OnTime);
    }

    void regionsGroupByTheirCode()
    {
        QCOMPARE(regionOf(QStringLiteral("320813"), RegionGrouping::Province),
                 QStringLiteral("320000"));
        QCOMPARE(regionOf(QStringLiteral("320813"), RegionGrouping::City),
                 QStringLiteral("320800"));
        QCOMPARE(regionOf(QStringLiteral("320813001"), RegionGrouping::County),
                 QStringLiteral("320813"));
        QCOMPARE(regionOf(QString(), RegionGrouping::County), QString());
    }
};

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
