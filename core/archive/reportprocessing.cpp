#include "archive/reportprocessing.h"

#include <QCoreApplication>

#include <exception>

namespace nianbao {

Result<ProcessedReport> processReport(const ReportProcessing& processing, const QByteArray& bytes,
                                      const QString& fileName,
                                      const PreviousYearLookup& previousYear)
{
    if (!processing.process) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("nianbao::ReportProcessing",
                                                "No report processing was set up."));
    }
    // The one boundary where exceptions are caught: they must fail one file, not a batch.
    try {
        return processing.process(bytes, fileName, previousYear);
    } catch (const std::exception& error) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::ReportProcessing",
                                                "The file could not be processed: %1")
                        .arg(QString::fromLocal8Bit(error.what())));
    }
}

bool isExtractionFinding(const Finding& finding)
{
    // validator.h: extraction findings carry "extract.*" rule codes; re-validation keeps them.
    return finding.rule.startsWith(QLatin1String("extract."));
}

} // namespace nianbao
