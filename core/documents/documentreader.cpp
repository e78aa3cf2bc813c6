#include "documents/documentreader.h"

#include "documents/documentformat.h"
#include "documents/formatreaders.h"
#include "documents/reportfile.h"

#include <QCoreApplication>

namespace nianbao {

namespace {

std::unexpected<Error> tooLarge(qint64 size, qint64 limit)
{
    return std::unexpected(fileTooLarge(size, limit));
}

} // namespace

Result<Document> readDocument(const QString& path, const ReadLimits& limits)
{
    Result<QByteArray> bytes = readReportFile(path, limits.maxFileBytes);
    if (!bytes) {
        return std::unexpected(std::move(bytes.error()));
    }
    return readDocument(*bytes, path, limits);
}

Result<Document> readDocument(const QByteArray& bytes, const QString& fileName,
                              const ReadLimits& limits)
{
    if (bytes.size() > limits.maxFileBytes) {
        return tooLarge(bytes.size(), limits.maxFileBytes);
    }
    if (bytes.isEmpty()) {
        return fail(ErrorCode::Empty,
                    QCoreApplication::translate("nianbao::DocumentReader", "the file is empty"));
    }
    const DocumentFormat format = sniffFormat(bytes, fileName);
    // A format without a reader is one whose library this program does not link (PDF in
    // a program built without core/pdf).
    const FormatReader reader = formatReader(format);
    if (!reader) {
        return fail(ErrorCode::UnsupportedFormat,
                    QCoreApplication::translate("nianbao::DocumentReader",
                                                "%1 files cannot be read by this program")
                        .arg(formatDisplayName(format)));
    }
    return reader(bytes, fileName, limits);
}

} // namespace nianbao
