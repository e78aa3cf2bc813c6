// Archive benchmark: adds 10,000 synthetic reports through the archive API (each in its own
// transaction, as an import does), fills the archive up to 100,000, then times listing,
// filtering, searching and loading one report for the review window.
//
//     build/bench/bench_archive [--reports N] [--keep PATH]
//
// --keep writes the archive to PATH and leaves it there; run again with the same PATH and
// only the queries are timed.
//
// Reports are built directly (every cell of their format, labels, narrative, findings and a
// document text of about 1,500 characters), so the figures are the archive's alone, without
// extraction. Targets: list/filter ≤ 100 ms, load one report ≤ 150 ms.

#include "store/archive.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace nianbao;
using namespace nianbao::store;

namespace {

const char16_t* const kProvinces[] = {u"河北省", u"江苏省", u"福建省", u"浙江省", u"四川省",
                                      u"广东省", u"湖南省", u"山东省", u"河南省", u"云南省"};
const char16_t* const kCities[] = {u"石家庄市", u"淮安市", u"福州市", u"杭州市", u"成都市",
                                   u"广州市",   u"长沙市", u"济南市", u"郑州市", u"昆明市",
                                   u"保定市",   u"苏州市", u"泉州市", u"宁波市", u"绵阳市"};
const char16_t* const kDistricts[] = {u"",       u"洪泽区", u"鼓楼区", u"西湖区", u"武侯区",
                                      u"天河区", u"岳麓区", u"历下区", u"金水区"};
const char16_t* const kBodies[] = {
    u"人民政府",   u"财政局",         u"教育局",           u"民政局",         u"公安局",
    u"自然资源局", u"生态环境局",     u"住房和城乡建设局", u"交通运输局",     u"水利局",
    u"农业农村局", u"商务局",         u"文化和旅游局",     u"卫生健康委员会", u"应急管理局",
    u"审计局",     u"市场监督管理局", u"统计局",           u"医疗保障局",     u"机关事务管理局"};
const char16_t* const kPhrases[] = {
    u"坚持以习近平新时代中国特色社会主义思想为指导，",
    u"认真贯彻落实《中华人民共和国政府信息公开条例》，",
    u"全面推进基层政务公开标准化规范化建设。",
    u"依申请公开办理及时，答复规范，",
    u"本年度未发生因政府信息公开引起的行政复议、行政诉讼。",
    u"主动公开政府信息情况良好，政府网站集约化改革持续推进，",
    u"政策解读与回应关切工作扎实开展，",
    u"政府信息管理和平台建设不断加强，",
    u"监督保障机制进一步健全，年度考核和社会评议按期完成。",
    u"存在的主要问题是公开内容不够全面，解读形式较为单一。",
    u"下一步将加强业务培训，提升公开质量。",
    u"本年度未收取信息处理费。",
    u"行政规范性文件的制定和清理工作依法进行，",
    u"重点领域信息公开持续深化，",
};

template <typename T, std::size_t N>
QString pick(QRandomGenerator& random, T (&items)[N])
{
    return QString::fromUtf16(items[random.bounded(int(N))]);
}

/// The name of body `index`: distinct for every index below 10 × 15 × 9 × 20.
QString agencyName(int index)
{
    constexpr int provinces = std::size(kProvinces);
    constexpr int cities = std::size(kCities);
    constexpr int districts = std::size(kDistricts);
    constexpr int bodies = std::size(kBodies);
    return QString::fromUtf16(kProvinces[index % provinces]) +
           QString::fromUtf16(kCities[(index / provinces) % cities]) +
           QString::fromUtf16(kDistricts[(index / (provinces * cities)) % districts]) +
           QString::fromUtf16(kBodies[(index / (provinces * cities * districts)) % bodies]);
}

/// Report `index`: body index / 8, years 2017–2024, the format the year calls for.
ProcessedReport syntheticReport(int index, QRandomGenerator& random)
{
    const QString agency = agencyName(index / 8);
    const int year = 2017 + index % 8;
    const QString templateId = year >= 2021 ? QStringLiteral("2021") : QStringLiteral("2019");
    const ReportTemplate* format = TemplateRegistry::builtin().find(templateId);

    ProcessedReport processed;
    Document& document = processed.document;
    document.fileName = QStringLiteral("/reports/%1/%2.txt").arg(year).arg(index);
    document.format = QStringLiteral("text");
    document.encoding = QStringLiteral("UTF-8");
    const QString title = agency + QStringLiteral("%1年政府信息公开工作年度报告").arg(year);
    QString text = title + QStringLiteral("\n一、总体情况\n");
    while (text.size() < 1400) {
        text += pick(random, kPhrases);
    }
    document.text = text;

    Report& report = processed.report;
    report.file = document.fileName;
    report.format = document.format;
    report.encoding = document.encoding;
    report.templateId = templateId;
    report.meta = ReportMeta{title,  Span{0, title.size()},
                             agency, Span{0, agency.size()},
                             year,   Span{agency.size(), agency.size() + 4}};
    qsizetype position = 600;
    for (const QString& key : format->defaultCellKeys()) {
        const int value = random.bounded(8) == 0 ? random.bounded(500) : random.bounded(3);
        const QString raw = QString::number(value);
        report.cells.push_back(
            Cell{key, double(value), raw, Span{position, position + raw.size()}, 1.0, {}});
        position += raw.size() + 1;
    }
    for (const TableDef& table : format->tables) {
        for (const BlockDef& block : table.blocks) {
            for (const RowDef& row : block.rows) {
                report.labels.push_back(LabelMatch{table.key + QLatin1Char('.') + row.key,
                                                   row.label.zh, row.label.zh,
                                                   Span{position, position + 8}, 0});
            }
        }
    }
    for (const char* key : {"overview", "problems", "other_matters"}) {
        report.narrative.push_back(NarrativePart{QLatin1String(key), QStringLiteral("一、总体情况"),
                                                 text.mid(20, 200), Span{20, 220}});
    }
    for (int f = random.bounded(4); f > 0; --f) {
        report.findings.push_back(
            Finding{QStringLiteral("t3.balance"),
                    f == 1 ? Severity::Error : Severity::Warning,
                    {QStringLiteral("t3.new.total"), QStringLiteral("t3.results_total.total")},
                    QStringLiteral("%1 plus %2 should equal %3 plus %4"),
                    {FindingArg::value(QString::number(f)), FindingArg::value(QStringLiteral("0")),
                     FindingArg::localized(LocalizedText{QStringLiteral("办理结果总计"),
                                                         QStringLiteral("results total")}),
                     FindingArg::value(QStringLiteral("2"))}});
    }
    return processed;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Median time of `runs` runs of `work`, in milliseconds.
double timeIt(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

bool addRange(Archive& archive, int from, int to, int perTransaction, QRandomGenerator& random)
{
    for (int index = from; index < to;) {
        Result<Transaction> batch = archive.transaction();
        if (!batch) {
            return false;
        }
        for (int i = 0; i < perTransaction && index < to; ++i, ++index) {
            const ProcessedReport report = syntheticReport(index, random);
            const QByteArray bytes = report.document.text.toUtf8();
            if (const Result<AddOutcome> added = archive.addReport(bytes, report); !added) {
                std::fprintf(stderr, "add failed: %s\n", qPrintable(added.error().message));
                return false;
            }
        }
        if (!batch->commit()) {
            return false;
        }
    }
    return true;
}

/// Adds the first 10,000 reports one transaction each (timed as an import), then the rest.
bool fill(Archive& archive, int total, QRandomGenerator& random)
{
    const int timed = std::min(total, 10000);
    // Reports built ahead so that only the archive is timed.
    std::vector<ProcessedReport> first;
    first.reserve(std::size_t(timed));
    for (int index = 0; index < timed; ++index) {
        first.push_back(syntheticReport(index, random));
    }
    // Wall time and this process's processor time: on a machine shared with other builds the
    // second is the steadier figure.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    for (const ProcessedReport& report : first) {
        if (!archive.addReport(report.document.text.toUtf8(), report)) {
            std::fprintf(stderr, "add failed\n");
            return false;
        }
    }
    const double addSeconds = double(timer.elapsed()) / 1000.0;
    const double addCpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf("add %d reports, one transaction each: %.2f s, %.2f s of processor time "
                "(%.2f ms per report; import target 15 s for 10,000 including extraction)\n",
                timed, addSeconds, addCpuSeconds, addSeconds * 1000.0 / timed);
    first.clear();

    if (total > timed) {
        std::printf("filling up to %d reports ...\n", total);
        std::fflush(stdout);
    }
    timer.restart();
    if (!addRange(archive, timed, total, 1000, random)) {
        return false;
    }
    std::printf("bulk add up to %d reports (1,000 per transaction): %.1f s\n", total,
                double(timer.elapsed()) / 1000.0);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int total = 100000;
    QString keep;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--reports")) {
            total = std::max(10, args[i + 1].toInt());
        } else if (args[i] == QLatin1String("--keep")) {
            keep = args[i + 1];
        }
    }
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : keep;
    Result<std::unique_ptr<Archive>> opened = Archive::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                     qPrintable(opened.error().message));
        return 1;
    }
    Archive& archive = **opened;
    QRandomGenerator random(20240301);
    std::printf("archive benchmark: %d reports of ~200 cells in %s\n", total, qPrintable(path));
    if (*archive.countReports() >= total) {
        std::printf("the archive is filled already: timing the queries only\n");
    } else if (!fill(archive, total, random)) {
        return 1;
    }
    std::printf("archive size: %.0f MB\n", double(QFileInfo(path).size()) / (1024.0 * 1024.0));

    const auto list = [&](const char* what, const ReportQuery& query) {
        std::size_t rows = 0;
        const double ms = timeIt(5, [&] { rows = archive.listReports(query)->size(); });
        std::printf("%-52s %8.1f ms  (%zu rows; target 100 ms)\n", what, ms, rows);
    };
    list("list everything", ReportQuery{});
    ReportQuery page;
    page.sort = ReportSort::Agency;
    page.limit = 200;
    page.offset = qint64(total) / 2;
    list("list a page of 200 sorted by agency", page);
    ReportQuery byYear;
    byYear.filter.year = 2022;
    byYear.sort = ReportSort::OpenFindings;
    byYear.descending = true;
    list("filter year 2022, sort by open findings", byYear);
    ReportQuery errors;
    errors.filter.severity = Severity::Error;
    errors.filter.status = ReviewStatus::Pending;
    errors.filter.templateId = QStringLiteral("2021");
    list("filter pending 2021-format reports with errors", errors);
    ReportQuery byAgency;
    byAgency.filter.agency = QStringLiteral("淮安市");
    list("filter agency contains 淮安市", byAgency);
    ReportQuery rare;
    rare.filter.text = agencyName(4321);
    list("search a body's name (index)", rare);
    ReportQuery common;
    common.filter.text = QStringLiteral("行政复议");
    common.limit = 200;
    list("search 行政复议, first 200 (index)", common);
    ReportQuery shortWord;
    shortWord.filter.text = QStringLiteral("收取");
    shortWord.limit = 200;
    list("search 收取 (two characters, direct), first 200", shortWord);
    ReportQuery shortRare;
    shortRare.filter.text = QStringLiteral("绵阳");
    shortRare.filter.year = 2023;
    list("search 绵阳 in 2023 (two characters, direct)", shortRare);
    qint64 counted = 0;
    const double countMs = timeIt(5, [&] { counted = *archive.countReports(errors.filter); });
    std::printf("%-52s %8.1f ms  (%lld reports)\n", "count the filtered reports", countMs,
                static_cast<long long>(counted));

    std::vector<double> loads;
    std::size_t cells = 0;
    for (int i = 0; i < 25; ++i) {
        const ReportId id = 1 + random.bounded(total);
        QElapsedTimer load;
        load.start();
        const Result<StoredReport> stored = archive.loadReport(id);
        loads.push_back(double(load.nsecsElapsed()) / 1e6);
        if (!stored) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(stored.error().message));
            return 1;
        }
        cells = stored->extracted.cells.size();
    }
    std::printf("%-52s %8.2f ms  (median of 25, %zu cells; target 150 ms)\n",
                "load one report with findings and corrections", median(loads), cells);
    return 0;
}
