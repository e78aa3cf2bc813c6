#include "store/archive.h"

#include "model/agencyname.h"
#include "store/pgarchive.h"
#include "store/pgconnection.h"
#include "store/reportrows.h"
#include "store/sqlitearchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#include <openssl/evp.h>

namespace nianbao::store {

Result<std::unique_ptr<Archive>> Archive::open(const QString& location)
{
    if (PgConnection::isUri(location)) {
        Result<std::unique_ptr<PgArchive>> pg = PgArchive::open(location);
        if (!pg) {
            return std::unexpected(pg.error());
        }
        return std::unique_ptr<Archive>(std::move(*pg));
    }
    Result<std::unique_ptr<SqliteArchive>> sqlite = SqliteArchive::open(location);
    if (!sqlite) {
        return std::unexpected(sqlite.error());
    }
    return std::unique_ptr<Archive>(std::move(*sqlite));
}

QString Archive::defaultLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("nianbao.sqlite"));
}

Result<std::unique_ptr<Archive>> Archive::openDefault()
{
    return open(defaultLocation());
}

QByteArray Archive::hashOf(const QByteArray& originalBytes)
{
    // OpenSSL's SHA-256 (vector instructions where the processor has them) spends a fifth of
    // the instructions of QCryptographicHash's portable one, which was a twentieth of the
    // cost of importing a report. The same digest; QCryptographicHash if OpenSSL fails.
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(originalBytes.constData(), static_cast<size_t>(originalBytes.size()),
                   reinterpret_cast<unsigned char*>(digest.data()), &length, EVP_sha256(),
                   nullptr) != 1) {
        return QCryptographicHash::hash(originalBytes, QCryptographicHash::Sha256);
    }
    digest.truncate(static_cast<qsizetype>(length));
    return digest;
}

Result<AddOutcome> Archive::addReport(const QByteArray& originalBytes,
                                      const ProcessedReport& report)
{
    return addReport(originalBytes, hashOf(originalBytes), ReportRows::of(report));
}

Result<QStringList> Archive::bodyKeys(const QString& agency)
{
    const QString key = normalizedAgencyName(agency);
    if (key.isEmpty()) {
        return QStringList();
    }
    const Result<std::vector<AgencyAlias>> aliases = agencyAliases();
    if (!aliases) {
        return std::unexpected(aliases.error());
    }
    // A name's body: the body its alias names, else the name itself.
    const auto bodyOf = [&](const QString& name) {
        for (const AgencyAlias& alias : *aliases) {
            if (alias.agencyKey == name) {
                return normalizedAgencyName(alias.bodyName);
            }
        }
        return name;
    };
    const QString body = bodyOf(key);
    QStringList keys{key};
    if (bodyOf(body) == body && !keys.contains(body)) {
        keys.append(body);
    }
    for (const AgencyAlias& alias : *aliases) {
        if (!keys.contains(alias.agencyKey) && normalizedAgencyName(alias.bodyName) == body) {
            keys.append(alias.agencyKey);
        }
    }
    return keys;
}

Result<std::vector<ReportId>> Archive::bodyReports(const QString& agency, std::optional<int> year)
{
    const Result<QStringList> keys = bodyKeys(agency);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (keys->isEmpty()) {
        // Reports whose agency was not found are not one body.
        return std::vector<ReportId>();
    }
    return reportsWithAgencyKeys(*keys, year);
}

Result<std::optional<ReportId>> Archive::findReport(const QString& agency, int year)
{
    const Result<std::vector<ReportId>> reports = bodyReports(agency, year);
    if (!reports) {
        return std::unexpected(reports.error());
    }
    return reports->empty() ? std::nullopt : std::optional<ReportId>(reports->front());
}

Result<std::optional<Report>> Archive::previousYearReport(const QString& agency, int year)
{
    const Result<std::optional<ReportId>> previous = findReport(agency, year - 1);
    if (!previous) {
        return std::unexpected(previous.error());
    }
    if (!*previous) {
        return std::optional<Report>();
    }
    Result<Report> values = loadCurrentValues(**previous);
    if (!values) {
        return std::unexpected(values.error());
    }
    return std::optional<Report>(std::move(*values));
}

Result<Correction> Archive::revertCell(ReportId id, const QString& cellKey, const QString& reviewer,
                                       const QString& reason)
{
    const Result<std::optional<double>> extracted = extractedValue(id, cellKey);
    if (!extracted) {
        return std::unexpected(extracted.error());
    }
    return recordCorrection(
        id, CorrectionRequest{cellKey, *extracted, reviewer, reason, false, std::nullopt});
}

Result<ReportChange> Archive::setReviewStatus(ReportId id, ReviewStatus status,
                                              const QString& reviewer, const QString& reason)
{
    return recordReportChange(id, ReportChangeRequest{ReportField::Status, reviewStatusCode(status),
                                                      reviewer, reason, false});
}

} // namespace nianbao::store
