#include "exportfixture.h"

#include "store/findingcodec.h"
#include "synth/agencies.h"
#include "synth/reportgenerator.h"
#include "templates/templateregistry.h"
#include "testdata.h"
#include "workflow/reportprocessing.h"

#include <QFile>

namespace nianbao::test {

struct GeneratedReports::State {
    synth::ReportGenerator generator;
};

GeneratedReports::GeneratedReports(quint64 seed)
    : m_state(std::make_unique<State>(State{synth::ReportGenerator(seed)}))
{}

GeneratedReports::~GeneratedReports() = default;

QStringList balanceCells()
{
    return {QStringLiteral("t3.new.total"), QStringLiteral("t3.carried_over.total"),
            QStringLiteral("t3.results_total.total"), QStringLiteral("t3.carried_forward.total")};
}

ProcessedReport GeneratedReports::make(int index, const GeneratedReportSpec& spec)
{
    synth::ReportGenerator& generator = m_state->generator;
    const ReportTemplate* format = TemplateRegistry::builtin().find(spec.templateId);
    const synth::TableValues values = generator.consistentValues(*format, true);
    const QString agency =
        spec.agency.isEmpty() ? synth::randomAgency(generator.random()) : spec.agency;
    const int year = spec.year.value_or(format->id == QLatin1String("2019") ? 2020 : 2022);

    ProcessedReport processed;
    Document& document = processed.document;
    document.fileName =
        spec.file.isEmpty() ? QStringLiteral("generated/%1.txt").arg(index) : spec.file;
    document.format = QStringLiteral("text");
    document.encoding = QStringLiteral("UTF-8");
    const QString title = synth::reportTitle(agency, year);
    document.text = title + QStringLiteral("\n#%1\n").arg(index);

    Report& report = processed.report;
    report.file = document.fileName;
    report.format = document.format;
    report.encoding = document.encoding;
    report.templateId = format->id;
    report.meta.title = title;
    report.meta.agency = agency;
    report.meta.year = year;
    int position = 0;
    for (const QString& key : values.keys) {
        ++position;
        Cell cell{key, values.values.value(key), {}, {}, 1.0, {}};
        if (spec.blankEvery > 0 && position % spec.blankEvery == 0) {
            cell.value.reset();
            cell.confidence = 0.5;
        } else {
            cell.raw = QString::number(*cell.value, 'g', 12);
            cell.span = Span{position * 8, position * 8 + cell.raw.size()};
        }
        report.cells.push_back(std::move(cell));
    }
    if (spec.withFindings) {
        report.findings.push_back(Finding{
            kBalanceRule,
            Severity::Error,
            balanceCells(),
            QStringLiteral("%1 plus %2 does not equal %3 plus %4"),
            {FindingArg::value(QStringLiteral("1")), FindingArg::value(QStringLiteral("2")),
             FindingArg::localized({QStringLiteral("办理结果总计"), QStringLiteral("outcomes")}),
             FindingArg::value(QStringLiteral("4"))}});
        report.findings.push_back(Finding{kCompletenessRule,
                                          Severity::Warning,
                                          {QStringLiteral("t4.review.total")},
                                          QStringLiteral("The cell %1 is blank"),
                                          {FindingArg::value(QStringLiteral("t4.review.total"))}});
    }
    return processed;
}

Result<std::vector<ReportId>> addGeneratedReports(store::Archive& archive, int count, quint64 seed,
                                                  int firstIndex)
{
    GeneratedReports reports(seed);
    std::vector<ReportId> ids;
    constexpr int kPerTransaction = 1000;
    for (int index = firstIndex; index < firstIndex + count;) {
        Result<store::Transaction> batch = archive.transaction();
        if (!batch) {
            return std::unexpected(batch.error());
        }
        for (int i = 0; i < kPerTransaction && index < firstIndex + count; ++i, ++index) {
            GeneratedReportSpec spec;
            spec.year = 2019 + index % 6;
            spec.templateId = *spec.year >= 2021 ? QStringLiteral("2021") : QStringLiteral("2019");
            spec.withFindings = index % 3 == 0;
            spec.blankEvery = index % 7 == 0 ? 11 : 0;
            const ProcessedReport report = reports.make(index, spec);
            Result<store::AddOutcome> added =
                archive.addReport(report.document.text.toUtf8(), report);
            if (!added) {
                return std::unexpected(added.error());
            }
            ids.push_back(added->id);
        }
        if (Result<void> committed = batch->commit(); !committed) {
            return std::unexpected(committed.error());
        }
    }
    return ids;
}

Result<ReportId> addExtractedReport(store::Archive& archive, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::FileNotFound, file.errorString());
    }
    const QByteArray bytes = file.readAll();
    Result<ProcessedReport> processed = workflow::processReport(
        workflow::defaultReportProcessing(), bytes, path, workflow::PreviousYearLookup());
    if (!processed) {
        return std::unexpected(processed.error());
    }
    Result<store::AddOutcome> added = archive.addReport(bytes, *processed);
    if (!added) {
        return std::unexpected(added.error());
    }
    return added->id;
}

std::vector<StoredReport> ExportTestArchive::storedReports()
{
    std::vector<StoredReport> reports;
    for (const ReportId id : ids) {
        Result<StoredReport> stored = archive->loadReport(id);
        if (!stored) {
            qFatal("cannot load report %lld: %s", id, qUtf8Printable(stored.error().message));
        }
        reports.push_back(std::move(*stored));
    }
    return reports;
}

Result<ExportTestArchive> makeExportTestArchive(const QString& path)
{
    Result<std::unique_ptr<store::Archive>> opened = store::Archive::open(path);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    ExportTestArchive fixture{std::move(*opened), {}, {}, 0, {}, {}};
    store::Archive& archive = *fixture.archive;
    Result<std::vector<ReportId>> generated = addGeneratedReports(archive, 18, 2024);
    if (!generated) {
        return std::unexpected(generated.error());
    }
    fixture.ids = *generated;
    for (const QString& seed : seedFiles()) {
        Result<ReportId> added = addExtractedReport(archive, seed);
        if (!added) {
            return std::unexpected(added.error());
        }
        fixture.ids.push_back(*added);
    }
    fixture.trickyFile = QStringLiteral("报告,\"引号\"\n第二行.txt");
    fixture.trickyAgency = QStringLiteral("某市,某局 \"试点\"");
    GeneratedReportSpec spec;
    spec.agency = fixture.trickyAgency;
    spec.file = fixture.trickyFile;
    spec.year = 2023;
    spec.withFindings = true;
    const ProcessedReport tricky = GeneratedReports(99).make(1000, spec);
    Result<store::AddOutcome> added = archive.addReport(tricky.document.text.toUtf8(), tricky);
    if (!added) {
        return std::unexpected(added.error());
    }
    fixture.tricky = added->id;
    fixture.ids.push_back(fixture.tricky);

    const auto correct = [&](ReportId id, const char* key,
                             std::optional<double> value) -> Result<void> {
        Result<Correction> made = archive.recordCorrection(
            id, {QLatin1String(key), value, QStringLiteral("审核员甲"), QStringLiteral("test")});
        return made ? Result<void>{} : std::unexpected(made.error());
    };
    const ReportId seedId = fixture.ids[19]; // seed 001, in the 2021 format
    for (const Result<void>& done : {correct(fixture.ids[0], "t3.new.total", 4321.5),
                                     correct(fixture.ids[0], "t3.new.natural", std::nullopt),
                                     correct(fixture.ids[3], "t4.review.total", 3),
                                     correct(fixture.ids[3], "t4.review.total", 5),
                                     correct(seedId, "t2.fees.amount", 1016.7)}) {
        if (!done) {
            return std::unexpected(done.error());
        }
    }
    Result<Correction> reverted = archive.revertCell(
        fixture.ids[3], QStringLiteral("t4.review.total"), QStringLiteral("审核员乙"), QString());
    if (!reverted) {
        return std::unexpected(reverted.error());
    }
    // Report 6 has findings (every third generated one does): its warning is dismissed.
    const Result<StoredReport> sixth = archive.loadReport(fixture.ids[6]);
    if (!sixth) {
        return std::unexpected(sixth.error());
    }
    const Result<FindingDecision> decided = archive.decideFinding(
        fixture.ids[6], {findingFingerprint(sixth->extracted.findings.back()),
                         FindingVerdict::Dismissed, QString(), QStringLiteral("审核员甲")});
    if (!decided) {
        return std::unexpected(decided.error());
    }
    fixture.reviewed = {fixture.ids[0], fixture.ids[6], seedId};
    for (const ReportId id : fixture.reviewed) {
        if (Result<ReportChange> marked =
                archive.setReviewStatus(id, ReviewStatus::Reviewed, QStringLiteral("tester"));
            !marked) {
            return std::unexpected(marked.error());
        }
    }
    return fixture;
}

} // namespace nianbao::test
