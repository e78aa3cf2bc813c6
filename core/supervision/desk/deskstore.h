#pragma once

#include "common/error.h"
#include "model/review.h"
#include "store/archive.h"
#include "store/desktables.h"
#include "supervision/coverage/coverage.h"
#include "supervision/registry/bodyregistry.h"
#include "supervision/similarity/narrativedocument.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace nianbao::supervision {

class BodyMatcher;

/// A report of the archive as the desk lists it: enough to name it and place it in a year.
struct DeskReport {
    ReportId id = 0;
    QString agency;
    std::optional<int> year;
    QString fileName;
};

/// The archive in figures, for the batch dashboard.
using DeskDashboard = store::DeskCounts;

/// What the supervisor's desk keeps in the archive (schema version 7): the registry of bodies
/// expected to report, the agency names reviewers matched to a body by hand, and the
/// publication dates reviewers set; and what it reads of the stored reports (their agencies,
/// dates and narratives) for coverage and copied text.
///
/// It works through the archive's interface (store::DeskTables beside store::Archive), so the
/// desk is the same on a SQLite file and on a team's PostgreSQL server, on a connection of its
/// own (Archive::connectAgain), so the desk's queries never hold the review window's
/// connection. Every write is one transaction.
class DeskStore {
public:
    /// A connection of the desk's own to `archive`.
    static Result<DeskStore> open(const store::Archive& archive);
    /// Opens (and upgrades) the archive at `location`: a file path or a PostgreSQL URI.
    static Result<DeskStore> open(const QString& location);

    /// Replaces the registry with `registry`, read from `sourceFile`, in one transaction: the
    /// old one stays whole if anything fails.
    Result<void> replaceRegistry(const BodyRegistry& registry, const QString& sourceFile);
    /// The registry stored (empty when none was imported).
    Result<BodyRegistry> registry();
    /// The file the registry was imported from ("" when none was).
    Result<QString> registrySource();

    /// Records that reports printed with `agency` are the body named `bodyName` (a one-click
    /// match of an unmatched report). An empty `bodyName` forgets the match.
    Result<void> matchAgency(const QString& agency, const QString& bodyName);
    /// Agency as printed → body name: the alias table BodyMatcher takes.
    Result<QHash<QString, QString>> aliasTable();

    /// Sets a report's publication date as a reviewer read it; an invalid date clears it.
    Result<void> setPublicationDate(ReportId report, const QDate& date);

    /// Every stored report (id, agency, year, file), in import order; of one year when given.
    Result<std::vector<DeskReport>> reports(std::optional<int> year = {});
    /// The reports of `year` for coverage, each with its publication date: a reviewer's, else
    /// the one its text gives, else its file's metadata (never guessed).
    Result<std::vector<CoverageReport>> coverageReports(int year);
    /// The narratives of the reports of the years in [firstYear, lastYear] (all years when
    /// empty), for copied text. Each document's id is the report id; its body is "body:N" for
    /// the registry body `matcher` finds, else the normalised agency name.
    Result<std::vector<NarrativeDocument>> narratives(std::optional<int> firstYear,
                                                      std::optional<int> lastYear,
                                                      const BodyMatcher* matcher = nullptr);

    /// Reports by year, region and review status, and the errors no reviewer decided on, by
    /// rule.
    Result<DeskDashboard> dashboard();

    /// The archive the desk works on (its own connection).
    [[nodiscard]] store::Archive& archive() { return *m_archive; }

private:
    explicit DeskStore(std::unique_ptr<store::Archive> archive);
    Result<std::optional<PublicationDate>> reportDate(ReportId report, int year,
                                                      const QDate& reviewerDate);

    std::unique_ptr<store::Archive> m_archive;
    store::DeskTables* m_tables = nullptr;
};

} // namespace nianbao::supervision
