#pragma once

#include "store/archive.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao::test {

/// What one generated report of a test archive is like.
struct GeneratedReportSpec {
    QString templateId = QStringLiteral("2021");
    QString agency;          ///< empty: a generated name
    std::optional<int> year; ///< empty: a year the format covers
    QString file;            ///< empty: "generated/<index>.txt"
    /// Leaves every blankEvery-th cell blank (null value, "" printed); 0 leaves none.
    int blankEvery = 0;
    /// Adds an open error (t3.balance over the table-3 totals) and an open warning.
    bool withFindings = false;
};

/// Reports for Archive::addReport built around figures of the report generator (core/synth),
/// every hard rule holding, without the cost of rendering and extracting text: what the
/// export tests and the export benchmark fill their archives with. Deterministic per seed.
class GeneratedReports {
public:
    explicit GeneratedReports(quint64 seed);
    ~GeneratedReports();
    GeneratedReports(const GeneratedReports&) = delete;
    GeneratedReports& operator=(const GeneratedReports&) = delete;

    /// Report number `index` (its text, hence its hash, differs from every other index).
    ProcessedReport make(int index, const GeneratedReportSpec& spec);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// The error finding GeneratedReportSpec::withFindings adds, and the cells it names.
inline const QString kBalanceRule = QStringLiteral("t3.balance");
inline const QString kCompletenessRule = QStringLiteral("completeness");
QStringList balanceCells();

/// Adds `count` generated reports to `archive` in batches of one transaction each, bodies and
/// years varied over both formats (2019 format up to 2020); every third report has findings,
/// every seventh some blank cells. Returns their ids in import order.
Result<std::vector<ReportId>> addGeneratedReports(store::Archive& archive, int count, quint64 seed,
                                                  int firstIndex = 0);

/// Reads, extracts and validates a report file as the import does, then stores it: real
/// reports, with real findings, in the test archives.
Result<ReportId> addExtractedReport(store::Archive& archive, const QString& path);

/// The archive the export tests read: 18 generated reports of both formats (some with open
/// findings, some with blank cells), the five seeds extracted, and one report whose file and
/// agency names hold a comma, quotes and a line break. Reviewers corrected cells (a value, a
/// blank, a cell corrected twice, a revert), dismissed a finding and marked three reports
/// reviewed.
struct ExportTestArchive {
    std::unique_ptr<store::Archive> archive;
    std::vector<ReportId> ids; ///< every report, in import order
    std::vector<ReportId> reviewed;
    ReportId tricky = 0;
    QString trickyFile;
    QString trickyAgency;

    /// Every report as loadReport gives it, in import order: what exports are compared with.
    /// Fails the test through qFatal when one cannot be loaded.
    [[nodiscard]] std::vector<StoredReport> storedReports();
};
Result<ExportTestArchive> makeExportTestArchive(const QString& path);

} // namespace nianbao::test
