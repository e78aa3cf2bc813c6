#include "supervision/desk/deskstore.h"

#include "model/agencyname.h"
#include "supervision/coverage/publicationdate.h"
#include "supervision/registry/bodymatcher.h"

#include <QCoreApplication>

namespace nianbao::supervision {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("nianbao::DeskStore", text);
}

} // namespace

DeskStore::DeskStore(std::unique_ptr<store::Archive> archive)
    : m_archive(std::move(archive))
    , m_tables(&store::deskTables(*m_archive))
{}

Result<DeskStore> DeskStore::open(const store::Archive& archive)
{
    Result<std::unique_ptr<store::Archive>> own = archive.connectAgain();
    if (!own) {
        return std::unexpected(own.error());
    }
    return DeskStore(std::move(*own));
}

Result<DeskStore> DeskStore::open(const QString& location)
{
    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(location);
    if (!archive) {
        return std::unexpected(archive.error());
    }
    return DeskStore(std::move(*archive));
}

Result<void> DeskStore::replaceRegistry(const BodyRegistry& registry, const QString& sourceFile)
{
    const std::vector<Body>& bodies = registry.bodies();
    std::vector<store::RegistryRow> rows;
    rows.reserve(bodies.size());
    for (const Body& body : bodies) {
        rows.push_back({body.name, body.aliases.join(QLatin1Char('|')), body.regionCode,
                        body.level ? bodyLevelCode(*body.level) : QString(),
                        body.parent >= 0 ? bodies[std::size_t(body.parent)].name : QString(),
                        qint64(body.row)});
    }
    return m_tables->replaceRegistry(rows, sourceFile);
}

Result<BodyRegistry> DeskStore::registry()
{
    Result<std::vector<store::RegistryRow>> stored = m_tables->registryRows();
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (stored->empty()) {
        return BodyRegistry{};
    }
    // Through the registry's own reader: the same checks and the same look-up as an import.
    std::vector<QStringList> rows{{QStringLiteral("name"), QStringLiteral("aliases"),
                                   QStringLiteral("region code"), QStringLiteral("level"),
                                   QStringLiteral("parent")}};
    rows.reserve(stored->size() + 1);
    for (const store::RegistryRow& row : *stored) {
        rows.push_back({row.name, row.aliases, row.regionCode, row.level, row.parentName});
    }
    RegistryRead read = BodyRegistry::fromRows(rows);
    if (!read) {
        return fail(ErrorCode::Corrupt,
                    tr("The registry stored in %1 cannot be read: %2")
                        .arg(m_archive->location(), read.error().front().describe()));
    }
    return std::move(*read);
}

Result<QString> DeskStore::registrySource()
{
    return m_tables->registrySource();
}

Result<void> DeskStore::matchAgency(const QString& agency, const QString& bodyName)
{
    return m_tables->setAgencyMatch(normalizedAgencyName(agency), agency, bodyName);
}

Result<QHash<QString, QString>> DeskStore::aliasTable()
{
    return m_tables->agencyMatches();
}

Result<void> DeskStore::setPublicationDate(ReportId report, const QDate& date)
{
    return m_tables->setPublicationDate(report, date);
}

Result<DeskDashboard> DeskStore::dashboard()
{
    return m_tables->deskCounts();
}

Result<std::vector<DeskReport>> DeskStore::reports(std::optional<int> year)
{
    Result<std::vector<store::DeskReportRow>> rows = m_tables->deskReports(year);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    std::vector<DeskReport> reports;
    reports.reserve(rows->size());
    for (store::DeskReportRow& row : *rows) {
        reports.push_back({row.id, std::move(row.agency), row.year, std::move(row.fileName)});
    }
    return reports;
}

Result<std::optional<PublicationDate>> DeskStore::reportDate(ReportId report, int year,
                                                             const QDate& reviewerDate)
{
    if (reviewerDate.isValid()) {
        return PublicationDate{reviewerDate, DateSource::Reviewer, std::nullopt, {}};
    }
    Result<std::optional<QString>> text = m_tables->reportText(report);
    if (!text) {
        return std::unexpected(text.error());
    }
    if (*text) {
        if (auto date = publicationDateInText(**text, year)) {
            return date;
        }
    }
    Result<QByteArray> bytes = m_archive->originalBytes(report);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    return publicationDateInFile(*bytes, year);
}

Result<std::vector<CoverageReport>> DeskStore::coverageReports(int year)
{
    Result<std::vector<store::DeskReportRow>> rows = m_tables->deskReports(year);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    std::vector<CoverageReport> reports;
    reports.reserve(rows->size());
    for (const store::DeskReportRow& row : *rows) {
        CoverageReport report;
        report.id = QString::number(row.id);
        report.agency = row.agency;
        report.year = year;
        Result<std::optional<PublicationDate>> date = reportDate(row.id, year, row.reviewerDate);
        if (!date) {
            return std::unexpected(date.error());
        }
        report.published = *date;
        reports.push_back(std::move(report));
    }
    return reports;
}

Result<std::vector<NarrativeDocument>> DeskStore::narratives(std::optional<int> firstYear,
                                                             std::optional<int> lastYear,
                                                             const BodyMatcher* matcher)
{
    std::vector<NarrativeDocument> documents;
    ReportId current = -1;
    Result<void> read = m_tables->forEachNarrative(
        firstYear.value_or(0), lastYear.value_or(9999), [&](store::NarrativeRow&& row) {
            if (row.report != current) {
                current = row.report;
                NarrativeDocument document;
                document.id = QString::number(row.report);
                document.agency = std::move(row.agency);
                document.body = std::move(row.agencyKey);
                if (matcher) {
                    const BodyMatch match = matcher->match(document.agency);
                    if (match.body >= 0) {
                        document.body = QStringLiteral("body:%1").arg(match.body);
                    }
                }
                document.year = row.year;
                documents.push_back(std::move(document));
            }
            documents.back().parts.push_back(std::move(row.part));
        });
    if (!read) {
        return std::unexpected(read.error());
    }
    return documents;
}

} // namespace nianbao::supervision
